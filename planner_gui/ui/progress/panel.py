"""The "Progression" tab of the citizen screen: chart, change table, list of sessions, "Ny måling"."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.dates import format_date
from planner_gui.domain.progression import format_change, format_score
from planner_gui.errors import UserError
from planner_gui.services.measurements import (
    CitizenProgression,
    InstrumentProgression,
    MeasurementOccasion,
    citizen_progression,
    delete_occasion,
    needs_measurement,
    reminder_days,
)
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.progress.chart import MEAN, THEN_NOW, TIME, ProgressChart, change_rows
from planner_gui.ui.workers import run_and_wait


class ChangeTable(QTableWidget):
    """Change since the first measurement per dimension: citizen, caseworker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Dimension"), self.tr("Borgeren"), self.tr("Sagsbeh."), self.tr("Begge")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.setToolTip(
            self.tr(
                "Ændring fra første til seneste måling (første → seneste); «Begge» tæller kun bedømmere, "
                "der gav en score både første og seneste gang"
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def set_data(self, data: InstrumentProgression | None) -> None:
        self.setRowCount(0)
        if data is None or data.progression.empty:
            return
        prog = data.progression
        # the same numbers as the chart's "Før og nu" (change_rows): per rater, and combined like with like
        columns = [change_rows(prog, r) for r in ("borger", "sagsbehandler", None)]
        rows = [
            (self.tr("Gennemsnit") if code == MEAN else data.labels.get(code, code), cit, cw, both)
            for (code, cit), (_c1, cw), (_c2, both) in zip(*columns)
        ]
        self.setRowCount(len(rows))
        for i, (label, *changes) in enumerate(rows):
            item = QTableWidgetItem(label)
            if i == len(rows) - 1:  # the mean of dimensions
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            self.setItem(i, 0, item)
            for j, ch in enumerate(changes, start=1):
                if ch is None:
                    cell = QTableWidgetItem("–")
                else:
                    cell = QTableWidgetItem(format_change(ch.change))
                    cell.setToolTip(
                        f"{format_score(ch.first)} ({format_date(ch.first_date)}) → "
                        f"{format_score(ch.last)} ({format_date(ch.last_date)})"
                    )
                    f = cell.font()
                    f.setBold(True)
                    cell.setFont(f)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(i, j, cell)
        self.resizeRowsToContents()


class OccasionModel(QAbstractTableModel):
    """The sessions as a table model: a row's text is made when a view asks for it. (As table items, 200 sessions
    were 1,200 items made and measured before the panel could paint: issue 17.)"""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.sessions: list[MeasurementOccasion] = []
        self.names: dict[uuid.UUID, str] = {}
        self._rows: dict[int, tuple[str, ...]] = {}

    def set_occasions(self, sessions: tuple[MeasurementOccasion, ...], names: dict[uuid.UUID, str]) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.names = dict(names)
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._rows.get(row)
        if texts is None:
            m = self.sessions[row]
            cit = [e.citizen for e in m.entries if e.citizen is not None]
            cw = [e.caseworker for e in m.entries if e.caseworker is not None]
            texts = (
                f"{format_date(m.date)}",
                self.names.get(m.instrument_id, m.instrument_code),
                str(m.score_count),
                format_score(sum(cit) / len(cit)) if cit else "–",
                format_score(sum(cw) / len(cw)) if cw else "–",
                m.updated_by or "",
            )
            self._rows[row] = texts
        return texts

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3, 4):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class OccasionList(QTableView):
    """The sessions, newest first (a view of :class:`OccasionModel`). A refresh keeps the selected session
    selected, found by its key."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occasions = OccasionModel(
            [
                self.tr("Dato"),
                self.tr("Instrument"),
                self.tr("Scores"),
                self.tr("Gns. borger"),
                self.tr("Gns. sagsbeh."),
                self.tr("Af"),
            ],
            self,
        )
        self.setModel(self.occasions)
        self.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed.emit())
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    @property
    def sessions(self) -> list[MeasurementOccasion]:
        return self.occasions.sessions

    def rowCount(self) -> int:
        return self.occasions.rowCount()

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def set_occasions(self, sessions: tuple[MeasurementOccasion, ...], names: dict[uuid.UUID, str]) -> None:
        selected = self.current_occasion()
        self.occasions.set_occasions(sessions, names)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            row = next((i for i, m in enumerate(self.sessions) if m.key == selected.key), -1)
            if row >= 0:
                self.selectRow(row)

    def current_occasion(self) -> MeasurementOccasion | None:
        row = self.currentRow()
        return self.sessions[row] if 0 <= row < len(self.sessions) and self.selectionModel().hasSelection() else None

    def sizeHintForColumn(self, column: int) -> int:
        """What Qt's table view answers (the widest cell by its delegate, plus a pixel for the grid), asking the
        delegate about one row per text width near the widest: cells of a column differ only by their text. (Qt asks
        the delegate about every row: a few thousand calls into Python for a list of 200 sessions, issue 17.)"""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        metrics = QFontMetricsF(option.font)
        model = self.occasions
        texts: dict[str, int] = {}  # text -> its first row
        for row in range(model.rowCount()):
            texts.setdefault(model.row_texts(row)[column], row)
        by_width: dict[float, int] = {}  # text width -> a row with a text that wide
        for text, row in texts.items():
            by_width.setdefault(metrics.horizontalAdvance(text), row)
        if not by_width:
            return 0
        widest = max(by_width)
        delegate = self.itemDelegateForColumn(column) or self.itemDelegate()
        hint = max(
            delegate.sizeHint(option, model.index(row, column)).width()
            for width, row in by_width.items()
            if width >= widest - 2  # every width within two pixels of the widest: rounding cannot mislead
        )
        return hint + 1 if self.showGrid() else hint


class ProgressPanel(QWidget):
    """A citizen's progression: what the chart shows, how much has changed, and the sessions behind it."""

    def __init__(
        self, ctx: AppContext, citizen_id: uuid.UUID, parent: QWidget | None = None, *, reason: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.reason = reason
        self.data: CitizenProgression | None = None
        self.setObjectName("progressPanel")

        # -- toolbar
        self.instrument_combo = QComboBox()
        self.instrument_combo.setAccessibleName(self.tr("Instrument"))
        self.view_time = QPushButton(self.tr("Over tid"))
        self.view_then_now = QPushButton(self.tr("Før og nu"))
        self.view_group = QButtonGroup(self)
        for b in (self.view_time, self.view_then_now):
            b.setCheckable(True)
            self.view_group.addButton(b)
        self.view_time.setChecked(True)
        self.view_time.setToolTip(self.tr("Scorer over tid for hver dimension og gennemsnittet"))
        self.view_then_now.setToolTip(self.tr("Første og seneste måling side om side"))
        self.rater_combo = QComboBox()
        self.rater_combo.setAccessibleName(self.tr("Bedømmer"))
        for text, value in (
            (self.tr("Begge bedømmere"), None),
            (self.tr("Borgeren"), "borger"),
            (self.tr("Sagsbehandleren"), "sagsbehandler"),
        ):
            self.rater_combo.addItem(text, value)
        self.dimension_combo = QComboBox()
        self.dimension_combo.setAccessibleName(self.tr("Dimension"))
        self.new_button = QPushButton(self.tr("Ny måling…"))
        self.new_button.setToolTip(self.tr("Registrér en progressionsmåling sammen med borgeren (Ctrl+M)"))
        self.new_button.setDefault(False)
        f = self.new_button.font()
        f.setBold(True)
        self.new_button.setFont(f)

        bar = QHBoxLayout()
        self.instrument_label = QLabel(self.tr("Instrument:"))
        bar.addWidget(self.instrument_label)
        bar.addWidget(self.instrument_combo)
        bar.addSpacing(12)
        bar.addWidget(self.view_time)
        bar.addWidget(self.view_then_now)
        bar.addSpacing(12)
        bar.addWidget(self.rater_combo)
        bar.addWidget(self.dimension_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        # -- chart and change table
        self.chart = ProgressChart()
        self.change_table = ChangeTable()
        self.change_caption = QLabel("<b>" + self.tr("Ændring siden første måling") + "</b>")
        self.change_caption.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.change_caption)
        rl.addWidget(self.change_table, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.chart)
        top.addWidget(right)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([700, 300])

        # -- sessions
        self.sessions = OccasionList()
        self.edit_button = QPushButton(self.tr("Ret måling…"))
        self.delete_button = QPushButton(self.tr("Slet måling"))
        self.occasions_caption = QLabel("<b>" + self.tr("Målinger") + "</b>")
        buttons = QHBoxLayout()
        buttons.addWidget(self.occasions_caption)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(buttons)
        bl.addWidget(self.sessions)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 160])

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#8b0000")
        self.message.hide()
        self.reminder = QLabel("")
        self.reminder.setObjectName("measurementReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(
            "QLabel#measurementReminder { background: #fff4ce; border: 1px solid #c9a227; border-radius: 4px;"
            " padding: 4px 8px; color: #3d3000; }"
        )
        self.reminder.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.reminder)
        layout.addWidget(split, 1)

        # -- wiring
        self.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        self.view_group.buttonClicked.connect(self._view_chosen)
        self.rater_combo.currentIndexChanged.connect(lambda _i: self.chart.set_rater(self.rater_combo.currentData()))
        self.dimension_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_dimension(self.dimension_combo.currentData())
        )
        self.new_button.clicked.connect(self.new_measurement)
        self.edit_button.clicked.connect(self.edit_measurement)
        self.delete_button.clicked.connect(self.delete_measurement)
        self.sessions.selection_changed.connect(self._selection_changed)
        self.sessions.doubleClicked.connect(lambda _i: self.edit_measurement())
        QShortcut(QKeySequence("Ctrl+M"), self, self.new_measurement)
        ctx.signals.measurements_changed.connect(self._measurements_changed)

        from planner_gui.services.permissions import Permission, can

        self.can_measure = can(ctx.actor, Permission.MEASURE)
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setVisible(self.can_measure)
        self.refresh()

    # ------------------------------------------------------------------------------------------------- data
    def refresh(self) -> None:
        try:
            db, actor, cid, reason = self.ctx.db, self.ctx.actor, self.citizen_id, self.reason
            # one trip to the worker: the measurements and the reminder's threshold
            self.data, threshold = run_and_wait(
                lambda: (citizen_progression(db, actor, cid, reason=reason), reminder_days(db))
            )
        except UserError as err:
            self.data = None
            self.message.setText(message_text(err))
            self.message.show()
            self.chart.set_data(None)
            return
        self.message.hide()
        self._update_reminder(threshold)
        current = self.instrument_combo.currentData()
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for ip in self.data.instruments:
            self.instrument_combo.addItem(ip.instrument.name, ip.instrument.code)
        idx = self.instrument_combo.findData(current)
        self.instrument_combo.setCurrentIndex(idx if idx >= 0 else 0)
        self.instrument_combo.blockSignals(False)
        several = len(self.data.instruments) > 1
        self.instrument_combo.setVisible(several)
        self.instrument_label.setVisible(several)
        names = {m.instrument_id: m.instrument_code for m in self.data.sessions}
        for ip in self.data.instruments:
            names.update(
                {
                    m.instrument_id: ip.instrument.name
                    for m in self.data.sessions
                    if m.instrument_code == ip.instrument.code
                }
            )
        self.sessions.set_occasions(self.data.sessions, names)
        self.occasions_caption.setText("<b>" + self.tr("Målinger") + f"</b> ({len(self.data.sessions)})")
        self._instrument_chosen()
        self._selection_changed()

    def _update_reminder(self, threshold: int) -> None:
        """Due a measurement (never measured, or the latest older than ``threshold`` days, default 90)?"""
        assert self.data is not None
        last = max((m.date for m in self.data.sessions), default=None)
        days = (dt.date.today() - last).days if last is not None else None
        if not needs_measurement(days, threshold):
            self.reminder.hide()
            return
        if days is None:
            text = self.tr(
                "Borgeren har ingen progressionsmålinger endnu. "
                "Lav den første sammen med borgeren: den bliver udgangspunktet."
            )
        else:
            text = self.tr(
                "Seneste progressionsmåling er {days} dage gammel (mere end {threshold} dage). "
                "Tid til en ny måling sammen med borgeren."
            ).format(days=days, threshold=threshold)
        self.reminder.setText(text)
        self.reminder.setVisible(self.can_measure)

    def current(self) -> InstrumentProgression | None:
        if self.data is None:
            return None
        return self.data.for_code(self.instrument_combo.currentData())

    def _instrument_chosen(self, *_args: object) -> None:
        ip = self.current()
        wanted = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        self.dimension_combo.addItem(self.tr("Alle dimensioner"), None)
        if ip is not None:
            for code in ip.progression.dimensions:
                self.dimension_combo.addItem(ip.labels.get(code, code), code)
        idx = self.dimension_combo.findData(wanted)
        self.dimension_combo.setCurrentIndex(max(idx, 0))
        self.dimension_combo.blockSignals(False)
        self.chart.dimension = self.dimension_combo.currentData()
        self.chart.set_data(ip)
        self.change_table.set_data(ip)
        if ip is not None and not ip.progression.empty:
            first, last = ip.progression.first_date, ip.progression.last_date
            assert first is not None and last is not None
            self.change_caption.setText(
                "<b>"
                + self.tr("Ændring siden første måling")
                + "</b><br><span style='color:#444'>"
                + self.tr("{first} → {last}, {n} målinger").format(
                    first=f"{format_date(first)}", last=f"{format_date(last)}", n=len(ip.progression.dates)
                )
                + "</span>"
            )
        else:
            self.change_caption.setText(
                "<b>" + self.tr("Ændring siden første måling") + "</b><br>" + self.tr("Ingen målinger endnu.")
            )

    def _view_chosen(self, *_args: object) -> None:
        self.chart.set_mode(THEN_NOW if self.view_then_now.isChecked() else TIME)

    def _selection_changed(self) -> None:
        has = self.sessions.current_occasion() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _measurements_changed(self, citizen_id: object) -> None:
        if citizen_id == self.citizen_id:
            self.refresh()

    # ------------------------------------------------------------------------------------------------ actions
    def _dialog(self, session: MeasurementOccasion | None = None):
        from planner_gui.ui.progress.measure_dialog import MeasureDialog

        last = self.current()
        return MeasureDialog(
            self.ctx,
            self.citizen_id,
            self,
            session=session,
            reason=self.reason,
            instrument_code=last.instrument.code if last else None,
        )

    def new_measurement(self) -> None:
        if not self.can_measure:
            return
        self._dialog().exec()

    def edit_measurement(self) -> None:
        m = self.sessions.current_occasion()
        if m is None or not self.can_measure:
            return
        self._dialog(m).exec()

    def delete_measurement(self) -> None:
        m = self.sessions.current_occasion()
        if m is None or not self.can_measure:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slet måling"),
            self.tr("Slet målingen fra {date} ({n} scores)?\nSletningen logges.").format(
                date=f"{format_date(m.date)}", n=m.score_count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_occasion(m)

    def delete_occasion(self, m: MeasurementOccasion) -> bool:
        try:
            db, actor, reason = self.ctx.db, self.ctx.actor, self.reason
            run_and_wait(lambda: delete_occasion(db, actor, m.key, reason=reason))
        except UserError as err:
            QMessageBox.warning(self, self.tr("Målingen blev ikke slettet"), message_text(err))
            return False
        self.ctx.signals.measurements_changed.emit(self.citizen_id)
        self.ctx.signals.status_message.emit(
            self.tr("Målingen fra {date} er slettet").format(date=f"{format_date(m.date)}")
        )
        return True
