"""The progression chart's cheaper drawing (issue 17) draws what pyqtgraph's own items drew, pixel for pixel, and the
list of sessions sizes its columns as Qt's table widget did."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from planner_gui.domain.dates import format_date
from planner_gui.domain.progression import OccasionEntry, Progression, Score, format_score
from planner_gui.services.instruments import DimensionInfo, InstrumentInfo
from planner_gui.services.measurements import InstrumentProgression, MeasurementOccasion
from planner_gui.ui.progress.chart import MEAN, DanishDateAxis, LineGroup, ProgressChart, _pen, x_of
from planner_gui.ui.progress.panel import OccasionList

DIMS = ("a", "b", "c")


def _progression(sessions: int) -> InstrumentProgression:
    rng = random.Random(sessions)
    start = dt.date(2020, 1, 6)
    scores = tuple(
        Score(start + dt.timedelta(days=14 * i), d, r, rng.randint(1, 10))
        for i in range(sessions)
        for d in DIMS
        for r in ("borger", "sagsbehandler")
    )
    dims = tuple(DimensionInfo(uuid.uuid4(), d, f"Dimension {d}", "lav", "høj") for d in DIMS)
    info = InstrumentInfo(uuid.uuid4(), "bip", 1, "BIP", "", 1, 10, False, dims)
    return InstrumentProgression(info, {d: f"Dimension {d}" for d in DIMS}, Progression(scores, DIMS))


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())


def test_date_ticks_are_pyqtgraphs(qapp) -> None:
    """The axis computes pyqtgraph's date ticks without converting each to and from local time (a no-op for UTC)."""
    ours, theirs = DanishDateAxis(), pg.DateAxisItem(orientation="bottom", utcOffset=0)
    ours.fontMetrics = theirs.fontMetrics = QFontMetrics(QFont())
    rng = random.Random(17)
    for _ in range(400):
        low = rng.uniform(-10 * 365 * 86400, 60 * 365 * 86400)
        span, size = 10 ** rng.uniform(4, 9.5), rng.uniform(150, 2500)
        assert ours.tickValues(low, low + span, size) == theirs.tickValues(low, low + span, size)


def test_a_line_group_draws_as_pyqtgraphs_line_items(qtbot) -> None:
    """Solid and dashed, thin and wide, with and without antialiasing: the same pixels as one PlotCurveItem each."""
    rng = np.random.default_rng(17)
    x = x_of(dt.date(2020, 1, 1)) + np.arange(120) * 14 * 86400.0
    lines = [
        (np.clip(np.cumsum(rng.integers(-1, 2, len(x))) + 5, 1, 10).astype(float), pen, antialias)
        for pen, antialias in (
            (_pen("#0072B2", "borger", 2.0), False),
            (_pen("#D55E00", "sagsbehandler", 2.0), False),
            (_pen("#000000", "borger", 3.5), True),
            (_pen("#009E73", "sagsbehandler", 3.5), True),
            (pg.mkPen("#CC79A7", width=1), False),
        )
    ]
    images = []
    for kind in ("group", "items"):
        view = pg.PlotWidget()
        qtbot.addWidget(view)
        plot = view.getPlotItem()
        plot.disableAutoRange()
        plot.setXRange(x[0] - 30 * 86400, x[-1] + 90 * 86400, padding=0)
        plot.setYRange(0.7, 10.9, padding=0)
        if kind == "group":
            group = LineGroup()
            plot.addItem(group)
            for y, pen, antialias in lines:
                group.add(x, y, pen, antialias)
        else:
            for y, pen, antialias in lines:
                plot.addItem(pg.PlotCurveItem(x, y, pen=pen, antialias=antialias, skipFiniteCheck=True))
        view.resize(700, 360)
        view.show()
        qtbot.waitExposed(view)
        images.append(view.grab().toImage())
    assert _pixels(images[0]) == _pixels(images[1])


def test_lines_and_symbols_keep_their_order_and_data(qtbot) -> None:
    """Few sessions: every line has symbols, drawn above its own line and below the next; many: only the mean's."""
    for sessions, with_symbols in (
        (8, {(d, r) for d in (*DIMS, MEAN) for r in ("borger", "sagsbehandler")}),
        (90, None),
    ):
        chart = ProgressChart()
        qtbot.addWidget(chart)
        data = _progression(sessions)
        chart.set_data(data)
        expected = with_symbols or {(MEAN, "borger"), (MEAN, "sagsbehandler")}
        assert set(chart.symbols) == expected
        x, y = chart.curves[("b", "sagsbehandler")].getData()
        points = data.progression.series("b", "sagsbehandler")
        assert list(x) == [x_of(p.date) for p in points] and list(y) == [p.value for p in points]
        assert chart.curves[("a", "borger")].zValue() > chart.curves[("a", "sagsbehandler")].zValue()
        # in the scene, each line's symbols follow it (same height, added after it: drawn above it)
        for key, dots in chart.symbols.items():
            group = chart.curves[key].group
            assert dots.zValue() == group.zValue()
            items = chart.plot.items
            assert items.index(dots) > items.index(group)
            assert group.lines[-1] is chart.curves[key]  # the next line of that height is in a later group
    groups = {id(line.group) for line in chart.curves.values()}
    assert len(groups) == 2  # many sessions: one group per rater (the mean's symbols come after its line)


def _occasions(n: int) -> list[MeasurementOccasion]:
    cid, iid = uuid.uuid4(), uuid.uuid4()
    rng = random.Random(n)
    start = dt.date(2018, 1, 1)
    return [
        MeasurementOccasion(
            cid,
            iid,
            "bip",
            1,
            start + dt.timedelta(days=14 * (n - i)),
            tuple(
                OccasionEntry(d, rng.choice((None, *range(1, 11))), rng.randint(1, 10))
                for d in ("a", "b", "c", "d", "e")
            ),
            rng.choice(("kw", "abcd", None)),
        )
        for i in range(n)
    ]


def test_the_session_list_sizes_its_columns_as_a_table_widget(qtbot) -> None:
    occasions = _occasions(200)
    names = {occasions[0].instrument_id: "Beskæftigelsesindikatorer (BIP)"}
    view = OccasionList()
    qtbot.addWidget(view)
    view.set_occasions(tuple(occasions), names)
    # the list as it was: a table widget with an item per cell, sized by Qt from every row
    table = QTableWidget(len(occasions), 6)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels([view.occasions.headers[c] for c in range(6)])
    table.verticalHeader().hide()
    for i, m in enumerate(occasions):
        cit = [e.citizen for e in m.entries if e.citizen is not None]
        cw = [e.caseworker for e in m.entries if e.caseworker is not None]
        values = (
            format_date(m.date),
            names.get(m.instrument_id, m.instrument_code),
            str(m.score_count),
            format_score(sum(cit) / len(cit)) if cit else "–",
            format_score(sum(cw) / len(cw)) if cw else "–",
            m.updated_by or "",
        )
        for j, v in enumerate(values):
            item = QTableWidgetItem(v)
            if j in (2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)
            assert view.model().index(i, j).data() == v
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    assert [view.columnWidth(c) for c in (0, 2, 3, 4, 5)] == [table.columnWidth(c) for c in (0, 2, 3, 4, 5)]


def test_a_refresh_keeps_the_selected_session_selected(qtbot) -> None:
    occasions = _occasions(5)
    view = OccasionList()
    qtbot.addWidget(view)
    view.set_occasions(tuple(occasions[1:]), {})
    changes: list[int] = []
    view.selection_changed.connect(lambda: changes.append(1))
    view.selectRow(1)
    assert view.current_occasion() == occasions[2] and changes
    view.set_occasions(tuple(occasions), {})  # a newer session came in on top
    assert view.rowCount() == 5 and view.current_occasion() == occasions[2] and view.currentRow() == 2
    view.set_occasions(tuple(occasions[:2] + occasions[3:]), {})  # the selected one was deleted
    assert view.current_occasion() is None
