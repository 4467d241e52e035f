"""A second desktop window on the same database is told so: a ``QLockFile`` at ``<db>.lock`` beside the database.

The app takes the lock when it opens the database and holds it until it quits. When another live process holds it,
the user reads who (the process id) and chooses Fortsæt (SQLite keeps both writers safe; a change made in one window
shows in the other when the citizen is opened again) or Afslut. A lock left by a crashed process is stale: QLockFile
sees that its process is gone and takes it over silently (stale lock time 0: only a dead holder counts as stale).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


@dataclass
class InstanceLock:
    """The lock on one database file. ``held`` is True when this process holds it; ``other_pid`` names the holder
    when another live process does."""

    path: Path
    lock: QLockFile
    held: bool
    other_pid: int | None = None

    def release(self) -> None:
        if self.held:
            self.lock.unlock()
            self.held = False


def acquire(db_path: Path) -> InstanceLock:
    """Try to take the lock beside ``db_path`` (a stale lock from a crashed process is taken over)."""
    path = lock_path(Path(db_path).expanduser().resolve())
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(0):
        return InstanceLock(path, lock, True)
    other: int | None = None
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int):  # (pid, hostname, appname)
            other = info[0]
    return InstanceLock(path, lock, False, other)


def message_text(pid: int | None) -> str:
    return tr(
        "Databasen er allerede åben i et andet vindue (proces {pid}). Du kan fortsætte, men ændringer i det ene vindue "
        "ses først i det andet, når du åbner borgeren igen."
    ).format(pid=pid if pid is not None else "?")


def ask_continue(pid: int | None, parent: QWidget | None = None) -> bool:
    """The message box: True for Fortsæt, False for Afslut."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Databasen er allerede åben"), message_text(pid), parent=parent)
    box.setObjectName("secondInstanceBox")
    go_on = box.addButton(tr("&Fortsæt"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Afslut"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.exec()
    return box.clickedButton() is go_on
