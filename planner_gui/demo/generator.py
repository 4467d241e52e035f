"""A believable synthetic job centre, for trying the app, demonstrations and benchmarks.

Danish names, valid-format CPR numbers (real birth dates, the right century digit), companies with valid CVR numbers
(some social-economy), benefit periods from 2012 to today that move between target groups the way real citizens do,
caseworker changes, efforts from every department, ordinary hours, progression measurements on the default instrument,
exits, and a plan for everyone still in the system. ``seed`` makes it reproducible (for the same ``today``).

Rows are generated as plain tuples, a chunk of citizens at a time, and written with Core bulk inserts; only one
chunk's rows are held, so memory stays flat however many citizens are made. The caller's session holds the
transaction: one for everything, or with ``commit_every`` a commit after every that many citizens (see
:func:`planner_gui.services.setup.fill_demo` for when and why).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner_gui.demo.names import load_names
from planner_gui.demo.profiles import (
    COMMON_SUB_GOALS,
    EFFORT_PROFILE,
    EFFORTS,
    FIRST_GROUP_ADULT,
    FIRST_GROUP_YOUNG,
    MEASURED,
    MONTHS_IN,
    NEEDS_COORDINATOR,
    NEXT_STEPS,
    PLAN_GOALS,
    TEAM_OF_GROUP,
    TEAMS,
)
from planner_gui.domain import cpr as cprmod
from planner_gui.domain import cvr as cvrmod
from planner_gui.domain.codes import COMPANY_BASED_CATEGORIES
from planner_gui.domain.instrument_files import dimension_raters
from planner_gui.storage.bulk import bulk_insert
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
    utcnow,
)

HISTORY_START = dt.date(2012, 1, 1)
CHUNK = 10_000  # citizens generated, then written, at a time (~220,000 rows, ~60 MB held)
_NAMES = load_names()


# The case tables in the order they are written (a row after the rows it refers to): the generator's key for the
# rows, the table, the columns of its tuples.
_CASE_COLUMNS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "citizens": (Citizen.__table__, ("id", "cpr", "first_name", "last_name")),
    "benefit": (BenefitPeriod.__table__, ("id", "citizen_id", "target_group", "start", "end")),
    "assign": (Assignment.__table__, ("id", "citizen_id", "staff_id", "role", "start", "end")),
    "efforts": (
        Effort.__table__,
        ("id", "citizen_id", "category", "responsible", "company_id", "start", "end", "hours_per_week"),
    ),
    "hours": (OrdinaryHours.__table__, ("id", "citizen_id", "month", "hours")),
    "meas": (Measurement.__table__, ("id", "citizen_id", "dimension_id", "date", "score", "rater")),
    "exits": (Exit.__table__, ("id", "citizen_id", "date", "type")),
    "plans": (Plan.__table__, ("id", "citizen_id", "own_goal", "job_goal", "next_step", "next_meeting")),
    "subgoals": (SubGoal.__table__, ("id", "citizen_id", "position", "text", "status", "start", "deadline")),
    "notes": (Note.__table__, ("id", "citizen_id", "date", "kind", "text")),
}
_CASE_TABLES = [table for table, _columns in _CASE_COLUMNS.values()]


_TOTALS: dict[int, tuple[Any, float]] = {}  # id of a table of options -> (the table, the sum of its weights)


def _pick(rng: random.Random, options: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    held = _TOTALS.get(id(options))
    if held is None or held[0] is not options:
        held = _TOTALS[id(options)] = (options, sum(o[-1] for o in options))
    x = rng.random() * held[1]
    for o in options:
        x -= o[-1]
        if x < 0:
            return o
    return options[-1]


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y = d.year + m // 12
    return dt.date(y, m % 12 + 1, min(d.day, 28))


@dataclass
class DemoResult:
    counts: dict[str, int] = field(default_factory=dict)
    logins: list[tuple[str, str]] = field(default_factory=list)  # (initials, role) with the admin password


_RANDOM_80 = (1 << 80) - 1
_V7 = ~(0xF << 76) & ~(0x3 << 62)  # clears the version and variant bits


class _Gen:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = utcnow()
        # ids in the order they are made: UUIDv7 layout (48 bits of milliseconds, then random bits), one millisecond
        # apart from midnight of ``today`` (UTC), so a seed still gives the same ids for the same day
        self.ms = int(dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC).timestamp() * 1000)

    def uid(self) -> uuid.UUID:
        """A UUIDv7: time-ordered, so every index on an id or a citizen id grows at its end. Random (v4) ids put each
        insert on a random page of indexes many times the page cache: at 1,000,000 citizens (~3 GB of such indexes)
        nearly every insert read and rewrote a page, and every batch of commits rewrote most of the indexes."""
        self.ms += 1
        bits = self.rng.getrandbits(128)  # 128 drawn as before: the rest of a seed's data stays the same
        return _uuid_of(((self.ms << 80) | (bits & _RANDOM_80)) & _V7 | _V7_BITS)

    def skip(self) -> None:
        """What :meth:`uid` draws, for an id not used (the rest of a seed's data stays the same)."""
        self.ms += 1
        self.rng.getrandbits(128)


_V7_BITS = (0x7 << 76) | (0x2 << 62)
_new_uuid, _set, _UNKNOWN = uuid.UUID.__new__, object.__setattr__, uuid.SafeUUID.unknown


def _uuid_of(value: int) -> uuid.UUID:
    """``uuid.UUID(int=value)`` without its checks (the value is made valid above): ~0.6 instead of 1.5 µs, for
    millions of ids. ``UUID`` keeps its value in the slots ``int`` and ``is_safe`` (CPython 3.8-3.14); checked
    at import (:data:`_FAST`), else the ordinary constructor."""
    if not _FAST:
        return uuid.UUID(int=value)
    u = _new_uuid(uuid.UUID)
    _set(u, "int", value)
    _set(u, "is_safe", _UNKNOWN)
    return u


def _fast_works() -> bool:
    value = 0x0123456789ABCDEF0123456789ABCDEF
    try:
        u = _new_uuid(uuid.UUID)
        _set(u, "int", value)
        _set(u, "is_safe", _UNKNOWN)
        return (
            u == uuid.UUID(int=value) and str(u) == str(uuid.UUID(int=value)) and hash(u) == hash(uuid.UUID(int=value))
        )
    except (AttributeError, TypeError):
        return False


_FAST = _fast_works()


def generate(
    session: Session,
    citizens: int,
    seed: int,
    today: dt.date,
    admin_hash: str | None = None,
    on_progress: Callable[[str], None] | None = None,
    *,
    commit_every: int | None = None,
) -> DemoResult:
    """Fill an empty, migrated database. Assumes the shipped instruments are seeded.

    Staff and companies are written first, then the citizens with their cases, :data:`CHUNK` citizens at a time.
    With ``commit_every``, ``session`` is committed after about every that many citizens (at the first chunk's end
    past it) and after staff and companies;
    the last citizens are left in the open transaction for the caller to commit. ``on_progress`` is called after
    every chunk (the first start's cancel button checks there).
    """
    g = _Gen(seed, today)
    rng = g.rng
    res = DemoResult()
    tracked = {"version": 1, "created_at": g.now, "updated_at": g.now, "updated_by": "demo"}

    def put(table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        n = bulk_insert(session.connection(), table, columns, rows, tracked)
        res.counts[table.name] = res.counts.get(table.name, 0) + n

    # -- staff
    n_staff = max(len(TEAMS) * 3, citizens // 300)  # ~50-60 ongoing cases per caseworker
    staff_rows: list[dict[str, Any]] = []
    by_team: dict[str, list[uuid.UUID]] = {t: [] for t in TEAMS}
    used_ini: set[str] = {"admin"}
    team_names = list(TEAMS)
    for i in range(n_staff):
        first, last = rng.choice(_NAMES.first_names), rng.choice(_NAMES.last_names)
        base = (first[:2] + last[:2]).lower().replace("ø", "o").replace("æ", "a").replace("å", "a").replace("ö", "o")
        ini, k = base, 1
        while ini in used_ini:
            k += 1
            ini = f"{base}{k}"
        used_ini.add(ini)
        team = team_names[i % len(team_names)]
        role = "teamleder" if i < len(team_names) else "sagsbehandler"
        sid = g.uid()
        staff_rows.append(
            {
                "id": sid,
                "initials": ini,
                "name": f"{first} {last}",
                "team": team,
                "role": role,
                # fictional: a number range not given to subscribers, an address under the reserved .example
                "phone": f"10 90 {i // 100 % 100:02d} {i % 100:02d}",
                "email": f"{ini}@jobcenter.kommune.example",
                "password_hash": None,
                "failed_logins": 0,
                "active": True,
                **tracked,
            }
        )
        if role == "sagsbehandler":
            by_team[team].append(sid)
    # Two ready-made logins besides admin: the first caseworker of "Team Aktiv" and its team lead.
    if admin_hash is not None:
        lead_row = staff_rows[team_names.index("Team Aktiv")]
        worker_row = next(r for r in staff_rows if r["role"] == "sagsbehandler" and r["team"] == "Team Aktiv")
        for r in (worker_row, lead_row):
            r["password_hash"] = admin_hash
            res.logins.append((r["initials"], r["role"]))
    staff_ids = [r["id"] for r in staff_rows]
    for ids in by_team.values():
        if not ids:
            ids.extend(staff_ids)

    # -- companies
    n_comp = max(20, citizens // 20)
    company_rows: list[dict[str, Any]] = []
    used_cvr: set[str] = set()
    while len(company_rows) < n_comp:
        cvr = cvrmod.complete(str(rng.randint(1_000_000, 9_999_999)))
        if cvr is None or cvr in used_cvr:
            continue
        used_cvr.add(cvr)
        social = rng.random() < 0.08
        if social:
            name = f"{rng.choice(_NAMES.social_names)} {rng.choice(_NAMES.company_words)}"
        else:
            word, trade = rng.choice(_NAMES.company_words), rng.choice(_NAMES.company_trades)
            name = f"{word} {trade} {rng.choice(_NAMES.company_forms)}".strip()
        company_rows.append({"id": g.uid(), "cvr": cvr, "name": name, "social_economy": social, **tracked})
    company_ids = [r["id"] for r in company_rows]
    social_ids = [r["id"] for r in company_rows if r["social_economy"]] or company_ids

    # -- instruments
    dims = [
        (r.id, r.scale_min, r.scale_max, dimension_raters(r.inst_code, r.instrument_version, r.code))
        for r in session.execute(
            select(
                InstrumentDimension.id,
                InstrumentDimension.code,
                Instrument.code.label("inst_code"),
                Instrument.instrument_version,
                Instrument.scale_min,
                Instrument.scale_max,
            )
            .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
            .where(Instrument.code == "bip")
            .order_by(InstrumentDimension.position)
        )
    ]

    if on_progress:
        on_progress("skriver")
    staff_cols = tuple(k for k in staff_rows[0] if k not in tracked)
    put(Staff.__table__, staff_cols, [tuple(r[k] for k in staff_cols) for r in staff_rows])
    put(
        Company.__table__,
        ("id", "cvr", "name", "social_economy"),
        [(r["id"], r["cvr"], r["name"], r["social_economy"]) for r in company_rows],
    )
    for table in _CASE_TABLES:
        res.counts.setdefault(table.name, 0)  # the order the counts are shown in, none left out
    aside = _set_aside_indexes(session) if commit_every else []
    if commit_every:
        session.commit()

    out: dict[str, list[tuple[Any, ...]]] = {k: [] for k in _CASE_COLUMNS}

    def flush() -> None:
        """Write the chunk's rows (citizens before the rows that refer to them) and let them go."""
        for key, (table, columns) in _CASE_COLUMNS.items():
            if out[key]:
                put(table, columns, out[key])
                out[key] = []
        if on_progress:
            on_progress("skriver")

    used_cpr: set[str] = set()
    span_days = (today - HISTORY_START).days - 30
    committed = 0
    for number in range(citizens):
        if number and number % CHUNK == 0:
            flush()
            if commit_every and number - committed >= commit_every:
                session.commit()
                committed = number
        # identity
        while True:
            age_at_start = rng.randint(18, 62)
            start = HISTORY_START + dt.timedelta(days=rng.randint(0, span_days))
            born = start - dt.timedelta(days=age_at_start * 365 + rng.randint(0, 364))
            if today.year - born.year > 67:
                continue
            seventh = cprmod.seventh_digit_for(born, rng.randint(0, 9))
            cpr = f"{born:%d%m%y}{seventh}{rng.randint(0, 999):03d}"
            if cpr not in used_cpr:
                used_cpr.add(cpr)
                break
        cid = g.uid()
        out["citizens"].append((cid, cpr, rng.choice(_NAMES.first_names), rng.choice(_NAMES.last_names)))
        young = (start - born).days < 30 * 365
        group = _pick(rng, FIRST_GROUP_YOUNG if young else FIRST_GROUP_ADULT)[0]
        # benefit periods, caseworkers, efforts
        d = start
        worker: uuid.UUID | None = None
        coordinator: uuid.UUID | None = None
        ongoing = False
        hops = 0
        while True:
            lo, hi = MONTHS_IN[group]
            end = _add_months(d, rng.randint(lo, hi)) - dt.timedelta(days=rng.randint(0, 20))
            if end <= d:
                end = d + dt.timedelta(days=14)
            if end >= today:
                end_v: dt.date | None = None
                ongoing = True
            else:
                end_v = end
            out["benefit"].append((g.uid(), cid, group, d, end_v))
            team = TEAM_OF_GROUP[group]
            # a new team usually means a new caseworker; sometimes one changes anyway
            if worker is None or worker not in by_team[team] or rng.random() < 0.25:
                worker = rng.choice(by_team[team])
            a_end = end_v
            last_day = min(end, today)
            if rng.random() < 0.2 and (last_day - d).days > 120:  # a change of caseworker within the period
                mid = d + dt.timedelta(days=rng.randint(60, (last_day - d).days - 30))
                out["assign"].append((g.uid(), cid, worker, "primaer", d, mid - dt.timedelta(days=1)))
                worker = rng.choice(by_team[team])
                out["assign"].append((g.uid(), cid, worker, "primaer", mid, a_end))
            else:
                out["assign"].append((g.uid(), cid, worker, "primaer", d, a_end))
            if group in NEEDS_COORDINATOR and coordinator is None:
                coordinator = worker
                out["assign"].append((g.uid(), cid, coordinator, "koordinerende", d, None))
            profile = EFFORT_PROFILE[group]
            span = max(14, ((end_v or today) - d).days)
            for _e in range(rng.choice((0, 1, 1, 2, 2, 3))):
                cat, resp, _w = _pick(rng, EFFORTS[profile])
                e_start = d + dt.timedelta(days=rng.randint(0, max(0, span - 14)))
                e_end: dt.date | None = e_start + dt.timedelta(days=rng.randint(14, 26 * 7))
                if end_v is None and e_end is not None and e_end >= today:
                    e_end = None if rng.random() < 0.7 else today - dt.timedelta(days=1)
                elif end_v is not None and e_end is not None and e_end > end_v:
                    e_end = end_v
                if e_end is not None and e_end < e_start:
                    e_end = e_start
                company = None
                if cat in COMPANY_BASED_CATEGORIES:
                    company = rng.choice(social_ids if rng.random() < 0.15 else company_ids)
                hours: float | None = None
                if cat in COMPANY_BASED_CATEGORIES or cat in ("opkvalificering", "danskuddannelse", "fgu"):
                    h = rng.choice((0, 10, 15, 20, 25, 30, 37))
                    hours = float(h) if h else None
                out["efforts"].append((g.uid(), cid, cat, resp, company, e_start, e_end, hours))
            if group.startswith("kontanthjaelp") and rng.random() < 0.3:
                m = dt.date(d.year, d.month, 1)
                stop = end_v or today
                while m <= stop and m < today:
                    if rng.random() < 0.6:
                        out["hours"].append((g.uid(), cid, m, float(rng.choice((4, 8, 12, 16, 20, 30, 40, 60)))))
                    m = _add_months(m, 1)
            # Measurement became routine: most current cases are measured every few months, older ones less.
            if group in MEASURED and dims and rng.random() < (0.8 if end_v is None else 0.45):
                level = rng.uniform(2.5, 5.5)
                md = d + dt.timedelta(days=rng.randint(7, 40))
                if end_v is None:
                    md = max(md, today - dt.timedelta(days=rng.randint(200, 720)))
                stop = end_v or today
                both = rng.random() < 0.7
                n_dates = 0
                while md <= stop and md <= today and (n_dates < 6 or end_v is None):
                    n_dates += 1
                    for dim_id, smin, smax, raters in dims:
                        center = level + rng.uniform(-1.5, 1.5)
                        for rater in ("borger", "sagsbehandler") if both else ("sagsbehandler",):
                            score = round(center + (0.6 if rater == "borger" else 0) + rng.uniform(-0.8, 0.8))
                            if rater in raters:  # who rates the dimension: the instrument file's `vurderes_af`
                                uid = g.uid()
                                out["meas"].append((uid, cid, dim_id, md, max(smin, min(smax, score)), rater))
                            else:
                                g.skip()  # drawn either way: the rest of a seed's data stays the same
                    level += rng.uniform(-0.3, 1.1)
                    md += dt.timedelta(days=rng.randint(75, 150))
            if ongoing:
                break
            nxt = _pick(rng, NEXT_STEPS[group])[0]
            if nxt == "fleksjob" and rng.random() < 0.6:
                nxt = "fleksjob_exit"  # a fleksjob is mostly an exit from the job centre's benefits
            hops += 1
            if nxt not in MONTHS_IN or hops >= 5:
                exit_type = "fleksjob" if nxt == "fleksjob_exit" else nxt if nxt not in MONTHS_IN else "andet"
                out["exits"].append((g.uid(), cid, end + dt.timedelta(days=1), exit_type))
                break
            group = nxt
            d = end + dt.timedelta(days=1)
        if coordinator is not None and not ongoing:
            # close the coordinating assignment at the last period's end
            for i in range(len(out["assign"]) - 1, -1, -1):
                row = out["assign"][i]
                if row[1] != cid:
                    break
                if row[3] == "koordinerende":
                    out["assign"][i] = (*row[:5], max(row[4], end))
                    break
        if ongoing:
            young_now = (today - born).days < 30 * 365
            own_goal, job_goal, fitting, _young = rng.choice([p for p in PLAN_GOALS if p[3] == young_now] or PLAN_GOALS)
            chosen_subs = rng.sample(fitting + COMMON_SUB_GOALS, rng.randint(1, 3))
            out["plans"].append(
                (
                    g.uid(),
                    cid,
                    own_goal,
                    job_goal,
                    "Næste samtale: vi følger op på praktikken og aftaler næste skridt.",
                    today + dt.timedelta(days=rng.randint(1, 60)),
                )
            )
            for pos, sub_goal in enumerate(chosen_subs):
                sg_start = today - dt.timedelta(days=rng.randint(10, 200))
                out["subgoals"].append(
                    (
                        g.uid(),
                        cid,
                        pos,
                        sub_goal,
                        rng.choice(("ikke_startet", "i_gang", "i_gang", "naaet")),
                        sg_start,
                        sg_start + dt.timedelta(days=rng.randint(30, 180)),
                    )
                )
            out["notes"].append(
                (
                    g.uid(),
                    cid,
                    today - dt.timedelta(days=rng.randint(1, 90)),
                    "moede",
                    "Samtale om planen. Borgeren er motiveret og har selv formuleret sit mål.",
                )
            )

    flush()
    for i, sql in enumerate(aside):  # sorted once: each in its own transaction, the last left to the caller's
        if i:
            session.commit()
        session.connection().exec_driver_sql(sql)
    return res


def _set_aside_indexes(session: Session) -> list[str]:
    """On SQLite, drop the case tables' indexes that do not lead with the citizen or the row's id; returns their
    ``CREATE INDEX`` statements, to be run again (as the schema has them) when the rows are in.

    With time-ordered ids an index on ``citizen_id`` (or ``id``) grows at its end, but one on a name, a code, a date,
    a caseworker or a company takes each insert on a page anywhere in it: at 1,000,000 citizens ~0.4 GB of such
    pages, beyond the page cache, so most inserts read a page and most batches rewrote them all. Built once from the
    finished table, such an index is sorted instead. Only for a file built aside (``commit_every``); nobody reads it
    before it is complete.
    """
    if session.get_bind().dialect.name != "sqlite":
        return []
    conn = session.connection()
    tables = [t.name for t in _CASE_TABLES]
    marks = ", ".join("?" * len(tables))
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY rowid",
        tuple(tables),
    ).all()
    aside = []
    for name, sql in found:
        quoted = '"' + str(name).replace('"', '""') + '"'
        first = conn.exec_driver_sql("SELECT name FROM pragma_index_info(?) WHERE seqno = 0", (str(name),)).scalar()
        if first in ("citizen_id", "id"):
            continue
        conn.exec_driver_sql(f"DROP INDEX {quoted}")
        aside.append(str(sql))
    return aside
