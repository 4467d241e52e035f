"""The language (issue 16): switched without a restart, English for the Qt-free layers' messages and code labels, and
Qt's own file dialog in Danish with dates as dd-mm-åååå."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QTreeView

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, Text
from planner_gui.errors import ValidationError
from planner_gui.ui import file_dialogs
from planner_gui.ui.app import AppController, install_translation
from planner_gui.ui.i18n import error_text, translated

SHOTS = Path(os.environ.get("PLANNER_SHOTS", "/tmp"))


@pytest.fixture
def danish_afterwards(qapp):
    yield qapp
    install_translation(qapp, "da")


def _menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _pages(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def _controller(qapp, db, actor, tmp_path: Path) -> AppController:
    controller = AppController(qapp, str(tmp_path / "unused.db"))
    controller.database = db
    controller._backup_started = True  # no backup thread in a test
    controller.settings.setValue("language", "da")
    controller.logged_in(actor)
    return controller


def test_the_language_changes_at_once_and_keeps_what_was_open(
    qtbot, danish_afterwards, demo_db, worker, cid, tmp_path: Path
) -> None:
    qapp = danish_afterwards
    controller = _controller(qapp, demo_db, worker, tmp_path)
    window = controller.main_window  # the controller's: each switch replaces it (and deletes the old one)
    assert _menus(window)[:3] == ["&Filer", "&Rediger", "&Vis"]
    view = window.open_citizen(cid, "Borger")
    assert view is not None
    name = view.overview.name
    goal = view.plan_tab.own_goal
    goal.setFocus()
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, " Ikke gemt endnu.")
    assert view.is_dirty()
    view.tabs.setCurrentIndex(1)  # Forløb
    window.resize(760, 540)
    window.search.setText("Hansen")
    window.search_page.set_query("Hansen")
    window.show_page("searchPage")
    window.tabs.setCurrentWidget(view)
    views_read = _view_rows(demo_db)

    # da -> en: a new window in English, the citizen still open with the unsaved edit
    window.set_language("en")
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=5000)
    en = controller.main_window
    assert controller.settings.value("language") == "en"
    assert en.windowTitle() == window_title_of(en)
    assert _menus(en)[:2] == ["&File", "&Edit"] and "&View" in _menus(en) and "&Settings" in _menus(en)
    assert "Search" in _pages(en) and "My citizens" in _pages(en)
    assert en.search_page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert en.search.text() == "Hansen"
    assert (en.width(), en.height()) == (760, 540)
    assert en.tabs.count() == 2
    moved = en.tabs.currentWidget()
    assert moved is not view and moved.citizen_id == cid
    assert moved.is_dirty() and moved.plan_tab.own_goal.toPlainText().endswith(" Ikke gemt endnu.")
    assert en.tabs.tabText(1) == f"{name} *"
    assert [moved.tabs.tabText(i) for i in range(moved.tabs.count())][:2] == ["&Plan", "C&ourse"]
    assert moved.tabs.currentIndex() == 1
    assert en.save_action.isEnabled() and en.save_action.text() == "&Save"
    labels = {w.text() for w in moved.findChildren(QLabel)}
    assert not any("Borgerens eget mål" in t for t in labels)
    assert _view_rows(demo_db) == views_read  # nothing read again, no second "view" row in the audit log

    # en -> da: Danish again, the edit still there and still unsaved
    en.set_language("da")
    qtbot.waitUntil(lambda: controller.main_window is not en, timeout=5000)
    da = controller.main_window
    qtbot.addWidget(da)
    assert _menus(da)[:2] == ["&Filer", "&Rediger"] and "&Vis" in _menus(da)
    assert "Søg" in _pages(da)
    back = da.tabs.widget(1)
    assert back.is_dirty() and back.plan_tab.own_goal.toPlainText().endswith(" Ikke gemt endnu.")
    assert [back.tabs.tabText(i) for i in range(back.tabs.count())][:2] == ["&Plan", "F&orløb"]
    assert back.save()  # Gem saves what was typed before the switches
    assert not back.is_dirty()
    da.close()


def window_title_of(window) -> str:
    return window.windowTitle()  # the user's own name and initials: the same in every language


def _view_rows(db) -> int:
    from sqlalchemy import func, select

    from planner_gui.storage.tables import AuditEntry

    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "view")) or 0)


def test_service_messages_and_code_labels_in_english(danish_afterwards, qtbot) -> None:
    from planner_gui.domain.codes import EFFORT_CATEGORY_LABELS, TARGET_GROUP_LABELS
    from planner_gui.domain.plan import FIELD_LABELS
    from planner_gui.services.permissions import DENIED_TEXT, Permission

    label = TARGET_GROUP_LABELS["kontanthjaelp_jobparat"]
    assert isinstance(label, Text) and label == "Kontanthjælp, jobparat"  # still the Danish text for the CLI
    note = QT_TRANSLATE_NOOP("Meddelelser", "notatet må højst have {max_text} tegn").format(max_text=10_000)
    err = ValidationError(
        [note, QT_TRANSLATE_NOOP("Meddelelser", "{fld}: skal være tekst").format(fld=FIELD_LABELS["next_step"])]
    )
    assert str(err) == "notatet må højst have 10000 tegn\nNæste skridt: skal være tekst"
    assert translated(label) == "Kontanthjælp, jobparat"
    install_translation(danish_afterwards, "en")
    assert translated(label) == "Social assistance, job-ready"
    assert translated(EFFORT_CATEGORY_LABELS["loentilskud"]) == "Wage subsidy"
    assert error_text(err) == "the note may have at most 10000 characters\nNext step: must be text"
    assert translated(DENIED_TEXT[Permission.RUN_REPORTS]) == "only team leads and administrators can make reports"
    assert translated("Jens Hansen") == "Jens Hansen"  # a name is shown as it is
    from planner_gui.ui.errors import message_text

    assert message_text(err).startswith("The note may have")


def test_a_plan_check_from_the_domain_reads_in_english(danish_afterwards) -> None:
    from planner_gui.ui.errors import message_text

    install_translation(danish_afterwards, "en")
    from planner_gui.domain.cpr import CprError, parse

    with pytest.raises(CprError) as caught:
        parse("12345")
    assert "CPR number" in message_text(caught.value), message_text(caught.value)


# ---------------------------------------------------------------------------------------------------- file dialog


def _file_dialog(tmp_path: Path) -> QFileDialog:
    (tmp_path / "rapport.xlsx").write_bytes(b"x")
    (tmp_path / "Arkiv").mkdir()
    stamp = QDateTime(dt.date(2026, 12, 5), dt.time(14, 3)).toSecsSinceEpoch()
    os.utime(tmp_path / "rapport.xlsx", (stamp, stamp))
    dialog = QFileDialog(None, "Gem rapport", str(tmp_path / "maalrapport.xlsx"), "Regneark (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


def test_the_file_dialog_is_danish_with_danish_dates(qtbot, tmp_path: Path) -> None:
    install_translation(QApplication.instance(), "da")
    dialog = _file_dialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(760, 420)
    with file_dialogs.danish_dates():  # as the app opens its dialogs
        dialog.show()
    tree = dialog.findChild(QTreeView)
    model = tree.model()

    def listed() -> dict[str, list[str]]:
        root = tree.rootIndex()
        rows = (model.index(r, 0, root) for r in range(model.rowCount(root)))
        return {i.data(): [model.index(i.row(), c, root).data() for c in range(4)] for i in rows}

    qtbot.waitUntil(lambda: "rapport.xlsx" in listed() and "Arkiv" in listed(), timeout=5000)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    assert "&Kig i:" in labels and "Filer af &type:" in labels and "&Filnavn:" in labels, labels
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Navn", "Størrelse", "Type", "Ændringsdato"]
    rows = listed()
    assert rows["rapport.xlsx"][3] == "05-12-2026 14:03"
    assert rows["Arkiv"][2] == "Mappe"  # a file's type is the MIME database's description of it
    assert dialog.findChild(QComboBox, "fileTypeCombo").currentText() == "Regneark (*.xlsx)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    shot = SHOTS / "file_dialog_da.png"
    assert dialog.grab().save(str(shot))
    dialog.reject()


def test_the_export_dialog_in_danish(qtbot, empty_db, admin, tmp_path: Path, monkeypatch) -> None:
    """The audit trail's export (Administration > Revisionsspor > Eksportér…) as the user meets it: Qt's own dialog
    (no native one under Xvfb or offscreen), in Danish, dates as dd-mm-åååå; a screenshot for the eye."""
    from PySide6.QtCore import QTimer

    from planner_gui.ui import audit_view
    from planner_gui.ui.audit_view import AuditView
    from planner_gui.ui.context import AppContext

    install_translation(QApplication.instance(), "da")
    _file_dialog(tmp_path).deleteLater()  # the files
    monkeypatch.setattr(audit_view, "in_documents", lambda name="": str(tmp_path / name))
    view = AuditView(AppContext(empty_db, admin))
    qtbot.addWidget(view)
    seen: dict[str, object] = {}

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        tree = dialog.findChild(QTreeView) if isinstance(dialog, QFileDialog) else None
        model = tree.model() if tree is not None else None
        ready = model is not None and model.rowCount(tree.rootIndex()) >= 2
        if not ready and tries < 100:
            QTimer.singleShot(50, lambda: answer(tries + 1))
            return
        assert isinstance(dialog, QFileDialog)
        dialog.resize(760, 420)
        root = tree.rootIndex()
        seen["rows"] = {model.index(r, 0, root).data(): model.index(r, 3, root).data() for r in range(2)}
        seen["title"] = dialog.windowTitle()
        seen["labels"] = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
        seen["saved"] = dialog.grab().save(str(SHOTS / "export_dialog_da.png"))
        dialog.reject()

    QTimer.singleShot(0, answer)
    view.ask_export()
    assert seen["title"] == "Eksportér revisionsspor"
    assert "&Kig i:" in seen["labels"] and "Filer af &type:" in seen["labels"]
    assert seen["rows"]["rapport.xlsx"] == "05-12-2026 14:03"
    assert seen["saved"]
