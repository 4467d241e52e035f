"""The administrator's list of users (staff). Creating users and setting passwords live in :mod:`.auth`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from planner_gui.services.access import Permission, require
from planner_gui.services.auth import Actor
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
