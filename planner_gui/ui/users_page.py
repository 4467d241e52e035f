"""The administrator's "Brugere" page: every user, create a user, set a user's password."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.errors import UserError
from planner_gui.services import auth, users
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.workers import run_and_wait


def _error_and_buttons(
    dialog: QDialog, layout: QVBoxLayout, ok_text: str, cancel_text: str
) -> tuple[QLabel, QPushButton, QDialogButtonBox]:
    """A dialog's error line (red, wrapped) and its OK/Cancel buttons, wired to accept/reject."""
    error = QLabel()
    error.setObjectName("errorLabel")
    error.setStyleSheet("color: #a40000;")
    error.setWordWrap(True)
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, ok, buttons


class _PasswordFields:
    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.password = QLineEdit(parent)
        self.password.setObjectName("passwordInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(parent)
        self.repeat.setObjectName("repeatInput")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("UsersPage", "&Adgangskode:"), self.password)
        form.addRow(QCoreApplication.translate("UsersPage", "&Gentag adgangskode:"), self.repeat)

    def problem(self, parent: QWidget) -> str:
        if self.password.text() != self.repeat.text():
            return QCoreApplication.translate("UsersPage", "De to adgangskoder er ikke ens.")
        return ""


class _ContactFields:
    """Phone number and e-mail address: shown to citizens on "Min plan"; checked by the service."""

    def __init__(self, form: QFormLayout, parent: QWidget, phone: str = "", email: str = "") -> None:
        self.phone = QLineEdit(phone, parent)
        self.phone.setObjectName("phoneInput")
        self.phone.setMaxLength(24)
        self.phone.setPlaceholderText(QCoreApplication.translate("UsersPage", "fx 43 21 12 34"))
        self.email = QLineEdit(email, parent)
        self.email.setObjectName("emailInput")
        self.email.setMaxLength(254)
        self.email.setPlaceholderText(QCoreApplication.translate("UsersPage", "fx navn@kommune.dk"))
        form.addRow(QCoreApplication.translate("UsersPage", "Tele&fon:"), self.phone)
        form.addRow(QCoreApplication.translate("UsersPage", "&E-mail:"), self.email)


class UserDialog(QDialog):
    """Create a user (with a password, or none: then the user cannot log in until one is set)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("Ny bruger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.initials = QLineEdit()
        self.initials.setObjectName("initialsInput")
        self.initials.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setObjectName("nameInput")
        self.team = QLineEdit()
        self.team.setObjectName("teamInput")
        self.role = QComboBox()
        self.role.setObjectName("roleInput")
        for code, label in (
            ("sagsbehandler", self.tr("Sagsbehandler")),
            ("teamleder", self.tr("Teamleder")),
            ("administrator", self.tr("Administrator")),
        ):
            self.role.addItem(label, code)
        form.addRow(self.tr("&Initialer:"), self.initials)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("&Rolle:"), self.role)
        self.contact = _ContactFields(form, self)
        self.passwords = _PasswordFields(form, self)
        layout.addLayout(form)
        self.error, self.ok, buttons = _error_and_buttons(self, layout, self.tr("&Opret"), self.tr("Annullér"))
        # the password fields were made with the dialog as parent before the other fields joined it, which put them
        # first in the focus chain; the order follows the form, and Enter means Opret (never a silent Annullér)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [
            self.initials,
            self.name,
            self.team,
            self.role,
            self.contact.phone,
            self.contact.email,
            self.passwords.password,
            self.passwords.repeat,
            self.ok,
            self.cancel,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.cancel.setAutoDefault(False)
        self.ok.setAutoDefault(True)
        self.ok.setDefault(True)
        self.initials.setFocus()

    def accept(self) -> None:
        problem = self.passwords.problem(self)
        if problem:
            self.error.setText(problem)
            return
        db, actor = self.ctx.db, self.ctx.actor
        initials, name, role = self.initials.text(), self.name.text().strip(), self.role.currentData()
        password, team = self.passwords.password.text() or None, self.team.text().strip()
        phone, email = self.contact.phone.text(), self.contact.email.text()
        try:
            run_and_wait(
                lambda: auth.create_user(db, actor, initials, name, role, password, team=team, phone=phone, email=email)
            )
        except UserError as err:
            self.error.setText(message_text(err))
            return
        super().accept()


class ContactDialog(QDialog):
    """An administrator sets a user's phone number and e-mail address (empty clears them)."""

    def __init__(self, ctx: AppContext, user: users.UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = user.initials
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Kontaktoplysninger for {initials}").format(initials=user.initials))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                'Borgeren ser dem på Min plan under "Hvem kan jeg ringe til?", når {name} er sagsbehandler.'
            ).format(name=user.name or user.initials)
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.contact = _ContactFields(form, self, user.phone, user.email)
        layout.addLayout(form)
        self.error, self.ok, _buttons = _error_and_buttons(self, layout, self.tr("&Gem"), self.tr("Annullér"))
        self.contact.phone.setFocus()

    def accept(self) -> None:
        db, actor, target = self.ctx.db, self.ctx.actor, self.target
        phone, email = self.contact.phone.text(), self.contact.email.text()
        try:
            run_and_wait(lambda: users.set_contact(db, actor, target, phone, email))
        except UserError as err:
            self.error.setText(message_text(err))
            return
        super().accept()


class PasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, initials: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = initials
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Ny adgangskode til {initials}").format(initials=initials))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.passwords = _PasswordFields(form, self)
        layout.addLayout(form)
        self.error, self.ok, _buttons = _error_and_buttons(
            self, layout, self.tr("&Gem adgangskode"), self.tr("Annullér")
        )

    def accept(self) -> None:
        problem = self.passwords.problem(self)
        if problem:
            self.error.setText(problem)
            return
        try:
            db, actor, target, password = self.ctx.db, self.ctx.actor, self.target, self.passwords.password.text()
            run_and_wait(lambda: auth.set_password(db, actor, target, password))
        except UserError as err:
            self.error.setText(message_text(err))
            return
        super().accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        title = QLabel(self.tr("Brugere"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Initialer"),
                self.tr("Navn"),
                self.tr("Team"),
                self.tr("Rolle"),
                self.tr("Kan logge ind"),
                self.tr("Telefon"),
                self.tr("E-mail"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Ny bruger…"))
        self.new_button.setObjectName("newUserButton")
        self.password_button = QPushButton(self.tr("&Sæt adgangskode…"))
        self.password_button.setObjectName("setPasswordButton")
        self.contact_button = QPushButton(self.tr("&Kontaktoplysninger…"))
        self.contact_button.setObjectName("contactButton")
        self.contact_button.setToolTip(self.tr("Telefon og e-mail, som borgeren ser på Min plan"))
        row.addWidget(self.new_button)
        row.addWidget(self.password_button)
        row.addWidget(self.contact_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new_user)
        self.password_button.clicked.connect(self.set_password)
        self.contact_button.clicked.connect(self.set_contact)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        rows = run_and_wait(lambda: users.list_users(db, actor))
        roles = {
            "sagsbehandler": self.tr("Sagsbehandler"),
            "teamleder": self.tr("Teamleder"),
            "administrator": self.tr("Administrator"),
        }
        self.rows = {u.initials: u for u in rows}
        self.table.setRowCount(len(rows))
        for i, u in enumerate(rows):
            values = [
                u.initials,
                u.name,
                u.team,
                roles.get(u.role, u.role),
                self.tr("ja") if u.has_password else self.tr("nej"),
                u.phone,
                u.email,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, u.initials)
                self.table.setItem(i, col, item)
        for col in (0, 2, 3, 4, 5, 6):
            self.table.resizeColumnToContents(col)

    def selected_initials(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def new_user(self) -> None:
        self._run(UserDialog(self.ctx, self))

    def set_password(self) -> None:
        initials = self.selected_initials()
        if initials is not None:
            self._run(PasswordDialog(self.ctx, initials, self))

    def set_contact(self) -> None:
        initials = self.selected_initials()
        if initials is not None and initials in self.rows:
            self._run(ContactDialog(self.ctx, self.rows[initials], self))

    def _run(self, dialog: Any) -> None:
        self.dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
