"""Administration of progression instruments: list every version, add one from a file, retire or reinstate.

An instrument with measurements is never changed: a changed definition of the same code becomes its next version
(see :func:`planner_gui.services.instruments.save_instrument`). For administrators only; others see the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.errors import UserError
from planner_gui.services.instruments import InstrumentInfo, add_instrument_from_file, list_instruments, set_retired
from planner_gui.services.permissions import Permission, can
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.paths import in_documents
from planner_gui.ui.workers import run_and_wait


class InstrumentsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.instruments: list[InstrumentInfo] = []
        self.setWindowTitle(self.tr("Måleinstrumenter"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kode"),
                self.tr("Navn"),
                self.tr("Version"),
                self.tr("Skala"),
                self.tr("Dimensioner"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Tilføj fra fil…"))
        self.add_button.setToolTip(
            self.tr(
                "En YAML-fil som resources/instruments/bip.yaml. Findes koden og er der målt med den, "
                "bliver filen en ny version."
            )
        )
        self.retire_button = QPushButton(self.tr("Tag ud af brug"))
        self.close_button = QPushButton(self.tr("Luk"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.admin = can(ctx.actor, Permission.MANAGE_INSTRUMENTS)
        self.add_button.setVisible(self.admin)
        self.retire_button.setVisible(self.admin)
        self.add_button.clicked.connect(self._choose_file)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(820, 420)
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.db
        self.instruments = run_and_wait(lambda: list_instruments(db, include_retired=True, all_versions=True))
        self.table.setRowCount(len(self.instruments))
        for i, info in enumerate(self.instruments):
            status = self.tr("udgået") if info.retired else self.tr("i brug")
            values = (
                info.code,
                info.name,
                str(info.version),
                f"{info.scale_min}-{info.scale_max}",
                str(len(info.dimensions)),
                status,
            )
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip("\n".join(f"{d.label}: {d.low} … {d.high}" for d in info.dimensions))
                self.table.setItem(i, j, item)
        self._selection_changed()

    def current(self) -> InstrumentInfo | None:
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.instruments):
            return None
        return self.instruments[row]

    def _selection_changed(self) -> None:
        info = self.current()
        self.retire_button.setEnabled(info is not None)
        if info is not None:
            self.retire_button.setText(self.tr("Tag i brug igen") if info.retired else self.tr("Tag ud af brug"))

    def _choose_file(self) -> None:
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Vælg instrumentfil"), in_documents(), self.tr("Instrumentfiler (*.yaml *.yml)")
            )
        if name:
            self.add_from_file(Path(name))

    def add_from_file(self, path: Path) -> bool:
        try:
            db, actor = self.ctx.db, self.ctx.actor
            result = run_and_wait(lambda: add_instrument_from_file(db, actor, path))
        except UserError as err:
            self.message.setStyleSheet("color:#8b0000")
            self.message.setText(message_text(err))
            return False
        texts = {
            "ny": self.tr("{name} er tilføjet."),
            "ny_version": self.tr(
                "{name} findes og er brugt til målinger: filen er gemt som version {version}, "
                "og den forrige version er taget ud af brug."
            ),
            "opdateret": self.tr("{name} er opdateret (der var ikke målt med den endnu)."),
            "uaendret": self.tr("{name} findes allerede med præcis samme indhold; intet er ændret."),
        }
        self.message.setStyleSheet("")
        self.message.setText(
            texts[result.outcome].format(name=result.instrument.name, version=result.instrument.version)
        )
        self.refresh()
        return True

    def toggle_retired(self) -> None:
        info = self.current()
        if info is None:
            return
        try:
            db, actor = self.ctx.db, self.ctx.actor
            run_and_wait(lambda: set_retired(db, actor, info.id, not info.retired))
        except UserError as err:
            self.message.setStyleSheet("color:#8b0000")
            self.message.setText(message_text(err))
            return
        self.message.setText("")
        self.refresh()
