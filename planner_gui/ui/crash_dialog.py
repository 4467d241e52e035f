"""The dialog for a bug (an exception that is not a :class:`~planner_gui.errors.UserError`): a friendly text and a
copyable report. Imported by :mod:`planner_gui.ui.errors` only when one is shown."""

from __future__ import annotations

import platform
import traceback

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from planner_gui import __version__
from planner_gui.logs import scrub


def crash_report(err: BaseException) -> str:
    """The text the user can copy into a support request: versions and the traceback, CPR numbers scrubbed."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"planner-gui {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(type(err), err, err.__traceback__),
    ]
    return scrub("".join(line if line.endswith("\n") else line + "\n" for line in lines))


class CrashDialog(QDialog):
    def __init__(self, err: BaseException, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Der skete en uventet fejl"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Programmet ramte en fejl, det ikke var forberedt på. Det du har gemt, er gemt, "
                "og du kan arbejde videre.\n\nHvis fejlen kommer igen, så kopiér rapporten nedenfor "
                "og send den til IT-support. Detaljerne står også i logfilen:\n{path}"
            ).format(path=log_path)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(crash_report(err))
        self.report.setReadOnly(True)
        self.report.setObjectName("crashReport")
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Kopiér rapport"))
        copy.setObjectName("copyReport")
        copy.clicked.connect(self.copy_report)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
