"""A member of staff's contact details: the phone number and e-mail address a citizen sees on "Min plan".

- Phone: a Danish number, 8 digits, optionally after ``+45`` (or ``0045``); spaces, dots and hyphens between the
  digits are allowed. Stored and shown as four pairs, ``43 21 12 34`` (the country code is implied).
- E-mail: the basic shape ``navn@domæne.dk``: one ``@``, something before it, a domain with a dot after it, no spaces.
  Stored as typed (stripped; the domain in lower case).

Both may be empty (no number or address on file). The messages are Danish, in lower case like every service message
(the screens capitalise them).
"""

from __future__ import annotations

import re

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.text import TextError, clean_line

PHONE_EXAMPLE = "43 21 12 34"
EMAIL_MAX = 254
_PHONE = re.compile(r"^(?:(?:\+|00)\s*45\s*)?([0-9][0-9 .\-]*[0-9])$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


class ContactError(TextError):
    """A phone number or an e-mail address that does not have the expected shape."""


def clean_phone(value: str) -> str:
    """The number as ``43 21 12 34``, or ``""`` when empty. Raises :class:`ContactError`."""
    text = clean_line(value)
    if not text:
        return ""
    match = _PHONE.match(text)
    digits = re.sub(r"[ .\-]", "", match.group(1)) if match else ""
    if len(digits) != 8:
        raise ContactError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "telefonnummeret {text!r} skal have 8 cifre, eventuelt med +45 foran (fx {example})"
            ).format(text=text, example=PHONE_EXAMPLE)
        )
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def clean_email(value: str) -> str:
    """The address, stripped and with the domain in lower case, or ``""`` when empty. Raises :class:`ContactError`."""
    text = clean_line(value)
    if not text:
        return ""
    if len(text) > EMAIL_MAX or not _EMAIL.match(text) or ".." in text:
        raise ContactError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "e-mailadressen {text!r} ser ikke rigtig ud; den skal have formen navn@kommune.dk"
            ).format(text=text)
        )
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"
