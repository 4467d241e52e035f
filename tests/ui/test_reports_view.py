"""The "Rapporter" page: pick a plan and a period, see the goals, export through the real widget (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from planner_gui.reports.indicators import Period
from planner_gui.services.auth import Actor
from planner_gui.ui.context import AppContext
from planner_gui.ui.reports_view import COL_STATUS, GoalRow, GoalTableModel, ReportsView, quick_period
from tests.conftest import TODAY

ADMIN = Actor("admin", "administrator")


def make_view(qtbot, db, actor: Actor = ADMIN) -> ReportsView:
    view = ReportsView(AppContext(db, actor), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    index = view.files.findText("Brøndby: Beskæftigelsesplan 2018-2019")
    assert index >= 0
    view.files.setCurrentIndex(index)
    return view


def test_quick_periods() -> None:
    today = dt.date(2026, 11, 23)
    assert quick_period("i_aar", today) == Period(dt.date(2026, 1, 1), today)
    assert quick_period("sidste_aar", today) == Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert quick_period("sidste_halvaar", today) == Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert quick_period("sidste_halvaar", dt.date(2026, 3, 1)) == Period(dt.date(2025, 7, 1), dt.date(2025, 12, 31))


def test_export_through_the_widget(qtbot, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, demo_db)
    qtbot.mouseClick(view.quick["sidste_aar"], Qt.MouseButton.LeftButton)
    assert view.period() == Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    target = tmp_path / "rapport"  # the dialog's answer without the extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    saved_in_status_bar: list[str] = []
    view.ctx.signals.status_message.connect(lambda text: saved_in_status_bar.append(text) if "gemt" in text else None)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.worker is not None and view.progress.isVisible() and view.cancel_button.isEnabled()
    assert not view.export_button.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: view.worker is None, timeout=60_000)
    out = tmp_path / "rapport.xlsx"
    assert view.last_export == out and out.exists(), view.status.text()
    assert "gemt" in view.status.text()
    assert saved_in_status_bar == []  # the "saved" message once, on the page
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Id", "Mål", "Population", "Værdi", "Baseline", "Målværdi", "Status", "Målkilde", "Udvikling"]
    assert view.date_from.text() == "01-01-2025" and view.date_to.text() == "31-12-2025"  # dd-mm-åååå
    assert view.model.rowCount() == 12
    wb = load_workbook(out)
    assert wb["Mål"].max_row == 13
    assert [wb["Mål"].cell(row=r, column=1).value for r in range(2, 14)] == [row.id for row in view.model.rows()]
    assert view.export_button.isEnabled() and not view.progress.isVisible()


def test_cancel_writes_nothing(qtbot, demo_db, tmp_path: Path) -> None:
    view = make_view(qtbot, demo_db)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    view.export_to(out_dir / "afbrudt.xlsx")
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.worker is None, timeout=60_000)
    assert "Annulleret" in view.status.text()
    assert list(out_dir.iterdir()) == []


def test_compute_fills_the_table_with_status_colours_and_sparklines(qtbot, demo_db) -> None:
    view = make_view(qtbot, demo_db)
    view.set_period(Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.worker is None, timeout=60_000)
    assert view.model.rowCount() == 12
    rows = view.model.rows()
    assert all(len(r.series) == 12 for r in rows)
    status = view.model.index(0, COL_STATUS)
    assert view.model.data(status, Qt.ItemDataRole.BackgroundRole) is not None
    image = view.table.viewport().grab().toImage()  # paints the sparkline delegate
    assert not image.isNull()


def test_bad_period_and_bad_goal_file_are_shown(qtbot, demo_db, tmp_path: Path) -> None:
    view = make_view(qtbot, demo_db)
    view.set_period(Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    view.date_from.setDate(view.date_to.date().addDays(1))
    view.compute()
    assert view.worker is None and "efter" in view.status.text()
    bad = tmp_path / "bad.yaml"
    bad.write_text("kommune: X\nplan: Y\ngoals:\n  - id: 1\n", encoding="utf-8")
    view.load_goal_file(bad)
    assert view.goal_file is None and f"{bad}:4" in view.status.text()


def test_caseworker_cannot_make_reports(qtbot, demo_db) -> None:
    view = ReportsView(AppContext(demo_db, Actor("sb", "sagsbehandler")), today=TODAY)
    qtbot.addWidget(view)
    assert not view.export_button.isEnabled() and not view.compute_button.isEnabled()
    assert "teamledere" in view.status.text()


def test_goal_model(qtmodeltester) -> None:
    model = GoalTableModel()
    model.set_rows(
        [
            GoalRow("A", "Titel", 10, "12,0 %", "32,0 %", "på vej", (0.1, None, 0.2)),
            GoalRow("B", "Titel", 3, "", "5", "for få", ()),
        ]
    )
    qtmodeltester.check(model, force_py=True)


def test_sparkline_series_hides_small_months() -> None:
    from planner_gui.reports.indicators import Cell, GoalResult
    from tests.reports.helpers import make_goal

    goal = make_goal("{type: andel_afgang, typer: [job]}", maalvaerdi=0.5)
    # the year to date: January's 3 people are too few; February's is the whole period, as the total shows it
    months = (Cell("2018-01", "jan 2018", 3, 1.0, 3), Cell("2018-02", "feb 2018", 12, 0.25, 12))
    total = Cell("i_alt", "I alt", 12, 0.25, 12)
    row = GoalRow.from_result(
        GoalResult(goal, Period(dt.date(2018, 1, 1), dt.date(2018, 2, 28)), total, (), (), (), months)
    )
    assert row.series == (None, 0.25)
    assert row.value_text == "25,0 %" and row.target_text == "50,0 %" and row.status == "ikke nået"


def test_the_export_dialog_starts_in_the_documents_folder(
    qtbot, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the folder the app was started from (issue 16): the suggested name sits in the user's documents folder."""
    from PySide6.QtCore import QStandardPaths

    docs = tmp_path / "Dokumenter"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(docs)))
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, start, *_a, **_k: (asked.append(start), ("", ""))[1]),
    )
    view = make_view(qtbot, demo_db)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and Path(asked[0]).parent == docs and asked[0].endswith(".xlsx"), asked
    assert view.worker is None  # cancelled in the dialog: nothing runs

    from planner_gui.ui.paths import documents_folder

    (docs_gone := docs).rmdir()
    assert not docs_gone.exists() and documents_folder() == Path.home()  # a missing documents folder: home
