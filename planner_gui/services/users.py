"""The administrator's list of users (staff), and the command line's user actions (``planner-gui user add`` and
``user password``, CONTRACT 1.1). Password hashing and key slots live in :mod:`.auth`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import NotFound, PermissionDenied, ValidationError
from planner_gui.services import auth
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, can, require
from planner_gui.storage import audit
from planner_gui.storage.collation import danish
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Staff


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    initials: str
    name: str
    team: str
    role: str
    has_password: bool
    active: bool
    phone: str = ""
    email: str = ""


def list_users(db: Database, actor: Actor) -> tuple[UserRow, ...]:
    """Every member of staff, by initials (an administrator's view; no audit row: it holds no citizen data)."""
    require(actor, Permission.MANAGE_USERS)
    with db.read() as s:
        rows = s.execute(
            select(
                Staff.id,
                Staff.initials,
                Staff.name,
                Staff.team,
                Staff.role,
                Staff.password_hash.is_not(None),
                Staff.active,
                Staff.phone,
                Staff.email,
            ).order_by(danish(Staff.initials))  # "øh" after "zk" on both databases
        ).all()
    return tuple(
        UserRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]), bool(r[6]), r[7] or "", r[8] or "") for r in rows
    )


RECOVERY_ACTOR = "gendannelse"  # the audit log's name for the holder of the recovery key


def add_user(
    db: Database,
    actor: Actor,
    initials: str,
    name: str,
    role: str,
    password: str,
    team: str = "",
    *,
    phone: str = "",
    email: str = "",
) -> uuid.UUID:
    """An administrator creates a user with a password (and, on an encrypted database, the user's key slot), and
    optionally the phone number and e-mail address that "Min plan" gives citizens."""
    require(actor, Permission.MANAGE_USERS)
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "navn mangler"))
    return auth.create_user(
        db, actor, initials, name.strip(), role, password, team=team.strip(), phone=phone, email=email
    )


#: the audit log's field names for the contact details
CONTACT_FIELDS = (("phone", "telefon"), ("email", "e-mail"))


def set_contact(db: Database, actor: Actor, initials: str, phone: str, email: str) -> UserRow:
    """An administrator sets (or clears, with '') a user's phone number and e-mail address, which "Min plan" gives
    the citizens whose caseworker they are. One audit row per changed field (old and new value); returns the row."""
    require(actor, Permission.MANAGE_USERS)
    phone, email = auth.clean_contact(phone, email)
    initials = initials.strip().lower()
    with db.write() as s:
        staff = s.scalar(select(Staff).where(Staff.initials == initials))
        if staff is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Meddelelser", "ingen bruger med initialerne {initials!r}").format(initials=initials)
            )
        new = {"phone": phone, "email": email}
        changed = False
        for attr, field in CONTACT_FIELDS:
            old = getattr(staff, attr) or ""
            if old == new[attr]:
                continue
            setattr(staff, attr, new[attr])
            changed = True
            audit.record(
                s,
                actor.initials,
                "update",
                entity="staff",
                entity_id=staff.id,
                details={"field": field, "old": old, "new": new[attr], "initialer": initials},
            )
        if changed:
            staff.updated_by = actor.initials
        s.flush()
        row = UserRow(
            staff.id,
            staff.initials,
            staff.name,
            staff.team or "",
            staff.role,
            bool(s.scalar(select(Staff.password_hash.is_not(None)).where(Staff.id == staff.id))),
            bool(staff.active),
            staff.phone,
            staff.email,
        )
    return row


def change_password(db: Database, actor: Actor, initials: str, password: str) -> None:
    """An administrator sets a user's password (and key slot); audited by :func:`auth.set_password`."""
    require(actor, Permission.MANAGE_USERS)
    initials = initials.strip().lower()
    with db.read() as s:
        if s.scalar(select(Staff.id).where(Staff.initials == initials)) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Meddelelser", "ingen bruger med initialerne {initials!r}").format(initials=initials)
            )
    auth.set_password(db, actor, initials, password)


def recover_administrator(db: Database, initials: str, password: str) -> None:
    """With the recovery key (the database was opened by :func:`session.open_with_recovery_key`): set an
    administrator's password, which also writes their key slot. Audited as the user ``gendannelse``.

    Only an administrator's password is set this way; the administrator then manages everyone else."""
    initials = initials.strip().lower()
    with db.read() as s:
        role = s.scalar(select(Staff.role).where(Staff.initials == initials, Staff.active.is_(True)))
    if role is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Meddelelser", "ingen aktiv bruger med initialerne {initials!r}").format(
                initials=initials
            )
        )
    if not can(Actor(initials, role), Permission.MANAGE_USERS):  # someone who can then set everyone else's
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{initials!r} er {role}: gendannelsesnøglen sætter kun en administrators adgangskode; log "
                "derefter ind som administrator og sæt de andres",
            ).format(initials=initials, role=role)
        )
    auth.set_password(db, Actor(RECOVERY_ACTOR, "administrator"), initials, password)
