"""Hjælp > Brugervejledning (F1): the user guide in a window of its own, from the app's own files (works offline).

The guide is ``resources/help/brugervejledning.md`` with its screenshots beside it; ``docs/make_screenshots.py`` makes
them from ``docs/brugervejledning.md`` and the real app. Qt renders the Markdown itself (``QTextDocument``), and the
images' relative paths resolve against the guide's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImage,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextFragment,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner_gui.ui.screens import fit_to_screen

GUIDE_NAME = "brugervejledning.md"
ENGLISH_SUMMARY = "English summary"  # the heading the English interface opens the guide at
MAX_IMAGE_WIDTH = 900  # a screenshot is shown at most this wide (smaller when the window is narrower)


def guide_path() -> Path:
    """The shipped guide (package data ``planner_gui.resources``: ``resources/help/`` in a source tree)."""
    from planner_gui.config import resources_dir

    return resources_dir() / "help" / GUIDE_NAME


class HelpDialog(QDialog):
    """The user guide; not modal, so it can stay open beside the main window."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Brugervejledning"))
        self.path = path or guide_path()
        self._originals: dict[str, QImage] = {}  # each screenshot at its own size
        self._fitted_width = 0
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Brugervejledning"))
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.load()
        fit_to_screen(self, 980, 760)
        self._start_at = ""
        if self.tr("Brugervejledning") != "Brugervejledning":  # the English interface: start at the English summary
            self._start_at = ENGLISH_SUMMARY
            self.show_section(ENGLISH_SUMMARY)
        self.browser.setFocus()

    def show_section(self, heading: str) -> bool:
        """Scroll to the heading ``heading`` (its text); False when the guide has no such heading."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text() == heading:
                self.browser.setTextCursor(QTextCursor(block))
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))  # the heading at the top of the window
                return True
            block = block.next()
        return False

    def load(self) -> None:
        folder = self.path.parent
        self.browser.setSearchPaths([str(folder)])
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as err:
            text = (
                "# "
                + self.tr("Brugervejledning")
                + "\n\n"
                + self.tr("Vejledningen kunne ikke åbnes ({error}).").format(error=err.strerror or err)
            )
        document.setMarkdown(text)
        document.setUndoRedoEnabled(False)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # read from the top
        self._fit_images()

    def image(self, name: str) -> QImage:
        """The image the guide shows as ``name`` (null when it cannot be found)."""
        kind = QTextDocument.ResourceType.ImageResource
        found = self.browser.document().resource(kind, QUrl(name))
        if found is None:
            found = self.browser.loadResource(kind, QUrl(name))
        if isinstance(found, QImage):
            return found
        if isinstance(found, QPixmap):
            return found.toImage()
        if isinstance(found, QByteArray | bytes):
            return QImage.fromData(found)
        return QImage()

    def _image_fragments(self) -> list[QTextFragment]:
        out: list[QTextFragment] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if it.fragment().charFormat().isImageFormat():
                    out.append(it.fragment())
                it += 1
            block = block.next()
        return out

    def image_formats(self) -> list[QTextImageFormat]:
        """Every image in the guide, in order, as it is shown (name, and width when scaled down)."""
        return [f.charFormat().toImageFormat() for f in self._image_fragments()]

    def image_names(self) -> list[str]:
        return [fmt.name() for fmt in self.image_formats()]

    def max_image_width(self) -> int:
        """The widest a screenshot is shown: the window's text width, at most :data:`MAX_IMAGE_WIDTH`."""
        room = (
            self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin()) - 64
        )  # room for a list's indent
        return max(200, min(MAX_IMAGE_WIDTH, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_images()
        if self._start_at:  # again, now that the window has its size and the pictures theirs
            heading, self._start_at = self._start_at, ""
            QTimer.singleShot(0, lambda: self.show_section(heading))

    def _fit_images(self) -> None:
        """Wide screenshots are shown scaled down (smoothly) to fit the window, keeping their proportions."""
        widest = self.max_image_width()
        if widest == self._fitted_width:
            return
        self._fitted_width = widest
        document = self.browser.document()
        kind = QTextDocument.ResourceType.ImageResource
        for name in dict.fromkeys(self.image_names()):
            if name not in self._originals:
                self._originals[name] = self.image(name)
            original = self._originals[name]
            if original.isNull():
                continue
            shown = original
            if original.width() > widest:
                shown = original.scaledToWidth(widest, Qt.TransformationMode.SmoothTransformation)
            document.addResource(kind, document.baseUrl().resolved(QUrl(name)), shown)  # where the painter looks
        document.markContentsDirty(0, document.characterCount())

    def headings(self) -> list[str]:
        """The guide's headings, in order (for tests and for a table of contents)."""
        out: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                out.append(block.text())
            block = block.next()
        return out
