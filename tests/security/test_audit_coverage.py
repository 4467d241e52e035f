"""Every use of personal data leaves an audit entry with user, action, citizen and reason: login (also failed),
search, view, change, print, export, aktindsigt, deletion."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import or_, select

from planner_gui.errors import AuthenticationFailed
from planner_gui.services import auth, citizens, plans, privacy
from planner_gui.services.auth import Actor
from planner_gui.services.interchange import export_workbook
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Staff
from tests.conftest import PASSWORD, TODAY, app_entries, as_user


def last(db: Database) -> Any:
    with db.read() as s:
        return s.execute(
            select(AuditEntry.user, AuditEntry.action, AuditEntry.entity, AuditEntry.citizen_ref, AuditEntry.reason)
            .where(app_entries())  # the team server's own per-table entries aside
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()


@pytest.fixture
def caseworker(demo_db: Database) -> tuple[Actor, uuid.UUID]:
    with demo_db.read() as s:
        st = s.execute(
            select(Staff)
            .where(Staff.role == "sagsbehandler", Staff.password_hash.is_not(None))  # one who logs in
            .order_by(Staff.initials)
            .limit(1)
        ).scalar_one()
        current = or_(Assignment.end.is_(None), Assignment.end >= dt.date.today())
        cid = s.scalar(
            select(Assignment.citizen_id)
            .where(Assignment.staff_id == st.id, current, Assignment.start <= dt.date.today())
            .limit(1)
        )
        actor = Actor(st.initials, st.role, st.id, st.name)
    assert cid is not None
    return actor, cid


def test_every_use_is_logged(
    demo_db: Database, caseworker: tuple[Actor, uuid.UUID], tmp_path: Path, db_backend: str
) -> None:
    actor, cid = caseworker
    if db_backend == "sqlite":  # the team server checks the password itself when the user's own role connects
        # (SCRAM: a failed login is in the server's log; docs/team-database.md, test_team_database.py)
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_db, "admin", "forkert-kode")
        assert last(demo_db)[:2] == ("admin", "login_failed")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=5)
        auth.login(demo_db, "admin", PASSWORD, now=now)
        assert last(demo_db)[:2] == ("admin", "login")
    with as_user(demo_db, actor) as mine:  # on the server, as the caseworker's own role (as the app connects)
        _every_use(mine, demo_db, actor, cid, tmp_path)


def _every_use(mine: Database, db: Database, actor: Actor, cid: uuid.UUID, tmp_path: Path) -> None:
    """The caseworker's uses through ``mine``; the log read through ``db`` (a caseworker does not read it)."""
    hits = citizens.search(mine, actor, "a", today=TODAY)
    citizens.record_search(mine, actor, "a", len(hits))
    assert last(db)[:3] == (actor.initials, "search", "citizen")

    plans.open_citizen(mine, actor, cid, today=TODAY)
    assert last(db)[:4] == (actor.initials, "view", "citizen", str(cid))

    plans.add_note(mine, actor, cid, "Samtale om praktik", today=TODAY)
    row = last(db)
    assert row.user == actor.initials and row.action in ("create", "update") and row.citizen_ref == str(cid)

    plans.record_print(mine, actor, cid)
    assert last(db)[:2] == (actor.initials, "print") and last(db).citizen_ref == str(cid)

    with db.read() as s:
        cpr = s.scalar(select(Citizen.cpr).where(Citizen.id == cid))
    assert cpr is not None
    export_workbook(mine, actor, tmp_path / "borger.xlsx", cpr=cpr)
    assert last(db)[:2] == (actor.initials, "export") and last(db).citizen_ref == str(cid)

    privacy.access_request(mine, actor, cpr, tmp_path / "aktindsigt")
    assert last(db)[:4] == (actor.initials, "export", "aktindsigt", str(cid))
