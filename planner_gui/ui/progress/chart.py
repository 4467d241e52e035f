"""The progression chart (pyqtgraph): scores over time and "then vs now", readable in black and white.

- Over time: one line per dimension and rater, plus the mean of dimensions (thick, black). The citizen's ratings are
  solid lines with filled circles, the caseworker's dashed lines with hollow triangles, so the two can be told apart
  without colour. The first measurement is marked as the baseline ("Udgangspunkt").
- Then vs now: paired bars per dimension, the first measurement hatched and light, the latest solid and dark.
- Hovering a point shows its value.

:func:`render_progress_png` and :func:`progress_summary_html` are for the "Min plan" printout.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsObject, QGraphicsScene, QLabel, QVBoxLayout, QWidget

from planner_gui.domain.dates import format_date
from planner_gui.domain.progression import (
    RATER_LABELS,
    Change,
    Point,
    Progression,
    format_change,
    format_score,
)
from planner_gui.services.measurements import CitizenProgression, InstrumentProgression
from planner_gui.ui.i18n import translated

try:  # how pyqtgraph draws a wide solid line (as segments, since 0.13); without it such a line is one path
    from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments as _line_segments  # noqa: N813
except ImportError:  # pragma: no cover
    _line_segments = None

#: Okabe-Ito: distinguishable for colour-blind readers, and of different greys when printed.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999933", "#882255")
RATER_STYLE: dict[str, dict[str, Any]] = {
    "borger": {"style": Qt.PenStyle.SolidLine, "symbol": "o", "fill": True},
    "sagsbehandler": {"style": Qt.PenStyle.DashLine, "symbol": "t", "fill": False},
}
MEAN = "_mean"
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

TIME = "time"
THEN_NOW = "then_now"
#: Min plan shows the chart about 16.4 cm wide (printout.py: 620 of the document's 96-dpi pixels), from a PNG about
#: 900 pixels wide: one image pixel prints at ~0.52 pt, so the axes' text of the printed chart is 18 px (~9.3 pt).
#: Its legend is not in the image but text below it (:func:`legend_html`), at the size of the printout's own text.
PRINT_TEXT_PX = 18


_EPOCH = dt.date(1970, 1, 1).toordinal()
#: Above this many points per line, lines are drawn without antialiasing and dimension lines without symbols
#: (the symbols would overlap anyway); the rater's line style (solid / dashed) still tells them apart.
DENSE = 60


def change_rows(prog: Progression, rater: str | None) -> list[tuple[str, Change | None]]:
    """The "then vs now" numbers of every dimension and of their mean (code :data:`MEAN`), for one rater or combined.

    The chart, the change table and the printout all use these, so they show the same numbers. The mean row is the
    mean of the dimensions' first values and of their latest values (dimensions without a change don't count), so its
    change is exactly the mean of the dimensions' changes shown above it. Combined, each dimension compares only the
    raters who scored it on both its first and its latest date (:meth:`Progression.distance`). A dimension scored
    on a single date (by this rater) while the citizen has several measurement dates has no change: ``None``.
    """
    several = len(prog.dates) > 1
    rows: list[tuple[str, Change | None]] = []
    for code in prog.dimensions:
        ch = prog.distance(code, rater)
        # scored on one date only while there are several: no baseline to compare with (shown as "–")
        rows.append((code, None if ch is not None and ch.single and several else ch))
    present = [ch for _code, ch in rows if ch is not None]
    mean: Change | None = None
    if present:
        mean = Change(
            None,
            rater,
            min(ch.first_date for ch in present),
            sum(ch.first for ch in present) / len(present),
            max(ch.last_date for ch in present),
            sum(ch.last for ch in present) / len(present),
        )
    rows.append((MEAN, mean))
    return rows


def x_of(date: dt.date) -> float:
    """Seconds since the epoch at midnight UTC (the x value of a date on the chart)."""
    return float((date.toordinal() - _EPOCH) * 86400)


def date_of(x: float) -> dt.date:
    return dt.datetime.fromtimestamp(x, dt.UTC).date()


class DanishDateAxis(pg.DateAxisItem):
    """Date ticks with Danish month names (``mar 2024``, ``12/3``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 (pyqtgraph's names)
        """pyqtgraph's date ticks (the same zoom levels, steps and skipping), computed without its conversion of
        every tick to and from local time: the chart's dates are UTC midnights (``utcOffset=0``), so that
        conversion changes nothing, and it was most of the axis' cost (issue 17)."""
        self.setZoomLevelForDensity((maxVal - minVal) / size)
        if self.utcOffset != 0 or self.zoomLevel.tickSpecs[-1].spacing < 86400:  # hours: pyqtgraph's own way
            return super().tickValues(minVal, maxVal, size)
        all_ticks = np.array([])
        out = []
        for spec in self.zoomLevel.tickSpecs:
            ticks, skip = spec.makeTicks(minVal, maxVal, self.minSpacing)
            # a tick already on a coarser level (a year is also a month) is left out here
            close = np.any(np.isclose(all_ticks, ticks[:, np.newaxis], rtol=0, atol=self.minSpacing * 0.01), axis=-1)
            ticks = ticks[~close]
            all_ticks = np.concatenate([all_ticks, ticks])
            out.append((spec.spacing, ticks.tolist()))
            if skip > 1:
                break
        return out

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            try:
                d = date_of(v)
            except (OverflowError, OSError, ValueError):
                out.append("")
                continue
            if spacing >= 300 * 86400:
                out.append(str(d.year))
            elif spacing >= 25 * 86400:
                out.append(f"{MONTHS[d.month - 1]} {d.year}")
            else:
                out.append(f"{d.day}/{d.month}-{d.year % 100:02d}")
        return out


def _pen(color: str, rater: str | None, width: float) -> QPen:
    pen = pg.mkPen(color=color, width=width)
    pen.setStyle(RATER_STYLE[rater]["style"] if rater else Qt.PenStyle.SolidLine)
    if rater == "sagsbehandler":
        pen.setDashPattern([5, 3])
    return pen


class ChartLine:
    """One plotted line: its points (x = :func:`x_of` the date, y = the score) and its pen, drawn by the
    :class:`LineGroup` that holds it. ``getData`` and ``zValue`` answer as pyqtgraph's line item would."""

    __slots__ = ("antialias", "group", "pen", "x", "y")

    def __init__(self, x: np.ndarray, y: np.ndarray, pen: QPen, antialias: bool, group: LineGroup) -> None:
        self.x, self.y, self.pen, self.antialias, self.group = x, y, pen, antialias, group

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x, self.y

    def zValue(self) -> float:
        return self.group.zValue()


class LineGroup(QGraphicsObject):
    """Several lines in one graphics item, each drawn exactly as pyqtgraph's ``PlotCurveItem`` draws it (a solid
    wide line without antialiasing as separate segments, any other as one path), in the order added.

    Twelve line items cost a chart about a tenth of its build and paint (issue 17): each item is registered with the
    view, told of every change of the view's range and asked for its bounds in Python at every paint. A group is one
    item, whose bounds are those of its data with a margin far wider than any pen.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[ChartLine] = []
        self._bounds = QRectF()
        self._drawn: list[tuple[QPen, bool, QPainterPath | None, Any]] | None = None

    def add(self, x: np.ndarray, y: np.ndarray, pen: QPen, antialias: bool) -> ChartLine:
        line = ChartLine(x, y, pen, antialias, self)
        self.lines.append(line)
        x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
        # a tenth of the time span (at least 30 days) and one score beyond the data: many pixels at any size the
        # chart can have (its view adds 4% of the span and 0.3 score on each side, and is at least 320 x 220 px)
        mx, my = max((x1 - x0) * 0.1, 30 * 86400.0), 1.0
        bounds = QRectF(x0 - mx, y0 - my, x1 - x0 + 2 * mx, y1 - y0 + 2 * my)
        self.prepareGeometryChange()
        self._bounds = bounds if self._bounds.isNull() else self._bounds.united(bounds)
        self._drawn = None
        self.update()
        return line

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option: Any, _widget: Any = None) -> None:
        if self._drawn is None:
            self._drawn = []
            for line in self.lines:
                pen = line.pen
                # pyqtgraph's rule (PlotCurveItem._shouldUseDrawLineSegments, segmentedLineMode "auto")
                segments = (
                    _line_segments is not None
                    and pen.widthF() > 1.0
                    and pen.style() == Qt.PenStyle.SolidLine
                    and pen.isSolid()
                    and pen.color().alphaF() == 1.0
                    and not line.antialias
                )
                if segments:
                    self._drawn.append((pen, line.antialias, None, _line_segments(line.x, line.y, "all", False)))
                else:
                    self._drawn.append((pen, line.antialias, pg.arrayToQPath(line.x, line.y, connect="all"), None))
        for pen, antialias, path, segments in self._drawn:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
            painter.setPen(pen)
            if path is not None:
                painter.drawPath(path)
            else:
                painter.drawLines(*segments.drawargs())


class ProgressChart(QWidget):
    """Plots one citizen's progression on one instrument.

    ``curves`` maps ``(dimension code or "_mean", rater)`` to the plotted line, a :class:`ChartLine` (x = :func:`x_of`
    the date, y = the score), and ``symbols`` to its :class:`pyqtgraph.ScatterPlotItem` where the line has symbols
    (the mean always; every line of at most :data:`DENSE` points); ``bars`` holds the then-vs-now bar items.
    """

    def __init__(self, parent: QWidget | None = None, *, print_mode: bool = False) -> None:
        super().__init__(parent)
        self.print_mode = print_mode
        self.data: InstrumentProgression | None = None
        self.mode = TIME
        self.rater: str | None = None  # None: both raters
        self.dimension: str | None = None  # None: every dimension
        self.curves: dict[tuple[str, str | None], ChartLine] = {}
        self._open_group: dict[float, LineGroup] = {}  # per height: the line group the next line joins
        self.symbols: dict[tuple[str, str | None], pg.ScatterPlotItem] = {}  # the lines' symbols, where drawn
        self.bars: list[pg.BarGraphItem] = []
        self.baseline: pg.InfiniteLine | None = None
        # (x, y, what, who, date): formatted only when hovered; a line's points listed at its first hover
        self._hover_points: list[tuple[float, float, str, str, dt.date]] = []
        self._hover_series: list[tuple[list[float], tuple[Point, ...], str, str]] = []
        # the legend: (text, colour, kind) per entry, shown as text below the plot (kinds in _SAMPLES)
        self.legend_entries: list[tuple[str, str, str]] = []
        self._legend_columns = 3

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        # The scene's rectangle is the view's: without one, Qt asks every item for its bounds after each change to
        # grow the scene (in Python for pyqtgraph's items). A few dozen items need no spatial index.
        scene = self.view.scene()
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        scene.setSceneRect(self.view.range)
        self.view.sigDeviceRangeChanged.connect(lambda _view, rect: scene.setSceneRect(rect))
        # no context menus: built at once they would be a fifth of the chart's construction
        self.plot: pg.PlotItem = self.view.addPlot(
            row=0, col=0, axisItems={"bottom": DanishDateAxis()}, enableMenu=False
        )
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen("k"))
            ax.setTextPen(pg.mkPen("k"))
        # The legend sits below the plot (never over the lines), as text: a label, which a screen reader reads and
        # which costs one text layout where pyqtgraph's legend built a graphics item, a sample curve and a label per
        # entry (a third of the chart's build, issue 17). On paper it is text below the image (legend_html).
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Signaturforklaring"))
        self.legend.setContentsMargins(8, 2, 8, 4)
        self.legend.setStyleSheet("QLabel#chartLegend { background: white; color: black; }")
        self._label_style: dict[str, str] = {}
        if print_mode:
            font = QFont()
            font.setPixelSize(PRINT_TEXT_PX)
            for name in ("left", "bottom"):
                self.plot.getAxis(name).setStyle(tickFont=font)
            self._label_style = {"font-size": f"{PRINT_TEXT_PX}px"}
        self.tip = pg.TextItem(
            "", color="k", fill=pg.mkBrush(255, 255, 225, 240), border=pg.mkPen("#555"), anchor=(0, 1)
        )
        self.tip.setZValue(100)
        self.tip.hide()
        if not print_mode:  # a printout has no mouse
            self._proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        if not print_mode:  # the printed chart is the plot alone; its legend is text below the image
            layout.addWidget(self.legend)
        self.setMinimumSize(320, 220)
        self._redraw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cols = 3 if event.size().width() >= 900 else 2
        if self._legend_columns != cols:
            self._legend_columns = cols
            self._show_legend()

    # ------------------------------------------------------------------------------------------------ public
    def set_data(self, data: InstrumentProgression | None) -> None:
        self.data = data
        if data is not None and self.dimension is not None and self.dimension not in data.progression.dimensions:
            self.dimension = None
        self._redraw()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._redraw()

    def set_rater(self, rater: str | None) -> None:
        self.rater = rater
        self._redraw()

    def set_dimension(self, dimension: str | None) -> None:
        self.dimension = dimension
        self._redraw()

    def label(self, code: str) -> str:
        if code == MEAN:
            return self.tr("Gennemsnit")
        return self.data.labels.get(code, code) if self.data else code

    # ------------------------------------------------------------------------------------------------ drawing
    def _clear(self) -> None:
        self.plot.clear()
        self.legend_entries = []
        self.curves.clear()
        self._open_group.clear()
        self.symbols.clear()
        self.bars.clear()
        self.baseline = None
        self._hover_points = []
        self._hover_series = []
        self.plot.addItem(self.tip, ignoreBounds=True)
        self.tip.hide()

    def _redraw(self) -> None:
        self.plot.disableAutoRange()  # ranges are set explicitly; no recomputation per added item
        self._clear()
        prog = self.data.progression if self.data else None
        if prog is None or prog.empty:
            self.plot.setTitle("<span style='color:#444'>" + self.tr("Ingen målinger endnu") + "</span>")
            self.plot.getAxis("bottom").setTicks(None)
            self.plot.setYRange(1, 10)
        else:
            self.plot.setTitle(None)
            lo, hi = self.data.instrument.scale if self.data else (1, 10)
            if self.mode == THEN_NOW:
                self._draw_then_now(prog, lo, hi)
            else:
                self._draw_time(prog, lo, hi)
        self._show_legend()

    def _show_legend(self) -> None:
        self.legend.setText(legend_table(self.legend_entries, self._legend_columns))
        self.legend.setVisible(bool(self.legend_entries) and not self.print_mode)

    def _raters(self) -> tuple[str, ...]:
        return (self.rater,) if self.rater else ("borger", "sagsbehandler")

    def _add_curve(self, key: tuple[str, str | None], points: tuple[Point, ...], color: str, width: float) -> None:
        if not points:
            return
        rater = key[1]
        style = RATER_STYLE[rater] if rater else {"symbol": "d", "fill": True}
        size = 11 if key[0] == MEAN else 9
        if rater == "borger":
            size -= 2  # a smaller filled circle on top of the caseworker's hollow triangle: both stay visible
        dense = len(points) > DENSE
        symbols: dict[str, Any] = {}
        if key[0] == MEAN or not dense:
            symbols = {
                "symbol": style["symbol"],
                "symbolSize": size,
                "symbolPen": pg.mkPen(color, width=1.6),
                "symbolBrush": pg.mkBrush(color if style["fill"] else "w"),
            }
        xs = [x_of(p.date) for p in points]
        x, y = np.array(xs), np.array([p.value for p in points])
        # the citizen's series above the caseworker's: at the same value the dot is not hidden behind the triangle
        z = 2 if rater == "borger" else 1
        # Lines in a row at the same height share one item; symbols are an item of their own, above their line and
        # below the next line, in the order a line item per series would have drawn them.
        group = self._open_group.get(z)
        if group is None:
            group = self._open_group[z] = LineGroup()
            group.setZValue(z)
            self.plot.addItem(group)
        self.curves[key] = group.add(x, y, _pen(color, rater, width), not dense)
        if symbols:
            dots = pg.ScatterPlotItem(
                x=x,
                y=y,
                symbol=symbols["symbol"],
                size=symbols["symbolSize"],
                pen=symbols["symbolPen"],
                brush=symbols["symbolBrush"],
                antialias=not dense,
            )
            dots.setZValue(z)  # added after its line: drawn on top of it
            self.plot.addItem(dots)
            self.symbols[key] = dots
            del self._open_group[z]  # the next line at this height goes above these symbols
        who = translated(RATER_LABELS[rater]) if rater else self.tr("Begge")
        self._hover_series.append((xs, points, self.label(key[0]), who))

    def _legend_line(self, text: str, color: str, kind: str) -> None:
        """A legend entry: a coloured line (a dimension), the mean's black one, or a sample of a rater's line style
        (kinds in :data:`_SAMPLES`)."""
        self.legend_entries.append((text, color, kind))

    def _draw_time(self, prog: Progression, lo: int, hi: int) -> None:
        axis = self.plot.getAxis("bottom")
        axis.setTicks(None)
        axis.setHeight(None)
        dims = (self.dimension,) if self.dimension else prog.dimensions
        for i, code in enumerate(prog.dimensions):
            if code not in dims:
                continue
            color = PALETTE[i % len(PALETTE)]
            for rater in self._raters():
                self._add_curve((code, rater), prog.series(code, rater), color, 2.0)
            self._legend_line(self.label(code), color, "dimension")
        if self.dimension is None:
            for rater in self._raters():
                self._add_curve((MEAN, rater), prog.mean_series(rater), "#000000", 3.5)
            self._legend_line(self.tr("Gennemsnit af dimensioner"), "#000000", "mean")
        for rater in self._raters():
            text = self.tr("Borgeren (fuld linje ●)") if rater == "borger" else self.tr("Sagsbehandleren (stiplet ▽)")
            self._legend_line(text, "#000000", rater)
        first = prog.first_date
        assert first is not None
        self.baseline = pg.InfiniteLine(
            pos=x_of(first),
            angle=90,
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DotLine),
            label=self.tr("Udgangspunkt {date}").format(date=f"{format_date(first)}"),
            labelOpts={"position": 0.99, "color": "#222", "anchors": [(0, 0), (0, 0)], "fill": (255, 255, 255, 200)},
        )
        if self.print_mode:
            font = QFont()
            font.setPixelSize(PRINT_TEXT_PX - 2)
            self.baseline.label.setFont(font)
        self.plot.addItem(self.baseline)
        xs = [x_of(d) for d in prog.dates]
        if len(xs) == 1:  # one measurement: one date label (the automatic day ticks would overlap)
            axis.setTicks([[(xs[0], f"{format_date(prog.dates[0])}")]])
        pad = max(15 * 86400.0, (xs[-1] - xs[0]) * 0.04)
        self.plot.setXRange(xs[0] - pad, xs[-1] + pad * (3 if len(xs) > 1 else 1), padding=0)
        self.plot.setYRange(lo - 0.3, hi + 0.9, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(lo, hi + 1)]])
        self.plot.setLabel("left", self.tr("Score"), **self._label_style)

    def _draw_then_now(self, prog: Progression, lo: int, hi: int) -> None:
        rater = self.rater
        codes = [self.dimension] if self.dimension else [*prog.dimensions, MEAN]
        changes = dict(change_rows(prog, rater))
        firsts: list[float] = []
        lasts: list[float] = []
        xs: list[float] = []
        ticks = []
        for code in codes:
            ch = changes.get(code)
            if ch is None:
                continue
            x = float(len(xs))
            xs.append(x)
            firsts.append(ch.first)
            lasts.append(ch.last)
            ticks.append((x, _wrap(self.label(code))))
            for dx, val, when in ((-0.2, ch.first, ch.first_date), (0.2, ch.last, ch.last_date)):
                self._hover_points.append((x + dx, val, self.label(code), "", when))
        if not xs:
            return
        first_brush = QBrush(QColor("#bbbbbb"), Qt.BrushStyle.BDiagPattern)
        then = pg.BarGraphItem(
            x=[x - 0.2 for x in xs],
            height=firsts,
            width=0.38,
            y0=0,
            brush=first_brush,
            pen=pg.mkPen("k", width=1.2),
        )
        now = pg.BarGraphItem(
            x=[x + 0.2 for x in xs],
            height=lasts,
            width=0.38,
            y0=0,
            brush=pg.mkBrush("#1f4e79"),
            pen=pg.mkPen("k", width=1.2),
        )
        for item in (then, now):
            self.plot.addItem(item)
            self.bars.append(item)
        for x, a, b in zip(xs, firsts, lasts):
            for dx, v in ((-0.2, a), (0.2, b)):
                t = pg.TextItem(format_score(v), color="k", anchor=(0.5, 1))
                t.setPos(x + dx, v + 0.05)
                self.plot.addItem(t)
            if b != a:
                t = pg.TextItem(format_change(b - a), color="k", anchor=(0.5, 1))
                t.setFont(_bold())
                t.setPos(x, max(a, b) + 0.75)
                self.plot.addItem(t)
        first, last = prog.first_date, prog.last_date
        assert first is not None and last is not None
        if rater is None:
            who = self.tr("Begge bedømmere (gennemsnit)")
        elif rater == "borger":
            who = self.tr("Borgerens vurdering")
        else:
            who = self.tr("Sagsbehandlerens vurdering")
        self._legend_line(self.tr("Første måling af hver dimension"), "#777777", "first")
        self._legend_line(self.tr("Seneste måling af hver dimension"), "#1f4e79", "last")
        self.plot.setTitle(f"<span style='color:#222'>{who}: {format_date(first)} → {format_date(last)}</span>")
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("bottom").setHeight(48)
        self.plot.setXRange(-0.6, len(xs) - 0.4, padding=0)
        self.plot.setYRange(0, hi + 2.2, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, hi + 1)]])
        self.plot.setLabel("left", self.tr("Score"))

    # ------------------------------------------------------------------------------------------------ hover
    def _mouse_moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        vb = self.plot.vb
        for xs, points, label, who in self._hover_series:
            self._hover_points.extend((x, p.value, label, who, p.date) for x, p in zip(xs, points))
        self._hover_series = []
        if not self._hover_points or not self.plot.sceneBoundingRect().contains(pos):
            self.tip.hide()
            return
        best, best_d = None, 18.0**2  # pixels
        # one mapping of the mouse into data coordinates, then compare in pixels
        view = vb.mapSceneToView(pos)
        (x0, x1), (y0, y1) = vb.viewRange()
        w, h = max(vb.width(), 1.0), max(vb.height(), 1.0)
        sx, sy = w / ((x1 - x0) or 1.0), h / ((y1 - y0) or 1.0)
        vx, vy = view.x(), view.y()
        for hp in self._hover_points:
            d = ((hp[0] - vx) * sx) ** 2 + ((hp[1] - vy) * sy) ** 2
            if d < best_d:
                best, best_d = hp, d
        if best is None:
            self.tip.hide()
            self.plot.setToolTip("")
            return
        x, y, what, who, when = best
        value = f"{who}: {format_score(y)}" if who else format_score(y)
        self.show_tip(x, y, f"{what}\n{value}  ({format_date(when)})")

    def show_tip(self, x: float, y: float, text: str) -> None:
        self.tip.setText(text)
        self.tip.setPos(x, y)
        vr = self.plot.vb.viewRange()
        self.tip.setAnchor((1 if x > (vr[0][0] + vr[0][1]) / 2 else 0, 1 if y < (vr[1][0] + vr[1][1]) / 2 else 0))
        self.tip.show()


def _wrap(text: str, width: int = 18) -> str:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join(lines)


def _bold() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


# ---------------------------------------------------------------------------------------------------- printout
def render_progress_png(
    progression: CitizenProgression,
    width: int = 900,
    height: int = 450,
    *,
    mode: str = TIME,
    instrument_code: str | None = None,
) -> bytes:
    """The chart as PNG bytes (for the "Min plan" printout). Empty bytes when the citizen has no measurements.
    ``progression`` comes from :func:`planner_gui.services.measurements.progression_for_printout` (or
    ``citizen_progression``), loaded by the caller off the GUI thread."""
    if QApplication.instance() is None:
        QApplication([])
    data = progression.for_code(instrument_code)
    if data is None:
        return b""
    chart = ProgressChart(print_mode=True)
    chart.set_mode(mode)
    chart.set_data(data)
    chart.resize(width, height)
    chart.plot.resize(width, height)
    chart.ensurePolished()
    QApplication.processEvents()
    pixmap = chart.grab()
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buf, "PNG")
    buf.close()
    chart.deleteLater()
    return bytes(ba.data())


def progress_summary_html(progression: CitizenProgression, *, instrument_code: str | None = None) -> str:
    """A small HTML table of the change since the first measurement per dimension ('' when never measured)."""
    data = progression.for_code(instrument_code)
    if data is None:
        return ""
    return legend_html(data) + change_table_html(data)


def legend_entries(data: InstrumentProgression) -> list[tuple[str, str, str]]:
    """The legend of the printed chart (over time, both raters, every dimension) as (text, colour, kind), kind one
    of ``dimension``, ``mean``, ``borger``, ``sagsbehandler``: the same entries, in the same order, as the chart's own
    legend (:meth:`ProgressChart._draw_time`)."""
    prog = data.progression
    if prog.empty:
        return []
    out = [(data.labels.get(c, c), PALETTE[i % len(PALETTE)], "dimension") for i, c in enumerate(prog.dimensions)]
    out.append((tr("Gennemsnit af dimensioner"), "#000000", "mean"))
    out.append((tr("Borgeren (fuld linje ●)"), "#000000", "borger"))
    out.append((tr("Sagsbehandleren (stiplet ▽)"), "#000000", "sagsbehandler"))
    return out


#: a sample in text: a dimension's coloured line, the mean's thick black one, the raters' line styles, and the
#: then-vs-now bars (the first measurement hatched grey, the latest solid blue)
_SAMPLES = {"dimension": "━━━", "mean": "━━━", "borger": "━●━", "sagsbehandler": "╍▽╍", "first": "▨", "last": "■"}


def legend_table(entries: list[tuple[str, str, str]], columns: int, style: str = "") -> str:
    """A legend as an HTML table: a coloured sample and the label per entry, ``columns`` entries a row."""
    if not entries:
        return ""
    esc = html.escape
    cells = [
        f"<td style='padding-right: 14px;'><span style='color: {color}; font-weight: bold;'>{_SAMPLES[kind]}</span>"
        f"&nbsp;{esc(text)}</td>"
        for text, color, kind in entries
    ]
    rows = ["<tr>" + "".join(cells[i : i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
    return f"<table class='legend' cellspacing='0' cellpadding='2' style='{style}'>{''.join(rows)}</table>"


def legend_html(data: InstrumentProgression, columns: int = 2) -> str:
    """The printed chart's legend as text below the image (10 pt on paper, like the table)."""
    return legend_table(legend_entries(data), columns, "font-size: 10pt; margin-bottom: 12px;")


def tr(text: str) -> str:
    """Translate a string of the printout functions (context ``ProgressChart``)."""
    return QCoreApplication.translate("ProgressChart", text)


def change_table_html(data: InstrumentProgression) -> str:
    prog = data.progression
    first, last = prog.first_date, prog.last_date
    assert first is not None and last is not None
    esc = html.escape

    def cell(ch: Any) -> str:
        if ch is None:
            return "<td>–</td>"
        return (
            f"<td style='text-align:right'>{format_score(ch.first)} → {format_score(ch.last)} "
            f"<b>({format_change(ch.change)})</b></td>"
        )

    citizen, caseworker = change_rows(prog, "borger"), change_rows(prog, "sagsbehandler")
    rows = []
    for (code, cit), (_code, cw) in zip(citizen, caseworker):
        label = f"<b>{esc(tr('Gennemsnit'))}</b>" if code == MEAN else esc(data.labels.get(code, code))
        rows.append(f"<tr><td>{label}</td>{cell(cit)}{cell(cw)}</tr>")
    caption = tr("ændring fra første måling {first} til seneste {last}").format(
        first=f"{format_date(first)}", last=f"{format_date(last)}"
    )
    return (
        "<table class='progression' border='1' cellspacing='0' cellpadding='4'>"
        f"<caption>{esc(data.instrument.name)}: {esc(caption)}</caption>"
        f"<tr><th>{esc(tr('Dimension'))}</th><th>{esc(tr('Borgerens vurdering'))}</th>"
        f"<th>{esc(tr('Sagsbehandlerens vurdering'))}</th></tr>" + "".join(rows) + "</table>"
    )
