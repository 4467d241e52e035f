"""Safe cells for every workbook the app writes (interchange export, reports, audit export).

Text that starts with ``=``, ``+``, ``-``, ``@``, tab, CR or NUL (OWASP CSV/formula injection; ASVS 5 V1.2.10) is
written as a text cell with Excel's quote prefix, so it is never evaluated as a formula and editing the cell keeps it
text. The value itself is unchanged, so an export read back reproduces it exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\x00")
DATE_FORMAT = "yyyy-mm-dd"


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_PREFIXES)


def text_cell(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=None)
    cell.value = value
    cell.data_type = "s"  # never "f", whatever the text starts with
    if is_dangerous(value):
        cell.quotePrefix = True
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
    """For normal (not write-only) worksheets: store text as text, quote-prefixed when it looks like a formula."""
    cell.value = value
    cell.data_type = "s"
    if is_dangerous(value):
        cell.quotePrefix = True


def write_safe(cell: Any, value: Any) -> None:
    if isinstance(value, str):
        set_cell_text(cell, value)
    else:
        cell.value = value
