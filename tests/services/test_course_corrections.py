"""Correcting and deleting a registered benefit period or exit; moving sub-goals; logging out (issues 16 and 12)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from planner_gui.domain.plan import SubGoalRow, diff, move_subgoal
from planner_gui.errors import ConcurrentEdit, PermissionDenied, ValidationError
from planner_gui.services import auth, plans
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import ReasonRequired
from planner_gui.storage.tables import AuditEntry, BenefitPeriod, SubGoal
from tests.conftest import TODAY, app_entries, as_user, staff_actor


def _new_citizen(db, me: Actor) -> uuid.UUID:
    from planner_gui.services.citizens import create_citizen

    with as_user(db, me) as mine:  # on the server a caseworker's new citizen goes through their own role
        return create_citizen(mine, me, "220964-3954", "Bente", "Bertelsen", today=TODAY)


def _entries(db, cid: uuid.UUID) -> list:
    with db.read() as s:
        q = select(AuditEntry).where(AuditEntry.citizen_ref == str(cid), app_entries()).order_by(AuditEntry.seq)
        return [(e.action, e.entity, json.loads(e.details or "{}"), e.reason) for e in s.scalars(q)]


def test_correct_a_benefit_period_with_version_check_and_audit(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 5), today=TODAY)
    ov = plans.add_benefit_period(demo_db, me, cid, "sygedagpenge", dt.date(2026, 6, 1), today=TODAY)
    first, second = ov.course.benefits
    assert first.id is not None and first.version >= 1
    before = len(_entries(demo_db, cid))

    ov = plans.update_benefit_period(
        demo_db,
        me,
        cid,
        first.id,
        first.version,
        "kontanthjaelp_jobparat",
        dt.date(2026, 1, 12),
        dt.date(2026, 5, 31),
        today=TODAY,
    )
    fixed = ov.course.benefits[0]
    assert (fixed.target_group, fixed.start, fixed.end) == ("kontanthjaelp_jobparat", dt.date(2026, 1, 12), first.end)
    assert fixed.version == first.version + 1
    new = _entries(demo_db, cid)[before:]
    assert [(a, e, d["field"]) for a, e, d, _ in new] == [
        ("update", "benefit_period", "target_group"),
        ("update", "benefit_period", "start"),
    ]
    assert new[0][2]["old"] == "A-dagpenge" and new[1][2]["new"] == "2026-01-12"

    # read at the old version: refused, nothing written
    with pytest.raises(ConcurrentEdit):
        plans.update_benefit_period(demo_db, me, cid, first.id, first.version, "a_dagpenge", dt.date(2026, 1, 5))
    # may not overlap the other period
    with pytest.raises(ValidationError, match="overlapper"):
        plans.update_benefit_period(
            demo_db, me, cid, fixed.id, fixed.version, "a_dagpenge", dt.date(2026, 1, 12), dt.date(2026, 6, 10)
        )
    with pytest.raises(ValidationError, match="før fra-datoen"):
        plans.update_benefit_period(
            demo_db, me, cid, fixed.id, fixed.version, "a_dagpenge", dt.date(2026, 3, 1), dt.date(2026, 2, 1)
        )
    # same permission as adding: a team lead may not, a colleague needs a reason
    with pytest.raises(PermissionDenied):
        plans.update_benefit_period(
            demo_db,
            staff_actor(demo_db, "teamleder"),
            cid,
            second.id,
            second.version,
            "a_dagpenge",
            second.start,
            reason="x",
        )
    other = staff_actor(demo_db, with_password=False, not_id=me.staff_id)
    with pytest.raises(ReasonRequired):
        plans.update_benefit_period(demo_db, other, cid, second.id, second.version, "a_dagpenge", second.start)
    assert len(_entries(demo_db, cid)) == before + 2


def test_delete_a_benefit_period_needs_a_reason_and_is_audited(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    ov = plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 5), today=TODAY)
    b = ov.course.benefits[0]
    with pytest.raises(ValidationError, match="begrundelse"):
        plans.delete_benefit_period(demo_db, me, cid, b.id, b.version, "   ")
    with pytest.raises(ConcurrentEdit):
        plans.delete_benefit_period(demo_db, me, cid, b.id, b.version + 1, "fejlregistrering")
    ov = plans.delete_benefit_period(demo_db, me, cid, b.id, b.version, "Registreret på forkert borger", today=TODAY)
    assert ov.course.benefits == () and ov.target_group is None
    action, entity, details, _ = _entries(demo_db, cid)[-1]
    assert (action, entity) == ("delete", "benefit_period")
    assert details["begrundelse"] == "Registreret på forkert borger"
    assert details["old"]["target_group"] == "A-dagpenge" and details["new"] is None
    with demo_db.read() as s:
        assert s.get(BenefitPeriod, b.id) is None
    with pytest.raises(ConcurrentEdit):  # already gone
        plans.delete_benefit_period(demo_db, me, cid, b.id, b.version, "igen")


def test_correct_and_delete_an_exit(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 1), today=TODAY)
    ov = plans.register_exit(demo_db, me, cid, dt.date(2026, 9, 1), "job", today=TODAY)
    x = ov.course.exits[0]
    assert x.id is not None
    with pytest.raises(ValidationError, match="afgangstype"):
        plans.update_exit(demo_db, me, cid, x.id, x.version, dt.date(2026, 9, 1), "ferie")
    with pytest.raises(ValidationError, match="afgangsdatoen"):  # the period the exit ended starts after it
        plans.update_exit(demo_db, me, cid, x.id, x.version, dt.date(2025, 12, 1), "job")
    before = len(_entries(demo_db, cid))
    ov = plans.update_exit(demo_db, me, cid, x.id, x.version, dt.date(2026, 8, 15), "uddannelse", today=TODAY)
    y = ov.course.exits[0]
    assert (y.date, y.type, y.version) == (dt.date(2026, 8, 15), "uddannelse", x.version + 1)
    assert ov.course.benefits[0].end == dt.date(2026, 8, 15)  # the period the exit ended moves along
    new = _entries(demo_db, cid)[before:]
    assert [(a, e, d["field"]) for a, e, d, _ in new] == [
        ("update", "exit", "start"),
        ("update", "exit", "type"),
        ("update", "benefit_period", "end"),
    ]
    assert new[1][2]["old"] == "Job" and new[1][2]["new"] == "Uddannelse"
    with pytest.raises(ConcurrentEdit):
        plans.update_exit(demo_db, me, cid, x.id, x.version, dt.date(2026, 8, 1), "job")
    with pytest.raises(PermissionDenied):
        plans.delete_exit(demo_db, staff_actor(demo_db, "teamleder"), cid, y.id, y.version, "fejl", reason="x")
    with pytest.raises(ValidationError, match="begrundelse"):
        plans.delete_exit(demo_db, me, cid, y.id, y.version, "")
    ov = plans.delete_exit(demo_db, me, cid, y.id, y.version, "Afgangen var en fejl", today=TODAY)
    assert ov.course.exits == ()
    assert ov.course.benefits[0].end == dt.date(2026, 8, 15)  # stays ended: corrected separately
    action, entity, details, _ = _entries(demo_db, cid)[-1]
    assert (action, entity, details["begrundelse"]) == ("delete", "exit", "Afgangen var en fejl")


def test_moving_sub_goals_is_saved_with_the_plan(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    rows = tuple(SubGoalRow(uuid.uuid4(), text) for text in ("Cykel", "Cv", "Praktik"))
    draft = ov.draft()
    ov = plans.save_plan(demo_db, me, cid, diff(ov, type(draft)(draft.plan, rows, (), None)), today=TODAY)
    assert [g.text for g in ov.subgoals] == ["Cykel", "Cv", "Praktik"]

    moved = move_subgoal(ov.draft(), 2, -1)
    assert moved is not None and move_subgoal(ov.draft(), 0, -1) is None
    # a new sub-goal added and moved to the top in the same save
    added = SubGoalRow(uuid.uuid4(), "Læse-skrivekursus")
    moved = type(moved)(moved.plan, (added, *moved.subgoals), (), None)
    edits = diff(ov, moved)
    assert edits.subgoal_order and not edits.empty
    ov = plans.save_plan(demo_db, me, cid, edits, today=TODAY)
    assert [g.text for g in ov.subgoals] == ["Læse-skrivekursus", "Cykel", "Praktik", "Cv"]
    assert diff(ov, ov.draft()).empty
    with demo_db.read() as s:
        positions = s.scalars(select(SubGoal.position).where(SubGoal.citizen_id == cid).order_by(SubGoal.position))
        assert list(positions) == [0, 1, 2, 3]
    last = _entries(demo_db, cid)[-1]
    assert last[:2] == ("update", "sub_goal") and last[2]["field"] == "raekkefoelge"
    assert last[2]["old"] == ["Cykel", "Cv", "Praktik"]
    assert last[2]["new"] == ["Læse-skrivekursus", "Cykel", "Praktik", "Cv"]
    assert any(h.field == "Delmålenes rækkefølge" and h.new.startswith("1. Læse") for h in ov.history)

    # moving a sub-goal someone else has changed since: refused
    stale = move_subgoal(ov.draft(), 0, 1)
    assert stale is not None
    plans.save_plan(demo_db, me, cid, diff(ov, move_subgoal(ov.draft(), 1, 1)), today=TODAY)
    with pytest.raises(ConcurrentEdit):
        plans.save_plan(demo_db, me, cid, diff(ov, stale), today=TODAY)


def test_logout_is_audited(demo_db) -> None:
    me = staff_actor(demo_db)
    auth.logout(demo_db, me)
    with demo_db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (e.action, e.user, e.entity, e.entity_id) == ("logout", me.initials, "staff", str(me.staff_id))
