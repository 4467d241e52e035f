"""The citizen screen's services: open a citizen (the whole picture), save plan edits, handover, notes, history.

Every function is one user action: one ``with db.write()`` transaction that checks access with
:mod:`planner_gui.services.permissions` and writes its audit rows (``details``: ``field``, ``old``, ``new``) inside it.
The functions that change something return the fresh :class:`CitizenOverview`, built in the same transaction, so the
screen never needs a second (audited) read after a save.

The values and the pure rules (the overview's row types, :class:`~planner_gui.domain.plan.PlanDraft`,
:func:`~planner_gui.domain.plan.diff`, the checks of an edit, the 225-hour rule) live in :mod:`planner_gui.domain.plan`:
the screen collects edits as a ``PlanDraft``, ``diff`` turns it and the overview it started from into ``PlanEdits``,
and :func:`save_plan` writes them all in one transaction. Each edited row carries the version it was read at: when
someone else saved it since, the save is refused with :class:`~planner_gui.errors.ConcurrentEdit` and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, defer
from sqlalchemy.orm.exc import StaleDataError

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.codes import (
    EFFORT_CATEGORY_LABELS,
    EXIT_TYPE_LABELS,
    EXIT_TYPES,
    RESPONSIBLE_UNIT_LABELS,
    SUBGOAL_STATUS_LABELS,
    TARGET_GROUP_LABELS,
    TARGET_GROUPS,
)
from planner_gui.domain.dates import format_date, iso_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.plan import (
    EFFORT_FIELDS,
    FIELD_LABELS,
    MAX_TEXT,
    SUBGOAL_FIELDS,
    AssignmentRow,
    BenefitRow,
    CitizenOverview,
    Course,
    EffortRow,
    ExitRow,
    Handover,
    HistoryRow,
    NoteRow,
    PlanDraft,
    PlanEdits,
    PlanFields,
    StaffRef,
    SubGoalRow,
    company_ids,
    concurrent_edit_text,
    edit_problems,
    effort_summary,
    format_value,
    hours_months,
)
from planner_gui.errors import ConcurrentEdit, NotFound, PermissionDenied, ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, can, check_citizen_access, granted_by_database
from planner_gui.storage import audit
from planner_gui.storage.collation import danish
from planner_gui.storage.db import Database
from planner_gui.storage.postgres import citizen_history, free_text_withheld, on_server
from planner_gui.storage.tables import (
    Assignment,
    AuditEntry,
    BenefitPeriod,
    Citizen,
    Company,
    Draft,
    Effort,
    Exit,
    Note,
    OrdinaryHours,
    Plan,
    Staff,
    SubGoal,
    utcnow,
)

HISTORY_LIMIT = 500
CONCURRENT_TEXT = QT_TRANSLATE_NOOP(
    "Meddelelser",
    "en anden har gemt ændringer i borgerens plan, efter du åbnede den; dine ændringer er ikke gemt. "
    "Luk og åbn borgeren igen for at se den nyeste udgave, og indtast dine ændringer igen",
)


# -- reading ------------------------------------------------------------------------------------------------------


def _staff_ref(st: Staff) -> StaffRef:
    return StaffRef(st.id, st.initials, st.name, st.team, st.phone or "", st.email or "")


def _current_assignment(s: Session, citizen_id: uuid.UUID, role: str, today: dt.date) -> Assignment | None:
    q = (
        select(Assignment)
        .where(
            Assignment.citizen_id == citizen_id,
            Assignment.role == role,
            Assignment.start <= today,
            (Assignment.end.is_(None)) | (Assignment.end >= today),
        )
        .order_by(Assignment.start.desc())
    )
    return s.scalars(q.limit(1)).first()


def _history(s: Session, citizen_id: uuid.UUID) -> tuple[HistoryRow, ...]:
    entries: list[Any]
    if on_server(s):  # only administrators read the audit log there: the server's function gives the citizen's part
        entries = citizen_history(s, citizen_id, HISTORY_LIMIT)
    else:
        q = (
            select(AuditEntry)
            .where(
                AuditEntry.citizen_ref == str(citizen_id),
                AuditEntry.action.in_(("create", "update", "delete", "print")),
            )
            .order_by(AuditEntry.seq.desc())
            .limit(HISTORY_LIMIT)
        )
        entries = list(s.scalars(q))
    parsed: list[dict[str, Any]] = []
    users = {e.user for e in entries}
    for e in entries:
        try:
            d = json.loads(e.details) if e.details else {}
        except ValueError:
            d = {"field": "", "new": e.details}
        if not isinstance(d, dict):
            d = {"new": d}
        parsed.append(d)
        if e.entity == "assignment":
            users.update(str(d[k]) for k in ("old", "new") if d.get(k))
    names = dict(s.execute(select(Staff.initials, Staff.name).where(Staff.initials.in_(users))).all())
    out = []
    for e, d in zip(entries, parsed, strict=True):
        if e.entity == "assignment":
            d = {**d, **{k: f"{names[d[k]]} ({d[k]})" for k in ("old", "new") if d.get(k) in names}}
        fld = str(d.get("field", ""))
        out.append(
            HistoryRow(
                e.ts,
                e.user,
                names.get(e.user, e.user),
                e.action,
                e.entity,
                FIELD_LABELS.get(fld, fld),
                format_value(d.get("old")),
                format_value(d.get("new")),
                e.reason,
            )
        )
    return tuple(out)


def _build_overview(s: Session, actor: Actor, citizen_id: uuid.UUID, reason: str, today: dt.date) -> CitizenOverview:
    c = s.get(Citizen, citizen_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (den kan være slettet)"))
    plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
    fields = (
        PlanFields(plan.own_goal, plan.job_goal, plan.next_step, plan.next_meeting)
        if plan is not None
        else PlanFields()
    )
    subgoals = tuple(
        SubGoalRow(g.id, g.text, g.status, g.start, g.deadline, g.version)
        for g in s.scalars(
            select(SubGoal).where(SubGoal.citizen_id == citizen_id).order_by(SubGoal.position, SubGoal.created_at)
        )
    )
    withheld = free_text_withheld(s)  # a team lead on the team database: the remark is not theirs to read
    efforts = tuple(
        EffortRow(
            e.id,
            e.category,
            e.responsible,
            e.start,
            e.end,
            e.hours_per_week,
            e.company_id,
            cvr or "",
            cname or "",
            "" if withheld else e.note,
            e.version,
        )
        for e, cvr, cname in s.execute(
            select(Effort, Company.cvr, Company.name)
            .options(*([defer(Effort.note, raiseload=True)] if withheld else []))
            .outerjoin(Company, Company.id == Effort.company_id)
            .where(Effort.citizen_id == citizen_id)
            .order_by(Effort.start.desc(), Effort.category)
        )
    )
    assignments = s.execute(
        select(Assignment, Staff)
        .join(Staff, Staff.id == Assignment.staff_id)
        .where(Assignment.citizen_id == citizen_id)
        .order_by(Assignment.start, Assignment.role)
    ).all()
    coordinator = primary = None
    for a, st in assignments:
        if a.start <= today and (a.end is None or a.end >= today):
            if a.role == "koordinerende":
                coordinator = _staff_ref(st)
            elif a.role == "primaer":
                primary = _staff_ref(st)
    first_start = min((a.start for a, _ in assignments), default=None)
    changes = sum(1 for a, _ in assignments if first_start is not None and a.start > first_start)
    benefits = tuple(
        BenefitRow(b.target_group, b.start, b.end, b.id, b.version)
        for b in s.scalars(
            select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id).order_by(BenefitPeriod.start)
        )
    )
    current = next(
        (b.target_group for b in reversed(benefits) if b.start <= today and (b.end is None or b.end >= today)), None
    )
    exits = tuple(
        ExitRow(x.date, x.type, x.id, x.version)
        for x in s.scalars(select(Exit).where(Exit.citizen_id == citizen_id).order_by(Exit.date))
    )
    hours = s.execute(
        select(OrdinaryHours.month, OrdinaryHours.hours).where(OrdinaryHours.citizen_id == citizen_id)
    ).all()
    notes = tuple(
        NoteRow(n.date, n.kind, n.text, n.author or "")
        for n in s.scalars(
            select(Note).where(Note.citizen_id == citizen_id).order_by(Note.date.desc(), Note.created_at.desc())
        )
    )
    handover = None
    if plan is not None and plan.handover_note:
        giver = s.scalar(select(Staff).where(Staff.initials == plan.handover_from)) if plan.handover_from else None
        handover = Handover(
            plan.handover_note,
            plan.handover_from or "",
            giver.name if giver is not None else (plan.handover_from or ""),
            primary.initials if primary else "",
            primary.name if primary else "",
            primary is not None and actor.staff_id == primary.id,
        )
    course = Course(
        benefits,
        tuple(AssignmentRow(st.initials, st.name, st.team, a.role, a.start, a.end) for a, st in assignments),
        changes,
        exits,
        hours_months(hours, today),
    )
    return CitizenOverview(
        citizen_id=c.id,
        cpr=cprmod.Cpr(c.cpr).formatted(),
        first_name=c.first_name,
        last_name=c.last_name,
        plan=fields,
        plan_version=plan.version if plan is not None else 0,
        subgoals=subgoals,
        efforts=efforts,
        coordinator=coordinator,
        primary=primary,
        handover=handover,
        target_group=current,
        course=course,
        history=_history(s, citizen_id),
        notes=notes,
        reason=reason,
        can_edit=can(actor, Permission.EDIT_PLAN),
        today=today,
        kept_draft=_kept_draft(s, actor, citizen_id),
    )


def open_citizen(
    db: Database, actor: Actor, citizen_id: uuid.UUID, reason: str = "", today: dt.date | None = None
) -> CitizenOverview:
    """Open a citizen: check need-to-know, write the ``view`` audit row, return the whole picture.

    Raises :class:`~planner_gui.services.permissions.ReasonRequired` when the citizen is outside the user's caseload and
    no reason is given.
    """
    today = today or dt.date.today()
    with db.write() as s:
        # on the team database a citizen outside the caseload is hidden until check_citizen_access has made the
        # grant (break-the-glass, whose audit entry the server writes): the check comes before reading the row
        if not on_server(s) and s.get(Citizen, citizen_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (den kan være slettet)"))
        logged = check_citizen_access(s, actor, citizen_id, reason)
        if s.get(Citizen, citizen_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (den kan være slettet)"))
        if not granted_by_database(s, citizen_id):
            audit.record(
                s, actor.initials, "view", entity="citizen", entity_id=citizen_id, citizen_ref=citizen_id, reason=logged
            )
        return _build_overview(s, actor, citizen_id, logged, today)


def list_caseworkers(db: Database) -> tuple[StaffRef, ...]:
    """Active caseworkers, by name: the choices for coordinating caseworker and handover receiver.

    Not part of :class:`CitizenOverview`: a big job centre has a thousand caseworkers, and the screen only needs
    them when the user opens the choice."""
    with db.read() as s:
        return _caseworkers(s)


def _caseworkers(s: Session) -> tuple[StaffRef, ...]:
    q = (
        select(Staff.id, Staff.initials, Staff.name, Staff.team)
        .where(Staff.role == "sagsbehandler", Staff.active.is_(True))
        .order_by(danish(Staff.name), Staff.initials)  # Danish order on both databases
    )
    return tuple(StaffRef(*row) for row in s.execute(q))


def _kept_draft(s: Session, actor: Actor, citizen_id: uuid.UUID) -> PlanDraft | None:
    payload = s.scalar(
        select(Draft.payload).where(Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == "plan")
    )
    if not payload:
        return None
    try:
        return PlanDraft.from_json(payload)
    except (ValueError, KeyError, TypeError):
        return None


# -- writing ------------------------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _audit_change(
    s: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    citizen_id: uuid.UUID,
    fld: str,
    old: Any,
    new: Any,
    reason: str,
    **extra: Any,
) -> None:
    details = {"field": fld, "old": _json_value(old), "new": _json_value(new)}
    details.update({k: _json_value(v) for k, v in extra.items()})
    audit.record(
        s,
        actor.initials,
        action,
        entity=entity,
        entity_id=entity_id,
        citizen_ref=citizen_id,
        reason=reason,
        details=details,
    )


def _validate(s: Session, edits: PlanEdits) -> None:
    wanted = company_ids(edits)
    known = set(s.scalars(select(Company.id).where(Company.id.in_(wanted)))) if wanted else set()
    errors = edit_problems(edits, known)
    if errors:
        raise ValidationError(errors)


def _audit_period_end(
    s: Session, actor: Actor, citizen_id: uuid.UUID, period: BenefitPeriod, old: Any, new: Any, reason: str
) -> None:
    """The audit row of a benefit period whose end moved (ended by a new period or an exit, or an exit's date
    corrected)."""
    _audit_change(
        s,
        actor,
        "update",
        "benefit_period",
        period.id,
        citizen_id,
        "end",
        old,
        new,
        reason,
        target_group=period.target_group,
    )


def _check_version(row: Any, expected: int, what: str = "", mine: Any = None, fields: tuple[str, ...] = ()) -> None:
    """Refuse a save of a row someone else saved (or deleted) since it was read. With ``what`` the message says who
    and when, and shows the user's value of each of ``fields`` (read from ``mine``) beside the saved one."""
    if row is None:
        if not what:
            raise ConcurrentEdit(CONCURRENT_TEXT)
        raise ConcurrentEdit(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{what} er slettet af en anden; en anden har gemt ændringer i borgerens plan, efter du åbnede den; "
                "dine ændringer er ikke gemt. Luk og åbn borgeren igen for at se den nyeste udgave, og indtast dine "
                "ændringer igen",
            ).format(what=what)
        )
    if row.version != expected:
        if not what:
            raise ConcurrentEdit(CONCURRENT_TEXT)
        clashes = [(f, _value(mine, f), getattr(row, f)) for f in fields if _value(mine, f) != getattr(row, f)]
        raise ConcurrentEdit(concurrent_edit_text(what, row.updated_by, row.updated_at, clashes))


def _value(mine: Any, fld: str) -> Any:
    return mine.get(fld) if isinstance(mine, dict) else getattr(mine, fld, None)


def _set_role(
    s: Session,
    actor: Actor,
    citizen_id: uuid.UUID,
    role: str,
    staff_id: uuid.UUID | None,
    today: dt.date,
    reason: str,
    **extra: Any,
) -> None:
    """End the current assignment of ``role`` and start one for ``staff_id`` from today (None: just end it)."""
    current = _current_assignment(s, citizen_id, role, today)
    old_staff = s.get(Staff, current.staff_id) if current is not None else None
    new_staff = s.get(Staff, staff_id) if staff_id is not None else None
    if staff_id is not None and (new_staff is None or not new_staff.active or new_staff.role != "sagsbehandler"):
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "den valgte medarbejder er ikke en aktiv sagsbehandler"))
    if current is not None and new_staff is not None and current.staff_id == new_staff.id:
        return
    if current is not None:
        if current.start < today:
            current.end = today - dt.timedelta(days=1)
        elif new_staff is not None:
            s.delete(current)  # started today: the choice is simply corrected
        else:
            current.end = today
        current.updated_by = actor.initials
    if new_staff is not None:
        s.add(
            Assignment(citizen_id=citizen_id, staff_id=new_staff.id, role=role, start=today, updated_by=actor.initials)
        )
    _audit_change(
        s,
        actor,
        "update",
        "assignment",
        citizen_id,
        citizen_id,
        role,
        old_staff.initials if old_staff else None,
        new_staff.initials if new_staff else None,
        reason,
        **extra,
    )


def _plan_row(s: Session, actor: Actor, citizen_id: uuid.UUID) -> Plan:
    plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
    if plan is None:
        plan = Plan(id=uuid.uuid4(), citizen_id=citizen_id, updated_by=actor.initials)
        s.add(plan)
    return plan


def _lock_citizen(s: Session, citizen_id: uuid.UUID) -> uuid.UUID | None:
    """One writer per citizen at a time: on PostgreSQL the citizen's row is locked (``FOR UPDATE``) until the
    transaction ends, so a second save of the same citizen waits, then reads the first one's rows and is refused by
    the version counters with who and when (two first saves would otherwise both insert the plan row). SQLite's
    ``BEGIN IMMEDIATE`` already lets one writer in at a time. None when the citizen is gone (or hidden)."""
    return s.scalar(select(Citizen.id).where(Citizen.id == citizen_id).with_for_update())


def save_plan(
    db: Database, actor: Actor, citizen_id: uuid.UUID, edits: PlanEdits, reason: str = "", today: dt.date | None = None
) -> CitizenOverview:
    """Write every pending plan edit in one transaction, with one audit row per changed value (old and new)."""
    today = today or dt.date.today()
    try:
        with db.write() as s:
            logged = check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
            _lock_citizen(s, citizen_id)
            if edits.empty:
                return _build_overview(s, actor, citizen_id, logged, today)
            _validate(s, edits)
            with s.no_autoflush:
                changes = _apply_edits(s, actor, citizen_id, edits)
                _delete_draft(s, actor, citizen_id)  # saved: the kept copy of the unsaved edits goes
            s.flush()  # one UPDATE per row: each version counter moves by one
            for action, entity, entity_id, fld, old, new, extra in changes:
                _audit_change(s, actor, action, entity, entity_id, citizen_id, fld, old, new, logged, **extra)
            if edits.coordinator:
                _set_role(s, actor, citizen_id, "koordinerende", edits.coordinator[0], today, logged)
            s.flush()
            return _build_overview(s, actor, citizen_id, logged, today)
    except StaleDataError as err:
        raise ConcurrentEdit(CONCURRENT_TEXT) from err


_Change = tuple[str, str, uuid.UUID, str, Any, Any, dict[str, Any]]


def _apply_edits(s: Session, actor: Actor, citizen_id: uuid.UUID, edits: PlanEdits) -> list[_Change]:
    """Apply the edits to the session's rows (no flush); return the audit rows to write: what changed, old, new."""
    ini = actor.initials
    out: list[_Change] = []
    added: dict[uuid.UUID, SubGoal] = {}  # the screen's key of an added sub-goal -> its new row
    if edits.plan:
        plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
        if plan is None:
            if edits.plan_version != 0:
                raise ConcurrentEdit(CONCURRENT_TEXT)
            plan = _plan_row(s, actor, citizen_id)
        else:
            _check_version(
                plan,
                edits.plan_version,
                QT_TRANSLATE_NOOP("Meddelelser", "Planen"),
                dict(edits.plan),
                tuple(f for f, _ in edits.plan),
            )
        for fld, new in edits.plan:
            old = getattr(plan, fld)
            if old != new:
                setattr(plan, fld, new)
                out.append(("update", "plan", plan.id, fld, old, new, {}))
        plan.updated_by = ini
    for g in edits.subgoals_removed:
        row = s.get(SubGoal, g.id)
        _check_version(row, g.version)
        assert row is not None
        old_v = {"text": row.text, "status": SUBGOAL_STATUS_LABELS.get(row.status, row.status)}
        out.append(("delete", "sub_goal", row.id, "delmaal", old_v, None, {}))
        s.delete(row)
    for g in edits.subgoals_changed:
        row = s.get(SubGoal, g.id)
        _check_version(
            row, g.version, QT_TRANSLATE_NOOP("Meddelelser", "Delmålet «{text}»").format(text=g.text), g, SUBGOAL_FIELDS
        )
        assert row is not None
        for fld in SUBGOAL_FIELDS:
            old, new = getattr(row, fld), getattr(g, fld)
            if old != new:
                setattr(row, fld, new)
                if fld == "status":
                    old, new = SUBGOAL_STATUS_LABELS.get(old, old), SUBGOAL_STATUS_LABELS.get(new, new)
                out.append(("update", "sub_goal", row.id, fld, old, new, {"delmaal": g.text}))
        row.updated_by = ini
    if edits.subgoals_added:
        positions = s.scalars(select(SubGoal.position).where(SubGoal.citizen_id == citizen_id)).all()
        pos = max(positions, default=-1) + 1
        for g in edits.subgoals_added:
            row = SubGoal(
                id=uuid.uuid4(),
                citizen_id=citizen_id,
                position=pos,
                text=g.text,
                status=g.status,
                start=g.start,
                deadline=g.deadline,
                updated_by=ini,
            )
            pos += 1
            s.add(row)
            added[g.id] = row
            new_v = {
                "text": g.text,
                "status": g.status_label,
                "start": iso_date(g.start),
                "deadline": iso_date(g.deadline),
            }
            out.append(("create", "sub_goal", row.id, "delmaal", None, new_v, {}))
    if edits.subgoal_order:
        out.extend(_reorder_subgoals(s, citizen_id, edits, added))
    for e in edits.efforts_removed:
        erow = s.get(Effort, e.id)
        _check_version(erow, e.version)
        assert erow is not None
        out.append(("delete", "effort", erow.id, "indsats", effort_summary(e), None, {}))
        s.delete(erow)
    for e in edits.efforts_changed:
        erow = s.get(Effort, e.id)
        _check_version(
            erow, e.version, f"Indsatsen «{e.category_label}»", e, tuple(f for f in EFFORT_FIELDS if f != "company_id")
        )
        assert erow is not None
        for fld in EFFORT_FIELDS:
            old, new = getattr(erow, fld), getattr(e, fld)
            if old != new:
                setattr(erow, fld, new)
                name = "company" if fld == "company_id" else fld
                out.append(
                    (
                        "update",
                        "effort",
                        erow.id,
                        name,
                        _effort_value(s, fld, old),
                        _effort_value(s, fld, new),
                        {"indsats": e.category_label},
                    )
                )
        erow.updated_by = ini
    for e in edits.efforts_added:
        erow = Effort(
            id=uuid.uuid4(),
            citizen_id=citizen_id,
            category=e.category,
            responsible=e.responsible,
            company_id=e.company_id,
            start=e.start,
            end=e.end,
            hours_per_week=e.hours_per_week,
            note=e.note,
            updated_by=ini,
        )
        s.add(erow)
        out.append(("create", "effort", erow.id, "indsats", None, effort_summary(e), {}))
    return out


def _reorder_subgoals(
    s: Session, citizen_id: uuid.UUID, edits: PlanEdits, added: dict[uuid.UUID, SubGoal]
) -> list[_Change]:
    """Number the sub-goals 0, 1, 2 ... in the draft's order (the ``position`` field); one audit row, the texts in
    the old and the new order. A moved row must still be at the version it was read at."""
    removed = {g.id for g in edits.subgoals_removed}
    saved = list(
        s.scalars(
            select(SubGoal).where(SubGoal.citizen_id == citizen_id).order_by(SubGoal.position, SubGoal.created_at)
        )
    )
    before = [g.text for g in saved if g.id not in removed]
    wanted = [g for g in edits.subgoal_order if g.id not in removed]
    for pos, g in enumerate(wanted):
        row = added[g.id] if g.id in added else s.get(SubGoal, g.id)
        if row is None or row.citizen_id != citizen_id:
            raise ConcurrentEdit(CONCURRENT_TEXT)
        if g.id not in added and row.position != pos:
            _check_version(row, g.version)
        if row.position != pos:
            row.position = pos
    texts = [g.text for g in wanted]
    if before + [g.text for g in edits.subgoals_added] == texts:
        return []
    return [("update", "sub_goal", citizen_id, "raekkefoelge", before, texts, {})]


def _effort_value(s: Session, fld: str, value: Any) -> Any:
    if fld == "company_id" and value is not None:
        c = s.get(Company, value)
        return f"{c.name} ({c.cvr})" if c is not None else str(value)
    if fld == "category":
        return EFFORT_CATEGORY_LABELS.get(value, value)
    if fld == "responsible":
        return RESPONSIBLE_UNIT_LABELS.get(value, value)
    return value


def handover(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    to_staff_id: uuid.UUID,
    note: str,
    reason: str = "",
    *,
    move_coordinator: bool = False,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Overdragelse: move the citizen to another caseworker, with a note the receiver sees first.

    The current ``primaer`` assignment ends yesterday (today, when it started today) and the receiver's starts today,
    so it counts as a caseworker change. With ``move_coordinator`` the coordinating role moves along.
    """
    today = today or dt.date.today()
    note = note.strip()
    if not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "skriv et overdragelsesnotat til den nye sagsbehandler"))
    if len(note) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "overdragelsesnotatet må højst have {max_text} tegn").format(
                max_text=MAX_TEXT
            )
        )
    try:
        with db.write() as s:
            logged = check_citizen_access(s, actor, citizen_id, reason, Permission.HANDOVER)
            receiver = s.get(Staff, to_staff_id)
            if receiver is None or not receiver.active or receiver.role != "sagsbehandler":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Meddelelser", "borgeren kan kun overdrages til en aktiv sagsbehandler")
                )
            current = _current_assignment(s, citizen_id, "primaer", today)
            if current is not None and current.staff_id == receiver.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Meddelelser", "{name} er allerede borgerens sagsbehandler").format(
                        name=receiver.name
                    )
                )
            _set_role(s, actor, citizen_id, "primaer", receiver.id, today, logged, overdragelsesnotat=note)
            if move_coordinator:
                coord = _current_assignment(s, citizen_id, "koordinerende", today)
                if coord is None or current is None or coord.staff_id == current.staff_id:
                    _set_role(s, actor, citizen_id, "koordinerende", receiver.id, today, logged)
            plan = _plan_row(s, actor, citizen_id)
            plan.handover_note = note
            plan.handover_from = actor.initials
            plan.updated_by = actor.initials
            s.add(
                Note(
                    citizen_id=citizen_id,
                    date=today,
                    kind="overdragelse",
                    text=note,
                    author=actor.initials,
                    updated_by=actor.initials,
                )
            )
            s.flush()
            return _build_overview(s, actor, citizen_id, logged, today)
    except StaleDataError as err:
        raise ConcurrentEdit(CONCURRENT_TEXT) from err


def acknowledge_handover(
    db: Database, actor: Actor, citizen_id: uuid.UUID, reason: str = "", today: dt.date | None = None
) -> CitizenOverview:
    """The receiving caseworker has read the handover note: the banner goes away (the note stays in the notes)."""
    today = today or dt.date.today()
    try:
        with db.write() as s:
            logged = check_citizen_access(s, actor, citizen_id, reason)
            plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
            if plan is None or not plan.handover_note:
                return _build_overview(s, actor, citizen_id, logged, today)
            current = _current_assignment(s, citizen_id, "primaer", today)
            if current is None or current.staff_id != actor.staff_id:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "kun den sagsbehandler, borgeren er overdraget til, kan kvittere for notatet"
                    )
                )
            _audit_change(
                s, actor, "update", "plan", plan.id, citizen_id, "handover_note", plan.handover_note, "(læst)", logged
            )
            plan.handover_note = ""
            plan.handover_from = None
            plan.updated_by = actor.initials
            s.flush()
            return _build_overview(s, actor, citizen_id, logged, today)
    except StaleDataError as err:
        raise ConcurrentEdit(CONCURRENT_TEXT) from err


def add_note(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    text: str,
    kind: str = "note",
    reason: str = "",
    today: dt.date | None = None,
) -> CitizenOverview:
    """A journal or meeting note (kind ``note`` or ``moede``)."""
    today = today or dt.date.today()
    text = text.strip()
    if kind not in ("note", "moede"):
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "ukendt notattype {kind!r}").format(kind=kind))
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "notatet er tomt"))
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "notatet må højst have {max_text} tegn").format(max_text=MAX_TEXT)
        )
    with db.write() as s:
        logged = check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
        n = Note(
            citizen_id=citizen_id, date=today, kind=kind, text=text, author=actor.initials, updated_by=actor.initials
        )
        s.add(n)
        s.flush()
        _audit_change(s, actor, "create", "note", n.id, citizen_id, "notat", None, text, logged)
        return _build_overview(s, actor, citizen_id, logged, today)


def record_print(db: Database, actor: Actor, citizen_id: uuid.UUID, reason: str = "", target: str = "pdf") -> None:
    """Audit that "Min plan" was printed or saved as PDF (``target``: ``pdf`` or ``printer``)."""
    with db.write() as s:
        logged = check_citizen_access(s, actor, citizen_id, reason)
        audit.record(
            s,
            actor.initials,
            "print",
            entity="plan",
            entity_id=citizen_id,
            citizen_ref=citizen_id,
            reason=logged,
            details={"field": "min_plan", "old": None, "new": target},
        )


# -- benefit periods and exits (Forløb) ---------------------------------------------------------------------------


@contextmanager
def _citizen_edit(
    db: Database, actor: Actor, citizen_id: uuid.UUID, reason: str | None
) -> Iterator[tuple[Session, str]]:
    """One edit of a citizen's course: one write transaction, the citizen must exist, the actor may edit it (the
    reason logged when outside the caseload); a row changed meanwhile by someone else is :class:`ConcurrentEdit`."""
    try:
        with db.write() as s:
            if _lock_citizen(s, citizen_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (den kan være slettet)"))
            yield s, check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
    except StaleDataError as err:
        raise ConcurrentEdit(CONCURRENT_TEXT) from err


def add_benefit_period(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    target_group: str,
    start: dt.date,
    end: dt.date | None = None,
    reason: str = "",
    *,
    end_current: bool = True,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Ny ydelse: a benefit period (target group, from, optional to).

    With ``end_current`` (the default) an open period that started before ``start`` ends the day before ``start``.
    A new period may not overlap a period that is still registered (the caseworker ends it first).
    """
    today = today or dt.date.today()
    if target_group not in TARGET_GROUPS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt målgruppe {target_group!r}").format(target_group=target_group)
        )
    if end is not None and end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "til-datoen ligger før fra-datoen"))
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        periods = list(s.scalars(select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id)))
        ended: list[tuple[BenefitPeriod, dt.date | None]] = []
        for b in periods:
            if end_current and b.end is None and b.start < start:
                ended.append((b, b.end))
                b.end = start - dt.timedelta(days=1)
                b.updated_by = actor.initials
            if b.start <= (end or dt.date.max) and start <= (b.end or dt.date.max):
                label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
                overlap = (
                    QT_TRANSLATE_NOOP(
                        "Meddelelser",
                        "den nye ydelse overlapper {label} fra {start} til {end}; afslut den først, eller vælg andre "
                        "datoer",
                    )
                    if b.end
                    else QT_TRANSLATE_NOOP(
                        "Meddelelser",
                        "den nye ydelse overlapper {label} fra {start} (i gang); afslut den først, eller vælg andre "
                        "datoer",
                    )
                )
                raise ValidationError(
                    overlap.format(label=label, start=format_date(b.start), end=format_date(b.end) if b.end else "")
                )
        row = BenefitPeriod(
            citizen_id=citizen_id, target_group=target_group, start=start, end=end, updated_by=actor.initials
        )
        s.add(row)
        s.flush()
        for b, old_end in ended:
            _audit_period_end(s, actor, citizen_id, b, old_end, b.end, logged)
        _audit_change(
            s,
            actor,
            "create",
            "benefit_period",
            row.id,
            citizen_id,
            "ydelse",
            None,
            {"target_group": TARGET_GROUP_LABELS.get(target_group, target_group), "start": start, "end": end},
            logged,
            target_group=target_group,
        )
        return _build_overview(s, actor, citizen_id, logged, today)


def register_exit(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    date: dt.date,
    exit_type: str,
    reason: str = "",
    *,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Registrér afgang: the exit (date and type); every open benefit period ends that day."""
    today = today or dt.date.today()
    if exit_type not in EXIT_TYPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt afgangstype {exit_type!r}").format(exit_type=exit_type)
        )
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        open_periods = list(
            s.scalars(select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id, BenefitPeriod.end.is_(None)))
        )
        for b in open_periods:
            if b.start > date:
                label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "ydelsen {label} starter {start}, efter afgangsdatoen {date}"
                    ).format(label=label, start=format_date(b.start), date=format_date(date))
                )
        row = Exit(citizen_id=citizen_id, date=date, type=exit_type, updated_by=actor.initials)
        s.add(row)
        for b in open_periods:
            b.end = date
            b.updated_by = actor.initials
        s.flush()
        _audit_change(
            s,
            actor,
            "create",
            "exit",
            row.id,
            citizen_id,
            "afgang",
            None,
            {"start": date, "type": EXIT_TYPE_LABELS.get(exit_type, exit_type)},
            logged,
            exit_type=exit_type,
        )
        for b in open_periods:
            _audit_period_end(s, actor, citizen_id, b, None, date, logged)
        return _build_overview(s, actor, citizen_id, logged, today)


MAX_DELETION_REASON = 500


def _deletion_reason(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "skriv en begrundelse for sletningen"))
    if len(text) > MAX_DELETION_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "begrundelsen må højst have {max_deletion_reason} tegn").format(
                max_deletion_reason=MAX_DELETION_REASON
            )
        )
    return text


def _course_row(s: Session, table: type[BenefitPeriod] | type[Exit], row_id: uuid.UUID, citizen_id: uuid.UUID) -> Any:
    row: Any = s.get(table, row_id)
    if row is None or row.citizen_id != citizen_id:
        raise ConcurrentEdit(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "rækken findes ikke længere (en anden kan have slettet den); luk og åbn borgeren igen for "
                "at se forløbet",
            )
        )
    return row


def _check_overlap(periods: list[BenefitPeriod], start: dt.date, end: dt.date | None, what: str) -> None:
    for b in periods:
        if b.start <= (end or dt.date.max) and start <= (b.end or dt.date.max):
            label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
            overlap = (
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{what} overlapper {label} fra {start} til {end}; ret den først, eller vælg andre datoer",
                )
                if b.end
                else QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{what} overlapper {label} fra {start} (i gang); ret den først, eller vælg andre datoer",
                )
            )
            raise ValidationError(
                overlap.format(
                    what=what, label=label, start=format_date(b.start), end=format_date(b.end) if b.end else ""
                )
            )


def update_benefit_period(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    period_id: uuid.UUID,
    version: int,
    target_group: str,
    start: dt.date,
    end: dt.date | None = None,
    reason: str = "",
    *,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Ret ydelse: correct a registered benefit period (target group, from, to), read at ``version``.

    The corrected period may not overlap another registered period. One audit row per changed value (old and new).
    """
    today = today or dt.date.today()
    if target_group not in TARGET_GROUPS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt målgruppe {target_group!r}").format(target_group=target_group)
        )
    if end is not None and end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "til-datoen ligger før fra-datoen"))
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        row = _course_row(s, BenefitPeriod, period_id, citizen_id)
        _check_version(row, version)
        others = list(
            s.scalars(
                select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id, BenefitPeriod.id != period_id)
            )
        )
        _check_overlap(others, start, end, QT_TRANSLATE_NOOP("Meddelelser", "den rettede ydelse"))
        changes: list[tuple[str, Any, Any]] = [
            (fld, getattr(row, fld), new)
            for fld, new in (("target_group", target_group), ("start", start), ("end", end))
            if getattr(row, fld) != new
        ]
        if not changes:
            return _build_overview(s, actor, citizen_id, logged, today)
        old_group = row.target_group
        row.target_group, row.start, row.end = target_group, start, end
        row.updated_by = actor.initials
        s.flush()
        for fld, old, new in changes:
            if fld == "target_group":
                old, new = TARGET_GROUP_LABELS.get(old, old), TARGET_GROUP_LABELS.get(new, new)
            _audit_change(
                s,
                actor,
                "update",
                "benefit_period",
                row.id,
                citizen_id,
                fld,
                old,
                new,
                logged,
                target_group=old_group,
            )
        return _build_overview(s, actor, citizen_id, logged, today)


def delete_benefit_period(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    period_id: uuid.UUID,
    version: int,
    deletion_reason: str,
    reason: str = "",
    *,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Slet ydelse: delete a benefit period registered by mistake; ``deletion_reason`` (required) is logged."""
    today = today or dt.date.today()
    why = _deletion_reason(deletion_reason)
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        row = _course_row(s, BenefitPeriod, period_id, citizen_id)
        _check_version(row, version)
        old = {
            "target_group": TARGET_GROUP_LABELS.get(row.target_group, row.target_group),
            "start": row.start,
            "end": row.end,
        }
        _audit_change(
            s,
            actor,
            "delete",
            "benefit_period",
            row.id,
            citizen_id,
            "ydelse",
            old,
            None,
            logged,
            target_group=row.target_group,
            begrundelse=why,
        )
        s.delete(row)
        s.flush()
        return _build_overview(s, actor, citizen_id, logged, today)


def update_exit(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    exit_id: uuid.UUID,
    version: int,
    date: dt.date,
    exit_type: str,
    reason: str = "",
    *,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Ret afgang: correct an exit's date and type, read at ``version``.

    Benefit periods that ended on the old exit date (the exit ended them) move to the new date.
    """
    today = today or dt.date.today()
    if exit_type not in EXIT_TYPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt afgangstype {exit_type!r}").format(exit_type=exit_type)
        )
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        row = _course_row(s, Exit, exit_id, citizen_id)
        _check_version(row, version)
        old_date, old_type = row.date, row.type
        if (old_date, old_type) == (date, exit_type):
            return _build_overview(s, actor, citizen_id, logged, today)
        moved: list[BenefitPeriod] = []
        if date != old_date:
            ended = select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id, BenefitPeriod.end == old_date)
            for b in s.scalars(ended):
                if b.start > date:
                    label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Meddelelser", "ydelsen {label} starter {start}, efter afgangsdatoen {date}"
                        ).format(label=label, start=format_date(b.start), date=format_date(date))
                    )
                moved.append(b)
        row.date, row.type = date, exit_type
        row.updated_by = actor.initials
        for b in moved:
            b.end = date
            b.updated_by = actor.initials
        s.flush()
        if date != old_date:
            _audit_change(
                s,
                actor,
                "update",
                "exit",
                row.id,
                citizen_id,
                "start",
                old_date,
                date,
                logged,
                exit_type=old_type,
            )
        if exit_type != old_type:
            _audit_change(
                s,
                actor,
                "update",
                "exit",
                row.id,
                citizen_id,
                "type",
                EXIT_TYPE_LABELS.get(old_type, old_type),
                EXIT_TYPE_LABELS.get(exit_type, exit_type),
                logged,
                exit_type=old_type,
            )
        for b in moved:
            _audit_period_end(s, actor, citizen_id, b, old_date, date, logged)
        return _build_overview(s, actor, citizen_id, logged, today)


def delete_exit(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    exit_id: uuid.UUID,
    version: int,
    deletion_reason: str,
    reason: str = "",
    *,
    today: dt.date | None = None,
) -> CitizenOverview:
    """Slet afgang: delete an exit registered by mistake; ``deletion_reason`` (required) is logged.

    Benefit periods the exit ended stay ended (correct them with :func:`update_benefit_period`)."""
    today = today or dt.date.today()
    why = _deletion_reason(deletion_reason)
    with _citizen_edit(db, actor, citizen_id, reason) as (s, logged):
        row = _course_row(s, Exit, exit_id, citizen_id)
        _check_version(row, version)
        old = {"start": row.date, "type": EXIT_TYPE_LABELS.get(row.type, row.type)}
        _audit_change(
            s,
            actor,
            "delete",
            "exit",
            row.id,
            citizen_id,
            "afgang",
            old,
            None,
            logged,
            exit_type=row.type,
            begrundelse=why,
        )
        s.delete(row)
        s.flush()
        return _build_overview(s, actor, citizen_id, logged, today)


# -- drafts: nothing typed is lost --------------------------------------------------------------------------------


def save_draft(db: Database, actor: Actor, citizen_id: uuid.UUID, draft: PlanDraft) -> None:
    """Keep the unsaved plan (called every few seconds while there are edits). Not audited: nothing is changed."""
    payload = draft.to_json()
    with db.write() as s:
        row = s.scalar(
            select(Draft).where(Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == "plan")
        )
        if row is None:
            s.add(Draft(citizen_id=citizen_id, user=actor.initials, kind="plan", payload=payload))
        else:
            row.payload = payload
            row.updated_at = utcnow()


def load_draft(db: Database, actor: Actor, citizen_id: uuid.UUID) -> PlanDraft | None:
    with db.read() as s:
        return _kept_draft(s, actor, citizen_id)


def discard_draft(db: Database, actor: Actor, citizen_id: uuid.UUID) -> None:
    with db.write() as s:
        _delete_draft(s, actor, citizen_id)


def _delete_draft(s: Session, actor: Actor, citizen_id: uuid.UUID) -> None:
    s.execute(delete(Draft).where(Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == "plan"))
