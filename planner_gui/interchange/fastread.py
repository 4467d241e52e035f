"""A streaming .xlsx reader on ``xml.parsers.expat``: the values of every worksheet, as openpyxl gives them.

openpyxl's read-only mode builds an ElementTree element and a dict per cell; importing a large workbook spends most of
its time there. This reader feeds each part straight to expat and keeps only the values, with no object per cell.

For each worksheet, in workbook order, :func:`open_workbook` gives its title and :meth:`Workbook.rows` its rows as
tuples, exactly as ``load_workbook(read_only=True, data_only=True)`` and ``iter_rows(values_only=True)`` give them:

* shared strings (rich-text runs joined, phonetic runs left out, ``x005F_`` removed as openpyxl does), inline strings,
  formula results (``t="str"``), booleans, errors (their text), numbers (``int`` unless the text holds ``.``, ``E`` or
  ``e``), ISO dates (``t="d"``), and numbers in a date or duration style converted with openpyxl's own functions
  (1900 or 1904 date system);
* a missing cell is ``None``; a row is as wide as the sheet's ``<dimension>`` (or, without one, up to its last cell);
  a row skipped in the file is an empty row (``()``, or ``None`` across the dimension's width).

The importer uses :meth:`Workbook.cells` instead: only the rows and cells the file holds, with their numbers, so the
work is bounded by what is present, never by a declared ``<dimension>`` or by row numbers (a row numbered
1,000,000,000 costs no more than row 2). Hostile files are refused with :class:`FastReadError` (a
:class:`~planner_gui.errors.UserError`), never by running out of time or memory: a row number past Excel's 1,048,576
or not after the previous one, a column past XFD (16,384), more cells in a row than Excel allows, a text longer than
Excel's 32,767 characters, a shared-strings, styles, workbook or relationships part larger than the limits below
(whatever the part is called), two sheets on one part, malformed XML and values that cannot be converted (with the
cell's row and column).

Cell text keeps OOXML's ``_xHHHH_`` escapes as openpyxl does (the importer decodes them). Sheets are found through the
workbook part and its relationships, never by file name. A part that holds a DTD or an entity declaration is refused
(:class:`HostileXml`); the importer's guard refuses those earlier, this is a second line.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from functools import partial
from operator import call as _call
from pathlib import Path
from typing import IO, Any, NoReturn
from xml.parsers import expat

from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of, shape
from planner_gui.errors import UserError

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_S = " "  # expat's namespace separator: names arrive as "namespace local"
_CHUNK = 1024 * 1024
_DIGITS = "0123456789"

MAX_ROWS = 1_048_576  # Excel's limits
MAX_COLUMNS = 16_384
MAX_CELL_TEXT = 32_767
MAX_SHARED_STRINGS = 64 * 1024**2  # unpacked bytes of the shared-strings part, whatever its name (~6x in memory)
# Cells in all sheets of one workbook. A real export must pass: the 100,000-citizen demo's holds 11.5 million cells
# (776 MB of sheet XML), so this admits an export of about 200,000 citizens, while a hostile file is refused at this
# count, having cost at most ~1-2 s and ~80 MB held per million cells read (fast path; expat ~3x the time).
MAX_CELLS = 24_000_000
MAX_META_PART = 32 * 1024**2  # workbook, styles and relationship parts (held in memory while read)
MAX_SHEETS = 1_000


class FastReadError(UserError, ValueError):
    """The file is not a workbook this reader can read (a part or a relationship is missing or malformed, a limit is
    passed). ``row`` and ``column`` (1-based numbers) say where in a sheet, when known."""

    def __init__(self, message: str, *, row: int | None = None, column: int | None = None) -> None:
        # ``message`` is a ``Text`` (``planner_gui.domain.i18n``): ``err.args[0]`` keeps it translatable
        super().__init__(message)
        self.row = row
        self.column = column


class TooLarge(FastReadError):
    """The workbook holds more cells than one import reads within its time and memory bounds."""


class HostileXml(FastReadError):
    """A part declares a DTD or an entity (an XML bomb or an external-entity attack)."""


def _refuse(*_args: Any) -> NoReturn:
    raise HostileXml(
        QT_TRANSLATE_NOOP("Meddelelser", "delen indeholder en DTD/entitetserklæring (XML-bombe eller ekstern entitet)")
    )


def _parser() -> Any:
    p = expat.ParserCreate(namespace_separator=_S)
    p.StartDoctypeDeclHandler = _refuse
    p.EntityDeclHandler = _refuse
    p.UnparsedEntityDeclHandler = _refuse
    p.ExternalEntityRefHandler = _refuse
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.buffer_text = True
    p.buffer_size = _CHUNK
    return p


def _feed(p: Any, fh: IO[bytes], part: str = "") -> Iterator[None]:
    """Parse ``fh`` chunk by chunk, pausing after each chunk (so a caller can hand on what the handlers collected).

    Malformed XML and a damaged zip member end in :class:`FastReadError`."""
    while True:
        try:
            data = fh.read(_CHUNK)
            p.Parse(data, not data)
        except expat.ExpatError as err:
            raise FastReadError(_invalid_xml(part, err.lineno, err.offset, expat.ErrorString(err.code))) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
            raise FastReadError(_damaged(part, err)) from None
        yield None
        if not data:
            return


def _invalid_xml(part: str, line: int, column: int, error: str) -> str:
    if not part:
        return QT_TRANSLATE_NOOP("Meddelelser", "ugyldig XML i linje {line}, kolonne {column}: {error}").format(
            line=line, column=column, error=error
        )
    return QT_TRANSLATE_NOOP(
        "Meddelelser", "delen {part}: ugyldig XML i linje {line}, kolonne {column}: {error}"
    ).format(part=part, line=line, column=column, error=error)


def _damaged(part: str, err: BaseException) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "delen {part} er beskadiget ({error})").format(part=part, error=err)


def _parse_all(p: Any, fh: IO[bytes], part: str = "") -> None:
    try:
        for _ in _feed(p, fh, part):
            pass
    except FastReadError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, OverflowError) as err:  # a handler met a malformed value
        raise FastReadError(
            QT_TRANSLATE_NOOP("Meddelelser", "delen {part} kan ikke læses ({kind}: {error})").format(
                part=part, kind=type(err).__name__, error=message_of(err)
            )
        ) from None


def _open_part(zf: zipfile.ZipFile, part: str, limit: int, what: str) -> IO[bytes]:
    """Open a part that is held in memory while read, refusing it when it unpacks to more than ``limit`` bytes."""
    size = zf.getinfo(part).file_size
    if size > limit:
        raise FastReadError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{what} ({part}) fylder {size:.0f} MB udpakket, over grænsen på {limit} MB"
            ).format(what=what, part=part, size=size / 1024**2, limit=limit // 1024**2)
        )
    return zf.open(part)


def _bool_attr(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("1", "true", "t", "on")


def _rels(zf: zipfile.ZipFile, rels_path: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, absolute part name), targets resolved as openpyxl resolves them."""
    out: dict[str, tuple[str, str]] = {}
    if rels_path not in zf.namelist():
        return out
    parent = posixpath.split(posixpath.dirname(rels_path))[0]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == _PKG_REL + _S + "Relationship":
            target = attrs.get("Target", "")
            if attrs.get("TargetMode") != "External":
                target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(parent, target))
            out[attrs.get("Id", "")] = (attrs.get("Type", ""), target)

    p = _parser()
    p.StartElementHandler = start
    with _open_part(zf, rels_path, MAX_META_PART, "relationsdelen") as fh:
        _parse_all(p, fh, rels_path)
    return out


def _text_collector(item: str) -> tuple[Callable[..., None], Callable[..., None], Callable[[str], None], list[str]]:
    """Handlers that gather the text of each ``item`` element (``<si>``): ``<t>`` and ``<r><t>``, never ``<rPh>``."""
    t_tag, rph_tag = _MAIN + _S + "t", _MAIN + _S + "rPh"
    out: list[str] = []
    state = {"depth": 0, "in_t": False, "in_rph": 0, "item": False}
    parts: list[str] = []
    # The path from the item: item > t, or item > r > t.

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == item:
            state["item"] = True
            state["depth"] = 0
            parts.clear()
            size[0] = 0
            return
        if not state["item"]:
            return
        state["depth"] += 1
        if name == rph_tag:
            state["in_rph"] += 1
        elif name == t_tag and not state["in_rph"] and state["depth"] in (1, 2):
            state["in_t"] = True

    def end(name: str) -> None:
        if name == item:
            state["item"] = False
            out.append("".join(parts))
            return
        if not state["item"]:
            return
        state["depth"] -= 1
        if name == rph_tag:
            state["in_rph"] -= 1
        elif name == t_tag:
            state["in_t"] = False

    size = [0]

    def chars(data: str) -> None:
        if state["in_t"]:
            parts.append(data)
            size[0] += len(data)
            if size[0] > MAX_CELL_TEXT:
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "tekst nr. {number} er længere end Excels grænse på {limit} tegn"
                    ).format(number=len(out) + 1, limit=MAX_CELL_TEXT)
                )

    return start, end, chars, out


def _shared_strings(zf: zipfile.ZipFile, part: str) -> list[str]:
    p = _parser()
    start, end, chars, out = _text_collector(_MAIN + _S + "si")
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    with _open_part(zf, part, MAX_SHARED_STRINGS, "tabellen med tekster (sharedStrings)") as fh:
        _parse_all(p, fh, part)
    return [s.replace("x005F_", "") for s in out]  # as openpyxl's read_string_table does


def _styles(zf: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """Indices of the cell styles (cellXfs) that show a date, and of those that show a duration."""
    if "xl/styles.xml" not in zf.namelist():  # openpyxl reads the styles from this name only
        return set(), set()
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    state = {"in_xfs": False}
    numfmt, cellxfs, xf = _MAIN + _S + "numFmt", _MAIN + _S + "cellXfs", _MAIN + _S + "xf"

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == numfmt:
            custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif name == cellxfs:
            state["in_xfs"] = True
        elif name == xf and state["in_xfs"]:
            xf_formats.append(int(attrs.get("numFmtId", "0")))

    def end(name: str) -> None:
        if name == cellxfs:
            state["in_xfs"] = False

    p = _parser()
    p.StartElementHandler, p.EndElementHandler = start, end
    with _open_part(zf, "xl/styles.xml", MAX_META_PART, "typografierne") as fh:
        _parse_all(p, fh, "xl/styles.xml")
    dates: set[int] = set()
    durations: set[int] = set()
    for idx, fmt_id in enumerate(xf_formats):
        fmt = custom[fmt_id] if fmt_id in custom else builtin_format_code(fmt_id)
        if is_date_format(fmt):
            dates.add(idx)
        if is_timedelta_format(fmt):
            durations.add(idx)
    return dates, durations


class Workbook:
    """An open workbook: ``sheets`` (title, part) in workbook order; :meth:`rows` streams one sheet's rows."""

    def __init__(self, path: str | Path) -> None:
        fh = open_regular_file(path)
        try:
            self._zip = zipfile.ZipFile(fh)
        except BaseException:
            fh.close()
            raise
        self._fh = fh
        try:
            self._load()
        except BaseException:
            self.close()
            raise

    def _load(self) -> None:
        zf = self._zip
        names = set(zf.namelist())
        wb_part = "xl/workbook.xml"
        for rel_type, target in _rels(zf, "_rels/.rels").values():
            if rel_type.endswith("/officeDocument"):
                wb_part = target
                break
        if wb_part not in names:
            raise FastReadError(
                QT_TRANSLATE_NOOP("Meddelelser", "projektmappens del {part} mangler").format(part=wb_part)
            )
        folder, base = posixpath.split(wb_part)
        rels = _rels(zf, posixpath.join(folder, "_rels", base + ".rels"))
        sheets: list[tuple[str, str | None]] = []
        flags = {"date1904": False}
        sheet_tag, pr_tag, rid = _MAIN + _S + "sheet", _MAIN + _S + "workbookPr", _REL_NS + _S + "id"

        def start(name: str, attrs: dict[str, str]) -> None:
            if name == sheet_tag:
                sheets.append((attrs.get("name", ""), attrs.get(rid)))
            elif name == pr_tag:
                flags["date1904"] = _bool_attr(attrs.get("date1904"))

        p = _parser()
        p.StartElementHandler = start
        with _open_part(zf, wb_part, MAX_META_PART, QT_TRANSLATE_NOOP("Meddelelser", "projektmappens del")) as fh:
            _parse_all(p, fh, wb_part)
        self.epoch = CALENDAR_MAC_1904 if flags["date1904"] else CALENDAR_WINDOWS_1900
        self.sheets: list[tuple[str, str]] = []
        for title, r_id in sheets:
            if not r_id:
                continue  # openpyxl drops such a sheet too
            if r_id not in rels:
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "arket {sheet!r} peger på en relation ({relation}) som ikke findes"
                    ).format(sheet=title, relation=r_id)
                )
            rel_type, target = rels[r_id]
            if target not in names or "chartsheet" in rel_type:
                continue
            if any(part == target for _, part in self.sheets):
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "arket {sheet!r} bruger samme del ({part}) som et andet ark"
                    ).format(sheet=title, part=target)
                )
            if len(self.sheets) >= MAX_SHEETS:
                raise FastReadError(
                    QT_TRANSLATE_NOOP("Meddelelser", "projektmappen har flere end {limit} ark").format(limit=MAX_SHEETS)
                )
            self.sheets.append((title, target))
        strings = [t for k, t in rels.values() if k.endswith("/sharedStrings")]
        if not strings and "xl/sharedStrings.xml" in names:
            strings = ["xl/sharedStrings.xml"]
        self.shared_strings = _shared_strings(zf, strings[0]) if strings and strings[0] in names else []
        self.date_styles, self.duration_styles = _styles(zf)
        self._texts = _Texts()
        self._decoded = _Texts()  # text as in the file -> decoded (cells(decode=...)); its own memory
        self._decoded_strings: tuple[Callable[[str], str], list[str]] | None = None
        self._dates: dict[tuple[str, int], Any] = {}
        self.cell_budget = MAX_CELLS  # cells left to read in this workbook (all sheets together)

    def close(self) -> None:
        self._zip.close()
        self._fh.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, part: str) -> Iterator[tuple[Any, ...]]:
        """The rows of one sheet part, as openpyxl's ``iter_rows(values_only=True)`` gives them.

        For comparison with openpyxl: gaps are filled and rows padded to the declared ``<dimension>`` as openpyxl does
        (lazily, but a hostile dimension still costs time). The importer uses :meth:`cells`."""
        with self._zip.open(part) as fh:
            yield from _openpyxl_rows(_row_cells(self, fh, part))

    def cells(
        self, part: str, decode: Callable[[str], str] | None = None
    ) -> Generator[tuple[int, list[tuple[int, Any]]], None, None]:
        """The rows the sheet part holds, as (row number, [(column number, value), ...]) in file order.

        Rows without cells are left out; row numbers increase strictly and never pass 1,048,576; a row holds at most
        16,384 cells. The work done is bounded by the cells present in the file. With ``decode`` every text value
        that holds ``_x`` (the importer's OOXML ``_xHHHH_`` escapes) is given as ``decode(text)``, worked out once
        per distinct text (shared strings once per workbook), not once per cell; everything else is the same."""
        with self._zip.open(part) as fh:
            for number, cells, _dim in _row_cells(self, fh, part, decode):
                if cells:
                    yield number, cells


def open_regular_file(path: str | Path) -> IO[bytes]:
    """Open ``path`` for reading only when it is a regular file: a FIFO, a device (``/dev/zero``), a socket or a
    folder is refused with :class:`FastReadError` before anything waits on it (opened non-blocking, checked with
    ``fstat`` on the open descriptor, so a file swapped in after a check is caught too)."""
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise FastReadError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: er en mappe, ikke en Excel-fil").format(where=where)
        ) from None
    except FileNotFoundError:
        raise FastReadError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: filen findes ikke").format(where=where)
        ) from None
    except OSError as err:
        raise FastReadError(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: filen kan ikke åbnes ({error})").format(
                where=where, error=err.strerror or err
            )
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FastReadError(shape("{where}: {reason}", where=where, reason=not_a_file_reason(mode)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def not_a_file_reason(mode: int) -> str:
    """Why a file of this ``st_mode`` is not read (in Danish, a translatable ``Text``)."""
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Meddelelser", "er en mappe, ikke en almindelig fil; vælg en Excel-fil (.xlsx)")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "Meddelelser", "er en navngiven pipe (FIFO), ikke en almindelig fil; vælg en Excel-fil (.xlsx)"
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP(
            "Meddelelser", "er en enhed (device), ikke en almindelig fil; vælg en Excel-fil (.xlsx)"
        )
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("Meddelelser", "er en socket, ikke en almindelig fil; vælg en Excel-fil (.xlsx)")
    return QT_TRANSLATE_NOOP("Meddelelser", "er ikke en almindelig fil; vælg en Excel-fil (.xlsx)")


def open_workbook(path: str | Path) -> Workbook:
    return Workbook(path)


_CACHE_LIMIT = 200_000  # distinct texts or dates kept for sharing; the cache starts afresh beyond this


_Dimension = tuple[int, int] | None  # (last column, last row) of a sheet's <dimension>

# The fast path: the plain form in which writers (this app's export, openpyxl, Excel) put a sheet's rows. Rows and
# cells carry their references, a cell has at most the attributes s and t (in either order) and holds a <v> or an
# inline <is><t>, text holds no markup and only the five predefined entities. One token per cell, row start, row end
# or whitespace; anything else is "junk" (the last group, which takes the rest of the text: one token, not one per
# character), and expat reads that run instead.
_FAST_CHAR = r"[^<&\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]"
_FAST_TEXT = _FAST_CHAR + r"*+(?:&(?:amp|lt|gt|quot|apos);" + _FAST_CHAR + r"*+)*+"
_FAST_TOKEN = re.compile(
    r'<c r="([A-Z]{1,3})[1-9][0-9]{0,6}"((?: [st]="[0-9A-Za-z]{1,16}"){0,2})'
    r"(?:/>|></c>|><(?:v>(" + _FAST_TEXT + r")</v>"
    r'|(i)s><t(?: xml:space="preserve")?+>(' + _FAST_TEXT + r")</t></is>)</c>)"
    r'|<row r="([0-9]{1,7})"(?: spans="[0-9]{1,5}:[0-9]{1,5}")?+(/?)>'
    r"|(</row>)"
    r"|[ \t\n]++"
    r"|([\s\S])[\s\S]*+"
)
# A run is matched a window of about this many characters at a time, so the tokens held at once (a 9-tuple each,
# ~130 bytes, per 6 characters at worst) stay a few MB however long a row is, and a row of too many cells is given up
# within a window of its 16,385th. A window ends where a cell or row tag starts: in the plain form these start a token
# and never stand inside one, so the windows' tokens are the whole run's (and any junk is junk in either).
_FAST_WINDOW = 256 * 1024
_FAST_SPLIT = re.compile(r"<(?:c |row |/row>)")
_FAST_ATTR = re.compile(r' ([st])="([0-9A-Za-z]{1,16})"')
_FAST_ATTRS: dict[str, tuple[str, str | None] | None] = {}
_PLAIN = ("n", None)  # a cell without s and t: a number (or a text the number parser refuses: expat reads it)
_FAST_MAX_ROW = 16 * 1024**2  # bytes of one row the fast path waits for; a longer row is read by expat
_SHEET_DATA = b"<sheetData>"
_SHEET_DATA_END = b"</sheetData>"
# Rows of one shape: within the fast path, a row the token loop has read is also learnt as a shape (its cells'
# columns, attributes and forms, in order), one regular expression per shape, so that the following rows of that
# shape (most rows of a sheet) are matched whole, one match per row instead of one token per cell. A shape only
# matches text the token loop reads as the same tokens, and its values are converted as that loop converts them.
_ROW_START = r'<row r="([0-9]{1,7})"(?: spans="[0-9]{1,5}:[0-9]{1,5}")?+>'
_SHAPE_ROW = re.compile(_ROW_START)
_SHAPE_CELL = re.compile(
    r'<c r="([A-Z]{1,3})[1-9][0-9]{0,6}"((?: [st]="[0-9A-Za-z]{1,16}"){0,2})'
    r"(?:(/>)|(></c>)|><v>(" + _FAST_TEXT + r")</v></c>"
    r'|><is><t( xml:space="preserve")?+>(' + _FAST_TEXT + r")</t></is></c>)"
)
_SHAPES_KEPT = 16  # shapes per sheet part, the most recently used first
_SHAPES_LEARNT = 256  # rows of one part the fast path tries to learn a shape from
_SHAPE_CELLS = 64  # cells of a shape at most: a row that fails every shape was tried 16 times, so briefly
_WASTE_SLACK = 4 * 1024**2  # characters of failed shape tries allowed beyond _WASTE_FACTOR x those of hits
_WASTE_FACTOR = 4
_SHAPES_MISSED = 4096  # rows of one part that fit no shape before shapes are given up for that part; what failed
# shape tries read (near-misses of matched rows too) is also budgeted by characters: _WASTE_FACTOR, _WASTE_SLACK


# A learnt shape's cell, when its row holds no entity and no text past the limit: empty (or an <is> in a cell that is
# no inline string, which expat reads as empty), an inline text, a number without a style or type, any other value.
_OP_NONE, _OP_TEXT, _OP_NUMBER, _OP_TYPED = 0, 1, 2, 3


class _Texts(dict[str, str]):
    """Texts read, each kept once (equal texts share one object, as memory); with ``decode``, a text holding ``_x``
    is kept decoded. ``texts[text]`` adds a text not yet kept (starting afresh beyond :data:`_CACHE_LIMIT`)."""

    def __init__(self, decode: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self.decode = decode

    def __missing__(self, text: str) -> str:
        if len(self) > _CACHE_LIMIT:
            self.clear()
        decode = self.decode
        found = self[text] = text if decode is None or "_x" not in text else decode(text)
        return found


class _Memo(dict[str, Any]):
    """``memo[text]`` is ``fn(text)``, worked out at the first look-up only (a hit is a dict look-up in C); starts
    afresh beyond :data:`_CACHE_LIMIT` texts. ``fn`` may raise: nothing is kept then."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, text: str) -> Any:
        value = self.fn(text)
        if len(self) > _CACHE_LIMIT:
            self.clear()
        self[text] = value
        return value


def _plain_number(v: str) -> Any:
    """A cell without a type or style, as the fast path reads it: empty is None, else an int or a float."""
    if not v:
        return None
    return float(v) if ("." in v or "E" in v or "e" in v) else int(v)


def _typed_value(convert: Callable[..., Any], kind: tuple[str, str | None], v: str) -> Any:
    return convert(kind[0], kind[1], v, None) if v else None


def _outside_row(_cell: tuple[int, Any]) -> None:
    raise ValueError("a cell outside a row")


def _unescape(text: str) -> str:
    """The five predefined entities, in a text the fast path took (where every "&" starts one of them). Replaced in C:
    a text of 6,553 "&amp;" cost 1.7 ms through a regular expression with a Python function per entity (a sheet of
    them took the fast path 7 times as long as expat); "&amp;" last, so "&amp;lt;" stays "&lt;"."""
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _fast_attrs(attrs: str) -> tuple[str, str | None] | None:
    """A cell's attributes after ``r`` (``' s="1" t="s"'``) as (type, style), or None unless it is s and/or t once
    each with a style that is a number."""
    found = _FAST_ATTRS.get(attrs, False)
    if found is not False:
        return found  # type: ignore[return-value]
    pairs = _FAST_ATTR.findall(attrs)
    names = [n for n, _ in pairs]
    given = dict(pairs)
    result: tuple[str, str | None] | None = None
    if len(set(names)) == len(names) and given.get("s", "0").isdigit():
        result = (given.get("t", "n"), given.get("s"))
    if len(_FAST_ATTRS) > 1_000:
        _FAST_ATTRS.clear()
    _FAST_ATTRS[attrs] = result
    return result


def _openpyxl_rows(source: Iterator[tuple[int, list[tuple[int, Any]], _Dimension]]) -> Iterator[tuple[Any, ...]]:
    """openpyxl's ``_cells_by_row`` over the present rows: gaps become empty rows, rows are padded to the dimension."""
    counter = last = 1
    max_row: int | None = None
    max_col: int | None = None
    empty: tuple[Any, ...] = ()
    for idx, cells, dim in source:
        if dim is not None and max_row is None:
            max_col, max_row = dim
            empty = (None,) * max_col if max_col else ()
        last = idx
        if max_row is not None and idx > max_row:
            break
        while counter < idx:
            yield empty
            counter += 1
        if counter <= idx:
            yield _dense(cells, max_col)
            counter += 1
    if max_row is not None and max_row < last:
        for _ in range(counter, max_row + 1):
            yield empty


def _dense(cells: list[tuple[int, Any]], max_col: int | None) -> tuple[Any, ...]:
    if not cells and not max_col:
        return ()
    width = max_col or cells[-1][0]
    if len(cells) == width and cells[-1][0] == width and all(c == i for i, (c, _) in enumerate(cells, 1)):
        return tuple([v for _, v in cells])
    new: list[Any] = [None] * width
    for col, v in cells:
        if 1 <= col <= width:
            new[col - 1] = v
    return tuple(new)


def _row_cells(
    book: Workbook, fh: IO[bytes], part: str, decode: Callable[[str], str] | None = None
) -> Iterator[tuple[int, list[tuple[int, Any]], _Dimension]]:
    """Parse one sheet with expat and yield each ``<row>`` of its data as (number, cells, dimension); the handlers
    keep their state in closure variables (fast). Nothing is allocated for rows or columns the file does not hold.
    With ``decode``, texts holding ``_x`` are given decoded (see :meth:`Workbook.cells`)."""
    strings, dates, durations, epoch = book.shared_strings, book.date_styles, book.duration_styles, book.epoch
    n_strings = len(strings)
    budget = book.cell_budget
    texts, date_values = book._texts, book._dates  # equal values share one object (memory)
    if decode is not None:  # a cache of its own: a text's entry is its decoded form
        if book._decoded.decode is not decode:
            book._decoded = _Texts(decode)
        texts = book._decoded
        if book._decoded_strings is None or book._decoded_strings[0] is not decode:
            book._decoded_strings = (decode, [decode(t) if "_x" in t else t for t in strings])
        strings = book._decoded_strings[1]

    new_text = texts.__missing__  # a text not yet in ``texts``: kept (decoded), so that equal texts share one object
    # values of one cell form in the rows of learnt shapes, per distinct text: plain numbers, other types and styles
    numbers = _Memo(_plain_number)
    typed: dict[tuple[str, str | None], _Memo] = {}

    ready: list[tuple[int, list[tuple[int, Any]], _Dimension]] = []
    cells: list[tuple[int, Any]] = []
    buf: list[str] = []
    buf_len = 0
    columns: dict[str, int] = {}
    # learnt row shapes of this part: (pattern, per cell (column, kind, group or 0, inline text)); see _SHAPE_CELL
    # and each cell's work when the row can hold no entity and no text past the limit: (column, _OP_*, group, kind)
    shapes: list[
        tuple[
            re.Pattern[str],
            list[tuple[int, tuple[str, str | None], int, bool]],
            list[tuple[int, int, int, tuple[str, str | None]]],
            tuple[tuple[int, ...], tuple[Callable[[str], Any], ...]] | None,
        ]
    ] = []
    learning = [_SHAPES_LEARNT, _SHAPES_MISSED]
    waste = [0, 0]  # characters scanned by shape tries that failed, and by those that matched
    dim: _Dimension = None  # from the sheet's <dimension>, which comes before the data (for openpyxl's layout only)
    row_no = col_no = 0
    in_data = collect = in_is = in_row = False
    is_depth = rph = 0
    c_type = "n"  # the cell being read
    c_style: str | None = None
    c_v: str | None = None
    c_has_v = False
    c_is: str | None = None
    C, V, ROW = _MAIN + _S + "c", _MAIN + _S + "v", _MAIN + _S + "row"
    IS, T, RPH = _MAIN + _S + "is", _MAIN + _S + "t", _MAIN + _S + "rPh"
    DIM, DATA = _MAIN + _S + "dimension", _MAIN + _S + "sheetData"
    data_at = -1  # where the <sheetData> start tag begins (a byte offset), once expat has seen it
    data_pos = (1, 0)  # ... and its line and column, as expat counts them
    # The rows the fast path read are never given to expat, which counts lines and columns without them: expat's
    # (line, column) right after <sheetData>, and the lines and the characters after the last line break left out.
    skip_at: tuple[int, int] | None = None
    skip_lines = skip_cols = 0
    utf8 = [True]  # the part's XML declaration names no other encoding than UTF-8 (as expat spells it)

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal col_no, c_type, c_style, c_v, c_has_v, c_is, collect, row_no, in_is, is_depth, rph, in_data
        nonlocal dim, buf_len, data_at, data_pos, in_row
        if name == C:
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                col = columns.get(letters)
                if col is None or letters == ref:
                    try:
                        col = coordinate_to_tuple(ref)[1]
                    except (ValueError, KeyError, TypeError):
                        raise FastReadError(
                            QT_TRANSLATE_NOOP("Meddelelser", "ugyldig cellereference {ref!r}").format(ref=ref[:20]),
                            row=row_no or None,
                        ) from None
                    if letters != ref:
                        columns[letters] = col
                col_no = col
            else:
                col_no += 1
            if not 1 <= col_no <= MAX_COLUMNS:
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "kolonne {column} ligger uden for Excels grænse på {limit} kolonner"
                    ).format(column=col_no, limit=MAX_COLUMNS),
                    row=row_no or None,
                )
            if len(cells) >= MAX_COLUMNS:
                raise FastReadError(
                    QT_TRANSLATE_NOOP("Meddelelser", "rækken har flere end {limit} celler").format(limit=MAX_COLUMNS),
                    row=row_no or None,
                )
            c_type = attrs.get("t", "n")
            c_style = attrs.get("s")
            c_v = c_is = None
            c_has_v = False
        elif name == V:
            if not c_has_v:
                collect = True
                buf.clear()
                buf_len = 0
        elif name == ROW:
            if not in_data:
                return
            if in_row:  # the first row's cells would be lost and the inner row read twice
                raise FastReadError(
                    QT_TRANSLATE_NOOP("Meddelelser", "en række står inde i en anden række"), row=row_no or None
                )
            in_row = True
            r = attrs.get("r")
            if r is not None:
                try:
                    number = int(r)
                except ValueError:
                    try:
                        val = float(r)
                    except ValueError:
                        val = 0.5
                    if not val.is_integer():
                        raise FastReadError(
                            QT_TRANSLATE_NOOP("Meddelelser", "{number!r} er ikke et gyldigt rækkenummer").format(
                                number=r[:20]
                            ),
                            row=row_no or None,
                        ) from None
                    number = int(val)
            else:
                number = row_no + 1
            if number > MAX_ROWS:
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "rækkenummer {number} ligger uden for Excels grænse på {limit} rækker"
                    ).format(number=number, limit=MAX_ROWS),
                    row=number,
                )
            if number <= row_no or number < 1:
                raise FastReadError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "rækkenummer {number} står efter række {previous}; rækkerne skal stå i orden"
                    ).format(number=number, previous=row_no),
                    row=number if number >= 1 else row_no or None,
                )
            row_no = number
            col_no = 0
            cells.clear()
        elif name == IS:
            if c_is is None and not in_is:
                in_is = True
                is_depth = rph = 0
                buf.clear()
                buf_len = 0
        elif in_is:
            is_depth += 1
            if name == RPH:
                rph += 1
            elif name == T and not rph and is_depth <= 2:
                collect = True
        elif name == DATA:
            in_data = True
            data_at = p.CurrentByteIndex
            data_pos = (p.CurrentLineNumber, p.CurrentColumnNumber)
        elif name == DIM and not in_data:
            ref = attrs.get("ref")
            if ref:
                try:
                    _min_col, _min_row, max_col, max_row = range_boundaries(ref)
                except (ValueError, KeyError, TypeError):
                    raise FastReadError(
                        QT_TRANSLATE_NOOP("Meddelelser", "ugyldigt område i <dimension>: {ref!r}").format(ref=ref[:40])
                    ) from None
                if max_col is not None and max_row is not None:
                    dim = (min(max_col, MAX_COLUMNS), min(max_row, MAX_ROWS))

    def end(name: str) -> None:
        nonlocal collect, c_has_v, c_v, in_is, is_depth, rph, c_is, in_data, budget, in_row
        if name == C:
            budget -= 1
            if budget < 0:
                raise TooLarge(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser",
                        "projektmappen har flere end {limit} celler, mere end én import kan læse; "
                        "del den op i flere filer",
                    ).format(limit=f"{MAX_CELLS:,}".replace(",", "."))
                )
            cells.append((col_no, value()))
        elif name == V:
            if collect:
                collect = False
                c_has_v = True
                c_v = "".join(buf) or None
        elif name == ROW:
            in_row = False
            if in_data:
                ready.append((row_no, cells.copy(), dim))
        elif in_is:
            if name == IS:
                in_is = collect = False
                text = "".join(buf)
                c_is = texts.get(text)
                if c_is is None:
                    c_is = new_text(text)
            else:
                is_depth -= 1
                if name == RPH:
                    rph -= 1
                elif name == T:
                    collect = False
        elif name == DATA:
            in_data = False

    def chars(data: str) -> None:
        nonlocal buf_len
        if collect:
            buf.append(data)
            buf_len += len(data)
            if buf_len > MAX_CELL_TEXT:
                raise FastReadError(
                    QT_TRANSLATE_NOOP("Meddelelser", "cellen er længere end Excels grænse på {limit} tegn").format(
                        limit=MAX_CELL_TEXT
                    ),
                    row=row_no,
                    column=col_no,
                )

    def value() -> Any:
        try:
            return convert(c_type, c_style, c_v, c_is)
        except FastReadError:
            raise
        except (ValueError, IndexError, KeyError, TypeError, ArithmeticError) as err:
            shown = (c_v or "")[:40]
            raise FastReadError(
                QT_TRANSLATE_NOOP("Meddelelser", "værdien {value!r} (type {type!r}) kan ikke læses: {error}").format(
                    value=shown, type=c_type[:10], error=message_of(err)
                ),
                row=row_no,
                column=col_no,
            ) from None

    def convert(t: str, c_style: str | None, v: str | None, c_is: str | None) -> Any:
        if t == "inlineStr":
            return c_is  # None without an <is>
        if v is None:
            return None
        if t == "n":
            if c_style:
                style = int(c_style)
                if style in dates:
                    key = (v, style)
                    found = date_values.get(key)
                    if found is None:
                        number = float(v) if ("." in v or "E" in v or "e" in v) else int(v)
                        try:
                            found = from_excel(number, epoch, timedelta=style in durations)
                        except (OverflowError, ValueError):
                            found = "#VALUE!"  # openpyxl warns and gives the error text
                        if len(date_values) > _CACHE_LIMIT:
                            date_values.clear()
                        date_values[key] = found
                    return found
            return float(v) if ("." in v or "E" in v or "e" in v) else int(v)
        if t == "s":
            i = int(v)
            if not 0 <= i < n_strings:
                raise IndexError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "tekst nr. {number} findes ikke i tabellen med tekster ({count} tekster)"
                    ).format(number=i, count=n_strings)
                )
            return strings[i]
        if t == "b":
            return bool(int(v))
        if t == "d":
            return from_ISO8601(v)
        if decode is not None and "_x" in v:
            return decode(v)
        return v  # "str", "e" and anything else: the text

    def learn(text: str, start: int, end: int) -> None:
        """Learn the shape of the row ``text[start:end]``, which the token loop has just read: its cells' columns,
        attributes and forms, each value a group; nothing when it is not one plain row of cells."""
        m = _SHAPE_ROW.match(text, start, end)
        if m is None:
            return
        at = m.end()
        pattern = [_ROW_START]
        plan: list[tuple[int, tuple[str, str | None], int, bool]] = []
        group = 0  # a cell with a value: the index of its group in the match's groups (the row number is 0)
        while at < end - 6:
            c = _SHAPE_CELL.match(text, at, end)
            if c is None or len(plan) >= _SHAPE_CELLS:
                return
            letters, attrs, short, empty, number_text, space, _text = c.groups()
            col = columns.get(letters)
            kind = (_FAST_ATTRS.get(attrs) or _fast_attrs(attrs)) if attrs else _PLAIN
            if col is None or kind is None:
                return
            head = f'<c r="{letters}[1-9][0-9]{{0,6}}"{re.escape(attrs)}'
            if short or empty:
                pattern.append(head + ("/>" if short else "></c>"))
                plan.append((col, kind, 0, False))
            elif number_text is not None:
                group += 1
                pattern.append(f"{head}><v>({_FAST_TEXT})</v></c>")
                plan.append((col, kind, group, False))
            else:
                group += 1
                t_tag = '<t xml:space="preserve">' if space else "<t>"
                pattern.append(f"{head}><is>{re.escape(t_tag)}({_FAST_TEXT})</t></is></c>")
                plan.append((col, kind, group, True))
            at = c.end()
        if at != end - 6 or not text.startswith("</row>", at):
            return
        pattern.append("</row>")
        quick = [
            (
                col,
                _OP_NONE
                if not g or (inline and kind[0] != "inlineStr")
                else _OP_TEXT
                if inline
                else _OP_NUMBER
                if kind is _PLAIN
                else _OP_TYPED,
                g,
                kind,
            )
            for col, kind, g, inline in plan
        ]
        direct: tuple[tuple[int, ...], tuple[Callable[[str], Any], ...]] | None = None
        if all(op != _OP_NONE for _, op, _, _ in quick):  # every cell a value, in group order
            makers: list[Callable[[str], Any]] = []
            for _col, op, _g, as_kind in quick:
                if op == _OP_TEXT:
                    makers.append(texts.__getitem__)
                elif op == _OP_NUMBER:
                    makers.append(numbers.__getitem__)
                else:
                    memo = typed.get(as_kind)
                    if memo is None:
                        memo = typed[as_kind] = _Memo(partial(_typed_value, convert, as_kind))
                    makers.append(memo.__getitem__)
            direct = (tuple(col for col, _, _, _ in quick), tuple(makers))
        shapes.insert(0, (re.compile("".join(pattern)), plan, quick, direct))

    def fast_rows(body: bytes) -> bool:
        """Read a run of whole ``<row>`` elements in the plain form writers use (this module's fast path): one
        regular expression in C instead of a Python call per XML event. Returns False, having changed nothing, when
        anything in the run is not in that form or passes a limit; expat then reads the run (and the rest of the
        part) and gives the exact value or error, so the fast path never decides what is refused."""
        nonlocal row_no, budget, skip_lines, skip_cols
        try:
            body_text = body.decode("utf-8")
        except UnicodeDecodeError:
            return False
        if "]]>" in body_text:  # not allowed in character data; expat says where
            return False
        amp = "&" in body_text  # an entity to replace somewhere in the run
        out: list[tuple[int, list[tuple[int, Any]], _Dimension]] = []
        number, left = row_no, budget
        row: list[tuple[int, Any]] = []
        append: Callable[[tuple[int, Any]], None] = _outside_row  # a cell outside a row: not the plain form
        in_row = False
        kinds = _FAST_ATTRS
        at, size = 0, len(body_text)
        segment = seg_start = 0  # the end (and start) of the text the token loop reads, one row at a time
        try:
            while at < size:
                if at >= segment:  # between rows: a row of a learnt shape, or else the next row token by token
                    m = None
                    for k in range(len(shapes)):
                        m = shapes[k][0].match(body_text, at)
                        if m is not None:
                            plan, quick, direct = shapes[k][1], shapes[k][2], shapes[k][3]
                            if k:
                                shapes.insert(0, shapes.pop(k))
                                # near-misses cost up to k scans of this row: budget them against what shapes read
                                waste[0] += k * (m.end() - at)
                            waste[1] += m.end() - at
                            break
                    if (
                        m is not None and waste[0] > _WASTE_FACTOR * waste[1] + _WASTE_SLACK
                    ):  # shapes cost more than they save
                        shapes.clear()
                        learning[0] = 0
                        m = None
                    if m is not None:
                        n = int(m.group(1))
                        if n <= number or n > MAX_ROWS:
                            return False
                        number = n
                        row = []
                        groups = m.groups()
                        if not amp and m.end() - at <= MAX_CELL_TEXT and direct is not None:
                            # as below, with every cell a value: each made by its column's memory, all in C
                            row = list(zip(direct[0], map(_call, direct[1], groups[1:]), strict=True))
                            left -= len(row)
                            if left < 0:
                                return False
                            out.append((number, row, dim))
                            at = m.end()
                            continue
                        if not amp and m.end() - at <= MAX_CELL_TEXT:
                            # no "&" in the run and no value past the limit: the checks below could only pass
                            add = row.append
                            for at_col, op, g, as_kind in quick:
                                if op == _OP_TEXT:
                                    v = groups[g]
                                    found = texts.get(v)
                                    if found is None:
                                        found = new_text(v)
                                    add((at_col, found))
                                elif op == _OP_NUMBER:
                                    v = groups[g]
                                    if not v:
                                        add((at_col, None))
                                    else:
                                        add((at_col, float(v) if ("." in v or "E" in v or "e" in v) else int(v)))
                                elif op == _OP_NONE:
                                    add((at_col, None))
                                else:
                                    v = groups[g]
                                    add((at_col, convert(as_kind[0], as_kind[1], v, None) if v else None))
                            left -= len(row)
                            if left < 0:
                                return False
                            out.append((number, row, dim))
                            at = m.end()
                            continue
                        for at_col, as_kind, g, inline in plan:
                            if not g:
                                row.append((at_col, None))
                                continue
                            v = groups[g]
                            if inline:  # <is><t>, as the token loop takes it
                                if len(v) > MAX_CELL_TEXT:
                                    return False
                                if as_kind[0] != "inlineStr":
                                    row.append((at_col, None))
                                    continue
                                if "&" in v:
                                    v = _unescape(v)
                                found = texts.get(v)
                                if found is None:
                                    found = new_text(v)
                                row.append((at_col, found))
                            elif not v:
                                row.append((at_col, None))
                            elif len(v) > MAX_CELL_TEXT:
                                return False
                            elif as_kind is _PLAIN:
                                row.append((at_col, float(v) if ("." in v or "E" in v or "e" in v) else int(v)))
                            else:
                                typed = convert(as_kind[0], as_kind[1], _unescape(v) if "&" in v else v, None)
                                row.append((at_col, typed))
                        left -= len(row)
                        if left < 0:
                            return False
                        out.append((number, row, dim))
                        at = m.end()
                        continue
                    if shapes:
                        close_at = body_text.find("</row>", at)
                        waste[0] += len(shapes) * ((size if close_at < 0 else close_at + 6) - at)
                        if waste[0] > _WASTE_FACTOR * waste[1] + _WASTE_SLACK:
                            learning[1] = 0
                        learning[1] -= 1
                        if learning[1] <= 0:  # rows keep missing the shapes: token by token from here on
                            shapes.clear()
                            learning[0] = 0
                    close = body_text.find("</row>", at)
                    seg_start, segment = at, (size if close < 0 else close + 6)
                stop = segment
                if segment - at > _FAST_WINDOW:
                    split = _FAST_SPLIT.search(body_text, at + _FAST_WINDOW, segment)
                    if split is not None:
                        stop = split.start()
                for letters, attrs, v, is_mark, is_text, row_ref, empty_row, row_end, junk in _FAST_TOKEN.findall(
                    body_text, at, stop
                ):
                    if letters:
                        col = columns.get(letters)
                        if col is None:
                            col = 0
                            for ch in letters:
                                col = col * 26 + ord(ch) - 64
                            if col > MAX_COLUMNS:
                                return False
                            columns[letters] = col
                        kind = kinds.get(attrs) if attrs else _PLAIN
                        if kind is None:
                            kind = _fast_attrs(attrs)
                            if kind is None:
                                return False
                        if is_mark:  # <is><t>
                            if len(is_text) > MAX_CELL_TEXT:  # expat refuses it in any cell (counted unescaped)
                                return False
                            if kind[0] != "inlineStr":
                                append((col, None))  # as expat: an <is> counts only in an inline-string cell
                                continue
                            if "&" in is_text:
                                is_text = _unescape(is_text)
                            found = texts.get(is_text)
                            if found is None:
                                found = new_text(is_text)
                            append((col, found))
                        elif not v:
                            append((col, None))
                        elif len(v) > MAX_CELL_TEXT:  # whatever the type: float() reads 40,000 digits
                            return False
                        elif kind is _PLAIN:
                            append((col, float(v) if ("." in v or "E" in v or "e" in v) else int(v)))
                        else:
                            append((col, convert(kind[0], kind[1], _unescape(v) if "&" in v else v, None)))
                    elif row_ref:
                        if in_row:
                            return False
                        n = int(row_ref)
                        if n <= number or n > MAX_ROWS:
                            return False
                        number = n
                        row = []
                        append = row.append
                        if empty_row:
                            out.append((number, row, dim))
                            append = _outside_row
                        else:
                            in_row = True
                    elif row_end:
                        if not in_row or len(row) > MAX_COLUMNS:
                            return False
                        left -= len(row)
                        if left < 0:
                            return False
                        out.append((number, row, dim))
                        in_row = False
                        append = _outside_row
                    elif junk:
                        return False
                    # else whitespace between elements
                if len(row) > MAX_COLUMNS:  # a row too wide to be read: give up now, not at its end
                    return False
                at = stop
                if at >= segment and not in_row and learning[0] > 0 and len(shapes) < _SHAPES_KEPT:
                    learning[0] -= 1
                    learn(body_text, seg_start, segment)
        except (ValueError, IndexError, KeyError, TypeError, ArithmeticError):
            return False
        if in_row:
            return False
        row_no, budget = number, left
        ready.extend(out)
        breaks = body_text.count("\n")  # the plain form holds no CR (expat's other line break)
        skip_lines += breaks
        skip_cols = len(body_text) - body_text.rfind("\n") - 1 + (0 if breaks else skip_cols)
        return True

    def declaration(_version: str, encoding: str | None, _standalone: int) -> None:
        # expat knows UTF-8 by this name alone: "utf8" goes to Python's handler of unknown (one-byte) encodings
        utf8[0] = encoding is None or encoding.lower() == "utf-8"

    p = _parser()
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    p.XmlDeclHandler = declaration

    def pump() -> Iterator[None]:
        """Feed the part to expat up to and including ``<sheetData>``, the rows to :func:`fast_rows` a run at a time
        while they are in the plain form, and the rest (from the first run that is not, or ``</sheetData>``) to
        expat again. Expat sees the document without the runs the fast path read: whole ``<row>`` elements, so it
        is as well-formed as the part itself, and expat still checks everything outside them (no DTD, namespaces)."""
        nonlocal skip_at
        fed = 0

        def give(data: bytes, final: bool = False) -> None:
            nonlocal fed
            try:
                p.Parse(data, final)
            except expat.ExpatError as err:
                line, column = err.lineno, err.offset
                if skip_at is not None and (line, column) >= skip_at:  # where it is in the part, rows and all
                    if line == skip_at[0]:
                        column += skip_cols - (skip_at[1] if skip_lines else 0)
                    line += skip_lines
                raise FastReadError(_invalid_xml(part, line, column, expat.ErrorString(err.code))) from None
            fed += len(data)

        def read() -> bytes:
            try:
                return fh.read(_CHUNK)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
                raise FastReadError(_damaged(part, err)) from None

        pending = b""
        while True:  # up to <sheetData>, by expat
            data = read()
            if not data:
                give(pending, True)
                yield None
                return
            pending += data
            at = pending.find(_SHEET_DATA)
            if at >= 0:
                break
            keep = len(_SHEET_DATA) - 1  # the tag may be split between two reads
            give(pending[:-keep])
            pending = pending[-keep:]
            yield None
        give(pending[: at + len(_SHEET_DATA)])
        pending = pending[at + len(_SHEET_DATA) :]
        fast = in_data and data_at == fed - len(_SHEET_DATA) and utf8[0]
        if fast:
            skip_at = (data_pos[0], data_pos[1] + len(_SHEET_DATA))
        while fast:  # the rows, a run of whole rows at a time, by the fast path while they are plain
            end_at = pending.find(_SHEET_DATA_END)
            cut = end_at if end_at >= 0 else pending.rfind(b"<row")
            if cut > 0:
                if not fast_rows(pending[:cut]):
                    break
                pending = pending[cut:]
                yield None
            if end_at >= 0 or len(pending) > _FAST_MAX_ROW:
                break
            data = read()
            if not data:
                break
            pending += data
        while True:  # the rest, by expat
            give(pending)
            yield None
            pending = read()
            if not pending:
                give(b"", True)
                yield None
                return

    failure: FastReadError | None = None
    try:
        for _ in pump():
            book.cell_budget = budget
            if ready:
                yield from ready
                ready.clear()
    except TooLarge:
        raise
    except FastReadError as err:
        failure = err
        if err.row is None and row_no:
            err.row = row_no
    except (ValueError, IndexError, KeyError, TypeError, ArithmeticError) as err:
        failure = FastReadError(
            QT_TRANSLATE_NOOP("Meddelelser", "arket kan ikke læses ({kind}: {error})").format(
                kind=type(err).__name__, error=message_of(err)
            ),
            row=row_no or None,
        )
    if failure is not None:
        yield from ready  # the rows completed before the fault (the header names the faulty cell's column)
        raise failure
