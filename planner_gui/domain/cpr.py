"""CPR numbers (Danish personal identity numbers), by the rules in DOMAIN.md.

``DDMMYY-SSSS``: digits 1-6 are a real date, the 7th digit together with the year decides the century.
The modulus-11 check is not guaranteed for numbers issued since 2007, so it never decides validity alone;
:func:`passes_modulus11` is offered for information only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError

_CPR_RE = re.compile(r"^\s*(\d{6})-?(\d{4})\s*$", re.ASCII)  # ASCII: "١" is a \d too
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_ASCII_DIGITS = frozenset("0123456789")


#: Citizens deleted after the retention period keep a row whose CPR is replaced by this letter and random characters:
#: a CPR number is ten digits, so a pseudonym can never collide with one.
PSEUDONYM_PREFIX = "X"


def is_pseudonym(value: str) -> bool:
    return value.startswith(PSEUDONYM_PREFIX)


class CprError(UserError, ValueError):
    """A CPR number that is not valid; the message says why, in Danish."""


def century(seventh_digit: int, yy: int) -> int:
    """The century (1800, 1900 or 2000) for the 7th digit and the two-digit year, per the CPR table."""
    if not 0 <= seventh_digit <= 9 or not 0 <= yy <= 99:
        raise ValueError("digit or year out of range")
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5-8
    if yy <= 57:
        return 2000
    return 1800


@dataclass(frozen=True, slots=True)
class Cpr:
    """A validated CPR number, stored as ten digits without the dash."""

    digits: str

    @property
    def birth_date(self) -> dt.date:
        return birth_date(self.digits)

    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    def __str__(self) -> str:
        return self.formatted()


def normalize(text: str) -> str:
    """Return the ten digits of a well-formed CPR number, or raise :class:`CprError` saying what is wrong.

    Only the ASCII digits 0-9 count: full-width (``０``), Arabic-Indic and other Unicode digits are refused with a
    message naming the character, never normalised (NFKC) into a number the caseworker did not see typed."""
    if not isinstance(text, str):
        raise CprError(QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummeret skal være tekst"))
    m = _CPR_RE.match(text)
    if m is None:
        stripped = re.sub(r"[\s-]", "", text)
        if not stripped:
            raise CprError(QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummeret mangler"))
        odd = next((c for c in stripped if c not in _ASCII_DIGITS), None)
        if odd is not None:
            raise CprError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "CPR-nummeret må kun indeholde cifrene 0-9 og en bindestreg; {odd!r} (U+{odd2:04X}) er "
                    "ikke et af dem: {text!r}",
                ).format(odd=odd, odd2=ord(odd), text=text)
            )
        raise CprError(
            QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummeret skal have 10 cifre (DDMMÅÅ-SSSS), fik {stripped}").format(
                stripped=len(stripped)
            )
        )
    digits = m.group(1) + m.group(2)
    birth_date(digits)  # raises on an impossible date
    return digits


def birth_date(digits: str) -> dt.date:
    """The birth date encoded in ten CPR digits (century from the 7th digit)."""
    if len(digits) != 10 or not digits.isdigit():
        raise CprError(QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummeret skal have 10 cifre"))
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    year = century(int(digits[6]), yy) + yy
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CprError(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "CPR-nummeret {digits}-{digits2} begynder ikke med en gyldig dato (dag {day:02d}, måned "
                "{month:02d}, år {year})",
            ).format(digits=digits[:6], digits2=digits[6:], day=day, month=month, year=year)
        ) from None


def parse(text: str) -> Cpr:
    return Cpr(normalize(text))


def is_valid(text: str) -> bool:
    try:
        normalize(text)
    except CprError:
        return False
    return True


def passes_modulus11(digits: str) -> bool:
    """The old modulus-11 check. Informative only: numbers issued since 2007 may fail it and still be valid."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def age_on(digits: str, day: dt.date) -> int:
    """Age in whole years on ``day``."""
    born = birth_date(digits)
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def seventh_digit_for(born: dt.date, pick: int) -> int:
    """A 7th digit that encodes ``born``'s century; ``pick`` chooses among the allowed ones (for synthetic data)."""
    yy = born.year % 100
    allowed = [d for d in range(10) if century(d, yy) + yy == born.year]
    if not allowed:
        raise ValueError(f"no CPR century digit encodes the year {born.year}")
    return allowed[pick % len(allowed)]
