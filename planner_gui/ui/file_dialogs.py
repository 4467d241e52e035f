"""Qt's own file dialog (the one used where the desktop offers no native dialog, as on most Linux desktops) with dates
as the rest of the app writes them: dd-mm-åååå tt:mm.

The dialog's "Ændringsdato" column comes from ``QFileSystemModel``, which formats with ``QLocale::system()``'s short
format (not the default locale the app sets): "5 12 2026 14:03" under a C or POSIX locale, "05.12.2026" under
da_DK. Every dialog of the app is opened by ``QFileDialog``'s static functions (tests replace them), so instead of a
dialog class of our own, the call is wrapped in :func:`danish_dates`: an application-wide event filter, for just that
while, gives the Qt file dialog, when it is first shown, a proxy model that writes that column as dd-MM-yyyy HH:mm,
and then takes itself away. Only for that while: a filter in Python for the application's whole life would run for
every event of every object, and make Python wrappers for objects Qt is in the middle of destroying (the kind of
thing that ends in a segmentation fault when the cycle collector later frees them). A native dialog (Windows,
macOS) has no such column of Qt's and is left alone: it follows the computer's own regional settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QTreeView

DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified


class FileDates(QIdentityProxyModel):
    """The file system model as it is, with its date column as dd-mm-åååå tt:mm."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DATE_COLUMN:
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                when = source.lastModified(self.mapToSource(index))
                if when.isValid():
                    return when.toString("dd-MM-yyyy HH:mm")
        return super().data(index, role)


def use_our_dates(dialog: QFileDialog) -> bool:
    """Give a Qt (non-native) file dialog the date format; True when it has it now."""
    if isinstance(dialog.proxyModel(), FileDates):
        return True
    tree = dialog.findChild(QTreeView)
    if tree is None:  # a native dialog: no widgets of Qt's
        return False
    dialog.setProxyModel(FileDates(dialog))
    room = tree.fontMetrics().horizontalAdvance("00-00-0000 00:00") + 2 * tree.fontMetrics().averageCharWidth()
    tree.header().resizeSection(DATE_COLUMN, max(tree.header().sectionSize(DATE_COLUMN), room))
    return True


class _Watcher(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QFileDialog) and use_our_dates(obj):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)  # done: the rest of the dialog's life passes no Python filter
        return False


@contextmanager
def danish_dates() -> Iterator[None]:
    """Around a static ``QFileDialog`` function: the Qt dialog it shows gets dates as dd-mm-åååå tt:mm."""
    app = QApplication.instance()
    if app is None:
        yield
        return
    watcher = _Watcher()
    app.installEventFilter(watcher)
    try:
        yield
    finally:
        app.removeEventFilter(watcher)
