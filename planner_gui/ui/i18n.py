"""Show the Qt-free layers' Danish texts in the user's language (the other half of ``planner_gui.domain.i18n``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from planner_gui.domain.i18n import Text
from planner_gui.errors import ValidationError


def translated(text: Any) -> str:
    """A :class:`Text` (a code label, a service's message) in the installed language, with its values filled in and
    translated too; anything else as ``str`` (a name, or a text built without a template: shown as it is)."""
    if not isinstance(text, Text):
        return "" if text is None else str(text)
    template = QCoreApplication.translate(text.context, text.template)
    if not text.values:
        return template
    values = {k: translated(v) if isinstance(v, Text) else v for k, v in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder: the Danish text
        return str(text)


def error_text(err: BaseException) -> str:
    """An error's message in the installed language: each problem of a ``ValidationError`` on its own line."""
    if isinstance(err, ValidationError):
        return "\n".join(translated(e) for e in err.errors)
    if len(err.args) == 1 and isinstance(err.args[0], Text):
        return translated(err.args[0])
    return str(err)
