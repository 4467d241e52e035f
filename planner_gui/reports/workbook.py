"""The report workbook (CONTRACT.md section 4), written with openpyxl.

Sheets: ``Mål`` (exactly the contract's columns, one row per goal in file order), one sheet per goal with its
breakdowns (team, coordinating caseworker, target group, month) and a native chart of the monthly series, and
``Definitioner`` (how each number was computed, in plain Danish, and where in the plan the goal comes from).

Data protection: no CPR number and no name is ever written (caseworkers appear by initials only); every breakdown
goes through :func:`planner_gui.reports.disclosure.protect` (small counts hidden, and hidden so that no arithmetic
on the shown figures, totals and shares works them out). Every text cell
goes through :mod:`planner_gui.xlsx`, so text can never become a formula. The file is written to a temporary file
beside the target and renamed into place, so a failed run never leaves a half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner_gui.domain.codes import EFFORT_CATEGORY_LABELS, EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.dates import format_date_time, format_period
from planner_gui.domain.goals import Goal, GoalFile, plan_years
from planner_gui.reports.disclosure import COUNT_MEASURES, ShownCell, protect
from planner_gui.reports.disclosure import NOTE_HIDDEN as _HIDDEN_NOTE
from planner_gui.reports.indicators import MIN_COUNT, Cell, GoalResult, Period, goal_status
from planner_gui.xlsx import write_safe

__all__ = [
    "MAAL_HEADERS",
    "BackgroundRenderer",
    "WorkbookBuilder",
    "render_workbook",
    "report_warnings",
    "save_atomic",
    "series_for_screen",
    "write_report",
]

#: Row 1 of the ``Mål`` sheet, exactly as CONTRACT.md section 4 (the eighth column, ``målkilde``, included).
MAAL_HEADERS = ("id", "titel", "population", "værdi", "baseline", "målværdi", "status", "målkilde")
BREAKDOWN_HEADERS = ("opdeling", "gruppe", "population", "værdi", "målværdi", "bemærkning")
DEFINITION_HEADERS = (
    "id",
    "titel",
    "kilde i planen",
    "målkilde",
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

FMT_FULLTIME = "[$-406]#,##0.0"

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

NOTE_TOTAL_NO_VALUE = "ingen værdi: ingen i populationen opfylder betingelsen"

BREAKDOWN_TITLES = {
    "team": "Team",
    "coordinator": "Koordinerende sagsbehandler",
    "target_group": "Målgruppe",
    "month": "Måned (år til dato)",
    "year": "År",
}


def population_format(goal: Goal) -> str:
    return FMT_FULLTIME if goal.population.fulltime else FMT_COUNT


def number_format(goal: Goal) -> str:
    kind = goal.maal.type
    if kind == "antal_borgere" and goal.population.fulltime:
        return FMT_FULLTIME
    if goal.is_share:
        return FMT_SHARE
    if kind in COUNT_MEASURES:
        return FMT_COUNT
    if kind == "gns_varighed_uger":
        return FMT_WEEKS
    return FMT_MEAN


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
        who = "Alle borgere med en ydelsesperiode (uanset målgruppe)"
    else:
        who = f"Borgere med en ydelsesperiode som {_list(pop.maalgrupper, TARGET_GROUP_LABELS)}"
    if pop.stock:
        text = f"{who}, der dækker periodens sidste dag (bestand: en opgørelse på én dag)"
    else:
        text = f"{who}, der overlapper perioden"
    if pop.alder is not None:
        text += f", {pop.alder[0]}-{pop.alder[1]} år på periodens sidste dag (alder ud fra fødselsdatoen i CPR)"
    if pop.langtidsforsoerget:
        text += (
            ", og som er langtidsforsørgede: deres ydelsesperioder (alle målgrupper) frem til periodens sidste dag "
            "dækker tilsammen mere end 364 dage (dage med overlappende perioder tælles én gang)"
        )
    if pop.fulltime:
        return text + (
            ". Opgjort i fuldtidspersoner som i Jobindsats: for hver borger tælles dagene i perioden med en "
            "ydelsesperiode i målgrupperne (overlap én gang); summen deles med periodens antal dage."
        )
    return text + ". Hver borger tælles én gang."


def describe_measure(goal: Goal) -> str:
    m = goal.maal
    kind = m.type
    if kind == "antal_borgere":
        if goal.population.fulltime:
            return "Antallet af fuldtidspersoner i populationen."
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
        hours = "mindst 1 ordinær time" if m.min_timer == 1 else f"mindst {m.min_timer:g} ordinære timer"
        return f"Andelen af populationen, der i alt har haft {hours} i de måneder, hvis første dag ligger i perioden."
    if kind == "antal_virksomheder":
        which = {True: "socialøkonomiske ", False: "ikke-socialøkonomiske "}.get(m.socialoekonomisk, "")  # type: ignore[arg-type]
        return (
            f"Antallet af forskellige {which}virksomheder knyttet til indsatser for borgere i populationen, der "
            "overlapper perioden."
        )
    if kind == "andel_koordinerende":
        return "Andelen af populationen med en koordinerende sagsbehandler på periodens sidste dag."
    if kind == "andel_af_naevner":
        size = "Antallet af fuldtidspersoner" if goal.population.fulltime else "Populationens størrelse"
        return f"{size} divideret med {m.naevner:,.0f}".replace(",", ".") + f" (nævner fra: {m.naevner_kilde})."
    return kind


GENERAL_NOTES = (
    "Sådan læses rapporten",
    "Perioden omfatter begge datoer. En ydelsesperiode, indsats eller tilknytning overlapper perioden, når den "
    "starter senest periodens sidste dag og ikke er slut før periodens første dag (tom slutdato = i gang).",
    "Status: nået = værdien har nået målværdien (op: mindst, ned: højst); på vej = ikke nået, men bedre end "
    "baseline i målets retning; ikke nået = hverken eller; for få = populationen er under 5 (eller værdien kan "
    "ikke beregnes), og så vises værdien ikke.",
    "Målkilde: plan = planen selv angiver målværdien; antagelse = planen angiver intet tal, og målværdien er "
    "antaget (hvem og hvorfor står på målets ark). Læs status mod en antaget målværdi med forbehold.",
    "Opdelinger: hver borger i periodens population tælles i netop én gruppe. Team = teamet for den "
    "sagsbehandler, borgeren er tilknyttet på periodens sidste dag (koordinerende før primær); er der ingen "
    "tilknytning den dag, den seneste før. Koordinerende sagsbehandler efter samme regel, kun med initialer. "
    "Målgruppe = målgruppen for borgerens senest startede ydelsesperiode i perioden. Grupper med under "
    f"{MIN_COUNT} borgere hver vises samlet som én række (Øvrige).",
    "Måned (år til dato): for hver måned er målet beregnet fra 1. januar (eller periodens første dag, hvis den "
    "ligger senere) til og med månedens sidste dag. Rækken og grafen viser altså samme slags tal som målværdien: "
    "årets tal indtil da, og sidste måned i et år er hele årets tal. For en bestand er det bestanden på "
    "månedens sidste dag.",
    "År: spænder perioden over flere kalenderår, vises målet også for hvert år for sig, med status mod "
    "målværdien. Planers mål pr. år (fx et antal pr. år) skal læses mod årstallene, ikke mod hele periodens tal.",
    f"Diskretion: tal under {MIN_COUNT} vises ikke, og en andel skjules, når den svarer til 1-4 borgere med "
    "eller uden det målte. Skjulte tal er valgt, så de ikke kan regnes ud fra totalen, de andre grupper eller "
    "andelene: hvert skjult tal kan stadig have flere værdier. Alle skjulte celler har samme bemærkning.",
    "Rapporten indeholder ingen CPR-numre og ingen navne.",
)


def report_warnings(goal_file: GoalFile, period: Period) -> list[str]:
    """What a reader must know before reading the figures: a period outside the plan's own years."""
    years = plan_years(goal_file)
    if years is None:
        return []
    first, last = years
    if period.start.year >= first and period.end.year <= last:
        return []
    span = str(first) if first == last else f"{first}-{last}"
    return [
        f"Perioden {period.label} ligger helt eller delvis uden for planens egne år ({span}). Målene og "
        f"målværdierne er planens for {span}; de er ikke nødvendigvis kommunens mål for denne periode."
    ]


def series_for_screen(r: GoalResult) -> tuple[float | None, ...]:
    """The monthly (year-to-date) values as the workbook shows them: hidden and undefined ones are ``None``."""
    return tuple(c.value for c in _shown_months(r))


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
        _put(ws, row, 3, r.population_figure if r.goal.population.fulltime else r.population, population_format(r.goal))
        _put(ws, row, 4, r.shown_value, fmt)
        _put(ws, row, 5, r.goal.baseline, fmt)
        _put(ws, row, 6, r.goal.maalvaerdi, fmt)
        status = _put(ws, row, 7, r.status)
        status.fill = PatternFill("solid", fgColor=STATUS_FILLS[r.status])
        status.alignment = Alignment(horizontal="center")
        source = _put(ws, row, 8, r.goal.target_source)
        source.alignment = Alignment(horizontal="center")
        if r.goal.antagelse:
            source.font = Font(italic=True)
    last = len(results) + 1
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:H{last}"
    _fit_columns(ws, 1, {2: (20, 70), 3: (12, 14), 4: (10, 14), 5: (10, 14), 6: (10, 14), 7: (10, 12), 8: (11, 12)})
    # The sheet holds exactly the contract's table (scripts read it by rows); what the reader must know first is
    # printed on every page of it and stated at the top of Definitioner.
    years = plan_years(goal_file)
    if report_warnings(goal_file, period) and years is not None:
        span = str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
        ws.oddFooter.left.text = f"Bemærk: perioden ligger uden for planens år ({span}); se Definitioner"
        ws.oddFooter.left.size = 9
    _print_setup(ws, f"{goal_file.kommune}: {goal_file.plan}, {period.label}")
    ws.print_title_rows = "1:1"


def _shown_months(r: GoalResult) -> list[ShownCell]:
    last_is_total = [
        c.key == r.period.end.strftime("%Y-%m") and r.period.start.year == r.period.end.year for c in r.by_month
    ]
    shown = protect(r.by_month, r.goal, r.total, partition=False, same_as_total=last_is_total)
    if r.by_year and r.goal.maal.type == "antal_indsatser":
        # a year's last month (December, or the period's last month in its last year) holds the year to date, which
        # is that year's figure: where the year's count is hidden, so is that month's
        hidden_years = {y.key for y, s in zip(r.by_year, _shown_years(r), strict=True) if s.value is None}
        last_months = {y.end.strftime("%Y-%m") for y in r.period.years() if str(y.start.year) in hidden_years}
        shown = [
            replace(s, value=None, note=s.note or _HIDDEN_NOTE) if c.key in last_months else s
            for c, s in zip(r.by_month, shown, strict=True)
        ]
    return shown


def _shown_years(r: GoalResult) -> list[ShownCell]:
    return protect(
        r.by_year,
        r.goal,
        r.total,
        partition=False,
        additive=r.goal.maal.type == "antal_indsatser",
        period_days=r.period.days,
    )


def _sections(r: GoalResult) -> list[tuple[str, list[ShownCell]]]:
    """Every breakdown of a goal, protected, in the order the sheet shows them."""
    goal, days = r.goal, r.period.days

    def partition(cells: Sequence[Cell]) -> list[ShownCell]:
        return protect(cells, goal, r.total, partition=True, period_days=days)

    sections: list[tuple[str, list[ShownCell]]] = [("month", _shown_months(r))]
    if r.by_year:
        sections.append(("year", _shown_years(r)))
    sections += [
        ("target_group", partition(r.by_target_group)),
        ("team", partition(r.by_team)),
        ("coordinator", partition(r.by_coordinator)),
    ]
    return sections


def _target_text(goal: Goal) -> str:
    if goal.antagelse:
        return f"Målværdien er en antagelse, ikke et tal fra planen: {goal.antagelse}"
    where = f" ({goal.kilde})" if goal.kilde else ""
    return f"Målværdien er planens eget tal{where}."


def _goal_sheet(ws: Worksheet, goal_file: GoalFile, r: GoalResult) -> None:
    goal = r.goal
    fmt, pfmt = number_format(goal), population_format(goal)
    wrap = Alignment(wrap_text=True, vertical="top")
    _put(ws, 1, 1, f"{goal.id}: {goal.titel}").font = TITLE_FONT
    value_text = "–" if r.shown_value is None else _plain_number(r.shown_value, goal)
    size = _plain_population(r.population_figure, goal)
    intro = [
        f"{goal_file.kommune}, {goal_file.plan}. Periode {_danish_period(r.period)}.",
        f"Population {size}, værdi {value_text}, målværdi {_plain_number(goal.maalvaerdi, goal)} "
        f"({'op' if goal.retning == 'op' else 'ned'}), status: {r.status}.",
        _target_text(goal),
    ]
    if goal.kilde and goal.antagelse:
        intro.append(f"Kilde i planen: {goal.kilde}")
    for i, text in enumerate(intro, start=2):
        cell = _put(ws, i, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        ws.row_dimensions[i].height = 13.5 * _lines(text, 120) + 3
    head = len(intro) + 3
    if r.population_figure < MIN_COUNT:
        # nothing to show but hidden cells: say it in one sentence instead of a page of them and an empty chart
        text = (
            f"Populationen er under {MIN_COUNT}, så målets værdi og alle opdelinger er skjult af hensyn til diskretion."
        )
        cell = _put(ws, head, 1, text)
        cell.font = Font(italic=True)
        cell.alignment = wrap
        ws.merge_cells(start_row=head, start_column=1, end_row=head, end_column=6)
        for col, width in {1: 24, 2: 30, 3: 14, 4: 14, 5: 12, 6: 40}.items():
            ws.column_dimensions[get_column_letter(col)].width = width
        _print_setup(ws, f"{goal_file.kommune}: {goal.id} {goal.titel}, {r.period.label}")
        return
    _header(ws, head, BREAKDOWN_HEADERS)
    row = head + 1
    total_shown = r.status != "for få"
    total_pop = r.population_figure if goal.population.fulltime else r.population
    for col, value in enumerate(("I alt", "Alle", total_pop, r.shown_value if total_shown else None), start=1):
        _put(ws, row, col, value, fmt if col == 4 else pfmt).font = TOTAL_FONT
    _put(ws, row, 5, goal.maalvaerdi, fmt)
    if not total_shown:
        _put(ws, row, 6, NOTE_TOTAL_NO_VALUE)
    row += 1
    month_rows: tuple[int, int] | None = None
    for kind, shown in _sections(r):
        start = row
        for c in shown:
            _put(ws, row, 1, BREAKDOWN_TITLES[kind])
            _put(ws, row, 2, c.label)
            _put(ws, row, 3, c.population, pfmt)
            _put(ws, row, 4, c.value, fmt)
            note = c.note
            if kind in ("month", "year"):  # the target line of the chart; years get their own status
                _put(ws, row, 5, goal.maalvaerdi, fmt)
                if kind == "year" and c.value is not None and c.population is not None:
                    note = f"status: {goal_status(goal, float(c.population), c.value)}"
            if note:
                _put(ws, row, 6, note)
            row += 1
        if kind == "month" and shown:
            month_rows = (start, row - 1)
    last = row - 1
    ws.freeze_panes = ws.cell(row=head + 1, column=3)
    ws.auto_filter.ref = f"A{head}:F{last}"
    _fit_columns(ws, head, {1: (12, 24), 2: (14, 40), 3: (12, 14), 4: (10, 14), 5: (11, 12), 6: (14, 48)})
    has_values = month_rows is not None and any(
        ws.cell(row=i, column=4).value is not None for i in range(month_rows[0], month_rows[1] + 1)
    )
    if month_rows is not None and has_values:
        _chart(ws, goal, month_rows, fmt)
    _print_setup(ws, f"{goal_file.kommune}: {goal.id} {goal.titel}, {r.period.label}")
    # one page tall when it fits on one (about 60 rows with the chart beside them), instead of a spill of a few
    # rows and a sliver of chart onto a second page
    if last <= 75:
        ws.page_setup.fitToHeight = 1
    ws.print_title_rows = f"{head}:{head}"


def _chart(ws: Worksheet, goal: Goal, rows: tuple[int, int], fmt: str) -> None:
    first, last = rows
    chart: LineChart | BarChart
    if goal.maal.type in COUNT_MEASURES:
        chart = BarChart()
        chart.type = "col"
    else:
        chart = LineChart()
    chart.title = "Udvikling, år til dato"
    chart.y_axis.title = "værdi"
    chart.y_axis.number_format = fmt  # with the Danish locale tag, so the axis shows 5,0 % like the cells
    chart.y_axis.majorGridlines = None
    data = Reference(ws, min_col=4, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=False)
    target = LineChart()
    target.add_data(Reference(ws, min_col=5, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.series[0].tx = SeriesLabel(v="værdi (år til dato)")
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


def _danish_period(p: Period) -> str:
    return format_period(p.start, p.end)


def _plain_population(value: float, goal: Goal) -> str:
    if goal.population.fulltime:
        return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".") + " fuldtidspersoner"
    return f"{value:,.0f}".replace(",", ".")


def _plain_number(value: float, goal: Goal) -> str:
    if goal.is_share:
        return f"{value * 100:.1f} %".replace(".", ",")
    if goal.maal.type == "antal_borgere" and goal.population.fulltime:
        return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
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
    widths = {1: 9, 2: 26, 3: 26, 4: 30, 5: 40, 6: 48, 7: 10, 8: 10, 9: 14}
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
            f"antagelse: {goal.antagelse}" if goal.antagelse else "plan",
            describe_population(goal),
            describe_measure(goal),
            goal.baseline,
            goal.maalvaerdi,
            "op (højere er bedre)" if goal.retning == "op" else "ned (lavere er bedre)",
        ]
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value, fmt if col in (7, 8) else None)
            cell.alignment = wrap
            if isinstance(value, str):
                lines = max(lines, _lines(value, widths[col]))
        ws.row_dimensions[row].height = 13.5 * lines + 3
        row += 1
    last = row - 1
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:I{last}"
    row += 1
    notes = [
        f"{goal_file.kommune}: {goal_file.plan}",
        f"Periode: {_danish_period(period)}. Dannet {format_date_time(generated)} af planner-gui.",
        *report_warnings(goal_file, period),
        *GENERAL_NOTES,
    ]
    total_width = sum(widths.values())
    for text in notes:
        cell = _put(ws, row, 1, text)
        cell.alignment = wrap
        if text in (notes[0], GENERAL_NOTES[0]):
            cell.font = TOTAL_FONT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = 13.5 * _lines(text, total_width) + 3
        row += 1
    _print_setup(ws, f"{goal_file.kommune}: definitioner, {period.label}")
    ws.print_title_rows = "1:1"


class WorkbookBuilder:
    """Builds the report workbook one goal at a time, so a goal's sheet can be made while the next goal is computed.

    :meth:`add` makes a goal's sheet as soon as its result is known; :meth:`finish` fills ``Mål`` (made first, so it
    is the first sheet) and ``Definitioner`` from all of them. :func:`render_workbook` is the same steps in a row."""

    def __init__(self, goal_file: GoalFile, period: Period, generated: dt.datetime | None = None) -> None:
        self.goal_file, self.period = goal_file, period
        self.generated = generated or dt.datetime.now().replace(microsecond=0)
        self.wb = Workbook()
        ws = self.wb.active
        assert ws is not None
        ws.title = "Mål"
        self._maal = ws
        self._used: set[str] = set()
        self._results: list[GoalResult] = []

    def add(self, result: GoalResult) -> None:
        self._results.append(result)
        _goal_sheet(self.wb.create_sheet(_sheet_title(result.goal.id, self._used)), self.goal_file, result)

    def finish(self) -> Workbook:
        goal_file, period, results, wb = self.goal_file, self.period, self._results, self.wb
        _maal_sheet(self._maal, goal_file, period, results)
        _definitions_sheet(wb.create_sheet("Definitioner"), goal_file, period, results, self.generated)
        wb.properties.title = f"Målrapport {goal_file.kommune} {period.label}"
        wb.properties.subject = goal_file.plan
        wb.properties.creator = "planner-gui"
        wb.properties.lastModifiedBy = "planner-gui"
        wb.properties.created = wb.properties.modified = self.generated
        return wb


def render_workbook(
    goal_file: GoalFile, period: Period, results: Sequence[GoalResult], generated: dt.datetime | None = None
) -> Workbook:
    """The report as an openpyxl :class:`Workbook` (not yet saved)."""
    builder = WorkbookBuilder(goal_file, period, generated)
    for r in results:
        builder.add(r)
    return builder.finish()


_DONE = object()


class BackgroundRenderer:
    """A :class:`WorkbookBuilder` on a second thread: each goal's sheet is made while the caller computes the next goal
    (SQLite and PostgreSQL's driver let go of Python's lock while a statement runs, so on a second core the sheets
    cost little wall time). Only the results cross threads; the database is never touched here.

    A failure on the render thread is raised in the caller, at its next :meth:`add` or at :meth:`finish`;
    :meth:`close` (always, in a ``finally``) stops the thread, whatever the caller's state."""

    def __init__(self, goal_file: GoalFile, period: Period, generated: dt.datetime | None = None) -> None:
        self._builder = WorkbookBuilder(goal_file, period, generated)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._wb: Workbook | None = None
        self._thread = threading.Thread(target=self._run, name="report-workbook", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if item is None:  # closed: the caller gave up
                    return
                if item is _DONE:
                    self._wb = self._builder.finish()
                    return
                self._builder.add(item)
        except BaseException as err:  # handed to the caller's thread
            self._error = err

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def add(self, result: GoalResult) -> None:
        self._raise()
        self._queue.put(result)

    def finish(self) -> Workbook:
        """The workbook, once every sheet is made (the failure of any, raised here)."""
        self._queue.put(_DONE)
        self._thread.join()
        self._raise()
        assert self._wb is not None
        return self._wb

    def close(self) -> None:
        """Stop the thread (what it was making is dropped); a no-op after :meth:`finish`."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def save_atomic(wb: Workbook, path: Path) -> None:
    """Save in the private scratch folder (never beside ``path``), then move it into place."""
    from planner_gui.storage import files

    tmp = files.scratch_path(path.name)
    try:
        wb.save(tmp)
        files.place(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_report(path: Path, goal_file: GoalFile, period: Period, results: Sequence[GoalResult]) -> None:
    save_atomic(render_workbook(goal_file, period, results), path)
