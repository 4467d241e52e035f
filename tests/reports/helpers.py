"""Helpers for the report tests: a builder of hand-made case data, goals from YAML snippets, one-goal runs."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from sqlalchemy import select

from planner_gui.domain.goals import Goal, parse_goal_text
from planner_gui.reports.indicators import GoalResult, Period, compute_goal
from planner_gui.storage.db import Database
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
    OrdinaryHours,
    Staff,
)

D = dt.date
YEAR_2018 = Period(D(2018, 1, 1), D(2018, 12, 31))
LONG_AGO = D(2017, 1, 1)


class Builder:
    """Adds rows to a test database; every method returns the new row's id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._serial = itertools.count(1)

    def _add(self, row: Any) -> uuid.UUID:
        with self.db.write() as s:
            s.add(row)
            s.flush()
            return row.id  # type: ignore[no-any-return]

    def citizen(self, cpr: str | None = None, first: str = "Test", last: str = "Borger") -> uuid.UUID:
        if cpr is None:  # born 1 Jan 1980 (7th digit 1: 19xx), a serial number keeps it unique
            cpr = f"010180{1000 + next(self._serial):04d}"
        return self._add(Citizen(cpr=cpr, first_name=first, last_name=last))

    def staff(self, initials: str, team: str = "Team A", name: str = "Sags Behandler") -> uuid.UUID:
        return self._add(Staff(initials=initials, name=name, team=team, role="sagsbehandler"))

    def company(self, cvr: str, social: bool = False, name: str = "Firma ApS") -> uuid.UUID:
        return self._add(Company(cvr=cvr, name=name, social_economy=social))

    def benefit(self, cid: uuid.UUID, group: str, start: dt.date, end: dt.date | None) -> uuid.UUID:
        return self._add(BenefitPeriod(citizen_id=cid, target_group=group, start=start, end=end))

    def assign(
        self, cid: uuid.UUID, staff_id: uuid.UUID, start: dt.date, end: dt.date | None, role: str = "primaer"
    ) -> uuid.UUID:
        return self._add(Assignment(citizen_id=cid, staff_id=staff_id, role=role, start=start, end=end))

    def effort(
        self,
        cid: uuid.UUID,
        category: str,
        start: dt.date,
        end: dt.date | None,
        company_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        return self._add(
            Effort(
                citizen_id=cid, category=category, responsible="jobcenter", company_id=company_id, start=start, end=end
            )
        )

    def exit(self, cid: uuid.UUID, date: dt.date, kind: str) -> uuid.UUID:
        return self._add(Exit(citizen_id=cid, date=date, type=kind))

    def hours(self, cid: uuid.UUID, month: dt.date, hours: float) -> uuid.UUID:
        return self._add(OrdinaryHours(citizen_id=cid, month=month, hours=hours))

    def dimension_id(self, code: str, instrument: str = "bip") -> uuid.UUID:
        with self.db.read() as s:
            found = s.scalar(
                select(InstrumentDimension.id)
                .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
                .where(Instrument.code == instrument, InstrumentDimension.code == code)
            )
        assert found is not None, f"no dimension {instrument}/{code}"
        return found

    def measure(
        self,
        cid: uuid.UUID,
        date: dt.date,
        dimension: str,
        score: int,
        rater: str = "sagsbehandler",
        instrument: str = "bip",
    ) -> uuid.UUID:
        dim = self.dimension_id(dimension, instrument)
        return self._add(Measurement(citizen_id=cid, dimension_id=dim, date=date, score=score, rater=rater))

    def member(
        self,
        group: str = "kontanthjaelp_jobparat",
        start: dt.date = LONG_AGO,
        end: dt.date | None = None,
        cpr: str | None = None,
    ) -> uuid.UUID:
        """A citizen with one benefit period (ongoing by default), so a member of a 2018 population."""
        cid = self.citizen(cpr)
        self.benefit(cid, group, start, end)
        return cid


def make_goal(
    maal: str,
    population: str = "",
    *,
    maalvaerdi: float = 0.5,
    baseline: float | None = None,
    retning: str = "op",
    goal_id: str = "T-1",
) -> Goal:
    """A goal from YAML flow mappings, e.g. ``make_goal("{type: antal_borgere}", "{maalgrupper: [fleksjob]}")``."""
    lines = [
        "kommune: Testby",
        "plan: Testplan",
        "goals:",
        f"  - id: {goal_id}",
        "    titel: Testmål",
        f"    maal: {maal}",
        f"    maalvaerdi: {maalvaerdi}",
        f"    retning: {retning}",
    ]
    if population:
        lines.append(f"    population: {population}")
    if baseline is not None:
        lines.append(f"    baseline: {baseline}")
    return parse_goal_text("\n".join(lines) + "\n").goals[0]


def run(db: Database, goal: Goal, period: Period = YEAR_2018) -> GoalResult:
    with db.read() as s:
        return compute_goal(s, goal, period)
