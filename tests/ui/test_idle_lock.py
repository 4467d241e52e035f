"""The idle lock, through the real main window: a short timeout locks it, the contents are hidden, a wrong password
keeps it locked, the right one unlocks, and a typed (unsaved) plan edit is still there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from planner_gui.services.auth import login
from planner_gui.storage.tables import Assignment, AuditEntry, Staff
from tests.conftest import PASSWORD, TODAY


def _worker_window(qtbot, db):
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    with db.read() as s:
        ini = s.scalar(
            select(Staff.initials)
            .where(Staff.role == "sagsbehandler", Staff.password_hash.is_not(None))
            .order_by(Staff.initials)
            .limit(1)
        )
    actor = login(db, ini, PASSWORD)
    win = MainWindow(AppContext(db, actor), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _own_citizen(db, actor):
    with db.read() as s:
        return s.scalar(
            select(Assignment.citizen_id)
            .where(Assignment.staff_id == actor.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .order_by(Assignment.citizen_id)
            .limit(1)
        )


def _unlock_attempts(db) -> list[str]:
    with db.read() as s:
        q = select(AuditEntry.action).where(AuditEntry.action.like("login%")).order_by(AuditEntry.seq)
        return list(s.scalars(q))


def test_idle_timeout_locks_and_password_unlocks_without_losing_edits(qtbot, demo_db) -> None:
    win = _worker_window(qtbot, demo_db)
    lock = win.idle_lock
    view = win.open_citizen(_own_citizen(demo_db, win.ctx.actor), reason="")
    assert view is not None
    goal = view.plan_tab.own_goal
    goal.setFocus()
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, " Ikke gemt endnu.")
    typed = goal.toPlainText()
    assert view.is_dirty()

    lock.set_interval_ms(150)  # instead of minutes
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert not win.tabs.isVisible() and not goal.isVisible()  # the screen content is hidden
    assert lock.panel is not None and lock.panel.isVisible()
    assert lock.panel.password.hasFocus() or QApplication.focusWidget() is lock.panel.password
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # shortcuts do not reach hidden screens
    assert not win.search.hasFocus()

    before = len(_unlock_attempts(demo_db))
    qtbot.keyClicks(lock.panel.password, "forkert-kode")
    with qtbot.waitSignal(lock.unlock_failed, timeout=10_000) as failed:
        qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
    assert "Forkerte initialer eller adgangskode" in failed.args[0]
    assert lock.locked and not goal.isVisible()
    qtbot.wait(1_100)  # the service refuses a new attempt for a second after a failure
    qtbot.keyClicks(lock.panel.password, PASSWORD)
    with qtbot.waitSignal(lock.locked_changed, timeout=10_000) as changed:
        qtbot.mouseClick(lock.panel.button, Qt.MouseButton.LeftButton)
    assert changed.args == [False]
    assert not lock.locked and goal.isVisible()
    assert goal.toPlainText() == typed and view.is_dirty()  # the unsaved edit survived the lock
    assert _unlock_attempts(demo_db)[before:] == ["login_failed", "login"]  # both attempts audited

    # Ctrl+L locks at once; activity restarts the timer
    lock.set_interval_ms(60_000)
    qtbot.keyClick(goal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not goal.isVisible()
    lock.unlock()
    view.undo_stack.clear()
    view.holder.set(view.overview.draft(), "all")


def test_idle_minutes_setting(qtbot, demo_db, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from planner_gui.ui.idle_lock import DEFAULT_MINUTES, SETTING_KEY, idle_minutes

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert idle_minutes(settings) == DEFAULT_MINUTES == 10
    win = _worker_window(qtbot, demo_db)
    win.settings = settings
    win.set_idle_minutes(3)
    assert settings.value(SETTING_KEY) in (3, "3") and idle_minutes(settings) == 3
    assert win.idle_lock.timer.interval() == 3 * 60_000
    settings.setValue(SETTING_KEY, "junk")
    assert idle_minutes(settings) == DEFAULT_MINUTES
