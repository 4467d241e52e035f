"""The "Rapporter" page: a team lead picks a goal file and a period, sees the goals, and exports the workbook.

All computing and writing runs in a worker (:mod:`planner_gui.ui.workers`) with a progress bar and a cancel button;
the GUI thread only shows results. The table holds plain rows (:class:`GoalRow`), never ORM objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.goals import GoalFile, list_shipped_goal_files, load_goal_file
from planner_gui.errors import UserError
from planner_gui.services.permissions import Permission, can
from planner_gui.services.reports import (
    MIN_COUNT,
    STATUS_FILLS,
    GoalResult,
    Period,
    ReportCancelled,
    compute_report,
    export_report,
    report_warnings,
    series_for_screen,
)
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.i18n import error_text
from planner_gui.ui.paths import in_documents
from planner_gui.ui.workers import Progress, Worker, run_in_background

SERIES_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("id", "titel", "population", "værdi", "baseline", "målværdi", "status", "målkilde", "udvikling")
#: the column headers as shown (translated in :meth:`GoalTableModel.headerData`)
HEADERS = ("Id", "Mål", "Population", "Værdi", "Baseline", "Målværdi", "Status", "Målkilde", "Udvikling")
#: the target source as shown (``plan`` or ``antagelse``, the workbook's codes)
TARGET_SOURCES = {"plan": "plan", "antagelse": "antagelse"}
COL_SPARK = COLUMNS.index("udvikling")
COL_STATUS = COLUMNS.index("status")


@dataclass(frozen=True)
class GoalRow:
    """One goal as the table shows it (plain values, made in the worker)."""

    id: str
    titel: str
    population: int
    value_text: str
    target_text: str
    status: str
    series: tuple[float | None, ...]  # the monthly values, None where hidden or undefined
    baseline_text: str = ""
    target_source: str = "plan"  # "antagelse" when the goal file marks the target as assumed
    assumption: str = ""  # why, shown as the tooltip of the Målkilde cell
    population_text: str = ""

    @staticmethod
    def from_result(r: GoalResult) -> GoalRow:
        goal = r.goal

        def fmt(value: float | None) -> str:
            if value is None:
                return ""
            if goal.is_share:
                return f"{value * 100:.1f} %".replace(".", ",")
            if goal.maal.type.startswith("antal_"):
                return f"{value:,.0f}".replace(",", ".")
            return f"{value:.2f}".replace(".", ",")

        # the same small-count suppression as the workbook's month rows
        series = series_for_screen(r)
        if r.status == "for få" and r.population_figure < MIN_COUNT:
            series = tuple(None for _ in series)
        return GoalRow(
            goal.id,
            goal.titel,
            r.population,
            fmt(r.shown_value),
            fmt(goal.maalvaerdi),
            r.status,
            series,
            fmt(goal.baseline),
            goal.target_source,
            goal.antagelse or "",
            (f"{r.population_figure:,.1f}".replace(",", "X").replace(".", ",").replace("X", "."))
            if goal.population.fulltime
            else f"{r.population:,}".replace(",", "."),
        )


class GoalTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GoalRow] = []

    def set_rows(self, rows: list[GoalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[GoalRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("GoalTableModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.id,
                row.titel,
                row.population_text or f"{row.population:,}".replace(",", "."),
                row.value_text,
                row.baseline_text,
                row.target_text,
                row.status,
                QCoreApplication.translate("GoalTableModel", TARGET_SOURCES.get(row.target_source, row.target_source)),
                None,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[col] == "målkilde" and row.assumption:
            return row.assumption
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return QBrush(QColor(f"#{STATUS_FILLS[row.status]}"))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            from planner_gui.ui.colors import ON_LIGHT

            return QBrush(QColor(ON_LIGHT))  # dark text on the light status fill, in a dark palette too
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_STATUS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SERIES_ROLE:
            return row.series
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SPARK:
            return self.tr("Værdien måned for måned (tomt, hvor der er for få)")
        return None


class SparklineDelegate(QStyledItemDelegate):
    """A small line of the monthly values; gaps where a month is hidden."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        series = index.data(SERIES_ROLE) or ()
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        values = [v for v in series if v is not None]
        if len(values) < 1:
            return
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1.0
        step = rect.width() / max(1, len(series) - 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1F4E78"), 1.5))
        path = QPainterPath()
        pen_down = False
        for i, v in enumerate(series):
            if v is None:
                pen_down = False
                continue
            point = QPointF(rect.left() + i * step, rect.bottom() - (v - lo) / span * rect.height())
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                painter.drawEllipse(point, 1.2, 1.2)
            pen_down = True
        painter.drawPath(path)
        painter.restore()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _goal_file_label(path: Path) -> str:
    try:
        goal_file = load_goal_file(path)
    except UserError:
        return path.name
    return f"{goal_file.kommune}: {goal_file.plan}"


def quick_period(kind: str, today: dt.date) -> Period:
    """``i_aar``: 1 January to today; ``sidste_aar``: last calendar year; ``sidste_halvaar``: last whole half-year."""
    if kind == "i_aar":
        return Period(dt.date(today.year, 1, 1), today)
    if kind == "sidste_aar":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    if kind == "sidste_halvaar":
        if today.month <= 6:
            return Period(dt.date(today.year - 1, 7, 1), dt.date(today.year - 1, 12, 31))
        return Period(dt.date(today.year, 1, 1), dt.date(today.year, 6, 30))
    raise ValueError(kind)


class ReportsView(QWidget):
    """Goal file + period -> a table of goals (status colours, sparklines) -> "Eksportér…" to a workbook."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.goal_file: GoalFile | None = None
        self.worker: Worker | None = None
        self.last_export: Path | None = None

        self.files = QComboBox(objectName="goalFileCombo")
        self.open_button = QPushButton(self.tr("Åbn målfil…"), objectName="openGoalFile")
        self.date_from = QDateEdit(objectName="dateFrom", calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.date_to = QDateEdit(objectName="dateTo", calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.quick = {
            "i_aar": QPushButton(self.tr("I år"), objectName="quickThisYear"),
            "sidste_aar": QPushButton(self.tr("Sidste år"), objectName="quickLastYear"),
            "sidste_halvaar": QPushButton(self.tr("Sidste halvår"), objectName="quickLastHalf"),
        }
        self.compute_button = QPushButton(self.tr("Beregn"), objectName="computeReport")
        self.export_button = QPushButton(self.tr("Eksportér…"), objectName="exportReport")
        self.cancel_button = QPushButton(self.tr("Annullér"), objectName="cancelReport")
        self.progress = QProgressBar(objectName="reportProgress")
        self.status = QLabel(objectName="reportStatus")
        self.status.setWordWrap(True)
        # what a reader must know before the figures (a period outside the plan's years), as the workbook says it
        self.notice = QLabel(objectName="reportNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #7F6000;")
        self.notice.setVisible(False)
        self.model = GoalTableModel(self)
        self.table = QTableView(objectName="goalTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_SPARK, SparklineDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SPARK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_SPARK, 140)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Beskæftigelsesplan:")))
        top.addWidget(self.files, 1)
        top.addWidget(self.open_button)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Periode:")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        for button in self.quick.values():
            period.addWidget(button)
        period.addStretch(1)
        period.addWidget(self.compute_button)
        period.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(period)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

        for path in list_shipped_goal_files():
            self.files.addItem(_goal_file_label(path), str(path))
        self.files.currentIndexChanged.connect(self._file_chosen)
        self.open_button.clicked.connect(self._open_file)
        for kind, button in self.quick.items():
            button.clicked.connect(lambda _c=False, k=kind: self.set_period(quick_period(k, self.today)))
        self.compute_button.clicked.connect(self.compute)
        self.date_from.dateChanged.connect(self._update_notice)
        self.date_to.dateChanged.connect(self._update_notice)
        self.export_button.clicked.connect(self._export_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.set_period(quick_period("sidste_aar", self.today))
        self._set_busy(False)
        if not can(ctx.actor, Permission.RUN_REPORTS):
            for w in (self.compute_button, self.export_button, self.open_button, self.files):
                w.setEnabled(False)
            self.status.setText(self.tr("Kun teamledere og administratorer kan lave rapporter."))
            return
        if self.files.count():
            self._file_chosen(0)

    # -- inputs
    def set_period(self, period: Period) -> None:
        self.date_from.setDate(_qdate(period.start))
        self.date_to.setDate(_qdate(period.end))

    def _update_notice(self) -> None:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        warnings = report_warnings(self.goal_file, Period(start, end)) if self.goal_file and start <= end else []
        self.notice.setText("\n".join(warnings))
        self.notice.setVisible(bool(warnings))

    def period(self) -> Period:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if start > end:
            raise UserError(self.tr("Periodens start ligger efter dens slutning."))
        return Period(start, end)

    def load_goal_file(self, path: str | Path) -> None:
        """Load a goal file from disk (shown in the list); errors are shown with file and line."""
        try:
            self.goal_file = load_goal_file(path)
        except UserError as err:
            self.goal_file = None
            self._message(error_text(err), error=True)
            return
        self.model.set_rows([])
        self._update_notice()
        self._message(
            self.tr("{0}: {1}, {2} mål.").format(self.goal_file.kommune, self.goal_file.plan, len(self.goal_file.goals))
        )

    def _file_chosen(self, index: int) -> None:
        path = self.files.itemData(index)
        if path:
            self.load_goal_file(path)

    def _open_file(self) -> None:
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Åbn målfil"), in_documents(), self.tr("Målfiler (*.yaml *.yml)")
            )
        if not name:
            return
        self.files.blockSignals(True)
        self.files.addItem(Path(name).name, name)
        self.files.setCurrentIndex(self.files.count() - 1)
        self.files.blockSignals(False)
        self.load_goal_file(name)

    # -- work
    def _inputs(self) -> tuple[GoalFile, Period] | None:
        if self.goal_file is None:
            self._message(self.tr("Vælg en målfil først."), error=True)
            return None
        try:
            return self.goal_file, self.period()
        except UserError as err:
            self._message(error_text(err), error=True)
            return None

    def compute(self) -> None:
        """Compute every goal in the background and fill the table."""
        inputs = self._inputs()
        if inputs is None or self.worker is not None:
            return
        goal_file, period = inputs
        db, actor = self.ctx.db, self.ctx.actor

        def task(progress: Progress) -> list[GoalRow]:
            results = compute_report(
                db, actor, goal_file, period, progress=self._reporter(progress), cancelled=lambda: progress.cancelled
            )
            return [GoalRow.from_result(r) for r in results]

        self._start(task, self._computed, self.tr("Beregner…"))

    def _export_clicked(self) -> None:
        if self.goal_file is None:
            self._message(self.tr("Vælg en målfil først."), error=True)
            return
        suggested = f"maalrapport_{self.goal_file.kommune}_{_pydate(self.date_from.date()):%Y%m%d}.xlsx"
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Eksportér rapport"), in_documents(suggested), self.tr("Excel-projektmappe (*.xlsx)")
            )
        if name:
            if not name.lower().endswith(".xlsx"):
                name += ".xlsx"
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Compute and write the workbook to ``path`` in the background."""
        inputs = self._inputs()
        if inputs is None or self.worker is not None:
            return
        goal_file, period = inputs
        db, actor = self.ctx.db, self.ctx.actor

        def task(progress: Progress) -> tuple[Path, list[GoalRow]]:
            report = export_report(
                db,
                actor,
                goal_file,
                period,
                path,
                progress=self._reporter(progress),
                cancelled=lambda: progress.cancelled,
            )
            return report.path, [GoalRow.from_result(r) for r in report.results]

        self._start(task, self._exported, self.tr("Eksporterer…"))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._message(self.tr("Annullerer…"))

    @staticmethod
    def _reporter(progress: Progress) -> Any:
        def report(done: int, total: int, goal_id: str) -> None:
            progress.report(int(done * 100 / max(1, total)), goal_id)

        return report

    def _start(self, task: Any, on_done: Any, text: str) -> None:
        self._message(text)
        self._set_busy(True)
        self.worker = run_in_background(
            task,
            on_done=on_done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )
        self.worker.signals.finished.connect(self._finished)

    def _progressed(self, percent: int, goal_id: str) -> None:
        self.progress.setValue(percent)
        if goal_id:
            self.progress.setFormat(f"%p %  {goal_id}")

    def _computed(self, rows: list[GoalRow]) -> None:
        self.model.set_rows(rows)
        reached = sum(1 for r in rows if r.status == "nået")
        self._message(self.tr("{0} mål beregnet; {1} nået.").format(len(rows), reached))

    def _exported(self, result: tuple[Path, list[GoalRow]]) -> None:
        path, rows = result
        self.model.set_rows(rows)
        self.last_export = path
        self._message(self.tr("Rapporten er gemt: {0}").format(path))  # once, here (not in the status bar too)

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, ReportCancelled):
            self._cancelled()
        elif isinstance(err, UserError):
            self._message(error_text(err), error=True)
        else:
            from planner_gui.ui.errors import show_exception

            self._message(self.tr("Der opstod en intern fejl."), error=True)
            show_exception(err, self)

    def _cancelled(self) -> None:
        self._message(self.tr("Annulleret; intet blev gemt."))

    def _finished(self) -> None:
        self.worker = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setValue(0)
            self.progress.setFormat("%p %")
        allowed = can(self.ctx.actor, Permission.RUN_REPORTS)
        for w in (
            self.compute_button,
            self.export_button,
            self.open_button,
            self.files,
            self.date_from,
            self.date_to,
            *self.quick.values(),
        ):
            w.setEnabled(not busy and (allowed or w in (self.date_from, self.date_to, *self.quick.values())))

    def _message(self, text: str, *, error: bool = False) -> None:
        self.status.setText(message_text(text) if error else text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #9C0006;" if error else "")
