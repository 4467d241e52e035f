"""The "Gendan fra sikkerhedskopi" dialog: the backups with date, size and why; what one holds; restore it.

Use it from the menu (close the app's database first: pass ``before_restore``) or at start-up when the database file
is damaged (:func:`planner_gui.services.backups.damaged_file`; pass ``damage_text`` to show why, and the newest
backup is selected). After :meth:`exec` returns ``Accepted``, ``restored`` holds the
:class:`~planner_gui.services.backups.RestoreResult` and the caller opens the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.dates import format_date_time
from planner_gui.errors import UserError
from planner_gui.services import backups as svc
from planner_gui.ui.errors import message_text
from planner_gui.ui.i18n import translated
from planner_gui.ui.workers import run_and_wait


class RestoreDialog(QDialog):
    def __init__(
        self,
        db_path: Path,
        *,
        key: bytes | None = None,
        who: str = "system",
        before_restore: Callable[[], None] | None = None,
        damage_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.key = key
        self.who = who
        self.before_restore = before_restore
        self.damaged = bool(damage_text)
        self.restored: svc.RestoreResult | None = None
        self._rows: tuple[svc.BackupRow, ...] = ()
        self._contents: dict[Path, svc.BackupContents] = {}
        self._reading: dict[Path, object] = {}  # backups being read in the background
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Gendan fra sikkerhedskopi"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)

        if damage_text:
            warning = QLabel(translated(damage_text))  # a Text from storage/recovery.py: in the user's language
            warning.setObjectName("damageLabel")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a40000;")
            layout.addWidget(warning)
        intro = QLabel(
            self.tr(
                "Vælg en sikkerhedskopi. Den nuværende databasefil bliver gemt ved siden af, så intet bliver slettet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Dato"), self.tr("Størrelse"), self.tr("Taget")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        self.details = QLabel()
        self.details.setObjectName("contentsLabel")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Gendan"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    # -- data --------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._rows = svc.list_backups(self.db_path)
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            date = QTableWidgetItem(format_date_time(row.created, seconds=True))
            date.setData(Qt.ItemDataRole.UserRole, str(row.path))
            size = QTableWidgetItem(row.size_text)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 0, date)
            self.table.setItem(i, 1, size)
            self.table.setItem(i, 2, QTableWidgetItem(row.reason))
        self.table.resizeColumnsToContents()
        if self._rows:
            self.table.selectRow(0)  # the newest
        else:
            self.details.setText(self.tr("Der findes ingen sikkerhedskopier af %s.") % self.db_path.name)

    def selected(self) -> svc.BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._rows[rows[0].row()]

    def contents(self, row: svc.BackupRow) -> svc.BackupContents | None:
        """What the backup holds, when it has been read (reading runs in the background: it checks every page)."""
        return self._contents.get(row.path)

    def is_reading(self) -> bool:
        return bool(self._reading)

    # -- slots -------------------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(False)
        if row is None:
            self.details.clear()
            return
        contents = self.contents(row)
        if contents is not None:
            self._show(contents)
            return
        self.details.setText(self.tr("Læser sikkerhedskopien …"))
        if row.path in self._reading:
            return
        from planner_gui.ui.workers import run_in_background

        path, key = row.path, self.key
        self._reading[row.path] = run_in_background(
            lambda _progress: svc.describe_backup(path, key),
            on_done=lambda result, p=path: self._read_done(p, result),
            on_error=lambda err, p=path: self._read_failed(p, err),
        )

    def _read_done(self, path: Path, contents: svc.BackupContents) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # the dialog was closed while the backup was read
            return
        self._reading.pop(path, None)
        self._contents[path] = contents
        row = self.selected()
        if row is not None and row.path == path:
            self._show(contents)

    def _read_failed(self, path: Path, err: BaseException) -> None:
        self._read_done(path, svc.BackupContents((), None, None, str(err) or type(err).__name__))

    def _show(self, contents: svc.BackupContents) -> None:
        self.details.setText(contents.summary())
        self.restore_button.setEnabled(contents.usable)

    def confirm(self, text: str) -> bool:
        """Ask before replacing the database (tests replace this)."""
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self) -> None:
        row = self.selected()
        if row is None:
            return
        when = format_date_time(row.created, kl=True)
        if not self.confirm(
            self.tr(
                "Gendan databasen fra sikkerhedskopien %s? Ændringer gemt efter den er taget, findes kun i "
                "den nuværende fil, som gemmes ved siden af."
            )
            % when
        ):
            return
        try:
            if self.before_restore is not None:
                self.before_restore()
            db_path, key, who, damaged = self.db_path, self.key, self.who, self.damaged
            self.restored = run_and_wait(
                lambda: svc.restore_backup(db_path, row.path, key=key, who=who, damaged=damaged)
            )
        except UserError as err:
            QMessageBox.warning(self, self.windowTitle(), message_text(err))
            return
        self.accept()
