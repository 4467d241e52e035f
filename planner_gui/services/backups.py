"""Backups for the user: list them, show what one holds, restore one, set how many to keep, the daily backup.

API (the "Gendan fra sikkerhedskopi" dialog and the start-up code use these):
- :func:`daily_backup` ``(db)``: the app calls it in the background once the user is logged in; it takes the day's
  backup the first time the app starts on a day, then keeps the newest ``backup_keep`` (setting, default 10). Never
  raises for a full disk or the like: a failed backup is logged and the app goes on (returns None).
- :func:`list_backups` ``(db_path)``: :class:`BackupRow` newest first, with date, size and why it was taken.
- :func:`damaged_file` ``(err)``: the :class:`DamagedFile` (path, what is wrong) when opening failed on a damaged file.
- :func:`describe_backup` ``(backup_path, key)``: :class:`BackupContents`: counts of citizens, plans, efforts,
  measurements, ..., the newest change in it and whether the file passes ``PRAGMA integrity_check``. Read-only.
- :func:`restore_backup` ``(db_path, backup_path, key=..., who=...)``: close every connection to the database first.
  Keeps the current file beside (``<name>.foer-gendannelse-<stamp>``, or ``.damaged-<stamp>`` with ``damaged=True``),
  copies the backup in, opens it (migrating an older schema, which takes its own backup first) and records the
  restore in the audit log. One user action, one audited transaction.
- :func:`set_keep_count` ``(db, actor, n)``: an administrator sets how many backups are kept.
Backups are protected exactly as the database: an encrypted database's backups are encrypted with the same key.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from planner_gui.domain.dates import format_date_time
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError, ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import audit
from planner_gui.storage import backup as store
from planner_gui.storage.db import Database
from planner_gui.storage.recovery import DamagedDatabase
from planner_gui.storage.tables import Setting

log = logging.getLogger(__name__)

# Table -> the Danish word the dialog shows, in display order.
COUNTED = (
    ("citizens", "borgere"),
    ("plans", "planer"),
    ("sub_goals", "delmål"),
    ("efforts", "indsatser"),
    ("measurements", "målinger"),
    ("notes", "notater"),
    ("benefit_periods", "ydelsesperioder"),
    ("companies", "virksomheder"),
    ("staff", "medarbejdere"),
    ("audit_log", "logposter"),
)
MAX_KEEP = 1000


@dataclass(frozen=True)
class BackupRow:
    path: Path
    created: dt.datetime  # local time
    size: int  # bytes
    label: str

    @property
    def reason(self) -> str:
        """Why the backup was taken, in Danish."""
        if self.label == store.DAILY_LABEL:
            return "daglig"
        if self.label.startswith("foer-"):
            return f"før opdatering til version {self.label.removeprefix('foer-')}"
        if self.label == "manuel":
            return "taget af en bruger"
        return self.label

    @property
    def size_text(self) -> str:
        return human_size(self.size)


@dataclass(frozen=True)
class BackupContents:
    counts: tuple[tuple[str, int], ...]  # (Danish name, count) for the tables the backup has
    newest_change: dt.datetime | None  # local time of the newest change or log entry
    schema: str | None  # the Alembic revision
    integrity: str  # 'ok' or what is wrong

    @property
    def usable(self) -> bool:
        return self.integrity == "ok"

    def summary(self) -> str:
        if not self.usable:
            return f"Sikkerhedskopien er beskadiget og kan ikke bruges ({self.integrity.splitlines()[0]})."
        parts = [f"{n} {name}" for name, n in self.counts]
        text = ", ".join(parts) if parts else "ingen data"
        when = format_date_time(self.newest_change, kl=True) or "ukendt"
        return f"Indeholder {text}. Nyeste ændring: {when}."


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None  # where the replaced database file was kept
    backup: Path


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1024
    return f"{n} B"  # pragma: no cover


def list_backups(db_path: Path) -> tuple[BackupRow, ...]:
    return tuple(BackupRow(b.path, b.created, b.size, b.label) for b in store.list_backups(Path(db_path)))


@dataclass(frozen=True)
class DamagedFile:
    """A database file that could not be opened because it is damaged: start-up offers its backups."""

    path: Path
    message: str  # what is wrong, in words for the user


def damaged_file(err: BaseException) -> DamagedFile | None:
    """The damaged file behind a failed open (:class:`~planner_gui.storage.recovery.DamagedDatabase`), else None."""
    if isinstance(err, DamagedDatabase):
        return DamagedFile(Path(err.damage.path), err.damage.message)
    return None


def _parse_ts(value: object) -> dt.datetime | None:
    if value is None:
        return None
    try:
        ts = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return ts.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)  # stored in UTC, shown in local time


def describe_backup(backup_path: Path, key: bytes | None = None) -> BackupContents:
    """What a backup holds, read-only. A damaged or unreadable backup comes back with ``usable`` False."""
    integrity = store.check_backup(Path(backup_path), key)
    if integrity != "ok":
        return BackupContents((), None, None, integrity)
    counts: list[tuple[str, int]] = []
    newest: dt.datetime | None = None
    schema: str | None = None
    with store.connect(Path(backup_path), key) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, label in COUNTED:
            if table in tables:
                counts.append((label, int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])))
        for table in sorted(tables):
            cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            col = "updated_at" if "updated_at" in cols else "ts" if table == "audit_log" else None
            if col is None:
                continue
            ts = _parse_ts(conn.execute(f'SELECT max("{col}") FROM "{table}"').fetchone()[0])
            if ts is not None and (newest is None or ts > newest):
                newest = ts
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = str(row[0]) if row else None
    return BackupContents(tuple(counts), newest, schema, integrity)


def restore_backup(
    db_path: Path, backup_path: Path, *, key: bytes | None = None, who: str = "system", damaged: bool = False
) -> RestoreResult:
    """Put a backup in place of the database (see the module docstring). Every connection must be closed first.

    ``damaged``: the current file is damaged; it is kept beside as ``<name>.damaged-<stamp>`` for investigation.
    """
    from planner_gui.storage.migrate import open_database

    db_path, backup_path = Path(db_path), Path(backup_path)
    kept = store.restore(db_path, backup_path, key=key, keep_tag="damaged" if damaged else "foer-gendannelse")
    db = open_database(db_path, key=key)
    try:
        with db.write() as s:
            audit.record(
                s,
                who,
                "system",
                entity="database",
                details={"gendannet_fra": backup_path.name, "tidligere_fil": kept.name if kept else None},
            )
    finally:
        db.dispose()
    return RestoreResult(kept, backup_path)


def backup_now(db: Database, actor: Actor) -> Path | None:
    """A backup the user asks for (label ``manuel``), rotated like the others."""
    del actor  # anyone may take a backup of the database they work in; it is protected like the database
    return store.backup_now(db, "manuel")


def daily_backup(db: Database, today: dt.date | None = None) -> Path | None:
    """The daily backup at start-up (see the module docstring). A failure is logged, never raised."""
    try:
        return store.daily_backup_if_due(db, today)
    except (StorageError, OSError) as err:
        log.warning("daily backup failed: %s", getattr(err, "kind", type(err).__name__))
        return None


def keep_count(db: Database) -> int:
    return store.keep_count(db)


def set_keep_count(db: Database, actor: Actor, n: int) -> None:
    """How many backups to keep (1..1000). Administrators only; audited."""
    require(
        actor,
        Permission.RESTORE_BACKUP,
        QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan ændre antallet af sikkerhedskopier"),
    )
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_KEEP:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "antal sikkerhedskopier skal være et helt tal fra 1 til {max_keep}"
            ).format(max_keep=MAX_KEEP)
        )
    with db.write() as s:
        row = s.get(Setting, store.KEEP_SETTING)
        old = row.value if row is not None else None
        if row is None:
            s.add(Setting(key=store.KEEP_SETTING, value=str(n)))
        else:
            row.value = str(n)
        audit.record(
            s,
            actor.initials,
            "update",
            entity="setting",
            entity_id=store.KEEP_SETTING,
            details={"field": store.KEEP_SETTING, "old": old, "new": n},
        )
