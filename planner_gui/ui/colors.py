"""Colours that stay readable: WCAG 2.1 AA contrast (4.5:1 for text) in a light and in a dark palette.

The screens colour some text themselves (a grey hint, a red error, a green "ok") and give some rows and banners a
light background of their own. Such colours are chosen here, against the palette in use: a colour that already reads
on the window's background is kept as designed, one that does not (the grey hint on a dark window) is moved to the
nearest shade that does. Text on the screens' own light backgrounds is always :data:`ON_LIGHT`, whatever the palette
says text is (white text on a pale yellow banner in a dark palette was unreadable). ``tests/ui/test_accessibility.py``
measures the drawn pixels of every screen in both palettes.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA_TEXT = 4.5  # WCAG 2.1 SC 1.4.3, normal text
AA_LARGE_TEXT = 3.0  # large text: 18 pt, or 14 pt bold

#: the screens' own text colours, as designed for a light window (a dark palette gets lighter shades of them)
MUTED = "#5a6570"
ERROR = "#a40000"
OK = "#1a6b1a"
WARNING = "#a04000"

#: text on the screens' own light backgrounds (banners, status colours in tables), in every palette
ON_LIGHT = "#1b1b1b"


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """``color`` drawn over ``background`` (its transparency blended away)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * a + background.redF() * (1 - a),
        color.greenF() * a + background.greenF() * (1 - a),
        color.blueF() * a + background.blueF() * (1 - a),
    )


def _color(c: QColor | str) -> QColor:
    # not QColor(QColor): resolving its overloads makes Qt's whole ``Qt`` namespace (see accessible_palette)
    return c if isinstance(c, QColor) else QColor(c)


def readable(color: QColor | str, background: QColor | str, ratio: float = AA_TEXT) -> QColor:
    """``color`` when it reads on ``background``; else the nearest shade of it that does (darker on a light
    background, lighter on a dark one)."""
    bg = _color(background)
    c = over(_color(color), bg)
    if contrast(c, bg) >= ratio:
        return c
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    darker = contrast(bg, black) >= contrast(bg, white)
    h, s, lightness, _a = c.getHslF()
    for step in range(1, 101):
        t = step / 100
        shade = QColor.fromHslF(max(h, 0.0), s, lightness * (1 - t) if darker else lightness + (1 - lightness) * t)
        if contrast(shade, bg) >= ratio:
            return shade
    return black if darker else white


def window_background(widget: QWidget | None = None) -> QColor:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window)


def text_color(designed: str, widget: QWidget | None = None) -> str:
    """One of :data:`MUTED`, :data:`ERROR`, :data:`OK`, :data:`WARNING` as it reads on the window's background."""
    return readable(designed, window_background(widget)).name()


def text_style(designed: str, widget: QWidget | None = None) -> str:
    """A style sheet giving a label :func:`text_color` (``label.setStyleSheet(text_style(ERROR))``)."""
    return f"color: {text_color(designed, widget)};"


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with the pairs of roles that carry text moved to AA contrast where they miss it (Qt's own Fusion
    palette draws white on a light blue selection, 3.6:1). Only the roles changed are set, so the rest still follow
    the system."""
    result = copy.copy(palette)  # not QPalette(palette): its overloads (Qt.GlobalColor) make Qt's whole ``Qt``
    # namespace, 93 enums and ~20 ms, before the login window is painted (issue 17)
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    for group in (Group.Active, Group.Inactive):
        highlight, text = result.color(group, Role.Highlight), result.color(group, Role.HighlightedText)
        if contrast(highlight, text) < AA_TEXT:
            result.setColor(group, Role.Highlight, readable(highlight, text))
        base, placeholder = result.color(group, Role.Base), result.color(group, Role.PlaceholderText)
        if contrast(over(placeholder, base), base) < AA_TEXT:
            result.setColor(group, Role.PlaceholderText, readable(placeholder, base))
        for fg, bg in (
            (Role.WindowText, Role.Window),
            (Role.Text, Role.Base),
            (Role.Text, Role.AlternateBase),
            (Role.ButtonText, Role.Button),
            (Role.ToolTipText, Role.ToolTipBase),
        ):
            if contrast(result.color(group, fg), result.color(group, bg)) < AA_TEXT:
                result.setColor(group, fg, readable(result.color(group, fg), result.color(group, bg)))
    return result


__all__ = [
    "AA_LARGE_TEXT",
    "AA_TEXT",
    "ERROR",
    "MUTED",
    "OK",
    "ON_LIGHT",
    "WARNING",
    "accessible_palette",
    "contrast",
    "luminance",
    "readable",
    "text_color",
    "text_style",
]
