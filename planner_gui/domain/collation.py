"""Danish alphabetical order without Qt: a sort key that orders names as ICU's ``da-DK`` collation does (CLDR's Danish
rules), for the layers that may not import Qt (the database file's ``ORDER BY``, the services' own sorting).

The rules: æ, ø, å after z (ä as æ, ö and ő as ø, ü as y); "aa" is "å" (Aagaard after Øster, an old spelling of the
same letter), as a contraction of "aa", "Aa" or "AA"; case ignored until everything else is equal, and then capitals
first (Danish ``caseFirst=upper``); accents second (Eric before Éric); spaces and punctuation before digits before
letters ("Hansen Berg" before "Hansen-Berg" before "Hansenberg"). Three levels as in ICU (letters, then accents, then
case), and the text itself last, as PostgreSQL breaks ICU's ties.

The team server sorts with ICU itself (the collation ``planner_danish``, migration 0011) and the screens with Qt's
``QCollator`` (``planner_gui.ui.collation``, also ICU); ``tests/domain/test_collation.py`` holds this key to the
same order as both."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# ICU's root order of the ASCII punctuation and symbols (all before digits and letters)
_PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"

_SPACE, _PUNCT, _OTHER, _DIGIT, _LETTER, _NONLATIN = 0x000100, 0x000200, 0x001000, 0x200000, 0x300000, 0x400000

# Danish letters and their tailored variants, as letter and accents (NFD): -> (letters of the primary, secondary
# weight). The secondary of a plain letter is 1, of an accent 2-63, and above every accent for these tailored ones.
_TAILORED: dict[str, tuple[str, int]] = {
    "æ": ("æ", 1),
    "a\u0308": ("æ", 0x40),  # ä
    "ø": ("ø", 1),
    "o\u0308": ("ø", 0x40),  # ö
    "o\u030b": ("ø", 0x41),  # ő
    "a\u030a": ("å", 1),  # å
    "u\u0308": ("y", 0x40),  # ü
    "u\u030b": ("y", 0x41),  # ű
    "ð": ("d", 0x40),
    "đ": ("d", 0x41),
    "þ": ("th", 0x40),
    "ß": ("ss", 0x40),
    "œ": ("oe", 0x40),
    "ĳ": ("ij", 0x40),
}

# ICU's secondary order of the common accents (after a plain letter)
_ACCENTS = {
    cp: 2 + i
    for i, cp in enumerate(
        (0x0301, 0x0300, 0x0306, 0x0302, 0x030C, 0x030A, 0x0308, 0x030B, 0x0303, 0x0307, 0x0327, 0x0328, 0x0304)
    )
}

_UPPER, _MIXED, _LOWER = 1, 2, 3  # tertiary: capitals first


def _letter_weight(letter: str) -> int:
    i = _LETTERS.find(letter)
    return _LETTER + i if i >= 0 else _NONLATIN + ord(letter)


def _accents(marks: str) -> int:
    return min(0x3F, 1 + sum(_ACCENTS.get(ord(m), 0x20) for m in marks)) if marks else 1


def _units(text: str) -> list[tuple[str, str]]:
    """``text`` (NFD) as letters with their accents; "aa", "Aa" and "AA" (also with accents on the second "a",
    as ICU reads "aå") as one letter."""
    units: list[tuple[str, str]] = []
    for ch in text:
        if unicodedata.combining(ch) and units:
            base, marks = units[-1]
            units[-1] = (base, marks + ch)
        elif ch in "aA" and units and not units[-1][1] and units[-1][0] + ch in ("aa", "Aa", "AA"):
            units[-1] = (units[-1][0] + ch, "")
        else:
            units.append((ch, ""))
    return units


def _weights(base: str, marks: str) -> tuple[list[int], list[int], list[int]]:
    """The primary, secondary and tertiary weights of one letter with its accents."""
    if len(base) == 2:  # "aa" = å, after "Å" and "å" by case: å <<< Å <<< aa <<< Aa <<< AA
        return [_letter_weight("å")], [_accents(marks)], [{"AA": _UPPER, "Aa": _MIXED}.get(base, _LOWER) * 4 + 1]
    lower = base.lower()
    case = _UPPER if base != lower else _LOWER
    for key, rest in ((lower + marks[:1], marks[1:]), (lower, marks)):
        if key in _TAILORED:
            letters, secondary = _TAILORED[key]
            if rest:
                secondary = min(0x7F, secondary + _accents(rest))
            variant = 0 if len(letters) == 1 and secondary < 0x40 else 1
            return [_letter_weight(x) for x in letters], [secondary] * len(letters), [case * 4 + variant] * len(letters)
    if base.isspace():
        return [_SPACE], [1], [_LOWER * 4]
    if base.isdigit() and base.isascii():
        return [_DIGIT + int(base)], [1], [_LOWER * 4]
    if base in _PUNCTUATION:
        return [_PUNCT + _PUNCTUATION.index(base)], [1], [_LOWER * 4]
    if base.isalpha():
        return [_letter_weight(lower)], [_accents(marks)], [case * 4]
    return [_OTHER + ord(base)], [1], [_LOWER * 4]


@lru_cache(maxsize=65536)
def danish_key(text: str | None) -> bytes:
    """A key whose byte order is the Danish order of ``text`` (``None`` as empty text): compare keys with ``<``, or
    let a database compare them as BLOBs."""
    text = text or ""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for base, marks in _units(unicodedata.normalize("NFD", text)):
        p, s, t = _weights(base, marks)
        primary += p
        secondary += s
        tertiary += t
    return b"".join(
        (
            b"".join(w.to_bytes(3, "big") for w in primary),
            b"\0\0\0",
            bytes(secondary),
            b"\0",
            bytes(tertiary),
            b"\0",
            text.encode("utf-8", "surrogatepass"),  # PostgreSQL breaks ICU's ties by the bytes
        )
    )


__all__ = ["danish_key"]
