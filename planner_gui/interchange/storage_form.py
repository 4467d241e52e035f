"""Values as the database stores them, for the import's bulk writes and its comparison with the rows held.

A re-import of a large workbook compares millions of rows with those the database holds, and a first import writes
millions: both are cheapest with each row made once in the form the driver takes and gives back (on SQLite a UUID is
32 hex digits and a date its ISO text, as SQLAlchemy's types store them; on PostgreSQL both are native and the form is
the Python value). Each column's own bind processor makes that form, applied once per distinct value (dates, codes
and ids repeat on every row), never once per cell; new ids are drawn in bulk, not as one ``uuid4()`` object per row.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Connection

from planner_gui.interchange.memo import Memo

_KEPT = 100_000  # distinct values remembered per converter; the memory starts afresh beyond this

# The version (4) and variant (RFC 4122) bits of a random UUID, as uuid.uuid4() sets them: per 16 bytes, the mask
# keeps the random bits and the bits are then set.
_KEEP = int.from_bytes(b"\xff" * 6 + b"\x0f\xff" + b"\x3f" + b"\xff" * 7, "big")
_SET = int.from_bytes(b"\x00" * 6 + b"\x40\x00" + b"\x80" + b"\x00" * 7, "big")
_ID_BATCH = 65_536
_REPEATED: dict[int, tuple[int, int]] = {}


def _repeated(n: int) -> tuple[int, int]:
    """The mask and the bits for ``n`` UUIDs side by side in one integer."""
    got = _REPEATED.get(n)
    if got is None:
        keep = int.from_bytes(_KEEP.to_bytes(16, "big") * n, "big")
        bits = int.from_bytes(_SET.to_bytes(16, "big") * n, "big")
        got = (keep, bits)
        if len(_REPEATED) > 8:
            _REPEATED.clear()
        _REPEATED[n] = got
    return got


def random_uuid_hex(n: int) -> list[str]:
    """``n`` random version-4 UUIDs (as ``uuid.uuid4()`` makes them, from ``os.urandom``), as 32 hex digits each."""
    out: list[str] = []
    while len(out) < n:
        k = min(_ID_BATCH, n - len(out))
        keep, bits = _repeated(k)
        digits = ((int.from_bytes(os.urandom(16 * k), "big") & keep) | bits).to_bytes(16 * k, "big").hex()
        out.extend(digits[i : i + 32] for i in range(0, 32 * k, 32))
    return out


def new_ids(conn: Connection, column: ColumnElement[Any], n: int) -> list[Any]:
    """``n`` new random ids for the UUID ``column``, as the database stores them (see :func:`converter`), in
    ascending order: inserted in that order, they extend the primary key's index at one end."""
    hexes = sorted(random_uuid_hex(n))
    proc = column.type._cached_bind_processor(conn.dialect)
    if proc is None:  # a native UUID column: the driver takes UUID objects
        return [uuid.UUID(h) for h in hexes]
    if not hexes or proc(uuid.UUID(hexes[0])) == hexes[0]:  # stored as the 32 hex digits (SQLAlchemy's Uuid)
        return list(hexes)
    return [proc(uuid.UUID(h)) for h in hexes]


def converter(conn: Connection, column: ColumnElement[Any]) -> Callable[[Any], Any]:
    """Python value -> the value as ``column`` stores it (its bind processor; None stays None), remembered per
    distinct value. For columns whose values repeat (dates, codes, ids of staff, companies, dimensions)."""
    proc = column.type._cached_bind_processor(conn.dialect)
    if proc is None:
        return _same
    memo: dict[tuple[type, Any], Any] = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        key = (value.__class__, value)  # 1, 1.0 and True are equal but may not be stored alike
        got = memo.get(key, _MISSING)
        if got is _MISSING:
            got = proc(value)
            if len(memo) >= _KEPT:
                memo.clear()
            memo[key] = got
        return got

    return convert


def date_converter(conn: Connection, column: ColumnElement[Any]) -> Callable[[Any], Any]:
    """:func:`converter` for a date column, whose values are dates or None (no two of them equal across types, as
    1, 1.0 and True are: the value alone is its key): a dict's own lookup per value, no Python call for a value met
    before."""
    proc = column.type._cached_bind_processor(conn.dialect)
    if proc is None:
        return _same
    return Memo(proc, _KEPT, {None: None}).__getitem__


def _same(value: Any) -> Any:
    return value


_MISSING: Any = object()
