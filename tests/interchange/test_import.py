"""Import: all or nothing, every error as `sheet!row column: reason`, idempotent, exact round trip."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from planner_gui.errors import UserError
from planner_gui.services.auth import Actor
from planner_gui.services.interchange import ImportErrors, export_workbook, import_workbook
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Base
from tests.interchange.wb import GOOD, make_workbook

ADMIN = Actor("admin", "administrator")


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
            if t.name not in ("audit_log", "alembic_version")
        }


def with_row(sheet: str, row: list[Any]) -> dict[str, list[list[Any]]]:
    data = copy.deepcopy(GOOD)
    data[sheet] = [*data[sheet], row]
    return data


def test_good_workbook_imports(empty_db: Database, tmp_path: Path) -> None:
    result = import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "in.xlsx", GOOD))
    assert result.inserted["borgere"] == 2
    assert result.inserted["maalinger"] == 2
    c = counts(empty_db)
    assert c["citizens"] == 2 and c["efforts"] == 2 and c["measurements"] == 2 and c["exits"] == 1


def test_import_twice_changes_nothing(empty_db: Database, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "in.xlsx", GOOD)
    import_workbook(empty_db, ADMIN, path)
    before = counts(empty_db)
    again = import_workbook(empty_db, ADMIN, path)
    assert counts(empty_db) == before
    assert sum(again.inserted.values()) == 0 and sum(again.updated.values()) == 0


def test_changed_name_updates_the_record(empty_db: Database, tmp_path: Path) -> None:
    import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "a.xlsx", GOOD))
    data = copy.deepcopy(GOOD)
    data["borgere"][0] = ["010190-1234", "Jens Peter", "Hansen"]
    result = import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "b.xlsx", data))
    assert result.updated["borgere"] == 1 and result.inserted["borgere"] == 0


BAD_ROWS = [
    ("borgere", ["310290-1234", "Ole", "Olsen"], "borgere!4 cpr:", "gyldig dato"),
    ("borgere", ["12345", "Ole", "Olsen"], "borgere!4 cpr:", "10 cifre"),
    ("ydelser", ["010190-1234", "a_dagpenge", "2019-02-30", None], "ydelser!4 fra:", "gyldig dato"),
    ("ydelser", ["010190-1234", "a_dagpenge", "2019-05-01", "2019-04-01"], "ydelser!4 til:", "før fra"),
    ("ydelser", ["010190-1234", "bistandshjaelp", "2019-05-01", None], "ydelser!4 maalgruppe:", "ukendt kode"),
    (
        "indsatser",
        ["010190-1234", "kursus", "jobcenter", None, "2019-01-01", None, None],
        "indsatser!4 kategori:",
        "ukendt kode",
    ),
    (
        "indsatser",
        ["010190-1234", "mentor", "jobcenter", None, "2019-01-01", None, -5],
        "indsatser!4 timer_pr_uge:",
        "negativ",
    ),
    (
        "indsatser",
        ["010190-1234", "loentilskud", "virksomhed", "12345678", "2019-01-01", None, None],
        "indsatser!4 cvr:",
        "kontrolsum",
    ),
    (
        "indsatser",
        ["010190-1234", "loentilskud", "virksomhed", "29876541", "2019-01-01", None, None],
        "indsatser!4 cvr:",
        "findes hverken",
    ),
    ("maalinger", ["010190-1234", "2019-01-01", "bip", "helbred", 11, "borger"], "maalinger!4 score:", "skalaen 1-10"),
    (
        "maalinger",
        ["010190-1234", "2019-01-01", "bip", "humoer", 5, "borger"],
        "maalinger!4 dimension:",
        "ingen dimension",
    ),
    (
        "maalinger",
        ["010190-1234", "2019-01-01", "xyz", "helbred", 5, "borger"],
        "maalinger!4 instrument:",
        "ukendt instrument",
    ),
    (
        "sagsbehandlere",
        ["010190-1234", "zz", "primaer", "2019-01-01", None],
        "sagsbehandlere!3 initialer:",
        "findes hverken",
    ),
    ("afgange", ["1111111118", "2019-01-01", "job"], "afgange!3 cpr:", "findes hverken"),
    ("afgange", ["010190-1234", "2019-01-01", "pension"], "afgange!3 type:", "ukendt kode"),
    ("ordinaere_timer", ["010190-1234", "2019-13", 10], "ordinaere_timer!3 maaned:", "ikke en måned"),
    ("ordinaere_timer", ["010190-1234", "2019-01", -1], "ordinaere_timer!3 timer:", "negativ"),
    ("virksomheder", ["10150817", "Kanten ApS", "måske"], "virksomheder!3 socialoekonomisk:", "ukendt kode"),
    ("medarbejdere", ["xy", "X Y", "Team", "chef"], "medarbejdere!4 rolle:", "ukendt kode"),
]


@pytest.mark.parametrize(("sheet", "row", "where", "reason"), BAD_ROWS, ids=[f"{b[0]}-{b[3]}" for b in BAD_ROWS])
def test_each_bad_row_is_reported_and_nothing_written(
    empty_db: Database, tmp_path: Path, sheet: str, row: list[Any], where: str, reason: str
) -> None:
    before = counts(empty_db)
    with pytest.raises(ImportErrors) as info:
        import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "bad.xlsx", with_row(sheet, row)))
    message = str(info.value)
    assert where in message and reason in message, message
    assert counts(empty_db) == before


def test_all_errors_are_reported_not_just_the_first(empty_db: Database, tmp_path: Path) -> None:
    data = with_row("borgere", ["310290-1234", "Ole", "Olsen"])
    data["ydelser"].append(["010190-1234", "a_dagpenge", "2019-05-01", "2019-04-01"])
    data["afgange"].append(["010190-1234", "2019-01-01", "pension"])
    with pytest.raises(ImportErrors) as info:
        import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "bad.xlsx", data))
    assert len(info.value.errors) == 3
    assert [e.split(" ")[0] for e in info.value.errors] == ["borgere!4", "ydelser!4", "afgange!3"]


def test_unknown_sheet_and_column(empty_db: Database, tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    data["noter"] = [["x"]]
    path = make_workbook(
        tmp_path / "bad.xlsx", data, headers={"noter": ["tekst"], "borgere": ["cpr", "fornavn", "efternavn", "alder"]}
    )
    with pytest.raises(ImportErrors) as info:
        import_workbook(empty_db, ADMIN, path)
    text = str(info.value)
    assert "noter: ukendt ark" in text
    assert "borgere!1 alder: ukendt kolonne" in text


def test_missing_column(empty_db: Database, tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "bad.xlsx", {"borgere": [["010190-1234", "Jens"]]}, headers={"borgere": ["cpr", "fornavn"]}
    )
    with pytest.raises(ImportErrors, match="borgere!1 efternavn: kolonnen mangler"):
        import_workbook(empty_db, ADMIN, path)


def test_not_a_workbook(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("hello")
    with pytest.raises(UserError, match="ikke en Excel"):
        import_workbook(empty_db, ADMIN, path)


def test_continuation_sheets_are_read(empty_db: Database, tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    data["borgere_2"] = [["0303033999", "Ida", "Holm"]]
    import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "in.xlsx", data))
    assert counts(empty_db)["citizens"] == 3


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = load_workbook(path, read_only=True)
    out = {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    wb.close()
    return out


def test_export_import_export_is_identical(demo_db: Database, tmp_path: Path) -> None:
    from planner_gui.services.setup import create_database
    from tests.conftest import PASSWORD

    first = tmp_path / "first.xlsx"
    export_workbook(demo_db, ADMIN, first)
    fresh = create_database(tmp_path / "fresh.db", PASSWORD)
    try:
        import_workbook(fresh, ADMIN, first)
        second = tmp_path / "second.xlsx"
        export_workbook(fresh, ADMIN, second)
    finally:
        fresh.dispose()
    a, b = _cells(first), _cells(second)
    assert list(a) == list(b)
    for sheet in a:
        assert a[sheet] == b[sheet], sheet
    assert len(a["maalinger"]) > 100 and len(a["borgere"]) == 301


def test_long_sheets_continue(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "split.xlsx"
    export_workbook(demo_db, ADMIN, out, max_rows=100)
    names = load_workbook(out, read_only=True).sheetnames
    assert "borgere_2" in names and "borgere_4" in names
    from planner_gui.services.setup import create_database
    from tests.conftest import PASSWORD

    fresh = create_database(tmp_path / "fresh.db", PASSWORD)
    try:
        import_workbook(fresh, ADMIN, out)
        assert counts(fresh)["citizens"] == 300
    finally:
        fresh.dispose()


def test_export_one_citizen(demo_db: Database, tmp_path: Path) -> None:
    from planner_gui.storage.tables import Citizen

    with demo_db.read() as s:
        cpr = s.scalar(select(Citizen.cpr).order_by(Citizen.cpr).limit(1))
    assert cpr is not None
    out = tmp_path / "one.xlsx"
    export_workbook(demo_db, ADMIN, out, cpr=cpr)
    cells = _cells(out)
    assert len(cells["borgere"]) == 2
    assert {r[0] for r in cells["ydelser"][1:]} == {f"{cpr[:6]}-{cpr[6:]}"}
