"""The "Forløb" tab: benefit periods as a timeline, caseworkers over time (and how many changes), exits, and
ordinary hours per month against the 225-hour rule. "Ny ydelse…" and "Registrér afgang…" ask the screen to open their
dialogs (the signals ``new_benefit_requested`` and ``exit_requested``); "Ret…" and "Slet…" under each table ask it
to correct or delete the selected benefit period or exit (``edit_benefit_requested`` and so on, with the row).
Double-click or Enter corrects the selected row, Delete deletes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.codes import EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.plan import HOURS_RULE, BenefitRow, Course, ExitRow, NoteRow
from planner_gui.ui.citizen.common import fmt_date
from planner_gui.ui.i18n import translated

PALETTE = (
    "#2e86c1",
    "#28b463",
    "#d68910",
    "#8e44ad",
    "#c0392b",
    "#16a085",
    "#7f8c8d",
    "#d35400",
    "#2c3e50",
    "#b7950b",
    "#1abc9c",
    "#e74c3c",
)
ROLE_LABELS = {
    "primaer": QT_TRANSLATE_NOOP("Koder", "Sagsbehandler"),
    "koordinerende": QT_TRANSLATE_NOOP("Koder", "Koordinerende"),
}
NOTE_KINDS = {
    "note": QT_TRANSLATE_NOOP("Koder", "Notat"),
    "moede": QT_TRANSLATE_NOOP("Koder", "Møde"),
    "overdragelse": QT_TRANSLATE_NOOP("Koder", "Overdragelse"),
}


class Timeline(QWidget):
    """Benefit periods as bars, one lane per target group, years along the bottom; exits as red marks."""

    LANE = 24
    LEFT = 230
    AXIS = 26

    def __init__(self, course: Course, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benefitTimeline")
        self.course = course
        self.today = today
        self.groups: list[str] = []
        for b in course.benefits:
            if b.target_group not in self.groups:
                self.groups.append(b.target_group)
        self.roles = [r for r in ("primaer", "koordinerende") if any(a.role == r for a in course.assignments)]
        starts = [b.start for b in course.benefits] + [x.date for x in course.exits]
        starts += [a.start for a in course.assignments]
        self.first = min(starts) if starts else today - dt.timedelta(days=365)
        first_year = dt.date(self.first.year, 1, 1)
        self.first = first_year
        self.last = max([today, *[x.date for x in course.exits], *[b.end for b in course.benefits if b.end]])
        self.setMinimumHeight(self.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(700, max(1, self._lanes()) * self.LANE + self.AXIS + 12)

    def _lanes(self) -> int:
        return len(self.groups) + (len(self.roles) + 1 if self.roles else 0)  # a gap between the two kinds

    def _x(self, d: dt.date) -> float:
        span = max(1, (self.last - self.first).days)
        width = max(10, self.width() - self.LEFT - 16)
        return self.LEFT + width * (d - self.first).days / span

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.course.benefits and not self.course.assignments:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Ingen ydelsesperioder registreret"))
            return
        top = 6
        grid = QPen(QColor("#d5d8dc"))
        axis_y = top + self._lanes() * self.LANE
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        p.setFont(small)
        for year in range(self.first.year, self.last.year + 1):
            x = self._x(dt.date(year, 1, 1))
            p.setPen(grid)
            p.drawLine(QPointF(x, top), QPointF(x, axis_y))
            p.setPen(QColor("#566573"))
            p.drawText(QRectF(x + 2, axis_y + 2, 60, self.AXIS - 4), Qt.AlignmentFlag.AlignLeft, str(year))
        for lane, group in enumerate(self.groups):
            y = top + lane * self.LANE
            p.setPen(QColor("#1c2833"))
            label = translated(TARGET_GROUP_LABELS.get(group, group))
            p.drawText(QRectF(4, y, self.LEFT - 10, self.LANE), Qt.AlignmentFlag.AlignVCenter, label)
            color = QColor(PALETTE[lane % len(PALETTE)])
            for b in self.course.benefits:
                if b.target_group != group:
                    continue
                x0 = self._x(b.start)
                x1 = self._x(b.end or self.today)
                rect = QRectF(x0, y + 4, max(2.0, x1 - x0), self.LANE - 8)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(color if b.end else color.lighter(115)))
                p.drawRoundedRect(rect, 3, 3)
        # caseworkers: one lane per role, a new colour at every change, initials where there is room
        for k, role in enumerate(self.roles):
            y = top + (len(self.groups) + 1 + k) * self.LANE
            p.setPen(QColor("#1c2833"))
            p.drawText(
                QRectF(4, y, self.LEFT - 10, self.LANE), Qt.AlignmentFlag.AlignVCenter, translated(ROLE_LABELS[role])
            )
            shade = 0
            for a in self.course.assignments:
                if a.role != role or a.start > self.today:
                    continue
                x0 = self._x(a.start)
                x1 = self._x(min(a.end or self.today, self.today))
                rect = QRectF(x0, y + 4, max(2.0, x1 - x0), self.LANE - 8)
                p.setPen(QPen(QColor("#ffffff"), 1))
                p.setBrush(QBrush(QColor(("#5d6d7e", "#aab7b8")[shade % 2])))
                shade += 1
                p.drawRect(rect)
                if rect.width() > 40:
                    p.setPen(QColor("#ffffff") if shade % 2 else QColor("#1c2833"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, a.initials)
        # today and exits
        p.setPen(QPen(QColor("#17202a"), 1, Qt.PenStyle.DashLine))
        tx = self._x(self.today)
        p.drawLine(QPointF(tx, top), QPointF(tx, axis_y))
        p.setPen(QPen(QColor("#c0392b"), 2))
        for x in self.course.exits:
            ex = self._x(x.date)
            p.drawLine(QPointF(ex, top), QPointF(ex, axis_y))
        p.end()


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setTabKeyNavigation(False)
    header = t.horizontalHeader()
    # every column as wide as its contents (never a sliver), the last one takes the rest; headers over their text
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(72)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], max_visible: int = 8) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            table.setItem(i, j, QTableWidgetItem(text))
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(i) for i in range(min(len(rows), max_visible))) or 30
    table.setFixedHeight(height)


class CourseTab(QScrollArea):
    new_benefit_requested = Signal()
    exit_requested = Signal()
    edit_benefit_requested = Signal(object)  # BenefitRow
    delete_benefit_requested = Signal(object)  # BenefitRow
    edit_exit_requested = Signal(object)  # ExitRow
    delete_exit_requested = Signal(object)  # ExitRow

    def __init__(self, parent: QWidget | None = None, *, can_edit: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("courseTab")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.can_edit = can_edit
        self.inner: QWidget | None = None

    def set_course(self, course: Course, today: dt.date, notes: tuple[NoteRow, ...] = ()) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 12)

        # benefit periods
        box = QGroupBox(self.tr("Ydelser og sagsbehandlere over tid"))
        bl = QVBoxLayout(box)
        self.timeline = Timeline(course, today)
        bl.addWidget(self.timeline)
        self.benefits = _table([self.tr("Målgruppe"), self.tr("Fra"), self.tr("Til"), self.tr("Uger")], "benefitsTable")
        self.benefits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.benefit_rows: list[BenefitRow] = list(reversed(course.benefits))  # as shown: newest first
        rows = []
        for b in self.benefit_rows:
            weeks = ((b.end or today) - b.start).days // 7
            rows.append(
                (
                    translated(TARGET_GROUP_LABELS.get(b.target_group, b.target_group)),
                    fmt_date(b.start),
                    fmt_date(b.end) or self.tr("(i gang)"),
                    str(weeks),
                )
            )
        _fill(self.benefits, rows, 5)
        bl.addWidget(self.benefits)
        if course.exits:
            exits = ", ".join(
                f"{fmt_date(x.date)}: {translated(EXIT_TYPE_LABELS.get(x.type, x.type))}" for x in course.exits
            )
            label = QLabel(self.tr("Afgange: {exits}").format(exits=exits))
        else:
            label = QLabel(self.tr("Afgange: ingen"))
        label.setObjectName("exitsLabel")
        label.setWordWrap(True)
        bl.addWidget(label)
        self.exit_rows: list[ExitRow] = list(reversed(course.exits))
        self.exits = _table([self.tr("Afgangsdato"), self.tr("Type")], "exitsTable")
        self.exits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        _fill(
            self.exits,
            [(fmt_date(x.date), translated(EXIT_TYPE_LABELS.get(x.type, x.type))) for x in self.exit_rows],
            4,
        )
        self.exits.setVisible(bool(self.exit_rows))
        bl.addWidget(self.exits)
        buttons = QHBoxLayout()
        self.new_benefit_button = QPushButton(self.tr("&Ny ydelse…"))
        self.new_benefit_button.setObjectName("newBenefit")
        self.new_benefit_button.setToolTip(self.tr("Registrér en ydelsesperiode (målgruppe, fra og til)"))
        self.new_benefit_button.clicked.connect(self.new_benefit_requested)
        self.exit_button = QPushButton(self.tr("Registrér &afgang…"))
        self.exit_button.setObjectName("registerExit")
        self.exit_button.setToolTip(self.tr("Registrér borgerens afgang; igangværende ydelser afsluttes den dag"))
        self.exit_button.clicked.connect(self.exit_requested)
        self.edit_benefit_button = QPushButton(self.tr("Ret &ydelse…"))
        self.edit_benefit_button.setObjectName("editBenefit")
        self.edit_benefit_button.setToolTip(self.tr("Ret målgruppe og datoer for den valgte ydelse"))
        self.delete_benefit_button = QPushButton(self.tr("Slet ydelse…"))
        self.delete_benefit_button.setObjectName("deleteBenefit")
        self.delete_benefit_button.setToolTip(self.tr("Slet den valgte ydelse, hvis den er registreret ved en fejl"))
        self.edit_exit_button = QPushButton(self.tr("Ret afgang…"))
        self.edit_exit_button.setObjectName("editExit")
        self.edit_exit_button.setToolTip(self.tr("Ret dato og type for den valgte afgang"))
        self.delete_exit_button = QPushButton(self.tr("Slet afgang…"))
        self.delete_exit_button.setObjectName("deleteExit")
        self.delete_exit_button.setToolTip(self.tr("Slet den valgte afgang, hvis den er registreret ved en fejl"))
        self.new_benefit_button.setEnabled(self.can_edit)
        self.exit_button.setEnabled(self.can_edit)
        for button in (
            self.new_benefit_button,
            self.edit_benefit_button,
            self.delete_benefit_button,
            self.exit_button,
            self.edit_exit_button,
            self.delete_exit_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.edit_benefit_button.clicked.connect(self.edit_benefit)
        self.delete_benefit_button.clicked.connect(self.delete_benefit)
        self.edit_exit_button.clicked.connect(self.edit_exit)
        self.delete_exit_button.clicked.connect(self.delete_exit)
        for table, edit, delete in (
            (self.benefits, self.edit_benefit, self.delete_benefit),
            (self.exits, self.edit_exit, self.delete_exit),
        ):
            table.doubleClicked.connect(lambda _i, edit=edit: edit())
            table.itemSelectionChanged.connect(self._update_buttons)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), table, edit, context=Qt.ShortcutContext.WidgetShortcut)
            QShortcut(QKeySequence(Qt.Key.Key_Delete), table, delete, context=Qt.ShortcutContext.WidgetShortcut)
        if self.benefit_rows:
            self.benefits.selectRow(0)
        if self.exit_rows:
            self.exits.selectRow(0)
        self._update_buttons()
        buttons.addStretch(1)
        bl.addLayout(buttons)
        layout.addWidget(box)

        # caseworkers
        box = QGroupBox(self.tr("Sagsbehandlere over tid"))
        al = QVBoxLayout(box)
        self.changes_label = QLabel(
            self.tr("Sagsbehandlerskift: <b>{n}</b> (hver ny tilknytning efter den første tæller)").format(
                n=course.caseworker_changes
            )
        )
        self.changes_label.setObjectName("caseworkerChanges")
        al.addWidget(self.changes_label)
        self.assignments = _table(
            [self.tr("Sagsbehandler"), self.tr("Team"), self.tr("Rolle"), self.tr("Fra"), self.tr("Til")],
            "assignmentsTable",
        )
        _fill(
            self.assignments,
            [
                (
                    f"{a.name} ({a.initials})",
                    a.team,
                    translated(ROLE_LABELS.get(a.role, a.role)),
                    fmt_date(a.start),
                    fmt_date(a.end) or self.tr("(i gang)"),
                )
                for a in reversed(course.assignments)
            ],
            8,
        )
        al.addWidget(self.assignments)
        layout.addWidget(box)

        # ordinary hours, 225-hour rule
        box = QGroupBox(self.tr("Ordinære timer og 225-timersreglen"))
        hl = QVBoxLayout(box)
        below = sum(1 for m in course.hours if m.below_rule)
        if course.hours:
            text = self.tr(
                "Timer pr. måned og summen for de seneste 12 måneder. Måneder, hvor summen er under {rule:g} timer, "
                "er markeret med rødt ({n} måneder)."
            ).format(rule=HOURS_RULE, n=below)
        else:
            text = self.tr("Ingen ordinære timer registreret.")
        hint = QLabel(text)
        hint.setWordWrap(True)
        hl.addWidget(hint)
        self.hours = _table(
            [self.tr("Måned"), self.tr("Timer"), self.tr("Sum 12 mdr."), self.tr("225-timer")], "hoursTable"
        )
        rows = [
            (
                f"{m.month.month:02d}-{m.month.year}",
                f"{m.hours:g}",
                f"{m.rolling_12:g}",
                self.tr("under") if m.below_rule else self.tr("opfyldt"),
            )
            for m in reversed(course.hours)
        ]
        _fill(self.hours, rows, 12)
        for i, m in enumerate(reversed(course.hours)):
            color = QColor("#fadbd8") if m.below_rule else QColor("#d4efdf")
            for j in range(4):
                item = self.hours.item(i, j)
                item.setBackground(QBrush(color))
                if j in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hl.addWidget(self.hours)
        layout.addWidget(box)

        # notes: meetings, journal notes and handover notes, newest first
        box = QGroupBox(self.tr("Notater"))
        nl = QVBoxLayout(box)
        self.notes = _table([self.tr("Dato"), self.tr("Type"), self.tr("Af"), self.tr("Notat")], "notesTable")
        self.notes.setWordWrap(True)
        _fill(
            self.notes,
            [(fmt_date(n.date), translated(NOTE_KINDS.get(n.kind, n.kind)), n.author, n.text) for n in notes],
            6,
        )
        nl.addWidget(self.notes)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)
        self.inner = inner

    # -- the selected benefit period or exit

    def selected_benefit(self) -> BenefitRow | None:
        i = self.benefits.currentRow() if self.benefits.selectedItems() else -1
        return self.benefit_rows[i] if 0 <= i < len(self.benefit_rows) else None

    def selected_exit(self) -> ExitRow | None:
        i = self.exits.currentRow() if self.exits.selectedItems() else -1
        return self.exit_rows[i] if 0 <= i < len(self.exit_rows) else None

    def _update_buttons(self) -> None:
        has_benefit = self.can_edit and self.selected_benefit() is not None
        has_exit = self.can_edit and self.selected_exit() is not None
        self.edit_benefit_button.setEnabled(has_benefit)
        self.delete_benefit_button.setEnabled(has_benefit)
        self.edit_exit_button.setEnabled(has_exit)
        self.delete_exit_button.setEnabled(has_exit)

    def edit_benefit(self) -> None:
        row = self.selected_benefit()
        if self.can_edit and row is not None:
            self.edit_benefit_requested.emit(row)

    def delete_benefit(self) -> None:
        row = self.selected_benefit()
        if self.can_edit and row is not None:
            self.delete_benefit_requested.emit(row)

    def edit_exit(self) -> None:
        row = self.selected_exit()
        if self.can_edit and row is not None:
            self.edit_exit_requested.emit(row)

    def delete_exit(self) -> None:
        row = self.selected_exit()
        if self.can_edit and row is not None:
            self.delete_exit_requested.emit(row)
