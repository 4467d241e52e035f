"""CVR numbers (Danish company registration numbers): eight digits, weights 2,7,6,5,4,3,2,1, sum divisible by 11."""

from __future__ import annotations

import re

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError

_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
_CVR_RE = re.compile(r"^\s*(?:DK)?\s*(\d{8})\s*$", re.IGNORECASE | re.ASCII)


class CvrError(UserError, ValueError):
    """A CVR number that is not valid; the message says why, in Danish."""


def checksum_ok(digits: str) -> bool:
    return (
        len(digits) == 8
        and digits.isdigit()
        and sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0
    )


def normalize(text: str) -> str:
    """Return the eight digits of a valid CVR number, or raise :class:`CvrError` saying what is wrong."""
    if not isinstance(text, str):
        raise CvrError(QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret skal være tekst"))
    m = _CVR_RE.match(text.replace(" ", ""))
    if m is None:
        stripped = re.sub(r"\s", "", text)
        if not stripped:
            raise CvrError(QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret mangler"))
        if not (stripped.isdigit() and stripped.isascii()):
            raise CvrError(
                QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret må kun indeholde cifrene 0-9: {text!r}").format(
                    text=text
                )
            )
        raise CvrError(
            QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret skal have 8 cifre, fik {stripped}").format(
                stripped=len(stripped)
            )
        )
    digits = m.group(1)
    if digits[0] == "0":
        raise CvrError(
            QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret {digits} kan ikke begynde med 0").format(digits=digits)
        )
    if not checksum_ok(digits):
        raise CvrError(
            QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret {digits} har en forkert kontrolsum (modulus 11)").format(
                digits=digits
            )
        )
    return digits


def is_valid(text: str) -> bool:
    try:
        normalize(text)
    except CvrError:
        return False
    return True


def complete(first_seven: str) -> str | None:
    """The eight-digit CVR number with these first seven digits, or None when no check digit fits."""
    partial = sum(int(d) * w for d, w in zip(first_seven, _WEIGHTS[:7], strict=True))
    last = (-partial) % 11
    if last == 10:
        return None
    return first_seven + str(last)
