"""Issue 17: the import pauses Python's cycle collector while it reads, checks and writes, and always resumes it."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import pytest

from planner_gui.interchange import read as readmod
from planner_gui.services.auth import Actor
from planner_gui.services.interchange import ImportErrors, import_workbook
from planner_gui.storage.db import Database
from tests.interchange.wb import GOOD, make_workbook

ADMIN = Actor("admin", "administrator")


def test_the_collector_is_paused_during_the_import_and_resumed_after(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = readmod.read_rows

    def spy(path: Path, errors: list[str]) -> object:
        seen.append(gc.isenabled())
        return real(path, errors)

    monkeypatch.setattr("planner_gui.services.interchange.read_rows", spy)
    was = gc.isenabled()  # the test run may have paused it (then it stays paused after this test)
    gc.enable()
    try:
        _imports(empty_db, tmp_path, seen)
    finally:
        if not was:
            gc.disable()


def _imports(empty_db: Database, tmp_path: Path, seen: list[bool]) -> None:
    import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "in.xlsx", GOOD))
    assert seen == [False] and gc.isenabled()
    bad = copy.deepcopy(GOOD)
    bad["borgere"] = [*bad["borgere"], ["ikke-et-cpr", "A", "B"]]
    with pytest.raises(ImportErrors):
        import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "bad.xlsx", bad))
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that paused it keeps it paused
        import_workbook(empty_db, ADMIN, make_workbook(tmp_path / "in.xlsx", GOOD))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_restore_the_collector_once_all_end() -> None:
    """Two imports at once (two threads) end in either order; the collector comes back on only after both, and only
    if it was on before the first."""
    from planner_gui.collector import is_paused, paused

    was = gc.isenabled()
    gc.enable()
    try:
        first, second = paused(), paused()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)  # the first to begin ends first
        assert is_paused() and not gc.isenabled()
        second.__exit__(None, None, None)
        assert not is_paused() and gc.isenabled()
        gc.disable()
        with paused():
            assert is_paused()
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        (gc.enable if was else gc.disable)()
