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

Cell text keeps OOXML's ``_xHHHH_`` escapes as openpyxl does (the importer decodes them). Sheets are found through the
workbook part and its relationships, never by file name. A part that holds a DTD or an entity declaration is refused
(:class:`HostileXml`); the importer's guard refuses those earlier, this is a second line.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn
from xml.parsers import expat

from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_S = " "  # expat's namespace separator: names arrive as "namespace local"
_CHUNK = 1024 * 1024
_DIGITS = "0123456789"


class FastReadError(ValueError):
    """The file is not a workbook this reader can read (a part or a relationship is missing or malformed)."""


class HostileXml(FastReadError):
    """A part declares a DTD or an entity (an XML bomb or an external-entity attack)."""


def _refuse(*_args: Any) -> NoReturn:
    raise HostileXml("delen indeholder en DTD/entitetserklæring (XML-bombe eller ekstern entitet)")


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


def _feed(p: Any, fh: IO[bytes]) -> Iterator[None]:
    """Parse ``fh`` chunk by chunk, pausing after each chunk (so a caller can hand on what the handlers collected)."""
    while True:
        data = fh.read(_CHUNK)
        if not data:
            p.Parse(b"", True)
            yield None
            return
        p.Parse(data, False)
        yield None


def _parse_all(p: Any, fh: IO[bytes]) -> None:
    for _ in _feed(p, fh):
        pass


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
    with zf.open(rels_path) as fh:
        _parse_all(p, fh)
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

    def chars(data: str) -> None:
        if state["in_t"]:
            parts.append(data)

    return start, end, chars, out


def _shared_strings(zf: zipfile.ZipFile, part: str) -> list[str]:
    p = _parser()
    start, end, chars, out = _text_collector(_MAIN + _S + "si")
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    with zf.open(part) as fh:
        _parse_all(p, fh)
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
    with zf.open("xl/styles.xml") as fh:
        _parse_all(p, fh)
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
        self._zip = zipfile.ZipFile(path)
        try:
            self._load()
        except BaseException:
            self._zip.close()
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
            raise FastReadError(f"projektmappens del {wb_part} mangler")
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
        with zf.open(wb_part) as fh:
            _parse_all(p, fh)
        self.epoch = CALENDAR_MAC_1904 if flags["date1904"] else CALENDAR_WINDOWS_1900
        self.sheets: list[tuple[str, str]] = []
        for title, r_id in sheets:
            if not r_id:
                continue  # openpyxl drops such a sheet too
            if r_id not in rels:
                raise FastReadError(f"arket {title!r} peger på en relation ({r_id}) som ikke findes")
            rel_type, target = rels[r_id]
            if target not in names or "chartsheet" in rel_type:
                continue
            self.sheets.append((title, target))
        strings = [t for k, t in rels.values() if k.endswith("/sharedStrings")]
        if not strings and "xl/sharedStrings.xml" in names:
            strings = ["xl/sharedStrings.xml"]
        self.shared_strings = _shared_strings(zf, strings[0]) if strings and strings[0] in names else []
        self.date_styles, self.duration_styles = _styles(zf)
        self._texts: dict[str, str] = {}
        self._dates: dict[tuple[str, int], Any] = {}

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, part: str) -> Iterator[tuple[Any, ...]]:
        """The rows of one sheet part, as openpyxl's ``iter_rows(values_only=True)`` gives them."""
        with self._zip.open(part) as fh:
            yield from _rows(self, fh)


def open_workbook(path: str | Path) -> Workbook:
    return Workbook(path)


_CACHE_LIMIT = 200_000  # distinct texts or dates kept for sharing; the cache starts afresh beyond this


def _rows(book: Workbook, fh: IO[bytes]) -> Iterator[tuple[Any, ...]]:
    """Parse one sheet with expat and yield its rows; the handlers keep their state in closure variables (fast)."""
    strings, dates, durations, epoch = book.shared_strings, book.date_styles, book.duration_styles, book.epoch
    texts, date_values = book._texts, book._dates  # equal values share one object (memory)
    ready: list[tuple[Any, ...]] = []
    cells: list[tuple[int, Any]] = []
    buf: list[str] = []
    columns: dict[str, int] = {}
    max_col: int | None = None  # from the sheet's <dimension>, which comes before the data
    max_row: int | None = None
    empty: tuple[Any, ...] = ()
    counter = last = 1  # as openpyxl's _cells_by_row: the next row number to yield, the last row number read
    row_no = col_no = 0
    stop = in_data = collect = in_is = False
    is_depth = rph = 0
    c_type = "n"  # the cell being read
    c_style: str | None = None
    c_v: str | None = None
    c_has_v = False
    c_is: str | None = None
    C, V, ROW = _MAIN + _S + "c", _MAIN + _S + "v", _MAIN + _S + "row"
    IS, T, RPH = _MAIN + _S + "is", _MAIN + _S + "t", _MAIN + _S + "rPh"
    DIM, DATA = _MAIN + _S + "dimension", _MAIN + _S + "sheetData"

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal col_no, c_type, c_style, c_v, c_has_v, c_is, collect, row_no, in_is, is_depth, rph, in_data
        nonlocal max_col, max_row, empty
        if name == C:
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                col = columns.get(letters)
                if col is None or letters == ref:
                    col = coordinate_to_tuple(ref)[1]  # raises on a bad reference, as openpyxl does
                    if letters != ref:
                        columns[letters] = col
                col_no = col
            else:
                col_no += 1
            c_type = attrs.get("t", "n")
            c_style = attrs.get("s")
            c_v = c_is = None
            c_has_v = False
        elif name == V:
            if not c_has_v:
                collect = True
                buf.clear()
        elif name == ROW:
            if not in_data:
                return
            r = attrs.get("r")
            if r is not None:
                try:
                    row_no = int(r)
                except ValueError:
                    val = float(r)
                    if not val.is_integer():
                        raise ValueError(f"{r} is not a valid row number") from None
                    row_no = int(val)
            else:
                row_no += 1
            col_no = 0
            cells.clear()
        elif name == IS:
            if c_is is None and not in_is:
                in_is = True
                is_depth = rph = 0
                buf.clear()
        elif in_is:
            is_depth += 1
            if name == RPH:
                rph += 1
            elif name == T and not rph and is_depth <= 2:
                collect = True
        elif name == DATA:
            in_data = True
        elif name == DIM and not in_data:
            ref = attrs.get("ref")
            if ref:
                _min_col, _min_row, max_col, max_row = range_boundaries(ref)
                empty = (None,) * max_col if max_col else ()

    def end(name: str) -> None:
        nonlocal collect, c_has_v, c_v, in_is, is_depth, rph, c_is, in_data
        if name == C:
            cells.append((col_no, value()))
        elif name == V:
            if collect:
                collect = False
                c_has_v = True
                c_v = "".join(buf) or None
        elif name == ROW:
            if in_data:
                row_done()
        elif in_is:
            if name == IS:
                in_is = collect = False
                text = "".join(buf)
                c_is = texts.get(text)
                if c_is is None:
                    if len(texts) > _CACHE_LIMIT:
                        texts.clear()
                    c_is = texts[text] = text
            else:
                is_depth -= 1
                if name == RPH:
                    rph -= 1
                elif name == T:
                    collect = False
        elif name == DATA:
            in_data = False

    def chars(data: str) -> None:
        if collect:
            buf.append(data)

    def value() -> Any:
        t = c_type
        if t == "inlineStr":
            return c_is  # None without an <is>
        v = c_v
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
            return strings[int(v)]
        if t == "b":
            return bool(int(v))
        if t == "d":
            return from_ISO8601(v)
        return v  # "str", "e" and anything else: the text

    def row_done() -> None:
        nonlocal stop, last, counter
        if stop:
            return
        idx = last = row_no
        if max_row is not None and idx > max_row:
            stop = True
            return
        while counter < idx:
            ready.append(empty)
            counter += 1
        if counter <= idx:
            ready.append(get_row())
            counter += 1

    def get_row() -> tuple[Any, ...]:
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

    p = _parser()
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    for _ in _feed(p, fh):
        if ready:
            yield from ready
            ready.clear()
        if stop:
            break
    if max_row is not None and max_row < last:
        for _ in range(counter, max_row + 1):
            yield empty
