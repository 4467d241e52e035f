"""The export's fast paths (issue 17) give what the plain ones gave: the driver's own rows on SQLite, made column by
column, against SQLAlchemy's processed rows; the writer thread's failures reach the caller and leave nothing."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest

from planner_gui.errors import UserError
from planner_gui.interchange import write as writemod
from planner_gui.services.auth import Actor
from planner_gui.services.interchange import export_workbook
from planner_gui.storage.db import Database
from planner_gui.xlsx_stream import StreamWorkbook

ADMIN = Actor("admin", "administrator")


def _typed(rows: list[tuple[Any, ...]]) -> list[tuple[tuple[type, Any], ...]]:
    return [tuple((v.__class__, v) for v in row) for row in rows]


def test_the_drivers_rows_made_by_column_are_sqlalchemys_rows(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        dialect = session.connection().dialect
        for name, (q, shape) in writemod._queries(None).items():
            fast = list(writemod._stream(session, q, shape))
            with monkeypatch.context() as m:  # the other databases' path: SQLAlchemy processes every row
                m.setattr(dialect, "name", "not-sqlite")
                plain = list(writemod._stream(session, q, shape))
            assert _typed(fast) == _typed(plain), name
            assert len(fast) > 0, name


def test_each_column_as_the_shape_says() -> None:
    procs: list[Any] = [None, str.upper, None, str.upper, None]
    shape = (writemod._Once(writemod._cpr), writemod._Once(writemod._yes_no), writemod._or_none, writemod._or_none)
    makers = writemod._column_makers(shape, procs)
    rows = list(writemod._made([("0101001234", "x", "", "a", 7), ("0101001234", "", "t", "", None)], makers))
    assert rows == [("010100-1234", "ja", None, "A", 7), ("010100-1234", "nej", "t", None, None)]


def _full_disk(self: Any, data: bytes) -> int:
    raise OSError(28, "No space left on device")


def test_a_failure_in_the_writer_thread_reaches_the_caller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = StreamWorkbook(tmp_path / "x.xlsx")
    sheet = book.create_sheet("borgere")
    monkeypatch.setattr(zipfile._ZipWriteFile, "write", _full_disk)  # type: ignore[attr-defined]
    with pytest.raises(OSError, match="No space"):
        for i in range(100_000):
            sheet.append((f"{i:010d}", "navn", "efternavn"))
        book.save()
    book.abort()
    assert not [t for t in threading.enumerate() if t.name == "xlsx-writer"]


def test_an_export_that_fails_in_the_writer_thread_leaves_nothing(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zipfile._ZipWriteFile, "write", _full_disk)  # type: ignore[attr-defined]
    target = tmp_path / "ud.xlsx"
    with pytest.raises(UserError):
        export_workbook(demo_db, ADMIN, target)
    assert not target.exists()
    assert not [t for t in threading.enumerate() if t.name == "xlsx-writer"]


def test_the_writer_thread_ends_with_the_workbook(tmp_path: Path) -> None:
    book = StreamWorkbook(tmp_path / "x.xlsx")
    sheet = book.create_sheet("a")
    for i in range(2_000):
        sheet.append((i, str(i)))
    book.create_sheet("b").append(("x",))
    book.save()
    assert not [t for t in threading.enumerate() if t.name == "xlsx-writer"]
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        assert z.read("xl/worksheets/sheet1.xml").count(b"<row ") == 2_000
