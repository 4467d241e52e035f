"""The demo job centre is believable: valid identifiers, every department, history from 2012, reproducible."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import distinct, func, select

from planner_gui.domain import cpr as cprmod
from planner_gui.domain import cvr as cvrmod
from planner_gui.domain.codes import EFFORT_CATEGORIES, EXIT_TYPES, RESPONSIBLE_UNITS, TARGET_GROUPS
from planner_gui.storage.db import Database
from planner_gui.storage.tables import (
    Assignment,
    BenefitPeriod,
    Citizen,
    Company,
    Effort,
    Exit,
    Measurement,
    OrdinaryHours,
    Plan,
    Staff,
)
from tests.conftest import PASSWORD, TODAY


def test_identifiers_are_valid(demo_db: Database) -> None:
    with demo_db.read() as s:
        cprs = s.scalars(select(Citizen.cpr)).all()
        cvrs = s.scalars(select(Company.cvr)).all()
    assert len(cprs) == 300 == len(set(cprs))
    for c in cprs:
        born = cprmod.birth_date(cprmod.normalize(c))
        assert 15 <= (TODAY - born).days // 365 <= 80
    assert all(cvrmod.is_valid(c) for c in cvrs)


def test_covers_every_code_and_history_since_2012(demo_db: Database) -> None:
    with demo_db.read() as s:
        groups = set(s.scalars(select(BenefitPeriod.target_group).distinct()))
        categories = set(s.scalars(select(Effort.category).distinct()))
        units = set(s.scalars(select(Effort.responsible).distinct()))
        exits = set(s.scalars(select(Exit.type).distinct()))
        first = s.scalar(select(func.min(BenefitPeriod.start)))
        years = {str(d.year) for d in s.scalars(select(BenefitPeriod.start).distinct())}
        social = s.scalar(select(func.count()).select_from(Company).where(Company.social_economy.is_(True)))
        hours = s.scalar(select(func.count()).select_from(OrdinaryHours))
        measured = s.scalar(select(func.count(distinct(Measurement.citizen_id))))
        plans = s.scalar(select(func.count()).select_from(Plan))
        roles = set(s.scalars(select(Staff.role).distinct()))
    assert groups >= set(TARGET_GROUPS) - {"revalidering", "fleksjob"}
    assert categories >= set(EFFORT_CATEGORIES) - {"igu", "fleksjob", "ips", "ordinaere_timer"}
    assert len(units) >= len(RESPONSIBLE_UNITS) - 2
    assert exits >= set(EXIT_TYPES) - {"fraflyttet", "foertidspension"}
    assert first is not None and first.year == 2012
    assert {"2012", "2018", "2019", "2020", "2021", "2022"} <= years
    assert social and hours and measured and plans
    assert roles == {"sagsbehandler", "teamleder", "administrator"}


def test_caseworker_changes_happen(demo_db: Database) -> None:
    with demo_db.read() as s:
        per_citizen = (
            select(Assignment.citizen_id, func.count(distinct(Assignment.staff_id)).label("n"))
            .where(Assignment.role == "primaer")
            .group_by(Assignment.citizen_id)
            .subquery()
        )
        changed = s.scalar(select(func.count()).select_from(per_citizen).where(per_citizen.c.n > 1))
    assert changed and changed > 10


def test_intervals_are_consistent(demo_db: Database) -> None:
    with demo_db.read() as s:
        for model in (BenefitPeriod, Assignment, Effort):
            bad = s.scalar(select(func.count()).select_from(model).where(model.end < model.start))
            assert bad == 0, model.__tablename__
        future = s.scalar(select(func.count()).select_from(Measurement).where(Measurement.date > TODAY))
        assert future == 0


def test_seed_makes_it_reproducible(tmp_path: Path) -> None:
    from planner_gui.services.setup import create_demo_database

    def snapshot(path: Path) -> list[tuple[object, ...]]:
        db, _ = create_demo_database(path, PASSWORD, citizens=40, seed=11, today=dt.date(2026, 1, 31))
        try:
            with db.read() as s:
                return [tuple(r) for r in s.execute(select(Citizen.cpr, Citizen.first_name).order_by(Citizen.cpr))]
        finally:
            db.dispose()

    assert snapshot(tmp_path / "a.db") == snapshot(tmp_path / "b.db")
