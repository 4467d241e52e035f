"""A small streaming .xlsx writer for exports of millions of rows.

openpyxl's write-only mode builds a cell object per value and writes ~20,000 rows a second here; this writer formats
each row straight into the sheet's XML inside the zip, which is several times faster and keeps memory flat. It writes
only what the interchange workbook needs: text (inline strings), numbers, booleans and dates, one bold-free header
row, frozen panes and an auto-filter on the header. Text follows the same rules as :mod:`planner_gui.xlsx`: it is
always a text cell, never a formula; text that starts like a formula gets Excel's quote prefix; characters XML cannot
carry are written with OOXML's ``_xHHHH_`` escape (read back with :func:`planner_gui.xlsx.decode_text`).

The formatted XML is compressed and written by a second thread (:class:`_Writer`; zlib and the file write let go of
Python's lock), so compressing overlaps formatting on a machine with a second core; a failure there (a full disk) is
raised in the caller's thread at its next write, or at ``save``.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from planner_gui.xlsx import encode_text, is_dangerous

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = dt.date(1899, 12, 30)
_STYLE_DATE, _STYLE_QUOTED = 1, 2
_MAX_SHEET_NAME = 31
_TEXT_CACHE = 100_000  # distinct texts per sheet whose cell XML is kept (CPR numbers and codes repeat on every row)
_TEXT_CACHE_LEN = 64  # only texts this short are kept (codes, CPR numbers, names; never notes or plan texts)
_FLUSH_ROWS = 500  # rows formatted before they go to the zip stream together
_QUEUED = 16  # blocks of formatted rows (~100-200 KB each) waiting for the writer thread at most

_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Writer:
    """A thread that compresses and writes blocks to the open zip member, in the order given. The first failure is
    kept, later blocks are dropped, and the failure is raised in the caller's thread by :meth:`put` or :meth:`wait`."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[IO[bytes], bytes | None] | None] = queue.Queue(maxsize=_QUEUED)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="xlsx-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                out, data = item
                if self._error is None:
                    if data is None:
                        out.close()
                    else:
                        out.write(data)
            except BaseException as err:  # raised in the caller's thread
                self._error = err
            finally:
                self._queue.task_done()

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, out: IO[bytes], data: bytes | None) -> None:
        """Write ``data`` to ``out`` (close it for None) in the thread."""
        self._check()
        self._queue.put((out, data))

    def wait(self) -> None:
        """Wait until every block given is written; raise the thread's failure, if any."""
        self._queue.join()
        self._check()

    def stop(self) -> None:
        """End the thread (after the blocks given); never raises."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


class StreamSheet:
    def __init__(self, book: StreamWorkbook, name: str, index: int) -> None:
        self.book, self.title, self.index = book, name, index
        self.rows = 0
        self.width = 0
        self._out: IO[bytes] | None = None
        self._letters: list[str] = []
        self._refs: list[str] = []  # per column: '<c r="' and its letters
        self._texts: dict[str, str] = {}  # text -> the rest of its cell's XML after the reference (same rules)
        self._pending: list[str] = []  # formatted rows not yet written to the zip
        self._dates: dict[dt.date, str] = {}  # date -> the rest of its cell's XML (~3,650 dates a decade)

    def _open(self) -> IO[bytes]:
        out = self.book._zip.open(f"xl/worksheets/sheet{self.index}.xml", "w", force_zip64=True)
        # Frozen header row and an auto-filter are written once the width is known (the first row).
        out.write(
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/></sheetView></sheetViews><sheetData>'.encode()
        )
        return out

    def append(self, values: Iterable[Any]) -> None:
        if self._out is None:
            self.book._close_current()
            self._out = self._open()
            self.book._current = self
        row = values if isinstance(values, tuple) else tuple(values)
        n = len(row)
        if n > len(self._letters):
            self._letters.extend(column_letter(i) for i in range(len(self._letters) + 1, n + 1))
            self._refs = [f'<c r="{letter}' for letter in self._letters]
        if n > self.width:
            self.width = n
        self.rows += 1
        r = str(self.rows)
        # One cell is '<c r="' + column letters + row number + the rest of its XML; the rest of a text or date cell
        # is formatted once per distinct value (codes, CPR numbers and dates repeat on every row).
        parts = ['<row r="', r, '">']
        ref_end = r + '"'  # a cell's reference ends with the row number
        add = parts.append
        refs, texts, dates = self._refs, self._texts, self._dates
        for i, v in enumerate(row):
            if v is None:
                continue
            cls = v.__class__
            if cls is str:
                cell = texts.get(v)
                if cell is None:
                    cell = self._text_cell(v)
            elif cls is dt.date:
                cell = dates.get(v)
                if cell is None:
                    cell = f' s="{_STYLE_DATE}"><v>{(v - _EPOCH).days}</v></c>'
                    if len(dates) < _TEXT_CACHE:
                        dates[v] = cell
            elif cls is int or cls is float:
                cell = f"><v>{v!r}</v></c>"
            else:
                cell = self._other_cell(v)
            add(refs[i])
            add(ref_end)
            add(cell)
        add("</row>")
        self._pending.append("".join(parts))
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def _text_cell(self, v: str) -> str:
        """The rest of a text cell's XML after its reference: always text, never a formula (same rules as
        :mod:`planner_gui.xlsx`)."""
        style = f' s="{_STYLE_QUOTED}"' if is_dangerous(v) else ""
        cell = f' t="inlineStr"{style}><is><t xml:space="preserve">{escape(encode_text(v))}</t></is></c>'
        if len(v) <= _TEXT_CACHE_LEN and len(self._texts) < _TEXT_CACHE:
            self._texts[v] = cell
        return cell

    def _other_cell(self, v: Any) -> str:
        """The rest of the XML of a cell that is not plain text, date or number (subclasses of those included)."""
        if isinstance(v, str):
            return self._text_cell(v)
        if isinstance(v, bool):
            return f' t="b"><v>{int(v)}</v></c>'
        if isinstance(v, dt.datetime):
            serial = (v - dt.datetime(1899, 12, 30)).total_seconds() / 86400
            return f' s="{_STYLE_DATE}"><v>{serial!r}</v></c>'
        if isinstance(v, dt.date):
            return f' s="{_STYLE_DATE}"><v>{(v - _EPOCH).days}</v></c>'
        if isinstance(v, int | float):
            return f"><v>{v!r}</v></c>"
        raise TypeError(f"cannot write {type(v).__name__} to a sheet")

    def _flush(self) -> None:
        assert self._out is not None
        if self._pending:
            self.book._writer_thread().put(self._out, "".join(self._pending).encode("utf-8"))
            self._pending.clear()

    def close(self) -> None:
        if self._out is None:
            self._out = self._open()
        self._flush()
        self._texts.clear()
        self._dates.clear()
        tail = "</sheetData>"
        if self.rows and self.width:
            tail += f'<autoFilter ref="A1:{column_letter(self.width)}{self.rows}"/>'
        writer = self.book._writer_thread()
        writer.put(self._out, f"{tail}</worksheet>".encode())
        writer.put(self._out, None)  # closes the member
        writer.wait()  # before the next member is opened (one member at a time)
        self._out = None


class StreamWorkbook:
    """``create_sheet(name).append(row)`` then ``save()``; sheets are written one after another, in order."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self.sheets: list[StreamSheet] = []
        self._current: StreamSheet | None = None
        self._closed = False
        self._writer: _Writer | None = None

    def _writer_thread(self) -> _Writer:
        if self._writer is None:
            self._writer = _Writer()
        return self._writer

    def _stop_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.stop()

    def create_sheet(self, name: str) -> StreamSheet:
        if len(name) > _MAX_SHEET_NAME or any(ch in name for ch in "[]:*?/\\"):
            raise ValueError(f"invalid sheet name {name!r}")
        sheet = StreamSheet(self, name, len(self.sheets) + 1)
        self.sheets.append(sheet)
        return sheet

    def _close_current(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None

    def save(self) -> None:
        self._close_current()
        for sheet in self.sheets:
            if sheet.rows == 0:
                sheet.close()
        z = self._zip
        n = len(self.sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        sheets_xml = "".join(
            f'<sheet name="{escape(s.title, {chr(34): "&quot;"})}" sheetId="{s.index}" r:id="rId{s.index}"/>'
            for s in self.sheets
        )
        defined = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{s.index - 1}" hidden="1">'
            f"'{escape(s.title)}'!$A$1:${column_letter(s.width)}${s.rows}</definedName>"
            for s in self.sheets
            if s.rows and s.width
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f"<sheets>{sheets_xml}</sheets>"
            + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + "</workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        )
        z.writestr("xl/styles.xml", _STYLES)
        self._stop_writer()
        z.close()
        self._closed = True

    def abort(self) -> None:
        """Close everything after a failure (a full disk): quietly, so no "Exception ignored" follows at exit."""
        self._stop_writer()  # the blocks given are written (or dropped after a failure) before anything is closed
        if self._closed:
            return
        self._closed = True
        current, self._current = self._current, None
        out = current._out if current is not None else None
        if current is not None:
            current._out = None
        for close in ((out.close,) if out is not None else ()) + (self._zip.close,):
            try:
                close()
            except (OSError, ValueError):
                pass
        fp = getattr(self._zip, "fp", None)
        if fp is not None:
            try:
                fp.close()
            except OSError:
                pass
            self._zip.fp = None  # its __del__ would try to close it again
