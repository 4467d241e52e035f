"""Opening a database for a user: unlock it (when encrypted at rest) with the user's password, then log in.

An encrypted database cannot be read before the password is known, so the password comes first:
:func:`open_for_user` unwraps the database key from the user's key slot (``<db>.keys``, see
:mod:`planner_gui.storage.keys`), opens the file with it, and then runs the ordinary login
(:func:`planner_gui.services.auth.login`: argon2id, growing delay, lock-out, audited). A plain file, or a database
given as a URL, is opened first and then logged in to. The same call serves the CLI and the desktop app.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import AuthenticationFailed
from planner_gui.storage import precheck

if TYPE_CHECKING:
    import datetime as dt

    from planner_gui.services.auth import Actor
    from planner_gui.storage.db import Database
    from planner_gui.storage.password_check import EarlyPasswordCheck

# What runs before the login (open_or_lock for an encrypted file, the team server, or a plain file at the newest
# schema) imports neither SQLAlchemy nor the login's services nor the key slots' cryptography: the desktop's login
# window is ready without them (issue 17). They are imported where used.

log = logging.getLogger(__name__)
WRONG = "forkerte initialer eller adgangskode"


def is_encrypted(db: str | Path) -> bool:
    return "://" not in str(db) and precheck.is_encrypted(Path(str(db)).expanduser())


def unlock_key(
    db: str | Path,
    initials: str,
    password: str,
    *,
    now: dt.datetime | None = None,
    opened: dict[str, str | None] | None = None,
) -> bytes | None:
    """The raw database key for an encrypted file (None for a plain file); :class:`AuthenticationFailed` if wrong.

    Failed unlocks follow the login's rules (:func:`planner_gui.domain.lockout.failure_delay`): after each failure
    the initials are refused for a growing delay (1, 2, 4, 8 s), after five in a row for 15 minutes; unknown initials
    are treated exactly like known ones (counted, delayed, the same Argon2id work). Counters and events are kept in
    ``<db>.keys.failed`` (:mod:`planner_gui.storage.attempts`) until the next successful unlock audits them.
    """
    if not is_encrypted(db):
        return None
    # no SQLAlchemy before the Argon2id below: the login's imports run beside it (AppController.database_opened)
    from planner_gui.domain import lockout
    from planner_gui.domain.lockout import utcnow
    from planner_gui.storage import attempts, keys

    path = Path(str(db)).expanduser()
    kf = keys.KeyFile.load(keys.keyfile_for(path))
    who = initials.strip().lower()[:32]
    now = now or utcnow()
    with attempts.locked(path) as state:
        until = state.until(who)
        if until is not None and until > now:
            wait = until - now
            if state.count(who) >= lockout.MAX_FAILED_BEFORE_LOCK:
                state.event(who, now, "oplåsning afvist: spærret efter for mange forkerte forsøg")
                minutes = max(1, int(wait.total_seconds() // 60) + 1)
                failure = f"kontoen er spærret efter for mange forkerte forsøg; prøv igen om {minutes} min."
            else:
                state.event(who, now, "oplåsning afvist: for tidligt efter forkert adgangskode")
                seconds = max(1, int(wait.total_seconds() + 0.999))
                failure = f"for mange forkerte forsøg; vent {seconds} sekund(er) og prøv igen"
            log.info("unlock refused for an encrypted database (delay or lock-out)")
            raise AuthenticationFailed(failure)
    key = kf.unlock(who, password)  # Argon2id, outside the lock
    if key is not None and opened is not None:  # the very slot that was unwrapped, not a later reading of the file
        opened.update(fingerprint=kf.fingerprint(who), slot=kf.slot_id(who))
    with attempts.locked(path) as state:
        if key is None:
            n = state.fail(who, now + lockout.failure_delay(state.count(who) + 1))
            known = who in kf.users()
            state.event(who, now, f"forkert adgangskode til nøglefilen ({n})" if known else "ukendt bruger (nøglefil)")
        else:
            state.succeed(who)
    if key is None:
        log.info("unlock failed for an encrypted database (wrong password or no key slot)")
        raise AuthenticationFailed(WRONG)
    return key


def record_unlock_failures(database: Database) -> int:
    """After a successful unlock: write the failed and refused unlocks kept beside the key slots to the audit log
    (one ``login_failed`` entry each, entity ``noeglefil``, with the time of the attempt), then forget them."""
    if database.key is None or database.path is None:
        return 0
    from planner_gui.storage import attempts, audit

    events = attempts.pending(database.path)
    if not events:
        return 0
    with database.write() as s:
        for e in events:
            audit.record(
                s,
                str(e.get("initials") or "?")[:16],
                "login_failed",
                entity="noeglefil",
                reason=str(e.get("reason", "")),
                details={"tidspunkt": str(e.get("at", ""))},
            )
    with attempts.locked(database.path) as state:
        state.forget({str(e.get("id")) for e in events})
    return len(events)


def connect_server(url: str, initials: str, password: str) -> Database:
    """The team database: connect as the user's own login role ``planner_<initialer>`` with the user's password.

    The server checks the password (SCRAM). A wrong password or an unknown user is the login's own message; a server
    that does not answer is said so plainly (the caller keeps what is on screen)."""
    from planner_gui.errors import StorageError
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.postgres import public_url, user_url

    if not initials.strip() or not password:
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Meddelelser", "angiv initialer og adgangskode"))
    try:
        return open_database(user_url(url, initials, password))
    except StorageError as err:  # sorted at the storage edge (storage.db.describe_storage_error)
        if err.kind == "login":
            log.info("the server refused the login")
            raise AuthenticationFailed(WRONG) from None
        if err.kind == "unreachable":
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{url}: serveren svarer ikke; tjek netværket eller spørg IT (intet er ændret)"
                ).format(url=public_url(url)),
                path=public_url(url),
                kind="unreachable",
            ) from None
        raise


class ServerDatabase:
    """The team database before the login: nothing is open until the user's own role connects with the password.

    (This and the classes below are plain classes, not dataclasses: a dataclass costs about a millisecond to make,
    and this module is imported before the login window is ready, issue 17.)"""

    __slots__ = ("url",)
    path = None

    def __init__(self, url: str) -> None:
        self.url = url

    def __repr__(self) -> str:
        return f"ServerDatabase({self.where!r})"

    @property
    def where(self) -> str:
        from planner_gui.storage.postgres import public_url

        return public_url(self.url)

    @property
    def key(self) -> bytes | None:
        return None

    def dispose(self) -> None:
        """Nothing is open."""


def open_unlocked(db: str | Path, initials: str, password: str) -> Database:
    """Unlock (when encrypted) and open ``db``, auditing earlier failed unlocks; the caller logs in."""
    from planner_gui.config import is_postgres

    if is_postgres(db):
        return connect_server(str(db), initials, password)
    opened: dict[str, str | None] = {}
    key = unlock_key(db, initials, password, opened=opened)  # Argon2id first: it needs no SQLAlchemy (below)
    from planner_gui.storage.migrate import open_database

    database = open_database(db, key=key)
    try:
        record_unlock_failures(database)
    except BaseException:
        database.dispose()
        raise
    if key is not None:  # the slot's Argon2id proved the password: the login need not pay a second one
        from planner_gui.services import auth

        auth.remember_unlock(
            database, initials.strip().lower()[:32], password, opened.get("fingerprint"), opened.get("slot")
        )
    return database


def open_for_user(db: str | Path, initials: str, password: str) -> tuple[Database, Actor]:
    """Open ``db`` for the user and log in; works for plain and encrypted files. The caller disposes the database."""
    if not initials.strip() or not password:
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Meddelelser", "angiv initialer og adgangskode"))
    early = start_password_check(db, initials, password)  # a plain file: Argon2id beside the opening
    database = open_unlocked(db, initials, password)
    try:
        from planner_gui.services import auth  # after the key slot's Argon2id, which needs none of these imports

        actor = auth.login(database, initials, password, early=early)
    except BaseException:
        database.dispose()
        raise
    return database, actor


def start_password_check(db: str | Path, initials: str, password: str) -> EarlyPasswordCheck | None:
    """For a plain database file: start the password's Argon2id check now, beside the opening (which imports
    SQLAlchemy and checks the file), for :func:`planner_gui.services.auth.login` to take
    (:mod:`planner_gui.storage.password_check`). None for an encrypted file (its key slot checks the password) or
    the team server (the server checks it)."""
    from planner_gui.config import is_postgres

    if is_postgres(db) or not initials.strip() or not password:
        return None
    path = Path(str(db)).expanduser()
    if not path.is_file() or is_encrypted(path):
        return None
    from planner_gui.storage.password_check import EarlyPasswordCheck

    return EarlyPasswordCheck(path.resolve(), initials, password)


def open_with_recovery_key(db: str | Path, recovery: str) -> Database:
    """Open an encrypted database with its recovery key (for an administrator who has lost every password).

    No user is logged in: the caller sets a new password (``auth.set_password`` as the system), which writes a new
    key slot, and then logs in as usual.
    """
    from planner_gui.storage import keys
    from planner_gui.storage.migrate import open_database

    path = Path(str(db)).expanduser()
    kf = keys.KeyFile.load(keys.keyfile_for(path))
    key = kf.unlock_recovery(recovery)
    if key is None:
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Meddelelser", "gendannelsesnøglen passer ikke til databasen"))
    return open_database(path, key=key)


class _NotOpenYet:
    """A database file the login window is shown for before it is open: where it is, no key, nothing to close."""

    __slots__ = ("path",)

    def __init__(self, path: Path) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"

    @property
    def where(self) -> str:
        return str(self.path)

    @property
    def key(self) -> bytes | None:
        return None

    def dispose(self) -> None:
        """Nothing is open."""


class LockedDatabase(_NotOpenYet):
    """An encrypted database file that is not open yet: the desktop app shows the login window for it, and
    :func:`login_or_unlock` opens it with the password typed there."""

    __slots__ = ()


class CheckedDatabase(_NotOpenYet):
    """A plain database file that passed the checks made before opening it (not damaged, a SQLite database, at the
    newest schema; :func:`planner_gui.storage.precheck.check_before_login`) but is not open yet: the desktop's login
    window shows while :func:`open_after_check` opens it (SQLAlchemy, every check again, a migration if one became due)
    in the background; nothing is read from it before that."""

    __slots__ = ()


def open_or_lock(db: str | Path) -> Database | LockedDatabase | ServerDatabase | CheckedDatabase:
    """Before the login: hold an encrypted database until the password is known; check a plain file at the newest
    schema without opening it (:class:`CheckedDatabase`, opened by :func:`open_after_check`); open any other plain file
    now (migrating it, after a backup, or saying what is wrong with it)."""
    from planner_gui.config import is_postgres

    if is_postgres(db):
        return ServerDatabase(str(db))
    if is_encrypted(db):
        return LockedDatabase(Path(str(db)).expanduser().resolve())
    if precheck.check_before_login(Path(str(db))):
        return CheckedDatabase(Path(str(db)).expanduser().resolve())
    from planner_gui.storage.migrate import open_database

    return open_database(db)


def open_after_check(db: CheckedDatabase) -> Database:
    """Open a file :func:`open_or_lock` checked: the ordinary opening (every check again, migrated if behind)."""
    from planner_gui.storage.migrate import open_database

    return open_database(db.path)


def prepare_login() -> None:
    """What the login needs that can be done before the password is typed: import the login's modules (SQLAlchemy,
    the schema, the migrations' runner), so that pressing Enter pays only for the password check and the opening."""
    import planner_gui.services.auth
    import planner_gui.storage.migrate  # noqa: F401


def login_or_unlock(
    db: Database | LockedDatabase | ServerDatabase | CheckedDatabase,
    initials: str,
    password: str,
    *,
    early: EarlyPasswordCheck | None = None,
) -> tuple[Database, Actor]:
    """The login window's action: log in to an open database, or unlock an encrypted one (or connect to the team
    server as the user's own role) and log in. ``early``: the password's check started beside the opening of a
    plain file (see :func:`planner_gui.services.auth.login`)."""
    if isinstance(db, LockedDatabase):
        return open_for_user(db.path, initials, password)
    if isinstance(db, CheckedDatabase):  # not opened yet (the desktop opens it while the user types)
        return open_for_user(db.path, initials, password)
    if isinstance(db, ServerDatabase):
        return open_for_user(db.url, initials, password)
    from planner_gui.services import auth

    return db, auth.login(db, initials, password, early=early)
