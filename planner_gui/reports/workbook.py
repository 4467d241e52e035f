"""The report workbook (CONTRACT.md section 4), written with openpyxl.

Sheets: ``Mål`` (exactly the contract's columns, one row per goal in file order), one sheet per goal with its
breakdowns (team, coordinating caseworker, target group, month) and a native chart of the monthly series, and
``Definitioner`` (how each number was computed, in plain Danish, and where in the plan the goal comes from).

Data protection: no CPR number and no name is ever written (caseworkers appear by initials only); counts below
:data:`MIN_COUNT` are suppressed (primary suppression), and where a hidden count could be worked out from a total
and its neighbours, the next smallest is hidden too (secondary suppression), see :func:`suppress`. Every text cell
goes through :mod:`planner_gui.xlsx`, so text can never become a formula. The file is written to a temporary file
beside the target and renamed into place, so a failed run never leaves a half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner_gui.domain.codes import EFFORT_CATEGORY_LABELS, EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.goals import Goal, GoalFile
from planner_gui.reports.indicators import MIN_COUNT, Cell, GoalResult, Period
from planner_gui.xlsx import write_safe

__all__ = ["MAAL_HEADERS", "ShownCell", "render_workbook", "save_atomic", "suppress", "write_report"]

#: Row 1 of the ``Mål`` sheet, exactly as CONTRACT.md section 4.
MAAL_HEADERS = ("id", "titel", "population", "værdi", "baseline", "målværdi", "status")
BREAKDOWN_HEADERS = ("opdeling", "gruppe", "population", "værdi", "målværdi", "bemærkning")
DEFINITION_HEADERS = (
    "id",
    "titel",
    "kilde i planen",
    "population",
    "sådan beregnes værdien",
    "baseline",
    "målværdi",
    "retning",
)

# Number formats. Excel stores them locale-free ("." decimal, "," thousands); Danish Excel shows 32,0 % and
# 1.234. The [$-406] tag (Danish) makes LibreOffice render them the Danish way too.
FMT_SHARE = "[$-406]0.0%"
FMT_COUNT = "[$-406]#,##0"
FMT_MEAN = "[$-406]#,##0.00"
FMT_WEEKS = "[$-406]#,##0.0"

COUNT_MEASURES = frozenset({"antal_borgere", "antal_indsatser", "antal_virksomheder"})
MEAN_BASIS_MEASURES = frozenset({"gns_progression", "gns_varighed_uger"})
#: Measures whose group values add up to the total (so a hidden one could be worked out).
ADDITIVE_VALUE_MEASURES = frozenset({"antal_borgere", "antal_indsatser", "andel_af_naevner"})

STATUS_FILLS = {
    "nået": "C6EFCE",
    "på vej": "FFEB9C",
    "ikke nået": "FFC7CE",
    "for få": "D9D9D9",
}
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TOTAL_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)

NOTE_SMALL = f"skjult: under {MIN_COUNT}"
NOTE_SECONDARY = "skjult, så et skjult tal ikke kan regnes ud fra totalen"
NOTE_FEW_BASIS = f"værdi skjult: bygger på under {MIN_COUNT}"
NOTE_NO_VALUE = "ingen værdi: ingen i gruppen opfylder betingelsen"

BREAKDOWN_TITLES = {
    "team": "Team",
    "coordinator": "Koordinerende sagsbehandler",
    "target_group": "Målgruppe",
    "month": "Måned",
}


def number_format(goal: Goal) -> str:
    kind = goal.maal.type
    if goal.is_share:
        return FMT_SHARE
    if kind in COUNT_MEASURES:
        return FMT_COUNT
    if kind == "gns_varighed_uger":
        return FMT_WEEKS
    return FMT_MEAN


# ----------------------------------------------------------------------------------------------------
# Suppression
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShownCell:
    """A breakdown row as the workbook shows it: ``None`` is an empty (hidden or undefined) cell."""

    label: str
    population: int | None
    value: float | None
    note: str = ""


def suppress(cells: Sequence[Cell], goal: Goal, *, partition: bool) -> list[ShownCell]:
    """Primary and secondary small-count suppression of one breakdown.

    Primary: a group whose population is below 5 shows neither population nor value; a count measure (``antal_*``)
    hides a count below 5; a mean over fewer than 5 units (members with two measurements, ended benefit periods)
    hides its value. Secondary: when the groups add up to a total that the workbook shows (the population of a
    breakdown that splits the population, ``partition``; the value of an additive count measure), exactly one
    hidden cell in such a column could be worked out from the total and the other groups, so the smallest shown
    cell of that column is hidden as well (with its value, which would reveal it).
    """
    kind = goal.maal.type
    n = len(cells)
    hide_pop = [c.population < MIN_COUNT for c in cells]
    hide_val = [hide_pop[i] for i in range(n)]
    notes = [NOTE_SMALL if hide_pop[i] else "" for i in range(n)]
    for i, c in enumerate(cells):
        if hide_val[i]:
            continue
        if kind in COUNT_MEASURES and c.count is not None and c.count < MIN_COUNT:
            hide_val[i], notes[i] = True, NOTE_SMALL
        elif kind in MEAN_BASIS_MEASURES and c.basis < MIN_COUNT:
            hide_val[i], notes[i] = True, NOTE_FEW_BASIS

    def secondary(hidden: list[bool], size: list[float]) -> None:
        if hidden.count(True) != 1:
            return
        candidates = [i for i in range(n) if not hidden[i]]
        if not candidates:
            return
        j = min(candidates, key=lambda i: (size[i], i))
        hidden[j] = True
        hide_val[j] = True
        notes[j] = NOTE_SECONDARY

    if partition:
        before = list(hide_pop)
        secondary(hide_pop, [float(c.population) for c in cells])
        for i in range(n):
            if hide_pop[i] and not before[i]:
                hide_val[i] = True
    if kind in ADDITIVE_VALUE_MEASURES and (partition or kind == "antal_indsatser"):
        # the months of antal_indsatser add up too: an effort starts in exactly one month
        secondary(hide_val, [c.value or 0.0 for c in cells])
    shown: list[ShownCell] = []
    for i, c in enumerate(cells):
        value = None if hide_val[i] else c.value
        note = notes[i]
        if not note and c.value is None:
            note = NOTE_NOT_ADDITIVE if c.key == OTHERS_KEY and kind == "antal_virksomheder" else NOTE_NO_VALUE
        shown.append(ShownCell(c.label, None if hide_pop[i] else c.population, value, note))
    return shown


OTHERS_KEY = "(øvrige)"
OTHERS_LABEL = f"Øvrige (under {MIN_COUNT} borgere hver)"
NOTE_NOT_ADDITIVE = "antal forskellige virksomheder kan ikke lægges sammen på tværs af grupper"


def merge_small(cells: Sequence[Cell], goal: Goal) -> list[Cell]:
    """Show groups under 5 together as one row ``Øvrige`` (when there are at least two of them).

    Used for the open-ended caseworker list, which would otherwise be mostly rows of hidden figures. The merged
    row's value is the measure over the merged groups, worked out from the groups' values and sizes (a share
    times its population is a count; a mean times its basis is a sum). Distinct companies cannot be added up,
    so ``antal_virksomheder`` shows no value there. The merged row is then suppressed like any other.
    """
    small = [c for c in cells if c.population < MIN_COUNT]
    if len(small) < 2:
        return list(cells)
    kind = goal.maal.type
    n = sum(c.population for c in small)
    basis = sum(c.basis for c in small)
    count: int | None = None
    value: float | None
    if kind == "antal_virksomheder":
        value = None
    elif kind == "antal_borgere":
        value, count = float(n), n
    elif kind == "antal_indsatser":
        count = sum(c.count or 0 for c in small)
        value = float(count)
    elif kind == "andel_af_naevner":
        value = sum(c.value or 0.0 for c in small)
    elif kind in MEAN_BASIS_MEASURES:
        total = sum(c.value * c.basis for c in small if c.value is not None)
        value = total / basis if basis else None
    else:  # shares and the mean number of caseworker changes: over the population
        total = sum(c.value * c.population for c in small if c.value is not None)
        value = total / n if n else None
    return [c for c in cells if c.population >= MIN_COUNT] + [Cell(OTHERS_KEY, OTHERS_LABEL, n, value, basis, count)]


# ----------------------------------------------------------------------------------------------------
# Describing goals in plain Danish
# ----------------------------------------------------------------------------------------------------


def _list(codes: Sequence[str], labels: dict[str, str]) -> str:
    names = [(lambda t: t if t.isupper() else t.lower())(labels.get(c, c)) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " eller " + names[-1]


def describe_population(goal: Goal) -> str:
    pop = goal.population
    if pop.maalgrupper is None:
        text = "Alle borgere med en ydelsesperiode (uanset målgruppe), der overlapper perioden"
    else:
        groups = ", ".join(TARGET_GROUP_LABELS.get(g, g).lower() for g in pop.maalgrupper)
        text = f"Borgere med en ydelsesperiode som {groups}, der overlapper perioden"
    if pop.alder is not None:
        text += f", {pop.alder[0]}-{pop.alder[1]} år på periodens sidste dag (alder ud fra fødselsdatoen i CPR)"
    if pop.langtidsforsoerget:
        text += (
            ", og som er langtidsforsørgede: deres ydelsesperioder (alle målgrupper) frem til periodens sidste dag "
            "dækker tilsammen mere end 364 dage (dage med overlappende perioder tælles én gang)"
        )
    return text + ". Hver borger tælles én gang."


def describe_measure(goal: Goal) -> str:
    m = goal.maal
    kind = m.type
    if kind == "antal_borgere":
        return "Antallet af borgere i populationen."
    if kind == "andel_med_indsats":
        cats = _list(m.effort_categories(), EFFORT_CATEGORY_LABELS)
        return f"Andelen af populationen med en indsats ({cats}), der overlapper perioden."
    if kind == "antal_indsatser":
        cats = _list(m.effort_categories(), EFFORT_CATEGORY_LABELS)
        return f"Antallet af indsatser ({cats}) for borgere i populationen, der starter i perioden."
    if kind == "andel_afgang":
        types = _list(m.typer or (), EXIT_TYPE_LABELS)
        return f"Andelen af populationen med en afgang ({types}) dateret i perioden."
    if kind == "gns_sagsbehandlerskift":
        return (
            "Gennemsnitligt antal sagsbehandlerskift pr. borger i populationen: sagsbehandlertilknytninger "
            "(koordinerende eller primær), der starter i perioden, og som følger efter en tilknytning til samme "
            "borger, der startede på en tidligere dag. Borgere uden skift tæller med som 0."
        )
    if kind == "andel_med_maaling":
        return f"Andelen af populationen med mindst én progressionsmåling ({m.instrument}) dateret i perioden."
    if kind == "gns_progression":
        dim = f", dimensionen {m.dimension}" if m.dimension else ", alle dimensioner"
        return (
            f"Gennemsnitlig progression ({m.instrument}{dim}): for hver borger i populationen med scorer på mindst "
            "to datoer i perioden tages gennemsnittet af scorerne på den sidste dato minus gennemsnittet på den "
            "første (begge bedømmere); værdien er gennemsnittet over disse borgere. Tom, hvis ingen har to datoer."
        )
    if kind == "gns_varighed_uger":
        return (
            "Gennemsnitlig varighed i uger, (til − fra + 1 dage) / 7, af populationens ydelsesperioder i "
            "målgrupperne, der sluttede i perioden (gennemsnit over perioderne, ikke borgerne)."
        )
    if kind == "andel_ordinaere_timer":
        return (
            f"Andelen af populationen med ordinære timer på mindst {m.min_timer:g} i alt i de måneder, hvis "
            "første dag ligger i perioden."
        )
    if kind == "antal_virksomheder":
        which = {True: "socialøkonomiske ", False: "ikke-socialøkonomiske "}.get(m.socialoekonomisk, "")  # type: ignore[arg-type]
        return (
            f"Antallet af forskellige {which}virksomheder knyttet til indsatser for borgere i populationen, der "
            "overlapper perioden."
        )
    if kind == "andel_koordinerende":
        return "Andelen af populationen med en koordinerende sagsbehandler på periodens sidste dag."
    if kind == "andel_af_naevner":
        return (
            f"Populationens størrelse divideret med {m.naevner:,.0f}".replace(",", ".")
            + f" (nævner fra: {m.naevner_kilde})."
        )
    return kind


GENERAL_NOTES = (
    "Sådan læses rapporten",
    "Perioden omfatter begge datoer. En ydelsesperiode, indsats eller tilknytning overlapper perioden, når den "
    "starter senest periodens sidste dag og ikke er slut før periodens første dag (tom slutdato = i gang).",
    "Status: nået = værdien har nået målværdien (op: mindst, ned: højst); på vej = ikke nået, men bedre end "
    "baseline i målets retning; ikke nået = hverken eller; for få = populationen er under 5 borgere (eller "
    "værdien kan ikke beregnes), og så vises værdien ikke.",
    "Opdelinger: hver borger i periodens population tælles i netop én gruppe. Team = teamet for den "
    "sagsbehandler, borgeren er tilknyttet på periodens sidste dag (koordinerende før primær); er der ingen "
    "tilknytning den dag, den seneste før. Koordinerende sagsbehandler efter samme regel, kun med initialer. "
    "Målgruppe = målgruppen for borgerens senest startede ydelsesperiode i perioden. Sagsbehandlere med under "
    f"{MIN_COUNT} borgere i gruppen vises samlet som én række (Øvrige).",
    "Måned: målet beregnet for hver kalendermåned for sig (afgrænset af perioden), så en borger kan tælle med "
    "i flere måneder.",
    f"Små tal: grupper med under {MIN_COUNT} borgere vises uden tal, og antal under {MIN_COUNT} vises ikke. "
    "Kunne et skjult tal regnes ud fra totalen og de andre grupper, skjules det næstmindste tal også.",
    "Rapporten indeholder ingen CPR-numre og ingen navne.",
)


# ----------------------------------------------------------------------------------------------------
# Sheets
# ----------------------------------------------------------------------------------------------------


NUMERIC_HEADERS = frozenset({"population", "værdi", "baseline", "målværdi"})


def _header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col)
        write_safe(cell, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        horizontal = "right" if text in NUMERIC_HEADERS else "left"
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=False)


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Any:
    cell = ws.cell(row=row, column=col)
    write_safe(cell, value)
    if fmt is not None and value is not None and not isinstance(value, str):
        cell.number_format = fmt
    return cell


def _fit_columns(ws: Worksheet, first_row: int, widths: dict[int, tuple[int, int]] | None = None) -> None:
    """Column widths that fit the content from ``first_row`` on; ``widths`` caps (min, max) per column."""
    best: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            text = f"{cell.value:,.2f}" if isinstance(cell.value, float) else str(cell.value)
            best[cell.column] = max(best.get(cell.column, 0), len(text))
    for col, length in best.items():
        lo, hi = (widths or {}).get(col, (8, 60))
        ws.column_dimensions[get_column_letter(col)].width = max(lo, min(hi, length + 2))


def _print_setup(ws: Worksheet, header: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.center.text = header.replace("&", "&&")
    ws.oddFooter.center.text = "Side &P af &N"


def _sheet_title(goal_id: str, used: set[str]) -> str:
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in goal_id).strip("'")[:28] or "Mål"
    title, k = base, 1
    while title.lower() in used or title.lower() in ("mål", "definitioner"):
        k += 1
        title = f"{base[:25]}_{k}"
    used.add(title.lower())
    return title


def _maal_sheet(ws: Worksheet, goal_file: GoalFile, period: Period, results: Sequence[GoalResult]) -> None:
    _header(ws, 1, MAAL_HEADERS)
    for row, r in enumerate(results, start=2):
        fmt = number_format(r.goal)
        _put(ws, row, 1, r.goal.id)
        _put(ws, row, 2, r.goal.titel)
        _put(ws, row, 3, r.population, FMT_COUNT)
        _put(ws, row, 4, r.shown_value, fmt)
        _put(ws, row, 5, r.goal.baseline, fmt)
        _put(ws, row, 6, r.goal.maalvaerdi, fmt)
        status = _put(ws, row, 7, r.status)
        status.fill = PatternFill("solid", fgColor=STATUS_FILLS[r.status])
        status.alignment = Alignment(horizontal="center")
    last = len(results) + 1
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:G{last}"
    _fit_columns(ws, 1, {2: (20, 70), 3: (12, 14), 4: (10, 14), 5: (10, 14), 6: (10, 14), 7: (10, 12)})
    _print_setup(ws, f"{goal_file.kommune}: {goal_file.plan}, {period.label}")
    ws.print_title_rows = "1:1"


def _goal_sheet(ws: Worksheet, goal_file: GoalFile, r: GoalResult) -> None:
    goal = r.goal
    fmt = number_format(goal)
    _put(ws, 1, 1, f"{goal.id}: {goal.titel}").font = TITLE_FONT
    value_text = "–" if r.shown_value is None else _plain_number(r.shown_value, goal)
    _put(ws, 2, 1, f"{goal_file.kommune}, {goal_file.plan}. Periode {r.period.label}.")
    _put(
        ws,
        3,
        1,
        f"Population {r.population:,}".replace(",", ".") + f", værdi {value_text}, målværdi "
        f"{_plain_number(goal.maalvaerdi, goal)} ({'op' if goal.retning == 'op' else 'ned'}), status: {r.status}.",
    )
    if goal.kilde:
        _put(ws, 4, 1, f"Kilde i planen: {goal.kilde}")
    head = 6
    _header(ws, head, BREAKDOWN_HEADERS)
    row = head + 1
    total_shown = r.status != "for få"
    total_pop = r.population  # as on the Mål sheet (CONTRACT.md section 4); only its value is hidden when small
    for col, value in enumerate(("I alt", "Alle", total_pop, r.shown_value if total_shown else None), start=1):
        _put(ws, row, col, value, fmt if col == 4 else FMT_COUNT).font = TOTAL_FONT
    _put(ws, row, 5, goal.maalvaerdi, fmt)
    if not total_shown:
        _put(ws, row, 6, "for få" if r.population < MIN_COUNT else NOTE_NO_VALUE)
    row += 1
    month_rows: tuple[int, int] | None = None
    # the month series (the chart's data) first, the long list of caseworkers last
    sections: list[tuple[str, Sequence[Cell], bool]] = [
        ("month", r.by_month, False),
        ("target_group", r.by_target_group, True),
        ("team", r.by_team, True),
        ("coordinator", r.by_coordinator, True),
    ]
    for kind, cells, partition in sections:
        if kind == "coordinator":
            cells = merge_small(cells, goal)
        shown = suppress(cells, goal, partition=partition)
        if r.population < MIN_COUNT:  # the whole goal is too small: show no breakdown figures at all
            shown = [ShownCell(c.label, None, None, NOTE_SMALL) for c in shown]
        start = row
        for c in shown:
            _put(ws, row, 1, BREAKDOWN_TITLES[kind])
            _put(ws, row, 2, c.label)
            _put(ws, row, 3, c.population, FMT_COUNT)
            _put(ws, row, 4, c.value, fmt)
            if kind == "month":  # the chart's target line
                _put(ws, row, 5, goal.maalvaerdi, fmt)
            if c.note:
                _put(ws, row, 6, c.note)
            row += 1
        if kind == "month" and shown:
            month_rows = (start, row - 1)
    last = row - 1
    ws.freeze_panes = ws.cell(row=head + 1, column=3)
    ws.auto_filter.ref = f"A{head}:F{last}"
    _fit_columns(ws, head, {1: (12, 30), 2: (14, 40), 3: (12, 14), 4: (10, 14), 5: (11, 12), 6: (14, 60)})
    if month_rows is not None:
        _chart(ws, goal, month_rows, fmt)
    _print_setup(ws, f"{goal_file.kommune}: {goal.id} {goal.titel}, {r.period.label}")
    ws.print_title_rows = f"{head}:{head}"


def _chart(ws: Worksheet, goal: Goal, rows: tuple[int, int], fmt: str) -> None:
    first, last = rows
    chart: LineChart | BarChart
    if goal.maal.type in COUNT_MEASURES:
        chart = BarChart()
        chart.type = "col"
    else:
        chart = LineChart()
    chart.title = "Månedlig udvikling"
    chart.y_axis.title = "værdi"
    chart.y_axis.number_format = fmt.replace("[$-406]", "")
    data = Reference(ws, min_col=4, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=False)
    target = LineChart()
    target.add_data(Reference(ws, min_col=5, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.series[0].tx = SeriesLabel(v="værdi")
    target.series[0].tx = SeriesLabel(v="målværdi")
    target.series[0].graphicalProperties.line.dashStyle = "dash"
    target.series[0].graphicalProperties.line.solidFill = "C00000"
    if isinstance(chart, LineChart):
        chart.series[0].marker.symbol = "circle"
        chart.series[0].smooth = False
    chart += target
    chart.legend.position = "b"
    chart.height, chart.width = 9.0, 18.0
    # y axis from zero, so a small change does not look like a big one
    chart.y_axis.scaling.min = min(0.0, goal.maalvaerdi) if goal.maal.type != "gns_progression" else None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, "H2")


def _plain_number(value: float, goal: Goal) -> str:
    if goal.is_share:
        return f"{value * 100:.1f} %".replace(".", ",")
    if goal.maal.type in COUNT_MEASURES:
        return f"{value:,.0f}".replace(",", ".")
    return f"{value:.2f}".replace(".", ",")


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (a generous estimate)."""
    per_line = max(1, int(width * 1.05) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _definitions_sheet(
    ws: Worksheet, goal_file: GoalFile, period: Period, results: Sequence[GoalResult], generated: dt.datetime
) -> None:
    _header(ws, 1, DEFINITION_HEADERS)
    widths = {1: 9, 2: 30, 3: 30, 4: 44, 5: 56, 6: 10, 7: 10, 8: 20}
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 2
    for r in results:
        goal = r.goal
        fmt = number_format(goal)
        values: list[Any] = [
            goal.id,
            goal.titel,
            goal.kilde or "(ikke angivet)",
            describe_population(goal),
            describe_measure(goal),
            goal.baseline,
            goal.maalvaerdi,
            "op (højere er bedre)" if goal.retning == "op" else "ned (lavere er bedre)",
        ]
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value, fmt if col in (6, 7) else None)
            cell.alignment = wrap
            if isinstance(value, str):
                lines = max(lines, _lines(value, widths[col]))
        ws.row_dimensions[row].height = 13.5 * lines + 3
        row += 1
    last = row - 1
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:H{last}"
    row += 1
    notes = [
        f"{goal_file.kommune}: {goal_file.plan}",
        f"Periode: {period.label}. Dannet {generated:%Y-%m-%d %H:%M} af planner-gui.",
        *GENERAL_NOTES,
    ]
    total_width = sum(widths.values())
    for i, text in enumerate(notes):
        cell = _put(ws, row, 1, text)
        cell.alignment = wrap
        if i in (0, 2):
            cell.font = TOTAL_FONT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = 13.5 * _lines(text, total_width) + 3
        row += 1
    _print_setup(ws, f"{goal_file.kommune}: definitioner, {period.label}")
    ws.print_title_rows = "1:1"


def render_workbook(
    goal_file: GoalFile, period: Period, results: Sequence[GoalResult], generated: dt.datetime | None = None
) -> Workbook:
    """The report as an openpyxl :class:`Workbook` (not yet saved)."""
    generated = generated or dt.datetime.now().replace(microsecond=0)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Mål"
    _maal_sheet(ws, goal_file, period, results)
    used: set[str] = set()
    for r in results:
        _goal_sheet(wb.create_sheet(_sheet_title(r.goal.id, used)), goal_file, r)
    _definitions_sheet(wb.create_sheet("Definitioner"), goal_file, period, results, generated)
    wb.properties.title = f"Målrapport {goal_file.kommune} {period.label}"
    wb.properties.subject = goal_file.plan
    wb.properties.creator = "planner-gui"
    wb.properties.lastModifiedBy = "planner-gui"
    wb.properties.created = wb.properties.modified = generated
    return wb


def temp_path_beside(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def save_atomic(wb: Workbook, path: Path) -> None:
    """Save to a temporary file beside ``path``, then rename it into place."""
    tmp = temp_path_beside(path)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_report(path: Path, goal_file: GoalFile, period: Period, results: Sequence[GoalResult]) -> None:
    save_atomic(render_workbook(goal_file, period, results), path)
