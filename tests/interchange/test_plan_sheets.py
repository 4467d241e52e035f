"""The plan in the interchange workbook (CONTRACT.md section 2): sheets `planer`, `delmaal`, `notater` and the
optional columns `indsatser.bemaerkning` and `maalinger.note`."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner_gui.services.auth import Actor
from planner_gui.services.interchange import ImportErrors, export_workbook, import_workbook
from planner_gui.services.setup import create_database, create_demo_database
from planner_gui.storage.db import Database
from planner_gui.storage.tables import (
    Citizen,
    Effort,
    Instrument,
    InstrumentDimension,
    Measurement,
    Note,
    Plan,
    Staff,
    SubGoal,
)
from tests.conftest import PASSWORD
from tests.interchange.test_import import counts
from tests.interchange.wb import GOOD, make_workbook

ADMIN = Actor("admin", "administrator")
CPR_A, CPR_B = "0101901234", "0202051234"
PLAN_HEADERS = {
    "planer": ("cpr", "eget_maal", "job_maal", "naeste_skridt", "naeste_moede", "overdragelsesnotat"),
    "delmaal": ("cpr", "nr", "tekst", "status", "start", "frist"),
    "notater": ("cpr", "dato", "art", "initialer", "tekst"),
    "indsatser": ("cpr", "kategori", "ansvarlig", "cvr", "fra", "til", "timer_pr_uge", "bemaerkning"),
    "maalinger": ("cpr", "dato", "instrument", "dimension", "score", "vurderet_af", "note"),
}


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = load_workbook(path, read_only=True)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for ws in wb.worksheets:
            rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
            width = len(rows[0]) if rows else 0
            out[ws.title] = [r + (None,) * (width - len(r)) for r in rows]  # read-only mode drops trailing blanks
        return out
    finally:
        wb.close()


def _fill(db: Database) -> None:
    """Two citizens: one with a full plan, sub-goals, notes, a remark and a measurement note; one with an empty plan."""
    with db.write() as s:
        kw = Staff(initials="kw", name="Kim Worker", role="sagsbehandler")
        a = Citizen(cpr=CPR_A, first_name="Anne", last_name="Andersen")
        b = Citizen(cpr=CPR_B, first_name="Bo", last_name="Berg")
        s.add_all([kw, a, b])
        s.flush()
        s.add(
            Plan(
                citizen_id=a.id,
                own_goal="Komme i arbejde\nhelst på lager",
                job_goal="Lagerarbejder",
                next_step="=Ring til Kanten\tmandag",
                next_meeting=dt.date(2026, 12, 1),
                handover_note="Husk tolk",
                handover_from="kw",
            )
        )
        s.add(Plan(citizen_id=b.id))
        s.add_all(
            [
                SubGoal(
                    citizen_id=a.id, position=0, text="Truckcertifikat", status="i_gang", start=dt.date(2026, 1, 5)
                ),
                SubGoal(
                    citizen_id=a.id,
                    position=1,
                    text="Søge 5 job om ugen",
                    status="ikke_startet",
                    start=dt.date(2026, 2, 1),
                    deadline=dt.date(2026, 6, 30),
                ),
                SubGoal(citizen_id=a.id, position=2, text="Dansk niveau 3", status="opgivet"),
            ]
        )
        s.add_all(
            [
                Note(
                    citizen_id=a.id,
                    date=dt.date(2026, 1, 5),
                    kind="moede",
                    text="Første møde.\nGod stemning.",
                    author="kw",
                ),
                Note(citizen_id=a.id, date=dt.date(2026, 2, 1), kind="note", text="Ringede; ingen svar"),
                Note(citizen_id=a.id, date=dt.date(2026, 3, 1), kind="overdragelse", text="Husk tolk", author="kw"),
            ]
        )
        s.add(
            Effort(
                citizen_id=a.id,
                category="mentor",
                responsible="social",
                start=dt.date(2026, 1, 5),
                note="Mentor: Lis\n2 t/uge",
            )
        )
        s.add(Effort(citizen_id=b.id, category="vejledning", responsible="jobcenter", start=dt.date(2026, 1, 5)))
        dim = s.scalar(
            select(InstrumentDimension)
            .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
            .where(Instrument.code == "bip", InstrumentDimension.code == "helbred")
        )
        assert dim is not None
        for rater, score in (("borger", 3), ("sagsbehandler", 4)):
            s.add(
                Measurement(
                    citizen_id=a.id,
                    dimension_id=dim.id,
                    date=dt.date(2026, 1, 5),
                    score=score,
                    rater=rater,
                    note="ondt i ryggen",
                )
            )


def test_export_writes_the_plan_sheets_with_exact_headers(empty_db: Database, tmp_path: Path) -> None:
    _fill(empty_db)
    path = tmp_path / "out.xlsx"
    written = export_workbook(empty_db, ADMIN, path)
    cells = _cells(path)
    for sheet, header in PLAN_HEADERS.items():
        assert cells[sheet][0] == header, sheet
    assert written["planer"] == 2 and written["delmaal"] == 3 and written["notater"] == 3
    assert cells["planer"][1:] == [
        (
            "010190-1234",
            "Komme i arbejde\nhelst på lager",
            "Lagerarbejder",
            "=Ring til Kanten\tmandag",
            dt.datetime(2026, 12, 1),
            "Husk tolk",
        ),
        ("020205-1234", None, None, None, None, None),
    ]
    assert cells["delmaal"][1:] == [
        ("010190-1234", 1, "Truckcertifikat", "i_gang", dt.datetime(2026, 1, 5), None),
        ("010190-1234", 2, "Søge 5 job om ugen", "ikke_startet", dt.datetime(2026, 2, 1), dt.datetime(2026, 6, 30)),
        ("010190-1234", 3, "Dansk niveau 3", "opgivet", None, None),
    ]
    assert cells["notater"][1:] == [
        ("010190-1234", dt.datetime(2026, 1, 5), "moede", "kw", "Første møde.\nGod stemning."),
        ("010190-1234", dt.datetime(2026, 2, 1), "note", None, "Ringede; ingen svar"),
        ("010190-1234", dt.datetime(2026, 3, 1), "overdragelse", "kw", "Husk tolk"),
    ]
    assert [r[7] for r in cells["indsatser"][1:]] == ["Mentor: Lis\n2 t/uge", None]
    assert [r[6] for r in cells["maalinger"][1:]] == ["ondt i ryggen", "ondt i ryggen"]


def test_one_citizen_export_carries_the_note_authors(empty_db: Database, tmp_path: Path) -> None:
    _fill(empty_db)
    path = tmp_path / "one.xlsx"
    export_workbook(empty_db, ADMIN, path, cpr=CPR_A)
    cells = _cells(path)
    assert [r[0] for r in cells["medarbejdere"][1:]] == ["kw"]  # the notes' author, though not assigned
    assert len(cells["planer"]) == 2 and len(cells["delmaal"]) == 4 and len(cells["notater"]) == 4


def test_small_round_trip_and_reimport(empty_db: Database, tmp_path: Path) -> None:
    _fill(empty_db)
    first = tmp_path / "first.xlsx"
    export_workbook(empty_db, ADMIN, first)
    other = create_database(tmp_path / "other.db", PASSWORD)
    try:
        result = import_workbook(other, ADMIN, first)
        assert result.inserted["planer"] == 2 and result.inserted["delmaal"] == 3 and result.inserted["notater"] == 3
        second = tmp_path / "second.xlsx"
        export_workbook(other, ADMIN, second)
        assert _cells(first) == _cells(second)
        with other.read() as s:
            plan = s.scalar(select(Plan).join(Citizen, Citizen.id == Plan.citizen_id).where(Citizen.cpr == CPR_A))
            assert plan is not None
            assert plan.next_step == "=Ring til Kanten\tmandag" and plan.own_goal == "Komme i arbejde\nhelst på lager"
            assert sorted(s.scalars(select(Effort.note))) == ["", "Mentor: Lis\n2 t/uge"]
        before = counts(other)
        again = import_workbook(other, ADMIN, second)
        assert counts(other) == before
        assert sum(again.inserted.values()) == 0 and sum(again.updated.values()) == 0
        assert again.skipped["planer"] == 2 and again.skipped["delmaal"] == 3 and again.skipped["notater"] == 3
    finally:
        other.dispose()


def test_demo_export_import_export_is_identical(empty_db: Database, tmp_path: Path) -> None:
    demo, _ = create_demo_database(tmp_path / "demo.db", PASSWORD, citizens=40, seed=3)
    try:
        first = tmp_path / "first.xlsx"
        export_workbook(demo, ADMIN, first)
    finally:
        demo.dispose()
    a = _cells(first)
    assert len(a["planer"]) > 1 and len(a["delmaal"]) > 1 and len(a["notater"]) > 1
    result = import_workbook(empty_db, ADMIN, first)
    assert result.inserted["planer"] == len(a["planer"]) - 1
    second = tmp_path / "second.xlsx"
    export_workbook(empty_db, ADMIN, second)
    b = _cells(second)
    assert list(a) == list(b)
    for sheet in a:
        assert a[sheet] == b[sheet], sheet
    before = counts(empty_db)
    again = import_workbook(empty_db, ADMIN, second)
    assert counts(empty_db) == before
    assert sum(again.inserted.values()) == 0 and sum(again.updated.values()) == 0


def _plan_book(
    tmp_path: Path, name: str, headers: dict[str, list[str]] | None = None, **extra: list[list[Any]]
) -> Path:
    data: dict[str, list[list[Any]]] = copy.deepcopy(GOOD)
    data.update(extra)
    return make_workbook(tmp_path / name, data, headers)


def test_a_planer_row_for_a_held_citizen_updates_the_plan(empty_db: Database, tmp_path: Path) -> None:
    first = _plan_book(
        tmp_path,
        "a.xlsx",
        planer=[["010190-1234", "Job", "Lager", "Ring", "2026-12-01", None]],
        delmaal=[["010190-1234", 1, "Truck", "i_gang", None, None]],
        notater=[["010190-1234", "2026-01-05", "note", "ab", "Hej"]],
    )
    result = import_workbook(empty_db, ADMIN, first)
    assert result.inserted["planer"] == 1
    second = _plan_book(
        tmp_path,
        "b.xlsx",
        planer=[["010190-1234", "Uddannelse", "Smed", "Søg ind", None, "Husk tolk"]],
        delmaal=[["010190-1234", 1, "Truck", "i_gang", None, None]],
        notater=[["010190-1234", "2026-01-05", "note", "ab", "Hej"]],
    )
    result = import_workbook(empty_db, ADMIN, second)
    assert result.updated["planer"] == 1 and result.inserted["planer"] == 0
    assert result.skipped["delmaal"] == 1 and result.skipped["notater"] == 1
    with empty_db.read() as s:
        plans = s.scalars(select(Plan)).all()
        assert len(plans) == 1
        p = plans[0]
        assert (p.own_goal, p.job_goal, p.next_step, p.next_meeting, p.handover_note) == (
            "Uddannelse",
            "Smed",
            "Søg ind",
            None,
            "Husk tolk",
        )
        assert p.version == 2
        assert len(s.scalars(select(SubGoal)).all()) == 1 and len(s.scalars(select(Note)).all()) == 1


def test_bad_plan_rows_are_reported_and_nothing_written(empty_db: Database, tmp_path: Path) -> None:
    path = _plan_book(
        tmp_path,
        "bad.xlsx",
        {"indsatser": [*GOOD_HEADER["indsatser"], "bemaerkning"]},
        planer=[["010190-1234", "Job", "Lager", "Ring", "2026-02-30", None], ["3112999999", "", "", "", None, None]],
        delmaal=[
            ["010190-1234", 0, "Truck", "i_gang", None, None],
            ["010190-1234", 2, "Truck", "færdig", "2026-03-01", "2026-02-01"],
            ["010190-1234", 3, None, "naaet", None, None],
        ],
        notater=[
            ["010190-1234", "2026-01-05", "brev", "zz", "Hej"],
            ["010190-1234", None, "note", None, "Hej\u202eeh"],
        ],
        indsatser=[["010190-1234", "mentor", "social", None, "2018-02-01", None, None, "ok\u2028"]],
    )
    before = counts(empty_db)
    with pytest.raises(ImportErrors) as exc:
        import_workbook(empty_db, ADMIN, path)
    text = str(exc.value)
    expected = [
        "planer!2 naeste_moede: '2026-02-30' er ikke en gyldig dato",
        "planer!3 cpr:",
        "delmaal!2 nr: 0 skal være 1 eller derover",
        "delmaal!3 status: ukendt kode 'færdig'",
        "delmaal!3 frist: 2026-02-01 ligger før start (2026-03-01)",
        "delmaal!4 tekst: mangler",
        "notater!2 art: ukendt kode 'brev'",
        "notater!2 initialer: medarbejderen 'zz' findes hverken i arket medarbejdere eller i databasen",
        "notater!3 dato: dato mangler",
        "notater!3 tekst: indeholder tegn der vender skriveretningen",
        "indsatser!2 bemaerkning: indeholder linjeskift",
    ]
    for e in expected:
        assert e in text, (e, text)
    assert counts(empty_db) == before


def test_a_workbook_without_the_plan_sheets_or_optional_columns_stays_valid(empty_db: Database, tmp_path: Path) -> None:
    result = import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "in.xlsx", GOOD))
    assert result.inserted["indsatser"] == 2 and result.inserted["maalinger"] == 2
    assert "planer" not in result.inserted or result.inserted["planer"] == 0
    with empty_db.read() as s:
        assert set(s.scalars(select(Effort.note))) == {""}
        assert set(s.scalars(select(Measurement.note))) == {""}
    # the same rows with the optional columns (empty notes) are the rows already held
    with_cols = copy.deepcopy(GOOD)
    with_cols["indsatser"] = [[*r, None] for r in GOOD["indsatser"]]
    with_cols["maalinger"] = [[*r, ""] for r in GOOD["maalinger"]]
    headers = {
        "indsatser": [*GOOD_HEADER["indsatser"], "bemaerkning"],
        "maalinger": [*GOOD_HEADER["maalinger"], "note"],
    }
    again = import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "cols.xlsx", with_cols, headers))
    assert again.inserted["indsatser"] == 0 and again.skipped["indsatser"] == 2
    assert again.inserted["maalinger"] == 0 and again.skipped["maalinger"] == 2


def test_only_the_two_optional_columns_are_accepted(empty_db: Database, tmp_path: Path) -> None:
    headers = {
        "indsatser": [*GOOD_HEADER["indsatser"], "note"],
        "maalinger": [*GOOD_HEADER["maalinger"], "bemaerkning"],
        "afgange": [*GOOD_HEADER["afgange"], "note"],
    }
    with pytest.raises(ImportErrors) as exc:
        import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "cols.xlsx", GOOD, headers))
    text = str(exc.value)
    assert "indsatser!1 note: ukendt kolonne" in text
    assert "maalinger!1 bemaerkning: ukendt kolonne" in text
    assert "afgange!1 note: ukendt kolonne" in text


def test_optional_notes_are_imported(empty_db: Database, tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    data["indsatser"] = [[*r, f"bemærkning {i}\nlinje 2"] for i, r in enumerate(GOOD["indsatser"])]
    data["maalinger"] = [[*r, "ryg"] for r in GOOD["maalinger"]]
    headers = {
        "indsatser": [*GOOD_HEADER["indsatser"], "bemaerkning"],
        "maalinger": [*GOOD_HEADER["maalinger"], "note"],
    }
    import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "n.xlsx", data, headers))
    with empty_db.read() as s:
        assert sorted(s.scalars(select(Effort.note))) == ["bemærkning 0\nlinje 2", "bemærkning 1\nlinje 2"]
        assert set(s.scalars(select(Measurement.note))) == {"ryg"}


GOOD_HEADER: dict[str, list[str]] = {
    "indsatser": ["cpr", "kategori", "ansvarlig", "cvr", "fra", "til", "timer_pr_uge"],
    "maalinger": ["cpr", "dato", "instrument", "dimension", "score", "vurderet_af"],
    "afgange": ["cpr", "dato", "type"],
}
