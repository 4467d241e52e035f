"""Hjælp > Om: the version, where the database and the log file are, and the licence (for the user and for support)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui import __version__
from planner_gui.ui.login import APP_NAME

LICENCE = "EUPL-1.2"


def log_file() -> str:
    """Where the log file is (or, when the data folder cannot be written, why there is none)."""
    from planner_gui.config import log_dir
    from planner_gui.logs import LOG_NAME

    try:
        return str(log_dir() / LOG_NAME)
    except OSError as err:
        return f"{err.strerror or err}"


class AboutDialog(QDialog):
    """Om: version, database, key file, data folder, log file and licence; every value can be selected and copied."""

    def __init__(self, where: str, parent: QWidget | None = None, *, encrypted: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om {app}").format(app=APP_NAME))
        from planner_gui.config import data_dir_path

        layout = QVBoxLayout(self)
        title = QLabel(f"{APP_NAME} {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("Én samlet plan for hver borger: plan, forløb og progression."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("version", self.tr("Version:"), f"{__version__} (planner-gui)"),
            ("database", self.tr("Database:"), where),
        ]
        if encrypted and "://" not in where:
            rows.append(("keys", self.tr("Nøglefil:"), f"{where}.keys"))
        rows += [
            ("data", self.tr("Datamappe:"), str(data_dir_path())),
            ("log", self.tr("Logfil:"), log_file()),
            (
                "licence",
                self.tr("Licens:"),
                self.tr(
                    "European Union Public Licence 1.2 ({spdx}). Kommuner og andre må bruge, ændre og dele "
                    "programmet på licensens vilkår; den fulde tekst er i filen LICENSE og i EU's officielle "
                    "udgave af licensen."
                ).format(spdx=LICENCE),
            ),
        ]
        self.rows = rows
        for key, label, value in rows:
            field = QLabel(value)
            field.setObjectName(f"about_{key}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(label.rstrip(":"))
            field.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
            self.values[key] = field
            form.addRow(label, field)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        copy = QPushButton(self.tr("&Kopiér oplysningerne"))
        copy.setObjectName("copyAbout")
        copy.setToolTip(self.tr("Til en henvendelse til IT-support"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button = copy

    def text(self) -> str:
        """The dialog's information as plain lines (what Kopiér puts on the clipboard)."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{label} {self.values[key].text()}" for key, label, _value in self.rows if key != "version"]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def database_is_encrypted(db: object) -> bool:
    return getattr(db, "key", None) is not None and isinstance(getattr(db, "path", None), Path | str)
