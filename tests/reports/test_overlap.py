"""The report's workbook is made on a second thread while the goals are computed (issue 17): the same workbook as
made after computing, one read snapshot, and a failure on either side stops both, raised in the caller, no file."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from planner_gui.domain.goals import GoalFile, load_goal_file, shipped_goals_dir
from planner_gui.reports import workbook
from planner_gui.reports.indicators import GoalResult, Period, compute_goals
from planner_gui.reports.workbook import BackgroundRenderer, render_workbook
from planner_gui.services.auth import Actor
from planner_gui.services.reports import export_report
from planner_gui.storage import files
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry

D = dt.date
ADMIN = Actor("admin", "administrator")
YEAR = Period(D(2024, 1, 1), D(2024, 12, 31))
GENERATED = dt.datetime(2024, 12, 31, 12, 0)


def _goal_file() -> GoalFile:
    return load_goal_file(shipped_goals_dir() / "broendby_2018-2019.yaml")


def _parts(wb: Workbook, path: Path) -> dict[str, bytes]:
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        # docProps/core.xml holds the moment of saving
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _render_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "report-workbook"]


def test_background_renderer_makes_the_same_workbook(demo_db: Database, tmp_path: Path) -> None:
    goal_file = _goal_file()
    with demo_db.read() as s:
        results = compute_goals(s, goal_file, YEAR)
    renderer = BackgroundRenderer(goal_file, YEAR, GENERATED)
    try:
        for r in results:
            renderer.add(r)
        overlapped = renderer.finish()
    finally:
        renderer.close()
    plain = render_workbook(goal_file, YEAR, results, GENERATED)
    a, b = _parts(overlapped, tmp_path / "a.xlsx"), _parts(plain, tmp_path / "b.xlsx")
    assert a == b
    assert len(a) > 10
    assert _render_threads() == []


def test_export_gives_the_workbook_of_the_results(demo_db: Database, tmp_path: Path) -> None:
    """The exported file (sheets made while computing) holds every figure of the results, as rendered after."""
    goal_file = _goal_file()
    out = tmp_path / "r.xlsx"
    report = export_report(demo_db, ADMIN, goal_file, YEAR, out)
    after = tmp_path / "after.xlsx"
    render_workbook(goal_file, YEAR, report.results).save(after)
    got, want = load_workbook(out), load_workbook(after)
    assert got.sheetnames == want.sheetnames
    assert got.sheetnames[0] == "Mål" and got.sheetnames[-1] == "Definitioner"
    for name in got.sheetnames[:-1]:  # Definitioner holds the moment the report was made
        rows = [[c.value for c in row] for row in got[name].iter_rows()]
        assert rows == [[c.value for c in row] for row in want[name].iter_rows()], name
        assert [[c.number_format for c in row] for row in got[name].iter_rows()] == [
            [c.number_format for c in row] for row in want[name].iter_rows()
        ]
    assert _render_threads() == []


def test_a_failure_on_the_render_thread_is_raised_in_the_caller_and_leaves_no_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = workbook._goal_sheet

    def breaks_on_the_second(ws: Any, goal_file: GoalFile, r: GoalResult) -> None:
        made.append(r.goal.id)
        if len(made) == 2:
            raise OSError(28, "No space left on device")
        real(ws, goal_file, r)

    monkeypatch.setattr(workbook, "_goal_sheet", breaks_on_the_second)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with demo_db.read() as s:
        audit_rows = s.query(AuditEntry).count()
    with pytest.raises(OSError, match="No space left"):
        export_report(demo_db, ADMIN, _goal_file(), YEAR, out_dir / "r.xlsx")
    assert list(out_dir.iterdir()) == []
    assert [p for p in files.scratch_dir().iterdir() if p.suffix == ".xlsx"] == []
    with demo_db.read() as s:
        assert s.query(AuditEntry).count() == audit_rows  # not begun: nothing was written
    assert _render_threads() == []
    # the computing stopped at the next goal (the thread raised it at the caller's next hand-over)
    assert len(made) == 2


def test_a_failure_while_computing_stops_the_render_thread(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner_gui.reports.indicators as indicators

    real = indicators._compute
    calls: list[int] = []

    def breaks_on_the_third(*args: Any) -> GoalResult:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the database went away")
        return real(*args)

    monkeypatch.setattr(indicators, "_compute", breaks_on_the_third)
    out = tmp_path / "r.xlsx"
    with pytest.raises(RuntimeError, match="went away"):
        export_report(demo_db, ADMIN, _goal_file(), YEAR, out)
    assert not out.exists()
    assert _render_threads() == []


def test_cancelled_while_rendering_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    from planner_gui.services.reports import ReportCancelled

    seen: list[str] = []
    out = tmp_path / "r.xlsx"
    with pytest.raises(ReportCancelled):
        export_report(
            demo_db,
            ADMIN,
            _goal_file(),
            YEAR,
            out,
            progress=lambda _d, _t, goal_id: seen.append(goal_id),
            cancelled=lambda: len(seen) >= 3,
        )
    assert not out.exists()
    assert _render_threads() == []


def test_each_result_is_handed_over_as_soon_as_it_is_computed(demo_db: Database) -> None:
    goal_file = _goal_file()
    handed: list[GoalResult] = []
    progress: list[tuple[int, int]] = []

    def on_result(r: GoalResult) -> None:
        handed.append(r)
        progress.append((len(handed), len(seen)))

    seen: list[str] = []
    with demo_db.read() as s:
        results = compute_goals(
            s, goal_file, YEAR, progress=lambda _d, _t, goal_id: seen.append(goal_id), on_result=on_result
        )
    assert handed == results and len(results) == len(goal_file.goals)
    # goal i is handed over before goal i + 1 is begun
    assert progress == [(i, i) for i in range(1, len(results) + 1)]
