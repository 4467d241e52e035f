"""What a new user stumbled over (issue 16): Ctrl+S wherever the focus is, Ctrl+Z in the search field, the
coordinator column, the status bar, the icons, an effort's remark in Historik, messages with a capital letter, the
first-start wording, who rates a dimension (instrument file, dialog, demo) and the Om dialog. Each test saves a
screenshot to ``$PLANNER_SHOTS`` when that is set, for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from planner_gui.storage.tables import Instrument, InstrumentDimension, Measurement
from planner_gui.ui.context import AppContext
from tests.conftest import TODAY
from tests.ui.shots import shot
from tests.ui.test_citizen_view import _on_modal

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_db, worker):
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(demo_db, worker), today=TODAY)  # closed here, not by qtbot: see below
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    for i in range(1, win.tabs.count()):  # never ask about unsaved edits on the way out, even after a failure
        view = win.tabs.widget(i)
        view.undo_stack.clear()
        view.holder.set(view.overview.draft(), "all")
    win.close()
    win.deleteLater()


def _open(qtbot, win, cid):
    view = win.open_citizen(cid, "Borger", reason="")
    qtbot.waitUntil(lambda: view.plan_tab.own_goal.hasFocus())
    return view


def _edit(qtbot, view, text: str = " mere") -> None:
    view.plan_tab.own_goal.setFocus()
    qtbot.keyClicks(view.plan_tab.own_goal, text)
    assert view.is_dirty()


# ------------------------------------------------------------------------------------------------ Ctrl+S, Ctrl+Z


def test_gem_is_in_the_file_menu_and_ctrl_s_saves_wherever_the_focus_is(qtbot, window, cid) -> None:
    win = window
    file_menu = win.menuBar().actions()[0].menu()
    gem = next(a for a in file_menu.actions() if a.objectName() == "saveAction")
    assert gem.text().replace("&", "") == "Gem" and gem.shortcut().toString() == "Ctrl+S"
    assert not gem.isEnabled()  # the overview, nothing unsaved
    view = _open(qtbot, win, cid)
    assert gem.isEnabled()

    _edit(qtbot, view)
    win.search.setFocus()  # from the search field
    qtbot.waitUntil(win.search.hasFocus)
    qtbot.keyClick(win.search, Qt.Key.Key_S, CTRL)
    assert not view.is_dirty()
    assert win.tabs.currentWidget() is view

    _edit(qtbot, view, " igen")
    refresh = next(a for a in win.view_menu.actions() if a.text() == "Opdatér")
    refresh.trigger()  # after using a menu, with the focus left on the menu bar
    win.menuBar().setFocus()
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_S, CTRL)
    assert not view.is_dirty()

    _edit(qtbot, view, " tre")  # on the overview tab, Gem saves every unsaved plan
    win.tabs.setCurrentIndex(0)
    assert gem.isEnabled()
    gem.trigger()
    assert not view.is_dirty()
    assert view.overview.plan.own_goal.endswith(" mere igen tre")


def test_ctrl_z_in_the_search_field_undoes_its_text_and_stays_on_the_tab(qtbot, window, cid) -> None:
    win = window
    view = _open(qtbot, win, cid)
    _edit(qtbot, view)
    win.search.setFocus()
    qtbot.keyClicks(win.search, "Hansen")
    assert win.tabs.currentIndex() == 0  # typing a search shows the results
    win.tabs.setCurrentWidget(view)
    win.search.setFocus()
    qtbot.keyClick(win.search, Qt.Key.Key_Escape)
    assert win.search.text() == ""
    qtbot.keyClick(win.search, Qt.Key.Key_Z, CTRL)
    assert win.search.text() == "Hansen"
    assert win.tabs.currentWidget() is view  # no jump to the overview
    assert view.is_dirty()  # and the plan's own edit is not undone
    qtbot.keyClick(win.search, Qt.Key.Key_Y, CTRL)
    assert win.search.text() == ""
    assert win.tabs.currentWidget() is view


# ------------------------------------------------------------------------------------------------ what one sees


def test_coordinator_column_status_bar_and_icons(qtbot, window, cid) -> None:
    win = window
    free = win.screen().availableGeometry()  # the default size, within the screen (tests' offscreen one is 800 wide)
    assert (win.width(), win.height()) == (min(1180, free.width() - 16), min(720, free.height() - 48))
    win.resize(1180, 720)  # the default size where the screen has room for it
    qtbot.waitUntil(lambda: win.width() == 1180)
    table = win.caseload_page.table
    header = table.horizontalHeader()
    heading = table.model().headerData(3, Qt.Orientation.Horizontal)
    assert heading == "Koordinerende sagsbehandler"
    assert header.sectionSize(3) >= header.fontMetrics().horizontalAdvance(heading) + 24
    win.resize(1000, 700)  # a smaller laptop screen: still readable
    qtbot.waitUntil(lambda: table.viewport().width() < 900)
    table.fit_columns()
    assert header.sectionSize(3) >= header.fontMetrics().horizontalAdvance(heading) + 24
    win.resize(1180, 720)
    shot(win, "caseload_default_size")

    view = _open(qtbot, win, cid)
    long_path = "/home/sagsbehandler/Dokumenter/Borgere/2026/november/Min plan " + "Karen Marie Andersen" * 3 + ".pdf"
    win.ctx.signals.status_message.emit(f"Min plan er gemt som {long_path}")
    bar = win.statusBar()
    shown = bar.currentMessage()
    assert shown.startswith("Min plan er gemt som") and shown.endswith(".pdf") and "…" in shown
    room = bar.width() - win.status_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) < room
    assert win.ctx.db.where.endswith(win.status_label.text().rsplit(" ", 1)[-1])  # the file's name
    assert win.status_label.toolTip() == win.ctx.db.where
    shot(win, "status_after_min_plan")
    assert view is not None

    icons = {win.nav.item(i).text(): win.nav.item(i).icon().cacheKey() for i in range(win.nav.count())}
    assert len(set(icons.values())) == len(icons)


def test_audit_and_reports_have_different_icons(qtbot, demo_db) -> None:
    from planner_gui.services.auth import login
    from planner_gui.ui.app import icon_path
    from planner_gui.ui.main_window import MainWindow
    from tests.conftest import PASSWORD

    win = MainWindow(AppContext(demo_db, login(demo_db, "admin", PASSWORD)), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    names = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Revisionsspor" in names
    images = {}
    for i in range(win.nav.count()):
        images[win.nav.item(i).text()] = win.nav.item(i).icon().pixmap(24, 24).toImage()
    if "Rapporter" in images:
        assert images["Revisionsspor"] != images["Rapporter"]
    assert icon_path("audit").read_text() != icon_path("reports").read_text()
    shot(win.nav, "navigation_admin")


# ------------------------------------------------------------------------------------------------ words


def test_an_efforts_remark_is_in_historik(qtbot, window, cid) -> None:
    view = _open(qtbot, window, cid)

    def fill(dlg) -> None:
        dlg.category.setCurrentIndex(dlg.category.findData("mentor"))
        dlg.responsible.setCurrentIndex(max(0, dlg.responsible.findData("jobcenter")))
        dlg.note.setText("Mentor ringer om fredagen")
        dlg.accept()

    errors = _on_modal(fill)
    view.plan_tab.add_effort()
    assert not errors, errors
    assert view.save()
    created = next(h for h in view.overview.history if h.field == "Indsats" and h.action == "create")
    assert "Bemærkning: Mentor ringer om fredagen" in created.new
    view.tabs.setCurrentWidget(view.history_tab)
    table = view.history_tab.table
    texts = [table.item(r, 6).text() for r in range(table.rowCount())]
    assert any("Mentor ringer om fredagen" in t for t in texts)
    shot(view, "historik_remark")


def test_service_messages_start_with_a_capital_letter(qtbot) -> None:
    from planner_gui.errors import UserError
    from planner_gui.ui.citizen.common import sentence
    from planner_gui.ui.errors import message_text, show_user_error

    assert message_text(UserError("databasen er låst af et andet program")) == "Databasen er låst af et andet program"
    assert message_text("") == ""
    # a message that starts with a file's path or a server's address keeps it as it is spelt
    assert message_text("postgresql+psycopg://db/planner: serveren svarer ikke").startswith("postgresql+psycopg://")
    assert message_text("/home/kb/planner.db: databasen er låst").startswith("/home/kb/")
    assert sentence("skriv datoen som dd-mm-åååå") == "Skriv datoen som dd-mm-åååå."
    parent = QWidget()
    qtbot.addWidget(parent)
    show_user_error(UserError("borgeren findes ikke"), parent)
    box = parent.findChild(QWidget, "userErrorBox")
    assert box.text() == "Borgeren findes ikke"
    box.close()


def test_first_start_speaks_to_a_caseworker(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QCheckBox

    from planner_gui.ui.first_start import FirstStartDialog

    win = FirstStartDialog(tmp_path / "ny.db")
    qtbot.addWidget(win)
    win.show()
    box = win.findChild(QCheckBox, "encryptChoice")
    assert "planner-gui" not in box.text() and "init" not in box.text()
    assert box.text().replace("&", "").startswith("Kryptér databasefilen")
    shot(win, "first_start")


# ------------------------------------------------------------------------------------------------ who rates


def test_the_instrument_file_says_who_rates_and_dialog_and_demo_follow(qtbot, demo_db, worker, cid) -> None:
    from planner_gui.domain.codes import RATERS
    from planner_gui.domain.instrument_files import dimension_raters
    from planner_gui.services.instruments import list_instruments, validate_instrument_data
    from planner_gui.ui.progress.measure_dialog import MeasureDialog

    assert dimension_raters("bip", 1, "tro_paa_job") == ("sagsbehandler",)
    assert dimension_raters("bip", 1, "helbred") == RATERS
    assert dimension_raters("eget", 1, "x") == RATERS  # not a shipped file: both
    bip = next(i for i in list_instruments(demo_db) if i.code == "bip")
    assert {d.code: d.raters for d in bip.dimensions}["tro_paa_job"] == ("sagsbehandler",)
    good = {"code": "x", "name": "X", "dimensions": [{"code": "a", "label": "A", "vurderes_af": ["sagsbehandler"]}]}
    assert validate_instrument_data(good)["dimensions"][0]["vurderes_af"] == ["sagsbehandler"]
    from planner_gui.errors import ValidationError

    bad = {"code": "x", "name": "X", "dimensions": [{"code": "a", "label": "A", "vurderes_af": ["naboen"]}]}
    with pytest.raises(ValidationError, match="vurderes_af"):
        validate_instrument_data(bad)

    # the demo gives citizens no score where only the caseworker rates
    with demo_db.read() as s:
        q = (
            select(Measurement.rater, func.count())
            .join(InstrumentDimension, InstrumentDimension.id == Measurement.dimension_id)
            .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
            .where(Instrument.code == "bip", InstrumentDimension.code == "tro_paa_job")
            .group_by(Measurement.rater)
        )
        counts = dict(s.execute(q).all())
    assert counts.get("sagsbehandler", 0) > 0 and counts.get("borger", 0) == 0

    dialog = MeasureDialog(AppContext(demo_db, worker), cid, instrument_code="bip", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    blocks = {b.code: b for b in dialog.blocks}
    assert blocks["tro_paa_job"].citizen.isHidden() and not blocks["tro_paa_job"].caseworker.isHidden()
    assert not blocks["helbred"].citizen.isHidden()
    dialog.scroll.ensureWidgetVisible(blocks["tro_paa_job"])
    shot(dialog, "measure_dialog_raters")
    dialog.reject()


# ------------------------------------------------------------------------------------------------ Om


def test_about_dialog_shows_version_database_log_and_licence(qtbot, window) -> None:
    from planner_gui import __version__
    from planner_gui.config import log_dir

    win = window
    help_menu = win.menuBar().actions()[-1].menu()
    assert win.about_action in help_menu.actions()
    seen = {}

    def look(dlg) -> None:
        seen["dialog"] = dlg
        assert dlg.objectName() == "aboutDialog"
        values = {k: v.text() for k, v in dlg.values.items()}
        seen.update(values)
        shot(dlg, "about")
        dlg.copy()

    errors = _on_modal(look)
    win.about_action.trigger()
    assert not errors, errors
    assert __version__ in seen["version"]
    assert seen["database"] == win.ctx.db.where
    assert seen["log"] == str(log_dir() / "planner-gui.log")
    assert "EUPL-1.2" in seen["licence"]
    copied = QApplication.clipboard().text()
    assert win.ctx.db.where in copied and "EUPL-1.2" in copied
