"""Ask for the reason to open a citizen outside one's caseload (need-to-know; the reason is logged)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    """An editable choice of common reasons; OK only with a non-empty reason."""

    def __init__(self, citizen_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Begrundelse for opslag"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "{name} er ikke i din sagsstamme. Skriv hvorfor du åbner sagen. "
                "Begrundelsen gemmes i loggen sammen med dit opslag."
            ).format(name=citizen_name or self.tr("Borgeren"))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QComboBox()
        self.reason.setObjectName("reasonInput")
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("Kollega er fraværende (sygdom/ferie)"),
                self.tr("Borgeren har henvendt sig"),
                self.tr("Overdragelse af sagen"),
                self.tr("Opfølgning som teamleder"),
                self.tr("Borgerens anmodning om indsigt"),
            ]
        )
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setPlaceholderText(self.tr("Begrundelse"))
        label = QLabel(self.tr("&Begrundelse:"))
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Åbn sagen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if self.text():
            super().accept()
