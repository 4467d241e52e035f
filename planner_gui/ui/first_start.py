"""First start on a new database: create the administrator, with demo data or empty, behind a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.ui.errors import message_text
from planner_gui.ui.login import window_title

DEMO_CITIZENS = 2000
MIN_PASSWORD = 10  # as planner_gui.domain.passwords.MIN_LENGTH (the rule itself is checked in start())


class FirstStartDialog(QDialog):
    """Emits :attr:`created` with the open database (from :mod:`planner_gui.services.setup`) and a login hint."""

    created = Signal(object, str)

    def __init__(self, path: Path, *, demo_citizens: int = DEMO_CITIZENS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.demo_citizens = demo_citizens
        self.database: Any = None
        self.demo_logins: list[tuple[str, str]] = []
        self._worker: Any = None
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(window_title(self.tr("Første start")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Velkommen"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.intro = intro = QLabel(
            self.tr(
                "Der er ingen database her endnu:\n{path}\n\nOpret administratoren (initialer: admin). "
                "Adgangskoden skal have mindst {n} tegn."
            ).format(path=path, n=MIN_PASSWORD)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        one_user = QLabel(
            self.tr(
                "En databasefil hører til én sagsbehandlers computer. Skal flere dele databasen, skal den ligge på "
                "teamets server (PostgreSQL), hvor databasen selv styrer adgangen: krypteringen beskytter mod en "
                "stjålen computer, ikke mellem brugere af den samme fil."
            )
        )
        one_user.setObjectName("oneUserNote")
        one_user.setWordWrap(True)
        layout.addWidget(one_user)

        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("passwordInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatInput")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("&Gentag adgangskode:"), self.repeat)
        layout.addLayout(form)
        count = QLocale().toString(demo_citizens)  # 2.000 in Danish, 2,000 in English
        self.demo = QRadioButton(
            self.tr("Med &demodata: ca. {n} fiktive borgere, til at prøve programmet").format(n=count)
        )
        self.demo.setObjectName("demoChoice")
        self.empty = QRadioButton(self.tr("&Tom database, til rigtige sager"))
        self.empty.setObjectName("emptyChoice")
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.empty)
        self.empty.setChecked(True)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        self.encrypt = QCheckBox(self.tr("&Kryptér databasefilen, så den ikke kan læses uden adgangskode (anbefales)"))
        self.encrypt.setObjectName("encryptChoice")
        self.encrypt.setChecked(True)
        layout.addWidget(self.encrypt)
        self.encrypt_note = QLabel(
            self.tr(
                "Uden kryptering kan alle, der får fat i filen eller computerens disk (en stjålen bærbar, en kopi), "
                "læse alle borgeres oplysninger med et almindeligt program."
            )
        )
        self.encrypt_note.setObjectName("encryptNote")
        self.encrypt_note.setWordWrap(True)
        self.encrypt_note.setStyleSheet("color: #a40000;")
        self.encrypt_note.setVisible(False)
        self.encrypt.toggled.connect(lambda on: (self.encrypt_note.setVisible(not on), self._fit()))
        layout.addWidget(self.encrypt_note)
        # shown once after an encrypted database is made: the recovery key
        self.recovery_box = QWidget()
        box = QVBoxLayout(self.recovery_box)
        box.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "Databasen er krypteret. Her er dens gendannelsesnøgle. Den åbner databasen, hvis alle adgangskoder "
                "bliver glemt. Skriv den ned, og opbevar den et sikkert sted: den vises kun denne ene gang."
            )
        )
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recoveryKey")
        self.recovery.setReadOnly(True)
        font = self.recovery.font()
        font.setFamily("monospace")
        self.recovery.setFont(font)
        box.addWidget(self.recovery)
        self.recovery_box.hide()
        layout.addWidget(self.recovery_box)
        self.message = QLabel()
        self.message.setObjectName("firstStartMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setObjectName("firstStartProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Opret database"))
        self.ok.setObjectName("createDatabaseButton")
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.password.setFocus()

    def _fit(self) -> None:
        """Grow to the height the word-wrapped texts need at the current width (Qt squeezes them otherwise when the
        message and the progress bar appear)."""
        layout = self.layout()
        layout.activate()
        need = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(text)
        self._fit()

    def busy(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        if self._worker is not None:
            return
        pw, again = self.password.text(), self.repeat.text()
        from planner_gui.domain.passwords import problem

        why = problem(pw, ["admin"])
        if why is not None:
            self._error(why[:1].upper() + why[1:] + ".")
            self.password.setFocus()
            return
        if pw != again:
            self._error(self.tr("De to adgangskoder er ikke ens."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        if not self.path.parent.is_dir():
            self._error(self.tr("Mappen {folder} findes ikke.").format(folder=self.path.parent))
            return
        demo, encrypt = self.demo.isChecked(), self.encrypt.isChecked()
        path, n = self.path, self.demo_citizens

        def create(progress: Any) -> tuple[Any, str | None, list[tuple[str, str]]]:
            """The new database, when encrypted its recovery key, and the demo logins (initials, role)."""
            from planner_gui.services import setup

            def on_progress(_step: str) -> None:
                progress.check()  # a cancel here aborts; the setup functions remove the half-made files
                progress.report(-1, "")

            progress.report(-1, "")
            if demo and encrypt:
                db, result, recovery = setup.create_encrypted_demo_database(
                    path, pw, citizens=n, on_progress=on_progress
                )
                return db, recovery, list(result.logins)
            if demo:
                db, result = setup.create_demo_database(path, pw, citizens=n, on_progress=on_progress)
                return db, None, list(result.logins)
            if encrypt:
                db, recovery = setup.create_encrypted_database(path, pw)
                return db, recovery, []
            return setup.create_database(path, pw), None, []

        from planner_gui.ui.workers import run_in_background

        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Opretter demodata … det tager et øjeblik.") if demo else self.tr("Opretter databasen …")
        )
        self.progress.show()
        self._fit()
        for w in (self.password, self.repeat, self.demo, self.empty, self.encrypt, self.ok):
            w.setEnabled(False)
        self._worker = run_in_background(
            create, on_done=self._done, on_error=self._failed, on_cancelled=self._cancelled
        )

    def _reset(self) -> None:
        self._worker = None
        self.progress.hide()
        for w in (self.password, self.repeat, self.demo, self.empty, self.encrypt, self.ok):
            w.setEnabled(True)

    def _done(self, result: tuple[Any, str | None, list[tuple[str, str]]]) -> None:
        self._reset()
        db, recovery, self.demo_logins = result
        self.database = db
        if recovery:
            # show the recovery key once; "Fortsæt" then goes on to the login
            for w in (self.password, self.repeat, self.demo, self.empty, self.encrypt):
                w.setEnabled(False)
            self.message.clear()
            self.intro.setText(
                self.tr("Databasen er oprettet:\n{path}\n\nAdministratoren har initialerne admin.").format(
                    path=self.path
                )
            )
            self.recovery.setText(recovery)
            self.recovery.setMinimumWidth(self.recovery.fontMetrics().horizontalAdvance(recovery) + 24)
            self.recovery_box.show()
            self._fit()
            self.recovery.setFocus()
            self.recovery.selectAll()
            self.ok.setText(self.tr("Jeg har gemt nøglen – &fortsæt"))
            self.cancel.hide()
            self.buttons.accepted.disconnect(self.start)
            self.buttons.accepted.connect(self.finish)
            return
        self.finish()

    def finish(self) -> None:
        hint = self.tr("Log ind med initialerne admin og den adgangskode, du lige har valgt.")
        if self.demo_logins:
            admin_role = self.tr("administrator")  # outside the f-string: lupdate finds no tr() inside one
            users = ", ".join(
                [f"admin ({admin_role})"]
                + [f"{initials} ({role})" for initials, role in self.demo_logins if initials != "admin"]
            )
            hint += "\n" + self.tr("Demo-brugere: {users} – samme adgangskode.").format(users=users)
        # the new password and the recovery key were shown or typed once: nothing of them stays in the dialog
        for field in (self.password, self.repeat, self.recovery):
            field.clear()
        self.created.emit(self.database, hint)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        from planner_gui.errors import UserError

        self._reset()
        if isinstance(err, UserError):
            self._error(message_text(err))
        else:
            from planner_gui.ui.errors import show_exception

            self._error(self.tr("Databasen kunne ikke oprettes."))
            show_exception(err, self)

    def _cancelled(self) -> None:
        self._reset()
        self._error(self.tr("Afbrudt; der blev ikke oprettet nogen database."))

    def cancel_or_close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.message.setText(self.tr("Afbryder …"))
            return
        self.reject()
