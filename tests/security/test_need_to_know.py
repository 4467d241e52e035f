"""Need-to-know, enforced in the service layer: every role tries every action its row of the role matrix lacks,
through the service functions themselves (not the UI), and is refused. Citizens outside a caseworker's caseload, and
any citizen for a team lead or administrator, need a stated reason, which is logged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import or_, select

from planner_gui.errors import PermissionDenied
from planner_gui.services import audit_log, auth, backups, citizens, instruments, measurements, permissions, plans
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import ROLE_MATRIX, Permission, ReasonRequired, check_citizen_access
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Instrument, Staff
from tests.conftest import TODAY


@dataclasses.dataclass
class World:
    db: Database
    tmp: Path
    actors: dict[str, Actor]
    own_citizen: uuid.UUID  # in the caseworker's caseload
    other_citizen: uuid.UUID  # in nobody's caseload of that caseworker
    other_staff: uuid.UUID
    instrument: uuid.UUID


@pytest.fixture
def world(demo_db: Database, tmp_path: Path) -> World:
    db = demo_db
    with db.read() as s:

        def actor(role: str) -> Actor:
            st = s.execute(select(Staff).where(Staff.role == role).order_by(Staff.initials).limit(1)).scalar_one()
            return Actor(st.initials, st.role, st.id, st.name)

        actors = {role: actor(role) for role in ROLE_MATRIX}
        cw = actors["sagsbehandler"]
        current = or_(Assignment.end.is_(None), Assignment.end >= dt.date.today())
        own = s.scalar(
            select(Assignment.citizen_id)
            .where(Assignment.staff_id == cw.staff_id, current, Assignment.start <= dt.date.today())
            .limit(1)
        )
        mine = select(Assignment.citizen_id).where(Assignment.staff_id == cw.staff_id)
        other = s.scalar(select(Citizen.id).where(Citizen.id.not_in(mine)).limit(1))
        other_staff = s.scalar(select(Staff.id).where(Staff.role == "sagsbehandler", Staff.id != cw.staff_id).limit(1))
        instrument = s.scalar(select(Instrument.id).limit(1))
    assert own and other and other_staff and instrument
    return World(db, tmp_path, actors, own, other, other_staff, instrument)


Call = Callable[[World, Actor], Any]


def _privacy(name: str) -> Call:
    def call(w: World, a: Actor) -> Any:
        privacy = importlib.import_module("planner_gui.services.privacy")
        if name == "list":
            return privacy.citizens_due_for_deletion(w.db, a)
        return privacy.delete_citizen(w.db, a, w.other_citizen, reason="test")

    return call


def _import(w: World, a: Actor) -> Any:
    from planner_gui.services.interchange import import_workbook

    return import_workbook(w.db, a, w.tmp / "x.xlsx")


def _export(w: World, a: Actor) -> Any:
    from planner_gui.services.interchange import export_workbook

    return export_workbook(w.db, a, w.tmp / "x.xlsx")


P = Permission
# For each permission that some role lacks: the service calls that need it. Every call passes a reason where one is
# asked for, so that only the role decides.
FORBIDDEN: dict[Permission, list[Call]] = {
    P.EDIT_PLAN: [lambda w, a: plans.add_note(w.db, a, w.own_citizen, "en note", reason="test")],
    P.CREATE_CITIZEN: [lambda w, a: citizens.create_citizen(w.db, a, "0101701239", "Ny", "Borger", today=TODAY)],
    P.HANDOVER: [lambda w, a: plans.handover(w.db, a, w.own_citizen, w.other_staff, "overdragelse", reason="test")],
    P.MEASURE: [lambda w, a: measurements.record_occasion(w.db, a, w.own_citizen, w.instrument, [], reason="test")],
    P.EXPORT_DATABASE: [_export],
    P.IMPORT_WORKBOOK: [_import],
    P.MANAGE_USERS: [
        lambda w, a: auth.create_user(w.db, a, "zz", "Ny Bruger", "sagsbehandler", None),
        lambda w, a: auth.set_password(w.db, a, "admin", "en-ny-kode-123"),
    ],
    P.MANAGE_INSTRUMENTS: [lambda w, a: instruments.set_retired(w.db, a, w.instrument)],
    P.SET_MEASURE_REMINDER: [lambda w, a: measurements.set_reminder_days(w.db, a, 30)],
    P.VIEW_AUDIT: [
        lambda w, a: audit_log.verify_chain(w.db, a),
        lambda w, a: audit_log.export_audit(w.db, a, w.tmp / "log.xlsx"),
    ],
    P.PURGE_AUDIT: [
        lambda w, a: audit_log.purge_expired(w.db, a),
        lambda w, a: audit_log.set_retention_months(w.db, a, 12),
    ],
    P.RESTORE_BACKUP: [lambda w, a: backups.set_keep_count(w.db, a, 5)],
    P.RETENTION: [_privacy("list"), _privacy("delete")],
}
NOT_YET_A_SERVICE = {P.RUN_REPORTS}  # the goal reports are being written; their command checks the role itself

CASES = [
    (role, perm, i)
    for role, allowed in ROLE_MATRIX.items()
    for perm in Permission
    if perm not in allowed and perm not in NOT_YET_A_SERVICE
    for i in range(len(FORBIDDEN.get(perm, [None])))
]


def test_every_forbidden_permission_has_a_probe() -> None:
    lacking = {p for allowed in ROLE_MATRIX.values() for p in Permission if p not in allowed}
    assert lacking - NOT_YET_A_SERVICE <= set(FORBIDDEN), lacking - set(FORBIDDEN)


@pytest.mark.parametrize(("role", "perm", "i"), CASES, ids=[f"{r}-{p.value}-{i}" for r, p, i in CASES])
def test_role_is_refused(world: World, role: str, perm: Permission, i: int) -> None:
    if perm == P.RETENTION:
        pytest.importorskip("planner_gui.services.privacy")
    actor = world.actors[role]
    with world.db.read() as s:
        before = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    with pytest.raises(PermissionDenied):
        FORBIDDEN[perm][i](world, actor)
    with world.db.read() as s:  # refused before anything was written
        after = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    assert after == before


def test_own_caseload_needs_no_reason(world: World) -> None:
    cw = world.actors["sagsbehandler"]
    with world.db.read() as s:
        assert check_citizen_access(s, cw, world.own_citizen, None) == ""


@pytest.mark.parametrize("role", list(ROLE_MATRIX))
def test_a_citizen_outside_the_caseload_needs_a_logged_reason(world: World, role: str) -> None:
    actor = world.actors[role]
    with world.db.read() as s:
        with pytest.raises(ReasonRequired):
            check_citizen_access(s, actor, world.other_citizen, None)
        with pytest.raises(ReasonRequired):
            check_citizen_access(s, actor, world.other_citizen, "   ")
    with pytest.raises(ReasonRequired):
        plans.open_citizen(world.db, actor, world.other_citizen, "")
    plans.open_citizen(world.db, actor, world.other_citizen, "borgeren ringede", today=TODAY)
    with world.db.read() as s:
        last = s.execute(
            select(AuditEntry.user, AuditEntry.action, AuditEntry.citizen_ref, AuditEntry.reason)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert last == (actor.initials, "view", str(world.other_citizen), "borgeren ringede")


def test_a_team_lead_needs_a_reason_even_for_a_citizen_of_the_team(world: World) -> None:
    lead = world.actors["teamleder"]
    with world.db.read() as s, pytest.raises(ReasonRequired):
        check_citizen_access(s, lead, world.own_citizen, None)


def test_an_unknown_role_may_do_nothing(world: World) -> None:
    ghost = Actor("xx", "praktikant", uuid.uuid4())
    for perm in Permission:
        assert not permissions.can(ghost, perm)
    with world.db.read() as s, pytest.raises(PermissionDenied):
        check_citizen_access(s, ghost, world.own_citizen, "en grund")
