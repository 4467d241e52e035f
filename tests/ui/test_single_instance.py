"""A second GUI instance on the same database is told so (QLockFile at <db>.lock); a crashed holder's lock is taken."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner_gui.ui import single_instance

HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.readline()
"""


def _holder(lock: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_instance_is_told_and_can_continue_or_quit(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    db.touch()
    proc = _holder(single_instance.lock_path(db))
    try:
        lock = single_instance.acquire(db)
        assert not lock.held and lock.other_pid == proc.pid
        text = single_instance.message_text(lock.other_pid)
        assert f"Databasen er allerede åben i et andet vindue (proces {proc.pid})." in text

        def click(label: str) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "secondInstanceBox"
            assert str(proc.pid) in box.text()
            next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

        QTimer.singleShot(50, lambda: click("Fortsæt"))
        assert single_instance.ask_continue(lock.other_pid) is True
        QTimer.singleShot(50, lambda: click("Afslut"))
        assert single_instance.ask_continue(lock.other_pid) is False
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait(10)
    # the holder quit cleanly: the lock is free
    again = single_instance.acquire(db)
    assert again.held
    again.release()


def test_stale_lock_from_a_crashed_process_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    db.touch()
    proc = _holder(single_instance.lock_path(db))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert single_instance.lock_path(db).exists()  # left behind by the crash
    lock = single_instance.acquire(db)
    assert lock.held and lock.other_pid is None
    second = single_instance.acquire(db)  # and now this process is the live holder
    assert not second.held and second.other_pid == os.getpid()
    lock.release()


def test_the_app_takes_the_lock_when_the_database_opens(qtbot, tmp_path: Path, monkeypatch) -> None:
    from types import SimpleNamespace

    from planner_gui.ui.app import AppController

    db = SimpleNamespace(path=tmp_path / "planner.db")
    db.path.touch()
    exits: list[int] = []
    fake_app = SimpleNamespace(exit=exits.append)
    first = AppController(fake_app, str(db.path))  # type: ignore[arg-type]
    assert first.take_instance_lock(db) and first.instance_lock.held
    proc = _holder(single_instance.lock_path(tmp_path / "other.db"))  # another database: no message
    proc.stdin.close()  # type: ignore[union-attr]
    proc.wait(10)
    first.shutdown()
    assert first.instance_lock is None

    proc = _holder(single_instance.lock_path(db.path))
    try:
        asked: list[int | None] = []
        monkeypatch.setattr(single_instance, "ask_continue", lambda pid, parent=None: asked.append(pid) or False)
        second = AppController(fake_app, str(db.path))  # type: ignore[arg-type]
        assert second.take_instance_lock(db) is False  # Afslut
        assert asked == [proc.pid] and exits == [0]
        monkeypatch.setattr(single_instance, "ask_continue", lambda pid, parent=None: True)
        third = AppController(fake_app, str(db.path))  # type: ignore[arg-type]
        assert third.take_instance_lock(db) is True and not third.instance_lock.held  # Fortsæt
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait(10)
