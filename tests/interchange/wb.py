"""Build small interchange workbooks for tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from planner_gui.interchange.schema import SHEETS


def make_workbook(path: Path, sheets: dict[str, list[list[Any]]], headers: dict[str, list[str]] | None = None) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        base = name.split("_")[0] if name not in SHEETS and name.rsplit("_", 1)[0] in SHEETS else name
        header = (headers or {}).get(name) or list(SHEETS.get(base, SHEETS.get(name.rsplit("_", 1)[0], ())))
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


GOOD: dict[str, list[list[Any]]] = {
    "medarbejdere": [["ab", "Anne Bach", "Team Job", "sagsbehandler"], ["tl", "Tove Lund", "Team Job", "teamleder"]],
    "virksomheder": [["10150817", "Kanten ApS", "ja"]],
    "borgere": [["010190-1234", "Jens", "Hansen"], ["0202854321", "Fatima", "Ali"]],
    "ydelser": [
        ["010190-1234", "kontanthjaelp_aktivitetsparat", "2018-01-01", "2018-12-31"],
        ["0202854321", "a_dagpenge", "2019-03-01", None],
    ],
    "sagsbehandlere": [["010190-1234", "ab", "koordinerende", "2018-01-01", None]],
    "indsatser": [
        ["010190-1234", "virksomhedspraktik", "virksomhed", "10150817", "2018-02-01", "2018-04-30", 20],
        ["010190-1234", "mentor", "social", None, "2018-02-01", None, None],
    ],
    "ordinaere_timer": [["010190-1234", "2018-05", 12.5]],
    "maalinger": [
        ["010190-1234", "2018-02-01", "bip", "helbred", 3, "borger"],
        ["010190-1234", "2018-02-01", "bip", "helbred", 4, "sagsbehandler"],
    ],
    "afgange": [["0202854321", "2019-09-01", "job"]],
}
