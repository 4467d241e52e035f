"""Hostile workbooks: XML bombs, external entities, huge shared-string tables, zip bombs, non-zip and truncated files.

Each is refused with a clear Danish message, the CLI exits 2, and nothing is written (no rows, no audit entry).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from planner_gui.cli import main
from planner_gui.interchange import guard
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen
from tests.conftest import PASSWORD

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode() for i in range(1, 10)
    )
    + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>&lol9;</t></si></sst>"
)
XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>&xxe;</t></si></sst>"
)


SST_CT = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def good_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "borgere"
    ws.append(["cpr", "fornavn", "efternavn"])
    ws.append(["010190-1234", "Jens", "Hansen"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_part(name: str, data: bytes, *, replace: bool = True, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a good workbook with one part added or replaced."""
    src = zipfile.ZipFile(io.BytesIO(good_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if replace and info.filename == name:
                continue
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml" and name == "xl/sharedStrings.xml" and SST_CT not in body:
                body = body.replace(
                    b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="' + SST_CT + b'"/></Types>'
                )
            dst.writestr(info, body)
        dst.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return out.getvalue()


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    """One database for the module: every refused file must leave it as it was (no citizens, no import entry)."""
    from planner_gui.services.setup import create_database

    path = tmp_path_factory.mktemp("hostile") / "planner.db"
    db = create_database(path, PASSWORD)
    yield db, path
    db.dispose()


def run_import(
    db_path: Path | str, file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    code = main(["import", "--db", str(db_path), str(file)])
    return code, capsys.readouterr().err


def state(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Citizen)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def assert_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    data: bytes,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty_db, db_path = hostile_db
    file = tmp_path / "fjendtlig.xlsx"
    file.write_bytes(data)
    before = state(empty_db)
    code, err = run_import(db_path, file, monkeypatch, capsys)
    assert code == 2, err
    assert words in err, err
    assert "fjendtlig.xlsx" in err
    after = state(empty_db)
    assert after[0] == before[0] == 0
    # the only new audit rows are the login of the importing user; no import entry
    with empty_db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.seq > before[1])))
    assert "import" not in actions


def test_the_good_workbook_imports(
    empty_db: Database,
    cli_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "ok.xlsx"
    file.write_bytes(good_xlsx())
    code, err = run_import(cli_db, file, monkeypatch, capsys)
    assert code == 0, err
    assert state(empty_db)[0] == 1


def test_billion_laughs_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = with_part("xl/sharedStrings.xml", LAUGHS)
    assert_refused(hostile_db, tmp_path, data, "XML-bombe", monkeypatch, capsys)


def test_external_entity_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = with_part("xl/sharedStrings.xml", XXE)
    assert_refused(hostile_db, tmp_path, data, "ekstern entitet", monkeypatch, capsys)


def test_dtd_in_the_sheet_itself_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet = LAUGHS.replace(b"<sst", b"<worksheet").replace(b"</sst>", b"</worksheet>")
    data = with_part("xl/worksheets/sheet1.xml", sheet)
    assert_refused(hostile_db, tmp_path, data, "DTD", monkeypatch, capsys)


def test_defusedxml_stops_the_bomb_even_without_our_guard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Second line: openpyxl parses through defusedxml, which refuses the entities before expanding them."""
    import openpyxl
    from defusedxml import EntitiesForbidden
    from openpyxl import load_workbook

    assert openpyxl.DEFUSEDXML is True
    file = tmp_path / "bomb.xlsx"
    file.write_bytes(with_part("xl/sharedStrings.xml", LAUGHS))
    with pytest.raises(ValueError) as info:
        load_workbook(file, read_only=True)
    assert isinstance(info.value.__cause__, EntitiesForbidden)
    # and the import turns that into a user error when the guard's DTD check is switched off
    from planner_gui.errors import UserError
    from planner_gui.interchange.read import read_rows

    monkeypatch.setattr(guard, "_check_no_dtd", lambda *a: None)
    with pytest.raises(UserError, match="kan ikke læses"):
        read_rows(file, [])


def test_zip_bomb_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 64 MB of one repeated cell, deflated to ~64 kB (ratio ~1000)
    body = b"<c><v>0</v></c>" * (64 * 1024**2 // 15)
    sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>'
    data = with_part("xl/worksheets/sheet1.xml", sheet + body + b"</row></sheetData></worksheet>")
    assert len(data) < 1024**2
    assert_refused(hostile_db, tmp_path, data, "zip-bombe", monkeypatch, capsys)


def test_overlapping_members_count_towards_the_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'non-recursive' zip bomb reuses one compressed block for many members: the declared sizes add up."""
    from planner_gui.errors import UserError

    monkeypatch.setattr(guard, "MAX_UNCOMPRESSED", 3 * 1024**2)
    filler = os.urandom(1024**2)  # incompressible: no ratio alarm, only the total
    data = good_xlsx()
    for i in range(4):
        data = _add(data, f"xl/media/image{i}.bin", filler)
    file = tmp_path / "many.xlsx"
    file.write_bytes(data)
    with pytest.raises(UserError, match="pakker ud til over"):
        guard.check_workbook_file(file)


def _add(data: bytes, name: str, part: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr(name, part)
    return out.getvalue()


def test_huge_shared_strings_are_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The real limit is 512 MB; the test lowers it to 1 MB and sends 2 MB of distinct strings (no zip-bomb ratio).
    monkeypatch.setattr(guard, "MAX_SHARED_STRINGS", 1024**2)
    strings = b"".join(b"<si><t>" + os.urandom(12).hex().encode() + b"</t></si>" for _ in range(60_000))
    sst = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="60000" '
        b'uniqueCount="60000">' + strings + b"</sst>"
    )
    assert len(sst) > 2 * 1024**2
    data = with_part("xl/sharedStrings.xml", sst)
    assert_refused(hostile_db, tmp_path, data, "sharedStrings", monkeypatch, capsys)


def test_not_a_zip_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = b"cpr;fornavn;efternavn\n010190-1234;Jens;Hansen\n"
    assert_refused(hostile_db, tmp_path, data, "ikke en Excel-projektmappe", monkeypatch, capsys)


def test_a_zip_that_is_no_workbook_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "hej")
    assert_refused(hostile_db, tmp_path, out.getvalue(), "ikke en Excel-projektmappe", monkeypatch, capsys)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.98])
def test_truncated_zip_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    keep: float,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = good_xlsx()
    assert_refused(hostile_db, tmp_path, data[: int(len(data) * keep)], "afkortet", monkeypatch, capsys)


def test_damaged_member_is_refused(
    hostile_db: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray(
        with_part(
            "xl/worksheets/sheet1.xml", b"<worksheet>" + b"x" * 5000 + b"</worksheet>", compression=zipfile.ZIP_STORED
        )
    )
    i = data.index(b"xxxxxxxx")
    data[i : i + 8] = b"yyyyyyyy"  # the CRC no longer matches
    assert_refused(hostile_db, tmp_path, bytes(data), "beskadiget", monkeypatch, capsys)
