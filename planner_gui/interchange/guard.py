"""Checks a workbook file before any XML parser sees it: is it a whole zip at all, is it a zip bomb, does it carry a
DTD (the vehicle of entity-expansion "billion laughs" and external-entity attacks)?

openpyxl parses through defusedxml (a dependency), which refuses entity declarations; :func:`check_workbook_file`
rejects them earlier, with a clear message, and adds limits on what the archive may unpack to. Sizes are judged by
the sizes the zip declares: Python's zipfile never inflates a member beyond its declared size (it stops with an
error), so a lying header cannot unpack to more than it claims.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import IO

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of
from planner_gui.errors import UserError
from planner_gui.interchange import fastread

MAX_UNCOMPRESSED = 2 * 1024**3  # in all: the 100,000-citizen export unpacks to 776 MB; the reader parses ~50 MB/s
MAX_MEMBER = 1024**3  # for one part (a sheet of 1,048,576 measurements is ~420 MB, more with long notes)
MAX_RATIO = 200  # compression ratio of one part; real sheets compress ~5-20x
RATIO_FROM = 10 * 1024**2  # the ratio is judged for parts larger than this (small parts may compress very well)
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS = fastread.MAX_SHARED_STRINGS  # by name here; fastread checks the part the workbook names
PROLOG_BYTES = 64 * 1024  # a DTD must come before the root element: look this far into each XML part
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: .xls, .doc, and encrypted .xlsx
_DTD_MARKERS = tuple(
    marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


class HostileFile(UserError):
    """A workbook refused before it was parsed; nothing was written."""


def _ole2_kind(fh: IO[bytes]) -> str | None:
    """For a Compound File (OLE2): "encrypted" when its directory holds an ``EncryptedPackage`` stream (an .xlsx
    saved with a password, MS-OFFCRYPTO), else "ole2" (an old .xls or another Office file); None if not OLE2."""
    fh.seek(0)
    head = fh.read(512)
    if head[:8] != OLE2_MAGIC:
        return None
    shift = struct.unpack_from("<H", head, 0x1E)[0]
    first_dir = struct.unpack_from("<I", head, 0x30)[0]
    if 7 <= shift <= 16 and first_dir < 0xFFFFFFFA:
        fh.seek((first_dir + 1) << shift)
        directory = fh.read(min(1 << shift, 64 * 1024))
        if "EncryptedPackage".encode("utf-16-le") in directory:
            return "encrypted"
    return "ole2"


def check_workbook_file(path: Path) -> None:
    """Refuse anything that is not a regular file (a FIFO, ``/dev/zero``, a folder), that is not an .xlsx (saying
    what it is instead: password-protected, an old .xls, truncated), or that is a zip or XML bomb."""
    where = str(path)
    try:
        fh = fastread.open_regular_file(path)
    except fastread.FastReadError as err:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{reason}; intet blev importeret").format(reason=message_of(err))
        ) from None
    with fh:
        _check_open_file(where, fh)


def _check_open_file(where: str, fh: IO[bytes]) -> None:
    magic = fh.read(8)
    fh.seek(0)
    if magic[:4] != ZIP_MAGIC or not zipfile.is_zipfile(fh):
        kind = _ole2_kind(fh)
        if kind == "encrypted":
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: projektmappen er beskyttet med en adgangskode (krypteret), så den kan ikke læses; åbn "
                    "den i Excel, fjern adgangskoden (Filer > Info > Beskyt projektmappe > Krypter med adgangskode) og "
                    "gem den som Excel-projektmappe (.xlsx); intet blev importeret",
                ).format(where=where)
            )
        if kind == "ole2":
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: filen er en gammel Excel-fil (.xls, Excel 97-2003) eller en adgangskodebeskyttet "
                    "projektmappe; gem den i Excel uden adgangskode som Excel-projektmappe (.xlsx); intet blev "
                    "importeret",
                ).format(where=where)
            )
        if magic[:4] == ZIP_MAGIC:
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: filen er ufuldstændig eller beskadiget (afkortet zip-fil); intet blev importeret",
                ).format(where=where)
            )
        raise HostileFile(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: filen er ikke en Excel-projektmappe (.xlsx); intet blev importeret"
            ).format(where=where)
        )
    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
                raise HostileFile(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "{where}: filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx)"
                    ).format(where=where)
                )
            _check_sizes(where, infos)
            _check_no_dtd(where, zf, infos)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as err:
        raise HostileFile(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: filen er beskadiget og kan ikke læses ({error}); intet blev importeret"
            ).format(where=where, error=message_of(err))
        ) from err


def _check_sizes(where: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise HostileFile(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: filen har for mange dele ({count}); den afvises som mistænkelig"
            ).format(where=where, count=len(infos))
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER:
            raise HostileFile(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: delen {part} er for stor udpakket; filen afvises").format(
                    where=where, part=info.filename
                )
            )
        if info.file_size > RATIO_FROM and info.file_size / max(1, info.compress_size) > MAX_RATIO:
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: delen {part} pakker ud til {size} MB fra {packed} kB (zip-bombe?); filen afvises",
                ).format(
                    where=where,
                    part=info.filename,
                    size=info.file_size // 1024**2,
                    packed=max(1, info.compress_size // 1024),
                )
            )
        if info.filename == "xl/sharedStrings.xml" and info.file_size > MAX_SHARED_STRINGS:
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: tabellen med tekster (sharedStrings) fylder {size} MB udpakket, over grænsen på {limit} "
                    "MB; filen afvises",
                ).format(where=where, size=info.file_size // 1024**2, limit=MAX_SHARED_STRINGS // 1024**2)
            )
    if total > MAX_UNCOMPRESSED:
        raise HostileFile(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: filen pakker ud til over {limit} MB; filen afvises").format(
                where=where, limit=MAX_UNCOMPRESSED // 1024**2
            )
        )


def _check_no_dtd(where: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """OOXML never uses a DTD; a part that declares one is an XML bomb or an external-entity attack."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as fh:
            head = fh.read(PROLOG_BYTES)
        if any(marker in head for marker in _DTD_MARKERS):
            raise HostileFile(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: delen {part} indeholder en DTD/entitetserklæring (XML-bombe eller ekstern entitet); "
                    "filen afvises",
                ).format(where=where, part=info.filename)
            )
