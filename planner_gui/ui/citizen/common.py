"""Small pieces the citizen screen shares: date text dd-mm-åååå, a date field a fast typist can use, labels."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from planner_gui.domain.dates import format_date
from planner_gui.ui.errors import message_text
from planner_gui.ui.i18n import error_text

__all__ = ["DateField", "UndoKeysFilter", "fmt_date", "parse_date", "sentence", "tr"]

_DATE_RE = re.compile(r"^\s*(\d{1,2})[-./ ]?(\d{1,2})[-./ ]?(\d{2}|\d{4})\s*$")


def tr(text: str, context: str = "CitizenView") -> str:
    return QCoreApplication.translate(context, text)


def sentence(text: str) -> str:
    """A message as a sentence for a dialog: a capital first letter and a full stop at the end.

    The services write their messages in lower case (they are also used inside other sentences)."""
    text = message_text(text)
    if not text:
        return text
    return text if text[-1] in ".!?:" else text + "."


def fmt_date(d: dt.date | None) -> str:
    return format_date(d)


def parse_date(text: str) -> dt.date | None:
    """'' -> None; dd-mm-åååå (also d-m-åå, ddmmåååå, with '.', '/' or ' ') -> date; otherwise ValueError."""
    text = text.strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    m = _DATE_RE.match(text)
    if m is None and len(digits) in (6, 8) and digits == text:
        m = re.match(r"^(\d{2})(\d{2})(\d{2}|\d{4})$", digits)
    if m is None:
        raise ValueError(tr("skriv datoen som dd-mm-åååå"))
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(tr("{text} er ikke en dato").format(text=text)) from None


class DateField(QLineEdit):
    """A date typed as dd-mm-åååå (empty allowed when optional). ``committed`` fires with the new value."""

    committed = Signal(object)

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: dt.date | None = None
        self.setPlaceholderText(tr("dd-mm-åååå"))
        self.setMaximumWidth(130)
        self.editingFinished.connect(self._commit)

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, d: dt.date | None) -> None:
        self._value = d
        self.setText(fmt_date(d))
        self._mark(None)

    def is_valid(self) -> bool:
        try:
            d = parse_date(self.text())
        except ValueError:
            return False
        return d is not None or self.optional

    def _mark(self, error: str | None) -> None:
        self.setStyleSheet("QLineEdit { border: 2px solid #c0392b; }" if error else "")
        self.setToolTip(error or "")

    def _commit(self) -> None:
        try:
            d = parse_date(self.text())
        except ValueError as err:
            self._mark(error_text(err))
            return
        if d is None and not self.optional:
            self._mark(tr("datoen skal udfyldes"))
            return
        self._mark(None)
        self.setText(fmt_date(d))
        if d != self._value:
            self._value = d
            self.committed.emit(d)


class UndoKeysFilter(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the screen's undo stack instead of a text field's own undo."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and _is_undo_key(event)
        ):
            event.ignore()  # not accepted: the shortcut (the screen's undo action) gets it
            return True  # and the field never sees it
        return False


def _is_undo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    return (event.key() == Qt.Key.Key_Z and mods in (ctrl, ctrl | shift)) or (
        event.key() == Qt.Key.Key_Y and mods == ctrl
    )
