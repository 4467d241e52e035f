"""The "Ny borger" dialog: CPR checked as it is typed (the message says what is wrong), first and last name."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.dates import format_date
from planner_gui.errors import UserError, ValidationError
from planner_gui.services import citizens as svc
from planner_gui.ui.colors import ERROR, MUTED, OK, text_style
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.i18n import error_text
from planner_gui.ui.workers import run_and_wait


class CreateCitizenDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.created_id: uuid.UUID | None = None
        self.setObjectName("createCitizenDialog")
        self.setWindowTitle(self.tr("Ny borger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cprInput")
        self.cpr.setPlaceholderText(self.tr("DDMMÅÅ-SSSS"))
        self.cpr.setMaxLength(13)
        self.first = QLineEdit()
        self.first.setObjectName("firstNameInput")
        self.last = QLineEdit()
        self.last.setObjectName("lastNameInput")
        form.addRow(self.tr("&CPR-nummer:"), self.cpr)
        self.cpr_hint = QLabel()
        self.cpr_hint.setObjectName("cprHint")
        self.cpr_hint.setWordWrap(True)
        form.addRow("", self.cpr_hint)
        form.addRow(self.tr("&Fornavn(e):"), self.first)
        form.addRow(self.tr("&Efternavn:"), self.last)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(ERROR, self))
        self.error.hide()
        layout.addWidget(self.error)
        note = QLabel(
            self.tr("Du bliver borgerens primære sagsbehandler fra i dag.") if ctx.actor.role == "sagsbehandler" else ""
        )
        note.setWordWrap(True)
        if note.text():
            layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Opret"))
        self.ok.setObjectName("createButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cpr.textChanged.connect(self._check_cpr)
        self.setTabOrder(self.cpr, self.first)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.ok)
        self._check_cpr("")
        self.resize(440, self.sizeHint().height())

    def _check_cpr(self, text: str) -> None:
        digits = text.replace("-", "").strip()
        if not digits:
            self.cpr_hint.setText(self.tr("10 cifre; bindestregen er valgfri."))
            self.cpr_hint.setStyleSheet(text_style(MUTED, self))
            return
        try:
            parsed = cprmod.parse(text)
        except cprmod.CprError as err:
            # while typing, a short number is not yet an error
            if digits.isdigit() and len(digits) < 10:
                self.cpr_hint.setText(self.tr("{n} af 10 cifre").format(n=len(digits)))
                self.cpr_hint.setStyleSheet(text_style(MUTED, self))
            else:
                self.cpr_hint.setText(message_text(err))
                self.cpr_hint.setStyleSheet(text_style(ERROR, self))
            return
        self.cpr_hint.setText(self.tr("Født {date}").format(date=format_date(parsed.birth_date)))
        self.cpr_hint.setStyleSheet(text_style(OK, self))

    def show_errors(self, messages: list[str]) -> None:
        self.error.setText("\n".join(message_text(m) for m in messages))
        self.error.setVisible(bool(messages))

    def accept(self) -> None:
        try:
            db, actor, today = self.ctx.db, self.ctx.actor, self.today
            cpr, first, last = self.cpr.text(), self.first.text(), self.last.text()
            self.created_id = run_and_wait(lambda: svc.create_citizen(db, actor, cpr, first, last, today=today))
        except ValidationError as err:
            self.show_errors(err.errors)
            first = (err.errors[0] if err.errors else "").lower()
            target = self.cpr if first.startswith("cpr") else self.first if "fornavn" in first else self.last
            target.setFocus()
            return
        except UserError as err:
            self.show_errors([error_text(err)])
            return
        self.ctx.signals.caseload_changed.emit()
        super().accept()
