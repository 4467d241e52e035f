"""The demo job centre is believable: valid identifiers, every department, history from 2012, reproducible."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import distinct, func, select, text
from sqlalchemy.orm import Session

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


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every demo row (all columns but the time it was written and the ids of what each database makes its own:
    admin, the instruments' dimensions), in id order."""
    from planner_gui.storage.tables import Base

    skip = {"created_at", "updated_at", "password_hash", "dimension_id"}
    out: dict[str, list[tuple[object, ...]]] = {}
    with db.read() as s:
        for name in (
            "staff",
            "companies",
            "citizens",
            "benefit_periods",
            "assignments",
            "efforts",
            "ordinary_hours",
            "measurements",
            "exits",
            "plans",
            "sub_goals",
            "notes",
        ):
            table = Base.metadata.tables[name]
            query = select(*[c for c in table.c if c.name not in skip]).order_by(table.c.id)
            if name == "staff":
                query = query.where(table.c.initials != "admin")
            out[name] = [tuple(r) for r in s.execute(query)]
    return out


def test_committed_in_batches_it_is_the_same_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A demo file is committed every DEMO_COMMIT_EVERY citizens, written CHUNK citizens at a time (issue 17): the
    rows are the same as in one chunk and one transaction, the audit holds one demo entry and its chain is whole, and
    the ids grow in the order the rows were made (UUIDv7: every index on an id or a citizen id grows at its end)."""
    from planner_gui.demo import generator
    from planner_gui.services import setup
    from planner_gui.storage import audit
    from planner_gui.storage.tables import AuditEntry

    day = dt.date(2026, 1, 31)
    one, _ = setup.create_demo_database(tmp_path / "one.db", PASSWORD, citizens=60, seed=5, today=day)
    monkeypatch.setattr(generator, "CHUNK", 7)
    monkeypatch.setattr(setup, "DEMO_COMMIT_EVERY", 20)
    commits = 0
    real_commit = Session.commit

    def counting(self: Session) -> None:
        nonlocal commits
        commits += 1
        real_commit(self)

    monkeypatch.setattr(Session, "commit", counting)
    seen: list[str] = []
    batched, result = setup.create_demo_database(
        tmp_path / "batched.db", PASSWORD, citizens=60, seed=5, today=day, on_progress=seen.append
    )
    monkeypatch.undo()
    try:
        assert commits >= 1 + 3 + 1  # staff and companies, at 21, 42 and 63 citizens' chunk ends, the last
        assert len(seen) >= 60 // 7  # after every chunk: the first start's cancel button is checked there
        assert result.counts["citizens"] == 60
        a, b = _rows(one), _rows(batched)
        assert a == b and len(a["measurements"]) > 100
        schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        plain = setup.create_database(tmp_path / "plain.db", PASSWORD)
        try:  # the indexes set aside while it was built are all back, as the migrations made them
            with plain.read() as s0, batched.read() as s2:
                assert s0.execute(text(schema)).all() == s2.execute(text(schema)).all()
        finally:
            plain.dispose()
        with batched.read() as s:
            made = list(s.scalars(select(Citizen.id).order_by(text("rowid"))))
            assert audit.verify(s) is None
            demo = s.scalars(select(AuditEntry.details).where(AuditEntry.entity == "demo")).all()
        assert len(made) == 60 and made == sorted(made) and all(i.version == 7 for i in made)
        assert len(demo) == 1 and '"borgere": 60' in demo[0]
    finally:
        one.dispose()
        batched.dispose()
    assert not (tmp_path / "batched.db.unfinished").exists()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_failing_demo_leaves_nothing(tmp_path: Path, encrypted: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A demo that fails (or is cancelled in the first start, whose progress callback raises) part-way, after
    batches were committed, leaves neither the file, its key file nor the folder it was built in."""
    from planner_gui.demo import generator
    from planner_gui.services import setup

    monkeypatch.setattr(generator, "CHUNK", 50)
    monkeypatch.setattr(setup, "DEMO_COMMIT_EVERY", 100)
    calls = 0

    def cancel_later(_step: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 6:  # after 250 citizens, 200 of them committed
            assert (tmp_path / "demo.db.unfinished" / "demo.db").stat().st_size > 0
            assert not (tmp_path / "demo.db").exists()
            raise KeyboardInterrupt

    target = tmp_path / "demo.db"
    make = setup.create_encrypted_demo_database if encrypted else setup.create_demo_database
    with pytest.raises(KeyboardInterrupt):
        make(target, PASSWORD, citizens=400, seed=2, today=TODAY, on_progress=cancel_later)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
