"""Danish texts of the Qt-free layers that the desktop shows in the user's language (issue 16).

The services, engines and domain speak Danish: their messages (``UserError``), validation problems and code labels
are Danish strings, and the command line, the log, the audit log and the workbooks use them as they are. The desktop
shows them in English too. For that a text is written as

    raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "notatet må højst have {n} tegn").format(n=MAX_TEXT))

``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` looks for: it files the literal under its context in
``resources/translations/planner_*.ts`` (``update.py`` runs lupdate over these layers as well as the ui). This module
never imports Qt: the function of that name here returns a :class:`Text`, a ``str`` (the Danish text, so everything
else keeps working unchanged) that also remembers its context, its template and the values ``format`` filled in. The
ui's ``planner_gui.ui.i18n.translated`` looks the template up with ``QCoreApplication.translate`` and fills in the
values, themselves translated when they are ``Text`` (a code label inside a message).

Contexts: ``Koder`` for code labels (target groups, effort types, statuses, field names), ``Meddelelser`` for
messages, ``Revisionsspor`` for the audit log's sentences (``domain/audit_text.describe``). Only a ``Text`` keeps
its template: ``"a" + text``, an f-string or ``"\\n".join(...)`` make a plain ``str``, which the ui shows as it is
(in Danish). So a message is one template, translated as a whole; pieces joined by punctuation alone (``file:line:
reason``) go through :func:`shape`, and a message that quotes another error's takes :func:`message_of` (``str(err)``
loses the template).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LABELS = "Koder"
MESSAGES = "Meddelelser"


class Text(str):
    """A Danish text that knows its translation context, its template and the values filled into it."""

    context: str
    template: str
    values: Mapping[str, Any]

    def __new__(cls, context: str, template: str, values: Mapping[str, Any] | None = None) -> Text:
        filled = dict(values or {})
        self = super().__new__(cls, template.format(**filled) if filled else template)
        self.context = context
        self.template = template
        self.values = filled
        return self

    def format(self, *args: Any, **values: Any) -> str:
        """The template with ``values`` filled in, still a ``Text``; positional arguments make a plain ``str``."""
        if args or self.values:
            return str.format(self, *args, **values)
        return Text(self.context, self.template, values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, dict(self.values)))


def shape(template: str, **values: Any) -> str:
    """Pieces put together by punctuation alone (``"{where}: {reason}"``, ``"{where}.{key}"``): a :class:`Text` that
    has no translation (lupdate never sees it, so the ui shows the template as it is) but whose pieces the ui
    translates, when any is a ``Text``; else the plain ``str``."""
    if not any(isinstance(v, Text) for v in values.values()):
        return template.format(**values)
    return Text(MESSAGES, template, values)


def message_of(err: BaseException) -> str:
    """An error's message, still the :class:`Text` it was raised with (``str(err)`` makes it a plain Danish
    ``str``): for a message that names another error's, ``"{path}: {reason}"``."""
    return err.args[0] if len(err.args) == 1 and isinstance(err.args[0], str) else str(err)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # the name pyside6-lupdate recognises
    """Mark ``text`` for translation under ``context``; returns it as a :class:`Text`."""
    return Text(context, text)
