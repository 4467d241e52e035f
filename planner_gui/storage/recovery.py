"""Damaged database files: detect them before SQLite writes to them, keep them for investigation, offer a backup.

A file copied half-way, a laptop that lost power while the disk lied about flushing, a bit that flipped on an old
disk: :func:`diagnose` tells which (read-only: it never changes the file), :func:`raise_if_damaged` turns that into a
:class:`DamagedDatabase` (a :class:`~planner_gui.errors.StorageError` whose message names the file, carrying the newest
backup to offer), and :func:`recover` keeps the damaged file beside as ``<name>.damaged-<stamp>`` (renamed, with its
``-wal``/``-shm``, never overwritten) and copies that backup in.

What is detected:
- ``empty``: a 0-byte file where a database should be;
- ``zeroed``: the file, or its first page, is all zero bytes;
- ``not_a_database``: something else than a SQLite database (or, without a key, an encrypted one);
- ``truncated``: shorter than the page count its header states, or not a whole number of pages (judged only when no
  write-ahead log is beside it: with one, a checkpoint cut short by a crash legitimately leaves the file shorter);
- ``corrupt``: ``PRAGMA quick_check`` (``integrity_check`` with ``full=True``) finds broken pages, e.g. a flipped bit
  in a page's header or cell pointers.
SQLite keeps no checksum of the data inside a row: a flipped bit in the middle of a name is not detectable by any
check; it is what the backups are for.

The app calls :func:`open_checked` instead of :func:`planner_gui.storage.migrate.open_database` for an existing file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, shape
from planner_gui.errors import StorageError
from planner_gui.storage import backup as backups
from planner_gui.storage.backup import BackupInfo

if TYPE_CHECKING:  # no SQLAlchemy at run time: the check before the login runs without it (storage/precheck.py)
    from planner_gui.storage.db import Database

from planner_gui.storage.precheck import find_damage

DAMAGED_TAG = "damaged"
_KINDS = {  # the fine kind -> StorageError.kind
    "empty": "corrupt",
    "zeroed": "corrupt",
    "truncated": "corrupt",
    "corrupt": "corrupt",
    "not_a_database": "not_a_database",
}
_WHY = {
    "empty": QT_TRANSLATE_NOOP("Meddelelser", "filen er tom (0 byte); den blev måske kun kopieret halvt"),
    "zeroed": QT_TRANSLATE_NOOP("Meddelelser", "filen består af nul-bytes; indholdet er gået tabt"),
    "truncated": QT_TRANSLATE_NOOP(
        "Meddelelser", "filen er afkortet (mangler sin sidste del); den blev måske kun kopieret halvt"
    ),
    "corrupt": QT_TRANSLATE_NOOP("Meddelelser", "databasefilen er beskadiget"),
    "not_a_database": QT_TRANSLATE_NOOP(
        "Meddelelser", "filen er ikke en database fra planner (eller den er krypteret med en anden nøgle)"
    ),
}


@dataclass(frozen=True)
class Damage:
    """What is wrong with a database file, in words for the user, and the newest backup to offer."""

    path: Path
    kind: str  # empty | zeroed | truncated | corrupt | not_a_database
    detail: str
    backup: BackupInfo | None

    @property
    def message(self) -> str:
        # whole sentences, each translated as a whole, joined by punctuation alone
        if self.backup is not None:
            from planner_gui.domain.dates import format_date, format_time  # only for a damaged file: not at start-up

            backup = QT_TRANSLATE_NOOP(
                "Meddelelser",
                "Den nyeste sikkerhedskopi er fra {date} kl. {time}; vælg 'Gendan fra sikkerhedskopi' for at bruge "
                "den.",
            ).format(date=format_date(self.backup.created), time=format_time(self.backup.created))
        else:
            backup = QT_TRANSLATE_NOOP("Meddelelser", "Der findes ingen sikkerhedskopi af filen.")
        return shape(
            "{path}: {why}. {backup} {unchanged}",
            path=self.path,
            why=_WHY[self.kind],
            backup=backup,
            unchanged=QT_TRANSLATE_NOOP("Meddelelser", "Den beskadigede fil bliver ikke ændret."),
        )


class DamagedDatabase(StorageError):
    """The database file is damaged; ``damage.backup`` is the newest backup to offer (or None)."""

    def __init__(self, damage: Damage) -> None:
        super().__init__(damage.message, path=str(damage.path), kind=_KINDS[damage.kind])
        self.damage = damage


@dataclass(frozen=True)
class Recovered:
    kept: Path | None  # where the damaged file now is
    restored: BackupInfo


def diagnose(
    path: Path, key: bytes | None = None, *, full: bool = False, pages: bool = True, busy_timeout: float = 15
) -> Damage | None:
    """What is wrong with the database file ``path`` (None: nothing found). Read-only: the file is never changed.

    ``pages=False`` checks only the header and size (instant); page checks read the whole file, waiting up to
    ``busy_timeout`` seconds for another program's lock (a file still locked then is not called damaged). The
    checks themselves are :func:`planner_gui.storage.precheck.find_damage` (the start-up's check, without this
    module)."""
    problem = find_damage(Path(path), key, full=full, pages=pages, busy_timeout=busy_timeout)
    return None if problem is None else damage_of(Path(path), problem)


def damage_of(path: Path, problem: tuple[str, str]) -> Damage:
    """The :class:`Damage` for what :func:`~planner_gui.storage.precheck.find_damage` found, with the newest backup."""
    kind, detail = problem
    return Damage(path, kind, detail, backups.newest_backup(path))


def raise_if_damaged(
    path: Path, key: bytes | None = None, *, full: bool = False, pages: bool = True, busy_timeout: float = 15
) -> None:
    damage = diagnose(path, key, full=full, pages=pages, busy_timeout=busy_timeout)
    if damage is not None:
        raise DamagedDatabase(damage)


def open_checked(path: Path, key: bytes | None = None) -> Database:
    """Open an existing database the way the app does, refusing a damaged file with :class:`DamagedDatabase`."""
    from planner_gui.storage.migrate import open_database

    raise_if_damaged(Path(path), key)
    return open_database(path, key=key)


def keep_damaged(path: Path) -> Path | None:
    """Rename the damaged file (and its -wal/-shm) to ``<name>.damaged-<stamp>`` beside it; never overwrites one."""
    return backups.move_aside(Path(path), DAMAGED_TAG)


def recover(path: Path, backup: BackupInfo | Path | None = None, *, key: bytes | None = None) -> Recovered:
    """Keep the damaged file beside, then put ``backup`` (default: the newest) in its place."""
    path = Path(path)
    if backup is None:
        backup = backups.newest_backup(path)
        if backup is None:
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{path}: der findes ingen sikkerhedskopi at gendanne fra").format(
                    path=path
                ),
                path=str(path),
                kind="missing",
            )
    info = backup if isinstance(backup, BackupInfo) else _info(Path(backup))
    kept = backups.restore(path, info.path, key=key, keep_tag=DAMAGED_TAG)
    return Recovered(kept, info)


def _info(p: Path) -> BackupInfo:
    for b in backups.list_backups(p.parent.parent / p.parent.name.removesuffix(".backups")):
        if b.path == p:
            return b
    import datetime as dt

    return BackupInfo(p, dt.datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size, "")
