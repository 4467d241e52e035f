"""The citizen's rights in the UI: Aktindsigt from the citizen's Borger menu, the retention dialog for administrators,
and the administration menu (audit, retention, instruments, restore) mounted in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner_gui.domain.cpr import is_pseudonym
from planner_gui.services import privacy
from planner_gui.services.auth import login
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen
from tests.conftest import PASSWORD, TODAY, staff_actor


def _window(qtbot, db, actor):
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(db, actor), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_aktindsigt_from_the_borger_menu(qtbot, demo_db, tmp_path: Path, monkeypatch) -> None:
    from planner_gui.ui import privacy_dialogs

    actor = staff_actor(demo_db)
    win = _window(qtbot, demo_db, actor)
    with demo_db.read() as s:
        cid = s.scalar(
            select(Assignment.citizen_id)
            .where(Assignment.staff_id == actor.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .order_by(Assignment.citizen_id)
            .limit(1)
        )
    view = win.open_citizen(cid, reason="")
    assert view is not None
    assert view.access_action in view.citizen_menu.actions() and view.access_action.isEnabled()
    assert win._citizen_menu_action is view.citizen_menu.menuAction()  # the Borger menu is in the menu bar
    out = tmp_path / "ud"
    out.mkdir()
    monkeypatch.setattr(privacy_dialogs.QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    view.access_action.trigger()
    job = view.access_job
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000) as done:
        pass
    result = done.args[0]
    assert result.folder.parent == out and result.folder.name.startswith("Aktindsigt ")
    assert result.folder.name.endswith(TODAY.today().strftime("%d-%m-%Y"))
    names = {p.name for p in result.folder.iterdir()}
    assert {privacy.WORKBOOK_NAME, privacy.PLAN_NAME, privacy.README_NAME} <= names
    assert privacy.AUDIT_NAME not in names  # the audit extract (other staff's views) is an administrator's to hand out
    assert (result.folder / privacy.PLAN_NAME).read_bytes().startswith(b"%PDF")
    assert view.access_job is None
    with demo_db.read() as s:
        logged = s.execute(
            select(AuditEntry.action, AuditEntry.user).where(
                AuditEntry.entity == "aktindsigt",
                AuditEntry.citizen_ref == str(cid),
                AuditEntry.details.contains('"status": "fuldført"'),  # the "begun" entry precedes it (issue 12)
            )
        ).one()
    assert tuple(logged) == ("export", actor.initials)
    # the temporary PDF was made in the private scratch folder of the data folder (never the system's shared temp
    # folder) and is removed
    from planner_gui.storage import files

    assert not [p for p in files.scratch_root().rglob("*") if p.suffix == ".pdf"]

    # a second request the same day goes into a new folder beside the first
    view.access_action.trigger()
    with qtbot.waitSignal(view.access_job.done, timeout=60_000) as again:
        pass
    assert again.args[0].folder.name.endswith("(2)")


def test_retention_dialog_lists_and_deletes_the_selected(qtbot, demo_db, monkeypatch) -> None:
    from planner_gui.ui.privacy_dialogs import RetentionDialog

    admin = login(demo_db, "admin", PASSWORD)
    win = _window(qtbot, demo_db, admin)
    assert win.admin_menu is not None and win.retention_action in win.admin_menu.actions()
    opened: list[RetentionDialog] = []
    monkeypatch.setattr(RetentionDialog, "exec", lambda self: opened.append(self) or 0)
    win.retention_action.trigger()
    assert len(opened) == 1
    dlg = opened[0]
    qtbot.addWidget(dlg)
    due = privacy.citizens_due_for_deletion(demo_db, admin, today=TODAY)
    assert dlg.table.rowCount() == len(due) > 2
    assert not dlg.delete_button.isEnabled()
    dlg.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dlg.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert dlg.delete_button.isEnabled() and "2 af" in dlg.message.text()
    chosen = [d.citizen_id for d in dlg.checked()]

    monkeypatch.setattr(dlg, "confirm", lambda text: False)  # Annullér: nothing happens
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == len(due)

    asked: list[str] = []
    monkeypatch.setattr(dlg, "confirm", lambda text: asked.append(text) or True)
    with qtbot.waitSignal(dlg.deleted, timeout=30_000) as deleted:
        qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert "2 borger(e)" in asked[0] and due[0].cpr in asked[0]
    pseudonyms = deleted.args[0]
    assert len(pseudonyms) == 2 and all(is_pseudonym(p) for p in pseudonyms)
    assert dlg.table.rowCount() == len(due) - 2
    assert "2 borger(e) er slettet" in dlg.message.text()
    with demo_db.read() as s:
        rows = {
            r.id: r
            for r in s.execute(select(Citizen.id, Citizen.cpr, Citizen.first_name).where(Citizen.id.in_(chosen)))
        }
        reasons = list(
            s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "delete", AuditEntry.entity == "citizen"))
        )
    assert all(is_pseudonym(rows[c].cpr) and not rows[c].first_name for c in chosen)
    assert reasons == ["Opbevaringstid udløbet"] * 2

    # the audit viewer shows the deleted citizens under their pseudonym
    from planner_gui.services import audit_log

    page = audit_log.audit_page(demo_db, admin, audit_log.AuditFilter(cpr=pseudonyms[0]))
    assert page and {r.citizen for r in page} == {pseudonyms[0]}


def test_administration_menu_mounts_instruments_and_restore(qtbot, demo_db, monkeypatch) -> None:
    from planner_gui.ui.progress.instruments_dialog import InstrumentsDialog
    from planner_gui.ui.restore_dialog import RestoreDialog

    admin = login(demo_db, "admin", PASSWORD)
    win = _window(qtbot, demo_db, admin)
    names = {a.objectName() for a in win.admin_menu.actions()}
    assert {"auditAction", "retentionAction", "instrumentsAction", "restoreAction"} <= names
    shown: list[QDialog] = []
    monkeypatch.setattr(InstrumentsDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: shown.append(self) or 0)
    win.instruments_action.trigger()
    win.restore_action.trigger()
    assert [type(d).__name__ for d in shown] == ["InstrumentsDialog", "RestoreDialog"]
    assert shown[1].db_path == demo_db.path and shown[1].who == "admin"
    assert win.isVisible()  # cancelled: the window and its database stay
    next(a for a in win.admin_menu.actions() if a.objectName() == "auditAction").trigger()
    assert win.current_page() is win.audit_page

    worker = _window(qtbot, demo_db, staff_actor(demo_db))
    assert worker.admin_menu is None


def test_restore_from_the_menu_reopens_the_database(qtbot, demo_db, monkeypatch) -> None:
    from planner_gui.ui import main_window
    from planner_gui.ui.restore_dialog import RestoreDialog

    admin = login(demo_db, "admin", PASSWORD)
    win = _window(qtbot, demo_db, admin)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    monkeypatch.setattr(main_window.QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(win.database_replaced, timeout=5_000):
        win.restore_action.trigger()
    assert not win.isVisible()  # the controller (app.py) opens the restored file afresh and shows the login
