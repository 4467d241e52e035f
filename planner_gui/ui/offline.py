"""Offline work in the desktop (issue 15): "Tag med ud …" on the team server, the offline banner, "Synkroniser" and
"Tjek ind" on a laptop database, and the conflict dialog.

The work itself is :mod:`planner_gui.services.offline` (the same functions as the CLI's ``checkout``, ``sync``,
``resolve`` and ``checkin``), always in a worker thread. Those functions open the server and the laptop file with the
user's own password: on the server the app's connection already carries it (it is reused for "Tag med ud"); on a
laptop the password is not kept after the login, so "Synkroniser" and "Tjek ind" ask for it and forget it when the
sync (and the conflict dialog it may lead to) or the check-in is done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.config import is_postgres
from planner_gui.errors import UserError
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from types import ModuleType

    from planner_gui.services.laptop import LaptopStatus
    from planner_gui.services.offline import CheckinResult, CheckoutResult, ConflictLine, SyncResult


def _offline() -> ModuleType:
    """The offline service, imported at first use (it costs the main window's start-up some 25 ms otherwise)."""
    from planner_gui.services import offline

    return offline


HER, SERVER = "her", "server"


def tr(text: str) -> str:
    return QCoreApplication.translate("Offline", text)


def server_password(ctx: AppContext) -> str | None:
    """The password the user logged in to the team server with (the app's connection holds it), or None."""
    from sqlalchemy.engine import make_url

    if not is_postgres(ctx.db.url):
        return None
    password = make_url(ctx.db.url).password
    return str(password) if password else None


def _failure_text(err: BaseException) -> str:
    if isinstance(err, UserError):
        return message_text(err)
    from planner_gui.logs import log_exception

    return tr("Intern fejl ({kind}); detaljer i {where}").format(kind=type(err).__name__, where=log_exception(err))


def default_laptop_path() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(docs) / "planner-ude.db"


# ------------------------------------------------------------------------------------------------ Tag med ud


class CheckoutDialog(QDialog):
    """Take the caseload, or the chosen citizens, out to a laptop file (``services.offline.checkout``)."""

    finished_checkout = Signal(object)  # CheckoutResult

    def __init__(self, ctx: AppContext, cprs: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("checkoutDialog")
        self.setWindowTitle(self.tr("Tag med ud"))
        self.worker: Worker | None = None
        self.result_: CheckoutResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Borgerne kopieres til en krypteret fil på den bærbare, så du kan arbejde med dem uden net. "
                "Serveren noterer, at du har dem med ud. Synkroniser, når du er tilbage."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.caseload = QRadioButton(self.tr("Hele min &sagsstamme"))
        self.caseload.setObjectName("checkoutCaseload")
        self.chosen = QRadioButton(self.tr("&Disse borgere (CPR-numre, adskilt med komma):"))
        self.chosen.setObjectName("checkoutChosen")
        group = QButtonGroup(self)
        group.addButton(self.caseload)
        group.addButton(self.chosen)
        self.cprs = QLineEdit(", ".join(_offline().cpr_text(c) for c in cprs))
        self.cprs.setObjectName("checkoutCprs")
        self.cprs.setPlaceholderText("010180-1234, 020280-1234")
        self.cprs.textEdited.connect(lambda _t: self.chosen.setChecked(True))
        (self.chosen if cprs else self.caseload).setChecked(True)
        layout.addWidget(self.caseload)
        layout.addWidget(self.chosen)
        layout.addWidget(self.cprs)

        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path = QLineEdit(str(default_laptop_path()))
        self.path.setObjectName("checkoutPath")
        browse = QPushButton(self.tr("&Vælg …"))
        browse.clicked.connect(self.browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        file_label = QLabel(self.tr("&Fil på den bærbare:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        self.password = QLineEdit()
        self.password.setObjectName("checkoutPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._known_password = server_password(ctx)
        if self._known_password is None:
            form.addRow(self.tr("Din &adgangskode:"), self.password)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("checkoutMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit()
        self.details.setObjectName("checkoutDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.details.hide()
        layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(self.tr("Tag med &ud"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("checkoutStart")
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def browse(self) -> None:
        current = self.path.text().strip() or str(default_laptop_path())
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Fil på den bærbare"),
                current,
                self.tr("Database (*.db)"),
                options=QFileDialog.Option.DontConfirmOverwrite,  # an existing laptop file is extended, not replaced
            )
        if name:
            self.path.setText(name if name.endswith(".db") else f"{name}.db")

    def chosen_cprs(self) -> list[str]:
        if not self.chosen.isChecked():
            return []
        return [c.strip() for c in self.cprs.text().replace(";", ",").split(",") if c.strip()]

    def start(self) -> None:
        """Run the check-out in the background; the dialog shows the result (and warnings) when it is done."""
        if self.worker is not None:
            return
        path_text = self.path.text().strip()
        password = self._known_password or self.password.text()
        cprs = self.chosen_cprs()
        if not path_text:
            self.message.setText(self.tr("Vælg en fil på den bærbare."))
            return
        if not password:
            self.message.setText(self.tr("Skriv din adgangskode."))
            self.password.setFocus()
            return
        if self.chosen.isChecked() and not cprs:
            self.message.setText(self.tr("Skriv mindst ét CPR-nummer, eller vælg hele sagsstammen."))
            return
        url, initials, path = self.ctx.db.url, self.ctx.actor.initials, Path(path_text)
        self.start_button.setEnabled(False)
        self.progress.show()
        self.message.setText(self.tr("Tager borgerne med ud …"))

        def task(progress: Any) -> CheckoutResult:
            progress.report(-1, "")
            return _offline().checkout(url, path, initials, password, cprs)

        self.worker = run_in_background(task, on_done=self._done, on_error=self._failed)

    def _done(self, result: CheckoutResult) -> None:
        self.worker = None
        self.result_ = result
        self.progress.hide()
        text = self.tr("{n} borgere er taget med ud til {file}.").format(n=result.citizens, file=self.path.text())
        if result.skipped:
            text += " " + self.tr("{n} var der allerede.").format(n=result.skipped)
        self.message.setText(text)
        lines: list[str] = []
        if result.warnings:
            lines.append(self.tr("Bemærk:"))
            lines += [f"• {message_text(w)}" for w in result.warnings]
        if result.recovery:
            lines.append(
                self.tr(
                    "Gendannelsesnøgle til den nye fil (skriv den ned, og opbevar den adskilt fra den bærbare; den "
                    "vises kun nu):"
                )
            )
            lines.append(result.recovery)
        if lines:
            self.details.setPlainText("\n".join(lines))
            self.details.show()
        self.start_button.hide()
        self.finished_checkout.emit(result)

    def _failed(self, err: BaseException) -> None:
        self.worker = None
        self.progress.hide()
        self.start_button.setEnabled(True)
        self.message.setText(_failure_text(err))


# ------------------------------------------------------------------------------------------------ banner, sync


class OfflineBanner(QFrame):
    """ "Offline: arbejder på en bærbar kopi siden …" with "Synkroniser" and "Tjek ind", atop the main window."""

    sync_requested = Signal()
    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#offlineBanner { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 3px; }"
            "#offlineBanner QLabel { color: #3d2f00; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setObjectName("offlineBannerText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("&Synkroniser"))
        self.button.setObjectName("offlineSyncButton")
        self.button.clicked.connect(self.sync_requested)
        row.addWidget(self.button)
        self.checkin_button = QPushButton(self.tr("&Tjek ind"))
        self.checkin_button.setObjectName("offlineCheckinButton")
        self.checkin_button.setToolTip(
            self.tr("Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi")
        )
        self.checkin_button.clicked.connect(self.checkin_requested)
        row.addWidget(self.checkin_button)

    def set_status(self, status: LaptopStatus) -> None:
        if status.citizens:
            text = self.tr("Offline: arbejder på en bærbar kopi siden {since} ({n} borgere)").format(
                since=status.since_text, n=status.citizens
            )
        else:
            text = self.tr("Bærbar kopi uden borgere: alle er tjekket ind")
        self.checkin_button.setEnabled(bool(status.citizens) and self.button.isEnabled())
        extra = []
        if status.open_conflicts:
            extra.append(self.tr("{n} konflikter venter på dit valg").format(n=status.open_conflicts))
        if status.quarantined:
            extra.append(self.tr("{n} borgere sat til side ved sidste synkronisering").format(n=status.quarantined))
        self.label.setText(" · ".join([text, *extra]))
        self.label.setToolTip(self.tr("Server: {server}").format(server=status.server))

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Synkroniserer …") if busy else self.tr("&Synkroniser"))
        self.checkin_button.setEnabled(not busy)


class ConflictDialog(QDialog):
    """Open conflicts field by field, with a choice per row (Behold her / Behold server)."""

    COLUMNS = 6  # CPR, felt, her, server, ændret af, valg

    def __init__(self, conflicts: Sequence[ConflictLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Konflikter ved synkronisering"))
        self.conflicts = list(conflicts)
        self.sync_again = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Disse felter er ændret både her og på serveren, til forskellige værdier. Intet er overskrevet: "
                "vælg for hvert felt, hvilken værdi der skal gælde. Felter uden valg forbliver åbne."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.conflicts), self.COLUMNS)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("CPR"),
                self.tr("Felt"),
                self.tr("Her"),
                self.tr("Server"),
                self.tr("Ændret af"),
                self.tr("Valg"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for i, c in enumerate(self.conflicts):
            cells = [
                _offline().cpr_text(c.cpr),
                c.field,
                _offline().show(c.mine),
                _offline().show(c.theirs),
                f"{c.changed_by} {_offline().local_time(c.changed_at)}",
            ]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(i, col, item)
            combo = QComboBox()
            combo.addItem(self.tr("Vælg …"), None)
            combo.addItem(self.tr("Behold her"), HER)
            combo.addItem(self.tr("Behold server"), SERVER)
            combo.setAccessibleName(self.tr("Valg for {field}").format(field=c.field))
            combo.currentIndexChanged.connect(lambda _i, row=i: self._linked(row))
            self.table.setCellWidget(i, 5, combo)
            self.choices.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        all_row = QHBoxLayout()
        all_here = QPushButton(self.tr("Behold alle &her"))
        all_here.clicked.connect(lambda: self.choose_all(HER))
        all_server = QPushButton(self.tr("Behold alle på se&rveren"))
        all_server.clicked.connect(lambda: self.choose_all(SERVER))
        all_row.addWidget(all_here)
        all_row.addWidget(all_server)
        all_row.addStretch(1)
        layout.addLayout(all_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_sync = buttons.addButton(
            self.tr("Gem valg og &synkroniser igen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_sync.setObjectName("conflictApplySync")
        self.apply_only = buttons.addButton(self.tr("&Gem valg"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_only.setObjectName("conflictApply")
        self.apply_sync.clicked.connect(lambda: self._finish(sync_again=True))
        self.apply_only.clicked.connect(lambda: self._finish(sync_again=False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(940, min(560, 200 + 34 * len(self.conflicts)))

    def choose(self, row: int, keep: str) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(keep))

    def choose_all(self, keep: str) -> None:
        for row in range(len(self.choices)):
            self.choose(row, keep)

    def _linked(self, row: int) -> None:
        """``resolve`` settles a citizen's field as one: rows of the same CPR and field share their choice."""
        keep = self.choices[row].currentData()
        key = (self.conflicts[row].cpr, self.conflicts[row].field)
        for other, c in enumerate(self.conflicts):
            if other != row and (c.cpr, c.field) == key and self.choices[other].currentData() != keep:
                self.choices[other].setCurrentIndex(self.choices[other].findData(keep))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.chosen())
        self.apply_sync.setEnabled(chosen)
        self.apply_only.setEnabled(chosen)

    def chosen(self) -> list[tuple[str, str, str]]:
        """(cpr, field, her|server) for each field with a choice, once per citizen and field."""
        out: dict[tuple[str, str], str] = {}
        for c, combo in zip(self.conflicts, self.choices, strict=True):
            keep = combo.currentData()
            if keep in (HER, SERVER):
                out.setdefault((c.cpr, c.field), keep)
        return [(cpr, felt, keep) for (cpr, felt), keep in out.items()]

    def _finish(self, *, sync_again: bool) -> None:
        self.sync_again = sync_again
        self.accept()


class OfflineController:
    """The offline entries of the main window: "Tag med ud …" on the server; the banner and "Synkroniser" on a laptop
    database. Built by :class:`planner_gui.ui.main_window.MainWindow` with its Filer menu."""

    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu) -> None:
        self.window = window
        self.ctx = ctx
        self.status: LaptopStatus | None = None
        self.banner: OfflineBanner | None = None
        self.checkout_dialog: CheckoutDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.worker: Worker | None = None
        self.last_sync: SyncResult | None = None
        self.last_checkin: CheckinResult | None = None
        self._password: str | None = None  # only while a sync and its conflict dialog run
        self.checkout_action = None
        self.sync_action = None
        self.checkin_action = None
        if is_postgres(ctx.db.url):
            if ctx.actor.role in ("sagsbehandler", "administrator"):
                menu.addSeparator()
                self.checkout_action = window.addAction(tr("&Tag med ud …"))
                self.checkout_action.setObjectName("checkoutAction")
                self.checkout_action.setToolTip(tr("Tag borgere med ud på den bærbare til arbejde uden net"))
                self.checkout_action.triggered.connect(self.open_checkout)
                menu.addAction(self.checkout_action)
            return
        menu.addSeparator()
        self.sync_action = window.addAction(tr("S&ynkroniser"))
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setToolTip(tr("Synkroniser den bærbare kopi med serveren"))
        self.sync_action.triggered.connect(self.start_sync)
        self.sync_action.setVisible(False)  # until the laptop's status says it is one
        menu.addAction(self.sync_action)
        self.checkin_action = window.addAction(tr("&Tjek ind …"))
        self.checkin_action.setObjectName("checkinAction")
        self.checkin_action.setToolTip(tr("Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi"))
        self.checkin_action.triggered.connect(self.start_checkin)
        self.checkin_action.setVisible(False)
        menu.addAction(self.checkin_action)
        self.refresh_status()

    # -- Tag med ud

    def selected_cprs(self) -> list[str]:
        """The citizen selected in the current page's table (caseload or search results), if any."""
        pages = getattr(self.window, "pages", None)
        table = getattr(pages.currentWidget(), "table", None) if pages is not None else None
        if table is None or table.selectionModel() is None:
            return []
        out = []
        for index in table.selectionModel().selectedRows():
            row = table.model().row_at(index.row())
            if row is not None:
                out.append(row.cpr)
        return out

    def open_checkout(self) -> CheckoutDialog:
        dialog = CheckoutDialog(self.ctx, self.selected_cprs(), self.window)
        self.checkout_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "checkout_dialog", None))
        dialog.open()
        return dialog

    # -- the laptop: banner and sync

    def refresh_status(self, then: Callable[[], None] | None = None) -> None:
        db = self.ctx.db

        def done(status: LaptopStatus | None) -> None:
            try:
                self.show_status(status)
            except RuntimeError:  # the window closed meanwhile
                return
            if then is not None:
                then()

        def failed(err: BaseException) -> None:  # no banner is no harm: the user still works on the file
            from planner_gui.logs import log_exception

            log_exception(err)

        from planner_gui.services.laptop import laptop_status  # light: not the whole offline service

        run_in_background(lambda _p: laptop_status(db), on_done=done, on_error=failed)

    def show_status(self, status: LaptopStatus | None) -> None:
        self.status = status
        if status is None:
            return
        if self.sync_action is not None:
            self.sync_action.setVisible(True)
        if self.checkin_action is not None:
            self.checkin_action.setVisible(True)
            self.checkin_action.setEnabled(bool(status.citizens) and self.worker is None)
        if self.banner is None:
            self.banner = OfflineBanner()
            self.banner.sync_requested.connect(self.start_sync)
            self.banner.checkin_requested.connect(self.start_checkin)
            install_banner(self.window, self.banner)
        self.banner.set_status(status)

    def ask_password(self) -> str | None:
        """The user's password for the server and the laptop file (not kept after the login); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self.window,
            tr("Synkroniser"),
            tr("Din adgangskode til serveren ({initials}):").format(initials=self.ctx.actor.initials),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def start_sync(self) -> None:
        if self.worker is not None or self.status is None:
            return
        password = self._tabs_closed_and_password()  # open citizens would show stale data after the merge
        if password is None:
            return
        self._password = password
        self._run_sync()

    def _tabs_closed_and_password(self) -> str | None:
        """Before a sync or a check-in: close the open citizens (the user may refuse, for unsaved edits), then the
        server password (asked once per session). None when the user stops."""
        close_all = getattr(self.window, "close_all_tabs", None)
        if callable(close_all) and not close_all():
            return None
        return self._password or self.ask_password()

    def _run_sync(self, choices: Sequence[tuple[str, str, str]] = ()) -> None:
        path = getattr(self.ctx.db, "path", None)
        password = self._password
        if path is None or password is None:
            return
        initials = self.ctx.actor.initials
        self._busy()
        self._status_message(tr("Synkroniserer med serveren …"))

        def task(progress: Any) -> SyncResult:
            progress.report(-1, "")
            for cpr, felt, keep in choices:
                _offline().resolve(Path(path), initials, password, keep, cpr, felt)
            return _offline().sync(Path(path), initials, password)

        self.worker = run_in_background(task, on_done=self._synced, on_error=self._sync_failed)

    def _busy(self) -> None:
        if self.banner is not None:
            self.banner.set_busy(True)
        for action in (self.sync_action, self.checkin_action):
            if action is not None:
                action.setEnabled(False)

    def _idle(self) -> None:
        self.worker = None
        if self.banner is not None:
            self.banner.set_busy(False)
        for action in (self.sync_action, self.checkin_action):
            if action is not None:
                action.setEnabled(True)

    def _synced(self, result: SyncResult) -> None:
        self._idle()
        self.last_sync = result
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()
        summary = tr("Synkroniseret: {up} ændringer sendt til serveren, {down} hentet.").format(
            up=result.to_server, down=result.to_laptop
        )
        self._status_message(summary)
        self.refresh_status()
        notes = [message_text(w) for w in result.warnings] + [message_text(q) for q in result.quarantined]
        if result.conflicts:
            self.show_conflicts(result.conflicts)
            return
        self._password = None
        if notes:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Synkroniser"), summary, parent=self.window)
            box.setObjectName("syncNotesBox")
            box.setInformativeText("\n".join(notes))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _sync_failed(self, err: BaseException) -> None:
        self._idle()
        self._password = None  # a wrong password is asked again next time
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Synkroniser"),
            tr("Synkroniseringen lykkedes ikke; den bærbare kopi er uændret og kan bruges videre."),
            parent=self.window,
        )
        box.setObjectName("syncFailedBox")
        box.setInformativeText(_failure_text(err))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_conflicts(self, conflicts: Sequence[ConflictLine]) -> ConflictDialog:
        dialog = ConflictDialog(conflicts, self.window)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda code, d=dialog: self._conflicts_done(d, code))
        dialog.open()
        return dialog

    def _conflicts_done(self, dialog: ConflictDialog, code: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted or not dialog.chosen():
            self._password = None
            return
        choices = dialog.chosen()
        if dialog.sync_again:
            self._run_sync(choices)
            return
        path, password, initials = getattr(self.ctx.db, "path", None), self._password, self.ctx.actor.initials
        self._password = None
        if path is None or password is None:
            return

        def task(_p: Any) -> int:
            return sum(
                _offline().resolve(Path(path), initials, password, keep, cpr, felt) for cpr, felt, keep in choices
            )

        self.worker = run_in_background(task, on_done=self._resolved, on_error=self._sync_failed)

    def _resolved(self, n: int) -> None:
        self._idle()
        self._status_message(tr("{n} konflikter afgjort; de sendes ved næste synkronisering.").format(n=n))
        self.refresh_status()

    def _status_message(self, text: str) -> None:
        show = getattr(self.window, "show_status", None)
        if callable(show):
            show(text, 8000)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, info: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName(name)
        if info:
            box.setInformativeText(info)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- Tjek ind: the same service as the CLI's checkin

    def confirm_checkin(self) -> bool:
        """Ask before the citizens are removed from the laptop copy."""
        n = self.status.citizens if self.status is not None else 0
        answer = QMessageBox.question(
            self.window,
            tr("Tjek ind"),
            tr(
                "Tjek {n} borgere ind? Den bærbare kopi synkroniseres først; derefter frigives borgerne på serveren "
                "og fjernes fra den bærbare kopi."
            ).format(n=n),
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_checkin(self) -> None:
        if self.worker is not None or self.status is None:
            return
        if self.status.open_conflicts:  # checkin would sync and stop at the same conflicts: say so at once
            self._box(
                QMessageBox.Icon.Warning,
                tr("Tjek ind"),
                tr("Intet er tjekket ind: {n} konflikter venter på dit valg.").format(n=self.status.open_conflicts),
                tr("Vælg først, hvilke værdier der skal gælde (Synkroniser viser konflikterne), og tjek så ind."),
                "checkinRefusedBox",
            )
            return
        if not self.confirm_checkin():
            return
        password = self._tabs_closed_and_password()  # the open citizens are about to leave the laptop
        if password is None:
            return
        path = getattr(self.ctx.db, "path", None)
        if path is None:
            return
        initials = self.ctx.actor.initials
        self._busy()
        self._status_message(tr("Tjekker ind …"))

        def task(progress: Any) -> CheckinResult:
            progress.report(-1, "")
            return _offline().checkin(Path(path), initials, password)

        self.worker = run_in_background(task, on_done=self._checked_in, on_error=self._checkin_failed)

    def _checked_in(self, result: CheckinResult) -> None:
        self._idle()
        self._password = None
        self.last_checkin = result
        self.last_sync = result.sync
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_status()
        sync = result.sync
        notes = [message_text(w) for w in sync.warnings] + [message_text(q) for q in sync.quarantined]
        if sync.conflicts or sync.quarantined:
            parts = []
            if sync.conflicts:
                parts.append(tr("{n} konflikter venter på dit valg").format(n=len(sync.conflicts)))
            if sync.quarantined:
                parts.append(tr("{n} borgere er sat til side").format(n=len(sync.quarantined)))
            text = tr("Intet er tjekket ind: {why}.").format(why=", ".join(parts))
            self._status_message(text)
            info = tr("Ændringerne er synkroniseret. Afgør konflikterne (Synkroniser viser dem), og tjek så ind.")
            self._box(QMessageBox.Icon.Warning, tr("Tjek ind"), text, "\n".join([info, *notes]), "checkinRefusedBox")
            return
        text = tr("{n} borgere er tjekket ind: frigivet på serveren og fjernet fra den bærbare kopi.").format(
            n=result.released
        )
        self._status_message(text)
        info = [
            tr("Synkroniseret først: {up} ændringer sendt til serveren, {down} hentet.").format(
                up=sync.to_server, down=sync.to_laptop
            ),
            ", ".join(_offline().cpr_text(c) for c in result.cprs),
            *notes,
        ]
        self._box(QMessageBox.Icon.Information, tr("Tjek ind"), text, "\n".join(i for i in info if i), "checkinDoneBox")

    def _checkin_failed(self, err: BaseException) -> None:
        self._idle()
        self._password = None
        self.refresh_status()
        self._box(
            QMessageBox.Icon.Warning,
            tr("Tjek ind"),
            tr("Tjek ind lykkedes ikke; borgerne er stadig på den bærbare kopi og kan bruges videre."),
            _failure_text(err),
            "checkinFailedBox",
        )


def install_banner(window: QMainWindow, banner: QWidget) -> None:
    """Put ``banner`` above the main window's central widget (the idle lock still hides both together)."""
    central = window.takeCentralWidget()  # kept: setCentralWidget alone would delete it
    holder = QWidget()
    holder.setObjectName("offlineHolder")
    column = QVBoxLayout(holder)
    column.setContentsMargins(6, 4, 6, 0)
    column.setSpacing(4)
    column.addWidget(banner)
    locked = central is not None and central.isHidden()  # the idle lock hides the content while it is locked
    if central is not None:
        column.addWidget(central, 1)
        central.show()
    window.setCentralWidget(holder)
    lock = getattr(window, "idle_lock", None)
    if locked and lock is not None and getattr(lock, "_hidden", None) is central:
        holder.hide()
        lock._hidden = holder  # unlocking shows the banner and the content together
    elif window.isVisible():
        holder.show()
