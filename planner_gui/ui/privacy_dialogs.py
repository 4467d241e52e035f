"""The citizen's rights in the desktop app: "Aktindsigt" (everything held about one citizen, into a new folder) and,
for administrators, "Sletning efter opbevaringsregler" (citizens due for deletion; delete the selected ones).

Both call :mod:`planner_gui.services.privacy`, which checks the role, logs each action and writes or deletes in one
transaction per citizen. The work runs in the background behind a progress window; only the GUI thread touches widgets.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.dates import format_date
from planner_gui.errors import UserError
from planner_gui.services import privacy
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.i18n import error_text
from planner_gui.ui.paths import in_documents
from planner_gui.ui.workers import run_and_wait


def tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


# ------------------------------------------------------------------------------------------------------ aktindsigt


def access_folder_name(name: str, today: dt.date | None = None) -> str:
    day = format_date(today or dt.date.today())
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip() or "borger"
    return f"Aktindsigt {safe} {day}"


def free_folder(parent: Path, name: str) -> Path:
    """``parent/name``, or ``parent/name (2)`` … when that exists (the service never writes into an existing one)."""
    folder, n = parent / name, 1
    while folder.exists():
        n += 1
        folder = parent / f"{name} ({n})"
    return folder


def ask_access_folder(parent: QWidget, name: str) -> Path | None:
    """Ask where to put the aktindsigt; returns the new folder's path (not created yet), or None."""
    with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
        chosen = QFileDialog.getExistingDirectory(parent, tr("Vælg mappen, aktindsigten skal gemmes i"), in_documents())
    if not chosen:
        return None
    return free_folder(Path(chosen), access_folder_name(name))


class AccessRequestJob(QObject):
    """One aktindsigt in the background: the plan PDF is drawn first (in the GUI thread, Qt painting), then the
    service writes the folder (workbook, audit entries, the PDF, a read-me) and logs the request."""

    done = Signal(object)  # privacy.AccessResult
    failed = Signal(str)

    def __init__(self, ctx: AppContext, overview: Any, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview = overview
        self.reason = reason
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self._worker: Any = None
        self._tmp: Path | None = None

    def start(self, folder: Path) -> None:
        from planner_gui.services.files import scratch_folder
        from planner_gui.ui.printout import write_pdf
        from planner_gui.ui.workers import run_in_background

        try:  # the private 0700 folder in the data folder, not the system's shared temporary folder
            self._tmp = scratch_folder("aktindsigt")
        except UserError as err:
            self._fail(err)
            return
        pdf = self._tmp / privacy.PLAN_NAME
        try:
            write_pdf(self.overview, pdf)
        except OSError as err:
            self._cleanup()
            self._fail(UserError(f"{pdf}: {err.strerror or err}"))
            return
        self.progress = QProgressDialog(
            self.tr("Samler alt, hvad der er registreret om {name} …").format(name=self.overview.name),
            "",
            0,
            0,
            self.parent_widget,
        )
        self.progress.setObjectName("accessProgress")
        self.progress.setWindowTitle(self.tr("Aktindsigt"))
        self.progress.setCancelButton(None)  # the folder is built under a temporary name: it is all or nothing
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        db, actor, cpr, reason = self.ctx.db, self.ctx.actor, self.overview.cpr, self.reason

        def task(_progress: Any) -> privacy.AccessResult:
            return privacy.access_request(
                db,
                actor,
                cpr,
                folder,
                reason=reason,
                plan_pdf=lambda target: shutil.copyfile(pdf, target),
            )

        self._worker = run_in_background(task, on_done=self._done, on_error=self._fail)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _cleanup(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _done(self, result: privacy.AccessResult) -> None:
        self._worker = None
        self._close_progress()
        self._cleanup()
        self.done.emit(result)

    def _fail(self, err: BaseException) -> None:
        self._worker = None
        self._close_progress()
        self._cleanup()
        if isinstance(err, UserError):
            self.failed.emit(message_text(err))
            return
        from planner_gui.ui.errors import show_exception

        show_exception(err, self.parent_widget)
        self.failed.emit(error_text(err))


# ------------------------------------------------------------------------------------------------------ retention


class RetentionDialog(QDialog):
    """Citizens due for deletion (listing them is logged); tick some, give a reason, confirm, and they are deleted."""

    deleted = Signal(list)  # the pseudonyms left in the log

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.due: tuple[privacy.DueCitizen, ...] = ()
        self._worker: Any = None
        self.progress: QProgressDialog | None = None
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Sletning efter opbevaringsregler"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("retentionIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("dueTable")
        self.table.setHorizontalHeaderLabels([self.tr("CPR-nummer"), self.tr("Navn"), self.tr("Sidste aktivitet")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.select_all = QPushButton(self.tr("Vælg &alle"))
        self.select_none = QPushButton(self.tr("Vælg &ingen"))
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        row.addSpacing(16)
        reason_label = QLabel(self.tr("&Begrundelse:"))
        self.reason = QLineEdit(self.tr("Opbevaringstid udløbet"))
        self.reason.setObjectName("retentionReason")
        reason_label.setBuddy(self.reason)
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)

        self.message = QLabel()
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        self.delete_button = QPushButton(self.tr("&Slet valgte …"))
        self.delete_button.setObjectName("deleteSelected")
        self.delete_button.setEnabled(False)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.delete_button.clicked.connect(self.delete_checked)
        self.reload()

    # -- the list

    def reload(self) -> None:
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        years = run_and_wait(lambda: privacy.retention_years(db))
        try:
            self.due = run_and_wait(lambda: privacy.citizens_due_for_deletion(db, actor, today=today))
        except UserError as err:
            self.due = ()
            self.message.setText(message_text(err))
        self.intro.setText(
            self.tr(
                "Borgere, hvis sidste sagsaktivitet ligger mere end {years} år tilbage, og som ikke har en "
                "igangværende ydelse eller indsats. Sletning fjerner alle personoplysninger; i revisionssporet står "
                "borgeren derefter under et pseudonym. Sletning kan ikke fortrydes."
            ).format(years=years)
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.due))
        for i, d in enumerate(self.due):
            cpr = QTableWidgetItem(d.cpr)
            cpr.setFlags(cpr.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            cpr.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, cpr)
            self.table.setItem(i, 1, QTableWidgetItem(d.name))
            self.table.setItem(i, 2, QTableWidgetItem(format_date(d.last_activity)))
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._update_button()

    def _check_all(self, on: bool) -> None:
        self.table.blockSignals(True)
        for i in range(self.table.rowCount()):
            self.table.item(i, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update_button()

    def checked(self) -> list[privacy.DueCitizen]:
        return [
            self.due[i]
            for i in range(self.table.rowCount())
            if self.table.item(i, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        n = len(self.checked())
        self.delete_button.setEnabled(n > 0 and self._worker is None)
        if self._worker is None:
            self.message.setText(
                self.tr("{n} af {total} valgt.").format(n=n, total=len(self.due))
                if self.due
                else self.tr("Ingen borgere skal slettes efter opbevaringsreglerne.")
            )

    # -- deleting

    def confirm(self, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, parent=self)
        box.setObjectName("confirmDeletion")
        yes = box.addButton(self.tr("&Slet"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def delete_checked(self) -> None:
        chosen = self.checked()
        reason = self.reason.text().strip()
        if not chosen:
            return
        if not reason:
            self.message.setText(self.tr("Skriv en begrundelse for sletningen."))
            self.reason.setFocus()
            return
        names = "\n".join(f"{d.cpr}  {d.name}" for d in chosen[:10])
        more = len(chosen) - 10
        if more > 0:
            names += "\n" + self.tr("… og {n} til").format(n=more)
        if not self.confirm(
            self.tr("Slet alle oplysninger om {n} borger(e)? Det kan ikke fortrydes.\n\n{names}").format(
                n=len(chosen), names=names
            )
        ):
            return
        from planner_gui.ui.workers import run_in_background

        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        ids = [d.citizen_id for d in chosen]
        self.progress = QProgressDialog(self.tr("Sletter …"), self.tr("Stop"), 0, len(ids), self)
        self.progress.setObjectName("deletionProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)

        def task(progress: Any) -> list[str]:
            out: list[str] = []
            for i, cid in enumerate(ids):
                progress.check()  # stops between citizens; each deletion is its own transaction
                out.append(privacy.delete_citizen(db, actor, cid, reason=reason, today=today))
                progress.report(i + 1)
            return out

        self._worker = run_in_background(
            task,
            on_done=self._deleted,
            on_error=self._failed,
            on_progress=lambda value, _text: self.progress.setValue(value) if self.progress else None,
            on_cancelled=lambda: self._deleted([], stopped=True),
        )
        self.progress.canceled.connect(self._worker.cancel)
        self.delete_button.setEnabled(False)

    def _finish(self) -> None:
        self._worker = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _deleted(self, pseudonyms: list[str], stopped: bool = False) -> None:
        self._finish()
        self.reload()
        if stopped:
            self.message.setText(
                self.tr("Sletningen blev stoppet; revisionssporet viser, hvem der nåede at blive slettet.")
            )
        else:
            self.message.setText(self.tr("{n} borger(e) er slettet.").format(n=len(pseudonyms)))
        self.ctx.signals.caseload_changed.emit()
        self.deleted.emit(pseudonyms)

    def _failed(self, err: BaseException) -> None:
        self._finish()
        self.reload()
        if isinstance(err, UserError):
            self.message.setText(message_text(err))
            return
        from planner_gui.ui.errors import show_exception

        show_exception(err, self)
