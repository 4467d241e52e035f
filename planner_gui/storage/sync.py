"""Rows for offline work: which tables travel with a citizen, their rows as JSON, and the three-way merge of one row.

The merge compares, per field, the base (the row as last agreed, kept on the laptop in ``sync_base``), mine (the
laptop's row) and theirs (the server's row): a field changed on one side only takes that side's value; a field changed
on both sides to different values is a conflict; both sides equal is no change. Bookkeeping columns (id, version,
created_at, updated_at, updated_by, citizen_id) are never merged. See ``docs/offline.md``.

Works on both dialects through SQLAlchemy Core (the ORM's version counter is handled here explicitly: an update on
the server is ``… SET version = version + 1 WHERE id = :id AND version = :seen``, so a colleague's concurrent save is
noticed, never overwritten).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, Table, Uuid, delete, insert, select, update
from sqlalchemy.orm import Session

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import ConcurrentEdit
from planner_gui.storage.tables import Base, utcnow

# The tables of a citizen's case, parents first (a caseworker's INSERT of a new citizen's rows on the team
# database passes row-level security only once the assignment to her is in).
CASE_TABLES = (
    "citizens",
    "assignments",
    "plans",
    "sub_goals",
    "benefit_periods",
    "efforts",
    "ordinary_hours",
    "measurements",
    "exits",
    "notes",
)
META = frozenset({"id", "version", "created_at", "updated_at", "updated_by", "citizen_id"})

# Conflict field names: ``sheet.column`` of the interchange workbook (CONTRACT.md section 2), ``plan.<field>``.
FIELDS: dict[str, tuple[str, dict[str, str]]] = {
    "citizens": ("borgere", {"cpr": "cpr", "first_name": "fornavn", "last_name": "efternavn"}),
    "plans": (
        "plan",
        {
            "own_goal": "eget_maal",
            "job_goal": "job_maal",
            "next_step": "naeste_skridt",
            "next_meeting": "naeste_moede",
            "handover_note": "overdragelsesnotat",
            "handover_from": "overdraget_fra",
        },
    ),
    "sub_goals": (
        "delmaal",
        {"position": "nr", "text": "tekst", "status": "status", "start": "start", "deadline": "frist"},
    ),
    "benefit_periods": ("ydelser", {"target_group": "maalgruppe", "start": "fra", "end": "til"}),
    "assignments": ("sagsbehandlere", {"staff_id": "initialer", "role": "rolle", "start": "fra", "end": "til"}),
    "efforts": (
        "indsatser",
        {
            "category": "kategori",
            "responsible": "ansvarlig",
            "company_id": "cvr",
            "start": "fra",
            "end": "til",
            "hours_per_week": "timer_pr_uge",
            "note": "bemaerkning",
        },
    ),
    "ordinary_hours": ("ordinaere_timer", {"month": "maaned", "hours": "timer"}),
    "measurements": (
        "maalinger",
        {"dimension_id": "dimension", "date": "dato", "score": "score", "rater": "vurderet_af", "note": "note"},
    ),
    "exits": ("afgange", {"date": "dato", "type": "type"}),
    "notes": ("notater", {"date": "dato", "kind": "art", "author": "initialer", "text": "tekst"}),
}


def field_name(table: str, column: str) -> str:
    sheet, columns = FIELDS[table]
    return f"{sheet}.{columns.get(column, column)}"


def table(name: str) -> Table:
    return Base.metadata.tables[name]


# ------------------------------------------------------------------------------------------------ values


def encode(value: Any) -> Any:
    """A column value as JSON (dates ISO, UUIDs as text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def decode(tbl: Table, column: str, value: Any) -> Any:
    """A JSON value back to the column's Python type."""
    if value is None:
        return None
    kind = tbl.c[column].type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    return value


Row = dict[str, Any]  # column -> JSON value


def as_row(mapping: Any) -> Row:
    """A result row (a ``RowMapping``) or dict as JSON values."""
    return {str(k): encode(v) for k, v in dict(mapping).items()}


def dumps(row: Mapping[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def data_columns(name: str) -> list[str]:
    return [c.name for c in table(name).columns if c.name not in META]


def read_rows(session: Session, name: str, citizen_ids: Iterable[uuid.UUID], *, lock: bool = False) -> dict[str, Row]:
    """Every row of ``name`` belonging to the citizens, by id (as text); ``lock``: SELECT … FOR UPDATE (server)."""
    tbl = table(name)
    ids = list(citizen_ids)
    out: dict[str, Row] = {}
    key = tbl.c.id if name == "citizens" else tbl.c.citizen_id
    for i in range(0, len(ids), 500):
        q = select(tbl).where(key.in_(ids[i : i + 500]))
        if lock and session.get_bind().dialect.name == "postgresql":
            q = q.with_for_update()
        for r in session.execute(q).mappings():
            row = as_row(r)
            out[str(row["id"])] = row
    return out


def insert_row(session: Session, name: str, row: Row) -> None:
    tbl = table(name)
    session.execute(insert(tbl).values({k: decode(tbl, k, v) for k, v in row.items() if k in tbl.c}))


def update_row(session: Session, name: str, row_id: str, values: Row, *, seen_version: int | None) -> None:
    """Set ``values`` on one row; with ``seen_version`` (the server) the version counter must still be that, and is
    raised by one, else :class:`ConcurrentEdit`."""
    tbl = table(name)
    vals = {k: decode(tbl, k, v) for k, v in values.items()}
    q = update(tbl).where(tbl.c.id == uuid.UUID(row_id))
    if seen_version is not None:
        q = q.where(tbl.c.version == seen_version)
        vals["version"] = seen_version + 1
    result = session.execute(q.values(vals))
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentEdit(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{table} {row}: rækken blev ændret af en anden under synkroniseringen"
            ).format(table=name, row=row_id)
        )


def delete_row(session: Session, name: str, row_id: str) -> None:
    tbl = table(name)
    session.execute(delete(tbl).where(tbl.c.id == uuid.UUID(row_id)))


def stamp(initials: str) -> Row:
    """The bookkeeping of a change made on a user's behalf."""
    return {"updated_at": encode(utcnow()), "updated_by": initials}


# ------------------------------------------------------------------------------------------------ the merge


@dataclass
class Cell:
    """A field changed on both sides to different values."""

    column: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class Merged:
    """The outcome of merging one row present on both sides."""

    to_server: Row = field(default_factory=dict)  # fields the server must take from the laptop
    to_laptop: Row = field(default_factory=dict)  # fields the laptop must take from the server
    agreed: Row = field(default_factory=dict)  # the new base (conflicting fields keep their old base)
    conflicts: list[Cell] = field(default_factory=list)


def merge_row(name: str, base: Row | None, mine: Row, theirs: Row, chosen: Mapping[str, Any] | None = None) -> Merged:
    """Three-way merge of one row by field. ``chosen``: column -> the value a resolved conflict settled on."""
    out = Merged()
    for col in data_columns(name):
        b = base.get(col) if base is not None else None
        m, t = mine.get(col), theirs.get(col)
        if chosen is not None and col in chosen:
            value = chosen[col]
        elif m == t:
            value = m
        elif base is not None and m == b:
            value = t
        elif base is not None and t == b:
            value = m
        else:
            out.conflicts.append(Cell(col, b, m, t))
            out.agreed[col] = b if base is not None else t
            continue
        out.agreed[col] = value
        if m != value:
            out.to_laptop[col] = value
        if t != value:
            out.to_server[col] = value
    return out
