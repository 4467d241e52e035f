"""The login window: initials and password (argon2id, checked in the background), clear messages on failure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.errors import AuthenticationFailed, UserError
from planner_gui.ui.colors import ERROR, MUTED, text_style
from planner_gui.ui.errors import message_text
from planner_gui.ui.i18n import error_text

APP_NAME = "Planner"


def window_title(what: str) -> str:
    return f"{APP_NAME} – {what}"


class LoginWindow(QWidget):
    """Emits :attr:`logged_in` with the :class:`~planner_gui.services.auth.Actor` after a good login."""

    logged_in = Signal(object)
    login_failed = Signal(str)
    server_changed = Signal(str)  # the user chose another team server ("" = the database on this computer)

    def __init__(
        self, db: Any, *, where: str = "", hint: str = "", server: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._server = server  # the server the open database is on ("" = a file on this computer)
        self.setObjectName("loginWindow")
        self.setWindowTitle(window_title(self.tr("Log ind")))
        self.setWindowIcon(QIcon.fromTheme("planner", self.windowIcon()))
        self._worker: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        heading = QLabel(self.tr("Log ind"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        sub = QLabel(self.tr("Én samlet plan for hver borger."))
        sub.setStyleSheet(text_style(MUTED, self))
        outer.addWidget(sub)
        outer.addSpacing(12)
        form = QFormLayout()
        self.initials = QLineEdit()
        self.initials.setObjectName("initialsInput")
        self.initials.setMaxLength(16)
        self.initials.setPlaceholderText(self.tr("fx abcd"))
        self.password = QLineEdit()
        self.password.setObjectName("passwordInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server = QLineEdit(server_address(server))
        self.server.setObjectName("serverInput")
        self.server.setPlaceholderText(self.tr("tom: databasen på denne computer"))
        self.server.setToolTip(
            self.tr("Teamdatabasens adresse, fx jobcenter-db/planner (uden brugernavn og kode); huskes til næste gang")
        )
        form.addRow(self.tr("&Initialer:"), self.initials)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("&Server:"), self.server)
        outer.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(ERROR, self))
        self.message.setMinimumHeight(self.fontMetrics().height() * 2)
        outer.addWidget(self.message)
        self.opening = QProgressBar()
        self.opening.setObjectName("openingProgress")
        self.opening.setRange(0, 0)
        self.opening.setTextVisible(False)
        self.opening.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.opening.setToolTip(self.tr("Åbner databasen …"))
        self.opening.setVisible(db is None)
        outer.addWidget(self.opening)
        self._submit_when_ready = False
        self._early: Any = None  # check_password_early: the password's check, started beside the opening
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        outer.addWidget(self.hint)
        row = QHBoxLayout()
        self.where = QLabel(where)
        self.where.setObjectName("databaseLabel")
        self.where.setStyleSheet(text_style(MUTED, self))
        row.addWidget(self.where, 1)
        self.button = QPushButton(self.tr("Log &ind"))
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        row.addWidget(self.button)
        outer.addLayout(row)
        self.button.clicked.connect(self.submit)
        self.initials.returnPressed.connect(self._initials_done)
        self.password.returnPressed.connect(self.submit)
        self.setTabOrder(self.initials, self.password)
        self.setTabOrder(self.password, self.button)
        self.setTabOrder(self.button, self.server)  # changed rarely: after the button
        self.server.returnPressed.connect(self.submit)
        self.resize(440, self.sizeHint().height())
        self.initials.setFocus()

    def address_selectable(self) -> None:
        """Let the user select (and copy, for IT support) the database's address. Called by the app once the
        window is up and the main window's modules are being prepared (``AppController._prepare_main_window``), not
        while the window is built: naming Qt's ``Qt`` namespace makes all its 93 enums, ~20 ms that would delay the
        login window (issue 17); the main window's modules make them anyway."""
        from PySide6.QtCore import Qt

        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _initials_done(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def check_password_early(self, path: Any) -> None:
        """Enter was pressed before the plain database file ``path`` is open: start the password's Argon2id check
        now, beside the opening, for the login that follows it (:func:`services.unlock.start_password_check`)."""
        from planner_gui.services.unlock import start_password_check

        self._early = start_password_check(path, self.initials.text(), self.password.text())

    def forget_password_check(self) -> None:
        """The opening failed or another database was chosen: the early check is not used (it keeps a digest)."""
        self._early = None

    def busy(self) -> bool:
        return self._worker is not None or self._submit_when_ready

    def set_database(self, db: Any, where: str | None = None) -> None:
        """The database is open (it opens in the background while the window is already shown)."""
        self.db = db
        self.opening.hide()
        if where is not None:
            self.where.setText(where)
        if self._submit_when_ready:
            self._submit_when_ready = False
            self.submit()

    def submit(self) -> None:
        if self._worker is not None:
            return
        try:
            wanted = server_url(self.server.text())
        except ValueError as err:
            self.show_message(error_text(err))
            self.server.setFocus()
            return
        initials, password = self.initials.text().strip(), self.password.text()
        if not initials:
            self.show_message(self.tr("Skriv dine initialer."))
            self.initials.setFocus()
            return
        if not password:
            self.show_message(self.tr("Skriv din adgangskode."))
            self.password.setFocus()
            return
        if wanted != self._server:  # another database: open it, then log in (set_database calls submit again)
            self._server = wanted
            self.db = None
            self.opening.show()
            self._submit_when_ready = True
            self.message.setStyleSheet(text_style(MUTED, self))
            self.message.setText(
                self.tr("Forbinder til {0} …").format(wanted or self.tr("databasen på denne computer"))
            )
            self.server_changed.emit(wanted)
            return
        if self.db is None:  # still opening: log in as soon as it is open
            self._submit_when_ready = True
            self.message.setStyleSheet(text_style(MUTED, self))
            self.message.setText(self.tr("Logger ind, så snart databasen er åbnet …"))
            return
        from planner_gui.services.unlock import login_or_unlock
        from planner_gui.ui.workers import run_in_background

        early, self._early = self._early, None

        self.message.setText(self.tr("Logger ind …"))
        self.message.setStyleSheet(text_style(MUTED, self))
        self.button.setEnabled(False)
        db = self.db
        self._worker = run_in_background(
            lambda _p: login_or_unlock(db, initials, password, early=early), on_done=self._done, on_error=self._failed
        )

    def _done(self, result: tuple[Any, Any]) -> None:
        # an encrypted file opens only now, with the password: from here on self.db is the open database
        self.db, actor = result
        self._worker = None
        self.button.setEnabled(True)
        self.message.clear()
        self.password.clear()
        self.logged_in.emit(actor)

    def _failed(self, err: BaseException) -> None:
        self._worker = None
        self.button.setEnabled(True)
        if isinstance(err, AuthenticationFailed):
            self.show_message(message_text(err) + ".")
            self.password.clear()
            self.password.setFocus()
            self.login_failed.emit(self.message.text())
        elif isinstance(err, UserError):
            self.show_message(message_text(err))
            self.login_failed.emit(message_text(err))
        else:
            from planner_gui.ui.errors import show_exception

            self.message.clear()
            show_exception(err, self)

    def show_message(self, text: str) -> None:
        self.message.setStyleSheet(text_style(ERROR, self))
        self.message.setText(text)


def server_address(url: str) -> str:
    """What the server field shows for a server URL: host[:port]/database (the scheme is the app's business)."""
    prefix = "postgresql+psycopg://"
    return url[len(prefix) :] if url.startswith(prefix) else url


def server_url(text: str) -> str:
    """The server URL for what the user typed in the server field: ``host[:port]/database`` or a whole
    ``postgresql+psycopg://`` URL; "" for the database on this computer. ValueError with a Danish message for
    anything else (a user name or password in it, a file path, no database name)."""
    text = text.strip()
    if not text:
        return ""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    else:
        if "://" in text:
            raise ValueError(QCoreApplication.translate("LoginWindow", "Serveren skal være en PostgreSQL-database."))
    if "@" in text:
        raise ValueError(
            QCoreApplication.translate(
                "LoginWindow", "Skriv serverens adresse uden brugernavn og adgangskode; de kommer fra login."
            )
        )
    host, slash, database = text.partition("/")
    if not host or not slash or not database or "/" in database or "\\" in text:
        raise ValueError(
            QCoreApplication.translate(
                "LoginWindow", "Skriv serverens adresse som server/database, fx jobcenter-db/planner."
            )
        )
    return f"postgresql+psycopg://{host}/{database}"
