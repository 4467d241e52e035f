"""Keyboard and accessibility checks of the main screens (issue 16): the login window, the caseload page, the citizen's
plan tab, the measurement dialog and the new-citizen dialog.

- Tab walks every screen in reading order and reaches every control a user can operate;
- every input has a name a screen reader reads out (its own accessible name, or the label it is the buddy of);
- text passes WCAG 2.1 AA contrast (4.5:1, 3:1 for large text) in a light and a dark palette: measured on the pixels
  the screen draws, so colours from style sheets, item models and palettes are all checked the same way;
- at 150 % and 200 % scaling the app starts and its windows fit a 1366x768 laptop screen.

Each test saves screenshots to ``$PLANNER_SHOTS`` when that is set, for a person to look at."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from planner_gui.ui.context import AppContext
from tests.conftest import PASSWORD, TODAY, copy_db
from tests.ui.shots import shot

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


# ------------------------------------------------------------------------------------------------ fixtures


def _activate(qtbot, window: QWidget) -> QWidget:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    return window


@pytest.fixture
def login_window(qtbot, demo_db):
    from planner_gui.ui.login import LoginWindow

    win = LoginWindow(demo_db, where="demo.db")
    qtbot.addWidget(win)
    return _activate(qtbot, win)


@pytest.fixture
def main_window(qtbot, demo_db, worker):
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(demo_db, worker), today=TODAY)  # closed here: never ask about unsaved edits
    _activate(qtbot, win)
    yield win
    for i in range(1, win.tabs.count()):
        view = win.tabs.widget(i)
        view.undo_stack.clear()
        view.holder.set(view.overview.draft(), "all")
    win.close()
    win.deleteLater()


@pytest.fixture
def plan_window(qtbot, main_window, cid):
    """The main window with a citizen open on the Plan tab."""
    view = main_window.open_citizen(cid, "Borger", reason="")
    qtbot.waitUntil(lambda: view.plan_tab.own_goal.hasFocus())
    return main_window


@pytest.fixture
def measure_dialog(qtbot, demo_db, worker, cid):
    from planner_gui.ui.progress.measure_dialog import MeasureDialog

    dlg = MeasureDialog(AppContext(demo_db, worker), cid, instrument_code="bip", today=TODAY)
    qtbot.addWidget(dlg)
    return _activate(qtbot, dlg)


@pytest.fixture
def create_dialog(qtbot, demo_db, worker):
    from planner_gui.ui.create_citizen import CreateCitizenDialog

    dlg = CreateCitizenDialog(AppContext(demo_db, worker), today=TODAY)
    qtbot.addWidget(dlg)
    return _activate(qtbot, dlg)


SCREENS = ["login_window", "main_window", "plan_window", "measure_dialog", "create_dialog"]


# ------------------------------------------------------------------------------------------------ helpers


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control of ``window`` a keyboard user should reach with Tab: shown, enabled, and taking Tab focus."""
    found: list[QWidget] = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisible() or not w.isEnabled() or w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            c = control(w)
            if c not in found:
                found.append(c)
    return found


def control(widget: QWidget) -> QWidget:
    """The control a focused widget is part of (a date field for its line edit): the outermost widget whose focus
    proxy leads to it."""
    while (parent := widget.parentWidget()) is not None and parent.focusProxy() is widget:
        widget = parent
    return widget


def tab_walk(qtbot, window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; the controls visited, in order."""
    stops = tab_stops(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control(QApplication.focusWidget()) is start, timeout=2_000)
    seen = [start]
    for _ in range(3 * len(stops) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, f"Tab left the window: {focused!r}"
        here = control(focused)
        if here is start:
            return seen
        if here is seen[-1]:
            continue  # a date field's Tab moves through day, month and year first
        assert here not in seen, f"Tab goes round without coming back to the start: {_names([*seen, here])}"
        seen.append(here)
    raise AssertionError(f"Tab never came back to the start: {_names(seen)}")


def _name(w: QWidget) -> str:
    return w.objectName() or accessible_name(w) or type(w).__name__


def _names(ws: list[QWidget]) -> list[str]:
    return [_name(w) for w in ws]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, a buddy label's text, a button's text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def assert_reading_order(seen: list[QWidget], expected: list[QWidget]) -> None:
    assert seen == expected, f"Tab goes {_names(seen)}, reading order is {_names(expected)}"


def assert_all_reached(window: QWidget, seen: list[QWidget]) -> None:
    missing = [w for w in tab_stops(window) if w not in seen]
    assert not missing, f"not reachable with Tab: {_names(missing)}"
    # and no control is kept out of the Tab chain, except those with their own keys: a toolbar's buttons (in the
    # menus, with shortcuts), a tab bar's (Ctrl+Tab, Ctrl+W), a line edit's clear button (Escape) and a score row's
    # number buttons (the row takes the focus and the digits)
    from planner_gui.ui.progress.measure_dialog import ScoreRow

    own_keys = (QToolBar, QTabBar, QLineEdit, ScoreRow)
    kept_out = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, *INPUTS))
        and not isinstance(w, QHeaderView)
        and w.window() is window
        and w.isVisible()
        and w.isEnabled()
        and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), own_keys)
    ]
    assert not kept_out, f"controls Tab never reaches: {_names(kept_out)}"


# ------------------------------------------------------------------------------------------------ (a) tab order


def test_login_window_tab_order(qtbot, login_window) -> None:
    win = login_window
    seen = tab_walk(qtbot, win, win.initials)
    assert_reading_order(seen, [win.initials, win.password, win.button, win.server])
    assert_all_reached(win, seen)


def test_caseload_page_tab_order(qtbot, main_window) -> None:
    win = main_window
    assert win.current_page() is win.caseload_page
    seen = tab_walk(qtbot, win, win.search)
    assert_reading_order(seen, [win.search, win.nav, win.caseload_page.table])
    assert_all_reached(win, seen)


def test_plan_tab_tab_order(qtbot, plan_window) -> None:
    win = plan_window
    view = win.tabs.currentWidget()
    p = view.plan_tab
    seen = tab_walk(qtbot, win, win.search)
    expected = [
        win.search,
        view.tabs,
        p.own_goal,
        p.job_goal,
        p.next_step,
        p.next_meeting,
        p.coordinator,
        p.subgoals,
        p.add_subgoal_btn,
        p.edit_subgoal_btn,
        p.remove_subgoal_btn,
        p.subgoal_up_btn,
        p.subgoal_down_btn,
        p.efforts,
        p.add_effort_btn,
        p.edit_effort_btn,
        p.remove_effort_btn,
    ]
    assert_reading_order(seen, expected)
    assert_all_reached(win, seen)
    # the banners above the tabs (a handover to read, unsaved edits from last time): their buttons come first
    view.banner.show()
    view.draft_banner.show()
    seen = tab_walk(qtbot, win, win.search)
    banners = [view.ack_button, view.restore_button, view.discard_draft_button]
    assert_reading_order(seen, [win.search, *banners, *expected[1:]])
    assert_all_reached(win, seen)


def test_measure_dialog_tab_order(qtbot, measure_dialog) -> None:
    dlg = measure_dialog
    seen = tab_walk(qtbot, dlg, dlg.instrument_combo)
    expected: list[QWidget] = [dlg.instrument_combo, dlg.date_edit, dlg.one_at_a_time]
    for block in dlg.blocks:
        expected += [w for w in (block.citizen, block.caseworker) if not w.isHidden()] + [block.note]
    expected += [dlg.cancel_button, dlg.save_button]
    assert_reading_order(seen, expected)
    assert_all_reached(dlg, seen)
    # one dimension at a time: the page buttons come after the dimension, before Annuller and Gem
    dlg.one_at_a_time.setChecked(True)
    dlg.go(1)
    seen = tab_walk(qtbot, dlg, dlg.instrument_combo)
    block = dlg.blocks[1]
    assert_reading_order(
        seen,
        [
            dlg.instrument_combo,
            dlg.date_edit,
            dlg.one_at_a_time,
            block.citizen,
            block.caseworker,
            block.note,
            dlg.prev_button,
            dlg.next_button,
            dlg.cancel_button,
            dlg.save_button,
        ],
    )
    assert_all_reached(dlg, seen)


def test_create_citizen_dialog_tab_order(qtbot, create_dialog) -> None:
    dlg = create_dialog
    cancel = dlg.buttons.button(dlg.buttons.StandardButton.Cancel)
    seen = tab_walk(qtbot, dlg, dlg.cpr)
    # the buttons as the platform shows them (Annullér before Opret on some, after on others)
    buttons = sorted((dlg.ok, cancel), key=lambda b: b.mapTo(dlg, QPoint(0, 0)).x())
    assert_reading_order(seen, [dlg.cpr, dlg.first, dlg.last, *buttons])
    assert_all_reached(dlg, seen)


# ------------------------------------------------------------------------------------------------ (c) names


@pytest.mark.parametrize("screen", SCREENS)
def test_every_control_has_a_name_a_screen_reader_reads(qtbot, request, screen) -> None:
    window = request.getfixturevalue(screen)
    controls = tab_stops(window) + [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not isinstance(w, QHeaderView)
        and w.window() is window
        and w.isVisible()
        and w.focusProxy() is None
    ]
    nameless = sorted({f"{type(w).__name__} {w.objectName()}" for w in controls if not accessible_name(w)})
    assert not nameless, f"no accessible name or buddy label: {nameless}"


# ------------------------------------------------------------------------------------------------ (b) contrast


def dark_palette() -> QPalette:
    """A dark palette as Windows 11 and GNOME give one (near-black window, white text, the accent as selection)."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#1c1c1c",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.BrightText: "#ff5050",
        QPalette.ColorRole.Light: "#3c3c3c",
        QPalette.ColorRole.Midlight: "#333333",
        QPalette.ColorRole.Mid: "#3f3f3f",
        QPalette.ColorRole.Dark: "#151515",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#4cc2ff",  # the Windows 11 dark accent, with black text on it
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9d9d9d",
        QPalette.ColorRole.Link: "#99ebff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#787878"))
    return p


def base_palette(scheme: str) -> QPalette:
    return QApplication.style().standardPalette() if scheme == "light" else dark_palette()


@pytest.fixture(params=["light", "dark"])
def scheme(request) -> Iterator[str]:
    """The app's palette (:func:`~planner_gui.ui.colors.accessible_palette` of the system's) in a light or a dark
    scheme, set before the screen is built."""
    from planner_gui.ui.colors import accessible_palette

    before = QApplication.palette()
    QApplication.setPalette(accessible_palette(base_palette(request.param)))
    yield request.param
    QApplication.setPalette(before)


TEXT_PAIRS = [
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
]


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_apps_palette_passes_aa_in_light_and_dark(qapp, monkeypatch, name) -> None:
    from planner_gui.ui import app as app_module
    from planner_gui.ui.colors import accessible_palette, contrast, over

    base = base_palette(name)
    palette = accessible_palette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in TEXT_PAIRS:
            back = palette.color(group, getattr(QPalette.ColorRole, bg))
            ratio = contrast(over(palette.color(group, getattr(QPalette.ColorRole, fg)), back), back)
            assert ratio >= 4.5, f"{name} {group.name} {fg} on {bg}: {ratio:.2f}:1"
    # roles that passed already are left alone (they keep following the system)
    assert palette.color(QPalette.ColorRole.Window) == base.color(QPalette.ColorRole.Window)
    assert palette.color(QPalette.ColorRole.Text) == base.color(QPalette.ColorRole.Text)
    # and the app starts with it
    app = QApplication.instance()
    before = (app.palette(), app.organizationName(), app.applicationName(), app.applicationDisplayName())
    monkeypatch.setattr(app_module, "collect_garbage_in_gui_thread", lambda: None)
    QApplication.setPalette(base)
    try:
        app_module.make_app()
        shown = QApplication.palette()
        assert (
            contrast(shown.color(QPalette.ColorRole.Highlight), shown.color(QPalette.ColorRole.HighlightedText)) >= 4.5
        )
    finally:
        QApplication.setPalette(before[0])
        app.setOrganizationName(before[1])
        app.setApplicationName(before[2])
        app.setApplicationDisplayName(before[3])


def _reveal_coloured_states(screen: str, window: QWidget, qtbot) -> None:
    """Show what the screen colours itself: messages, hints, banners, a chosen score, error boxes."""
    if screen == "login_window":
        window.show_message("Forkerte initialer eller adgangskode.")
    elif screen == "create_dialog":
        qtbot.keyClicks(window.cpr, "320190-1234")  # the hint in red
        window.show_errors(["CPR-nummeret er ikke en gyldig dato"])
    elif screen == "plan_window":
        view = window.tabs.currentWidget()
        view.banner_text.setText("Borgeren er overdraget til dig af en kollega. Læs notatet.")
        view.banner.show()
        view.draft_banner.show()
    elif screen == "measure_dialog":
        window.blocks[0].citizen.setValue(3)
        window.show_errors(["en note kræver mindst én score"])
    QApplication.processEvents()


def _ink_contrast(image, rect: QRect) -> tuple[float, QColor, QColor]:
    """The contrast of the strongest ink in ``rect`` of ``image`` against its background (its commonest colour)."""
    from planner_gui.ui.colors import contrast

    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return 21.0, QColor(), QColor()  # nothing of it is drawn
    counts = Counter(
        image.pixel(x, y) for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1)
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in counts), key=lambda c: contrast(c, background))
    return contrast(ink, background), ink, background


def _large(widget: QWidget) -> bool:
    f = widget.font()
    return f.pointSizeF() >= 18 or (f.bold() and f.pointSizeF() >= 14)


def text_contrast_problems(window: QWidget) -> list[str]:
    """Every label and table cell on ``window`` whose drawn text misses AA contrast, measured on the pixels."""
    from planner_gui.ui.colors import contrast

    image = window.grab().toImage()
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.window() is not window or not label.isEnabled():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        inner = label.contentsRect()
        if label.visibleRegion().intersected(QRegion(inner)) != QRegion(inner):
            continue  # (partly) scrolled out of sight
        rect = QRect(label.mapTo(window, inner.topLeft()), inner.size())
        need = 3.0 if _large(label) else 4.5
        ratio, ink, back = _ink_contrast(image, rect)
        if ratio < need:
            problems.append(f"{label.text()[:40]!r}: {ink.name()} on {back.name()} {ratio:.2f}:1")
        for colour in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.text()):  # rich text in its own colours
            if contrast(QColor(colour), back) < need:
                problems.append(f"{label.text()[:40]!r}: {colour} on {back.name()}")
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible() or isinstance(view, QHeaderView) or view.window() is not window:
            continue
        model, port = view.model(), view.viewport()
        for row in range(min(model.rowCount(QModelIndex()), 12)):
            for col in range(1 if isinstance(model, QAbstractListModel) else model.columnCount()):
                index = model.index(row, col)
                if not str(index.data() or "").strip():
                    continue
                cell = view.visualRect(index).intersected(port.rect()).adjusted(1, 1, -1, -1)
                if cell.isEmpty():
                    continue
                ratio, ink, back = _ink_contrast(image, QRect(port.mapTo(window, cell.topLeft()), cell.size()))
                if ratio < 4.5:
                    problems.append(
                        f"{view.objectName()} {index.data()!r}: {ink.name()} on {back.name()} {ratio:.2f}:1"
                    )
    return problems


@pytest.mark.parametrize("screen", SCREENS)
def test_text_contrast_passes_aa_in_light_and_dark(qtbot, request, scheme, screen) -> None:
    window = request.getfixturevalue(screen)
    _reveal_coloured_states(screen, window, qtbot)
    shot(window, f"contrast_{screen}_{scheme}")
    problems = text_contrast_problems(window)
    assert not problems, f"{scheme}: text under 4.5:1 (3:1 large): {problems}"


# ------------------------------------------------------------------------------------------------ (d) scaling


def _laptop_env(tmp_path: Path, scale: str) -> dict[str, str]:
    """A 1366x768 laptop screen (offscreen) at ``scale``."""
    config = tmp_path / "laptop-screen.json"
    config.write_text(
        '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
        ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    env["PLANNER_DATA_DIR"] = str(tmp_path / "data")
    for key in ("PLANNER_USER", "PLANNER_PASSWORD"):
        env.pop(key, None)
    return env


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_at_150_and_200_percent_the_app_starts_and_the_screens_fit_a_laptop(demo_template, tmp_path, scale) -> None:
    import json

    db = copy_db(demo_template, tmp_path / "demo.db")
    env = _laptop_env(tmp_path, scale)
    smoke = subprocess.run(
        [sys.executable, "-m", "planner_gui", "--smoke", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(env, PLANNER_USER="admin", PLANNER_PASSWORD=PASSWORD),
    )
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.strip() == "Planner – Administrator (admin)"
    shots = Path(os.environ.get("PLANNER_SHOTS") or tmp_path / "shots") / f"scale-{scale}"
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("scaled_screens.py")), str(db), str(shots), PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["scale"] == float(scale)
    screens = {s["name"]: s for s in result["screens"]}
    assert set(screens) == {"login", "caseload", "plan", "measure", "create"}
    for name, s in screens.items():
        assert abs(s["screen"][0] - 1366 / float(scale)) <= 1  # the laptop's screen, in logical pixels
        assert s["fits"], f"{name} at {scale}: window {s['window']} is larger than the screen {s['screen']}"
        assert s["minimum_fits"], f"{name} at {scale}: its minimum size {s['minimum']} exceeds the screen"
        assert not s["clipped"], f"{name} at {scale}: labels cut off: {s['clipped']}"
        assert (shots / f"{name}.png").stat().st_size > 1000


def test_status_colours_of_the_report_and_audit_tables_read_in_light_and_dark(qtbot, scheme) -> None:
    """The tables the five screens do not show: the goal report's status fills and the audit log's failed logins."""
    from types import SimpleNamespace

    from planner_gui.services.reports import STATUS_FILLS
    from planner_gui.ui.audit_view import AuditModel
    from planner_gui.ui.colors import contrast
    from planner_gui.ui.reports_view import COL_STATUS, GoalTableModel

    goals = GoalTableModel()
    for status in STATUS_FILLS:
        goals.set_rows([SimpleNamespace(status=status)])
        cell = goals.index(0, COL_STATUS)
        fg = goals.data(cell, Qt.ItemDataRole.ForegroundRole)
        bg = goals.data(cell, Qt.ItemDataRole.BackgroundRole)
        assert fg is not None, f"{scheme}: status {status!r} has a fill but the palette's text colour"
        ratio = contrast(QColor(fg.color()), bg.color())
        assert ratio >= 4.5, f"{scheme}: status {status!r}: {fg.color().name()} on {bg.color().name()} {ratio:.2f}:1"
    audit = AuditModel(ctx=None)
    audit.rows = [SimpleNamespace(action="login_failed")]
    red = audit.data(audit.index(0, 2), Qt.ItemDataRole.ForegroundRole)
    ratio = contrast(QColor(red), QApplication.palette().base().color())
    assert ratio >= 4.5, f"{scheme}: a failed login's red on the table: {ratio:.2f}:1"


def test_the_app_scales_by_the_screens_own_factor(qapp) -> None:
    """150 % stays 1.5 (not rounded to 2): Qt 6's default, which ``make_app`` no longer sets by name (it kept Qt's
    ``Qt`` namespace, 93 enums, in the login window's start-up)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from planner_gui.ui.app import make_app

    make_app()
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
