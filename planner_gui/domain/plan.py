"""The one plan as plain values and its pure rules: no database, no Qt.

The citizen screen shows a :class:`CitizenOverview` (built by :mod:`planner_gui.services.plans` in the transaction
that opens the citizen). The caseworker edits a :class:`PlanDraft`; :func:`diff` turns the draft and the overview it
started from into :class:`PlanEdits`, which :func:`edit_problems` checks before the service writes them. Also here:
an effort's status on a day (:func:`effort_status`), the 225-hour rule month by month (:func:`hours_months`) and the
Danish text of the values in the plan's history (:func:`format_value`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner_gui.domain.codes import (
    EFFORT_CATEGORIES,
    EFFORT_CATEGORY_LABELS,
    RESPONSIBLE_UNIT_LABELS,
    RESPONSIBLE_UNITS,
    SUBGOAL_STATUS_LABELS,
    SUBGOAL_STATUSES,
)
from planner_gui.domain.dates import format_date, iso_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, shape

MAX_TEXT = 4000
MAX_HOURS_PER_WEEK = 80.0
HOURS_RULE = 225.0  # the 225-hour rule: ordinary hours within 12 months

EFFORT_STATUSES: tuple[str, ...] = ("planlagt", "i_gang", "afsluttet")
EFFORT_STATUS_LABELS: dict[str, str] = {
    "planlagt": QT_TRANSLATE_NOOP("Koder", "Planlagt"),
    "i_gang": QT_TRANSLATE_NOOP("Koder", "I gang"),
    "afsluttet": QT_TRANSLATE_NOOP("Koder", "Afsluttet"),
}

#: Danish names of plan fields, for the history and the audit log.
FIELD_LABELS: dict[str, str] = {
    "own_goal": QT_TRANSLATE_NOOP("Koder", "Borgerens eget mål"),
    "job_goal": QT_TRANSLATE_NOOP("Koder", "Job- eller uddannelsesmål"),
    "next_step": QT_TRANSLATE_NOOP("Koder", "Næste skridt"),
    "next_meeting": QT_TRANSLATE_NOOP("Koder", "Næste møde"),
    "handover_note": QT_TRANSLATE_NOOP("Koder", "Overdragelsesnotat"),
    "koordinerende": QT_TRANSLATE_NOOP("Koder", "Koordinerende sagsbehandler"),
    "primaer": QT_TRANSLATE_NOOP("Koder", "Sagsbehandler"),
    "delmaal": QT_TRANSLATE_NOOP("Koder", "Delmål"),
    "indsats": QT_TRANSLATE_NOOP("Koder", "Indsats"),
    "notat": QT_TRANSLATE_NOOP("Koder", "Notat"),
    "text": QT_TRANSLATE_NOOP("Koder", "Tekst"),
    "status": QT_TRANSLATE_NOOP("Koder", "Status"),
    "start": QT_TRANSLATE_NOOP("Koder", "Start"),
    "deadline": QT_TRANSLATE_NOOP("Koder", "Frist"),
    "category": QT_TRANSLATE_NOOP("Koder", "Kategori"),
    "responsible": QT_TRANSLATE_NOOP("Koder", "Ansvarlig"),
    "company": QT_TRANSLATE_NOOP("Koder", "Virksomhed"),
    "end": QT_TRANSLATE_NOOP("Koder", "Slut"),
    "hours_per_week": QT_TRANSLATE_NOOP("Koder", "Timer pr. uge"),
    "note": QT_TRANSLATE_NOOP("Koder", "Bemærkning"),
    "min_plan": QT_TRANSLATE_NOOP("Koder", "Min plan"),
    "ydelse": QT_TRANSLATE_NOOP("Koder", "Ydelse"),
    "target_group": QT_TRANSLATE_NOOP("Koder", "Målgruppe"),
    "afgang": QT_TRANSLATE_NOOP("Koder", "Afgang"),
    "type": QT_TRANSLATE_NOOP("Koder", "Type"),
    "raekkefoelge": QT_TRANSLATE_NOOP("Koder", "Delmålenes rækkefølge"),
    "begrundelse": QT_TRANSLATE_NOOP("Koder", "Begrundelse"),
}
YES, NO = QT_TRANSLATE_NOOP("Koder", "ja"), QT_TRANSLATE_NOOP("Koder", "nej")  # a yes/no value in a summary
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


# -- plain rows ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffRef:
    id: uuid.UUID
    initials: str
    name: str
    team: str
    phone: str = ""  # '43 21 12 34' (domain/contact.py), '' when not on file
    email: str = ""

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
    """A registered benefit period; ``id`` and ``version`` (the row's version counter) to correct or delete it."""

    target_group: str
    start: dt.date
    end: dt.date | None
    id: uuid.UUID | None = None
    version: int = 0


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
    """A registered exit; ``id`` and ``version`` to correct or delete it."""

    date: dt.date
    type: str
    id: uuid.UUID | None = None
    version: int = 0


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
                "start": iso_date(r.start),
                "deadline": iso_date(r.deadline),
                "version": r.version,
            }

        def ef(r: EffortRow) -> dict[str, Any]:
            return {
                "id": str(r.id),
                "category": r.category,
                "responsible": r.responsible,
                "start": iso_date(r.start),
                "end": iso_date(r.end),
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
                    "next_meeting": iso_date(self.plan.next_meeting),
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
    #: every sub-goal of the draft in its new order, when the user moved one (() = the order is unchanged)
    subgoal_order: tuple[SubGoalRow, ...] = ()

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
            or self.subgoal_order
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
        subgoal_order=draft.subgoals if subgoals_moved(base.subgoals, draft.subgoals) else (),
    )


def subgoals_moved(saved: Sequence[SubGoalRow], draft: Sequence[SubGoalRow]) -> bool:
    """True when the draft's order differs from the order a save gives without a move: the saved sub-goals in their
    saved order, then the new ones in the order they were added."""
    rank = {r.id: i for i, r in enumerate(saved)}
    kept = [r.id for r in draft if r.id in rank]
    added = [r.id for r in draft if r.id not in rank]
    return [r.id for r in draft] != sorted(kept, key=rank.__getitem__) + added


def move_subgoal(draft: PlanDraft, index: int, step: int) -> PlanDraft | None:
    """The draft with sub-goal ``index`` moved ``step`` places (-1 up, +1 down); None when it cannot move."""
    rows = list(draft.subgoals)
    to = index + step
    if not (0 <= index < len(rows) and 0 <= to < len(rows)):
        return None
    rows[index], rows[to] = rows[to], rows[index]
    return PlanDraft(draft.plan, tuple(rows), draft.efforts, draft.coordinator_id)


def _sg_values(r: SubGoalRow) -> tuple[Any, ...]:
    return tuple(getattr(r, f) for f in SUBGOAL_FIELDS)


def _ef_values(r: EffortRow) -> tuple[Any, ...]:
    return tuple(getattr(r, f) for f in EFFORT_FIELDS)


# -- the 225-hour rule ---------------------------------------------------------------------------------------------


def hours_months(rows: Sequence[tuple[dt.date, float]], today: dt.date) -> tuple[HoursMonth, ...]:
    if not rows:
        return ()
    by_month: dict[dt.date, float] = {}
    for m, h in rows:
        key = dt.date(m.year, m.month, 1)
        by_month[key] = by_month.get(key, 0.0) + h
    first, last = min(by_month), max(by_month)
    this_month = dt.date(today.year, today.month, 1)
    stop = max(last, min(this_month, add_months(last, 12)))
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
        m = add_months(m, 1)
    return tuple(out)


def add_months(d: dt.date, months: int) -> dt.date:
    k = d.month - 1 + months
    return dt.date(d.year + k // 12, k % 12 + 1, 1)


# -- history values -------------------------------------------------------------------------------------------------


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return "; ".join(f"{i}. {format_value(v)}" for i, v in enumerate(value, 1))
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (SUMMARY_ORDER.index(k) if k in SUMMARY_ORDER else 99, k))
        return "; ".join(
            f"{FIELD_LABELS.get(k, k)}: {format_value(value[k])}" for k in keys if value[k] not in (None, "")
        )
    return str(value)


#: The order of a row's values in a summary (history and audit texts); other keys follow alphabetically.
SUMMARY_ORDER = (
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
    "note",
)


# -- checking edits -----------------------------------------------------------------------------------------------


def _check_text(errors: list[str], what: str, text: str, *, required: bool = False) -> None:
    if required and not text.strip():
        errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{what}: skal udfyldes").format(what=what))
    if len(text) > MAX_TEXT:
        errors.append(
            QT_TRANSLATE_NOOP("Meddelelser", "{what}: højst {max_text} tegn (har {text})").format(
                what=what, max_text=MAX_TEXT, text=len(text)
            )
        )


def company_ids(edits: PlanEdits) -> set[uuid.UUID]:
    """The companies the added and changed efforts point at (the service checks that they exist)."""
    return {e.company_id for e in (*edits.efforts_added, *edits.efforts_changed) if e.company_id is not None}


def edit_problems(edits: PlanEdits, known_companies: Collection[uuid.UUID]) -> list[str]:
    """Every problem with ``edits``, in Danish, one line each ([] when they may be saved)."""
    errors: list[str] = []
    for fld, value in edits.plan:
        if fld not in PLAN_FIELDS:
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "ukendt felt i planen: {fld!r}").format(fld=fld))
        elif fld == "next_meeting":
            if value is not None and not isinstance(value, dt.date):
                errors.append(QT_TRANSLATE_NOOP("Meddelelser", "Næste møde: skal være en dato"))
        elif not isinstance(value, str):
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{fld}: skal være tekst").format(fld=FIELD_LABELS[fld]))
        else:
            _check_text(errors, FIELD_LABELS[fld], value)
    for i, g in enumerate((*edits.subgoals_added, *edits.subgoals_changed), 1):
        where = (
            QT_TRANSLATE_NOOP("Meddelelser", "Delmål {text!r}").format(text=g.text[:30])
            if g.text.strip()
            else QT_TRANSLATE_NOOP("Meddelelser", "Delmål nr. {i}").format(i=i)
        )
        _check_text(errors, where, g.text, required=True)
        if g.status not in SUBGOAL_STATUSES:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: ukendt status {status!r}").format(
                    where=where, status=g.status
                )
            )
        if g.start is not None and g.deadline is not None and g.deadline < g.start:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: fristen {deadline} ligger før start {start}").format(
                    where=where, deadline=format_date(g.deadline), start=format_date(g.start)
                )
            )
    for e in (*edits.efforts_added, *edits.efforts_changed):
        where = QT_TRANSLATE_NOOP("Meddelelser", "Indsats {category} fra {start}").format(
            category=EFFORT_CATEGORY_LABELS.get(e.category, e.category), start=format_date(e.start)
        )
        if e.category not in EFFORT_CATEGORIES:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: ukendt kategori {category!r}").format(
                    where=where, category=e.category
                )
            )
        if e.responsible not in RESPONSIBLE_UNITS:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: ukendt ansvarlig {responsible!r}").format(
                    where=where, responsible=e.responsible
                )
            )
        if e.end is not None and e.end < e.start:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: slutdatoen {end} ligger før start").format(
                    where=where, end=format_date(e.end)
                )
            )
        if e.hours_per_week is not None and not 0 <= e.hours_per_week <= MAX_HOURS_PER_WEEK:
            errors.append(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}: timer pr. uge skal være mellem 0 og {max_hours_per_week:g}"
                ).format(where=where, max_hours_per_week=MAX_HOURS_PER_WEEK)
            )
        if e.company_id is not None and e.company_id not in known_companies:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: virksomheden findes ikke (registrér den først)").format(
                    where=where
                )
            )
        _check_text(errors, where, e.note)
    return errors


def effort_summary(e: EffortRow) -> dict[str, Any]:
    return {
        "category": e.category_label,
        "responsible": e.responsible_label,
        "company": e.company_label or None,
        "start": iso_date(e.start),
        "end": iso_date(e.end),
        "hours_per_week": e.hours_per_week,
        "note": e.note or None,  # the remark (bemærkning), shown last in Historik
    }


def concurrent_edit_text(
    what: str, changed_by: str | None, changed_at: dt.datetime | None, clashes: list[tuple[str, Any, Any]]
) -> str:
    """The message for a save refused because someone else saved the same row since it was opened: who and when,
    and for each field the user's value beside the saved one, so nothing is silently lost. ``what`` names the row
    ("planen", "delmålet «…»"); ``changed_at`` is the stored (UTC) time; ``clashes`` is (field, mine, saved)."""
    from planner_gui.domain.dates import format_time, local

    if changed_at is not None:
        stamp = local(changed_at)
        head = (
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{what} blev ændret af {who} {date} kl. {time} efter du åbnede borgeren; dine ændringer er ikke gemt.",
            )
            if changed_by
            else QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{what} blev ændret af en anden {date} kl. {time} efter du åbnede borgeren; dine ændringer er ikke "
                "gemt.",
            )
        ).format(what=what, who=changed_by, date=format_date(stamp), time=format_time(stamp))
    elif changed_by:
        head = QT_TRANSLATE_NOOP(
            "Meddelelser", "{what} blev ændret af {who} efter du åbnede borgeren; dine ændringer er ikke gemt."
        ).format(what=what, who=changed_by)
    else:
        head = QT_TRANSLATE_NOOP(
            "Meddelelser", "{what} blev ændret af en anden efter du åbnede borgeren; dine ændringer er ikke gemt."
        ).format(what=what)
    lines = [head]
    for fld, mine, saved in clashes:
        lines.append(
            QT_TRANSLATE_NOOP("Meddelelser", "{label}: din udgave «{mine}», gemt udgave «{saved}»").format(
                label=FIELD_LABELS.get(fld, fld), mine=format_value(mine), saved=format_value(saved)
            )
        )
    lines.append(
        QT_TRANSLATE_NOOP(
            "Meddelelser", "Luk og åbn borgeren igen for at se den gemte udgave, og indtast dine ændringer igen"
        )
    )
    return shape("\n".join(f"{{line{i}}}" for i in range(len(lines))), **{f"line{i}": s for i, s in enumerate(lines)})
