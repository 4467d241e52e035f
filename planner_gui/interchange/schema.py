"""Sheet and column names of the interchange workbook, exactly as CONTRACT.md section 2 states them."""

from __future__ import annotations

import re

MAX_SHEET_ROWS = 1_048_576  # Excel's limit, header included

SHEETS: dict[str, tuple[str, ...]] = {
    "medarbejdere": ("initialer", "navn", "team", "rolle"),
    "virksomheder": ("cvr", "navn", "socialoekonomisk"),
    "borgere": ("cpr", "fornavn", "efternavn"),
    "ydelser": ("cpr", "maalgruppe", "fra", "til"),
    "sagsbehandlere": ("cpr", "initialer", "rolle", "fra", "til"),
    "indsatser": ("cpr", "kategori", "ansvarlig", "cvr", "fra", "til", "timer_pr_uge"),
    "ordinaere_timer": ("cpr", "maaned", "timer"),
    "maalinger": ("cpr", "dato", "instrument", "dimension", "score", "vurderet_af"),
    "afgange": ("cpr", "dato", "type"),
    # the plan itself (extensions: export writes them; a workbook without them is still valid)
    "planer": ("cpr", "eget_maal", "job_maal", "naeste_skridt", "naeste_moede", "overdragelsesnotat"),
    "delmaal": ("cpr", "nr", "tekst", "status", "start", "frist"),
    "notater": ("cpr", "dato", "art", "initialer", "tekst"),
}

#: Extra columns a sheet may carry (after its required ones); export always writes them.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "indsatser": ("bemaerkning",),
    "maalinger": ("note",),
}

#: The note kinds of the ``notater`` sheet's ``art`` column.
NOTE_KINDS: tuple[str, ...] = ("note", "moede", "overdragelse")

_CONTINUATION = re.compile(r"^(?P<base>[a-z_]+?)_(?P<n>[2-9]|[1-9]\d+)$")


def base_sheet(name: str) -> str | None:
    """The contract sheet a workbook sheet belongs to (``ydelser_2`` -> ``ydelser``), or None when unknown."""
    if name in SHEETS:
        return name
    m = _CONTINUATION.match(name)
    if m and m.group("base") in SHEETS:
        return m.group("base")
    return None


def columns(base: str) -> tuple[str, ...]:
    """Every column a sheet may have, required ones first: the header export writes."""
    return SHEETS[base] + OPTIONAL_COLUMNS.get(base, ())


def continuation_name(base: str, part: int) -> str:
    return base if part == 1 else f"{base}_{part}"
