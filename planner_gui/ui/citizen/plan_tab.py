"""The "Plan" tab: the citizen's own goal first, then the job goal, next step and meeting, the coordinating
caseworker, sub-goals and every effort across departments. Every edit is an undo command on the screen's stack."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.plan import EFFORT_STATUS_LABELS, PlanDraft, StaffRef, move_subgoal
from planner_gui.services import plans
from planner_gui.ui.citizen.commands import DraftHolder
from planner_gui.ui.citizen.common import DateField, UndoKeysFilter, fmt_date
from planner_gui.ui.citizen.dialogs import EffortDialog, SubGoalDialog
from planner_gui.ui.collation import sorted_danish
from planner_gui.ui.colors import MUTED, ON_LIGHT, text_style
from planner_gui.ui.context import AppContext
from planner_gui.ui.i18n import translated
from planner_gui.ui.workers import run_and_wait

STATUS_COLORS = {"planlagt": "#eaf2fb", "i_gang": "#e9f7ef", "afsluttet": "#f2f3f4"}
SUBGOAL_COLORS = {"ikke_startet": "#fdfefe", "i_gang": "#e9f7ef", "naaet": "#d4efdf", "opgivet": "#f2f3f4"}

#: push(after, what, text, merge)
Push = Callable[[PlanDraft, str, str, bool], None]


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(False)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fit_height(table: QTableWidget, rows: int, least: int, most: int) -> None:
    """Show ``least``..``most`` rows without scrolling (the tab itself scrolls)."""
    shown = min(max(rows, least), most)
    row_h = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + shown * row_h + 2 * table.frameWidth() + 2)


class StaffCombo(QComboBox):
    """A choice of caseworkers, filled from the database the first time the user opens it or types in it."""

    def __init__(self, load: Callable[[], tuple[StaffRef, ...]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self.loaded = False

    def ensure_loaded(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        current = self.currentData()
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(1)
            for st in sorted_danish(self._load(), lambda st: st.label):  # æ, ø, å after z
                self.addItem(st.label, str(st.id))
            i = self.findData(current) if current is not None else 0
            if i < 0:
                self.addItem(self.tr("(tidligere medarbejder)"), current)
                i = self.count() - 1
            self.setCurrentIndex(i)
        finally:
            self.blockSignals(False)

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_loaded()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the page must not change the coordinator


class PlanTab(QScrollArea):
    def __init__(
        self,
        ctx: AppContext,
        holder: DraftHolder,
        push: Push,
        current_coordinator: StaffRef | None,
        today: dt.date,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.ctx = ctx
        self.holder = holder
        self.push = push
        self.today = today
        self.editable = editable
        self._syncing = False
        self._undo_keys = UndoKeysFilter(self)
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 12)

        # -- the citizen's own goal, first and large
        goal_box = QGroupBox(self.tr("Borgerens eget mål"))
        goal_box.setObjectName("ownGoalBox")
        gl = QVBoxLayout(goal_box)
        hint = QLabel(self.tr("Med borgerens egne ord"))
        hint.setStyleSheet(text_style(MUTED, self))
        gl.addWidget(hint)
        self.own_goal = QPlainTextEdit()
        self.own_goal.setObjectName("ownGoal")
        self.own_goal.setAccessibleName(self.tr("Borgerens eget mål"))
        self.own_goal.setTabChangesFocus(True)
        f = QFont(self.own_goal.font())
        f.setPointSizeF(max(15.0, f.pointSizeF() * 1.5))
        self.own_goal.setFont(f)
        self.own_goal.setFixedHeight(96)
        self.own_goal.setPlaceholderText(self.tr("Hvad vil du gerne? Skriv borgerens mål, som borgeren siger det."))
        gl.addWidget(self.own_goal)
        layout.addWidget(goal_box)

        # -- job goal, next step, next meeting, coordinating caseworker
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.job_goal = QLineEdit()
        self.job_goal.setObjectName("jobGoal")
        self.job_goal.setPlaceholderText(self.tr("Fx: Lager og logistik, eller en erhvervsuddannelse"))
        self.next_step = QPlainTextEdit()
        self.next_step.setObjectName("nextStep")
        self.next_step.setTabChangesFocus(True)
        self.next_step.setFixedHeight(58)
        self.next_meeting = DateField()
        self.next_meeting.setObjectName("nextMeeting")
        db = ctx.db
        self.coordinator = StaffCombo(lambda: run_and_wait(lambda: plans.list_caseworkers(db)))
        self.coordinator.setObjectName("coordinator")
        self.coordinator.setMinimumWidth(340)
        self.coordinator.setToolTip(self.tr("Vælges sammen med borgeren. Skiftet gælder fra i dag."))
        self.coordinator.addItem(self.tr("(ingen)"), None)
        if current_coordinator is not None:
            self.coordinator.addItem(current_coordinator.label, str(current_coordinator.id))
        form.addRow(self.tr("&Job- eller uddannelsesmål:"), self.job_goal)
        form.addRow(self.tr("&Næste skridt:"), self.next_step)
        form.addRow(self.tr("Næste &møde:"), self.next_meeting)
        form.addRow(self.tr("&Koordinerende sagsbehandler:"), self.coordinator)
        layout.addLayout(form)

        # -- sub-goals
        sg_box = QGroupBox(self.tr("Delmål"))
        sgl = QVBoxLayout(sg_box)
        self.subgoals = _table(
            [self.tr("Delmål"), self.tr("Status"), self.tr("Start"), self.tr("Frist")], "subgoalsTable"
        )
        self.subgoals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.subgoals.horizontalHeader().setStretchLastSection(False)
        sgl.addWidget(self.subgoals)
        self.add_subgoal_btn = QPushButton(self.tr("Nyt &delmål…"))
        self.add_subgoal_btn.setObjectName("addSubGoal")
        self.edit_subgoal_btn = QPushButton(self.tr("Redigér…"))
        self.remove_subgoal_btn = QPushButton(self.tr("Slet"))
        self.subgoal_up_btn = QPushButton(self.tr("Flyt op"))
        self.subgoal_up_btn.setObjectName("subGoalUp")
        self.subgoal_up_btn.setToolTip(self.tr("Flyt det valgte delmål et trin op (Ctrl+Pil op)"))
        self.subgoal_down_btn = QPushButton(self.tr("Flyt ned"))
        self.subgoal_down_btn.setObjectName("subGoalDown")
        self.subgoal_down_btn.setToolTip(self.tr("Flyt det valgte delmål et trin ned (Ctrl+Pil ned)"))
        sgl.addLayout(
            self._button_row(
                self.add_subgoal_btn,
                self.edit_subgoal_btn,
                self.remove_subgoal_btn,
                self.subgoal_up_btn,
                self.subgoal_down_btn,
            )
        )
        layout.addWidget(sg_box)

        # -- efforts
        ef_box = QGroupBox(self.tr("Indsatser (alle forvaltninger)"))
        efl = QVBoxLayout(ef_box)
        self.efforts = _table(
            [
                self.tr("Indsats"),
                self.tr("Ansvarlig"),
                self.tr("Virksomhed"),
                self.tr("Start"),
                self.tr("Slut"),
                self.tr("Timer/uge"),
                self.tr("Status"),
            ],
            "effortsTable",
        )
        self.efforts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.efforts.horizontalHeader().setStretchLastSection(False)
        efl.addWidget(self.efforts)
        self.add_effort_btn = QPushButton(self.tr("Ny indsat&s…"))
        self.add_effort_btn.setObjectName("addEffort")
        self.edit_effort_btn = QPushButton(self.tr("Redigér…"))
        self.remove_effort_btn = QPushButton(self.tr("Slet"))
        efl.addLayout(self._button_row(self.add_effort_btn, self.edit_effort_btn, self.remove_effort_btn))
        layout.addWidget(ef_box)
        layout.addStretch(1)

        # -- wiring
        for w in (self.own_goal, self.job_goal, self.next_step, self.next_meeting):
            w.installEventFilter(self._undo_keys)
        self.own_goal.setUndoRedoEnabled(False)
        self.next_step.setUndoRedoEnabled(False)
        self.own_goal.textChanged.connect(lambda: self._text_edited("own_goal", self.own_goal.toPlainText()))
        self.next_step.textChanged.connect(lambda: self._text_edited("next_step", self.next_step.toPlainText()))
        self.job_goal.textEdited.connect(lambda text: self._text_edited("job_goal", text))
        self.next_meeting.committed.connect(self._meeting_edited)
        self.coordinator.activated.connect(self._coordinator_chosen)
        self.add_subgoal_btn.clicked.connect(self.add_subgoal)
        self.edit_subgoal_btn.clicked.connect(self.edit_subgoal)
        self.remove_subgoal_btn.clicked.connect(self.remove_subgoal)
        self.subgoals.doubleClicked.connect(lambda _i: self.edit_subgoal())
        self.subgoal_up_btn.clicked.connect(lambda: self.move_subgoal(-1))
        self.subgoal_down_btn.clicked.connect(lambda: self.move_subgoal(1))
        for keys, step in ((Qt.Modifier.CTRL | Qt.Key.Key_Up, -1), (Qt.Modifier.CTRL | Qt.Key.Key_Down, 1)):
            QShortcut(
                QKeySequence(keys),
                self.subgoals,
                lambda step=step: self.move_subgoal(step),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.add_effort_btn.clicked.connect(self.add_effort)
        self.edit_effort_btn.clicked.connect(self.edit_effort)
        self.remove_effort_btn.clicked.connect(self.remove_effort)
        self.efforts.doubleClicked.connect(lambda _i: self.edit_effort())
        for table, edit, remove in (
            (self.subgoals, self.edit_subgoal, self.remove_subgoal),
            (self.efforts, self.edit_effort, self.remove_effort),
        ):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), table, edit, context=Qt.ShortcutContext.WidgetShortcut)
            QShortcut(QKeySequence(Qt.Key.Key_Delete), table, remove, context=Qt.ShortcutContext.WidgetShortcut)
        # Tab in reading order: the goals, then each table followed by its own buttons (tests/ui/test_accessibility)
        chain = (
            self.own_goal,
            self.job_goal,
            self.next_step,
            self.next_meeting,
            self.coordinator,
            self.subgoals,
            self.add_subgoal_btn,
            self.edit_subgoal_btn,
            self.remove_subgoal_btn,
            self.subgoal_up_btn,
            self.subgoal_down_btn,
            self.efforts,
            self.add_effort_btn,
            self.edit_effort_btn,
            self.remove_effort_btn,
        )
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scroll area is no stop of its own; it follows the focus
        holder.changed.connect(self.refresh)
        self.set_editable(editable)
        self.refresh("all")

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        return row

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.own_goal.setReadOnly(not editable)
        self.next_step.setReadOnly(not editable)
        self.job_goal.setReadOnly(not editable)
        self.next_meeting.setReadOnly(not editable)
        self.coordinator.setEnabled(editable)
        for b in (
            self.add_subgoal_btn,
            self.edit_subgoal_btn,
            self.remove_subgoal_btn,
            self.subgoal_up_btn,
            self.subgoal_down_btn,
            self.add_effort_btn,
            self.edit_effort_btn,
            self.remove_effort_btn,
        ):
            b.setEnabled(editable)

    # -- draft -> widgets

    def refresh(self, what: str) -> None:
        d = self.holder.draft
        self._syncing = True
        try:
            if what in ("all", "own_goal") and self.own_goal.toPlainText() != d.plan.own_goal:
                self.own_goal.setPlainText(d.plan.own_goal)
                self.own_goal.moveCursor(self.own_goal.textCursor().MoveOperation.End)
            if what in ("all", "next_step") and self.next_step.toPlainText() != d.plan.next_step:
                self.next_step.setPlainText(d.plan.next_step)
                self.next_step.moveCursor(self.next_step.textCursor().MoveOperation.End)
            if what in ("all", "job_goal") and self.job_goal.text() != d.plan.job_goal:
                self.job_goal.setText(d.plan.job_goal)
            if what in ("all", "next_meeting"):
                self.next_meeting.set_value(d.plan.next_meeting)
            if what in ("all", "coordinator_id"):
                key = str(d.coordinator_id) if d.coordinator_id is not None else None
                i = self.coordinator.findData(key) if key is not None else 0
                if i < 0 and not self.coordinator.loaded:
                    self.coordinator.ensure_loaded()
                    i = self.coordinator.findData(key)
                if i < 0 and key is not None:
                    self.coordinator.addItem(self.tr("(tidligere medarbejder)"), key)
                    i = self.coordinator.count() - 1
                self.coordinator.setCurrentIndex(max(0, i))
            if what in ("all", "subgoals"):
                self._fill_subgoals()
            if what in ("all", "efforts"):
                self._fill_efforts()
        finally:
            self._syncing = False

    def _fill_subgoals(self) -> None:
        rows = self.holder.draft.subgoals
        keep = self.subgoals.currentRow()
        self.subgoals.setRowCount(len(rows))
        for i, g in enumerate(rows):
            cells = (g.text, translated(g.status_label), fmt_date(g.start), fmt_date(g.deadline))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(SUBGOAL_COLORS.get(g.status, "#ffffff"))))
                item.setForeground(QBrush(QColor(ON_LIGHT)))  # the light status colour, in a dark palette too
                if g.version == 0:
                    item.setToolTip(self.tr("Ikke gemt endnu"))
                self.subgoals.setItem(i, j, item)
        if rows and keep >= 0:
            self.subgoals.selectRow(min(keep, len(rows) - 1))
        _fit_height(self.subgoals, len(rows), 3, 8)

    def _fill_efforts(self) -> None:
        rows = self.holder.draft.efforts
        keep = self.efforts.currentRow()
        self.efforts.setRowCount(len(rows))
        for i, e in enumerate(rows):
            status = e.status(self.today)
            hours = f"{e.hours_per_week:g}" if e.hours_per_week is not None else ""
            cells = (
                translated(e.category_label),
                translated(e.responsible_label),
                e.company_label,
                fmt_date(e.start),
                fmt_date(e.end),
                hours,
                translated(EFFORT_STATUS_LABELS[status]),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(STATUS_COLORS[status])))
                item.setForeground(QBrush(QColor(ON_LIGHT)))
                if j == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.efforts.setItem(i, j, item)
        if rows and keep >= 0:
            self.efforts.selectRow(min(keep, len(rows) - 1))
        _fit_height(self.efforts, len(rows), 3, 10)

    # -- widgets -> undo commands

    def _text_edited(self, fld: str, text: str) -> None:
        if self._syncing or not self.editable:
            return
        d = self.holder.draft
        if getattr(d.plan, fld) == text:
            return
        labels = {
            "own_goal": self.tr("eget mål"),
            "job_goal": self.tr("job- og uddannelsesmål"),
            "next_step": self.tr("næste skridt"),
        }
        self.push(replace(d, plan=replace(d.plan, **{fld: text})), fld, labels[fld], True)

    def _meeting_edited(self, value: dt.date | None) -> None:
        if self._syncing or not self.editable:
            return
        d = self.holder.draft
        if d.plan.next_meeting != value:
            self.push(
                replace(d, plan=replace(d.plan, next_meeting=value)), "next_meeting", self.tr("næste møde"), False
            )

    def _coordinator_chosen(self, index: int) -> None:
        d = self.holder.draft
        data = self.coordinator.itemData(index)
        value = uuid.UUID(data) if data else None
        if value != d.coordinator_id:
            self.push(replace(d, coordinator_id=value), "coordinator_id", self.tr("koordinerende sagsbehandler"), False)

    def flush_pending(self) -> None:
        """Commit a date still being typed (called before save and print)."""
        if self.next_meeting.hasFocus() or self.next_meeting.text() != fmt_date(self.next_meeting.value()):
            self.next_meeting.editingFinished.emit()

    def add_subgoal(self) -> None:
        if not self.editable:
            return
        dialog = SubGoalDialog(None, self)
        dialog.start.set_value(self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row = dialog.result_row()
            d = self.holder.draft
            self.push(replace(d, subgoals=(*d.subgoals, row)), "subgoals", self.tr("nyt delmål"), False)
            self.subgoals.selectRow(len(self.holder.draft.subgoals) - 1)

    def edit_subgoal(self) -> None:
        i = self.subgoals.currentRow()
        d = self.holder.draft
        if not self.editable or not 0 <= i < len(d.subgoals):
            return
        dialog = SubGoalDialog(d.subgoals[i], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row = dialog.result_row()
            if row != d.subgoals[i]:
                rows = (*d.subgoals[:i], row, *d.subgoals[i + 1 :])
                self.push(replace(d, subgoals=rows), "subgoals", self.tr("ændring af delmål"), False)

    def remove_subgoal(self) -> None:
        i = self.subgoals.currentRow()
        d = self.holder.draft
        if not self.editable or not 0 <= i < len(d.subgoals):
            return
        rows = (*d.subgoals[:i], *d.subgoals[i + 1 :])
        self.push(replace(d, subgoals=rows), "subgoals", self.tr("sletning af delmål"), False)

    def move_subgoal(self, step: int) -> None:
        """Move the selected sub-goal one place up (-1) or down (+1): an undo step; saved with the plan."""
        i = self.subgoals.currentRow()
        if not self.editable:
            return
        after = move_subgoal(self.holder.draft, i, step)
        if after is None:
            return
        self.push(after, "subgoals", self.tr("flytning af delmål"), False)
        self.subgoals.selectRow(i + step)

    def add_effort(self) -> None:
        if not self.editable:
            return
        dialog = EffortDialog(self.ctx, None, self)
        dialog.start.set_value(self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row = dialog.result_row()
            d = self.holder.draft
            self.push(replace(d, efforts=(row, *d.efforts)), "efforts", self.tr("ny indsats"), False)
            self.efforts.selectRow(0)

    def edit_effort(self) -> None:
        i = self.efforts.currentRow()
        d = self.holder.draft
        if not self.editable or not 0 <= i < len(d.efforts):
            return
        dialog = EffortDialog(self.ctx, d.efforts[i], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row = dialog.result_row()
            if row != d.efforts[i]:
                rows = (*d.efforts[:i], row, *d.efforts[i + 1 :])
                self.push(replace(d, efforts=rows), "efforts", self.tr("ændring af indsats"), False)

    def remove_effort(self) -> None:
        i = self.efforts.currentRow()
        d = self.holder.draft
        if not self.editable or not 0 <= i < len(d.efforts):
            return
        rows = (*d.efforts[:i], *d.efforts[i + 1 :])
        self.push(replace(d, efforts=rows), "efforts", self.tr("sletning af indsats"), False)
