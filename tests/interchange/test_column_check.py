"""The column-wise check of the large sheets (read._by_columns) gives exactly what the row-wise check gives: the same
rows to write in the same order when every value passes, and, when any does not, the row-wise check itself (every
problem reported as ``sheet!row column: reason``, in the same order)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from planner_gui.interchange import read
from planner_gui.interchange.read import Parsed, Row, RowValues, read_rows, validate
from planner_gui.interchange.schema import SHEETS
from planner_gui.storage.db import Database
from tests.interchange.test_import import BAD_ROWS
from tests.interchange.wb import GOOD, make_workbook

COLUMN_SHEETS = ("ydelser", "sagsbehandlere", "indsatser", "ordinaere_timer", "maalinger", "afgange")


def both_ways(
    db: Database, rows: dict[str, list[Row]], monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[Parsed, list[str], set[str]], tuple[Parsed, list[str]]]:
    """Validate ``rows`` as the import does (columns first) and row by row only; the first also names the sheets the
    column-wise check took."""
    taken: set[str] = set()
    by_columns = read._by_columns

    def spy(sheet: list[Row], names: Any, build: Any, into: Any) -> list[Row]:
        left = by_columns(sheet, names, build, into)
        if sheet and not left:
            taken.add(read.base_sheet(sheet[0].sheet) or sheet[0].sheet)
        return left

    def row_wise(sheet: list[Row], *_: Any) -> list[Row]:
        return sheet

    again = copy.deepcopy(rows)
    errors: list[str] = []
    with db.read() as s:
        monkeypatch.setattr(read, "_by_columns", spy)
        columns = validate(rows, s, errors)
        monkeypatch.setattr(read, "_by_columns", row_wise)
        row_errors: list[str] = []
        by_rows = validate(again, s, row_errors)
    monkeypatch.setattr(read, "_by_columns", by_columns)
    return (columns, errors, taken), (by_rows, row_errors)


def read_file(
    tmp_path: Path, data: dict[str, list[list[Any]]], headers: dict[str, list[str]] | None = None
) -> dict[str, list[Row]]:
    errors: list[str] = []
    rows = read_rows(make_workbook(tmp_path / "in.xlsx", data, headers), errors)
    assert errors == []
    return rows


def test_clean_sheets_are_checked_by_columns_alike(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(GOOD)
    # repeated values, an optional note column, rows in another order: still one value per cell, in row order
    data["maalinger"] = [[*r, "en note" if i % 2 else ""] for i, r in enumerate(GOOD["maalinger"] * 3)]
    data["ydelser"] = list(reversed(GOOD["ydelser"] * 2))
    rows = read_file(tmp_path, data, {"maalinger": [*SHEETS["maalinger"], "note"]})
    rows["maalinger"] = [
        Row(r.sheet, r.number, RowValues(tuple(r.values.values()), {**r.values._index}))  # type: ignore[attr-defined]
        for r in rows["maalinger"]
    ]  # an index per row, equal: one sheet still
    (columns, errors, taken), (by_rows, row_errors) = both_ways(empty_db, rows, monkeypatch)
    assert errors == row_errors == []
    assert columns == by_rows
    assert columns.measurements[1][-1] == "en note" and len(columns.measurements) == 6
    assert taken == set(COLUMN_SHEETS)


@pytest.mark.parametrize(("sheet", "row", "where", "reason"), BAD_ROWS, ids=[f"{b[0]}-{b[3]}" for b in BAD_ROWS])
def test_a_bad_row_is_reported_exactly_as_row_by_row(
    empty_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sheet: str,
    row: list[Any],
    where: str,
    reason: str,
) -> None:
    data = copy.deepcopy(GOOD)
    for name in COLUMN_SHEETS:  # the bad row among good ones, and good rows after it
        data[name] = data[name] * 2
    data[sheet] = [*data[sheet][:1], row, *data[sheet][1:]]
    rows = read_file(tmp_path, data)
    (columns, errors, taken), (by_rows, row_errors) = both_ways(empty_db, rows, monkeypatch)
    assert errors == row_errors
    assert columns == by_rows
    assert any(reason in e for e in errors), errors
    assert sheet not in taken
    assert taken == set(COLUMN_SHEETS) - {sheet}


def test_several_problems_and_mixed_number_types_fall_back_to_rows(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many bad rows in one sheet: every one reported, in row order; a column holding 4, 4.0 and True (equal keys in
    a dict, not alike to the parsers) is checked row by row."""
    data = copy.deepcopy(GOOD)
    data["maalinger"] = [
        *GOOD["maalinger"],
        ["010190-1234", "2019-01-01", "bip", "helbred", 11, "borger"],
        ["1111111118", "2019-13-01", "xyz", "helbred", 5, "nogen"],
        ["010190-1234", "2019-01-01", "bip", "humoer", 5, "borger"],
    ]
    data["ordinaere_timer"] = [*GOOD["ordinaere_timer"], ["010190-1234", "2019-01", 800]]
    data["indsatser"] = [
        *GOOD["indsatser"],
        ["010190-1234", "mentor", "social", None, "2018-02-01", None, 200],
        ["010190-1234", "mentor", "social", None, "2018-03-01", "2018-02-01", None],
    ]
    rows = read_file(tmp_path, data)
    index = {"cpr": 0, "dato": 1, "instrument": 2, "dimension": 3, "score": 4, "vurderet_af": 5}
    mixed = [
        Row("maalinger", n, RowValues(("010190-1234", "2018-02-01", "bip", "helbred", score, "borger"), index))
        for n, score in ((2, 4), (3, 4.0), (4, True))
    ]
    (columns, errors, taken), (by_rows, row_errors) = both_ways(empty_db, rows, monkeypatch)
    assert errors == row_errors
    assert columns == by_rows
    assert [e.split(":")[0] for e in errors if e.startswith("maalinger")] == [
        "maalinger!4 score",
        "maalinger!5 cpr",
        "maalinger!5 dato",
        "maalinger!5 vurderet_af",
        "maalinger!5 instrument",
        "maalinger!6 dimension",
    ]
    assert any(e.startswith("ordinaere_timer!3 timer:") for e in errors)
    assert any(e.startswith("indsatser!4 timer_pr_uge:") for e in errors)
    assert any(e.startswith("indsatser!5 til:") for e in errors)
    assert taken == {"ydelser", "sagsbehandlere", "afgange"}

    rows = read_file(tmp_path, GOOD)
    rows["maalinger"] = mixed
    (columns, errors, taken), (by_rows, row_errors) = both_ways(empty_db, rows, monkeypatch)
    assert errors == row_errors
    assert columns == by_rows
    assert "maalinger" not in taken
