"""Hostile workbooks, built byte by byte: small files that declare huge sheets, rows far away, a shared-strings part
under another name, an encrypted (OLE2) file. Used by the tests and by ``benchmarks/bench_bombs.py``."""

from __future__ import annotations

import io
import struct
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

BORGERE_HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>cpr</t></is></c><c r="B1" t="inlineStr"><is><t>fornavn</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>efternavn</t></is></c></row>'
)


def borger_row(n: int, cpr: str = "010190-1234", first: str = "Jens", last: str = "Hansen") -> str:
    def cell(col: str, value: str) -> str:
        return f'<c r="{col}{n}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'

    return f'<row r="{n}">{cell("A", cpr)}{cell("B", first)}{cell("C", last)}</row>'


def xlsx(
    sheets: list[tuple[str, str | bytes]],
    *,
    strings: bytes | None = None,
    strings_part: str = "xl/sharedStrings.xml",
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A workbook from sheet bodies (``<sheetData>`` and friends, or a whole part as bytes); optional shared strings
    stored under ``strings_part`` and named by the workbook's relationship (whatever the part is called)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            f'sheet.main+xml"/>{overrides}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(f'<sheet name="{t}" sheetId="{i}" r:id="rS{i}"/>' for i, (t, _) in enumerate(sheets, 1))
        z.writestr(
            "xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{R_NS}"><sheets>{entries}</sheets></workbook>'
        )
        rels = "".join(
            f'<Relationship Id="rS{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        if strings is not None:
            rels += f'<Relationship Id="rX1" Type="{REL}/sharedStrings" Target="/{strings_part}"/>'
            z.writestr(strings_part, strings)
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        for i, (_, body) in enumerate(sheets, 1):
            data = body if isinstance(body, bytes) else f'<worksheet xmlns="{MAIN}">{body}</worksheet>'.encode()
            z.writestr(f"xl/worksheets/sheet{i}.xml", data)
    return out.getvalue()


def dimension_bomb() -> bytes:
    """Declares A1:XFD1048576 (16,384 columns by 1,048,576 rows), holds one citizen and fills the declared corner
    with an empty text: a reader that pads to the dimension builds 1,048,575 rows of 16,384 cells."""
    corner = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t></t></is></c></row>'
    body = f'<dimension ref="A1:XFD1048576"/><sheetData>{BORGERE_HEADER}{borger_row(2)}{corner}</sheetData>'
    return xlsx([("borgere", body)])


def far_row(number: int = 1_000_000_000) -> bytes:
    """A citizen on row ``number``: the rows between are empty and must cost nothing."""
    return xlsx([("borgere", f"<sheetData>{BORGERE_HEADER}{borger_row(number)}</sheetData>")])


def strings_elsewhere(count: int, *, name: str = "xl/tekster/noget_andet.xml") -> bytes:
    """Distinct shared strings stored under another name than ``xl/sharedStrings.xml``."""
    body = b"".join(b"<si><t>tekst %09d</t></si>" % i for i in range(count))
    sst = f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">'.encode() + body + b"</sst>"
    sheet = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'
    return xlsx([("borgere", sheet)], strings=sst, strings_part=name)


def wide_row(cells: int = 20_000) -> bytes:
    """One row with more cells than Excel allows (no references: each cell is the next column)."""
    return xlsx([("borgere", f"<sheetData>{BORGERE_HEADER}<row>{'<c/>' * cells}</row></sheetData>")])


def long_text(chars: int = 40_000) -> bytes:
    """A name longer than Excel's 32,767 characters per cell."""
    return xlsx([("borgere", f"<sheetData>{BORGERE_HEADER}{borger_row(2, first='x' * chars)}</sheetData>")])


def two_sheets_one_part(sheets: int = 2) -> bytes:
    """Several sheets that are all the same part (the work would multiply by the number of sheets)."""
    data = xlsx([("borgere", f"<sheetData>{BORGERE_HEADER}{borger_row(2)}</sheetData>")])
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "xl/workbook.xml":
                entries = "".join(
                    f'<sheet name="borgere_{i + 1}" sheetId="{i + 1}" r:id="rS1"/>'
                    if i
                    else '<sheet name="borgere" sheetId="1" r:id="rS1"/>'
                    for i in range(sheets)
                )
                body = f'<workbook xmlns="{MAIN}" xmlns:r="{R_NS}"><sheets>{entries}</sheets></workbook>'.encode()
            z.writestr(info, body)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------- OLE2 / CFB


def compound_file(*streams: str) -> bytes:
    """A small Compound File Binary (version 3, 512-byte sectors) whose directory names ``streams`` (each empty):
    ``EncryptionInfo`` and ``EncryptedPackage`` are what Excel writes for a password-protected .xlsx, ``Workbook``
    what an old .xls holds."""
    free, end, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # the directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)  # mini stream cut-off
    struct.pack_into("<IIII", header, 0x3C, end, 0, end, 0)  # no mini FAT, no DIFAT sectors
    struct.pack_into("<I", header, 0x4C, 0)  # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 0x4C + 4 * i, free)
    fat = bytearray(struct.pack("<II", fat_sect, end) + struct.pack("<I", free) * 126)

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        e = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        e[: len(raw)] = raw
        struct.pack_into("<HBB", e, 0x40, len(raw), kind, 1)  # name length, type (5 root, 2 stream), black
        struct.pack_into("<III", e, 0x44, free, right, child)  # left, right sibling, child
        struct.pack_into("<I", e, 0x74, end)  # start sector: none (empty stream)
        return bytes(e)

    entries = [entry("Root Entry", 5, child=1 if streams else free)]
    for i, name in enumerate(streams, 1):
        entries.append(entry(name, 2, right=i + 1 if i < len(streams) else free))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + bytes(fat) + directory


def encrypted_xlsx() -> bytes:
    return compound_file("EncryptionInfo", "EncryptedPackage")


def old_xls() -> bytes:
    return compound_file("Workbook")
