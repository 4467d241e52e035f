"""The indicator engine: every measure of CONTRACT.md section 3, as set-based SQL through SQLAlchemy Core.

Pure Python, no Qt. A run works in a few indexed TEMPORARY tables on its connection (see :class:`_TempTables`):
``rp_periods`` holds the report period (key 0) and each calendar month of it to date (a period the same as another, such
as December to date of a whole year, is held once); ``rp_cid`` a number for each citizen concerned, in the order of the
citizen's id, which the other tables hold instead of the id; ``rp_pop`` the population of every period at once, computed
once per distinct population of a goal file, and ``rp_who`` its distinct members; ``rp_pick`` the breakdown key of each
member (team and coordinating caseworker once per citizen, target group per population); ``rp_ev`` one goal's case rows
of the members within the whole period, read from the case table once per member (not once per member and month);
``rp_facts`` one goal's per-citizen facts, found from the events' side where a measure counts events (the few members
with events are looked up in each period's population). Each step is one ``INSERT ... SELECT`` over all citizens, and a
few ``GROUP BY`` queries return the total, the monthly series and the breakdowns (team, coordinating caseworker, target
group). Python only turns the grouped rows into :class:`GoalResult` values; it never loops over citizens. A population
no later goal uses is deleted. All of it runs in the caller's read transaction: one consistent snapshot.

Definitions beyond the contract's wording (stated in the workbook's ``Definitioner`` sheet as well):

- Breakdowns are of the whole period's population; each member counts in exactly one group, so the groups of a
  breakdown add up to the population.
- Team: the team of the caseworker assigned on ``to`` (coordinating before primary); for members without an
  assignment on ``to``, the one they had last before it. Coordinating caseworker: by the same rule, only
  ``koordinerende`` assignments; shown by initials only.
- Target group: of the member's latest-starting benefit period that overlaps the period (within ``maalgrupper``).
- Month: the goal computed with the month (clipped to the period) as the period, so a member can count in several
  months.

All dialect-specific SQL is in :class:`day_number` (dates as whole day numbers) and :func:`_prepare_connection`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    and_,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Select

from planner_gui.domain.codes import TARGET_GROUP_LABELS, TARGET_GROUPS
from planner_gui.domain.goals import Goal, GoalFile, Population
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError
from planner_gui.storage.tables import (
    CITIZEN_BIRTH,
    Assignment,
    BenefitPeriod,
    Company,
    Effort,
    Exit,
    Instrument,
    InstrumentDimension,
    Measurement,
    OrdinaryHours,
    Staff,
)

__all__ = [
    "MIN_COUNT",
    "NO_COORDINATOR",
    "NO_TEAM",
    "Cell",
    "GoalResult",
    "Period",
    "ReportCancelled",
    "compute_goal",
    "compute_goals",
    "goal_status",
    "parse_period",
]

#: Counts below this are too small to show (CONTRACT.md section 4).
MIN_COUNT = 5
NO_TEAM = "(uden team)"
NO_CASEWORKER = "(ingen sagsbehandler)"
NO_COORDINATOR = "(ingen koordinerende)"

MONTH_NAMES = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class ReportCancelled(UserError):
    """The user cancelled the report; nothing was written."""


# ----------------------------------------------------------------------------------------------------
# The one dialect-specific helper
# ----------------------------------------------------------------------------------------------------


class day_number(FunctionElement[int]):  # noqa: N801 - SQL function style
    """A date as a whole number of days (only differences are meaningful)."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    # julianday() of a date is N.5; the integer part is a consistent day number.
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(day_number)
def _day_number_default(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL and others: date minus date is a number of days.
    return f"(CAST({compiler.process(element.clauses, **kw)} AS DATE) - DATE '1970-01-01')"


#: PostgreSQL's buffers for this session's temporary tables (the server's default is 8 MB): taken as needed, up to this.
PG_TEMP_BUFFERS = "256MB"


def _prepare_connection(conn: Connection) -> None:
    """Keep the scratch tables in memory (SQLite writes TEMP tables to a temporary file by default).

    On PostgreSQL, give this transaction's sorts and hashes room (``SET LOCAL``: until the report's read transaction
    ends; with the server's default of 4 MB the DISTINCT of 100,000 citizens' months sorts on disk) and the session's
    temporary tables buffers (with the default 8 MB the report's scratch tables are read back from the operating
    system's cache again and again). ``temp_buffers`` can only be set before the session's first temporary table;
    the report sets it the same each time, and when it cannot (another value already in use) it keeps that one."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA temp_store = MEMORY")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        # the scratch tables' statistics only need to tell the planner their size and rough spread: a tenth of the
        # default sample makes their ANALYZE (a fifth of the report's time on the server) a tenth as long
        conn.exec_driver_sql("SET LOCAL default_statistics_target = 10")
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"SET temp_buffers = '{PG_TEMP_BUFFERS}'")
        except DBAPIError:
            pass


# ----------------------------------------------------------------------------------------------------
# Values
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A report period, both days included."""

    start: dt.date
    end: dt.date

    def months(self) -> list[Period]:
        """Each calendar month the period touches, clipped to the period."""
        out: list[Period] = []
        first = dt.date(self.start.year, self.start.month, 1)
        while first <= self.end:
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            out.append(Period(max(first, self.start), min(nxt - dt.timedelta(days=1), self.end)))
            first = nxt
        return out

    def months_to_date(self) -> list[Period]:
        """For each calendar month the period touches: the year to date, from 1 January of the month's year (or
        the period's first day, when later) to the month's last day (or the period's last day, when earlier)."""
        return [Period(max(dt.date(m.start.year, 1, 1), self.start), m.end) for m in self.months()]

    def years(self) -> list[Period]:
        """Each calendar year the period touches, clipped to the period."""
        return [
            Period(max(dt.date(y, 1, 1), self.start), min(dt.date(y, 12, 31), self.end))
            for y in range(self.start.year, self.end.year + 1)
        ]

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def parse_period(date_from: str, date_to: str) -> Period:
    """Parse ``YYYY-MM-DD`` texts into a :class:`Period`; :class:`UserError` naming the bad value otherwise."""

    def one(text: str, flag: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{flag} {text!r}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2018-01-01"
                ).format(flag=flag, text=text)
            ) from None

    start, end = one(date_from, "--from"), one(date_to, "--to")
    if start > end:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "--from {isoformat} ligger efter --to {isoformat2}; perioden er tom"
            ).format(isoformat=start.isoformat(), isoformat2=end.isoformat())
        )
    return Period(start, end)


@dataclass(frozen=True)
class Cell:
    """One group of a breakdown (or the total): its population, the measure's value and what the value rests on.

    ``basis`` is the number of units the value is computed over: citizens for most measures, qualifying members for
    ``gns_progression``, benefit periods for ``gns_varighed_uger``. ``count`` is the value itself when the measure
    is a count (``antal_*``), else ``None``.
    """

    key: str
    label: str
    population: int
    value: float | None
    basis: int
    count: int | None = None
    fulltime: float | None = None  # full-time persons, for a population counted as ``fuldtid``

    @property
    def size(self) -> float:
        """The population figure the report shows: full-time persons for ``fuldtid``, else the head count."""
        return self.fulltime if self.fulltime is not None else float(self.population)


@dataclass(frozen=True)
class GoalResult:
    goal: Goal
    period: Period
    total: Cell
    by_team: tuple[Cell, ...]
    by_coordinator: tuple[Cell, ...]
    by_target_group: tuple[Cell, ...]
    by_month: tuple[Cell, ...]  # the year to date at the end of each month (see Period.months_to_date)
    by_year: tuple[Cell, ...] = ()  # each calendar year, when the period touches more than one

    @property
    def population(self) -> int:
        return self.total.population

    @property
    def population_figure(self) -> float:
        """The ``population`` cell of the report: full-time persons for ``fuldtid``, else the head count."""
        return self.total.size

    @property
    def value(self) -> float | None:
        return self.total.value

    @property
    def status(self) -> str:
        return goal_status(self.goal, self.total.size, self.total.value)

    @property
    def shown_value(self) -> float | None:
        """The value as the report shows it: empty when the population is too small."""
        return None if self.status == "for få" else self.total.value


def goal_status(goal: Goal, population: float, value: float | None) -> str:
    """``nået``, ``på vej``, ``ikke nået`` or ``for få`` (CONTRACT.md section 4).

    ``for få`` also when the value cannot be computed (no member qualifies for a mean).
    """
    if population < MIN_COUNT or value is None:
        return "for få"
    up = goal.retning == "op"
    if (value >= goal.maalvaerdi) if up else (value <= goal.maalvaerdi):
        return "nået"
    if goal.baseline is not None and ((value > goal.baseline) if up else (value < goal.baseline)):
        return "på vej"
    return "ikke nået"


# SQL building blocks
# ----------------------------------------------------------------------------------------------------
#
# The work happens in a few indexed TEMPORARY tables (private to the connection, gone with it): SQLite plans joins
# on them well, and a population shared by several goals of a file is computed once. Every step is one
# INSERT ... SELECT over all citizens at once.

_scratch = MetaData()
_TEMP = ["TEMPORARY"]
#: Tables keyed by their primary key alone are stored in it on SQLite (no rowid b-tree beside it): half the memory
#: and half the inserts (ignored elsewhere).
_KEYED: dict[str, Any] = {"sqlite_with_rowid": False}
T_PERIODS = Table(
    "rp_periods",
    _scratch,
    Column("pk", Integer, primary_key=True),
    Column("p_from", Date, nullable=False),
    Column("p_to", Date, nullable=False),
    Column("to_key", Integer, nullable=False),  # `to` as YYYYMMDD, for ages
    prefixes=_TEMP,
)
#: A number for each citizen with a benefit period that overlaps the whole period, in the order of the citizen's id
#: (so every ordering by it is the ordering by the id): the scratch tables below hold it instead of the id, a small
#: integer key instead of a UUID (on SQLite 32 characters), which makes their inserts, lookups and sorts several
#: times cheaper. Only the case tables are read by the id, through this table.
T_CITIZENS = Table(
    "rp_cid",
    _scratch,
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("cid", Uuid, nullable=False, unique=True),
    prefixes=_TEMP,
)
#: The benefit periods (in the population's target groups) that overlap the whole period.
T_BP = Table(
    "rp_bp",
    _scratch,
    Column("spec", Integer, nullable=False),
    Column("id", Uuid, nullable=False),
    Column("cid", Integer, nullable=False),
    Column("target_group", String(40), nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date),
    Index("ix_rp_bp", "spec", "cid", "start", "end"),  # covering for the populations of the periods
    prefixes=_TEMP,
)
#: Every benefit period that overlaps the whole period (any target group), read from the case table once; each
#: population copies its target groups' periods from it into rp_bp.
T_BP0 = Table(
    "rp_bp0",
    _scratch,
    Column("id", Uuid, nullable=False),
    Column("cid", Integer, nullable=False),
    Column("target_group", String(40), nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date),
    prefixes=_TEMP,
)
T_CAND = Table(
    "rp_cand",
    _scratch,
    Column("spec", Integer, primary_key=True),
    Column("pk", Integer, primary_key=True),
    Column("cid", Integer, primary_key=True, autoincrement=False),
    prefixes=_TEMP,
    **_KEYED,
)
#: The population of every period (pk 0: the whole period; 1..n: its months).
T_POP = Table(
    "rp_pop",
    _scratch,
    Column("spec", Integer, primary_key=True),
    Column("pk", Integer, primary_key=True),
    Column("cid", Integer, primary_key=True, autoincrement=False),
    prefixes=_TEMP,
    **_KEYED,
)
#: Breakdown keys of the whole period's population: kind is team, coordinator or target_group.
T_BREAKDOWN_KEYS = Table(
    "rp_pick",
    _scratch,
    Column("spec", Integer, primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("cid", Integer, primary_key=True, autoincrement=False),
    Column("val", String(200)),  # empty: the member has no such row (counted under the breakdown's default)
    prefixes=_TEMP,
    **_KEYED,
)
#: The distinct members of each population (of any of its periods); spec 0 collects the members whose team and
#: coordinating caseworker are already in rp_pick (those depend on the citizen and ``to`` only, not on the goal).
T_WHO = Table(
    "rp_who",
    _scratch,
    Column("spec", Integer, primary_key=True),
    Column("cid", Integer, primary_key=True, autoincrement=False),
    prefixes=_TEMP,
    **_KEYED,
)
#: One goal's case rows (efforts, exits, measurements, ...) of its population's members within the whole period,
#: read from the case table once per member: s..e (e empty: open; a dated row has e = s), ref a company, v a number.
T_EVENTS = Table(
    "rp_ev",
    _scratch,
    Column("cid", Integer, nullable=False),
    Column("s", Date, nullable=False),
    Column("e", Date),
    Column("ref", Uuid),
    Column("v", Float),
    Index("ix_rp_ev", "cid", "s"),
    prefixes=_TEMP,
)
#: One goal's per-citizen facts (x, y numbers; ref a company for antal_virksomheder).
T_FACTS = Table(
    "rp_facts",
    _scratch,
    Column("pk", Integer, nullable=False),
    Column("cid", Integer, nullable=False),
    Column("x", Float),
    Column("y", Float),
    Column("ref", Uuid),
    Index("ix_rp_facts", "pk", "cid", "x", "y", "ref"),  # covering: the grouped queries read only the index
    prefixes=_TEMP,
)
_TABLES = (T_PERIODS, T_CITIZENS, T_BP0, T_BP, T_CAND, T_POP, T_WHO, T_BREAKDOWN_KEYS, T_EVENTS, T_FACTS)


def _overlaps(start: Any, end: Any, p: Any) -> ColumnElement[bool]:
    """An interval overlaps the period: ``fra <= to`` and (``til`` empty or ``til >= from``)."""
    return and_(start <= p.c.p_to, or_(end.is_(None), end >= p.c.p_from))


def _covers_to(start: Any, end: Any, p: Any) -> ColumnElement[bool]:
    """An interval covers the period's last day (``bestand``): ``fra <= to`` and (``til`` empty or ``til >= to``)."""
    return and_(start <= p.c.p_to, or_(end.is_(None), end >= p.c.p_to))


def _union_days(iv: Any) -> Any:
    """(pk, cid, days): the days covered by the intervals ``iv`` (pk, cid, s, e as day numbers, both included) of
    each citizen, overlaps counted once. Set-based: each interval adds the days beyond the furthest end of those
    that started before it (a running maximum over a window), so no loop over citizens or intervals."""
    prev_max = (
        func.max(iv.c.e).over(partition_by=(iv.c.pk, iv.c.cid), order_by=(iv.c.s, iv.c.e), rows=(None, -1)).label("pm")
    )
    w = select(iv.c.pk, iv.c.cid, iv.c.s, iv.c.e, prev_max).subquery("w")
    new_days = case(
        (w.c.pm.is_(None), w.c.e - w.c.s + 1),
        (w.c.e > w.c.pm, w.c.e - case((w.c.s - 1 > w.c.pm, w.c.s - 1), else_=w.c.pm)),
        else_=0,
    )
    return select(w.c.pk, w.c.cid, func.sum(new_days).label("days")).group_by(w.c.pk, w.c.cid).subquery("days")


class _Group(NamedTuple):
    key: Any
    n: int
    a: Any
    b: Any


class _TempTables:
    """The temporary tables of one report run, on one connection."""

    def __init__(self, conn: Connection, period: Period) -> None:
        self.conn = conn
        self.period = period
        self.months = period.months_to_date()
        years = period.years()
        self.years = years if len(years) > 1 else []
        self.specs: dict[Population, int] = {}
        _prepare_connection(conn)
        for table in _TABLES:
            table.drop(conn, checkfirst=True)
            table.create(conn)
        # One row per distinct period: a whole year's last month to date is the year itself (key 0), so it is
        # counted once. ``keys``: the rp_periods key of the period, of each month (to date) and of each year.
        distinct: dict[Period, int] = {}
        for one in (period, *self.months, *self.years):
            distinct.setdefault(one, len(distinct))
        self.keys = [distinct[one] for one in (period, *self.months, *self.years)]
        rows = [
            {"pk": pk, "p_from": p.start, "p_to": p.end, "to_key": p.end.year * 10000 + p.end.month * 100 + p.end.day}
            for p, pk in distinct.items()
        ]
        conn.execute(insert(T_PERIODS), rows)
        self._analyze(T_PERIODS)
        self._all_bp = False
        self._next_spec = 1
        self._counts: dict[tuple[int, str | None], dict[Any, int]] = {}

    def _analyze(self, *tables: Table) -> None:
        """PostgreSQL never gathers statistics on temporary tables by itself (autovacuum does not see them): without
        them it plans the joins of a report as if each held a few rows, and a report takes several times as long."""
        if self.conn.dialect.name == "postgresql":
            self.conn.exec_driver_sql("ANALYZE " + ", ".join(t.name for t in tables))

    def close(self) -> None:
        for table in reversed(_TABLES):
            table.drop(self.conn, checkfirst=True)

    def release(self, spec: int) -> None:
        """Forget a population no later goal uses (its rows would only hold memory). On SQLite their pages are
        reused by the next populations, so the peak is the largest populations alive at once, not all of them;
        PostgreSQL frees nothing before the transaction ends, so there the rows stay and five statements are saved."""
        if self.conn.dialect.name == "sqlite":
            for table in (T_POP, T_CAND, T_BP, T_WHO, T_BREAKDOWN_KEYS):
                self.conn.execute(delete(table).where(table.c.spec == spec))
        self.specs = {pop: s for pop, s in self.specs.items() if s != spec}
        self._counts = {k: v for k, v in self._counts.items() if k[0] != spec}

    # -- population
    def population(self, pop: Population) -> int:
        """The spec number of ``pop`` (computed on first use): its rows in rp_pop, rp_who, rp_bp and rp_pick."""
        if pop in self.specs:
            return self.specs[pop]
        spec = self._next_spec
        self._next_spec += 1
        self.specs[pop] = spec
        conn = self.conn
        if not self._all_bp:
            p0, b = T_PERIODS.alias("p0"), BenefitPeriod
            ids = (
                select(b.citizen_id.label("cid"))
                .join(p0, and_(p0.c.pk == 0, _overlaps(b.start, b.end, p0)))
                .distinct()
                .subquery("ids")
            )
            numbered = select(func.row_number().over(order_by=ids.c.cid), ids.c.cid)
            conn.execute(insert(T_CITIZENS).from_select(["n", "cid"], numbered))
            self._analyze(T_CITIZENS)
            m = T_CITIZENS.alias("m")
            every = (
                select(b.id, m.c.n, b.target_group, b.start, b.end)
                .join(p0, and_(p0.c.pk == 0, _overlaps(b.start, b.end, p0)))
                .join(m, m.c.cid == b.citizen_id)
            )
            conn.execute(insert(T_BP0).from_select(["id", "cid", "target_group", "start", "end"], every))
            self._all_bp = True
        # in rp_bp ordered by citizen, as the index on (spec, cid) is: inserting into a b-tree in its order is
        # several times as fast as in any other once the tables outgrow the processor's caches (1,000,000 citizens)
        b0 = T_BP0.alias("b0")
        q = select(literal(spec, Integer()), b0.c.id, b0.c.cid, b0.c.target_group, b0.c.start, b0.c.end)
        if pop.maalgrupper is not None:
            q = q.where(b0.c.target_group.in_(pop.maalgrupper))
        q = q.order_by(b0.c.cid)
        conn.execute(insert(T_BP).from_select(["spec", "id", "cid", "target_group", "start", "end"], q))
        # the members: everyone with such a benefit period (a member of some period of the population is one; the
        # few more a filter below leaves out only cost a lookup each)
        bw = T_BP.alias("bw")
        members = select(literal(spec, Integer()), bw.c.cid).where(bw.c.spec == spec).distinct()
        conn.execute(insert(T_WHO).from_select(["spec", "cid"], members))
        self._analyze(T_BP, T_WHO)

        p, bp = T_PERIODS.alias("p"), T_BP.alias("bp")
        cand = (
            select(literal(spec, Integer()), p.c.pk, bp.c.cid)
            .join(
                bp,
                and_(
                    bp.c.spec == spec,
                    _covers_to(bp.c.start, bp.c.end, p) if pop.stock else _overlaps(bp.c.start, bp.c.end, p),
                ),
            )
            .distinct()
        )
        if pop.alder is not None:
            lo, hi = pop.alder
            # age on `to` = floor((to_key - birth_key) / 10000); lo <= age <= hi as bounds on birth_key
            # the birth date through the view citizen_birth: a report never reads a CPR number (on the team
            # database a team lead may not), and the view is the only part of citizens it needs
            birth = CITIZEN_BIRTH.c.birth_key
            m = T_CITIZENS.alias("m")
            cand = (
                cand.join(m, m.c.n == bp.c.cid)
                .join(CITIZEN_BIRTH, CITIZEN_BIRTH.c.citizen_id == m.c.cid)
                .where(birth > p.c.to_key - (hi + 1) * 10000, birth <= p.c.to_key - lo * 10000)
            )
        target = T_CAND if pop.langtidsforsoerget else T_POP
        # in key order: PostgreSQL then sorts instead of hashing and fills the primary key in order
        cand = cand.order_by(p.c.pk, bp.c.cid)
        conn.execute(insert(target).from_select(["spec", "pk", "cid"], cand))
        if pop.langtidsforsoerget:
            self._analyze(T_CAND)
            self._longterm(spec)
        self._analyze(T_POP)
        self._picks(spec)
        self._analyze(T_BREAKDOWN_KEYS)
        return spec

    def _longterm(self, spec: int) -> None:
        """Candidates whose benefit periods (any group) up to ``to`` cover more than 364 distinct days. Each
        member's benefit periods are read once into rp_ev, then clipped to each period."""
        b, w, m = BenefitPeriod, T_WHO.alias("w"), T_CITIZENS.alias("m")
        conn = self.conn
        conn.execute(delete(T_EVENTS))
        every = (
            select(w.c.cid, b.start, b.end)
            .select_from(w)
            .join(m, m.c.n == w.c.cid)
            .join(b, and_(b.citizen_id == m.c.cid, b.start <= self.period.end))
            .where(w.c.spec == spec)
        )
        conn.execute(insert(T_EVENTS).from_select(["cid", "s", "e"], every))
        self._analyze(T_EVENTS)
        c, p, ev = T_CAND.alias("c"), T_PERIODS.alias("p"), _EV
        clipped_end = case((or_(ev.c.e.is_(None), ev.c.e > p.c.p_to), p.c.p_to), else_=ev.c.e)
        iv = (
            select(c.c.pk, c.c.cid, day_number(ev.c.s).label("s"), day_number(clipped_end).label("e"))
            .join(p, p.c.pk == c.c.pk)
            .join(ev, and_(ev.c.cid == c.c.cid, ev.c.s <= p.c.p_to))
            .where(c.c.spec == spec)
            .subquery("iv")
        )
        days = _union_days(iv)
        q = select(literal(spec, Integer()), days.c.pk, days.c.cid).where(days.c.days > 364)
        conn.execute(insert(T_POP).from_select(["spec", "pk", "cid"], q))
        conn.execute(delete(T_EVENTS))

    def _pick(
        self, spec: int, kind: str, first: Any, members: Any, where: Sequence[Any], source: Any | None = None
    ) -> None:
        """For each of ``members`` (rows with a cid, filtered by ``where``), ``first``: a scalar subquery for the
        value of the member's first row (by its order; empty when the member has none); stored under ``spec``.
        ``source``: the FROM clause (``members`` joined to what ``first`` correlates with), when not ``members``."""
        q = select(literal(spec, Integer()), literal(kind, String()), members.c.cid, first).where(*where)
        if source is not None:
            q = q.select_from(source)
        self.conn.execute(insert(T_BREAKDOWN_KEYS).from_select(["spec", "kind", "cid", "val"], q))

    def _picks(self, spec: int) -> None:
        """Team and coordinating caseworker depend on the citizen and ``to`` only: they are picked once per citizen
        (under spec 0, for the members not picked for an earlier population); the target group per population.
        Each is the first of the member's rows by an order that ends with the row's id, so there is one first."""
        a, s = Assignment, Staff
        to = self.period.end
        staffed = a.__table__.join(s.__table__, s.id == a.staff_id)
        w, w0, m = T_WHO.alias("w"), T_WHO.alias("w0"), T_CITIZENS.alias("m")
        on_to = case((or_(a.end.is_(None), a.end >= to), 0), else_=1)
        coord_first = case((a.role == "koordinerende", 0), else_=1)
        team = case((func.coalesce(s.team, "") == "", literal(NO_TEAM, String())), else_=s.team)
        team_first = (
            select(team)
            .select_from(staffed)
            .where(a.citizen_id == m.c.cid, a.start <= to)
            .order_by(on_to, coord_first, a.start.desc(), a.id)
            .limit(1)
            .scalar_subquery()
        )
        coordinator_first = (
            select(s.initials)
            .select_from(staffed)
            .where(a.citizen_id == m.c.cid, a.role == "koordinerende", a.start <= to)
            .order_by(on_to, a.start.desc(), a.id)
            .limit(1)
            .scalar_subquery()
        )
        new = [w.c.spec == spec, ~exists().where(w0.c.spec == 0, w0.c.cid == w.c.cid)]
        numbered = w.join(m, m.c.n == w.c.cid)
        self._pick(0, "team", team_first, w, new, numbered)
        self._pick(0, "coordinator", coordinator_first, w, new, numbered)
        picked = select(literal(0, Integer()), w.c.cid).where(*new)
        self.conn.execute(insert(T_WHO).from_select(["spec", "cid"], picked))

        bp, pop = T_BP.alias("bp"), T_POP.alias("pop")
        group_first = (
            select(bp.c.target_group)
            .where(bp.c.spec == spec, bp.c.cid == pop.c.cid)
            .order_by(bp.c.start.desc(), case((bp.c.end.is_(None), 0), else_=1), bp.c.end.desc(), bp.c.id)
            .limit(1)
            .scalar_subquery()
        )
        self._pick(spec, "target_group", group_first, pop, [pop.c.spec == spec, pop.c.pk == 0])

    # -- facts and aggregation
    def facts(self, goal: Goal, spec: int) -> _Facts:
        self.conn.execute(delete(T_FACTS))
        facts = _facts(goal, spec, self.period, self.conn)
        if facts.events is not None:
            self.conn.execute(delete(T_EVENTS))
            self.conn.execute(insert(T_EVENTS).from_select(facts.event_columns, facts.events))
            self._analyze(T_EVENTS)
        if facts.select is not None:
            self.conn.execute(insert(T_FACTS).from_select(facts.columns, facts.select))
            self._analyze(T_FACTS)
        return facts

    def grouped(self, spec: int, facts: _Facts, kind: str | None) -> list[_Group]:
        """(key, n, a, b) rows: per period (kind None) or per breakdown group of the whole period.

        n, the group's members, is the same for every goal of a population: counted once. a and b aggregate the
        facts alone (every facts row belongs to a member; a group without facts gets None, which every measure's
        finish reads as the empty aggregate), in the order of the facts' index, as the join of members and facts
        did."""
        counts = self._counts.get((spec, kind))
        if counts is None:
            pop = T_POP.alias("pop")
            key, src = self._group_key(spec, kind, pop, pop.c.cid)
            q = select(key.label("key"), func.count().label("n")).select_from(src).where(pop.c.spec == spec)
            if kind is not None:
                q = q.where(pop.c.pk == 0)
            counts = {r.key: int(r.n) for r in self.conn.execute(q.group_by(key))}
            self._counts[(spec, kind)] = counts
        aggregated: dict[Any, Any] = {}
        if facts.select is not None:
            f = T_FACTS.alias("f")
            key, src = self._group_key(spec, kind, f, f.c.cid)
            q = select(key.label("key"), facts.agg_a(f).label("a"), facts.agg_b(f).label("b")).select_from(src)
            if kind is not None:
                q = q.where(f.c.pk == 0)
            aggregated = {r.key: r for r in self.conn.execute(q.group_by(key))}
        out = []
        for k, n in counts.items():
            row = aggregated.get(k)
            out.append(_Group(k, n, row.a if row is not None else None, row.b if row is not None else None))
        return out

    @staticmethod
    def _group_key(spec: int, kind: str | None, src: Any, cid: Any) -> tuple[Any, Any]:
        if kind is None:
            return src.c.pk, src
        pick = T_BREAKDOWN_KEYS.alias("pick")
        default = {"team": NO_CASEWORKER, "coordinator": NO_COORDINATOR}.get(kind, "")
        pick_spec = spec if kind == "target_group" else 0
        joined = src.outerjoin(pick, and_(pick.c.spec == pick_spec, pick.c.kind == kind, pick.c.cid == cid))
        return func.coalesce(pick.c.val, default), joined


Finish = Callable[[int, Any, Any], tuple[float | None, int, int | None]]


@dataclass(frozen=True)
class _Facts:
    """How a measure fills rp_facts, and how the facts aggregate over a group into (value, basis, count).

    ``events``, when given, first fills rp_ev with the case rows the measure reads (of the population's members,
    within the whole period), so the case table is read once per member, not once per member and period; ``select``
    then reads rp_ev. ``many_rows``: ``select`` may give several rows per member and period (one per company)."""

    select: Select[Any] | None
    columns: tuple[str, ...]
    agg_a: Callable[[Any], ColumnElement[Any]]
    agg_b: Callable[[Any], ColumnElement[Any]]
    finish: Finish
    events: Select[Any] | None = None
    event_columns: tuple[str, ...] = ()
    many_rows: bool = False


def _share(population: int, a: Any, _b: Any) -> tuple[float | None, int, int | None]:
    return ((int(a or 0) / population) if population else None), population, None


def _mean_over_population(population: int, a: Any, _b: Any) -> tuple[float | None, int, int | None]:
    return ((float(a or 0) / population) if population else None), population, None


def _count(population: int, a: Any, _b: Any) -> tuple[float | None, int, int | None]:
    n = int(a or 0)
    return float(n), population, n


def _mean(population: int, a: Any, b: Any) -> tuple[float | None, int, int | None]:
    n = int(b or 0)
    return ((float(a) / n) if n and a is not None else None), n, None


def _none(_f: Any) -> ColumnElement[Any]:
    return null()


_EV = T_EVENTS.alias("ev")


def _members(spec: int) -> Any:
    """The distinct members of a population (rp_who), to read each member's case rows once: ``(m, q)``, ``q``
    selecting each member's number and ``m`` the numbered citizens, whose ``m.c.cid`` (the id) the case tables
    are joined on."""
    w, m = T_WHO.alias("w"), T_CITIZENS.alias("m")
    return m, select(m.c.n).select_from(w).join(m, m.c.n == w.c.cid).where(w.c.spec == spec)


def _in_whole(day: Any, whole: Period) -> ColumnElement[bool]:
    return and_(day >= whole.start, day <= whole.end)


def _overlaps_whole(start: Any, end: Any, whole: Period) -> ColumnElement[bool]:
    return and_(start <= whole.end, or_(end.is_(None), end >= whole.start))


def _member(spec: int, pop: Any, p: Any) -> ColumnElement[bool]:
    """The event's member (``rp_ev``) is in the population of the period ``p``: facts read from the events' side
    (a measure's events are of a few members) look each up once per period, by the population's key."""
    ev = _EV
    return exists().where(pop.c.spec == spec, pop.c.pk == p.c.pk, pop.c.cid == ev.c.cid)


def _flag_facts(
    spec: int, pop: Any, p: Any, cond: ColumnElement[bool], events: Select[Any], columns: tuple[str, ...]
) -> _Facts:
    """Facts that are a yes per (pk, cid) when the member has an event (rp_ev) meeting ``cond`` in the period: the
    share of the group with a yes. Read from the events' side: the few members with events of the measure are
    looked up in the population of each period (by its key), instead of every member and period probing the
    events."""
    ev = _EV
    one = literal(1.0, Float()).label("x")
    q = select(p.c.pk, ev.c.cid, one).select_from(p).join(ev, cond).where(_member(spec, pop, p)).distinct()
    return _Facts(q, ("pk", "cid", "x"), lambda f: func.count(f.c.x), _none, _share, events, columns)


def _event_count_facts(spec: int, pop: Any, p: Any, events: Select[Any], finish: Finish) -> _Facts:
    """x = the member's events (rp_ev, one per case row) dated within the period (read from the events' side)."""
    ev = _EV
    q = (
        select(p.c.pk, ev.c.cid, cast(func.count(), Float).label("x"))
        .select_from(p)
        .join(ev, ev.c.s.between(p.c.p_from, p.c.p_to))
        .where(_member(spec, pop, p))
        .group_by(p.c.pk, ev.c.cid)
    )
    return _Facts(q, ("pk", "cid", "x"), lambda f: func.sum(f.c.x), _none, finish, events, ("cid", "s"))


def _dimension_ids(conn: Connection, instrument: str | None, dimension: str | None = None) -> list[Any]:
    """The ids of an instrument's dimensions (of one, when given), read first in the same transaction: with them as
    a list, PostgreSQL reads the measurements of the population's members in the period (by citizen, or one scan)
    instead of every measurement of the instrument through the index on the dimension."""
    dim, ins = InstrumentDimension, Instrument
    q = select(dim.id).join(ins, and_(ins.id == dim.instrument_id, ins.code == instrument))
    if dimension is not None:
        q = q.where(dim.code == dimension)
    return list(conn.execute(q).scalars())


def _facts(goal: Goal, spec: int, whole: Period, conn: Connection) -> _Facts:
    m = goal.maal
    kind = m.type
    pop, p = T_POP.alias("pop"), T_PERIODS.alias("p")
    base = select(pop.c.pk, pop.c.cid).join(p, p.c.pk == pop.c.pk).where(pop.c.spec == spec)
    ev = _EV
    w, members = _members(spec)
    in_period = (p.c.p_from, p.c.p_to)

    if goal.population.fulltime:
        return _fulltime_facts(goal, spec, base, pop, p)
    if kind == "antal_borgere":
        return _Facts(None, (), _none, _none, lambda n, a, b: (float(n), n, n))
    if kind == "andel_af_naevner":
        naevner = m.naevner or 1.0
        return _Facts(None, (), _none, _none, lambda n, a, b: (n / naevner, n, None))
    if kind == "andel_med_indsats":
        e = Effort
        events = members.add_columns(e.start, e.end).join(
            e,
            and_(
                e.citizen_id == w.c.cid, e.category.in_(m.effort_categories()), _overlaps_whole(e.start, e.end, whole)
            ),
        )
        return _flag_facts(spec, pop, p, _overlaps(ev.c.s, ev.c.e, p), events, ("cid", "s", "e"))
    if kind == "antal_indsatser":
        e = Effort
        events = members.add_columns(e.start).join(
            e, and_(e.citizen_id == w.c.cid, e.category.in_(m.effort_categories()), _in_whole(e.start, whole))
        )
        return _event_count_facts(spec, pop, p, events, _count)
    if kind == "andel_afgang":
        x = Exit
        events = (
            members.add_columns(x.date)
            .join(x, and_(x.citizen_id == w.c.cid, x.type.in_(m.typer or ()), _in_whole(x.date, whole)))
            .distinct()
        )
        return _flag_facts(spec, pop, p, ev.c.s.between(*in_period), events, ("cid", "s"))
    if kind == "gns_sagsbehandlerskift":
        a, earlier = Assignment, aliased(Assignment)
        follows = exists().where(earlier.citizen_id == a.citizen_id, earlier.start < a.start)
        events = (
            members.add_columns(a.start)
            .join(a, and_(a.citizen_id == w.c.cid, _in_whole(a.start, whole)))
            .where(follows)
        )
        return _event_count_facts(spec, pop, p, events, _mean_over_population)
    if kind == "andel_med_maaling":
        ms = Measurement
        dims = _dimension_ids(conn, m.instrument)
        events = (
            members.add_columns(ms.date)
            .join(ms, and_(ms.citizen_id == w.c.cid, _in_whole(ms.date, whole), ms.dimension_id.in_(dims)))
            .distinct()
        )
        return _flag_facts(spec, pop, p, ev.c.s.between(*in_period), events, ("cid", "s"))
    if kind == "gns_progression":
        return _progression_facts(goal, base, pop, p, w, members, whole, conn)
    if kind == "gns_varighed_uger":
        bp = T_BP.alias("bp")  # the population's periods in its target groups that overlap the whole period
        q = (
            base.add_columns(
                cast(func.sum(day_number(bp.c.end) - day_number(bp.c.start) + 1), Float).label("x"),
                cast(func.count(), Float).label("y"),
            )
            .join(bp, and_(bp.c.spec == spec, bp.c.cid == pop.c.cid, bp.c.end.between(*in_period)))
            .group_by(pop.c.pk, pop.c.cid)
        )
        return _Facts(
            q,
            ("pk", "cid", "x", "y"),
            lambda f: func.sum(f.c.x),
            lambda f: func.sum(f.c.y),
            lambda n, a, b: _mean(n, (float(a) / 7.0) if a is not None else None, b),
        )
    if kind == "andel_ordinaere_timer":
        oh = OrdinaryHours
        events = members.add_columns(oh.month, oh.hours).join(
            oh, and_(oh.citizen_id == w.c.cid, _in_whole(oh.month, whole))
        )
        q = (
            base.add_columns(literal(1.0, Float()).label("x"))
            .join(ev, and_(ev.c.cid == pop.c.cid, ev.c.s.between(*in_period)))
            .group_by(pop.c.pk, pop.c.cid)
            .having(func.sum(ev.c.v) >= (m.min_timer or 0.0))
        )
        return _Facts(q, ("pk", "cid", "x"), lambda f: func.count(f.c.x), _none, _share, events, ("cid", "s", "v"))
    if kind == "antal_virksomheder":
        e, c = Effort, Company
        events = members.add_columns(e.start, e.end, e.company_id).join(
            e, and_(e.citizen_id == w.c.cid, e.company_id.is_not(None), _overlaps_whole(e.start, e.end, whole))
        )
        if m.socialoekonomisk is not None:
            events = events.join(c, c.id == e.company_id).where(c.social_economy.is_(m.socialoekonomisk))
        q = select(p.c.pk, ev.c.cid, ev.c.ref).select_from(p).join(ev, _overlaps(ev.c.s, ev.c.e, p))
        q = q.where(_member(spec, pop, p))
        return _Facts(
            q.distinct(),
            ("pk", "cid", "ref"),
            lambda f: func.count(f.c.ref.distinct()),
            _none,
            _count,
            events.distinct(),
            ("cid", "s", "e", "ref"),
            many_rows=True,
        )
    if kind == "andel_koordinerende":
        a = Assignment
        events = members.add_columns(a.start, a.end).join(
            a, and_(a.citizen_id == w.c.cid, a.role == "koordinerende", _overlaps_whole(a.start, a.end, whole))
        )
        on_to = and_(ev.c.s <= p.c.p_to, or_(ev.c.e.is_(None), ev.c.e >= p.c.p_to))
        return _flag_facts(spec, pop, p, on_to, events, ("cid", "s", "e"))
    raise ValueError(f"unknown measure {kind!r}")  # the goal loader rejects these


def _fulltime_facts(goal: Goal, spec: int, base: Select[Any], pop: Any, p: Any) -> _Facts:
    """Full-time persons (``fuldtid``): x = the member's days of the period covered by benefit periods in the
    population's target groups (overlaps once), y = the period's days; the value is sum(x) / y (for
    ``andel_af_naevner`` divided by ``naevner`` as well)."""
    bp = T_BP.alias("bp")
    start = case((bp.c.start < p.c.p_from, p.c.p_from), else_=bp.c.start)
    end = case((or_(bp.c.end.is_(None), bp.c.end > p.c.p_to), p.c.p_to), else_=bp.c.end)
    iv = (
        base.add_columns(day_number(start).label("s"), day_number(end).label("e"))
        .join(bp, and_(bp.c.spec == spec, bp.c.cid == pop.c.cid, _overlaps(bp.c.start, bp.c.end, p)))
        .subquery("iv")
    )
    days = _union_days(iv)
    period_days = day_number(p.c.p_to) - day_number(p.c.p_from) + 1
    q = (
        select(days.c.pk, days.c.cid, cast(days.c.days, Float).label("x"), cast(period_days, Float).label("y"))
        .select_from(days)
        .join(p, p.c.pk == days.c.pk)
    )
    divisor = (goal.maal.naevner or 1.0) if goal.maal.type == "andel_af_naevner" else 1.0

    def finish(n: int, a: Any, b: Any) -> tuple[float | None, int, int | None]:
        if not b:
            return (0.0 if n == 0 else None), n, None
        return float(a or 0.0) / float(b) / divisor, n, None

    return _Facts(q, ("pk", "cid", "x", "y"), lambda f: func.sum(f.c.x), lambda f: func.max(f.c.y), finish)


def _progression_facts(
    goal: Goal, base: Select[Any], pop: Any, p: Any, w: Any, members: Select[Any], whole: Period, conn: Connection
) -> _Facts:
    m = goal.maal
    ms = Measurement
    dims = _dimension_ids(conn, m.instrument, m.dimension)
    # rp_ev: each member's dates with scores in the whole period, with the date's mean over all that date's scores
    # (of the dimension, when given; both raters); a date lies in a period or not, so the mean is the period's too
    events = (
        members.add_columns(ms.date, func.avg(cast(ms.score, Float)))
        .join(ms, and_(ms.citizen_id == w.c.cid, _in_whole(ms.date, whole), ms.dimension_id.in_(dims)))
        .group_by(w.c.n, ms.date)
    )
    ev = _EV
    daily = (
        base.add_columns(ev.c.s.label("d"), ev.c.v.label("s"))
        .join(ev, and_(ev.c.cid == pop.c.cid, ev.c.s.between(p.c.p_from, p.c.p_to)))
        .subquery("daily")
    )
    part = (daily.c.pk, daily.c.cid)
    ranked = select(
        daily.c.pk,
        daily.c.cid,
        daily.c.s,
        func.row_number().over(partition_by=part, order_by=daily.c.d).label("first_rn"),
        func.row_number().over(partition_by=part, order_by=daily.c.d.desc()).label("last_rn"),
        func.count().over(partition_by=part).label("n_dates"),
    ).subquery("ranked")
    delta = func.sum(case((ranked.c.last_rn == 1, ranked.c.s), else_=0.0)) - func.sum(
        case((ranked.c.first_rn == 1, ranked.c.s), else_=0.0)
    )
    q = (
        select(ranked.c.pk, ranked.c.cid, delta.label("x"))
        .where(ranked.c.n_dates >= 2)
        .group_by(ranked.c.pk, ranked.c.cid)
    )
    return _Facts(
        q, ("pk", "cid", "x"), lambda f: func.sum(f.c.x), lambda f: func.count(f.c.x), _mean, events, ("cid", "s", "v")
    )


# ----------------------------------------------------------------------------------------------------
# Public entry points
# ----------------------------------------------------------------------------------------------------


def _month_label(p: Period) -> str:
    return f"{MONTH_NAMES[p.end.month - 1]} {p.end.year}"


def _year_label(p: Period) -> str:
    whole = p.start == dt.date(p.start.year, 1, 1) and p.end == dt.date(p.start.year, 12, 31)
    if whole:
        return str(p.start.year)
    return f"{p.start.year} ({p.start:%d.%m}–{p.end:%d.%m})"


def _compute(scratch: _TempTables, goal: Goal, breakdowns: bool) -> GoalResult:
    spec = scratch.population(goal.population)
    facts = scratch.facts(goal, spec)

    fulltime = goal.population.fulltime
    divisor = (goal.maal.naevner or 1.0) if goal.maal.type == "andel_af_naevner" else 1.0

    def cell(key: str, label: str, n: Any, a: Any, b: Any) -> Cell:
        population = int(n or 0)
        value, basis, count = facts.finish(population, a, b)
        ft = ((value or 0.0) * divisor) if fulltime else None
        return Cell(key, label, population, value, basis, count, ft)

    by_pk = {int(r.key): r for r in scratch.grouped(spec, facts, None)}

    def period_cell(pk: int, key: str, label: str) -> Cell:
        row = by_pk.get(pk)
        return cell(key, label, *((row.n, row.a, row.b) if row is not None else (0, None, None)))

    total = period_cell(0, "i_alt", "I alt")
    if not breakdowns:
        return GoalResult(goal, scratch.period, total, (), (), (), ())
    months = scratch.months
    keys = scratch.keys
    by_month = tuple(period_cell(keys[1 + i], m.end.strftime("%Y-%m"), _month_label(m)) for i, m in enumerate(months))
    first_year = len(months) + 1
    by_year = tuple(
        period_cell(keys[first_year + i], str(y.start.year), _year_label(y)) for i, y in enumerate(scratch.years)
    )

    def named(kind: str) -> tuple[Cell, ...]:
        cells = [cell(str(r.key), str(r.key), r.n, r.a, r.b) for r in scratch.grouped(spec, facts, kind)]
        return tuple(sorted(cells, key=lambda c: (c.key.startswith("("), c.key.lower())))

    order = {code: i for i, code in enumerate(goal.population.maalgrupper or TARGET_GROUPS)}
    groups = [
        cell(str(r.key), TARGET_GROUP_LABELS.get(str(r.key), str(r.key)), r.n, r.a, r.b)
        for r in scratch.grouped(spec, facts, "target_group")
    ]
    by_group = tuple(sorted(groups, key=lambda c: order.get(c.key, len(order))))
    return GoalResult(goal, scratch.period, total, named("team"), named("coordinator"), by_group, by_month, by_year)


def compute_goals(
    session: Session,
    goals: Sequence[Goal] | GoalFile,
    period: Period,
    *,
    breakdowns: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_result: Callable[[GoalResult], None] | None = None,
) -> list[GoalResult]:
    """Every goal, in order, in the session's transaction (one consistent snapshot).

    ``progress(done, total, goal_id)`` is called before each goal; ``cancelled()`` is asked between goals and stops
    the run with :class:`ReportCancelled`; ``on_result(result)`` is called with each goal's result as soon as it is
    computed (the workbook's sheet of it is then made on another thread while the next goal is computed).
    """
    items = goals.goals if isinstance(goals, GoalFile) else tuple(goals)
    conn = session.connection()
    scratch = _TempTables(conn, period)
    last_use = {goal.population: i for i, goal in enumerate(items)}
    results: list[GoalResult] = []
    try:
        for i, goal in enumerate(items):
            if cancelled is not None and cancelled():
                raise ReportCancelled(QT_TRANSLATE_NOOP("Meddelelser", "rapporten blev annulleret; intet blev skrevet"))
            if progress is not None:
                progress(i, len(items), goal.id)
            results.append(_compute(scratch, goal, breakdowns))
            if on_result is not None:
                on_result(results[-1])
            if last_use[goal.population] == i and i < len(items) - 1:  # after the last goal, close() drops all
                scratch.release(scratch.specs[goal.population])
        if progress is not None:
            progress(len(items), len(items), "")
    finally:
        scratch.close()
    return results


def compute_goal(session: Session, goal: Goal, period: Period, *, breakdowns: bool = True) -> GoalResult:
    """One goal for ``period``: total, monthly series and (unless ``breakdowns`` is False) breakdowns."""
    return compute_goals(session, [goal], period, breakdowns=breakdowns)[0]
