"""The citizen screen's services: open a citizen (the whole picture), save plan edits, handover, notes, history.

Every function is one user action: one ``with db.write()`` transaction that checks access with
:mod:`planner_gui.services.access` and writes its audit rows (``details``: ``field``, ``old``, ``new``) inside it.
The functions that change something return the fresh :class:`CitizenOverview`, built in the same transaction, so the
screen never needs a second (audited) read after a save.

Plan edits are collected by the screen as a :class:`PlanDraft` (the plan as the caseworker sees it, unsaved);
:func:`diff` turns the draft and the overview it started from into :class:`PlanEdits`, and :func:`save_plan` writes
them all in one transaction. Each edited row carries the version it was read at: when someone else saved it since,
the save is refused with :class:`~planner_gui.errors.ConcurrentEdit` and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.codes import (
    EFFORT_CATEGORIES,
    EFFORT_CATEGORY_LABELS,
    EXIT_TYPE_LABELS,
    EXIT_TYPES,
    RESPONSIBLE_UNIT_LABELS,
    RESPONSIBLE_UNITS,
    SUBGOAL_STATUS_LABELS,
    SUBGOAL_STATUSES,
    TARGET_GROUP_LABELS,
    TARGET_GROUPS,
)
from planner_gui.errors import ConcurrentEdit, NotFound, PermissionDenied, ValidationError
from planner_gui.services.access import Permission, can, check_citizen_access
from planner_gui.services.auth import Actor
from planner_gui.storage import audit
from planner_gui.storage.db import Database
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

MAX_TEXT = 4000
MAX_HOURS_PER_WEEK = 80.0
HOURS_RULE = 225.0  # the 225-hour rule: ordinary hours within 12 months
HISTORY_LIMIT = 500
CONCURRENT_TEXT = (
    "en anden har gemt ændringer i borgerens plan, efter du åbnede den; dine ændringer er ikke gemt. "
    "Luk og åbn borgeren igen for at se den nyeste udgave, og indtast dine ændringer igen"
)

EFFORT_STATUSES: tuple[str, ...] = ("planlagt", "i_gang", "afsluttet")
EFFORT_STATUS_LABELS: dict[str, str] = {"planlagt": "Planlagt", "i_gang": "I gang", "afsluttet": "Afsluttet"}

#: Danish names of plan fields, for the history and the audit log.
FIELD_LABELS: dict[str, str] = {
    "own_goal": "Borgerens eget mål",
    "job_goal": "Job- eller uddannelsesmål",
    "next_step": "Næste skridt",
    "next_meeting": "Næste møde",
    "handover_note": "Overdragelsesnotat",
    "koordinerende": "Koordinerende sagsbehandler",
    "primaer": "Sagsbehandler",
    "delmaal": "Delmål",
    "indsats": "Indsats",
    "notat": "Notat",
    "text": "Tekst",
    "status": "Status",
    "start": "Start",
    "deadline": "Frist",
    "category": "Kategori",
    "responsible": "Ansvarlig",
    "company": "Virksomhed",
    "end": "Slut",
    "hours_per_week": "Timer pr. uge",
    "note": "Bemærkning",
    "min_plan": "Min plan",
    "ydelse": "Ydelse",
    "target_group": "Målgruppe",
    "afgang": "Afgang",
    "type": "Type",
}
PLAN_FIELDS: tuple[str, ...] = ("own_goal", "job_goal", "next_step", "next_meeting")
SUBGOAL_FIELDS: tuple[str, ...] = ("text", "status", "start", "deadline")
EFFORT_FIELDS: tuple[str, ...] = ("category", "responsible", "company_id", "start", "end", "hours_per_week", "note")


def effort_status(start: dt.date, end: dt.date | None, today: dt.date) -> str:
    """``planlagt`` before the start, ``afsluttet`` after the end, ``i_gang`` in between (both days included)."""
    if start > today:
        return "planlagt"
    if end is not None and end < today:
        return "afsluttet"
    return "i_gang"


def format_date(d: dt.date | None) -> str:
    """dd-mm-åååå, or '' for no date."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d is not None else ""


# -- plain rows ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffRef:
    id: uuid.UUID
    initials: str
    name: str
    team: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.initials})" + (f", {self.team}" if self.team else "")


@dataclass(frozen=True)
class SubGoalRow:
    """A sub-goal (delmål). ``version`` 0 means not saved yet (``id`` is then a key made by the screen)."""

    id: uuid.UUID
    text: str
    status: str = "ikke_startet"
    start: dt.date | None = None
    deadline: dt.date | None = None
    version: int = 0

    @property
    def status_label(self) -> str:
        return SUBGOAL_STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class EffortRow:
    """An effort (indsats) from any department. ``version`` 0 means not saved yet."""

    id: uuid.UUID
    category: str
    responsible: str
    start: dt.date
    end: dt.date | None = None
    hours_per_week: float | None = None
    company_id: uuid.UUID | None = None
    company_cvr: str = ""
    company_name: str = ""
    note: str = ""
    version: int = 0

    def status(self, today: dt.date) -> str:
        return effort_status(self.start, self.end, today)

    @property
    def category_label(self) -> str:
        return EFFORT_CATEGORY_LABELS.get(self.category, self.category)

    @property
    def responsible_label(self) -> str:
        return RESPONSIBLE_UNIT_LABELS.get(self.responsible, self.responsible)

    @property
    def company_label(self) -> str:
        return f"{self.company_name} ({self.company_cvr})" if self.company_cvr else ""


@dataclass(frozen=True)
class PlanFields:
    own_goal: str = ""
    job_goal: str = ""
    next_step: str = ""
    next_meeting: dt.date | None = None


@dataclass(frozen=True)
class Handover:
    """A handover note not yet acknowledged by the receiving caseworker."""

    note: str
    from_initials: str
    from_name: str
    to_initials: str
    to_name: str
    for_me: bool  # the user looking is the receiver (and may acknowledge it)


@dataclass(frozen=True)
class BenefitRow:
    target_group: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class AssignmentRow:
    initials: str
    name: str
    team: str
    role: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class ExitRow:
    date: dt.date
    type: str


@dataclass(frozen=True)
class HoursMonth:
    month: dt.date  # first day of the month
    hours: float
    rolling_12: float  # this month and the eleven before
    below_rule: bool  # rolling_12 < 225


@dataclass(frozen=True)
class Course:
    """Forløb: what has happened to the citizen over time."""

    benefits: tuple[BenefitRow, ...]
    assignments: tuple[AssignmentRow, ...]
    caseworker_changes: int
    exits: tuple[ExitRow, ...]
    hours: tuple[HoursMonth, ...]


@dataclass(frozen=True)
class HistoryRow:
    ts: dt.datetime  # UTC
    user: str
    user_name: str
    action: str
    entity: str
    field: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class NoteRow:
    date: dt.date
    kind: str
    text: str
    author: str


@dataclass(frozen=True)
class CitizenOverview:
    """Everything the citizen screen shows, as plain values."""

    citizen_id: uuid.UUID
    cpr: str  # DDMMYY-SSSS
    first_name: str
    last_name: str
    plan: PlanFields
    plan_version: int  # 0 when the citizen has no plan row yet
    subgoals: tuple[SubGoalRow, ...]
    efforts: tuple[EffortRow, ...]
    coordinator: StaffRef | None
    primary: StaffRef | None
    handover: Handover | None
    target_group: str | None
    course: Course
    history: tuple[HistoryRow, ...]
    notes: tuple[NoteRow, ...]
    reason: str  # the reason the user gave to open the citizen ('' for their own caseload)
    can_edit: bool
    today: dt.date
    kept_draft: PlanDraft | None = None  # the user's unsaved edits kept from last time (see save_draft)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def draft(self) -> PlanDraft:
        return PlanDraft(
            self.plan, self.subgoals, self.efforts, self.coordinator.id if self.coordinator is not None else None
        )


@dataclass(frozen=True)
class PlanDraft:
    """The plan as the screen holds it, with unsaved edits."""

    plan: PlanFields
    subgoals: tuple[SubGoalRow, ...]
    efforts: tuple[EffortRow, ...]
    coordinator_id: uuid.UUID | None

    def to_json(self) -> str:
        def sg(r: SubGoalRow) -> dict[str, Any]:
            return {
                "id": str(r.id),
                "text": r.text,
                "status": r.status,
                "start": _iso(r.start),
                "deadline": _iso(r.deadline),
                "version": r.version,
            }

        def ef(r: EffortRow) -> dict[str, Any]:
            return {
                "id": str(r.id),
                "category": r.category,
                "responsible": r.responsible,
                "start": _iso(r.start),
                "end": _iso(r.end),
                "hours_per_week": r.hours_per_week,
                "company_id": str(r.company_id) if r.company_id else None,
                "company_cvr": r.company_cvr,
                "company_name": r.company_name,
                "note": r.note,
                "version": r.version,
            }

        return json.dumps(
            {
                "plan": {
                    "own_goal": self.plan.own_goal,
                    "job_goal": self.plan.job_goal,
                    "next_step": self.plan.next_step,
                    "next_meeting": _iso(self.plan.next_meeting),
                },
                "subgoals": [sg(r) for r in self.subgoals],
                "efforts": [ef(r) for r in self.efforts],
                "coordinator_id": str(self.coordinator_id) if self.coordinator_id else None,
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str) -> PlanDraft:
        d = json.loads(text)
        p = d["plan"]
        return PlanDraft(
            PlanFields(p["own_goal"], p["job_goal"], p["next_step"], _date(p["next_meeting"])),
            tuple(
                SubGoalRow(
                    uuid.UUID(r["id"]),
                    r["text"],
                    r["status"],
                    _date(r["start"]),
                    _date(r["deadline"]),
                    int(r["version"]),
                )
                for r in d["subgoals"]
            ),
            tuple(
                EffortRow(
                    uuid.UUID(r["id"]),
                    r["category"],
                    r["responsible"],
                    _req_date(r["start"]),
                    _date(r["end"]),
                    r["hours_per_week"],
                    uuid.UUID(r["company_id"]) if r["company_id"] else None,
                    r["company_cvr"],
                    r["company_name"],
                    r["note"],
                    int(r["version"]),
                )
                for r in d["efforts"]
            ),
            uuid.UUID(d["coordinator_id"]) if d["coordinator_id"] else None,
        )


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _req_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True)
class PlanEdits:
    """What a save changes; every changed or removed row carries the version it was read at."""

    plan_version: int = 0
    plan: tuple[tuple[str, Any], ...] = ()  # (field, new value)
    subgoals_added: tuple[SubGoalRow, ...] = ()
    subgoals_changed: tuple[SubGoalRow, ...] = ()
    subgoals_removed: tuple[SubGoalRow, ...] = ()
    efforts_added: tuple[EffortRow, ...] = ()
    efforts_changed: tuple[EffortRow, ...] = ()
    efforts_removed: tuple[EffortRow, ...] = ()
    coordinator: tuple[uuid.UUID | None, ...] = field(default=())  # () = unchanged, (id,) = set to id

    @property
    def empty(self) -> bool:
        return not (
            self.plan
            or self.subgoals_added
            or self.subgoals_changed
            or self.subgoals_removed
            or self.efforts_added
            or self.efforts_changed
            or self.efforts_removed
            or self.coordinator
        )


def diff(base: CitizenOverview, draft: PlanDraft) -> PlanEdits:
    """The edits that turn the saved plan ``base`` into ``draft``."""
    plan = tuple((f, getattr(draft.plan, f)) for f in PLAN_FIELDS if getattr(draft.plan, f) != getattr(base.plan, f))
    old_sg = {r.id: r for r in base.subgoals}
    new_sg = {r.id: r for r in draft.subgoals}
    old_ef = {r.id: r for r in base.efforts}
    new_ef = {r.id: r for r in draft.efforts}
    base_coord = base.coordinator.id if base.coordinator is not None else None
    return PlanEdits(
        plan_version=base.plan_version,
        plan=plan,
        subgoals_added=tuple(r for r in draft.subgoals if r.id not in old_sg),
        subgoals_changed=tuple(
            r for r in draft.subgoals if r.id in old_sg and _sg_values(r) != _sg_values(old_sg[r.id])
        ),
        subgoals_removed=tuple(r for r in base.subgoals if r.id not in new_sg),
        efforts_added=tuple(r for r in draft.efforts if r.id not in old_ef),
        efforts_changed=tuple(r for r in draft.efforts if r.id in old_ef and _ef_values(r) != _ef_values(old_ef[r.id])),
        efforts_removed=tuple(r for r in base.efforts if r.id not in new_ef),
        coordinator=(draft.coordinator_id,) if draft.coordinator_id != base_coord else (),
    )


def _sg_values(r: SubGoalRow) -> tuple[Any, ...]:
    return tuple(getattr(r, f) for f in SUBGOAL_FIELDS)


def _ef_values(r: EffortRow) -> tuple[Any, ...]:
    return tuple(getattr(r, f) for f in EFFORT_FIELDS)


# -- reading ------------------------------------------------------------------------------------------------------


def _staff_ref(st: Staff) -> StaffRef:
    return StaffRef(st.id, st.initials, st.name, st.team)


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


def _hours_months(rows: Sequence[tuple[dt.date, float]], today: dt.date) -> tuple[HoursMonth, ...]:
    if not rows:
        return ()
    by_month: dict[dt.date, float] = {}
    for m, h in rows:
        key = dt.date(m.year, m.month, 1)
        by_month[key] = by_month.get(key, 0.0) + h
    first, last = min(by_month), max(by_month)
    this_month = dt.date(today.year, today.month, 1)
    stop = max(last, min(this_month, _add_months(last, 12)))
    out: list[HoursMonth] = []
    window: list[float] = []
    m = first
    while m <= stop:
        h = by_month.get(m, 0.0)
        window.append(h)
        if len(window) > 12:
            window.pop(0)
        total = sum(window)
        out.append(HoursMonth(m, h, total, total < HOURS_RULE))
        m = _add_months(m, 1)
    return tuple(out)


def _add_months(d: dt.date, months: int) -> dt.date:
    k = d.month - 1 + months
    return dt.date(d.year + k // 12, k % 12 + 1, 1)


def _fmt_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (_SUMMARY_ORDER.index(k) if k in _SUMMARY_ORDER else 99, k))
        return "; ".join(
            f"{FIELD_LABELS.get(k, k)}: {_fmt_value(value[k])}" for k in keys if value[k] not in (None, "")
        )
    return str(value)


_SUMMARY_ORDER = (
    "target_group",
    "type",
    "text",
    "category",
    "responsible",
    "company",
    "status",
    "start",
    "end",
    "deadline",
    "hours_per_week",
)


def _history(s: Session, citizen_id: uuid.UUID) -> tuple[HistoryRow, ...]:
    q = (
        select(AuditEntry)
        .where(
            AuditEntry.citizen_ref == str(citizen_id), AuditEntry.action.in_(("create", "update", "delete", "print"))
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
                _fmt_value(d.get("old")),
                _fmt_value(d.get("new")),
                e.reason,
            )
        )
    return tuple(out)


def _build_overview(s: Session, actor: Actor, citizen_id: uuid.UUID, reason: str, today: dt.date) -> CitizenOverview:
    c = s.get(Citizen, citizen_id)
    if c is None:
        raise NotFound("borgeren findes ikke (den kan være slettet)")
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
            e.note,
            e.version,
        )
        for e, cvr, cname in s.execute(
            select(Effort, Company.cvr, Company.name)
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
        BenefitRow(b.target_group, b.start, b.end)
        for b in s.scalars(
            select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id).order_by(BenefitPeriod.start)
        )
    )
    current = next(
        (b.target_group for b in reversed(benefits) if b.start <= today and (b.end is None or b.end >= today)), None
    )
    exits = tuple(
        ExitRow(x.date, x.type)
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
        _hours_months(hours, today),
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

    Raises :class:`~planner_gui.services.access.ReasonRequired` when the citizen is outside the user's caseload and
    no reason is given.
    """
    today = today or dt.date.today()
    with db.write() as s:
        if s.get(Citizen, citizen_id) is None:
            raise NotFound("borgeren findes ikke (den kan være slettet)")
        logged = check_citizen_access(s, actor, citizen_id, reason)
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
        .order_by(Staff.name, Staff.initials)
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


def _check_text(errors: list[str], what: str, text: str, *, required: bool = False) -> None:
    if required and not text.strip():
        errors.append(f"{what}: skal udfyldes")
    if len(text) > MAX_TEXT:
        errors.append(f"{what}: højst {MAX_TEXT} tegn (har {len(text)})")


def _validate(s: Session, edits: PlanEdits) -> None:
    errors: list[str] = []
    for fld, value in edits.plan:
        if fld not in PLAN_FIELDS:
            errors.append(f"ukendt felt i planen: {fld!r}")
        elif fld == "next_meeting":
            if value is not None and not isinstance(value, dt.date):
                errors.append("Næste møde: skal være en dato")
        elif not isinstance(value, str):
            errors.append(f"{FIELD_LABELS[fld]}: skal være tekst")
        else:
            _check_text(errors, FIELD_LABELS[fld], value)
    for i, g in enumerate((*edits.subgoals_added, *edits.subgoals_changed), 1):
        where = f"Delmål {g.text[:30]!r}" if g.text.strip() else f"Delmål nr. {i}"
        _check_text(errors, where, g.text, required=True)
        if g.status not in SUBGOAL_STATUSES:
            errors.append(f"{where}: ukendt status {g.status!r}")
        if g.start is not None and g.deadline is not None and g.deadline < g.start:
            errors.append(f"{where}: fristen {format_date(g.deadline)} ligger før start {format_date(g.start)}")
    company_ids = {e.company_id for e in (*edits.efforts_added, *edits.efforts_changed) if e.company_id is not None}
    known = set(s.scalars(select(Company.id).where(Company.id.in_(company_ids)))) if company_ids else set()
    for e in (*edits.efforts_added, *edits.efforts_changed):
        where = f"Indsats {EFFORT_CATEGORY_LABELS.get(e.category, e.category)} fra {format_date(e.start)}"
        if e.category not in EFFORT_CATEGORIES:
            errors.append(f"{where}: ukendt kategori {e.category!r}")
        if e.responsible not in RESPONSIBLE_UNITS:
            errors.append(f"{where}: ukendt ansvarlig {e.responsible!r}")
        if e.end is not None and e.end < e.start:
            errors.append(f"{where}: slutdatoen {format_date(e.end)} ligger før start")
        if e.hours_per_week is not None and not 0 <= e.hours_per_week <= MAX_HOURS_PER_WEEK:
            errors.append(f"{where}: timer pr. uge skal være mellem 0 og {MAX_HOURS_PER_WEEK:g}")
        if e.company_id is not None and e.company_id not in known:
            errors.append(f"{where}: virksomheden findes ikke (registrér den først)")
        _check_text(errors, where, e.note)
    if errors:
        raise ValidationError(errors)


def _check_version(row: Any, expected: int) -> None:
    if row is None or row.version != expected:
        raise ConcurrentEdit(CONCURRENT_TEXT)


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
        raise ValidationError("den valgte medarbejder er ikke en aktiv sagsbehandler")
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


def save_plan(
    db: Database, actor: Actor, citizen_id: uuid.UUID, edits: PlanEdits, reason: str = "", today: dt.date | None = None
) -> CitizenOverview:
    """Write every pending plan edit in one transaction, with one audit row per changed value (old and new)."""
    today = today or dt.date.today()
    try:
        with db.write() as s:
            logged = check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
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
    if edits.plan:
        plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
        if plan is None:
            if edits.plan_version != 0:
                raise ConcurrentEdit(CONCURRENT_TEXT)
            plan = _plan_row(s, actor, citizen_id)
        else:
            _check_version(plan, edits.plan_version)
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
        _check_version(row, g.version)
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
            new_v = {"text": g.text, "status": g.status_label, "start": _iso(g.start), "deadline": _iso(g.deadline)}
            out.append(("create", "sub_goal", row.id, "delmaal", None, new_v, {}))
    for e in edits.efforts_removed:
        erow = s.get(Effort, e.id)
        _check_version(erow, e.version)
        assert erow is not None
        out.append(("delete", "effort", erow.id, "indsats", _effort_summary(e), None, {}))
        s.delete(erow)
    for e in edits.efforts_changed:
        erow = s.get(Effort, e.id)
        _check_version(erow, e.version)
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
        out.append(("create", "effort", erow.id, "indsats", None, _effort_summary(e), {}))
    return out


def _effort_summary(e: EffortRow) -> dict[str, Any]:
    return {
        "category": e.category_label,
        "responsible": e.responsible_label,
        "company": e.company_label or None,
        "start": _iso(e.start),
        "end": _iso(e.end),
        "hours_per_week": e.hours_per_week,
    }


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
        raise ValidationError("skriv et overdragelsesnotat til den nye sagsbehandler")
    if len(note) > MAX_TEXT:
        raise ValidationError(f"overdragelsesnotatet må højst have {MAX_TEXT} tegn")
    try:
        with db.write() as s:
            logged = check_citizen_access(s, actor, citizen_id, reason, Permission.HANDOVER)
            receiver = s.get(Staff, to_staff_id)
            if receiver is None or not receiver.active or receiver.role != "sagsbehandler":
                raise ValidationError("borgeren kan kun overdrages til en aktiv sagsbehandler")
            current = _current_assignment(s, citizen_id, "primaer", today)
            if current is not None and current.staff_id == receiver.id:
                raise ValidationError(f"{receiver.name} er allerede borgerens sagsbehandler")
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
                raise PermissionDenied("kun den sagsbehandler, borgeren er overdraget til, kan kvittere for notatet")
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
        raise ValidationError(f"ukendt notattype {kind!r}")
    if not text:
        raise ValidationError("notatet er tomt")
    if len(text) > MAX_TEXT:
        raise ValidationError(f"notatet må højst have {MAX_TEXT} tegn")
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
        raise ValidationError(f"ukendt målgruppe {target_group!r}")
    if end is not None and end < start:
        raise ValidationError("til-datoen ligger før fra-datoen")
    with db.write() as s:
        if s.get(Citizen, citizen_id) is None:
            raise NotFound("borgeren findes ikke (den kan være slettet)")
        logged = check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
        periods = list(s.scalars(select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id)))
        ended: list[tuple[BenefitPeriod, dt.date | None]] = []
        for b in periods:
            if end_current and b.end is None and b.start < start:
                ended.append((b, b.end))
                b.end = start - dt.timedelta(days=1)
                b.updated_by = actor.initials
            if b.start <= (end or dt.date.max) and start <= (b.end or dt.date.max):
                label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
                raise ValidationError(
                    f"den nye ydelse overlapper {label} fra {format_date(b.start)}"
                    + (f" til {format_date(b.end)}" if b.end else " (i gang)")
                    + "; afslut den først, eller vælg andre datoer"
                )
        row = BenefitPeriod(
            citizen_id=citizen_id, target_group=target_group, start=start, end=end, updated_by=actor.initials
        )
        s.add(row)
        s.flush()
        for b, old_end in ended:
            _audit_change(
                s,
                actor,
                "update",
                "benefit_period",
                b.id,
                citizen_id,
                "end",
                old_end,
                b.end,
                logged,
                target_group=b.target_group,
            )
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
        raise ValidationError(f"ukendt afgangstype {exit_type!r}")
    with db.write() as s:
        if s.get(Citizen, citizen_id) is None:
            raise NotFound("borgeren findes ikke (den kan være slettet)")
        logged = check_citizen_access(s, actor, citizen_id, reason, Permission.EDIT_PLAN)
        open_periods = list(
            s.scalars(select(BenefitPeriod).where(BenefitPeriod.citizen_id == citizen_id, BenefitPeriod.end.is_(None)))
        )
        for b in open_periods:
            if b.start > date:
                label = TARGET_GROUP_LABELS.get(b.target_group, b.target_group)
                raise ValidationError(
                    f"ydelsen {label} starter {format_date(b.start)}, efter afgangsdatoen {format_date(date)}"
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
            _audit_change(
                s,
                actor,
                "update",
                "benefit_period",
                b.id,
                citizen_id,
                "end",
                None,
                date,
                logged,
                target_group=b.target_group,
            )
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
