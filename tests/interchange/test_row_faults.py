"""A row at fault is the user's to fix, never an internal error (issue 12, item 9): a 400-digit number, a lone
surrogate escape, a number Python cannot convert end in ``sheet!row column: reason`` and exit 2.

Hypothesis drives the streaming reader with arbitrary cell XML and arbitrary values: it returns values or raises
:class:`fastread.FastReadError` (a ``UserError``), never anything else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner_gui.cli import main
from planner_gui.errors import UserError
from planner_gui.interchange import fastread
from planner_gui.interchange.read import number_value, read_rows, text
from tests.conftest import PASSWORD, server_url
from tests.security import bombs

BORGER = bombs.borger_row(2)
TIMER_HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>cpr</t></is></c><c r="B1" t="inlineStr"><is><t>maaned</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>timer</t></is></c></row>'
)


def timer_row(value_xml: str) -> str:
    return (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>010190-1234</t></is></c><c r="B2" t="inlineStr"><is><t>2018-05'
        f"</t></is></c>{value_xml}</row>"
    )


def import_file(
    db: Any, path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """``import`` into ``db``: its file, or on PostgreSQL its server URL (the command logs in as admin's role)."""
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    code = main(["import", "--db", str(db.path) if db.path is not None else server_url(db), str(path)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("value_xml", "reason"),
    [
        (
            '<c r="C2"><v>' + "9" * 400 + "</v></c>",
            "ordinaere_timer!2 timer: 99999999999999999999…(400 tegn) er urimeligt",
        ),
        ('<c r="C2"><v>1e400</v></c>', "ordinaere_timer!2 timer: inf er ikke et tal"),
        ('<c r="C2"><v>' + "9" * 5000 + "</v></c>", "ordinaere_timer!2 timer: værdien '9999"),
        ('<c r="C2" t="s"><v>7</v></c>', "ordinaere_timer!2 timer: værdien '7' (type 's') kan ikke læses"),
        ('<c r="C2" t="d"><v>igår</v></c>', "ordinaere_timer!2 timer: værdien 'igår' (type 'd') kan ikke læses"),
        ('<c r="C2" s="x"><v>1</v></c>', "ordinaere_timer!2 timer: værdien '1' (type 'n') kan ikke læses"),
    ],
)
def test_a_number_no_program_can_hold_is_a_row_error(
    value_xml: str,
    reason: str,
    empty_db: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bombs.xlsx(
        [
            ("borgere", f"<sheetData>{bombs.BORGERE_HEADER}{BORGER}</sheetData>"),
            ("ordinaere_timer", f"<sheetData>{TIMER_HEADER}{timer_row(value_xml)}</sheetData>"),
        ]
    )
    path = tmp_path / "timer.xlsx"
    path.write_bytes(data)
    code, err = import_file(empty_db, path, monkeypatch, capsys)
    assert code == 2, err
    assert reason in err, err
    assert "intern fejl" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Jens_xD800_", "borgere!2 fornavn: indeholder ugyldigt tegn (enlig surrogat) (U+D800"),
        ("_xDFFF_", "borgere!2 fornavn: indeholder ugyldigt tegn (enlig surrogat) (U+DFFF"),
        ("Je_x0000_ns", "borgere!2 fornavn: indeholder kontroltegn (U+0000 NUL) på plads 3"),
    ],
)
def test_an_escape_no_database_can_store_is_a_row_error(
    name: str,
    reason: str,
    empty_db: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "navn.xlsx"
    path.write_bytes(
        bombs.xlsx([("borgere", f"<sheetData>{bombs.BORGERE_HEADER}{bombs.borger_row(2, first=name)}</sheetData>")])
    )
    code, err = import_file(empty_db, path, monkeypatch, capsys)
    assert code == 2, err
    assert reason in err, err
    assert "intern fejl" not in err and "Traceback" not in err


def test_huge_values_are_cell_errors_in_the_parsers() -> None:
    from planner_gui.interchange.read import CellError

    with pytest.raises(CellError, match="urimeligt stort"):
        number_value(10**400)
    with pytest.raises(CellError, match="for lang"):
        text(10**400)
    with pytest.raises(CellError, match="for lang"):
        text(1e308)


# ---------------------------------------------------------------------------------------------------- hypothesis

ATTR_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
CELL_TYPES = st.sampled_from(["n", "s", "b", "d", "e", "str", "inlineStr"]) | ATTR_TEXT
REFS = st.one_of(
    st.builds(
        lambda c, r: f"{c}{r}",
        st.sampled_from(["A", "B", "C", "Z", "XFD", "XFE", "ZZZ", "AAAA", "a"]),
        st.integers(min_value=-2, max_value=2_000_000),
    ),
    ATTR_TEXT,
)
ROW_NUMBERS = st.one_of(
    st.integers(min_value=-5, max_value=1_100_000).map(str), st.sampled_from(["1.0", "2.5", "x"]), ATTR_TEXT
)
VALUES = st.one_of(
    st.integers().map(str),
    st.integers(min_value=-(10**500), max_value=10**500).map(str),
    st.floats().map(repr),
    st.sampled_from(["1E400", "-0", "nan", "inf", "TRUE", "2020-02-30", "2020-01-01T10:00:00", "_xD800_", ""]),
    st.text(max_size=20),
)


def xml_text(s: str) -> str:
    """Text as XML can carry it (characters XML 1.0 forbids are dropped; the rest escaped)."""
    ok = "".join(
        c for c in s if c in "\t\n\r" or 0x20 <= ord(c) <= 0xD7FF or 0xE000 <= ord(c) <= 0xFFFD or ord(c) > 0xFFFF
    )
    return escape(ok)


@st.composite
def cell_xml(draw: st.DrawFn) -> str:
    attrs = ""
    if draw(st.booleans()):
        attrs += f" r={quoteattr(xml_text(draw(REFS)))}"
    if draw(st.booleans()):
        attrs += f" t={quoteattr(xml_text(draw(CELL_TYPES)))}"
    if draw(st.booleans()):
        attrs += f" s={quoteattr(xml_text(draw(st.sampled_from(['0', '1', '2', '3', '99', '-1']) | ATTR_TEXT)))}"
    inner = draw(st.sampled_from(["v", "is", "both", "none", "raw"]))
    value = xml_text(draw(VALUES))
    body = {
        "v": f"<v>{value}</v>",
        "is": f"<is><t>{value}</t><rPh><t>x</t></rPh></is>",
        "both": f"<f>1+1</f><v>{value}</v><v>2</v>",
        "none": "",
        "raw": draw(
            st.sampled_from(["<v>", "</c>", "<v>&bogus;</v>", "<![CDATA[1]]>", "<x/>", "&#0;", "<v>&#x1F600;</v>"])
        ),
    }[inner]
    return f"<c{attrs}>{body}</c>"


@st.composite
def sheet_xml(draw: st.DrawFn) -> str:
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        r = f" r={quoteattr(xml_text(draw(ROW_NUMBERS)))}" if draw(st.booleans()) else ""
        cells = "".join(draw(st.lists(cell_xml(), max_size=4)))
        rows.append(f"<row{r}>{cells}</row>")
    dim = draw(
        st.sampled_from(["", '<dimension ref="A1:XFD1048576"/>', '<dimension ref="B2"/>', '<dimension ref="?"/>'])
    )
    return f"{dim}<sheetData>{''.join(rows)}</sheetData>"


STRINGS = (
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si>'
    b"<si><r><t>b</t></r></si><si/></sst>"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=sheet_xml())
def test_arbitrary_cell_xml_gives_values_or_a_clear_error(tmp_path: Path, body: str) -> None:
    path = tmp_path / "h.xlsx"
    path.write_bytes(bombs.xlsx([("borgere", body)], strings=STRINGS))
    try:
        with fastread.open_workbook(path) as wb:
            for _title, part in wb.sheets:
                for number, cells in wb.cells(part):
                    assert 1 <= number <= fastread.MAX_ROWS
                    assert all(1 <= c <= fastread.MAX_COLUMNS for c, _ in cells)
    except fastread.FastReadError:
        pass
    errors: list[str] = []
    try:
        read_rows(path, errors)
    except UserError:
        pass
    for e in errors:
        assert e.startswith("borgere")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    values=st.lists(
        st.one_of(
            st.text(max_size=30),
            st.integers(min_value=-(10**450), max_value=10**450),
            st.floats(),
            st.booleans(),
            st.dates(min_value=dt.date(1900, 3, 1)),
        ),
        min_size=3,
        max_size=3,
    )
)
def test_arbitrary_values_through_validation_are_errors_not_crashes(
    tmp_path: Path, values: list[object], empty_db: object
) -> None:
    """Values of every type in every column of borgere and ordinaere_timer: validation returns or reports errors."""
    from planner_gui.interchange.read import Row, RowValues, validate
    from planner_gui.storage.db import Database

    assert isinstance(empty_db, Database)
    index = {"cpr": 0, "fornavn": 1, "efternavn": 2}
    timer_index = {"cpr": 0, "maaned": 1, "timer": 2}
    rows = {
        "borgere": [Row("borgere", 2, RowValues(tuple(values), index))],
        "ordinaere_timer": [Row("ordinaere_timer", 2, RowValues(tuple(values), timer_index))],
    }
    errors: list[str] = []
    with empty_db.read() as s:
        validate(rows, s, errors)
    for e in errors:
        assert e.startswith(("borgere!2 ", "ordinaere_timer!2 ")), e
