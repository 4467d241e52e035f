"""The administrator's list of users (staff), and the command line's user actions (``planner-gui user add`` and
``user password``, CONTRACT 1.1). Password hashing and key slots live in :mod:`.auth`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from planner_gui.errors import NotFound, PermissionDenied, ValidationError
from planner_gui.services import auth
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, can, require
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
            ).order_by(Staff.initials)
        ).all()
    return tuple(UserRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]), bool(r[6])) for r in rows)


RECOVERY_ACTOR = "gendannelse"  # the audit log's name for the holder of the recovery key


def add_user(
    db: Database, actor: Actor, initials: str, name: str, role: str, password: str, team: str = ""
) -> uuid.UUID:
    """An administrator creates a user with a password (and, on an encrypted database, the user's key slot)."""
    require(actor, Permission.MANAGE_USERS)
    if not name.strip():
        raise ValidationError("navn mangler")
    return auth.create_user(db, actor, initials, name.strip(), role, password, team=team.strip())


def change_password(db: Database, actor: Actor, initials: str, password: str) -> None:
    """An administrator sets a user's password (and key slot); audited by :func:`auth.set_password`."""
    require(actor, Permission.MANAGE_USERS)
    initials = initials.strip().lower()
    with db.read() as s:
        if s.scalar(select(Staff.id).where(Staff.initials == initials)) is None:
            raise NotFound(f"ingen bruger med initialerne {initials!r}")
    auth.set_password(db, actor, initials, password)


def recover_administrator(db: Database, initials: str, password: str) -> None:
    """With the recovery key (the database was opened by :func:`session.open_with_recovery_key`): set an
    administrator's password, which also writes their key slot. Audited as the user ``gendannelse``.

    Only an administrator's password is set this way; the administrator then manages everyone else."""
    initials = initials.strip().lower()
    with db.read() as s:
        role = s.scalar(select(Staff.role).where(Staff.initials == initials, Staff.active.is_(True)))
    if role is None:
        raise NotFound(f"ingen aktiv bruger med initialerne {initials!r}")
    if not can(Actor(initials, role), Permission.MANAGE_USERS):  # someone who can then set everyone else's
        raise PermissionDenied(
            f"{initials!r} er {role}: gendannelsesnøglen sætter kun en administrators adgangskode; "
            "log derefter ind som administrator og sæt de andres"
        )
    auth.set_password(db, Actor(RECOVERY_ACTOR, "administrator"), initials, password)
