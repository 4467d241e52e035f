"""Issue 17: the reader decodes OOXML ``_xHHHH_`` escapes once per distinct text (``Workbook.cells(decode=...)``)
instead of the importer testing every cell. The cells are the undecoded cells decoded, on the fast path and on
expat's, every refusal is the same, the header row is read as the file has it, and the cell budget counts each cell
once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from planner_gui.interchange import fastread
from planner_gui.interchange.read import read_rows
from planner_gui.xlsx import decode_text
from planner_gui.xlsx_stream import StreamWorkbook
from tests.interchange.test_fastread import MAIN, SST, craft
from tests.security import bombs


def _cells(path: Path, *, fast: bool, decode: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        if not fast:  # the fast path never starts: expat reads every part
            m.setattr(fastread, "_SHEET_DATA", b"<never found>")
        try:
            with fastread.open_workbook(path) as wb:
                return [
                    (title, list(wb.cells(part, decode=decode_text if decode else None))) for title, part in wb.sheets
                ]
        except fastread.FastReadError as err:
            return (type(err).__name__, str(err), err.row, err.column)


def _decoded(sheets: Any) -> Any:
    return [
        (title, [(n, [(c, decode_text(v) if isinstance(v, str) else v) for c, v in cells]) for n, cells in rows])
        for title, rows in sheets
    ]


def _typed(sheets: Any) -> Any:
    return [[[(c, v.__class__, v) for c, v in cells] for _, cells in rows] for _, rows in sheets]


def _assert_decoded_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    plain = _cells(path, fast=False, decode=False, monkeypatch=monkeypatch)
    assert isinstance(plain, list)
    want = _decoded(plain)
    for fast in (True, False):
        got = _cells(path, fast=fast, decode=True, monkeypatch=monkeypatch)
        assert _typed(got) == _typed(want), fast
    return want


def test_decoded_cells_are_the_cells_decoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.xlsx"
    book = StreamWorkbook(path)
    sheet = book.create_sheet("borgere")
    sheet.append(["cpr", "fornavn", "efternavn"])
    for i in range(3000):  # plain rows: the fast path and its learnt shapes
        sheet.append([f"0101{i % 100:02d}-{i:04d}", f"Navn\r{i % 5}", "_x0041_" if i % 3 else "a\x00b"])
        sheet.append([i, "=cmd", True, None, "\r\x00_x0041_", dt.date(2020, 1, 1 + i % 28)])
    book.save()
    want = _assert_decoded_alike(path, monkeypatch)
    row = want[0][1][1][1]
    assert row[1][1] == "Navn\r0" and row[2][1] == "a\x00b"
    assert want[0][1][3][1][2][1] == "_x0041_"  # written as text, read back as the same text


def test_decoded_shared_strings_formula_results_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        "<sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="str"><f>A1</f><v>x_x000D_y</v></c>'
        '<c r="C2" t="e"><v>#N/A_x0041_</v></c><c r="D2" t="inlineStr"><is><r><t>_x00</t></r><r><t>41_</t></r></is>'
        '</c><c r="E2" t="inlineStr"><is><t>_x0042_</t></is></c></row>'
        "</sheetData>"
    )
    path = craft(tmp_path / "crafted.xlsx", [("s", "xl/worksheets/sheet1.xml", body)], strings=SST)
    want = _assert_decoded_alike(path, monkeypatch)
    assert [v for _, v in want[0][1][1][1]] == ["A & <tag>", "x\ry", "#N/AA", "A", "B"]


def test_refusals_are_the_same_with_decoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [
        '<row r="2"><c r="A2" s="0" t="n" s="0"><v>1</v></c></row>',
        '<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
        '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
        '<row r="2"><c r="XFE2"><v>1</v></c></row>',
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"_x0041_" * 5_000}</t></is></c></row>',
        '<row r="2"><c r="A2" t="s"><v>7</v></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>_x0041_</t></is></c><row r="3"></row></row>',
    ]
    for k, rows in enumerate(cases):
        data = f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'
        file = tmp_path / f"bad{k}.xlsx"
        file.write_bytes(bombs.xlsx([("borgere", data)]))
        for fast in (True, False):
            plain = _cells(file, fast=fast, decode=False, monkeypatch=monkeypatch)
            decoded = _cells(file, fast=fast, decode=True, monkeypatch=monkeypatch)
            assert isinstance(plain, tuple) and decoded == plain, rows[:80]


def test_the_header_is_read_as_the_file_has_it(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    book = StreamWorkbook(path)
    sheet = book.create_sheet("borgere")
    sheet.append(["_x0063_pr", "fornavn", "efternavn"])  # written escaped: "_x005F_x0063_pr"
    sheet.append(["010190-1234", "Jens", "Hansen"])
    book.save()
    errors: list[str] = []
    read_rows(path, errors)
    assert any("ukendt kolonne" in e and "_x0063_pr" in e for e in errors), errors


def test_each_cell_is_counted_once_against_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "n.xlsx"
    book = StreamWorkbook(path)
    sheet = book.create_sheet("borgere")
    sheet.append(["cpr", "fornavn", "efternavn"])
    for i in range(500):
        sheet.append([f"010190-{i:04d}", "Jens", "Hansen"])
    book.save()
    cells = 3 * 501
    monkeypatch.setattr(fastread, "MAX_CELLS", cells)
    errors: list[str] = []
    assert len(read_rows(path, errors)["borgere"]) == 500 and errors == []
    monkeypatch.setattr(fastread, "MAX_CELLS", cells - 1)
    with pytest.raises(Exception, match="flere end"):
        read_rows(path, [])
