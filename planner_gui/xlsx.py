"""Safe cells for every workbook the app writes (interchange export, reports, audit export).

Text that starts with ``=``, ``+``, ``-``, ``@``, tab, CR or NUL (OWASP CSV/formula injection; ASVS 5 V1.2.10) is
written as a text cell with Excel's quote prefix, so it is never evaluated as a formula and editing the cell keeps it
text. The value itself is unchanged, so an export read back reproduces it exactly.

XML 1.0 cannot carry NUL and most other C0 control characters, and an XML parser turns a bare CR into LF. Such
characters are written with OOXML's own escape, ``_xHHHH_`` (ECMA-376 ST_Xstring, the form Excel writes and reads);
an underscore that would otherwise start such a sequence is escaped as ``_x005F_``. :func:`decode_text` undoes it
when a workbook is read, so the value survives export and import unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\x00")
DATE_FORMAT = "yyyy-mm-dd"

# Characters an XML 1.0 document cannot hold as they are (tab and LF can), plus CR (normalised to LF by parsers),
# plus the start of a literal ``_xHHHH_`` (so that it is not decoded as an escape).
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff\ud800-\udfff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_PREFIXES)


def encode_text(value: str) -> str:
    """The OOXML form of ``value``: characters XML cannot carry faithfully become ``_xHHHH_``."""
    return _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", value)


def decode_text(value: str) -> str:
    """Undo :func:`encode_text` (and Excel's own ``_xHHHH_`` escapes) on a string read from a workbook."""
    if "_x" not in value:
        return value
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)


def text_cell(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=None)
    set_cell_text(cell, value)
    return cell


def safe_value(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A value ready for ``ws.append``: strings become safe text cells; dates get an ISO date format."""
    if isinstance(value, str):
        return text_cell(ws, value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def safe_row(ws: WriteOnlyWorksheet, values: tuple[Any, ...] | list[Any]) -> list[Any]:
    return [safe_value(ws, v) for v in values]


def set_cell_text(cell: Any, value: str) -> None:
    """Store text as a text cell (never a formula), quote-prefixed when it looks like one; works in every mode."""
    cell.value = encode_text(value)
    cell.data_type = "s"  # never "f", whatever the text starts with
    if is_dangerous(value):
        cell.quotePrefix = True


def write_safe(cell: Any, value: Any) -> None:
    if isinstance(value, str):
        set_cell_text(cell, value)
    else:
        cell.value = value
