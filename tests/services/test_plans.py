"""Services of the citizen screen: open, save plan edits (one transaction, audited), handover, notes, history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid

import pytest
from sqlalchemy import func, select

from planner_gui.domain.plan import EffortRow, PlanEdits, SubGoalRow, diff
from planner_gui.errors import ConcurrentEdit, PermissionDenied, ValidationError
from planner_gui.services import plans
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import ReasonRequired
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Company, Plan
from tests.conftest import TODAY, app_entries, as_user, staff_actor


def team_lead(db) -> Actor:
    return staff_actor(db, "teamleder")


def own_citizen(db, actor: Actor, *, with_plan: bool = True) -> uuid.UUID:
    """A citizen in the actor's caseload (a current primaer assignment), with a plan."""
    with db.read() as s:
        q = (
            select(Assignment.citizen_id)
            .join(Plan, Plan.citizen_id == Assignment.citizen_id)
            .where(Assignment.staff_id == actor.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .where(Assignment.start <= dt.date.today())
            .order_by(Assignment.citizen_id)
        )
        return s.scalars(q.limit(1)).one()


def other_citizen(db, actor: Actor) -> uuid.UUID:
    with db.read() as s:
        mine = select(Assignment.citizen_id).where(Assignment.staff_id == actor.staff_id)
        return s.scalars(select(Citizen.id).where(Citizen.id.not_in(mine)).order_by(Citizen.id).limit(1)).one()


def other_caseworker(db, actor: Actor) -> Actor:
    return staff_actor(db, with_password=False, not_id=actor.staff_id)


def audit_rows(db, citizen_id: uuid.UUID, action: str | None = None) -> list:
    A = AuditEntry
    with db.read() as s:
        q = (
            select(A.seq, A.user, A.action, A.entity, A.reason, A.details)
            .where(AuditEntry.citizen_ref == str(citizen_id))
            .order_by(AuditEntry.seq)
        )
        if action:
            q = q.where(AuditEntry.action == action)
        return list(s.execute(q).all())


def test_open_own_citizen_writes_a_view_row(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    assert ov.citizen_id == cid
    assert len(ov.cpr) == 11 and ov.cpr[6] == "-"
    assert ov.plan.own_goal  # demo plans carry the citizen's own goal
    assert ov.primary is not None and ov.primary.id == me.staff_id
    assert ov.can_edit
    views = audit_rows(demo_db, cid, "view")
    assert len(views) == 1 and views[0].user == me.initials and views[0].reason == ""


def test_outside_caseload_needs_a_reason_which_is_logged(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = other_citizen(demo_db, me)
    with pytest.raises(ReasonRequired):
        plans.open_citizen(demo_db, me, cid, today=TODAY)
    assert audit_rows(demo_db, cid, "view") == []
    ov = plans.open_citizen(demo_db, me, cid, "Telefonvagt: borgeren ringede", today=TODAY)
    assert ov.reason == "Telefonvagt: borgeren ringede"
    assert audit_rows(demo_db, cid, "view")[0].reason == "Telefonvagt: borgeren ringede"
    with pytest.raises(ReasonRequired):
        plans.save_plan(demo_db, me, cid, PlanEdits(plan=(("job_goal", "x"),)), today=TODAY)


def test_team_lead_cannot_edit_a_plan(demo_db) -> None:
    lead = team_lead(demo_db)
    cid = own_citizen(demo_db, staff_actor(demo_db))
    ov = plans.open_citizen(demo_db, lead, cid, "Opfølgning på team", today=TODAY)
    assert not ov.can_edit
    edits = diff(ov, dataclasses.replace(ov.draft(), plan=dataclasses.replace(ov.plan, job_goal="Lager")))
    with pytest.raises(PermissionDenied):
        plans.save_plan(demo_db, lead, cid, edits, "Opfølgning på team", today=TODAY)
    with pytest.raises(PermissionDenied):
        plans.add_note(demo_db, lead, cid, "noget", reason="Opfølgning", today=TODAY)


def test_save_plan_is_one_transaction_with_old_and_new_values(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    with demo_db.read() as s:
        company = s.execute(select(Company.id, Company.cvr).order_by(Company.cvr).limit(1)).one()
    old_goal = ov.plan.own_goal
    first_sg = ov.subgoals[0]
    new_sg = SubGoalRow(uuid.uuid4(), "Møde til tiden hver dag", "ikke_startet", TODAY, TODAY + dt.timedelta(30))
    new_ef = EffortRow(
        uuid.uuid4(),
        "virksomhedspraktik",
        "virksomhed",
        TODAY + dt.timedelta(7),
        TODAY + dt.timedelta(60),
        20.0,
        company.id,
    )
    other = other_caseworker(demo_db, me)
    draft = dataclasses.replace(
        ov.draft(),
        plan=dataclasses.replace(ov.plan, own_goal="Jeg vil være kok", next_meeting=dt.date(2026, 12, 3)),
        subgoals=(dataclasses.replace(first_sg, status="naaet"), new_sg, *ov.subgoals[1:]),
        efforts=(new_ef, *ov.efforts),
        coordinator_id=other.staff_id,
    )
    edits = diff(ov, draft)
    assert [f for f, _ in edits.plan] == ["own_goal", "next_meeting"]
    assert len(edits.subgoals_added) == 1 and len(edits.subgoals_changed) == 1 and not edits.subgoals_removed
    before = len(audit_rows(demo_db, cid))
    saved = plans.save_plan(demo_db, me, cid, edits, today=TODAY)

    assert saved.plan.own_goal == "Jeg vil være kok"
    assert saved.plan.next_meeting == dt.date(2026, 12, 3)
    assert saved.plan_version == ov.plan_version + 1
    assert [g.text for g in saved.subgoals][-1] == "Møde til tiden hver dag"
    assert {g.id: g.status for g in saved.subgoals}[first_sg.id] == "naaet"
    added = [
        e
        for e in saved.efforts
        if e.category == "virksomhedspraktik" and e.company_id == company.id and e.start == TODAY + dt.timedelta(7)
    ]
    assert added and added[0].status(TODAY) == "planlagt" and added[0].company_cvr == company.cvr
    assert saved.coordinator is not None and saved.coordinator.id == other.staff_id

    rows = audit_rows(demo_db, cid)[before:]
    seqs = [r.seq for r in rows]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # written together
    details = [json.loads(r.details) for r in rows]  # on the server also its triggers' entries ("kilde": "databasen")
    goal = next(d for d in details if d.get("field") == "own_goal")
    assert goal == {"field": "own_goal", "old": old_goal, "new": "Jeg vil være kok"}
    assert {"field": "next_meeting", "old": ov.plan.next_meeting.isoformat(), "new": "2026-12-03"} in details
    status = next(d for d, r in zip(details, rows) if r.entity == "sub_goal" and d.get("field") == "status")
    assert status["old"] == first_sg.status_label and status["new"] == "Nået"
    assert any(r.action == "create" and r.entity == "effort" for r in rows)
    coord = next(d for d in details if d.get("field") == "koordinerende")
    assert coord["new"] == other.initials

    # the history shows it, newest first, with Danish field names
    hist = saved.history
    assert hist[0].ts >= hist[-1].ts
    assert any(h.field == "Borgerens eget mål" and h.old == old_goal and h.new == "Jeg vil være kok" for h in hist)
    assert any(h.field == "Næste møde" and h.new == "03-12-2026" for h in hist)


def test_remove_rows_and_coordinator_is_a_new_assignment_from_today(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    other = other_caseworker(demo_db, me)
    draft = dataclasses.replace(ov.draft(), subgoals=ov.subgoals[1:], coordinator_id=other.staff_id)
    saved = plans.save_plan(demo_db, me, cid, diff(ov, draft), today=TODAY)
    assert ov.subgoals[0].id not in {g.id for g in saved.subgoals}
    assert saved.coordinator is not None and saved.coordinator.id == other.staff_id
    with demo_db.read() as s:
        coords = s.execute(
            select(Assignment.id, Assignment.staff_id, Assignment.start, Assignment.end)
            .where(Assignment.citizen_id == cid, Assignment.role == "koordinerende")
            .order_by(Assignment.start)
        ).all()
    current = [a for a in coords if a.end is None]
    assert len(current) == 1 and current[0].start == TODAY and current[0].staff_id == other.staff_id
    assert all(a.end is not None and a.end < TODAY for a in coords if a.id != current[0].id)
    deleted = audit_rows(demo_db, cid, "delete")
    assert json.loads(deleted[-1].details)["old"]["text"] == ov.subgoals[0].text


def test_concurrent_edit_is_refused_and_nothing_is_written(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    a = plans.open_citizen(demo_db, me, cid, today=TODAY)
    b = plans.open_citizen(demo_db, me, cid, today=TODAY)
    plans.save_plan(
        demo_db,
        me,
        cid,
        diff(a, dataclasses.replace(a.draft(), plan=dataclasses.replace(a.plan, job_goal="Lager"))),
        today=TODAY,
    )
    late = diff(
        b,
        dataclasses.replace(
            b.draft(),
            plan=dataclasses.replace(b.plan, job_goal="Butik"),
            subgoals=(*b.subgoals, SubGoalRow(uuid.uuid4(), "Nyt delmål")),
        ),
    )
    with pytest.raises(ConcurrentEdit) as refused:
        plans.save_plan(demo_db, me, cid, late, today=TODAY)
    # who and when, and both values: the second save never silently overwrites, nor silently drops the user's text
    text = str(refused.value)
    assert re.match(rf"Planen blev ændret af {me.initials} \d\d-\d\d-\d{{4}} kl\. \d\d:\d\d efter du åbnede", text), (
        text
    )
    assert "Job- eller uddannelsesmål: din udgave «Butik», gemt udgave «Lager»" in text
    assert "dine ændringer er ikke gemt" in text
    again = plans.open_citizen(demo_db, me, cid, today=TODAY)
    assert again.plan.job_goal == "Lager"
    assert len(again.subgoals) == len(b.subgoals)
    # a sub-goal edited by someone else in between
    sg = again.subgoals[0]
    plans.save_plan(
        demo_db,
        me,
        cid,
        diff(
            again,
            dataclasses.replace(again.draft(), subgoals=(dataclasses.replace(sg, text="Ændret"), *again.subgoals[1:])),
        ),
        today=TODAY,
    )
    with pytest.raises(ConcurrentEdit):
        plans.save_plan(
            demo_db,
            me,
            cid,
            diff(
                again,
                dataclasses.replace(
                    again.draft(), subgoals=(dataclasses.replace(sg, status="opgivet"), *again.subgoals[1:])
                ),
            ),
            today=TODAY,
        )


def test_validation_names_every_problem(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    bad_ef = EffortRow(uuid.uuid4(), "mentor", "jobcenter", TODAY, TODAY - dt.timedelta(1), 120.0)
    bad_sg = SubGoalRow(uuid.uuid4(), "  ", "i_gang", TODAY, TODAY - dt.timedelta(1))
    draft = dataclasses.replace(ov.draft(), efforts=(bad_ef, *ov.efforts), subgoals=(*ov.subgoals, bad_sg))
    with pytest.raises(ValidationError) as err:
        plans.save_plan(demo_db, me, cid, diff(ov, draft), today=TODAY)
    text = str(err.value)
    assert "slutdatoen" in text and "timer pr. uge" in text and "skal udfyldes" in text and "fristen" in text
    assert plans.open_citizen(demo_db, me, cid, today=TODAY).efforts == ov.efforts


def test_handover_moves_the_citizen_and_shows_the_note_to_the_receiver(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    receiver = other_caseworker(demo_db, me)
    before = plans.open_citizen(demo_db, me, cid, today=TODAY)
    with pytest.raises(ValidationError):
        plans.handover(demo_db, me, cid, receiver.staff_id, "   ", today=TODAY)
    after = plans.handover(
        demo_db,
        me,
        cid,
        receiver.staff_id,
        "Borgeren er i praktik hos Bageriet. Ring fredag.",
        move_coordinator=True,
        today=TODAY,
    )
    assert after.primary is not None and after.primary.id == receiver.staff_id
    # each new assignment after the first counts (the goal definition): primaer, and koordinerende when it moved
    moved = before.coordinator is None or before.coordinator.id == me.staff_id
    assert after.coordinator is not None and (after.coordinator.id == receiver.staff_id) == moved
    assert after.course.caseworker_changes == before.course.caseworker_changes + (2 if moved else 1)
    assert after.handover is not None and not after.handover.for_me
    with demo_db.read() as s:
        mine = s.execute(
            select(Assignment.end)
            .where(Assignment.citizen_id == cid, Assignment.staff_id == me.staff_id, Assignment.role == "primaer")
            .order_by(Assignment.start)
        ).all()
    assert mine[-1].end == TODAY - dt.timedelta(1)
    # the giver is no longer in the caseload
    with pytest.raises(ReasonRequired):
        plans.open_citizen(demo_db, me, cid, today=TODAY)
    # the receiver sees the note first and acknowledges it
    seen = plans.open_citizen(demo_db, receiver, cid, today=TODAY)
    assert seen.handover is not None and seen.handover.for_me
    assert seen.handover.note.startswith("Borgeren er i praktik") and seen.handover.from_initials == me.initials
    with pytest.raises(PermissionDenied):
        plans.acknowledge_handover(demo_db, me, cid, "opfølgning", today=TODAY)
    done = plans.acknowledge_handover(demo_db, receiver, cid, today=TODAY)
    assert done.handover is None
    assert any(n.kind == "overdragelse" for n in done.notes)
    changes = [json.loads(r.details) for r in audit_rows(demo_db, cid, "update")]
    assert {
        "field": "primaer",
        "old": me.initials,
        "new": receiver.initials,
        "overdragelsesnotat": "Borgeren er i praktik hos Bageriet. Ring fredag.",
    } in changes
    assert any(c.get("field") == "handover_note" for c in changes)  # on the server also its triggers' entries


def test_notes_print_and_history(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.add_note(demo_db, me, cid, "Aftalt praktik", kind="moede", today=TODAY)
    assert ov.notes[0].text == "Aftalt praktik" and ov.notes[0].author == me.initials
    plans.record_print(demo_db, me, cid, target="pdf")
    rows = audit_rows(demo_db, cid, "print")
    assert len(rows) == 1 and json.loads(rows[0].details)["new"] == "pdf"
    hist = plans.open_citizen(demo_db, me, cid, today=TODAY).history
    assert hist[0].action == "print" and hist[1].field == "Notat"


def test_drafts_keep_what_was_typed(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    assert plans.load_draft(demo_db, me, cid) is None
    draft = dataclasses.replace(
        ov.draft(),
        plan=dataclasses.replace(ov.plan, own_goal="halvt skrevet mål"),
        subgoals=(*ov.subgoals, SubGoalRow(uuid.uuid4(), "nyt", start=TODAY)),
    )
    plans.save_draft(demo_db, me, cid, draft)
    plans.save_draft(demo_db, me, cid, draft)
    assert plans.load_draft(demo_db, me, cid) == draft
    assert plans.open_citizen(demo_db, me, cid, today=TODAY).kept_draft == draft  # offered back on opening
    plans.discard_draft(demo_db, me, cid)
    assert plans.load_draft(demo_db, me, cid) is None
    plans.save_draft(demo_db, me, cid, draft)
    plans.save_plan(demo_db, me, cid, diff(ov, draft), today=TODAY)
    assert plans.load_draft(demo_db, me, cid) is None  # saving removes it in the same transaction


def test_caseworker_changes_count_follows_the_goal_definition(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = own_citizen(demo_db, me)
    ov = plans.open_citizen(demo_db, me, cid, today=TODAY)
    starts = sorted(a.start for a in ov.course.assignments)
    assert ov.course.caseworker_changes == sum(1 for d in starts if d > starts[0])
    with demo_db.read() as s:
        n = s.scalar(select(func.count()).select_from(Assignment).where(Assignment.citizen_id == cid))
    assert len(ov.course.assignments) == n


# -- benefit periods and exits --------------------------------------------------------------------------------------


def _new_citizen(db, me: Actor) -> uuid.UUID:
    from planner_gui.services.citizens import create_citizen

    with as_user(db, me) as mine:  # on the server a caseworker's new citizen goes through their own role
        return create_citizen(mine, me, "220964-3954", "Bente", "Bertelsen", today=TODAY)


def test_add_benefit_period_ends_the_open_one_the_day_before_and_is_audited(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    ov = plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 5), today=TODAY)
    assert [(b.target_group, b.start, b.end) for b in ov.course.benefits] == [("a_dagpenge", dt.date(2026, 1, 5), None)]
    assert ov.target_group == "a_dagpenge"
    ov = plans.add_benefit_period(demo_db, me, cid, "kontanthjaelp_jobparat", dt.date(2026, 6, 1), today=TODAY)
    assert [(b.target_group, b.start, b.end) for b in ov.course.benefits] == [
        ("a_dagpenge", dt.date(2026, 1, 5), dt.date(2026, 5, 31)),
        ("kontanthjaelp_jobparat", dt.date(2026, 6, 1), None),
    ]
    rows = [r for r in audit_rows(demo_db, cid) if r.entity == "benefit_period"]
    assert [(r.action, json.loads(r.details)["field"]) for r in rows] == [
        ("create", "ydelse"),
        ("update", "end"),
        ("create", "ydelse"),
    ]
    assert json.loads(rows[1].details)["new"] == "2026-05-31"
    assert any(h.field == "Ydelse" and "Kontanthjælp, jobparat" in h.new for h in ov.history)


def test_add_benefit_period_refuses_bad_input_and_overlaps(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    with pytest.raises(ValidationError, match="før fra-datoen"):
        plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="målgruppe"):
        plans.add_benefit_period(demo_db, me, cid, "ukendt", dt.date(2026, 2, 1))
    plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 1), today=TODAY)
    with pytest.raises(ValidationError, match="overlapper"):
        plans.add_benefit_period(demo_db, me, cid, "sygedagpenge", dt.date(2026, 3, 1), end_current=False)
    with pytest.raises(ValidationError, match="overlapper"):  # starts on the same day as the open one
        plans.add_benefit_period(demo_db, me, cid, "sygedagpenge", dt.date(2026, 1, 1))
    with pytest.raises(PermissionDenied):
        plans.add_benefit_period(demo_db, team_lead(demo_db), cid, "sygedagpenge", dt.date(2026, 3, 1), reason="x")
    with pytest.raises(ReasonRequired):
        plans.add_benefit_period(demo_db, other_caseworker(demo_db, me), cid, "sygedagpenge", dt.date(2026, 3, 1))
    other = other_caseworker(demo_db, me)
    plans.add_benefit_period(demo_db, other, cid, "sygedagpenge", dt.date(2026, 3, 1), reason="Kollega er syg")
    assert audit_rows(demo_db, cid, "create")[-1].reason == "Kollega er syg"
    with demo_db.read() as s:
        q = select(func.count()).select_from(AuditEntry).where(AuditEntry.citizen_ref == str(cid), app_entries())
        assert s.scalar(q) == 4


def test_register_exit_ends_open_benefit_periods(demo_db) -> None:
    me = staff_actor(demo_db)
    cid = _new_citizen(demo_db, me)
    plans.add_benefit_period(demo_db, me, cid, "a_dagpenge", dt.date(2026, 1, 1), today=TODAY)
    with pytest.raises(ValidationError, match="afgangsdatoen"):
        plans.register_exit(demo_db, me, cid, dt.date(2025, 12, 1), "job")
    with pytest.raises(ValidationError, match="afgangstype"):
        plans.register_exit(demo_db, me, cid, dt.date(2026, 9, 1), "ferie")
    ov = plans.register_exit(demo_db, me, cid, dt.date(2026, 9, 1), "uddannelse", today=TODAY)
    assert [(x.date, x.type) for x in ov.course.exits] == [(dt.date(2026, 9, 1), "uddannelse")]
    assert ov.course.benefits[0].end == dt.date(2026, 9, 1) and ov.target_group is None
    rows = [r for r in audit_rows(demo_db, cid) if r.entity in ("exit", "benefit_period")]
    assert [(r.action, r.entity) for r in rows][-2:] == [("create", "exit"), ("update", "benefit_period")]
    assert json.loads(rows[-2].details)["exit_type"] == "uddannelse"
