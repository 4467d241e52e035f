"""Window sizes that fit the screen: a laptop of 1366x768 at 150 % scaling has 911x512 logical pixels to show a
window in, less than the app's default sizes (``tests/ui/test_accessibility.py`` checks at 150 % and 200 %)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room for the window's title bar and borders, which the window manager adds outside the window's own size
FRAME_WIDTH, FRAME_HEIGHT = 16, 48


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or to the screen's free area where that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_WIDTH)
        height = min(height, free.height() - FRAME_HEIGHT)
    window.resize(max(width, window.minimumSizeHint().width()), max(height, window.minimumSizeHint().height()))
