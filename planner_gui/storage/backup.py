"""Backup copies of a SQLite database file: take one, list them, rotate them, restore one.

Backups live in a folder beside the database, ``<name>.backups/``, as ``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<label>.db``.

How a copy is taken:
- a plain file: SQLite's online backup API (a consistent snapshot, also while other connections read and write);
- an encrypted file (``key`` given, SQLCipher): ``ATTACH ... KEY`` a new file with the same raw key and
  ``SELECT sqlcipher_export(...)``, so the backup is encrypted exactly as the database itself is.
A copy is written to a temporary name, given the database file's permissions, fsynced, and only then renamed into
place: a crash while taking a backup never leaves a half-written file that looks like a backup. The backups folder is
created readable by the user alone (0700).

Nothing here knows about users or audit rows; :mod:`planner_gui.services.backups` is the user-facing side.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError
from planner_gui.storage.precheck import open_plain, register_sqlite  # not storage.collation: no SQLAlchemy here

if TYPE_CHECKING:
    from planner_gui.storage.db import Database

DEFAULT_KEEP = 10
KEEP_SETTING = "backup_keep"  # the settings-table key for how many backups to keep
DAILY_LABEL = "daglig"
_NAME_RE = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)-(?P<label>[A-Za-z0-9_.-]+)\.db$")
_STAMP_FORMATS = ("%Y%m%d-%H%M%S-%f", "%Y%m%d-%H%M%S")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (local time), its size in bytes and why it was taken."""

    path: Path
    created: dt.datetime
    size: int
    label: str

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir_for(path: Path) -> Path:
    return path.parent / f"{path.name}.backups"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def _parse_stamp(text: str) -> dt.datetime | None:
    for fmt in _STAMP_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _sqlcipher() -> Any:
    try:
        import sqlcipher3  # type: ignore[import-not-found,unused-ignore]
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "databasen er krypteret, men krypteringsmodulet (sqlcipher3) er ikke installeret"
            ),
            kind="encrypted",
        ) from err
    return sqlcipher3


def key_literal(key: bytes) -> str:
    """The SQL literal SQLCipher takes for a raw key: ``"x'<hex>'"`` (never a passphrase, so no PBKDF2 per open)."""
    return f"\"x'{key.hex()}'\""


@contextmanager
def connect(path: Path, key: bytes | None = None, *, readonly: bool = True, timeout: float = 15) -> Iterator[Any]:
    """A bare DB-API connection to ``path`` (SQLCipher with ``key`` when given), closed afterwards; waits up to
    ``timeout`` seconds for another program's lock (0: fails at once with "database is locked")."""
    if key is None:
        conn: Any = open_plain(path, readonly=readonly, timeout=timeout)
    else:
        conn = _sqlcipher().connect(str(path), timeout=timeout)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
        except Exception:
            pass
        conn.execute(f"PRAGMA key = {key_literal(key)}")
        register_sqlite(conn)  # the Danish name index's function (migration 0013): an integrity check reads it
    try:
        yield conn
    finally:
        conn.close()


def _copy_plain(source: Path, target: Path) -> None:
    with connect(source) as src:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()


def _copy_encrypted(source: Path, target: Path, key: bytes) -> None:
    with connect(source, key) as src:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a wrong key
        literal = str(target).replace("'", "''")
        src.execute(f"ATTACH DATABASE '{literal}' AS planner_backup KEY {key_literal(key)}")
        try:
            src.execute("SELECT sqlcipher_export('planner_backup')").fetchall()
        finally:
            src.execute("DETACH DATABASE planner_backup")


def _same_permissions(source: Path, copy: Path) -> None:
    """A copy is readable by exactly whom the database is readable by (e.g. 0600: the user alone)."""
    try:
        os.chmod(copy, stat.S_IMODE(source.stat().st_mode))
    except OSError:
        pass


def copy_database(source: Path, target: Path, key: bytes | None = None) -> None:
    """Write a consistent copy of ``source`` to ``target`` (atomically: temporary name, fsync, rename)."""
    tmp = target.with_name(target.name + ".tmp")
    for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        if key is None:
            _copy_plain(source, tmp)
        else:
            _copy_encrypted(source, tmp, key)
        _same_permissions(source, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as err:
        tmp.unlink(missing_ok=True)
        from planner_gui.storage.db import describe_storage_error

        known = describe_storage_error(err, str(source))
        if known is None:
            raise  # not a condition we know: a bug
        raise known from err
    except BaseException as err:
        tmp.unlink(missing_ok=True)
        if type(err).__module__.startswith("sqlcipher3"):
            from planner_gui.storage.db import describe_storage_error

            known = describe_storage_error(err, str(source))
            if known is None:
                raise  # not a condition we know: a bug
            raise known from err
        raise


def make_backup(path: Path, label: str, *, key: bytes | None = None, now: dt.datetime | None = None) -> Path | None:
    """Take a backup of the database file ``path`` into its backups folder; returns the copy (None: nothing to copy)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", label):
        raise ValueError(f"bad backup label {label!r}")
    folder = backup_dir_for(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # like the user's data folder: the user's alone
    target = folder / f"{path.stem}-{_stamp(now)}-{label}.db"
    copy_database(path, target, key)
    return target


def list_backups(path: Path) -> list[BackupInfo]:
    """The backups of ``path``, newest first."""
    path = Path(path)
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    out: list[BackupInfo] = []
    for f in folder.iterdir():
        m = _NAME_RE.match(f.name)
        if m is None or not f.is_file():
            continue
        created = _parse_stamp(m.group("stamp"))
        if created is None:
            continue
        try:
            size = f.stat().st_size
        except OSError:
            continue
        out.append(BackupInfo(f, created, size, m.group("label")))
    out.sort(key=lambda b: (b.created, b.name), reverse=True)
    return out


def newest_backup(path: Path) -> BackupInfo | None:
    backups = list_backups(path)
    return backups[0] if backups else None


def rotate(path: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups of ``path``; returns the deleted files."""
    keep = max(1, keep)
    removed: list[Path] = []
    for b in list_backups(path)[keep:]:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            continue
    return removed


def side_name(path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """``<name>.<tag>-<stamp>`` beside ``path``: where a replaced or damaged file is kept (never overwritten)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return candidate


def move_aside(path: Path, tag: str) -> Path | None:
    """Rename ``path`` (and its ``-wal``/``-shm`` files, so they stay a pair) to :func:`side_name`; None if absent."""
    path = Path(path)
    if not path.exists():
        return None
    target = side_name(path, tag)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def check_backup(backup: Path, key: bytes | None = None) -> str:
    """``PRAGMA integrity_check`` of a backup file: 'ok' or what is wrong."""
    try:
        with connect(backup, key) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except Exception as err:  # sqlite3 or sqlcipher3 errors: the file is unusable
        return str(err)
    return "\n".join(str(r[0]) for r in rows)


def restore(path: Path, backup: Path, *, key: bytes | None = None, keep_tag: str = "foer-gendannelse") -> Path | None:
    """Put ``backup`` in place of the database ``path``. Every connection to ``path`` must be closed first.

    The backup is checked first (a damaged backup is refused and nothing changes); then the current file, if any, is
    kept beside as ``<name>.<keep_tag>-<stamp>`` (with its -wal/-shm), then the backup is copied in (temporary name,
    fsync, rename). Returns where the previous file was kept.
    """
    path, backup = Path(path), Path(backup)
    if not backup.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{backup}: sikkerhedskopien findes ikke").format(backup=backup),
            path=str(backup),
            kind="missing",
        )
    result = check_backup(backup, key)
    if result != "ok":
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{backup}: sikkerhedskopien er selv beskadiget og kan ikke bruges ({splitlines})"
            ).format(backup=backup, splitlines=result.splitlines()[0]),
            path=str(backup),
            kind="corrupt",
        )
    tmp = path.with_name(path.name + ".restore-tmp")
    tmp.unlink(missing_ok=True)
    try:
        copy_database(backup, tmp, key)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    kept = move_aside(path, keep_tag)
    os.replace(tmp, path)
    fsync_dir(path.parent)
    return kept


def keep_count(db: Database) -> int:
    """How many backups to keep: the ``backup_keep`` setting (a whole number ≥ 1), else :data:`DEFAULT_KEEP`."""
    from sqlalchemy import select

    from planner_gui.storage.tables import Setting

    with db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == KEEP_SETTING))
    try:
        n = int(str(value).strip()) if value is not None else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP
    return n if n >= 1 else DEFAULT_KEEP


def backup_now(db: Database, label: str) -> Path | None:
    """Take a backup of an open database and rotate; None for a database that is not a local file."""
    if db.path is None:
        return None
    target = make_backup(db.path, label, key=db.key)
    rotate(db.path, keep_count(db))
    return target


def daily_backup_if_due(db: Database, today: dt.date | None = None) -> Path | None:
    """The daily backup: taken on the first start of a day (none yet today), then rotated. Returns the new copy."""
    if db.path is None:
        return None
    day = today or dt.date.today()
    if any(b.label == DAILY_LABEL and b.created.date() == day for b in list_backups(db.path)):
        return None
    from planner_gui.storage.recovery import diagnose

    # The day's page check (opening checks only the header of large files): a damaged database is never copied,
    # so rotation can never push the good backups out for damaged ones.
    if diagnose(db.path, db.key) is not None:
        return None
    return backup_now(db, DAILY_LABEL)
