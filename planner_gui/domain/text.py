"""The one rule for text that people type or import: names, codes, initials and free-text notes.

Every text is NFC-normalised (``"e" + U+0301`` and ``"é"`` are the same name). Refused anywhere:

* control characters: C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F); only free text may hold tab and line breaks
  (CR LF and a lone CR become LF);
* bidirectional formatting characters, which reorder what is shown (an RLO, U+202E, makes "Jens" print as "sneJ"):
  the embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069 and the marks U+200E, U+200F, U+061C;
* line and paragraph separators (U+2028, U+2029), lone surrogates (a ``_xD800_`` escape) and the non-characters
  U+FFFE/U+FFFF, which no file or database can store.

Names must show something: a name that is empty once whitespace and invisible format characters (zero-width space,
zero-width joiners, soft hyphen, BOM: Unicode category Cf) are removed is refused. Codes and initials may not hold
format characters or whitespace inside at all (``ad<ZWSP>min`` is not ``admin``).
"""

from __future__ import annotations

import re
import unicodedata

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SEPARATORS = frozenset("\u2028\u2029")
_NONCHARACTERS = frozenset("\ufffe\uffff")
_FREE_TEXT_CONTROLS = frozenset("\t\n")


class TextError(UserError, ValueError):
    """Text that breaks the rule above; the message says which character and where, in Danish."""


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\x00": "NUL", "\x1b": "ESC", "\r": "CR", "\n": "LF", "\t": "TAB"}.get(ch, "")
        if not name:
            return QT_TRANSLATE_NOOP("Meddelelser", "U+{code} kontroltegn").format(code=f"{ord(ch):04X}")
    return f"U+{ord(ch):04X} {name}".rstrip()


def _kind(ch: str) -> str | None:
    """Why ``ch`` may not appear in any text, or None."""
    o = ord(ch)
    if o < 0x20 or 0x7F <= o <= 0x9F:
        return QT_TRANSLATE_NOOP("Meddelelser", "kontroltegn")
    if ch in BIDI_CONTROLS:
        return QT_TRANSLATE_NOOP("Meddelelser", "tegn der vender skriveretningen")
    if ch in _SEPARATORS:
        return QT_TRANSLATE_NOOP("Meddelelser", "linjeskift")
    if 0xD800 <= o <= 0xDFFF:
        return QT_TRANSLATE_NOOP("Meddelelser", "ugyldigt tegn (enlig surrogat)")
    if ch in _NONCHARACTERS:
        return QT_TRANSLATE_NOOP("Meddelelser", "ugyldigt tegn")
    return None


# Every character _kind refuses, as one character class: the common case (nothing refused) is one regex search
# instead of a Python call per character (an import checks millions of cells). Free text allows tab and LF.
_KIND_CLASS = "".join(sorted(BIDI_CONTROLS | _SEPARATORS | _NONCHARACTERS)) + "\x7f-\x9f\ud800-\udfff"
_REFUSED = re.compile(f"[\x00-\x1f{_KIND_CLASS}]")
_REFUSED_FREE_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_KIND_CLASS}]")


def problem(value: str, *, free_text: bool = False, code: bool = False) -> str | None:
    """The first reason ``value`` is refused (before normalisation), or None. Checks characters only."""
    if (_REFUSED_FREE_TEXT if free_text else _REFUSED).search(value) is None and (
        not code or (value.isascii() and " " not in value)  # ASCII holds no Cf; its other spaces are controls
    ):
        return None
    for i, ch in enumerate(value, 1):
        if free_text and ch in _FREE_TEXT_CONTROLS:
            continue
        why = _kind(ch)
        if why is None and code and (unicodedata.category(ch) == "Cf" or ch.isspace()):
            why = QT_TRANSLATE_NOOP("Meddelelser", "usynligt tegn eller mellemrum")
        if why is not None:
            return QT_TRANSLATE_NOOP("Meddelelser", "indeholder {what} ({char}) på plads {position}").format(
                what=why, char=_describe(ch), position=i
            )
    return None


def _check(value: str, *, free_text: bool = False, code: bool = False) -> None:
    why = problem(value, free_text=free_text, code=code)
    if why is not None:
        raise TextError(why)


def is_visible(value: str) -> bool:
    """True when ``value`` shows at least one character (not only whitespace or format characters)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in value)


def clean_name(value: str) -> str:
    """A person's or a company's name: NFC, no control or bidi characters, surrounding spaces removed, not blank.

    Raises :class:`TextError`; an empty name raises with the reason ``mangler``.
    """
    _check(value)
    s = unicodedata.normalize("NFC", value).strip()
    if not s:
        raise TextError(QT_TRANSLATE_NOOP("Meddelelser", "mangler"))
    if not is_visible(s):
        raise TextError(QT_TRANSLATE_NOOP("Meddelelser", "består kun af usynlige tegn"))
    return s


def clean_line(value: str) -> str:
    """One line of text that may be empty (a team, a title): NFC, no control or bidi characters, stripped."""
    _check(value)
    return unicodedata.normalize("NFC", value).strip()


def clean_code(value: str) -> str:
    """A code or initials: NFC, stripped, no control, bidi, format or whitespace characters inside; may be empty."""
    s = unicodedata.normalize("NFC", value)
    _check(s.strip(" "), code=True)
    return s.strip(" ")


def clean_free_text(value: str) -> str:
    """A note or a plan text: NFC, CR LF and CR become LF, tab and LF allowed, other controls and bidi refused."""
    s = value.replace("\r\n", "\n").replace("\r", "\n")
    _check(s, free_text=True)
    return unicodedata.normalize("NFC", s)
