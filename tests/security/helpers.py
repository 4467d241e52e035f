"""Helpers shared by the security tests."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_CELL = re.compile(rb"<c\b[^>]*>")


def sheet_xml(path: Path | bytes) -> dict[str, bytes]:
    """Every worksheet part of an xlsx file, by part name."""
    import io

    src = io.BytesIO(path) if isinstance(path, bytes) else path
    with zipfile.ZipFile(src) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")}


def quote_prefixed_styles(path: Path | bytes) -> set[int]:
    """The cellXfs indices whose style carries quotePrefix="1"."""
    import io
    import xml.etree.ElementTree as ET

    src = io.BytesIO(path) if isinstance(path, bytes) else path
    with zipfile.ZipFile(src) as zf:
        root = ET.fromstring(zf.read("xl/styles.xml"))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    xfs = root.find(f"{ns}cellXfs")
    assert xfs is not None
    return {i for i, xf in enumerate(xfs) if xf.get("quotePrefix") in ("1", "true")}
