"""The "Ny måling" dialog: measure with the citizen beside you, on a laptop, with the mouse or the keyboard alone.

Each dimension shows its low and high description and two rows of large toggle buttons, the citizen's own rating above
the caseworker's, so the two are compared column by column. A row takes the keyboard focus with Tab; then the digits
1-9 (0 for 10) pick a score, the arrow keys move it, Delete clears it. All dimensions fit on one page, or one at a time
(Page Down / Page Up to move between them).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.dates import format_date
from planner_gui.domain.progression import RATER_LABELS, OccasionEntry
from planner_gui.errors import UserError, ValidationError
from planner_gui.services.instruments import InstrumentInfo, get_instrument, list_instruments
from planner_gui.services.measurements import MeasurementOccasion, OccasionKey, record_occasion, update_occasion
from planner_gui.ui.colors import ON_LIGHT, text_style
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.i18n import error_text, translated
from planner_gui.ui.screens import fit_to_screen
from planner_gui.ui.workers import run_and_wait

BUTTON_SIZE = 44  # px: a comfortable touch/mouse target


class ScoreRow(QFrame):
    """One rater's score on one dimension: a row of big toggle buttons lo..hi; keyboard-operable as one stop."""

    changed = Signal(object)

    def __init__(self, lo: int, hi: int, rater: str, dimension_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lo, self.hi, self.rater = lo, hi, rater
        self._value: int | None = None
        self.setObjectName("scoreRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            self.tr("{dimension}, {rater}s score").format(
                dimension=dimension_label, rater=translated(RATER_LABELS[rater]).lower()
            )
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        name = QLabel(translated(RATER_LABELS[rater]))
        name.setMinimumWidth(120)
        f = name.font()
        f.setBold(True)
        name.setFont(f)
        layout.addWidget(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        for v in range(lo, hi + 1):
            b = QPushButton(str(v))
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setFixedSize(BUTTON_SIZE, BUTTON_SIZE)
            b.setAccessibleName(f"{translated(RATER_LABELS[rater])}: {v}")
            self.group.addButton(b, v)
            self.buttons[v] = b
            layout.addWidget(b)
        self.clear_button = QPushButton("–")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setFixedSize(BUTTON_SIZE - 8, BUTTON_SIZE)
        self.clear_button.setToolTip(self.tr("Ingen score (Delete)"))
        self.clear_button.clicked.connect(lambda: self.setValue(None))
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self.setStyleSheet(
            "QFrame#scoreRow { border: 2px solid transparent; border-radius: 6px; }"
            "QFrame#scoreRow:focus { border: 2px solid #1f4e79; background: #eef4fb; }"
            "QPushButton { font-size: 16px; }"
            "QPushButton:checked { background: #1f4e79; color: white; font-weight: bold; border: 2px solid black; }"
        )

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is not None and not self.lo <= value <= self.hi:
            return
        self._value = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        self.changed.emit(value)

    def _clicked(self, v: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if self._value == v else v)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            v = int(text)
            if v == 0:
                v = 10
            if self.lo <= v <= self.hi:
                self.setValue(v)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(self.lo if self._value is None else min(self.hi, self._value + 1))
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(self.hi if self._value is None else max(self.lo, self._value - 1))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
            return
        if key == Qt.Key.Key_Home:
            self.setValue(self.lo)
            return
        if key == Qt.Key.Key_End:
            self.setValue(self.hi)
            return
        super().keyPressEvent(event)


class DimensionBlock(QFrame):
    """One dimension: label, low/high texts, the two rows and a note."""

    def __init__(self, info: InstrumentInfo, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dim = info.dimensions[index]
        self.code = dim.code
        self.setObjectName("dimensionBlock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # a light card in every palette, so its text is dark in every palette
        self.setStyleSheet(
            "QFrame#dimensionBlock { border: 1px solid #bbb; border-radius: 8px; background: #fafafa; }"
            f"QFrame#dimensionBlock QLabel {{ color: {ON_LIGHT}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        title = QLabel(f"{index + 1}. {dim.label}")
        tf = title.font()
        tf.setBold(True)
        tf.setPointSizeF(tf.pointSizeF() * 1.25)
        title.setFont(tf)
        layout.addWidget(title)
        ends = QHBoxLayout()
        low = QLabel(f"<b>{info.scale_min}</b> = {dim.low}")
        high = QLabel(f"<b>{info.scale_max}</b> = {dim.high}")
        for lab in (low, high):
            lab.setWordWrap(True)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(low, 1)
        ends.addWidget(high, 1)
        layout.addLayout(ends)
        self.citizen = ScoreRow(info.scale_min, info.scale_max, "borger", dim.label)
        self.caseworker = ScoreRow(info.scale_min, info.scale_max, "sagsbehandler", dim.label)
        layout.addWidget(self.citizen)
        layout.addWidget(self.caseworker)
        # who rates the dimension comes from the instrument file (`vurderes_af`); a row only for those raters
        self.citizen.setHidden("borger" not in dim.raters)
        self.caseworker.setHidden("sagsbehandler" not in dim.raters)
        self.caseworker_only = dim.raters == ("sagsbehandler",)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (valgfri): hvad siger borgeren, hvad har ændret sig?"))
        self.note.setAccessibleName(self.tr("{dimension}, note").format(dimension=dim.label))
        self.note.setMinimumHeight(32)
        layout.addWidget(self.note)

    @property
    def first_input(self) -> ScoreRow:
        """The first score row shown (the citizen's, unless the dimension is the caseworker's alone)."""
        return self.caseworker if self.citizen.isHidden() else self.citizen

    def entry(self) -> OccasionEntry:
        return OccasionEntry(self.code, self.citizen.value(), self.caseworker.value(), self.note.text().strip())

    def set_entry(self, e: OccasionEntry) -> None:
        if e.citizen is not None:  # an older session with a citizen's score here: show it rather than lose it
            self.citizen.show()
        if e.caseworker is not None:
            self.caseworker.show()
        self.citizen.setValue(e.citizen)
        self.caseworker.setValue(e.caseworker)
        self.note.setText(e.note)


class MeasureDialog(QDialog):
    """Record (or, with ``session``, edit) one measurement occasion; emits ``measurements_changed`` after saving."""

    def __init__(
        self,
        ctx: AppContext,
        citizen_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        session: MeasurementOccasion | None = None,
        reason: str | None = None,
        instrument_code: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.session = session
        self.reason = reason
        self.today = today or dt.date.today()
        self.saved_key: OccasionKey | None = None
        self.blocks: list[DimensionBlock] = []
        self.page = 0
        self.setWindowTitle(self.tr("Ret måling") if session else self.tr("Ny måling"))
        self.setModal(True)

        # -- header: instrument, date, mode
        if session is not None:
            db, instrument_id = ctx.db, session.instrument_id
            self.instruments = [run_and_wait(lambda: get_instrument(db, instrument_id))]
        else:
            db = ctx.db
            self.instruments = run_and_wait(lambda: list_instruments(db))
        self.instrument_combo = QComboBox()
        self.instrument_combo.setAccessibleName(self.tr("Instrument"))
        for info in self.instruments:
            self.instrument_combo.addItem(info.title, info.id)
        if instrument_code:
            idx = next((i for i, info in enumerate(self.instruments) if info.code == instrument_code), 0)
            self.instrument_combo.setCurrentIndex(idx)
        self.instrument_combo.setEnabled(session is None and len(self.instruments) > 1)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Dato"))
        self.date_edit.setMaximumDate(_qdate(self.today))
        self.date_edit.setDate(_qdate(session.date if session else self.today))
        self.one_at_a_time = QCheckBox(self.tr("Én dimension ad gangen"))
        self.one_at_a_time.setToolTip(self.tr("Vis én dimension ad gangen (Page Down / Page Up skifter)"))

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Instrument:")))
        head.addWidget(self.instrument_combo, 1)
        head.addSpacing(12)
        head.addWidget(QLabel(self.tr("Dato:")))
        head.addWidget(self.date_edit)
        head.addSpacing(12)
        head.addWidget(self.one_at_a_time)

        hint = QLabel(
            self.tr(
                "Klik på et tal, eller gå til en række med Tab og tast 1-9 (0 = 10), ← → flytter, "
                "Delete rydder. Borgerens egen vurdering øverst, sagsbehandlerens nederst."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style("#444444", self))

        # -- dimensions
        self.container = QWidget()
        self.blocks_layout = QVBoxLayout(self.container)
        self.blocks_layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.container)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: every score row takes the focus

        self.prev_button = QPushButton(self.tr("◀ Forrige"))
        self.next_button = QPushButton(self.tr("Næste ▶"))
        self.page_label = QLabel("")
        for b in (self.prev_button, self.next_button):
            b.setAutoDefault(False)
            b.setMinimumHeight(36)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.nav = QWidget()
        self.nav.setLayout(nav)
        self.nav.setContentsMargins(0, 0, 0, 0)

        # -- errors and buttons
        self.errors = QLabel("")
        self.errors.setWordWrap(True)
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet(
            "QLabel#errors { color: #8b0000; background: #fdecea; border: 1px solid #d9a0a0;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.errors.hide()
        self.save_button = QPushButton(self.tr("Gem måling"))
        self.save_button.setToolTip(self.tr("Gem (Ctrl+S eller Ctrl+Enter)"))
        self.save_button.setMinimumHeight(40)
        sf = self.save_button.font()
        sf.setBold(True)
        self.save_button.setFont(sf)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setMinimumHeight(40)
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

        self.instrument_combo.currentIndexChanged.connect(lambda _i: self._build())
        self.one_at_a_time.toggled.connect(lambda _on: self._show_page())
        self.prev_button.clicked.connect(lambda: self.go(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page + 1))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for seq in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.go(self.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.go(self.page - 1))

        self._build()
        if session is not None:
            by_code = {e.dimension: e for e in session.entries}
            for b in self.blocks:
                if b.code in by_code:
                    b.set_entry(by_code[b.code])
        fit_to_screen(self, 860, 760)  # within a laptop screen at 150 % too: the dimensions scroll
        if not self.instruments:
            self.errors.setText(self.tr("Der er ingen aktive måleinstrumenter; en administrator kan tilføje et."))
            self.errors.show()
            self.save_button.setEnabled(False)

    # ------------------------------------------------------------------------------------------------- layout
    def instrument(self) -> InstrumentInfo | None:
        idx = self.instrument_combo.currentIndex()
        return self.instruments[idx] if 0 <= idx < len(self.instruments) else None

    def _build(self) -> None:
        for b in self.blocks:
            b.setParent(None)
            b.deleteLater()
        self.blocks = []
        while self.blocks_layout.count():
            self.blocks_layout.takeAt(0)
        info = self.instrument()
        if info is None:
            return
        for i in range(len(info.dimensions)):
            block = DimensionBlock(info, i)
            block.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.blocks.append(block)
            self.blocks_layout.addWidget(block)
        self.blocks_layout.addStretch(1)
        # Tab in reading order: instrument, date, one at a time; per dimension citizen, caseworker, note; the page
        # buttons; Annuller and Gem as they stand (tests/ui/test_accessibility)
        chain: list[QWidget] = [self.instrument_combo, self.date_edit, self.one_at_a_time]
        for b in self.blocks:
            chain += [b.citizen, b.caseworker, b.note]
        chain += [self.prev_button, self.next_button, self.cancel_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for i, b in enumerate(self.blocks):
            b.note.returnPressed.connect(lambda i=i: self._note_done(i))
        self.page = 0
        self._show_page()
        if self.blocks:
            self.blocks[0].first_input.setFocus()  # keyboard-only: start typing the first score at once

    def _show_page(self) -> None:
        single = self.one_at_a_time.isChecked()
        self.nav.setVisible(single)
        for i, b in enumerate(self.blocks):
            b.setVisible(not single or i == self.page)
        if single and self.blocks:
            self.page_label.setText(self.tr("Dimension {n} af {total}").format(n=self.page + 1, total=len(self.blocks)))
            self.prev_button.setEnabled(self.page > 0)
            self.next_button.setEnabled(self.page < len(self.blocks) - 1)
            self.blocks[self.page].first_input.setFocus()

    def _note_done(self, index: int) -> None:
        """Enter in a note moves on to the next dimension (or to the save button after the last)."""
        if index + 1 >= len(self.blocks):
            self.save_button.setFocus()
        elif self.one_at_a_time.isChecked():
            self.go(index + 1)
        else:
            self.blocks[index + 1].first_input.setFocus()
            self.scroll.ensureWidgetVisible(self.blocks[index + 1])

    def go(self, page: int) -> None:
        if not self.one_at_a_time.isChecked() or not self.blocks:
            return
        self.page = max(0, min(len(self.blocks) - 1, page))
        self._show_page()

    # ------------------------------------------------------------------------------------------------- saving
    def entries(self) -> list[OccasionEntry]:
        return [b.entry() for b in self.blocks]

    def chosen_date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def save(self) -> bool:
        info = self.instrument()
        if info is None:
            return False
        db, actor, cid, reason, today = self.ctx.db, self.ctx.actor, self.citizen_id, self.reason, self.today
        entries, date, session = self.entries(), self.chosen_date(), self.session
        try:
            if session is None:
                self.saved_key = run_and_wait(
                    lambda: record_occasion(db, actor, cid, info.id, entries, date, reason=reason, today=today)
                )
            else:
                self.saved_key = run_and_wait(
                    lambda: update_occasion(db, actor, session.key, entries, date, reason=reason, today=today)
                )
        except ValidationError as err:
            self.show_errors(err.errors)
            return False
        except UserError as err:
            self.show_errors([error_text(err)])
            return False
        self.errors.hide()
        self.ctx.signals.measurements_changed.emit(self.citizen_id)
        self.ctx.signals.status_message.emit(
            self.tr("Målingen fra {date} er gemt").format(date=f"{format_date(self.chosen_date())}")
        )
        self.accept()
        return True

    def show_errors(self, errors: list[str]) -> None:
        if len(errors) == 1:
            head = self.tr("Målingen er ikke gemt:")
        else:
            head = self.tr("Målingen er ikke gemt ({n} problemer):").format(n=len(errors))
        self.errors.setText(head + "\n• " + "\n• ".join(message_text(e) for e in errors))
        self.errors.show()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


__all__ = ["DimensionBlock", "MeasureDialog", "ScoreRow"]
