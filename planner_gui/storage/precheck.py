"""What is known about a SQLite database file before SQLAlchemy is imported (issue 17: the login window's start-up).

The desktop app checks a plain file before its login window counts as ready: the same checks
:func:`planner_gui.storage.migrate.open_database` runs first (a damaged file, the SQLite header, files others can
read), and whether its schema is the newest, read with the standard library's ``sqlite3`` (SQLAlchemy and Alembic
cost ~0.3-0.6 s to import). :func:`check_before_login` answers whether the file may wait for the full opening while
the user types; that opening (:func:`~planner_gui.storage.migrate.open_database`) runs every check again, migrates
when behind (after a backup) and happens before any data is read. Nothing here writes to the file.

Only the standard library and the Qt-free, SQLAlchemy-free parts of the app are imported here.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
DANISH_FUNCTION = "planner_danish"  # storage.collation.NAME: the SQL function of the Danish name order
# Reading every page costs ~2 s per GB, so at start-up a larger file gets the instant header check only; its pages
# are checked when the daily backup is taken (and SQLite reports a damaged page whenever one is read).
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def keyfile_for(db_path: str | Path) -> Path:
    """The key slots of an encrypted database: ``<db>.keys`` beside it (storage/keys.py)."""
    p = Path(db_path)
    return p.with_name(p.name + ".keys")


def is_encrypted(db_path: str | Path) -> bool:
    """A database file is encrypted when its key file exists beside it."""
    return keyfile_for(db_path).exists()


def register_sqlite(dbapi_conn: Any) -> None:
    """Give a SQLite connection (stdlib or SQLCipher) the function ``planner_danish`` (storage/collation.py)."""
    from planner_gui.domain.collation import danish_key  # not at import: an encrypted file's login never needs it

    # the cached key itself, no Python wrapper: SQLite calls it once per row sorted (100,000 rows: ~0.13 s)
    dbapi_conn.create_function(DANISH_FUNCTION, 1, danish_key, deterministic=True)


def check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    """Fail with a clear message when ``path`` is not a readable SQLite database (before SQLite touches it).

    An encrypted file has no readable header: with ``encrypted`` only its presence is checked (the key decides)."""
    if not path.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: databasefilen findes ikke").format(path=path),
            path=str(path),
            kind="missing",
        )
    if path.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: er en mappe, ikke en databasefil").format(path=path),
            path=str(path),
            kind="not_a_database",
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as err:
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: kan ikke læses ({strerror})").format(
                path=path, strerror=err.strerror
            ),
            path=str(path),
            kind="missing",
        ) from err
    if len(header) == 0 or encrypted:
        return  # an empty file is a new database; an encrypted one is judged by its key
    if header != SQLITE_HEADER:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{path}: filen er ikke en database, eller den er beskadiget eller krypteret"
            ).format(path=path),
            path=str(path),
            kind="not_a_database",
        )


_warned: set[tuple[str, int]] = set()  # (file, mode) warned about in this process (warn_if_open)


def warn_if_open(path: Path) -> None:
    """Warn (log, and on the command line stderr) when the database or its companions can be read by others: once
    per file and mode in a process (the desktop checks a file before its login window, then opens it)."""
    from planner_gui.storage.files import warn_if_open as warn

    for suffix in ("", "-wal", "-shm", ".keys"):
        companion = Path(f"{path}{suffix}")
        try:
            seen = (str(companion), companion.stat().st_mode)
        except OSError:
            continue  # no such file
        if seen not in _warned and warn(companion, 0o600):
            _warned.add(seen)


@contextmanager
def read_only(path: Path, key: bytes | None = None, *, timeout: float = 15) -> Iterator[Any]:
    """A read-only DB-API connection to ``path`` (``storage.backup.connect``; a plain file with the standard library
    alone, by a percent-encoded URI, so '?', '#' or '%' in a name are part of the path), closed afterwards."""
    if key is not None:
        from planner_gui.storage.backup import connect

        with connect(path, key, timeout=timeout) as conn:
            yield conn
        return
    conn = open_plain(path, readonly=True, timeout=timeout)
    try:
        yield conn
    finally:
        conn.close()


def open_plain(path: Path, *, readonly: bool, timeout: float) -> Any:
    """A standard-library connection to the plain SQLite file ``path`` (the caller closes it), by a percent-encoded
    URI, so a '?', '#' or '%' in a folder's or file's name is part of the path; with the Danish name function
    (migration 0013's index: an integrity check reads it). Shared with ``storage.backup.connect``."""
    import sqlite3

    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode={mode}", uri=True, timeout=timeout)
    register_sqlite(conn)
    return conn


def find_damage(
    path: Path, key: bytes | None = None, *, full: bool = False, pages: bool = True, busy_timeout: float = 15
) -> tuple[str, str] | None:
    """What is wrong with the database file ``path``, as (kind, detail), or None. Read-only. The kinds (``empty``,
    ``zeroed``, ``truncated``, ``corrupt``, ``not_a_database``) and what each means are in
    :mod:`planner_gui.storage.recovery`, which turns them into its messages and offers the newest backup; here only
    the standard library, so the check before the login window is ready needs nothing more."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        size = path.stat().st_size
        return _header_problem(path, size, key) or (_page_problem(path, key, full, busy_timeout) if pages else None)
    except OSError:
        return None  # unreadable: opening says so with the OS's reason


def _header_problem(path: Path, size: int, key: bytes | None) -> tuple[str, str] | None:
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        # The file alone is not the database: the log holds committed pages, and a checkpoint cut short (a crash)
        # leaves page 1 claiming more pages than the file has yet. Only SQLite, reading both, can judge.
        return None
    with path.open("rb") as fh:
        head = fh.read(100)
    if size == 0:
        return "empty", "0 byte"
    if not any(head) and _all_zero(path):
        return "zeroed", f"{size} nul-bytes"
    if key is not None:
        return None  # an encrypted file has no readable header; SQLCipher checks it when opened
    if not head.startswith(SQLITE_HEADER):
        if not any(head[:16]):
            return "zeroed", "første side er nul-bytes"
        return "not_a_database", "mangler SQLite-hovedet"
    if len(head) < 100:
        return "truncated", f"kun {size} byte"
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "corrupt", f"ugyldig sidestørrelse {page_size}"
    change, pages, valid_for = (
        struct.unpack(">I", head[24:28])[0],
        struct.unpack(">I", head[28:32])[0],
        struct.unpack(">I", head[92:96])[0],
    )
    if size % page_size:
        return "truncated", f"{size} byte er ikke et helt antal sider à {page_size}"
    if pages and change == valid_for and size < pages * page_size:
        return "truncated", f"{size} byte, men hovedet siger {pages} sider à {page_size}"
    return None


def _all_zero(path: Path) -> bool:
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if any(chunk):
                return False
    return True


def _page_problem(path: Path, key: bytes | None, full: bool, busy_timeout: float) -> tuple[str, str] | None:
    pragma = "integrity_check" if full else "quick_check"
    try:
        with read_only(path, key, timeout=busy_timeout) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except Exception as err:  # sqlite3 / sqlcipher3 errors
        text = str(err).lower()
        if "not a database" in text or "not an error" in text:
            # With a key, SQLCipher cannot tell a wrong key from a damaged first page: opening reports the key.
            return None if key is not None else ("not_a_database", str(err))
        if "malformed" in text or "corrupt" in text or "disk i/o" in text:
            return "corrupt", str(err)
        return None  # locked, unreadable, ...: not damage; opening reports it in its own words
    result = "\n".join(str(r[0]) for r in rows)
    if result != "ok":
        return "corrupt", result[:500]
    return None


def check_existing_file(path: Path, key: bytes | None = None, *, busy_timeout: float = 15) -> None:
    """The checks made before SQLite opens an existing database file, in this order: damage (a clear message and
    the newest backup offered: :class:`~planner_gui.storage.recovery.DamagedDatabase`), the SQLite header (not a
    database: :class:`StorageError`), then a warning when others can read the files. Shared by
    :func:`check_before_login` and :func:`~planner_gui.storage.migrate.open_database`.

    Reading every page costs ~2 s per GB, so a file over :data:`QUICK_CHECK_MAX_BYTES` gets the instant header check
    only; its pages are checked when the daily backup is taken (and SQLite reports a damaged page whenever one is
    read). The page check waits up to ``busy_timeout`` seconds for another program's lock; a file still locked is
    not called damaged (the opening says it is locked)."""
    problem = find_damage(path, key, pages=path.stat().st_size <= QUICK_CHECK_MAX_BYTES, busy_timeout=busy_timeout)
    if problem is not None:  # only now the messages and the backups (storage.recovery): not on the way to the login
        from planner_gui.storage.recovery import DamagedDatabase, damage_of

        raise DamagedDatabase(damage_of(path, problem))
    check_sqlite_file(path, encrypted=key is not None)
    warn_if_open(path)


def head_from_files() -> str | None:
    """The single head revision, read from the version files without importing Alembic (~0.6 s at start-up).

    None when the files are not the simple shape this understands (then Alembic decides)."""
    from planner_gui.config import migrations_dir

    revs: dict[str, str | None] = {}
    rev_re = re.compile(r"^revision(?:\s*:[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
    down_re = re.compile(r"^down_revision(?:\s*:[^=]*)?=\s*(None|['\"]([^'\"]+)['\"])\s*$", re.M)
    for f in (migrations_dir() / "versions").glob("*.py"):
        text = f.read_text(encoding="utf-8")
        rev, down = rev_re.search(text), down_re.search(text)
        if rev is None or down is None or rev.group(1) in revs:
            return None
        revs[rev.group(1)] = down.group(2)
    heads = set(revs) - {d for d in revs.values() if d is not None}
    return heads.pop() if len(heads) == 1 else None


def stored_revision(path: Path, *, busy_timeout: float = 15) -> str | None:
    """The schema revision a plain SQLite file records (``alembic_version``), read-only with the stdlib driver; None
    when it records none or cannot be read here, locked by another program included (then the full opening decides
    and says why)."""
    import sqlite3

    try:
        with read_only(path, timeout=busy_timeout) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except (sqlite3.Error, OSError):
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def check_before_login(path: Path) -> bool:
    """The checks :func:`~planner_gui.storage.migrate.open_database` runs on an existing plain file before it opens
    it, without SQLAlchemy: a damaged file raises :class:`~planner_gui.storage.recovery.DamagedDatabase`, a file that
    is not a database :class:`StorageError`, files others can read are warned about. True when the file is also at
    the newest schema, so the full opening (which checks all of this again and migrates when behind) can wait until
    the user types; False when it must be opened now (a migration, or a file only the full opening can judge).

    Nothing here waits for another program's lock: a locked file is "not checked" (False) at once, and the full
    opening waits for it and says it is locked, as it did before this check existed."""
    path = Path(path).expanduser().resolve()
    if not path.is_file() or path.stat().st_size == 0:
        return False  # missing, a folder or a new file: the full opening says what to do
    check_existing_file(path, busy_timeout=0)
    stored = stored_revision(path, busy_timeout=0)
    return stored is not None and stored == head_from_files()
