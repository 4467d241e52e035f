"""The one place where database connections are opened.

Everything SQLite-specific (pragmas, transaction start, error codes) lives here and in :mod:`.migrate`, so that the
rest of the code runs unchanged on PostgreSQL. Encryption at rest slots in at :func:`_on_connect`.

SQLite settings and why:
- ``journal_mode=WAL``: readers never block the writer; a crash never leaves a half-written page in the database.
- ``synchronous=FULL``: in WAL mode every commit is fsynced before it is acknowledged, so a committed save survives
  a power cut (NORMAL may roll back the last commits after a power loss).
- ``foreign_keys=ON``: no dangling references.
- ``secure_delete=ON``: deleted rows (a citizen deleted after the retention period) are overwritten with zeros.
- ``busy_timeout``: a second writer waits (up to 15 s) instead of failing at once.
- Write transactions start with ``BEGIN IMMEDIATE``, so two writers queue up instead of deadlocking, and the audit
  hash chain is extended by one writer at a time.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, shape
from planner_gui.errors import StorageError
from planner_gui.storage.collation import register_sqlite

# moved to storage/precheck.py (read before SQLAlchemy is imported); imported from here as before
from planner_gui.storage.precheck import SQLITE_HEADER as SQLITE_HEADER
from planner_gui.storage.precheck import check_sqlite_file as check_sqlite_file

BUSY_TIMEOUT_MS = int(os.environ.get("PLANNER_BUSY_TIMEOUT_MS", "15000"))


def is_url(db: str) -> bool:
    return "://" in db


def url_for(db: str | Path) -> str:
    text = str(db)
    if is_url(text):
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _no_room(where: str, need: int = 1 << 20) -> bool:
    """Whether the filesystem holding the file ``where`` has less than ``need`` bytes free."""
    import shutil

    try:
        return shutil.disk_usage(Path(where).parent).free < need
    except (OSError, ValueError):
        return False


# PostgreSQL's conditions a user can do something about, by SQLSTATE (kind, message after "<where>: ")
_SERVER_STATES: dict[str, tuple[str, str]] = {
    "42501": ("denied", QT_TRANSLATE_NOOP("Meddelelser", "du har ikke adgang til disse oplysninger i databasen")),
    "28000": (
        "login",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren kender ikke brugeren, eller adgangskoden er forkert"),
    ),
    "28P01": (
        "login",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren kender ikke brugeren, eller adgangskoden er forkert"),
    ),
    "53100": (
        "full",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren har ikke mere plads; intet blev gemt. Kontakt IT"),
    ),
    "40001": (
        "locked",
        QT_TRANSLATE_NOOP("Meddelelser", "en anden gemte det samme på samme tid; intet blev gemt. Prøv igen"),
    ),
    "40P01": (
        "locked",
        QT_TRANSLATE_NOOP("Meddelelser", "en anden gemte det samme på samme tid; intet blev gemt. Prøv igen"),
    ),
    "55P03": ("locked", QT_TRANSLATE_NOOP("Meddelelser", "databasen er optaget af en anden; prøv igen om lidt")),
    "25006": (
        "readonly",
        QT_TRANSLATE_NOOP(
            "Meddelelser", "databaseserveren tager kun imod læsning lige nu (en reserveserver); intet blev gemt"
        ),
    ),
    "57P01": (
        "unreachable",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren lukker ned; intet blev gemt. Prøv igen om lidt"),
    ),
    "57P02": (
        "unreachable",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren lukker ned; intet blev gemt. Prøv igen om lidt"),
    ),
    "57P03": (
        "unreachable",
        QT_TRANSLATE_NOOP("Meddelelser", "databaseserveren er ikke klar endnu; prøv igen om lidt"),
    ),
}
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "timeout expired",
    "server closed the connection",
    "terminating connection",
    "ssl connection has been closed",
    "no route to host",
    "network is unreachable",
)


def describe_storage_error(err: BaseException, where: str) -> StorageError | None:
    """The plain Danish message (naming the file or server) for a condition the user or IT can act on: locked, full,
    read-only, not a database, damaged, unreachable, refused. ``None`` for anything else: that is a bug, and the
    caller re-raises the original error so that it reaches the crash dialog (exit 1), not a user message."""
    orig = getattr(err, "orig", None) or err
    if isinstance(orig, OSError):
        return _describe_os_error(orig, where)
    text = str(orig).lower()
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(state, str):
        if state in _SERVER_STATES:
            kind, message = _SERVER_STATES[state]
            return StorageError(shape("{where}: {message}", where=where, message=message), path=where, kind=kind)
        if state.startswith("08"):  # connection exception
            state = ""
    refused_login = ("password authentication failed", "no password supplied", "pg_hba.conf", "does not exist")
    if type(orig).__name__ == "OperationalError" and "fatal" in text and any(m in text for m in refused_login):
        kind, message = _SERVER_STATES["28P01"]  # at connect time psycopg gives no SQLSTATE, only the server's text
        return StorageError(shape("{where}: {message}", where=where, message=message), path=where, kind=kind)
    if state == "" or (type(orig).__name__ == "OperationalError" and any(m in text for m in _UNREACHABLE)):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: serveren svarer ikke; tjek netværket eller spørg IT (intet er ændret)"
            ).format(where=where),
            path=where,
            kind="unreachable",
        )
    code = getattr(orig, "sqlite_errorname", "") or ""
    if "locked" in text or "busy" in text or code in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: databasen er optaget af et andet program (låst); prøv igen om lidt"
            ).format(where=where),
            path=where,
            kind="locked",
        )
    if (code.startswith("SQLITE_IOERR") or "disk i/o error" in text) and _no_room(where):
        code = "SQLITE_FULL"  # ENOSPC while growing the WAL or its index comes as an I/O error, not SQLITE_FULL
    if "disk is full" in text or "database or disk is full" in text or code == "SQLITE_FULL":
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: der er ikke plads på disken; intet blev gemt. Frigør plads og gem igen"
            ).format(where=where),
            path=where,
            kind="full",
        )
    if "file is not a database" in text or code == "SQLITE_NOTADB":
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: filen er ikke en database (eller er krypteret med en anden nøgle)"
            ).format(where=where),
            path=where,
            kind="not_a_database",
        )
    if "malformed" in text or "corrupt" in text or code == "SQLITE_CORRUPT":
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: databasefilen er beskadiget").format(where=where),
            path=where,
            kind="corrupt",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: databasen kan kun læses, ikke skrives").format(where=where),
            path=where,
            kind="readonly",
        )
    if "unable to open" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: databasefilen kan ikke åbnes").format(where=where),
            path=where,
            kind="missing",
        )
    if "disk i/o error" in text or code.startswith("SQLITE_IOERR"):
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: fejl ved læsning eller skrivning af filen (I/O)").format(
                where=where
            ),
            path=where,
            kind="io",
        )
    return None


def _describe_os_error(err: OSError, where: str) -> StorageError:
    """A file system error is the machine's condition, never a bug of ours: name it."""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: der er ikke plads på disken; intet blev gemt. Frigør plads og prøv igen"
            ).format(where=where),
            path=where,
            kind="full",
        )
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: ingen adgang til at skrive filen ({error})").format(
                where=where, error=err.strerror
            ),
            path=where,
            kind="readonly",
        )
    if err.errno == errno.ENOENT:
        return StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: filen eller mappen findes ikke").format(where=where),
            path=where,
            kind="missing",
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Meddelelser", "{where}: fejl ved læsning eller skrivning af filen ({error})").format(
            where=where, error=err.strerror
        ),
        path=where,
        kind="io",
    )


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _on_connect(dbapi_conn: Any, key: bytes | None) -> None:
    if key is not None:
        # Encryption at rest: a raw 256-bit key, no per-connection PBKDF2 (see planner_gui.storage.keys).
        try:
            dbapi_conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not stderr's
        except Exception:
            pass
        dbapi_conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = dbapi_conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:  # plain SQLite would ignore the key and write clear text: fail closed
            dbapi_conn.close()
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "SQLCipher mangler: databasen kan ikke krypteres; intet blev åbnet"),
                kind="encrypted",
            )
        dbapi_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA secure_delete = ON")  # deleted personal data is overwritten in the file, not just unlinked
    cur.close()
    register_sqlite(dbapi_conn)  # names in Danish order, as the team server's ICU sorts them (storage/collation.py)


def cipher_module() -> Any:
    """The DB-API module of SQLCipher (``sqlcipher3``), or a clear error when it is not installed."""
    try:
        import sqlcipher3.dbapi2 as module  # type: ignore[import-not-found,unused-ignore]
    except ImportError as err:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "SQLCipher (pakken sqlcipher3) mangler: krypterede databaser kan ikke åbnes"
            ),
            kind="encrypted",
        ) from err
    return module


def make_engine(url: str, *, key: bytes | None = None, creator: Any = None) -> Engine:
    if not _is_sqlite(url):
        return create_engine(url, future=True, hide_parameters=True)
    # hide_parameters: a database error's text (which may reach the log file) never carries names or CPR numbers
    kwargs: dict[str, Any] = {"poolclass": NullPool, "hide_parameters": True}
    if key is not None:
        kwargs["module"] = cipher_module()  # SQLCipher's driver, so its errors map to SQLAlchemy's as usual
    if creator is not None:
        kwargs["creator"] = creator
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        _on_connect(dbapi_conn, key)

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("planner_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _drop_server_detail(err: exc.DBAPIError) -> None:
    """PostgreSQL's error text may quote the row it refused ("DETAIL:  Key (cpr)=(0101901234) already exists."), a
    CPR number in an exception that may reach a log or a screen. Keep the first line (what went wrong) and drop the
    server's DETAIL and its other fields, in the driver's error and in SQLAlchemy's wrapper of it."""

    def first_line(args: tuple[Any, ...]) -> tuple[Any, ...]:
        if args and isinstance(args[0], str) and "\n" in args[0]:
            return (args[0].split("\n", 1)[0], *args[1:])
        return args

    orig = getattr(err, "orig", None)
    if orig is not None:
        orig.args = first_line(orig.args)
    err.args = first_line(err.args)


@dataclass
class Database:
    """An open database: its engine and the two kinds of transaction the services use."""

    url: str
    engine: Engine
    path: Path | None = None
    key: bytes | None = field(default=None, repr=False)  # the raw SQLCipher key when encrypted at rest
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self.engine.execution_options(planner_write=True), expire_on_commit=False)

    @property
    def where(self) -> str:
        """Where the database is, as it may be shown or logged (a server URL without its password)."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        session = self._read()
        try:
            yield session
        except exc.DBAPIError as err:
            known = describe_storage_error(err, self.where)
            if known is None:
                _drop_server_detail(err)
                raise  # not a condition we know: a bug
            raise known from err
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: one transaction, committed at the end or rolled back on any error."""
        session = self._write()
        try:
            yield session
            session.commit()
        except exc.DBAPIError as err:
            session.rollback()
            known = describe_storage_error(err, self.where)
            if known is None:
                _drop_server_detail(err)
                raise  # not a condition we know: a bug
            raise known from err
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def integrity_check(path: Path) -> str:
    """``PRAGMA integrity_check`` on a plain SQLite file, with the stdlib driver; returns 'ok' or the problems."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    register_sqlite(conn)  # the Danish name index is on the app's own function (migration 0013)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as err:
        return str(err)
    finally:
        conn.close()
    return "\n".join(str(r[0]) for r in rows)
