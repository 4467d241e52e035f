"""Users, roles and logins (argon2id)."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from planner_gui.domain import contact, passwords
from planner_gui.domain import text as textrule
from planner_gui.domain.codes import STAFF_ROLES
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of

# the failed-login rules (1, 2, 4, 8 s, then locked): in domain/lockout.py, which unlocking a key slot shares
from planner_gui.domain.lockout import FIRST_DELAY_SECONDS as FIRST_DELAY_SECONDS
from planner_gui.domain.lockout import LOCK_MINUTES as LOCK_MINUTES
from planner_gui.domain.lockout import MAX_DELAY_SECONDS as MAX_DELAY_SECONDS
from planner_gui.domain.lockout import MAX_FAILED_BEFORE_LOCK as MAX_FAILED_BEFORE_LOCK
from planner_gui.domain.lockout import failure_delay as failure_delay
from planner_gui.errors import AuthenticationFailed, ValidationError
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.postgres import is_postgres, put_login
from planner_gui.storage.tables import Staff, utcnow

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from planner_gui.storage.password_check import EarlyPasswordCheck

MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH


@dataclass(frozen=True)
class Actor:
    """Who performs an action: the logged-in user (or the system, for CLI tasks like ``demo``)."""

    initials: str
    role: str
    staff_id: uuid.UUID | None = None
    name: str = ""


SYSTEM = Actor("system", "administrator")


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    # argon2id, RFC 9106 "second recommended" profile scaled to ~50 ms on an office PC.
    return PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, type=Type.ID)


def check_password(password: str, *user_inputs: str) -> None:
    """The password rule (:mod:`planner_gui.domain.passwords`): 10+ characters, not blank, not a common password."""
    why = passwords.problem(password, user_inputs)
    if why is not None:
        raise ValidationError(why)


def hash_password(password: str, *user_inputs: str) -> str:
    check_password(password, *user_inputs)
    return hasher().hash(password)


def clean_contact(phone: str, email: str) -> tuple[str, str]:
    """A member of staff's phone number and e-mail address in their stored shapes (domain/contact.py), or a
    :class:`ValidationError` that says what is wrong with which."""
    try:
        return contact.clean_phone(phone), contact.clean_email(email)
    except contact.ContactError as err:
        raise ValidationError(message_of(err)) from None
    except textrule.TextError as err:  # a control or bidi character
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "telefon eller e-mail: {err}").format(err=message_of(err))
        ) from None


def create_user(
    session_db: Database,
    actor: Actor,
    initials: str,
    name: str,
    role: str,
    password: str | None,
    team: str = "",
    *,
    phone: str = "",
    email: str = "",
) -> uuid.UUID:
    require(
        actor, Permission.MANAGE_USERS, QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan oprette brugere")
    )
    if role not in STAFF_ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt rolle {role!r}; brug {staff_roles}").format(
                role=role, staff_roles=", ".join(STAFF_ROLES)
            )
        )
    phone, email = clean_contact(phone, email)
    try:  # no control, bidi or invisible characters; NFC (domain/text.py)
        initials = textrule.clean_code(initials).lower()
        name = textrule.clean_name(name) if name.strip() else ""
        team = textrule.clean_line(team)
    except textrule.TextError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "initialer, navn eller team: {err}").format(err=message_of(err))
        ) from None
    if not initials or len(initials) > 16:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "initialer skal have 1-16 tegn"))
    pw_hash = hash_password(password, initials, name) if password else None
    with session_db.write() as s:
        if s.scalar(select(Staff.id).where(Staff.initials == initials)) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Meddelelser", "initialerne {initials!r} er allerede i brug").format(
                    initials=initials
                )
            )
        staff = Staff(
            initials=initials,
            name=name,
            team=team,
            role=role,
            phone=phone,
            email=email,
            password_hash=pw_hash,
            updated_by=actor.initials,
        )
        s.add(staff)
        s.flush()
        if is_postgres(session_db.url):  # the team database: the user's own login role, in the same transaction
            put_login(s, initials, password, role)
        audit.record(
            s,
            actor.initials,
            "create",
            entity="staff",
            entity_id=staff.id,
            details={"initialer": initials, "rolle": role},
        )
        staff_id = staff.id
    if password:
        write_key_slot(session_db, initials, password, pw_hash)
    return staff_id


def set_password(db: Database, actor: Actor, initials: str, password: str) -> None:
    if actor.initials != initials:
        require(
            actor,
            Permission.MANAGE_USERS,
            QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan sætte andres adgangskode"),
        )
    pw_hash = hash_password(password, initials)
    with db.write() as s:
        staff = s.scalar(select(Staff).where(Staff.initials == initials))
        if staff is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Meddelelser", "ingen bruger med initialerne {initials!r}").format(initials=initials)
            )
        staff.password_hash = pw_hash
        staff.failed_logins = 0
        staff.locked_until = None
        staff.updated_by = actor.initials
        if is_postgres(db.url):  # the server checks the password of the user's login role
            put_login(s, initials, password, staff.role)
        audit.record(s, actor.initials, "update", entity="staff", entity_id=staff.id, details={"adgangskode": "ny"})
    write_key_slot(db, initials, password, pw_hash)


def write_key_slot(db: Database, initials: str, password: str, password_hash: str | None = None) -> None:
    """On a database encrypted at rest: (re)wrap the database key for this user's password in the key file.

    Written after the password's transaction has committed; if it fails, setting the password again repairs it (and
    until then the stale slot's fingerprint no longer names the stored hash, so the login checks the hash too).
    """
    if db.key is None or db.path is None:
        return
    from planner_gui.storage import attempts, keys

    who = initials.strip().lower()
    with attempts.locked(db.path) as state:  # a new password lifts a delay or lock-out of the unlock, as of the login
        kf = keys.KeyFile.load(keys.keyfile_for(db.path))
        kf.set_password(db.key, who, password, password_hash=password_hash)
        kf.save()
        state.succeed(who)


# One Argon2id per login (issue 17): an encrypted file is opened with the user's key slot, whose AES-GCM tag proves
# the password (Argon2id); the login then need not verify the same password against its own hash (a second Argon2id)
# when the slot was written for exactly that hash (the slot's fingerprint of it). Kept in memory per open engine: the
# initials and an HMAC of the password under a random key of this process, never the password.
_PROOF_KEY = secrets.token_bytes(32)
_slot_proofs: weakref.WeakKeyDictionary[Engine, tuple[str, bytes, str | None, str | None]] = weakref.WeakKeyDictionary()


def _password_mac(password: str) -> bytes:
    import hashlib
    import hmac

    return hmac.new(_PROOF_KEY, password.encode("utf-8"), hashlib.sha256).digest()


def remember_unlock(
    db: Database, initials: str, password: str, fingerprint: str | None, slot_id: str | None = None
) -> None:
    """``db`` was just opened with ``initials``' key slot (named ``slot_id``, recording ``fingerprint``) and
    ``password``; both read from the slot as it was unwrapped (see :func:`login`)."""
    _slot_proofs[db.engine] = (initials.strip().lower(), _password_mac(password), fingerprint, slot_id)


def _proven_by_slot(db: Database, initials: str, password: str, password_hash: str) -> bool:
    """True when this database was opened with this user's slot and this password, and the slot was written for
    the stored hash: the password is then already checked, by the slot's Argon2id."""
    import hmac

    proof = _slot_proofs.get(db.engine)
    if proof is None or db.key is None:
        return False
    who, mac, fingerprint, _slot = proof
    from planner_gui.storage.keys import hash_fingerprint

    return (
        who == initials
        and fingerprint is not None
        and hmac.compare_digest(mac, _password_mac(password))
        and hmac.compare_digest(fingerprint, hash_fingerprint(password_hash))
    )


def _note_slot_fingerprint(db: Database, initials: str, password: str, password_hash: str) -> None:
    """After a login that checked the hash: if the slot opened with the same password, record the hash's fingerprint
    in the slot, so the next login pays one Argon2id. A key file that cannot be written only costs the next login."""
    proof = _slot_proofs.get(db.engine)
    if proof is None or db.key is None or db.path is None:
        return
    import hmac

    who, mac, _fingerprint, slot_id = proof
    if who != initials or slot_id is None or not hmac.compare_digest(mac, _password_mac(password)):
        return
    from planner_gui.errors import StorageError
    from planner_gui.storage import attempts, keys

    try:
        with attempts.locked(db.path):
            kf = keys.KeyFile.load(keys.keyfile_for(db.path))
            if kf.set_fingerprint(initials, password_hash, slot_id=slot_id):  # only the slot that was opened
                kf.save()
    except (OSError, StorageError):
        return
    _slot_proofs[db.engine] = (who, mac, keys.hash_fingerprint(password_hash), slot_id)


def _dummy_hash() -> str:
    """What an unknown user's password is checked against: the same work as a real hash (``hasher()``'s parameters;
    a fixed hash, so the first unknown user does not also pay for making one)."""
    from planner_gui.storage.password_check import DUMMY_HASH

    return DUMMY_HASH


# the idle lock on the team database: failures in a row and the time before which the next attempt is refused, per
# open connection (a new login through the login window opens a new one, and the server checks that password itself:
# SCRAM, failures in the server's log)
_unlock_failures: weakref.WeakKeyDictionary[Engine, tuple[int, dt.datetime]] = weakref.WeakKeyDictionary()


def _login_on_server(db: Database, initials: str, password: str, now: dt.datetime) -> Actor:
    """The team database: the server checked the password when the user's own login role connected (SCRAM; failed
    attempts are in the server's log), so here the connection's role must be this user's, and the login is audited.
    A login on a connection already open (the idle lock's password) must give the password the server accepted; a
    wrong one is audited and delayed as on a database file (1, 2, 4, 8 s, then locked for :data:`LOCK_MINUTES`)."""
    import hmac

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    url = make_url(db.url)
    accepted = url.password
    if accepted is not None:
        failures, until = _unlock_failures.get(db.engine, (0, now))
        if until > now:
            wait = until - now
            if failures >= MAX_FAILED_BEFORE_LOCK:
                reason = "spærret"
                minutes = max(1, int(wait.total_seconds() // 60) + 1)
                failure = f"kontoen er spærret efter for mange forkerte forsøg; prøv igen om {minutes} min."
            else:
                reason = "for tidligt efter forkert adgangskode"
                seconds = max(1, int(wait.total_seconds() + 0.999))
                failure = f"for mange forkerte forsøg; vent {seconds} sekund(er) og prøv igen"
            with db.write() as s:
                audit.record(s, initials, "login_failed", entity="staff", reason=reason)
            raise AuthenticationFailed(failure)
        if not hmac.compare_digest(str(accepted).encode(), password.encode()):
            failures += 1
            _unlock_failures[db.engine] = (failures, now + failure_delay(failures))
            with db.write() as s:
                audit.record(s, initials, "login_failed", entity="staff", reason=f"forkert adgangskode ({failures})")
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Meddelelser", "forkerte initialer eller adgangskode"))
        _unlock_failures.pop(db.engine, None)
    with db.write() as s:
        me = s.execute(text("SELECT staff_id, initials, role FROM planner_me()")).first()
        if me is None or str(me.initials).lower() != initials:
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Meddelelser", "forkerte initialer eller adgangskode"))
        name = s.scalar(select(Staff.name).where(Staff.id == me.staff_id)) or ""
        audit.record(s, initials, "login", entity="staff", entity_id=me.staff_id)
    return Actor(str(me.initials), str(me.role), me.staff_id, str(name))


def login(
    db: Database,
    initials: str,
    password: str,
    *,
    now: dt.datetime | None = None,
    early: EarlyPasswordCheck | None = None,
) -> Actor:
    """Check a password; every attempt is audited.

    After a failure the account refuses attempts for a growing delay (1, 2, 4, 8 s), and after
    :data:`MAX_FAILED_BEFORE_LOCK` failures in a row it is locked for :data:`LOCK_MINUTES` minutes. An unknown user
    costs the same argon2 work as a known one, so response times do not reveal which initials exist.

    ``early``: the Argon2id check already started beside the opening of a plain file
    (:class:`~planner_gui.storage.password_check.EarlyPasswordCheck`); its verdict stands in for the check here only
    when it checked exactly these initials, this password and the hash read here, after the lock-out rules.
    """
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    initials = initials.strip().lower()
    now = now or utcnow()
    if is_postgres(db.url):
        return _login_on_server(db, initials, password, now)
    failure = ""
    actor: Actor | None = None
    proven = False
    known_hash = ""
    with db.write() as s:
        staff = s.scalar(select(Staff).where(Staff.initials == initials))
        if staff is None or staff.password_hash is None or not staff.active:
            if early is None or early.verdict(initials, None, password) is None:  # else: made early, against the dummy
                try:
                    hasher().verify(_dummy_hash(), password)
                except (VerificationError, InvalidHashError):
                    pass
            audit.record(s, initials[:16] or "?", "login_failed", entity="staff", reason="ukendt bruger")
            failure = "forkerte initialer eller adgangskode"
        elif staff.locked_until is not None and staff.locked_until > now:
            wait = staff.locked_until - now
            if staff.failed_logins >= MAX_FAILED_BEFORE_LOCK:
                audit.record(s, initials, "login_failed", entity="staff", entity_id=staff.id, reason="spærret")
                minutes = max(1, int(wait.total_seconds() // 60) + 1)
                failure = f"kontoen er spærret efter for mange forkerte forsøg; prøv igen om {minutes} min."
            else:
                audit.record(
                    s,
                    initials,
                    "login_failed",
                    entity="staff",
                    entity_id=staff.id,
                    reason="for tidligt efter forkert adgangskode",
                )
                seconds = max(1, int(wait.total_seconds() + 0.999))
                failure = f"for mange forkerte forsøg; vent {seconds} sekund(er) og prøv igen"
        else:
            proven = _proven_by_slot(db, initials, password, staff.password_hash)
            verdict = None if proven or early is None else early.verdict(initials, staff.password_hash, password)
            try:
                if verdict is False:
                    raise VerifyMismatchError("the early check: wrong password")
                if not proven and verdict is None:
                    hasher().verify(staff.password_hash, password)
            except (VerificationError, InvalidHashError):
                staff.failed_logins += 1
                staff.locked_until = now + failure_delay(staff.failed_logins)
                audit.record(
                    s,
                    initials,
                    "login_failed",
                    entity="staff",
                    entity_id=staff.id,
                    reason=f"forkert adgangskode ({staff.failed_logins})",
                )
                failure = "forkerte initialer eller adgangskode"
            else:
                staff.failed_logins = 0
                staff.locked_until = None
                if hasher().check_needs_rehash(staff.password_hash):
                    staff.password_hash = hasher().hash(password)
                audit.record(s, initials, "login", entity="staff", entity_id=staff.id)
                actor = Actor(staff.initials, staff.role, staff.id, staff.name)
                known_hash = staff.password_hash
    if actor is None:
        raise AuthenticationFailed(failure)
    if not proven:  # after the commit: the hash checked, the slot's fingerprint recorded for the next login
        _note_slot_fingerprint(db, initials, password, known_hash)
    return actor


def logout(db: Database, actor: Actor) -> None:
    """Log out (Filer > Log ud): the ``logout`` audit row, which also anchors the log's head outside the file."""
    with db.write() as s:
        audit.record(s, actor.initials, "logout", entity="staff", entity_id=actor.staff_id)


def login_from_env(db: Database) -> Actor:
    """The CLI's login: ``PLANNER_USER`` / ``PLANNER_PASSWORD``."""
    import os

    user = os.environ.get("PLANNER_USER", "")
    password = os.environ.get("PLANNER_PASSWORD", "")
    if not user or not password:
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "databasen kræver login: sæt PLANNER_USER (initialer) og PLANNER_PASSWORD (adgangskode)"
            )
        )
    return login(db, user, password)
