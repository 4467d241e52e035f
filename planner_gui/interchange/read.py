"""Import an interchange workbook: validate every row of every sheet first, then write everything in one transaction.

All or nothing: on any error nothing is written and every error is reported as ``sheet!row column: reason``.
Rows of ``medarbejdere``, ``virksomheder``, ``borgere`` and ``planer`` whose key the database holds update that record;
a row of the other sheets identical to one already held is skipped, so importing the same workbook twice changes
nothing. The plan sheets and the optional columns (``indsatser.bemaerkning``, ``maalinger.note``) may be absent; a row
of a sheet without its optional note column is compared without the note (and stored with an empty one).
Writes are set-based (Core bulk inserts in chunks), never one ORM object per row.
This is the engine (:func:`read_rows`, :func:`validate`, :func:`write`, given a session); the action, with its access
check, its one transaction and its audit row, is :func:`planner_gui.services.interchange.import_workbook`.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, is_, itemgetter
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter
from sqlalchemy import Table, bindparam, func, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from planner_gui.domain import cpr as cprmod
from planner_gui.domain import cvr as cvrmod
from planner_gui.domain import text as textrule
from planner_gui.domain.codes import (
    ASSIGNMENT_ROLES,
    EFFORT_CATEGORIES,
    EXIT_TYPES,
    RATERS,
    RESPONSIBLE_UNITS,
    STAFF_ROLES,
    SUBGOAL_STATUSES,
    TARGET_GROUPS,
)
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of, shape
from planner_gui.errors import UserError, ValidationError
from planner_gui.interchange import fastread
from planner_gui.interchange.guard import check_workbook_file
from planner_gui.interchange.schema import NOTE_KINDS, OPTIONAL_COLUMNS, SHEETS, base_sheet
from planner_gui.interchange.storage_form import converter, date_converter, new_ids
from planner_gui.storage.bulk import bulk_insert
from planner_gui.storage.tables import (
    Assignment,
    BenefitPeriod,
    Citizen,
    Company,
    Effort,
    Exit,
    Instrument,
    InstrumentDimension,
    Measurement,
    Note,
    OrdinaryHours,
    Plan,
    Staff,
    SubGoal,
    utcnow,
)
from planner_gui.xlsx import decode_text

CHUNK = 20_000
MAX_FREE_TEXT = 32_767  # Excel's limit for one cell: plan texts, sub-goals, notes and remarks
MAX_ERRORS_KEPT = 10_000
_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_YES = {"ja": True, "nej": False}


class ImportErrors(ValidationError):
    """Every problem found in a workbook; nothing was written."""


def at(where: str, reason: str) -> str:
    """``where: reason`` (a sheet, row and column), the reason still translatable."""
    return shape("{where}: {reason}", where=where, reason=reason)


class RowValues(Mapping[str, Any]):
    """A row's values keyed by column: the values in a tuple plus the sheet's shared column -> position map."""

    __slots__ = ("_cells", "_index")

    def __init__(self, cells: tuple[Any, ...], index: dict[str, int]) -> None:
        self._cells = cells
        self._index = index

    def __getitem__(self, column: str) -> Any:
        return self._cells[self._index[column]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, column: object) -> bool:
        return column in self._index

    def get(self, column: str, default: Any = None) -> Any:
        i = self._index.get(column)
        return default if i is None else self._cells[i]

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(slots=True)
class Row:
    sheet: str  # the actual sheet name (may be a continuation such as ``ydelser_2``)
    number: int  # the Excel row number
    values: Mapping[str, Any]


@dataclass
class ImportResult:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # initials -> "old → new" (or "ny: role") for the audit

    def summary(self) -> str:
        parts = []
        for sheet in SHEETS:
            i, u, s = self.inserted.get(sheet, 0), self.updated.get(sheet, 0), self.skipped.get(sheet, 0)
            if i or u or s:
                parts.append(f"{sheet}: {i} nye, {u} opdateret, {s} uændret")
        return "; ".join(parts) if parts else "intet at importere"


# ---------------------------------------------------------------------------------------------------- reading


def read_rows(path: Path, errors: list[str]) -> dict[str, list[Row]]:
    """Read every sheet into plain rows (values keyed by column), collecting header and sheet errors.

    The sheets are read with :mod:`planner_gui.interchange.fastread` (expat, no object per cell), only the cells the
    file holds (never a declared dimension, never the rows between two row numbers); openpyxl is not used here. A
    cell the reader cannot take (a value that cannot be converted, a text beyond Excel's limit) is reported as
    ``sheet!row column: reason`` and the rest of that sheet is not read.
    """
    import zipfile

    check_workbook_file(path)
    try:
        wb = fastread.open_workbook(path)
    except fastread.HostileXml as err:
        raise UserError(_unsafe(path, err)) from err
    except (fastread.FastReadError, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as err:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: filen kan ikke læses som Excel-projektmappe ({error})").format(
                path=path, error=message_of(err)
            )
        ) from err
    except Exception as err:  # anything else the zip layer raises
        raise UserError(_unsafe(path, err)) from err
    rows: dict[str, list[Row]] = {}
    try:
        for name, part in wb.sheets:
            base = base_sheet(name)
            if base is None:
                errors.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "{sheet}: ukendt ark (kendte ark: {known})").format(
                        sheet=name, known=", ".join(SHEETS)
                    )
                )
                continue
            _read_sheet(wb, name, part, base, rows, errors)
    except fastread.HostileXml as err:
        raise UserError(_unsafe(path, err)) from err
    except fastread.TooLarge as err:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: {reason}; intet blev importeret").format(
                path=path, reason=message_of(err)
            )
        ) from err
    except UserError:
        raise
    except Exception as err:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: filen er beskadiget og kan ikke læses ({kind}: {error})").format(
                path=path, kind=type(err).__name__, error=message_of(err)
            )
        ) from err
    finally:
        wb.close()
    return rows


def _unsafe(path: Path, err: BaseException) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{path}: filen kan ikke læses sikkert ({kind}: {error})").format(
        path=path, kind=type(err).__name__, error=message_of(err)
    )


def _read_sheet(
    wb: fastread.Workbook, name: str, part: str, base: str, rows: dict[str, list[Row]], errors: list[str]
) -> None:
    header: list[str] = []
    try:
        # The header row as the file has it (no escapes decoded), read on its own; the cells it read are counted
        # again by the read of the whole sheet below, which decodes the escapes of the later rows' texts.
        budget = wb.cell_budget
        head = wb.cells(part)
        try:
            first = next(head, None)
        finally:
            head.close()
            wb.cell_budget = budget
        if first is None:
            return  # an empty sheet holds nothing to import
        it = wb.cells(part, decode=decode_text)  # OOXML _xHHHH_ escapes (control characters, CR) to text
        next(it, None)  # the header row again
        number, cells = first
        if number == 1:
            width = max(c for c, _ in cells)
            dense: list[Any] = [None] * width
            for c, val in cells:
                dense[c - 1] = val
            header = [str(h).strip() if h is not None else "" for h in dense]
            while header and header[-1] == "":
                header.pop()
        expected = SHEETS[base]
        allowed = expected + OPTIONAL_COLUMNS.get(base, ())
        bad = False
        for col in header:
            if col not in allowed:
                errors.append(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "{sheet}!1 {column}: ukendt kolonne (forventet: {expected})"
                    ).format(
                        sheet=name, column=col or QT_TRANSLATE_NOOP("Meddelelser", "(tom)"), expected=", ".join(allowed)
                    )
                )
                bad = True
        for col in expected:
            if col not in header:
                errors.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "{sheet}!1 {column}: kolonnen mangler").format(
                        sheet=name, column=col
                    )
                )
                bad = True
        if len(set(header)) != len(header):
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{sheet}!1: en kolonne står to gange").format(sheet=name))
            bad = True
        if bad:
            return
        present = [col for col in allowed if col in header]  # the required columns, then the optional ones given
        positions = [header.index(col) for col in present]
        index = {col: i for i, col in enumerate(present)}  # shared by every row of the sheet
        width = len(header)
        # a row's values in ``present`` order: the list itself when the header is in that order (an export's is)
        take: Callable[[list[Any]], tuple[Any, ...]] = (
            tuple if positions == list(range(width)) else (lambda vals: tuple([vals[i] for i in positions]))
        )
        target = rows.setdefault(base, [])
        for number, cells in it:
            values: list[Any] = [None] * width
            outside = False
            for c, val in cells:
                if c <= width:
                    values[c - 1] = val
                elif val is not None and str(val).strip():
                    outside = True
            first = values[0]  # a row is blank only if its first cell is (most rows' first cell holds the CPR)
            if (
                not outside
                and (first is None or (isinstance(first, str) and not first.strip()))
                and all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
            ):
                continue
            if outside and len(errors) < MAX_ERRORS_KEPT:
                errors.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "{sheet}!{row}: værdier uden for kolonnerne").format(
                        sheet=name, row=number
                    )
                )
            target.append(Row(name, number, RowValues(take(values), index)))
    except (fastread.HostileXml, fastread.TooLarge):
        raise
    except fastread.FastReadError as err:
        where = name if err.row is None else f"{name}!{err.row}"
        if err.column is not None:
            column = header[err.column - 1] if 0 < err.column <= len(header) and header[err.column - 1] else None
            where += f" {column or get_column_letter(err.column)}"
        errors.append(at(where, message_of(err)))


# ---------------------------------------------------------------------------------------------------- cell parsers


class CellError(ValueError):
    pass


def text(
    value: Any, *, required: bool = True, max_len: int = 200, rule: Callable[[str], str] = textrule.clean_line
) -> str:
    """A text cell: ``rule`` (from :mod:`planner_gui.domain.text`) refuses control and bidi characters and
    NFC-normalises; names use ``clean_name``, codes and initials ``clean_code``."""
    if value is None or (not required and isinstance(value, str) and not value.strip()):
        if required:
            raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "mangler"))
        return ""
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError(
                QT_TRANSLATE_NOOP("Meddelelser", "forventede tekst, ikke decimaltallet {value!r}").format(value=value)
            )
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**max_len:
        raise CellError(_too_long(max_len))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()  # a date typed into a text column reads as the date, as it was written
    if isinstance(value, str):
        if len(value) > 4 * max_len + 100:
            raise CellError(_too_long(max_len))
        try:
            s = rule(value)
        except textrule.TextError as err:
            raise CellError(message_of(err)) from None
    else:
        s = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if required and not s:
        raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "mangler"))
    if len(s) > max_len:
        raise CellError(_too_long(max_len))
    return s


def _too_long(max_len: int) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "for lang (højst {max_len} tegn)").format(max_len=max_len)


def code(value: Any, allowed: Iterable[str]) -> str:
    s = text(value, rule=textrule.clean_code)
    allowed_t = tuple(allowed)
    if s not in allowed_t:
        raise CellError(
            QT_TRANSLATE_NOOP("Meddelelser", "ukendt kode {code!r} (tilladt: {allowed})").format(
                code=s, allowed=", ".join(allowed_t)
            )
        )
    return s


def free_text(value: Any, *, required: bool = False) -> str:
    """A plan text, sub-goal, note or remark: tab and line breaks kept, other control and bidi characters refused."""
    return text(value, required=required, max_len=MAX_FREE_TEXT, rule=textrule.clean_free_text)


def _name(value: Any) -> str:
    return text(value, rule=textrule.clean_name)


def _initials(value: Any) -> str:
    return text(value, max_len=16, rule=textrule.clean_code).lower()


def _optional_initials(value: Any) -> str | None:
    return _initials(value) if value is not None and str(value).strip() else None


def cpr_value(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**10:
        value = f"{value:010d}"  # Excel dropped the leading zero
    try:
        return cprmod.normalize(text(value))
    except cprmod.CprError as err:
        raise CellError(message_of(err)) from None


def cvr_value(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    try:
        return cvrmod.normalize(text(value))
    except cvrmod.CvrError as err:
        raise CellError(message_of(err)) from None


def date_value(value: Any, *, required: bool = True) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "dato mangler"))
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise CellError(
                QT_TRANSLATE_NOOP("Meddelelser", "{value} er et tidspunkt, ikke en dato").format(value=value)
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _DATE_RE.match(value)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise CellError(
                    QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er ikke en gyldig dato").format(value=value.strip())
                ) from None
    raise CellError(
        QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er ikke en dato (brug en Excel-dato eller ÅÅÅÅ-MM-DD)").format(
            value=value
        )
    )


def month_value(value: Any) -> dt.date:
    if isinstance(value, dt.datetime | dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        return d.replace(day=1)
    if isinstance(value, str):
        m = _MONTH_RE.match(value)
        if m and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) >= 1:
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
    if value is None:
        raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "måned mangler"))
    raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er ikke en måned (brug ÅÅÅÅ-MM)").format(value=value))


def number_value(value: Any, *, required: bool = True) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "tal mangler"))
        return None
    if isinstance(value, bool):
        raise CellError(_not_a_number(value))
    if isinstance(value, int) and abs(value) > 1_000_000:
        raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "{value} er urimeligt stort").format(value=_short(value)))
    if isinstance(value, int | float):
        f = float(value)
    elif isinstance(value, str):
        try:
            f = float(value.strip().replace(",", "."))
        except ValueError:
            raise CellError(_not_a_number(_short(value))) from None
    else:
        raise CellError(_not_a_number(value))
    if f != f or f in (float("inf"), float("-inf")):
        raise CellError(_not_a_number(value))
    if f < 0:
        raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er negativ").format(value=value))
    if f > 1_000_000:
        raise CellError(_unreasonable(value))
    return f


def _short(value: Any) -> str:
    """A value for a message, cut to 40 characters (a 400-digit number is not repeated in full)."""
    s = str(value)
    if len(s) <= 40:
        return s
    return QT_TRANSLATE_NOOP("Meddelelser", "{start}…({length} tegn)").format(start=s[:20], length=len(s))


def _not_a_number(value: Any) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er ikke et tal").format(value=value)


def _unreasonable(value: Any) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er urimeligt stort").format(value=value)


def _not_whole(value: Any) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{value!r} er ikke et helt tal").format(value=value)


def interval(fra: Any, til: Any) -> tuple[dt.date, dt.date | None]:
    start = date_value(fra)
    assert start is not None
    try:
        end = date_value(til, required=False)
    except CellError as err:
        raise _Col("til", message_of(err)) from None
    if end is not None and end < start:
        raise _Col(
            "til",
            QT_TRANSLATE_NOOP("Meddelelser", "{end} ligger før fra ({start})").format(
                end=end.isoformat(), start=start.isoformat()
            ),
        )
    return start, end


class _Col(CellError):
    """A cell error that belongs to another column than the one being parsed."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column


# ---------------------------------------------------------------------------------------------------- validation


@dataclass
class Parsed:
    staff: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # initials -> (name, team, role)
    companies: dict[str, tuple[str, bool]] = field(default_factory=dict)  # cvr -> (name, social)
    citizens: dict[str, tuple[str, str]] = field(default_factory=dict)  # cpr -> (first, last)
    benefit: list[tuple[str, str, dt.date, dt.date | None]] = field(default_factory=list)
    assignments: list[tuple[str, str, str, dt.date, dt.date | None]] = field(default_factory=list)
    # the last element of an effort and a measurement is its note, None when the sheet has no note column
    efforts: list[tuple[str, str, str, str | None, dt.date, dt.date | None, float | None, str | None]] = field(
        default_factory=list
    )
    hours: list[tuple[str, dt.date, float]] = field(default_factory=list)
    measurements: list[tuple[str, dt.date, str, str, int, str, str | None]] = field(default_factory=list)
    exits: list[tuple[str, dt.date, str]] = field(default_factory=list)
    # cpr -> (own goal, job goal, next step, next meeting, handover note)
    plans: dict[str, tuple[str, str, str, dt.date | None, str]] = field(default_factory=dict)
    # (cpr, position from 0, text, status, start, deadline)
    subgoals: list[tuple[str, int, str, str, dt.date | None, dt.date | None]] = field(default_factory=list)
    # (cpr, date, kind, author or None, text)
    notes: list[tuple[str, dt.date, str, str | None, str]] = field(default_factory=list)


class _Validator:
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors

    def add(self, row: Row, column: str, reason: str) -> None:
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(at(f"{row.sheet}!{row.number} {column}", reason))

    def cell(self, row: Row, column: str, parse: Callable[[Any], Any]) -> Any:
        try:
            return parse(row.values.get(column))  # an optional column the sheet lacks reads as None
        except _Col as err:
            self.add(row, err.column, message_of(err))
        except CellError as err:
            self.add(row, column, message_of(err))
        return _BAD

    def cached(self, row: Row, column: str, parse: Callable[[Any], Any], cache: dict[Any, Any]) -> Any:
        """:meth:`cell` for a parser that depends on the cell's value alone: each distinct value (codes, dates,
        numbers repeat on every row) is parsed once. A value that fails is parsed, and reported, at every row."""
        values = row.values
        if values.__class__ is RowValues:  # RowValues.get without a call per cell
            i = values._index.get(column)
            raw = None if i is None else values._cells[i]
        else:
            raw = values.get(column)
        key = (raw.__class__, raw)  # 1, 1.0 and True are equal, but may not parse alike
        try:
            hit = cache.get(key, _BAD)
        except TypeError:  # not hashable
            return self.cell(row, column, parse)
        if hit is not _BAD:
            return hit
        got = self.cell(row, column, parse)
        if got is not _BAD:
            if len(cache) >= _PARSED_KEPT:
                cache.clear()
            cache[key] = got
        return got

    def interval(self, row: Row, cache: dict[Any, Any]) -> Any:
        """The ``fra``/``til`` pair of a row, parsed once per distinct pair."""
        values = row.values
        if values.__class__ is RowValues:  # RowValues.get without a call per cell
            index, cells = values._index, values._cells
            i, j = index.get("fra"), index.get("til")
            fra, til = None if i is None else cells[i], None if j is None else cells[j]
        else:
            fra, til = values.get("fra"), values.get("til")
        key = (fra.__class__, fra, til.__class__, til)
        try:
            hit = cache.get(key, _BAD)
        except TypeError:
            hit = _BAD
        if hit is not _BAD:
            return hit
        got = self.cell(row, "fra", lambda _: interval(fra, til))
        if got is not _BAD:
            if len(cache) >= _PARSED_KEPT:
                cache.clear()
            try:
                cache[key] = got
            except TypeError:
                pass
        return got


_BAD: Any = object()
_PARSED_KEPT = 100_000  # distinct values kept per column while validating


def validate(rows: dict[str, list[Row]], session: Session, errors: list[str]) -> Parsed:
    """Check every row of ``rows`` (from :func:`read_rows`) and return the values to write; problems go to ``errors``.

    Consumes ``rows``: each sheet's rows leave the dict once checked, so their memory is free before the write (at
    100,000 citizens they are ~2 million rows).
    """
    v = _Validator(errors)
    p = Parsed()
    staff_rows: dict[str, Row] = {}

    for row in rows.pop("medarbejdere", []):
        ini = v.cell(row, "initialer", _initials)
        name = v.cell(row, "navn", _name)
        team = v.cell(row, "team", lambda x: text(x, required=False, max_len=100))
        role = v.cell(row, "rolle", lambda x: code(x, STAFF_ROLES))
        if _BAD not in (ini, name, team, role):
            if ini in p.staff and p.staff[ini] != (name, team, role):
                v.add(
                    row,
                    "initialer",
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "{initials!r} står flere gange med forskellige oplysninger"
                    ).format(initials=ini),
                )
            p.staff[ini] = (name, team, role)
            staff_rows[ini] = row
    _keep_an_administrator(session, p.staff, staff_rows, v)

    for row in rows.pop("virksomheder", []):
        cvr = v.cell(row, "cvr", cvr_value)
        name = v.cell(row, "navn", _name)
        social = v.cell(row, "socialoekonomisk", lambda x: _YES[code(str(x).strip().lower() if x else x, _YES)])
        if _BAD not in (cvr, name, social):
            if cvr in p.companies and p.companies[cvr] != (name, social):
                v.add(
                    row,
                    "cvr",
                    QT_TRANSLATE_NOOP("Meddelelser", "{cvr} står flere gange med forskellige oplysninger").format(
                        cvr=cvr
                    ),
                )
            p.companies[cvr] = (name, social)

    valid_cprs: dict[str, str] = {}  # a cell's text -> its CPR number, once checked and known (it repeats per row)
    for row in rows.pop("borgere", []):
        cpr = v.cell(row, "cpr", cpr_value)
        first = v.cell(row, "fornavn", lambda x: text(x, max_len=100, rule=textrule.clean_name))
        last = v.cell(row, "efternavn", lambda x: text(x, max_len=100, rule=textrule.clean_name))
        if _BAD not in (cpr, first, last):
            if isinstance(raw := row.values.get("cpr"), str):  # in the file's citizens: known to the later sheets
                valid_cprs[raw] = cpr
            if cpr in p.citizens and p.citizens[cpr] != (first, last):
                v.add(
                    row,
                    "cpr",
                    QT_TRANSLATE_NOOP("Meddelelser", "{cpr} står flere gange med forskellige navne").format(
                        cpr=cprmod.Cpr(cpr)
                    ),
                )
            p.citizens[cpr] = (first, last)

    # References: to rows in this file or already in the database.
    known_cpr = _Known(session, Citizen.cpr, p.citizens)
    known_ini = _Known(session, Staff.initials, p.staff)
    known_cvr = _Known(session, Company.cvr, p.companies)

    cc: defaultdict[str, dict[Any, Any]] = defaultdict(dict)  # "sheet.column" -> parsed values (Validator.cached)

    def ref_cpr(row: Row) -> Any:
        values = row.values
        if values.__class__ is RowValues:  # RowValues.get without a call per row
            i = values._index.get("cpr")
            raw = None if i is None else values._cells[i]
        else:
            raw = values.get("cpr")
        if isinstance(raw, str) and (checked := valid_cprs.get(raw)) is not None:
            return checked
        c = v.cell(row, "cpr", cpr_value)
        if c is not _BAD and c not in known_cpr:
            v.add(
                row,
                "cpr",
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "borgeren {cpr} findes hverken i arket borgere eller i databasen"
                ).format(cpr=cprmod.Cpr(c)),
            )
            return _BAD
        if c is not _BAD and isinstance(raw, str):
            valid_cprs[raw] = c
        return c

    def cprs(column: tuple[Any, ...]) -> Iterator[Any]:
        """:func:`ref_cpr` for a whole column, once per distinct value; raises at the first value it refuses."""
        _one_kind_of_number(column)
        distinct: dict[Any, Any] = dict.fromkeys(column)
        for raw in distinct:
            checked = valid_cprs.get(raw) if isinstance(raw, str) else None
            if checked is None:
                checked = cpr_value(raw)
                if checked not in known_cpr:
                    raise _Unclean
                if isinstance(raw, str):
                    valid_cprs[raw] = checked
            distinct[raw] = checked
        return map(distinct.__getitem__, column)

    def all_known(parsed: dict[Any, Any], keys: _Known) -> None:
        if any(k is not None and k not in keys for k in parsed.values()):
            raise _Unclean

    def benefit(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
        tg = _parse_column(cols[1], parse_tg)
        start, end = _intervals(cols[2], cols[3])
        return zip(cprs(cols[0]), _each(cols[1], tg), start, end, strict=True)

    def assignments(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
        c = cprs(cols[0])
        ini = _parse_column(cols[1], _initials)
        all_known(ini, known_ini)
        role = _parse_column(cols[2], parse_role)
        start, end = _intervals(cols[3], cols[4])
        return zip(c, _each(cols[1], ini), _each(cols[2], role), start, end, strict=True)

    def efforts(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
        c = cprs(cols[0])
        cat, resp = _parse_column(cols[1], parse_cat), _parse_column(cols[2], parse_resp)
        cvr = _parse_column(cols[3], parse_cvr)
        all_known(cvr, known_cvr)
        start, end = _intervals(cols[4], cols[5])
        hrs = _parse_column(cols[6], parse_hrs)
        if any(h is not None and h > 168 for h in hrs.values()):
            raise _Unclean
        note = repeat(None, len(cols[0])) if cols[7] is None else _each(cols[7], _parse_column(cols[7], free_text))
        each = [_each(cols[i], parsed) for i, parsed in ((1, cat), (2, resp), (3, cvr))]
        return zip(c, *each, start, end, _each(cols[6], hrs), note, strict=True)

    def hours(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
        c, month, hrs = cprs(cols[0]), _parse_column(cols[1], month_value), _parse_column(cols[2], number_value)
        if any(h > 744 for h in hrs.values()):
            raise _Unclean
        return zip(c, _each(cols[1], month), _each(cols[2], hrs), strict=True)

    def exits(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
        d, t = _parse_column(cols[1], date_value), _parse_column(cols[2], parse_exit)
        return zip(cprs(cols[0]), _each(cols[1], d), _each(cols[2], t), strict=True)

    # each loop's parsers and caches are made once, not once per row; a sheet whose every value passes is checked a
    # column at a time (_by_columns), else row by row (which reports every problem)
    parse_tg, c_tg, c_iv = (lambda x: code(x, TARGET_GROUPS)), cc["ydelser.maalgruppe"], cc["ydelser.fra"]
    parse_role = lambda x: code(x, ASSIGNMENT_ROLES)  # noqa: E731
    parse_cat = lambda x: code(x, EFFORT_CATEGORIES)  # noqa: E731
    parse_resp = lambda x: code(x, RESPONSIBLE_UNITS)  # noqa: E731
    parse_cvr = lambda x: None if x is None or not str(x).strip() else cvr_value(x)  # noqa: E731
    parse_hrs = lambda x: number_value(x, required=False)  # noqa: E731
    parse_exit = lambda x: code(x, EXIT_TYPES)  # noqa: E731
    for row in _by_columns(rows.pop("ydelser", []), ("cpr", "maalgruppe", "fra", "til"), benefit, p.benefit):
        c = ref_cpr(row)
        tg = v.cached(row, "maalgruppe", parse_tg, c_tg)
        iv = v.interval(row, c_iv)
        if _BAD not in (c, tg, iv):
            p.benefit.append((c, tg, iv[0], iv[1]))

    c_ini, c_role, c_iv = cc["sagsbehandlere.initialer"], cc["sagsbehandlere.rolle"], cc["sagsbehandlere.fra"]
    cols: tuple[str, ...] = ("cpr", "initialer", "rolle", "fra", "til")
    for row in _by_columns(rows.pop("sagsbehandlere", []), cols, assignments, p.assignments):
        c = ref_cpr(row)
        ini = v.cached(row, "initialer", _initials, c_ini)
        if ini is not _BAD and ini not in known_ini:
            v.add(row, "initialer", _unknown_staff(ini))
            ini = _BAD
        role = v.cached(row, "rolle", parse_role, c_role)
        iv = v.interval(row, c_iv)
        if _BAD not in (c, ini, role, iv):
            p.assignments.append((c, ini, role, iv[0], iv[1]))

    c_cat, c_resp, c_cvr = cc["indsatser.kategori"], cc["indsatser.ansvarlig"], cc["indsatser.cvr"]
    c_iv, c_hrs, c_note = cc["indsatser.fra"], cc["indsatser.timer_pr_uge"], cc["indsatser.bemaerkning"]
    cols = ("cpr", "kategori", "ansvarlig", "cvr", "fra", "til", "timer_pr_uge", "bemaerkning")
    for row in _by_columns(rows.pop("indsatser", []), cols, efforts, p.efforts):
        c = ref_cpr(row)
        cat = v.cached(row, "kategori", parse_cat, c_cat)
        resp = v.cached(row, "ansvarlig", parse_resp, c_resp)
        cvr = v.cached(row, "cvr", parse_cvr, c_cvr)
        if cvr not in (None, _BAD) and cvr not in known_cvr:
            v.add(
                row,
                "cvr",
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "virksomheden {cvr} findes hverken i arket virksomheder eller i databasen"
                ).format(cvr=cvr),
            )
            cvr = _BAD
        iv = v.interval(row, c_iv)
        hrs = v.cached(row, "timer_pr_uge", parse_hrs, c_hrs)
        if hrs not in (None, _BAD) and hrs > 168:
            v.add(
                row,
                "timer_pr_uge",
                QT_TRANSLATE_NOOP("Meddelelser", "{hours:g} timer pr. uge er flere end ugen har").format(hours=hrs),
            )
            hrs = _BAD
        note = None
        if "bemaerkning" in row.values:  # an optional column
            note = v.cached(row, "bemaerkning", free_text, c_note)
        if _BAD not in (c, cat, resp, cvr, iv, hrs, note):
            p.efforts.append((c, cat, resp, cvr, iv[0], iv[1], hrs, note))

    c_month, c_hrs = cc["ordinaere_timer.maaned"], cc["ordinaere_timer.timer"]
    for row in _by_columns(rows.pop("ordinaere_timer", []), ("cpr", "maaned", "timer"), hours, p.hours):
        c = ref_cpr(row)
        month = v.cached(row, "maaned", month_value, c_month)
        hrs = v.cached(row, "timer", number_value, c_hrs)
        if hrs is not _BAD and hrs > 744:
            v.add(
                row,
                "timer",
                QT_TRANSLATE_NOOP("Meddelelser", "{hours:g} timer er flere end en måned har").format(hours=hrs),
            )
            hrs = _BAD
        if _BAD not in (c, month, hrs):
            p.hours.append((c, month, hrs))

    if rows.get("maalinger"):
        dims = instrument_dimensions(session)
        instruments = {k[0] for k in dims}
        parse_code = lambda x: text(x, rule=textrule.clean_code)  # noqa: E731
        parse_rater = lambda x: code(x, RATERS)  # noqa: E731
        c_d, c_inst, c_dim = cc["maalinger.dato"], cc["maalinger.instrument"], cc["maalinger.dimension"]
        c_rater, c_score, c_note = cc["maalinger.vurderet_af"], cc["maalinger.score"], cc["maalinger.note"]

        def measurements(cols: list[Any]) -> Iterable[tuple[Any, ...]]:
            c, d = cprs(cols[0]), _parse_column(cols[1], date_value)
            inst, dim = _parse_column(cols[2], parse_code), _parse_column(cols[3], parse_code)
            rater, score = _parse_column(cols[4], parse_rater), _parse_column(cols[5], _score_value)
            for i, di, sc in set(zip(cols[2], cols[3], cols[5], strict=True)):
                key = (inst[i], dim[di])
                if key[0] not in instruments or key not in dims or not dims[key][1] <= score[sc] <= dims[key][2]:
                    raise _Unclean
            note = repeat(None, len(cols[0])) if cols[6] is None else _each(cols[6], _parse_column(cols[6], free_text))
            each = [_each(cols[i], parsed) for i, parsed in ((1, d), (2, inst), (3, dim), (5, score), (4, rater))]
            return zip(c, *each, note, strict=True)

        cols = ("cpr", "dato", "instrument", "dimension", "vurderet_af", "score", "note")
        for row in _by_columns(rows.pop("maalinger"), cols, measurements, p.measurements):
            c = ref_cpr(row)
            d = v.cached(row, "dato", date_value, c_d)
            inst = v.cached(row, "instrument", parse_code, c_inst)
            dim = v.cached(row, "dimension", parse_code, c_dim)
            rater = v.cached(row, "vurderet_af", parse_rater, c_rater)
            score = v.cached(row, "score", _score_value, c_score)
            note = v.cached(row, "note", free_text, c_note) if "note" in row.values else None
            if inst is not _BAD and inst not in instruments:
                known = ", ".join(sorted(instruments))
                v.add(
                    row,
                    "instrument",
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "ukendt instrument {instrument!r} (databasen har: {known})"
                    ).format(instrument=inst, known=known),
                )
                inst = _BAD
            elif _BAD not in (inst, dim) and (inst, dim) not in dims:
                v.add(
                    row,
                    "dimension",
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "instrumentet {instrument!r} har ingen dimension {dimension!r}"
                    ).format(instrument=inst, dimension=dim),
                )
                dim = _BAD
            elif _BAD not in (inst, dim, score):
                _id, lo, hi = dims[(inst, dim)]
                if not lo <= score <= hi:
                    v.add(
                        row,
                        "score",
                        QT_TRANSLATE_NOOP("Meddelelser", "{score} ligger uden for skalaen {low}-{high}").format(
                            score=score, low=lo, high=hi
                        ),
                    )
                    score = _BAD
            if _BAD not in (c, d, inst, dim, rater, score, note):
                p.measurements.append((c, d, inst, dim, score, rater, note))

    for row in _by_columns(rows.pop("afgange", []), ("cpr", "dato", "type"), exits, p.exits):
        c = ref_cpr(row)
        d = v.cached(row, "dato", date_value, cc["afgange.dato"])
        t = v.cached(row, "type", parse_exit, cc["afgange.type"])
        if _BAD not in (c, d, t):
            p.exits.append((c, d, t))

    for row in rows.pop("planer", []):
        c = ref_cpr(row)
        own_goal = v.cell(row, "eget_maal", free_text)
        job_goal = v.cell(row, "job_maal", free_text)
        next_step = v.cell(row, "naeste_skridt", free_text)
        meeting = v.cell(row, "naeste_moede", lambda x: date_value(x, required=False))
        handover = v.cell(row, "overdragelsesnotat", free_text)
        plan = (own_goal, job_goal, next_step, meeting, handover)
        if _BAD not in (c, *plan):
            if c in p.plans and p.plans[c] != plan:
                v.add(
                    row,
                    "cpr",
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "planen for {cpr} står flere gange med forskellige oplysninger"
                    ).format(cpr=cprmod.Cpr(c)),
                )
            p.plans[c] = plan

    seen_nr: dict[tuple[str, int], tuple[Any, ...]] = {}
    for row in rows.pop("delmaal", []):
        c = ref_cpr(row)
        nr = v.cached(row, "nr", _position_value, cc["delmaal.nr"])
        txt = v.cell(row, "tekst", lambda x: free_text(x, required=True))
        status = v.cached(row, "status", lambda x: code(x, SUBGOAL_STATUSES), cc["delmaal.status"])
        start = v.cached(row, "start", lambda x: date_value(x, required=False), cc["delmaal.start"])
        deadline = v.cached(row, "frist", lambda x: date_value(x, required=False), cc["delmaal.frist"])
        if _BAD not in (start, deadline) and start is not None and deadline is not None and deadline < start:
            v.add(
                row,
                "frist",
                QT_TRANSLATE_NOOP("Meddelelser", "{deadline} ligger før start ({start})").format(
                    deadline=deadline.isoformat(), start=start.isoformat()
                ),
            )
            deadline = _BAD
        goal = (c, nr - 1 if nr is not _BAD else _BAD, txt, status, start, deadline)
        if _BAD not in goal:
            if seen_nr.setdefault((c, nr), goal) != goal:
                v.add(
                    row,
                    "nr",
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "delmål nr. {nr} for {cpr} står flere gange med forskellige oplysninger"
                    ).format(nr=nr, cpr=cprmod.Cpr(c)),
                )
            else:
                p.subgoals.append(goal)

    for row in rows.pop("notater", []):
        c = ref_cpr(row)
        d = v.cached(row, "dato", date_value, cc["notater.dato"])
        kind = v.cached(row, "art", lambda x: code(x, NOTE_KINDS), cc["notater.art"])
        author = v.cached(row, "initialer", _optional_initials, cc["notater.initialer"])
        if author not in (None, _BAD) and author not in known_ini:
            v.add(row, "initialer", _unknown_staff(author))
            author = _BAD
        txt = v.cell(row, "tekst", lambda x: free_text(x, required=True))
        if _BAD not in (c, d, kind, author, txt):
            p.notes.append((c, d, kind, author, txt))
    return p


# ---------------------------------------------------------------------------------------------------- column-wise check


class _Unclean(Exception):
    """The column-wise check met a value it does not pass: the sheet is checked row by row, which reports it."""


_VALUES, _INDEX, _CELLS = attrgetter("values"), attrgetter("_index"), attrgetter("_cells")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_NUMBERS = frozenset({int, float, bool})


def _by_columns(
    sheet: list[Row],
    names: tuple[str, ...],
    build: Callable[[list[Any]], Iterable[tuple[Any, ...]]],
    into: list[Any],
) -> list[Row]:
    """Check a sheet a column at a time: each distinct value parsed once, no call per cell. When every value and
    every reference passes, the checked rows (in row order, as the row-wise check makes them) are added to ``into``
    and no row is left to check; otherwise nothing is added and every row is returned, to be checked (and each
    problem reported, in order) row by row. ``build`` gets the columns ``names`` as tuples (None for an optional
    column the sheet lacks) and raises at the first value it does not pass."""
    columns = _sheet_columns(sheet, names)
    if columns is None:
        return sheet
    try:
        made = list(build(columns))
    except Exception:  # anything: the row-wise check reports it (or raises it) itself
        return sheet
    into.extend(made)
    return []


def _sheet_columns(sheet: list[Row], names: tuple[str, ...]) -> list[Any] | None:
    """The columns ``names`` of the rows, each a tuple in row order (None for a column the sheet lacks), when every
    row holds its values in a :class:`RowValues` with the same column positions; else None."""
    if not sheet:
        return None
    values = list(map(_VALUES, sheet))
    if not all(map(is_, map(type, values), repeat(RowValues))):
        return None
    indexes: list[dict[str, int]] = list(map(_INDEX, values))
    index = indexes[0]
    if any(other != index for other in dict(zip(map(id, indexes), indexes, strict=True)).values()):
        return None  # continuation sheets with their columns in another order
    del indexes
    cells = list(map(_CELLS, values))
    del values
    if set(map(len, cells)) != {len(index)}:
        return None
    by_column = list(zip(*cells, strict=True))
    del cells
    return [by_column[index[n]] if n in index else None for n in names]


def _one_kind_of_number(column: tuple[Any, ...]) -> None:
    """1, 1.0 and True are equal (one key in a dict) but may not parse alike: a column holding more than one of
    these types is checked row by row (the row-wise caches key a value by its type too)."""
    if len(_NUMBERS.intersection(map(type, column))) > 1:
        raise _Unclean


def _parse_column(column: tuple[Any, ...], parse: Callable[[Any], Any]) -> dict[Any, Any]:
    """Each distinct value of ``column`` -> ``parse`` of it (called once per distinct value); raises at the first
    value it refuses."""
    _one_kind_of_number(column)
    distinct: dict[Any, Any] = dict.fromkeys(column)
    for value in distinct:
        distinct[value] = parse(value)
    return distinct


def _each(column: tuple[Any, ...], parsed: dict[Any, Any]) -> Iterator[Any]:
    """The parsed value of each cell of ``column``, in row order (made as they are taken: no list per column)."""
    return map(parsed.__getitem__, column)


def _intervals(fra: tuple[Any, ...], til: tuple[Any, ...]) -> tuple[Iterator[Any], Iterator[Any]]:
    """:func:`interval` of every ``fra``/``til`` pair, once per distinct pair: the starts and the ends, in row order;
    raises at the first pair it refuses."""
    _one_kind_of_number(fra)
    _one_kind_of_number(til)
    distinct: dict[Any, Any] = dict.fromkeys(zip(fra, til, strict=True))
    for pair in distinct:
        distinct[pair] = interval(*pair)
    return (
        map(_FIRST, map(distinct.__getitem__, zip(fra, til, strict=True))),
        map(_SECOND, map(distinct.__getitem__, zip(fra, til, strict=True))),
    )


def _position_value(value: Any) -> int:
    """A sub-goal's ``nr``: a whole number from 1."""
    f = number_value(value)
    assert f is not None
    if not f.is_integer():
        raise CellError(_not_whole(value))
    if f < 1:
        raise CellError(QT_TRANSLATE_NOOP("Meddelelser", "{value!r} skal være 1 eller derover").format(value=value))
    if f > 10_000:
        raise CellError(_unreasonable(value))
    return int(f)


def _score_value(value: Any) -> int:
    f = number_value(value)
    assert f is not None
    if not f.is_integer():
        raise CellError(_not_whole(value))
    return int(f)


def _unknown_staff(initials: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Meddelelser", "medarbejderen {initials!r} findes hverken i arket medarbejdere eller i databasen"
    ).format(initials=initials)


class _Known:
    """Membership in the file's keys or the database's, looked up in one query per 900 keys."""

    def __init__(self, session: Session, column: Any, in_file: dict[str, Any]) -> None:
        self.session, self.column, self.in_file = session, column, in_file
        self.cache: dict[str, bool] = {}

    def __contains__(self, key: str) -> bool:
        if key in self.in_file:
            return True
        if key not in self.cache:
            self.cache[key] = self.session.scalar(select(self.column).where(self.column == key)) is not None
        return self.cache[key]


def instrument_dimensions(session: Session) -> dict[tuple[str, str], tuple[uuid.UUID, int, int]]:
    """(instrument code, dimension code) -> (dimension id, scale min, scale max), newest instrument version."""
    q = (
        select(
            Instrument.code,
            Instrument.instrument_version,
            InstrumentDimension.code,
            InstrumentDimension.id,
            Instrument.scale_min,
            Instrument.scale_max,
        )
        .join(InstrumentDimension, InstrumentDimension.instrument_id == Instrument.id)
        .order_by(Instrument.code, Instrument.instrument_version)
    )
    out: dict[tuple[str, str], tuple[uuid.UUID, int, int]] = {}
    for icode, _ver, dcode, did, lo, hi in session.execute(q):
        out[(icode, dcode)] = (did, lo, hi)  # later versions overwrite earlier ones
    return out


# ---------------------------------------------------------------------------------------------------- writing


def _chunks(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _bulk_insert(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    actor: str,
    *,
    as_stored: bool = False,
) -> list[Any]:
    """Insert rows with new UUIDs and the tracking columns; returns the new ids in row order. With ``as_stored``
    the rows are already as the database stores them (:mod:`.storage_form`), and so are the ids returned."""
    if not rows:
        return []
    conn = session.connection()
    # new ids ascend in row order (random ones, sorted): the primary key's index and, for rows given in their
    # citizens' order, the citizen's index grow at one end instead of at random pages (a first import is mostly this)
    ids: list[Any] = new_ids(conn, table.c.id, len(rows)) if as_stored else sorted(uuid.uuid4() for _ in rows)
    now = utcnow()
    tracked = {"version": 1, "created_at": now, "updated_at": now, "updated_by": actor}
    with_ids = ((i, *r) for i, r in zip(ids, rows, strict=True))
    bulk_insert(conn, table, ("id", *columns), with_ids, tracked, processed=as_stored)
    return ids


def _upsert(
    session: Session,
    model: Any,
    key_col: str,
    incoming: dict[Any, tuple[Any, ...]],
    fields: tuple[str, ...],
    actor: str,
    created: set[uuid.UUID] | None = None,
) -> tuple[int, int, int, dict[Any, uuid.UUID]]:
    """Insert new keys, update changed ones (set-based), skip identical ones. Returns counts and key -> id; the ids
    of the new rows are added to ``created`` when given."""
    table: Table = model.__table__
    key = getattr(model, key_col)
    existing: dict[Any, tuple[uuid.UUID, tuple[Any, ...]]] = {}
    keys = list(incoming)
    for i in range(0, len(keys), 900):
        part = keys[i : i + 900]
        q = select(key, model.id, *[getattr(model, f) for f in fields]).where(key.in_(part))
        for rec in session.execute(q):
            existing[rec[0]] = (rec[1], tuple(rec[2:]))
    new = [(k, *vals) for k, vals in incoming.items() if k not in existing]
    changed = [
        {"b_id": existing[k][0], **{f"b_{f}": v for f, v in zip(fields, vals, strict=True)}}
        for k, vals in incoming.items()
        if k in existing and existing[k][1] != vals
    ]
    new_ids = _bulk_insert(session, table, (key_col, *fields), new, actor)
    inserted = len(new_ids)
    if created is not None:
        created.update(new_ids)
    if changed:
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                {f: bindparam(f"b_{f}") for f in fields}
                | {"version": table.c.version + 1, "updated_at": utcnow(), "updated_by": actor}
            )
        )
        for chunk in _chunks(changed):
            session.connection().execute(stmt, chunk)
    ids = {k: v[0] for k, v in existing.items()}
    for r, new_id in zip(new, new_ids, strict=True):
        ids[r[0]] = new_id
    return inserted, len(changed), len(incoming) - inserted - len(changed), ids


def _key_map(session: Session, column: Any, id_column: Any, keys: set[str], have: dict[str, uuid.UUID]) -> None:
    missing = [k for k in keys if k not in have]
    for i in range(0, len(missing), 900):
        for k, i_d in session.execute(select(column, id_column).where(column.in_(missing[i : i + 900]))):
            have[k] = i_d


def _insert_new(
    session: Session,
    model: Any,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    actor: str,
    fresh: set[Any] | frozenset[Any] = frozenset(),
) -> tuple[int, int]:
    """Insert rows not already held (identical on every column); returns (inserted, skipped). The rows are as the
    database stores them (:mod:`.storage_form`), the citizen's id first; ``fresh`` holds the ids (in that form) of
    the citizens this import has just created: they hold no rows yet, so theirs are not looked up."""
    if not rows:
        return 0, 0
    table: Table = model.__table__
    # The rows held are compared 900 citizens at a time and then let go: a re-import of a large workbook never holds
    # the whole table in a set. New rows keep the file's order. Both sides as stored: the held rows are read without
    # type processing (no UUID or date object made per row held, on SQLite or PostgreSQL alike) and the file's rows
    # were made in that form once. A re-import reads every row held, so this is most of its writing.
    by_citizen: dict[Any, list[int]] = {}
    for j, r in enumerate(rows):
        if r[0] not in fresh:
            by_citizen.setdefault(r[0], []).append(j)
    skip = bytearray(len(rows))
    citizen_ids = list(by_citizen)
    if citizen_ids:
        conn = session.connection()
        raw = [type_coerce(table.c[c], NullType()) for c in columns]
        q = select(*raw)
        # On SQLite the statement for 900 ids is compiled once (not once per 900 citizens, with its 900 parameters
        # processed each time), and given the ids as they are: they are already as stored.
        plain = conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark"
        compiled: dict[int, str] = {}
        for i in range(0, len(citizen_ids), 900):
            part = citizen_ids[i : i + 900]
            if plain:
                sql = compiled.get(len(part))
                if sql is None:
                    stmt = q.where(raw[0].in_([bindparam(f"k{n}") for n in range(len(part))]))
                    sql = compiled[len(part)] = str(stmt.compile(dialect=conn.dialect))
                result = conn.exec_driver_sql(sql, tuple(part))
            else:
                result = conn.execute(q.where(raw[0].in_(part)))
            try:  # the driver's own rows (tuples, as stored): no result row object made per row held
                held = set(result.cursor.fetchall())
            finally:
                result.close()
            if held:
                for cid in part:
                    for j in by_citizen[cid]:
                        if rows[j] in held:
                            skip[j] = 1
    del by_citizen
    new = [r for r, skipped in zip(rows, skip, strict=True) if not skipped] if any(skip) else rows
    inserted = len(_bulk_insert(session, table, columns, new, actor, as_stored=True))
    return inserted, len(rows) - inserted


def _keep_an_administrator(
    session: Session, staff: dict[str, tuple[str, str, str]], rows: dict[str, Row], v: _Validator
) -> None:
    """An import may never leave the database without an administrator who can log in (active, with a password)."""
    if not staff:
        return
    held: dict[str, tuple[str, bool]] = {}
    keys = list(staff)
    for i in range(0, len(keys), 900):
        q = select(Staff.initials, Staff.role, Staff.password_hash.is_not(None) & Staff.active.is_(True)).where(
            Staff.initials.in_(keys[i : i + 900])
        )
        held.update((ini, (role, bool(can_log_in))) for ini, role, can_log_in in session.execute(q))
    demoted = [ini for ini, (role, _) in held.items() if role == "administrator" and staff[ini][2] != role]
    if not demoted:
        return
    able = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(Staff.role == "administrator", Staff.active.is_(True), Staff.password_hash.is_not(None))
    )
    others = (able or 0) - sum(1 for role, can_log_in in held.values() if role == "administrator" and can_log_in)
    promoted = [ini for ini, (_, can_log_in) in held.items() if can_log_in and staff[ini][2] == "administrator"]
    if others or promoted:
        return
    for ini in demoted:
        v.add(
            rows[ini],
            "rolle",
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{initials!r} er den sidste administrator, der kan logge ind, og kan ikke gøres til {role}; "
                "giv først en anden bruger med adgangskode rollen administrator",
            ).format(initials=ini, role=staff[ini][2]),
        )


def _role_changes(session: Session, staff: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Per person, the role an import gives: ``old → new`` for a change, ``ny: role`` for a new user."""
    held: dict[str, str] = {}
    keys = list(staff)
    for i in range(0, len(keys), 900):
        q = select(Staff.initials, Staff.role).where(Staff.initials.in_(keys[i : i + 900]))
        held.update((ini, role) for ini, role in session.execute(q))
    out: dict[str, str] = {}
    for ini, (_, _, role) in staff.items():
        if ini not in held:
            out[ini] = f"ny: {role}"
        elif held[ini] != role:
            out[ini] = f"{held[ini]} → {role}"
    return out


def write(session: Session, p: Parsed, who: str) -> ImportResult:
    """Write the validated rows in the caller's transaction, as the user with initials ``who``. Consumes the case
    rows of ``p`` (each sheet's list is let go once its rows are made as stored)."""
    res = ImportResult()
    res.roles = _role_changes(session, p.staff)
    n = _upsert(session, Staff, "initials", p.staff, ("name", "team", "role"), who)
    res.inserted["medarbejdere"], res.updated["medarbejdere"], res.skipped["medarbejdere"], staff_ids = n
    n = _upsert(session, Company, "cvr", p.companies, ("name", "social_economy"), who)
    res.inserted["virksomheder"], res.updated["virksomheder"], res.skipped["virksomheder"], company_ids = n
    fresh: set[uuid.UUID] = set()  # citizens created here: they hold no rows to compare with
    n = _upsert(session, Citizen, "cpr", p.citizens, ("first_name", "last_name"), who, fresh)
    res.inserted["borgere"], res.updated["borgere"], res.skipped["borgere"], citizen_ids = n

    cprs = {r[0] for r in p.benefit} | {r[0] for r in p.assignments} | {r[0] for r in p.efforts}
    cprs |= {r[0] for r in p.hours} | {r[0] for r in p.measurements} | {r[0] for r in p.exits}
    cprs |= set(p.plans) | {r[0] for r in p.subgoals} | {r[0] for r in p.notes}
    _key_map(session, Citizen.cpr, Citizen.id, cprs, citizen_ids)
    _key_map(session, Staff.initials, Staff.id, {r[1] for r in p.assignments}, staff_ids)
    _key_map(session, Company.cvr, Company.id, {r[3] for r in p.efforts if r[3]}, company_ids)
    dims = instrument_dimensions(session) if p.measurements else {}

    stored: set[Any] = set()

    def store(sheet: str, model: Any, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> None:
        # a table's second batch (rows without a note column) is compared with the first batch's new rows too
        batch = list(rows)
        ins, skip = _insert_new(session, model, columns, batch, who, frozenset() if model in stored else fresh_ids)
        del batch
        stored.add(model)
        res.inserted[sheet] = res.inserted.get(sheet, 0) + ins
        res.skipped[sheet] = res.skipped.get(sheet, 0) + skip

    # The case rows are made once as the database stores them (.storage_form): ids, dates and hours converted once
    # per distinct value, not once per cell, and neither compared nor written in another form.
    conn = session.connection()
    as_id = converter(conn, Citizen.__table__.c.id)
    C = {c: as_id(i) for c, i in citizen_ids.items()}
    fresh_ids = {as_id(i) for i in fresh}
    S = {k: as_id(i) for k, i in staff_ids.items()}
    CO = {k: as_id(i) for k, i in company_ids.items()}
    D = {k: as_id(v[0]) for k, v in dims.items()}
    day = date_converter(conn, BenefitPeriod.__table__.c.start)  # dates or None only
    hours = converter(conn, Effort.__table__.c.hours_per_week)
    store(
        "ydelser",
        BenefitPeriod,
        ("citizen_id", "target_group", "start", "end"),
        ((C[c], tg, day(s), day(e)) for c, tg, s, e in p.benefit),
    )
    p.benefit = []
    store(
        "sagsbehandlere",
        Assignment,
        ("citizen_id", "staff_id", "role", "start", "end"),
        ((C[c], S[i], r, day(s), day(e)) for c, i, r, s, e in p.assignments),
    )
    p.assignments = []
    # a row with a note column is identical to a held one only with the same note; without, the note is not compared
    effort_cols = ("citizen_id", "category", "responsible", "company_id", "start", "end", "hours_per_week")
    efforts = [
        (C[c], cat, resp, CO[cvr] if cvr else None, day(s), day(e), hours(h), n)
        for c, cat, resp, cvr, s, e, h, n in p.efforts
    ]
    p.efforts = []
    store("indsatser", Effort, (*effort_cols, "note"), (r for r in efforts if r[-1] is not None))
    store("indsatser", Effort, effort_cols, (r[:-1] for r in efforts if r[-1] is None))
    del efforts
    hours = converter(conn, OrdinaryHours.__table__.c.hours)
    store(
        "ordinaere_timer",
        OrdinaryHours,
        ("citizen_id", "month", "hours"),
        ((C[c], day(m), hours(h)) for c, m, h in p.hours),
    )
    p.hours = []
    meas_cols = ("citizen_id", "date", "dimension_id", "score", "rater")
    meas = [(C[c], day(d), D[(i, dim)], s, r, n) for c, d, i, dim, s, r, n in p.measurements]
    p.measurements = []
    store("maalinger", Measurement, (*meas_cols, "note"), (m for m in meas if m[-1] is not None))
    store("maalinger", Measurement, meas_cols, (m[:-1] for m in meas if m[-1] is None))
    del meas
    store("afgange", Exit, ("citizen_id", "date", "type"), ((C[c], day(d), t) for c, d, t in p.exits))

    plan_fields = ("own_goal", "job_goal", "next_step", "next_meeting", "handover_note")
    P = citizen_ids  # plans are upserted by the citizen's id, as a Python value
    n = _upsert(session, Plan, "citizen_id", {P[c]: vals for c, vals in p.plans.items()}, plan_fields, who)
    res.inserted["planer"], res.updated["planer"], res.skipped["planer"], _ = n
    store(
        "delmaal",
        SubGoal,
        ("citizen_id", "position", "text", "status", "start", "deadline"),
        ((C[c], pos, t, st, day(s), day(d)) for c, pos, t, st, s, d in p.subgoals),
    )
    author = converter(conn, Note.__table__.c.author)
    store(
        "notater",
        Note,
        ("citizen_id", "date", "kind", "author", "text"),
        ((C[c], day(d), kind, author(a), t) for c, d, kind, a, t in p.notes),
    )
    return res
