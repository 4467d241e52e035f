"""Export the interchange workbook (CONTRACT.md section 2): the whole database, or one citizen (right of access).

Rows are streamed from set-based queries into openpyxl's write-only mode, in a total order, so that exporting the
same data always gives the same cells. A sheet longer than Excel's limit continues in ``NAME_2``, ``NAME_3``, ...
This is the engine (:func:`write_workbook_file`, given a session); the action, with its access check, audit entries
and atomic placing of the file, is :func:`planner_gui.services.interchange.export_workbook`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import nulls_first, select
from sqlalchemy.orm import Session, aliased

from planner_gui.domain import cpr as cprmod
from planner_gui.interchange.memo import Memo
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


def _cpr(digits: str) -> str:
    # cprmod.Cpr(digits).formatted(), without an object per row (once per citizen: see _Once)
    return f"{digits[:6]}-{digits[6:]}"


def _or_none(value: str | None) -> str | None:
    """An empty text is an empty cell (it reads back as the empty text)."""
    return value or None


def _nulls_first(column: Any) -> Any:
    """An ascending sort key with empty values first on both databases (SQLite's default; PostgreSQL puts them
    last), so the same data export in the same row order from the laptop and from the team server."""
    return nulls_first(column.asc())


def _yes_no(value: bool) -> str:
    return "ja" if value else "nej"


def _month(value: Any) -> str:
    return f"{value.year:04d}-{value.month:02d}"


def _next(value: int) -> int:
    return value + 1


_ONCE_KEPT = 200_000  # distinct values remembered per column while one sheet is written


class _Once(Memo):
    """A column's cell value per distinct value the database gives (CPR numbers, dates, codes repeat on every row):
    ``once[raw]`` is ``fn(raw)``, computed on the first look-up only."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__(fn, _ONCE_KEPT)


# Per sheet, how a column of the query's rows becomes the sheet's column, after the column's own result processor
# (as SQLAlchemy applies it: a date's text to a date on SQLite): nothing (None, the value as it comes), a function
# per value (``_or_none`` for texts that rarely repeat) or ``_Once(fn)``, once per distinct value. Columns past the
# tuple's end are taken as they come.
_Shape = tuple["Callable[[Any], Any] | _Once | None", ...]


def _queries(citizen_id: Any | None) -> dict[str, tuple[Any, _Shape]]:
    """Per sheet: the query (in a total order) and how its columns become the sheet's (see :data:`_Shape`); the
    memories of distinct values are this export's own."""
    C = Citizen
    _CPR = _Once(_cpr)

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
        "medarbejdere": (staff_q, ()),
        "virksomheder": (company_q, (None, None, _Once(_yes_no))),
        "borgere": (
            # citizens deleted after the retention period (CPR replaced by a letter-led pseudonym) hold nothing
            own(select(C.cpr, C.first_name, C.last_name), C.id)
            .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX))
            .order_by(C.cpr),
            (_CPR,),
        ),
        "ydelser": (
            own(
                select(C.cpr, BenefitPeriod.target_group, BenefitPeriod.start, BenefitPeriod.end).join(
                    C, C.id == BenefitPeriod.citizen_id
                ),
                C.id,
            ).order_by(C.cpr, BenefitPeriod.start, _nulls_first(BenefitPeriod.end), BenefitPeriod.target_group),
            (_CPR,),
        ),
        "sagsbehandlere": (
            own(
                select(C.cpr, Staff.initials, Assignment.role, Assignment.start, Assignment.end)
                .join(C, C.id == Assignment.citizen_id)
                .join(Staff, Staff.id == Assignment.staff_id),
                C.id,
            ).order_by(C.cpr, Assignment.start, _nulls_first(Assignment.end), Assignment.role, Staff.initials),
            (_CPR,),
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
            (_CPR, None, None, None, None, None, None, _or_none),
        ),
        "ordinaere_timer": (
            own(
                select(C.cpr, OrdinaryHours.month, OrdinaryHours.hours).join(C, C.id == OrdinaryHours.citizen_id),
                C.id,
            ).order_by(C.cpr, OrdinaryHours.month, OrdinaryHours.hours),
            (_CPR, _Once(_month)),
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
            (_CPR, None, None, None, None, None, _or_none),
        ),
        "afgange": (
            own(select(C.cpr, Exit.date, Exit.type).join(C, C.id == Exit.citizen_id), C.id).order_by(
                C.cpr, Exit.date, Exit.type
            ),
            (_CPR,),
        ),
        # the plan: a citizen deleted after the retention period holds none (as in ``borgere``)
        "planer": (
            own(
                select(C.cpr, Plan.own_goal, Plan.job_goal, Plan.next_step, Plan.next_meeting, Plan.handover_note)
                .join(C, C.id == Plan.citizen_id)
                .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX)),
                C.id,
            ).order_by(C.cpr),
            (_CPR, _or_none, _or_none, _or_none, None, _or_none),
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
            (_CPR, _Once(_next)),
        ),
        "notater": (
            own(
                select(C.cpr, Note.date, Note.kind, Note.author, Note.text)
                .join(C, C.id == Note.citizen_id)
                .where(~C.cpr.startswith(cprmod.PSEUDONYM_PREFIX)),
                C.id,
            ).order_by(C.cpr, Note.date, Note.kind, _nulls_first(Note.author), Note.text),
            (_CPR, None, None, _or_none),
        ),
    }


def _stream(session: Session, q: Any, shape: _Shape) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows of query ``q``, a batch at a time, made column by column (see :data:`_Shape`).

    Core, not the ORM. On SQLite the driver's own rows are taken (it steps the query as rows are fetched) and each
    column's result processor, the one SQLAlchemy would apply (chosen from the same type and cursor description), is
    applied once per distinct value; no result row object is made per row. On other databases SQLAlchemy streams
    the rows (``yield_per``: a server-side cursor, never the whole result in memory) and processes them itself."""
    conn = session.connection()
    types = [c.type for c in q.selected_columns]
    if conn.dialect.name == "sqlite":
        result = conn.execute(q)
        try:
            cursor = result.cursor
            procs = [
                t._cached_result_processor(conn.dialect, d[1]) for t, d in zip(types, cursor.description, strict=True)
            ]
            columns = _column_makers(shape, procs)
            while batch := cursor.fetchmany(BATCH):
                yield from _made(batch, columns)
        finally:
            result.close()
        return
    columns = _column_makers(shape, [None] * len(types))
    for batch in conn.execute(q.execution_options(yield_per=BATCH)).partitions():
        yield from _made(batch, columns)


def _column_makers(shape: _Shape, procs: list[Callable[[Any], Any] | None]) -> list[Callable[[Any], Any] | None]:
    """Per column: the function a raw value goes through (its result processor, then the shape's), None for none.
    A processor alone (dates, booleans) is applied once per distinct value; so is a shape's ``_Once``."""
    out: list[Callable[[Any], Any] | None] = []
    for i, proc in enumerate(procs):
        fn = shape[i] if i < len(shape) else None
        if proc is None:
            out.append(fn.__getitem__ if isinstance(fn, _Once) else fn)
        elif fn is None:
            out.append(_Once(proc).__getitem__)
        else:
            both = _then(proc, fn.fn if isinstance(fn, _Once) else fn)
            out.append(_Once(both).__getitem__ if isinstance(fn, _Once) else both)
    return out


def _then(first: Callable[[Any], Any], second: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: second(first(value))


def _made(batch: Any, columns: list[Callable[[Any], Any] | None]) -> Iterator[tuple[Any, ...]]:
    """The batch's rows with each column made by its function (column by column: the loops run in C)."""
    cols: list[Iterable[Any]] = list(zip(*batch, strict=True))
    for i, fn in enumerate(columns):
        if fn is not None:
            cols[i] = map(fn, cols[i])
    return zip(*cols, strict=True)


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
