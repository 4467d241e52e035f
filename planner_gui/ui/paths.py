"""Where the file dialogs start: the user's documents folder (Windows' Dokumenter, XDG's Documents), never the
folder the app happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's documents folder when it exists, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(name: str = "") -> str:
    """A file dialog's starting point: ``name`` in the documents folder (the folder itself without a name)."""
    return str(documents_folder() / name) if name else str(documents_folder())
