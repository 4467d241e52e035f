"""The `maalinger` sheet: export, import into an empty database, export again: the same rows, both raters kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from planner_gui.domain.progression import OccasionEntry
from planner_gui.services import measurements as svc
from planner_gui.services.auth import Actor
from planner_gui.services.instruments import list_instruments
from planner_gui.services.interchange import ImportErrors, export_workbook, import_workbook
from planner_gui.services.setup import create_database
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, Citizen, Staff
from tests.conftest import PASSWORD

ADMIN = Actor("admin", "administrator")


def today() -> dt.date:
    """Today, asked when a test runs (not when the module is collected: a run may pass midnight)."""
    return dt.date.today()


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


def _fill(db: Database) -> None:
    with db.write() as s:
        kw = Staff(initials="kw", name="Kim Worker", role="sagsbehandler")
        a = Citizen(cpr="0101901234", first_name="Anne", last_name="Andersen")
        b = Citizen(cpr="0202051234", first_name="Bo", last_name="Berg")
        s.add_all([kw, a, b])
        s.flush()
        for c in (a, b):
            s.add(Assignment(citizen_id=c.id, staff_id=kw.id, role="primaer", start=dt.date(2020, 1, 1)))
        actor, ids = Actor("kw", "sagsbehandler", kw.id), (a.id, b.id)
    inst = {i.code: i.id for i in list_instruments(db)}
    d1, d2 = today() - dt.timedelta(days=300), today() - dt.timedelta(days=30)
    svc.record_occasion(
        db,
        actor,
        ids[0],
        inst["bip"],
        [
            OccasionEntry("jobsoegning", 2, 3, "note"),
            OccasionEntry("helbred", 6, None),
            OccasionEntry("tro_paa_job", None, 4),
        ],
        d1,
    )
    svc.record_occasion(
        db,
        actor,
        ids[0],
        inst["bip"],
        [
            OccasionEntry("jobsoegning", 5, 3),
            OccasionEntry("helbred", 6, 6),
            OccasionEntry("hverdag", 10, 1),
        ],
        d2,
    )
    svc.record_occasion(db, actor, ids[1], inst["ung"], [OccasionEntry("trivsel", 1, 5)], d2)


def test_maalinger_round_trip_with_both_raters(empty_db: Database, tmp_path: Path) -> None:
    _fill(empty_db)
    first = tmp_path / "first.xlsx"
    export_workbook(empty_db, ADMIN, first)
    rows = _sheets(first)["maalinger"]
    assert rows[0] == ("cpr", "dato", "instrument", "dimension", "score", "vurderet_af", "note")
    body = rows[1:]
    assert len(body) == 12  # 4 + 6 + 2 scores
    assert {r[5] for r in body} == {"borger", "sagsbehandler"}
    assert sum(r[5] == "borger" for r in body) == 6

    other = create_database(tmp_path / "other.db", PASSWORD)
    try:
        result = import_workbook(other, ADMIN, first)
        assert result.inserted["maalinger"] == 12
        second = tmp_path / "second.xlsx"
        export_workbook(other, ADMIN, second)
        assert _sheets(second)["maalinger"] == rows
        assert _sheets(second)["borgere"] == _sheets(first)["borgere"]
        # the imported scores give the same progression, rater by rater
        with empty_db.read() as s:
            (cid,) = s.execute(
                Citizen.__table__.select().with_only_columns(Citizen.id).where(Citizen.cpr == "0101901234")
            ).one()
        with other.read() as s:
            (cid2,) = s.execute(
                Citizen.__table__.select().with_only_columns(Citizen.id).where(Citizen.cpr == "0101901234")
            ).one()
        p1 = svc.citizen_progression(empty_db, ADMIN, cid, reason="test").for_code("bip")
        p2 = svc.citizen_progression(other, ADMIN, cid2, reason="test").for_code("bip")
        assert p1 is not None and p2 is not None
        assert sorted(p1.progression.scores, key=repr) == sorted(p2.progression.scores, key=repr)
        assert p2.progression.distance("jobsoegning", "borger").change == 3  # type: ignore[union-attr]
        assert p2.progression.distance("jobsoegning", "sagsbehandler").change == 0  # type: ignore[union-attr]
        # importing the same workbook again changes nothing
        assert import_workbook(other, ADMIN, first).inserted["maalinger"] == 0
    finally:
        other.dispose()


def test_score_outside_the_scale_is_refused_on_import(empty_db: Database, tmp_path: Path) -> None:
    _fill(empty_db)
    path = tmp_path / "first.xlsx"
    export_workbook(empty_db, ADMIN, path)
    from openpyxl import load_workbook as load

    wb = load(path)
    ws = wb["maalinger"]
    ung_row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "ung")
    ung_row[4].value = 6  # the young people's instrument goes 1-5
    wb.save(path)
    other = create_database(tmp_path / "other.db", PASSWORD)
    try:
        try:
            import_workbook(other, ADMIN, path)
        except ImportErrors as err:
            assert any("maalinger!" in e and "uden for skalaen 1-5" in e for e in err.errors)
        else:
            raise AssertionError("import should have failed")
    finally:
        other.dispose()
