"""Checks a workbook file before any XML parser sees it: is it a zip at all, and is it a zip bomb?

openpyxl uses defusedxml (a dependency) against entity-expansion and external-entity attacks; these checks add
limits on what the archive may unpack to.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner_gui.errors import UserError

MAX_UNCOMPRESSED = 2 * 1024**3  # 2 GiB in all
MAX_MEMBER = 1024**3  # 1 GiB for one part (a 1M-row sheet is ~100-200 MB)
MAX_RATIO = 200  # compression ratio of one part; real sheets compress ~5-20x
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS = 512 * 1024**2


def check_workbook_file(path: Path) -> None:
    where = str(path)
    if not path.exists():
        raise UserError(f"{where}: filen findes ikke")
    if path.is_dir():
        raise UserError(f"{where}: er en mappe, ikke en Excel-fil")
    if not zipfile.is_zipfile(path):
        raise UserError(f"{where}: filen er ikke en Excel-projektmappe (.xlsx)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError) as err:
        raise UserError(f"{where}: filen er beskadiget og kan ikke læses ({err})") from err
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
        raise UserError(f"{where}: filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx)")
    if len(infos) > MAX_MEMBERS:
        raise UserError(f"{where}: filen har for mange dele ({len(infos)}); den afvises som mistænkelig")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER:
            raise UserError(f"{where}: delen {info.filename} er for stor udpakket; filen afvises")
        if info.compress_size > 0 and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10 * 1024**2:
            raise UserError(
                f"{where}: delen {info.filename} pakker ud til {info.file_size // 1024**2} MB "
                f"fra {max(1, info.compress_size // 1024)} kB (zip-bombe?); filen afvises"
            )
        if info.filename == "xl/sharedStrings.xml" and info.file_size > MAX_SHARED_STRINGS:
            raise UserError(f"{where}: tabellen med tekster (sharedStrings) er for stor; filen afvises")
    if total > MAX_UNCOMPRESSED:
        raise UserError(f"{where}: filen pakker ud til over {MAX_UNCOMPRESSED // 1024**3} GB; filen afvises")
