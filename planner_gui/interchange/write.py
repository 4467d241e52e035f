"""Export the interchange workbook (CONTRACT.md section 2): the whole database, or one citizen (right of access).

Rows are streamed from set-based queries into openpyxl's write-only mode, in a total order, so that exporting the
same data always gives the same cells. A sheet longer than Excel's limit continues in ``NAME_2``, ``NAME_3``, ...
This is the engine (:func:`write_workbook_file`, given a session); the action, with its access check, audit entries
and atomic placing of the file, is :func:`planner_gui.services.interchange.export_workbook`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import nulls_first, select
from sqlalchemy.orm import Session, aliased

from planner_gui.domain import cpr as cprmod
from planner_gui.interchange.schema import MAX_SHEET_ROWS, columns, continuation_name
from planner_gui.storage.tables import (
    Assignment,
    BenefitPeriod,
    Citizen,
    Company,
    Effort,
    Exit,
    Instrument,
    InstrumentDimension,
    Measurement,
    Note,
    OrdinaryHours,
    Plan,
    Staff,
    SubGoal,
)
from planner_gui.xlsx_stream import StreamWorkbook

BATCH = 10_000


@lru_cache(maxsize=1024)
def _cpr(digits: str) -> str:
    # cprmod.Cpr(digits).formatted(), without an object per row; a citizen's rows come together (sorted by CPR)
    return f"{digits[:6]}-{digits[6:]}"


def _or_none(value: str | None) -> str | None:
    """An empty text is an empty cell (it reads back as the empty text)."""
    return value or None


def _nulls_first(column: Any) -> Any:
    """An ascending sort key with empty values first on both databases (SQLite's default; PostgreSQL puts them
    last), so the same data export in the same row order from the laptop and from the team server."""
    return nulls_first(column.asc())


def _queries(citizen_id: Any | None) -> dict[str, tuple[Any, Callable[[Any], tuple[Any, ...]]]]:
    """Per sheet: the query (in a total order) and how a result row becomes the sheet's cells."""
    C = Citizen

    def own(q: Any, col: Any) -> Any:
        return q.where(col == citizen_id) if citizen_id is not None else q

    staff_q: Any = select(Staff.initials, Staff.name, Staff.team, Staff.role).order_by(Staff.initials)
    company_q: Any = select(Company.cvr, Company.name, Company.social_economy).order_by(Company.cvr)
    if citizen_id is not None:
        staff_q = staff_q.where(
            Staff.id.in_(select(Assignment.staff_id).where(Assignment.citizen_id == citizen_id))
            | Staff.initials.in_(select(Note.author).where(Note.citizen_id == citizen_id))
        )
        company_q = company_q.where(Company.id.in_(select(Effort.company_id).where(Effort.citizen_id == citizen_id)))
    co = aliased(Company)
    dim = aliased(InstrumentDimension)
    return {
        "medarbejdere": (staff_q, lambda r: (r[0], r[1], r[2], r[3])),
        "virksomheder": (company_q, lambda r: (r[0], r[1], "ja" if r[2] else "nej")),
        "borgere": (
            # citizens deleted after the retention period (CPR replaced by a letter-led pseudonym) hold nothing
            own(select(C.cpr, C.first_name, C.last_name), C.id)
            .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX))
            .order_by(C.cpr),
            lambda r: (_cpr(r[0]), r[1], r[2]),
        ),
        "ydelser": (
            own(
                select(C.cpr, BenefitPeriod.target_group, BenefitPeriod.start, BenefitPeriod.end).join(
                    C, C.id == BenefitPeriod.citizen_id
                ),
                C.id,
            ).order_by(C.cpr, BenefitPeriod.start, _nulls_first(BenefitPeriod.end), BenefitPeriod.target_group),
            lambda r: (_cpr(r[0]), r[1], r[2], r[3]),
        ),
        "sagsbehandlere": (
            own(
                select(C.cpr, Staff.initials, Assignment.role, Assignment.start, Assignment.end)
                .join(C, C.id == Assignment.citizen_id)
                .join(Staff, Staff.id == Assignment.staff_id),
                C.id,
            ).order_by(C.cpr, Assignment.start, _nulls_first(Assignment.end), Assignment.role, Staff.initials),
            lambda r: (_cpr(r[0]), r[1], r[2], r[3], r[4]),
        ),
        "indsatser": (
            own(
                select(
                    C.cpr,
                    Effort.category,
                    Effort.responsible,
                    co.cvr,
                    Effort.start,
                    Effort.end,
                    Effort.hours_per_week,
                    Effort.note,
                )
                .join(C, C.id == Effort.citizen_id)
                .outerjoin(co, co.id == Effort.company_id),
                C.id,
            ).order_by(
                C.cpr,
                Effort.start,
                _nulls_first(Effort.end),
                Effort.category,
                Effort.responsible,
                _nulls_first(co.cvr),
                _nulls_first(Effort.hours_per_week),
                Effort.note,
            ),
            lambda r: (_cpr(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], _or_none(r[7])),
        ),
        "ordinaere_timer": (
            own(
                select(C.cpr, OrdinaryHours.month, OrdinaryHours.hours).join(C, C.id == OrdinaryHours.citizen_id),
                C.id,
            ).order_by(C.cpr, OrdinaryHours.month, OrdinaryHours.hours),
            lambda r: (_cpr(r[0]), f"{r[1].year:04d}-{r[1].month:02d}", r[2]),
        ),
        "maalinger": (
            own(
                select(
                    C.cpr,
                    Measurement.date,
                    Instrument.code,
                    dim.code,
                    Measurement.score,
                    Measurement.rater,
                    Measurement.note,
                )
                .join(C, C.id == Measurement.citizen_id)
                .join(dim, dim.id == Measurement.dimension_id)
                .join(Instrument, Instrument.id == dim.instrument_id),
                C.id,
            ).order_by(
                C.cpr,
                Measurement.date,
                Instrument.code,
                dim.position,
                dim.code,
                Measurement.rater,
                Measurement.score,
                Measurement.note,
            ),
            lambda r: (_cpr(r[0]), r[1], r[2], r[3], r[4], r[5], _or_none(r[6])),
        ),
        "afgange": (
            own(select(C.cpr, Exit.date, Exit.type).join(C, C.id == Exit.citizen_id), C.id).order_by(
                C.cpr, Exit.date, Exit.type
            ),
            lambda r: (_cpr(r[0]), r[1], r[2]),
        ),
        # the plan: a citizen deleted after the retention period holds none (as in ``borgere``)
        "planer": (
            own(
                select(C.cpr, Plan.own_goal, Plan.job_goal, Plan.next_step, Plan.next_meeting, Plan.handover_note)
                .join(C, C.id == Plan.citizen_id)
                .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX)),
                C.id,
            ).order_by(C.cpr),
            lambda r: (_cpr(r[0]), _or_none(r[1]), _or_none(r[2]), _or_none(r[3]), r[4], _or_none(r[5])),
        ),
        "delmaal": (
            own(
                select(C.cpr, SubGoal.position, SubGoal.text, SubGoal.status, SubGoal.start, SubGoal.deadline)
                .join(C, C.id == SubGoal.citizen_id)
                .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX)),
                C.id,
            ).order_by(
                C.cpr,
                SubGoal.position,
                SubGoal.text,
                SubGoal.status,
                _nulls_first(SubGoal.start),
                _nulls_first(SubGoal.deadline),
            ),
            lambda r: (_cpr(r[0]), r[1] + 1, r[2], r[3], r[4], r[5]),
        ),
        "notater": (
            own(
                select(C.cpr, Note.date, Note.kind, Note.author, Note.text)
                .join(C, C.id == Note.citizen_id)
                .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX)),
                C.id,
            ).order_by(C.cpr, Note.date, Note.kind, _nulls_first(Note.author), Note.text),
            lambda r: (_cpr(r[0]), r[1], r[2], _or_none(r[3]), r[4]),
        ),
    }


def _stream(session: Session, q: Any, shape: Callable[[Any], tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    # Core, not the ORM: the rows are plain columns, and an export reads millions of them, a batch at a time
    for batch in session.connection().execute(q.execution_options(yield_per=BATCH)).partitions():
        yield from map(shape, batch)


def write_sheets(wb: Any, name: str, rows: Iterable[tuple[Any, ...]], max_rows: int = MAX_SHEET_ROWS) -> int:
    """Append rows to ``name``, continuing in ``name_2``... past ``max_rows`` rows (header included)."""
    header = columns(name)
    part, count, total = 1, 0, 0
    ws = wb.create_sheet(continuation_name(name, part))
    ws.append(list(header))
    count = 1
    for row in rows:
        if count >= max_rows:
            part += 1
            ws = wb.create_sheet(continuation_name(name, part))
            ws.append(list(header))
            count = 1
        ws.append(row)
        count += 1
        total += 1
    return total


def write_workbook_file(
    session: Session,
    path: Path,
    citizen_id: Any | None = None,
    *,
    on_progress: Callable[[str], None] | None = None,
    max_rows: int = MAX_SHEET_ROWS,
) -> dict[str, int]:
    """Stream every sheet from ``session`` into a new workbook at ``path`` (only one citizen's rows when
    ``citizen_id`` is given); rows per sheet. The engine of :func:`planner_gui.services.interchange.export_workbook`:
    it opens no transaction, checks no access and writes no audit row."""
    counts: dict[str, int] = {}
    wb = StreamWorkbook(path)
    try:
        for name, (q, shape) in _queries(citizen_id).items():
            if on_progress:
                on_progress(name)
            counts[name] = write_sheets(wb, name, _stream(session, q, shape), max_rows)
        wb.save()
    finally:
        wb.abort()
    return counts
