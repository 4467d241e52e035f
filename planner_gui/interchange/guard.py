"""Checks a workbook file before any XML parser sees it: is it a whole zip at all, is it a zip bomb, does it carry a
DTD (the vehicle of entity-expansion "billion laughs" and external-entity attacks)?

openpyxl parses through defusedxml (a dependency), which refuses entity declarations; :func:`check_workbook_file`
rejects them earlier, with a clear message, and adds limits on what the archive may unpack to. Sizes are judged by
the sizes the zip declares: Python's zipfile never inflates a member beyond its declared size (it stops with an
error), so a lying header cannot unpack to more than it claims.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner_gui.errors import UserError

MAX_UNCOMPRESSED = 2 * 1024**3  # 2 GiB in all
MAX_MEMBER = 1024**3  # 1 GiB for one part (a 1M-row sheet is ~100-200 MB)
MAX_RATIO = 200  # compression ratio of one part; real sheets compress ~5-20x
RATIO_FROM = 10 * 1024**2  # the ratio is judged for parts larger than this (small parts may compress very well)
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS = 512 * 1024**2
PROLOG_BYTES = 64 * 1024  # a DTD must come before the root element: look this far into each XML part
ZIP_MAGIC = b"PK\x03\x04"
_DTD_MARKERS = tuple(
    marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


class HostileFile(UserError):
    """A workbook refused before it was parsed; nothing was written."""


def _starts_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == ZIP_MAGIC
    except OSError:
        return False


def check_workbook_file(path: Path) -> None:
    where = str(path)
    if not path.exists():
        raise UserError(f"{where}: filen findes ikke")
    if path.is_dir():
        raise UserError(f"{where}: er en mappe, ikke en Excel-fil")
    if not zipfile.is_zipfile(path):
        if _starts_like_zip(path):
            raise HostileFile(
                f"{where}: filen er ufuldstændig eller beskadiget (afkortet zip-fil); intet blev importeret"
            )
        raise HostileFile(f"{where}: filen er ikke en Excel-projektmappe (.xlsx); intet blev importeret")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
                raise HostileFile(f"{where}: filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx)")
            _check_sizes(where, infos)
            _check_no_dtd(where, zf, infos)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as err:
        raise HostileFile(f"{where}: filen er beskadiget og kan ikke læses ({err}); intet blev importeret") from err


def _check_sizes(where: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise HostileFile(f"{where}: filen har for mange dele ({len(infos)}); den afvises som mistænkelig")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER:
            raise HostileFile(f"{where}: delen {info.filename} er for stor udpakket; filen afvises")
        if info.file_size > RATIO_FROM and info.file_size / max(1, info.compress_size) > MAX_RATIO:
            raise HostileFile(
                f"{where}: delen {info.filename} pakker ud til {info.file_size // 1024**2} MB "
                f"fra {max(1, info.compress_size // 1024)} kB (zip-bombe?); filen afvises"
            )
        if info.filename == "xl/sharedStrings.xml" and info.file_size > MAX_SHARED_STRINGS:
            raise HostileFile(
                f"{where}: tabellen med tekster (sharedStrings) fylder {info.file_size // 1024**2} MB udpakket, "
                f"over grænsen på {MAX_SHARED_STRINGS // 1024**2} MB; filen afvises"
            )
    if total > MAX_UNCOMPRESSED:
        raise HostileFile(f"{where}: filen pakker ud til over {MAX_UNCOMPRESSED // 1024**3} GB; filen afvises")


def _check_no_dtd(where: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """OOXML never uses a DTD; a part that declares one is an XML bomb or an external-entity attack."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as fh:
            head = fh.read(PROLOG_BYTES)
        if any(marker in head for marker in _DTD_MARKERS):
            raise HostileFile(
                f"{where}: delen {info.filename} indeholder en DTD/entitetserklæring (XML-bombe eller "
                "ekstern entitet); filen afvises"
            )
