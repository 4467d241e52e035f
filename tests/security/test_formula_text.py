"""Formula text (OWASP CSV injection, ASVS 5 V1.2.10): text that looks like a formula is written as text.

hypothesis writes at least 10,000 strings per run through every workbook path (write-only cells, normal cells, the
interchange export, the audit export); each must come back as a text cell, quote-prefixed when it starts with
= + - @ tab CR NUL, with its value unchanged, and no sheet may hold a ``<f>`` (formula) element.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import insert, select

from planner_gui.services.auth import Actor
from planner_gui.services.interchange import export_workbook, import_workbook
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Citizen, utcnow
from planner_gui.xlsx import DANGEROUS_PREFIXES, decode_text, is_dangerous, safe_row, write_safe
from tests.security.helpers import quote_prefixed_styles, sheet_xml

ADMIN = Actor("admin", "administrator")
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PER_EXAMPLE = 250
POOL: list[str] = []  # every string hypothesis generated this run, reused for the export -> import round trip
EXAMPLES = 40  # 40 x 250 = 10,000 strings per run and path

dangerous = st.builds(lambda p, s: p + s, st.sampled_from(DANGEROUS_PREFIXES), st.text(max_size=20))
formulas = st.builds(
    lambda p, f, a: f"{p}{f}({a})",
    st.sampled_from("=+-@"),
    st.sampled_from(["SUM", "HYPERLINK", "cmd|' /C calc'!A0", "IMPORTXML", "WEBSERVICE"]),
    st.text(max_size=10),
)
any_text = st.one_of(dangerous, formulas, st.text(max_size=20))
batches = st.lists(any_text, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE)


def _check_cells(data: bytes, strings: list[str]) -> None:
    """Every data cell is an inline string; the dangerous ones are quote-prefixed; no formula anywhere."""
    quoted = quote_prefixed_styles(data)
    for xml in sheet_xml(data).values():
        assert b"<f>" not in xml and b"<f " not in xml
        root = ET.fromstring(xml)
        assert root.find(f".//{NS}f") is None
        cells = root.findall(f".//{NS}c")
        by_ref = {c.get("r"): c for c in cells}
        for i, s in enumerate(strings, start=1):
            c = by_ref.get(f"A{i}")
            if s == "":
                continue
            assert c is not None
            assert c.get("t") == "inlineStr", (s, c.attrib)
            if is_dangerous(s):
                assert int(c.get("s", "0")) in quoted, f"{s!r} lacks the quote prefix"


def _read_back(data: bytes) -> list[str | None]:
    wb = load_workbook(io.BytesIO(data), read_only=True)
    ws = wb.worksheets[0]
    out = [decode_text(v) if isinstance(v, str) else v for (v,) in ws.iter_rows(min_col=1, max_col=1, values_only=True)]
    wb.close()
    return out


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(batches)
def test_cells_are_text_in_both_openpyxl_modes(strings: list[str]) -> None:
    POOL.extend(strings)
    expected = [s if s != "" else None for s in strings]
    fast = Workbook(write_only=True)  # the streaming path: interchange export, audit export
    ws = fast.create_sheet("s")
    for s in strings:
        ws.append(safe_row(ws, [s]))
    data = _save(fast)
    _check_cells(data, strings)
    assert _read_back(data) == expected
    normal = Workbook()  # the normal path: reports with formats and charts
    sheet = normal.active
    assert sheet is not None
    for i, s in enumerate(strings, start=1):
        write_safe(sheet.cell(row=i, column=1), s)
    data = _save(normal)
    _check_cells(data, strings)
    assert _read_back(data) == expected


def test_without_the_guard_a_formula_would_be_written() -> None:
    """The check above is sharp: openpyxl on its own turns '=...' into a formula cell."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    ws.append(['=HYPERLINK("http://x","klik")'])
    buf = io.BytesIO()
    wb.save(buf)
    assert any(b"<f>" in x for x in sheet_xml(buf.getvalue()).values())


# ---------------------------------------------------------------------------------------------- export -> import

# The values the app can hold are those its one text rule accepts (domain/text.py: trimmed, NFC, no control or bidi
# characters); each of this run's >= 10,000 hypothesis strings, so cleaned, goes through export -> import as a
# citizen's name and must come back exactly.


def _cpr(i: int) -> str:
    return f"{1 + i % 28:02d}01{50 + (i // 28) % 50:02d}{i // 1400:04d}"


def _holdable(text: str) -> str:
    from planner_gui.domain.text import TextError, clean_name

    try:
        return clean_name(text)
    except TextError:
        kept = "".join(ch for ch in text if ch.isprintable() and unicodedata.category(ch) != "Cf")
        try:
            return clean_name(kept)
        except TextError:
            return "x"


def test_export_then_import_reproduces_text(tmp_path: Path) -> None:
    from planner_gui.services.setup import create_database

    if len(POOL) < EXAMPLES * PER_EXAMPLE:  # run alone (-k): generate this run's strings first
        test_cells_are_text_in_both_openpyxl_modes()
    # the names the app can hold: those its one text rule accepts (domain/text.py: NFC, no control or bidi
    # characters, something visible); each must come back exactly
    names = [_holdable(s) for s in POOL]
    assert len(names) >= 10_000
    pairs = list(zip(names[0::2], names[1::2], strict=False))
    src = create_database(tmp_path / "src.db", "test-kode-123")
    dst = create_database(tmp_path / "dst.db", "test-kode-123")
    try:
        with src.write() as s:
            s.execute(
                insert(Citizen),
                [
                    {
                        "id": uuid.uuid4(),
                        "cpr": _cpr(i),
                        "first_name": first,
                        "last_name": last,
                        "version": 1,
                        "created_at": utcnow(),
                        "updated_at": utcnow(),
                        "updated_by": "test",
                    }
                    for i, (first, last) in enumerate(pairs)
                ],
            )
        path = tmp_path / "out.xlsx"
        export_workbook(src, ADMIN, path)
        assert not any(b"<f>" in x or b"<f " in x for x in sheet_xml(path.read_bytes()).values())
        import_workbook(dst, ADMIN, path)
        with dst.read() as s:
            got = {c.cpr: (c.first_name, c.last_name) for c in s.scalars(select(Citizen))}
        mismatches = [(p, got.get(_cpr(i))) for i, p in enumerate(pairs) if got.get(_cpr(i)) != p]
        assert not mismatches[:5]
    finally:
        src.dispose()
        dst.dispose()


def test_audit_export_writes_text(empty_db: Database, tmp_path: Path, db_backend: str) -> None:
    nasty = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", "\x00=x", '=HYPERLINK("http://evil")']
    if db_backend == "postgresql":
        nasty.remove("\x00=x")  # PostgreSQL's text holds no NUL: the server refuses it before any export
    with empty_db.write() as s:
        for text in nasty:
            audit.record(s, "admin", "view", entity="citizen", reason=text)
    from planner_gui.services.audit_log import export_audit

    path = tmp_path / "log.xlsx"
    export_audit(empty_db, ADMIN, path)
    data = path.read_bytes()
    assert not any(b"<f>" in x or b"<f " in x for x in sheet_xml(data).values())
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = header.index("begrundelse")
    reasons = [decode_text(r[col]) for r in ws.iter_rows(min_row=2, values_only=True) if r[col]]
    for text in nasty:
        assert text in reasons
    quoted = quote_prefixed_styles(data)
    for row in ws.iter_rows(min_row=2):
        cell = row[col]
        if isinstance(cell.value, str) and is_dangerous(decode_text(cell.value)):
            assert cell.quotePrefix, cell.value
    assert quoted
