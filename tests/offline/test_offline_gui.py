"""The desktop's offline work (issue 15), with a real PostgreSQL: "Tag med ud" from the main window on the team server,
an offline edit through the service on the laptop, the banner and "Synkroniser" on the laptop, and the conflict dialog
choosing "her". The banner and the dialog are grabbed to PNG in /tmp for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner_gui.domain.plan import PlanEdits
from planner_gui.services import plans
from planner_gui.services.unlock import open_for_user
from planner_gui.storage.tables import Citizen, Plan
from tests.offline.test_offline import (  # noqa: F401 (the team fixture)
    CPR_A,
    CPR_B,
    KB_PW,
    Team,
    edit_server,
    laptop_value,
    server_value,
    team,
)

SHOTS = Path("/tmp")


def _window(qtbot, db, actor):  # type: ignore[no-untyped-def]
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(db, actor))
    qtbot.addWidget(win)
    win.show()
    return win


def test_take_out_work_offline_sync_and_settle_a_conflict(qtbot, team: Team, tmp_path: Path) -> None:  # noqa: F811
    from planner_gui.ui.offline import CheckoutDialog, ConflictDialog

    laptop = tmp_path / "ude.db"
    # -- at the office, on the team server: Filer > Tag med ud …, the whole caseload (A and B)
    server_db, kb = open_for_user(team.url, "kb", KB_PW)
    try:
        office = _window(qtbot, server_db, kb)
        action = office.offline.checkout_action
        assert action is not None and action in office.menuBar().actions()[0].menu().actions()
        assert office.offline.sync_action is None and office.offline.banner is None
        action.trigger()
        dialog = office.offline.checkout_dialog
        assert isinstance(dialog, CheckoutDialog) and dialog.caseload.isChecked()
        assert not dialog.password.isVisible()  # the login's password is reused, not asked again
        dialog.path.setText(str(laptop))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.worker is None, timeout=60_000)
        result = dialog.result_
        assert result is not None, dialog.message.text()
        assert result.citizens == 2 and result.recovery
        assert "2 borgere er taget med ud" in dialog.message.text()
        assert result.recovery in dialog.details.toPlainText()
        assert dialog.grab().save(str(SHOTS / "offline_checkout.png"))
        dialog.close()
        office.close()
    finally:
        server_db.dispose()
    assert laptop.exists()

    # -- at the meeting, offline: the plan's next step changed through the service; a colleague changes it too
    db, me = open_for_user(laptop, "kb", KB_PW)
    try:
        with db.read() as s:
            cid = s.scalars(select(Citizen.id).where(Citizen.cpr == CPR_A)).one()
            version = s.scalars(select(Plan.version).where(Plan.citizen_id == cid)).one()
        plans.save_plan(db, me, cid, PlanEdits(plan_version=version, plan=(("next_step", "møde på lageret"),)))
        plans.save_plan(db, me, cid, PlanEdits(plan_version=version + 1, plan=(("job_goal", "truckfører"),)))
        edit_server(team, CPR_A, "lb", plan_next_step="ring til virksomheden")
        edit_server(team, CPR_B, "lb", last_name="Serverson")  # a field only the server changes

        # -- the app on the laptop file: the banner, then Synkroniser
        win = _window(qtbot, db, me)
        ctl = win.offline
        assert ctl.checkout_action is None
        qtbot.waitUntil(lambda: ctl.banner is not None, timeout=10_000)
        assert ctl.banner is not None and ctl.sync_action is not None and ctl.sync_action.isVisible()
        text = ctl.banner.label.text()
        assert text.startswith("Offline: arbejder på en bærbar kopi siden ") and text.endswith("(2 borgere)"), text
        assert ctl.banner.isVisible() and win.tabs.isVisible()
        win.resize(1180, 720)
        qtbot.wait(50)
        assert ctl.banner.grab().save(str(SHOTS / "offline_banner.png"))
        assert win.grab().save(str(SHOTS / "offline_window.png"))

        asked: list[bool] = []
        ctl.ask_password = lambda: asked.append(True) or KB_PW  # type: ignore[method-assign]
        qtbot.mouseClick(ctl.banner.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.conflict_dialog is not None, timeout=60_000)
        assert asked == [True]
        conflicts = ctl.conflict_dialog
        assert isinstance(conflicts, ConflictDialog)
        assert conflicts.table.rowCount() == 1
        row = [conflicts.table.item(0, c).text() for c in range(5)]
        assert row[:4] == ["010180-1234", "plan.naeste_skridt", "møde på lageret", "ring til virksomheden"]
        assert row[4].startswith("lb ")
        # everything else is merged both ways already
        assert server_value(team, CPR_A, "plan_job_goal") == "truckfører"
        assert laptop_value(laptop, "kb", KB_PW, CPR_B, "last_name") == "Serverson"
        assert not conflicts.apply_sync.isEnabled()  # nothing chosen yet
        conflicts.resize(1000, 260)
        qtbot.wait(50)
        assert conflicts.grab().save(str(SHOTS / "offline_conflicts.png"))

        # -- choose "Behold her" and sync again
        conflicts.choose(0, "her")
        assert conflicts.chosen() == [(CPR_A, "plan.naeste_skridt", "her")]
        first = ctl.last_sync
        qtbot.mouseClick(conflicts.apply_sync, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.last_sync is not first and ctl.worker is None, timeout=60_000)
        assert ctl.last_sync is not None and ctl.last_sync.conflicts == [] and not ctl.last_sync.quarantined
        assert asked == [True]  # the password of this sync was not asked again
        assert server_value(team, CPR_A, "plan_next_step") == "møde på lageret"
        assert laptop_value(laptop, "kb", KB_PW, CPR_A, "plan_next_step") == "møde på lageret"
        qtbot.waitUntil(lambda: "konflikter" not in ctl.banner.label.text(), timeout=10_000)
        assert ctl._password is None  # forgotten once the sync is done
        win.close()
    finally:
        db.dispose()


def test_a_wrong_password_leaves_the_laptop_as_it_was(qtbot, team: Team, tmp_path: Path) -> None:  # noqa: F811
    from planner_gui.services import offline

    laptop = tmp_path / "ude.db"
    offline.checkout(team.url, laptop, "kb", KB_PW, [CPR_B])
    db, me = open_for_user(laptop, "kb", KB_PW)
    try:
        win = _window(qtbot, db, me)
        ctl = win.offline
        qtbot.waitUntil(lambda: ctl.banner is not None, timeout=10_000)
        assert ctl.banner is not None and ctl.banner.label.text().endswith("(1 borgere)")
        ctl.ask_password = lambda: "forkert-kode-123"  # type: ignore[method-assign]
        ctl.start_sync()
        qtbot.waitUntil(lambda: ctl.worker is None and ctl.banner.button.isEnabled(), timeout=60_000)
        from PySide6.QtWidgets import QMessageBox

        box = win.findChild(QMessageBox, "syncFailedBox")
        assert box is not None and "uændret" in box.text()
        assert ctl.last_sync is None and ctl._password is None
        box.close()
        win.close()
    finally:
        db.dispose()


def test_check_in_refused_while_a_conflict_is_open_then_done(qtbot, team: Team, tmp_path: Path) -> None:  # noqa: F811
    """ "Tjek ind" runs the CLI's checkin service in the background: refused with a plain message while a conflict is
    open (nothing released, nothing removed); once settled it checks in and tells which citizens."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import func

    from planner_gui.services import offline
    from planner_gui.storage.tables import Checkout

    laptop = tmp_path / "ude.db"
    offline.checkout(team.url, laptop, "kb", KB_PW, [CPR_A, CPR_B])
    db, me = open_for_user(laptop, "kb", KB_PW)
    try:
        with db.read() as s:
            cid = s.scalars(select(Citizen.id).where(Citizen.cpr == CPR_A)).one()
            version = s.scalars(select(Plan.version).where(Plan.citizen_id == cid)).one()
        plans.save_plan(db, me, cid, PlanEdits(plan_version=version, plan=(("next_step", "møde på lageret"),)))
        edit_server(team, CPR_A, "lb", plan_next_step="ring til virksomheden")
        assert offline.sync(laptop, "kb", KB_PW).conflicts  # the conflict is open on the laptop

        win = _window(qtbot, db, me)
        ctl = win.offline
        qtbot.waitUntil(lambda: ctl.banner is not None, timeout=10_000)
        assert ctl.banner is not None and ctl.checkin_action is not None
        assert ctl.checkin_action.isVisible() and ctl.checkin_action in win.menuBar().actions()[0].menu().actions()
        assert "1 konflikter" in ctl.banner.label.text()
        asked: list[str] = []
        ctl.ask_password = lambda: asked.append("password") or KB_PW  # type: ignore[method-assign]
        ctl.confirm_checkin = lambda: asked.append("confirm") or True  # type: ignore[method-assign]

        # -- refused while the conflict is open: a plain message, nothing asked, nothing run
        qtbot.mouseClick(ctl.banner.checkin_button, Qt.MouseButton.LeftButton)
        box = win.findChild(QMessageBox, "checkinRefusedBox")
        assert box is not None and box.isVisible()
        assert box.text() == "Intet er tjekket ind: 1 konflikter venter på dit valg."
        assert asked == [] and ctl.worker is None and ctl.last_checkin is None
        box.close()
        with team.db.read() as s:
            assert s.scalar(select(func.count()).select_from(Checkout).where(Checkout.released_at.is_(None))) == 2

        # -- settled: Tjek ind (the menu entry) syncs, releases and empties the laptop, and says which citizens
        assert offline.resolve(laptop, "kb", KB_PW, "her", CPR_A, "plan.naeste_skridt") == 1
        ctl.refresh_status()
        qtbot.waitUntil(lambda: "konflikter" not in ctl.banner.label.text(), timeout=10_000)
        ctl.checkin_action.trigger()
        assert not ctl.banner.checkin_button.isEnabled() and not ctl.checkin_action.isEnabled()  # busy
        qtbot.waitUntil(lambda: ctl.last_checkin is not None and ctl.worker is None, timeout=60_000)
        assert asked == ["confirm", "password"]
        result = ctl.last_checkin
        assert result is not None and result.released == 2 and sorted(result.cprs) == [CPR_A, CPR_B]
        done = win.findChild(QMessageBox, "checkinDoneBox")
        assert done is not None and done.isVisible()
        assert done.text() == "2 borgere er tjekket ind: frigivet på serveren og fjernet fra den bærbare kopi."
        assert "010180-1234, 020280-1234" in done.informativeText()
        assert server_value(team, CPR_A, "plan_next_step") == "møde på lageret"  # the choice went up first
        with team.db.read() as s:
            assert s.scalar(select(func.count()).select_from(Checkout).where(Checkout.released_at.is_(None))) == 0
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Citizen)) == 0
        qtbot.waitUntil(lambda: "alle er tjekket ind" in ctl.banner.label.text(), timeout=10_000)
        assert not ctl.banner.checkin_button.isEnabled() and not ctl.checkin_action.isEnabled()
        assert ctl._password is None
        done.close()
        win.close()
    finally:
        db.dispose()


STRAY = (
    "conflictDialog",
    "checkoutDialog",
    "syncFailedBox",
    "syncNotesBox",
    "checkinRefusedBox",
    "checkinDoneBox",
    "checkinFailedBox",
)


@pytest.fixture(autouse=True)
def _no_stray_dialogs(qtbot):  # type: ignore[no-untyped-def]
    yield
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.objectName() in STRAY:
            w.close()
