"""Disclosure control of the report's breakdowns (CONTRACT.md section 4): no hidden count can be worked out.

Pure Python (no database, no openpyxl). The workbook and the screen show breakdowns only through :func:`protect`.

**Primary suppression.** In a breakdown row, a population under :data:`MIN_COUNT` (head count, or full-time persons
for ``fuldtid``) hides the row's population and value; a count measure (``antal_*``) hides a count under 5; a share
hides its value when its numerator, or population minus numerator, is 1-4 (shown with its population it would
reveal that count: 10 × 30 % = 3); a mean over fewer than 5 units hides its value.

**Complementary suppression.** The rows of a breakdown by team, coordinating caseworker or target group split the
population, and several figures add up over them to a total the workbook shows: the population itself, a share's
numerator (share × population), the number of efforts of ``antal_indsatser``, and the sum of caseworker changes of
``gns_sagsbehandlerskift`` (mean × population). Years add up too, for ``antal_indsatser``. For every such additive
quantity the hidden rows of a line must leave each hidden value free to take several values: a hidden value x_i
with bounds lo_i..hi_i (a population is at least 1, since the row is listed; a numerator lies within 0..population)
is pinned exactly when it is the only hidden one, or when the hidden rows' sum H equals the sum of their lower
bounds or of their upper bounds. Whenever that happens, the smallest row still shown is hidden as well, until no
hidden value is pinned. Where no row is left to hide, the hidden values follow from the totals alone (a breakdown
of one row, or a share of 0 % or 100 % overall): they are shown, since hiding them would protect nothing.

**Fewer hidden rows to begin with.** In the partitions, groups under 5 are first merged into one row ``Øvrige``
(when there are two or more of them), so a line has at most one small row; the caseworker list would otherwise be
mostly hidden rows.

Every hidden cell carries the same note, :data:`NOTE_HIDDEN`, so the kind of hiding reveals no range. A goal whose
whole population is under 5 shows no breakdown at all (the workbook says so in one sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner_gui.domain.goals import Goal
from planner_gui.reports.indicators import MIN_COUNT, Cell

__all__ = [
    "COUNT_MEASURES",
    "MEAN_BASIS_MEASURES",
    "NOTE_HIDDEN",
    "NOTE_NOT_ADDITIVE",
    "NOTE_NO_VALUE",
    "OTHERS_KEY",
    "ShownCell",
    "merge_small",
    "protect",
    "share_numerator",
]

COUNT_MEASURES = frozenset({"antal_borgere", "antal_indsatser", "antal_virksomheder"})
MEAN_BASIS_MEASURES = frozenset({"gns_progression", "gns_varighed_uger"})
#: Measures whose value is the population itself (or the population over a fixed denominator).
POPULATION_VALUE_MEASURES = frozenset({"antal_borgere", "andel_af_naevner"})

NOTE_HIDDEN = "skjult af hensyn til diskretion"
NOTE_NO_VALUE = "ingen værdi: ingen i gruppen opfylder betingelsen"
NOTE_NOT_ADDITIVE = "antal forskellige virksomheder kan ikke lægges sammen på tværs af grupper"
OTHERS_KEY = "(øvrige)"
OTHERS_LABEL = f"Øvrige (under {MIN_COUNT} borgere hver)"


@dataclass(frozen=True)
class ShownCell:
    """A breakdown row as the report shows it: ``None`` is an empty (hidden or undefined) cell."""

    label: str
    population: float | None
    value: float | None
    note: str = ""
    key: str = ""


def is_share(goal: Goal) -> bool:
    """A share of the population (a numerator over the head count); ``andel_af_naevner`` is not one."""
    return goal.is_share and goal.maal.type != "andel_af_naevner"


def share_numerator(cell: Cell) -> int:
    """The count behind a share: share × population (exact, since the cell holds the unrounded fraction)."""
    return round((cell.value or 0.0) * cell.population)


def _size(cell: Cell) -> float:
    return cell.size


def merge_small(cells: Sequence[Cell], goal: Goal) -> list[Cell]:
    """Show groups under 5 together as one row ``Øvrige`` (when there are at least two of them).

    The merged row's value is the measure over the merged groups, worked out from the groups' values and sizes (a
    share times its population is a count; a mean times its basis is a sum). Distinct companies cannot be added
    up, so ``antal_virksomheder`` shows no value there. The merged row is then protected like any other.
    """
    small = [c for c in cells if _size(c) < MIN_COUNT]
    if len(small) < 2:
        return list(cells)
    kind = goal.maal.type
    n = sum(c.population for c in small)
    basis = sum(c.basis for c in small)
    fulltime = sum(c.fulltime or 0.0 for c in small) if goal.population.fulltime else None
    count: int | None = None
    value: float | None
    if kind == "antal_virksomheder":
        value = None
    elif kind in POPULATION_VALUE_MEASURES:
        value = sum(c.value or 0.0 for c in small)
        count = n if kind == "antal_borgere" and fulltime is None else None
    elif kind == "antal_indsatser":
        count = sum(c.count or 0 for c in small)
        value = float(count)
    elif kind in MEAN_BASIS_MEASURES:
        total = sum(c.value * c.basis for c in small if c.value is not None)
        value = total / basis if basis else None
    else:  # shares and the mean number of caseworker changes: over the population
        total = sum(c.value * c.population for c in small if c.value is not None)
        value = total / n if n else None
    merged = Cell(OTHERS_KEY, OTHERS_LABEL, n, value, basis, count, fulltime)
    return [c for c in cells if _size(c) >= MIN_COUNT] + [merged]


def _primary(cells: Sequence[Cell], goal: Goal) -> tuple[list[bool], list[bool]]:
    kind = goal.maal.type
    hide_pop = [_size(c) < MIN_COUNT for c in cells]
    hide_val = list(hide_pop)
    for i, c in enumerate(cells):
        if hide_val[i] or c.value is None:
            continue
        small_count = kind in ("antal_indsatser", "antal_virksomheder") and c.count is not None and c.count < MIN_COUNT
        if small_count or (kind in MEAN_BASIS_MEASURES and c.basis < MIN_COUNT):
            hide_val[i] = True
        elif is_share(goal):
            k = share_numerator(c)
            if 0 < k < MIN_COUNT or 0 < c.population - k < MIN_COUNT:
                hide_val[i] = True
    return hide_pop, hide_val


@dataclass
class _Quantity:
    """An additive figure of a line: the rows' values, their bounds, the known total, and which rows show it."""

    values: list[int]
    lows: list[int]
    highs: list[int | None]
    total: int
    of_population: bool  # hiding it hides the population (else only the value)

    def pinned(self, hidden: list[int]) -> bool:
        if not hidden:
            return False
        if len(hidden) == 1:
            return True
        h = sum(self.values[i] for i in hidden)
        if h <= sum(self.lows[i] for i in hidden):
            return True
        highs = [self.highs[i] for i in hidden]
        return all(x is not None for x in highs) and h >= sum(x for x in highs if x is not None)


def _quantities(
    cells: Sequence[Cell], goal: Goal, total: Cell, total_value_shown: bool, partition: bool, period_days: int
) -> list[_Quantity]:
    kind = goal.maal.type
    out: list[_Quantity] = []
    n = len(cells)
    if partition:
        if goal.population.fulltime:  # full-time persons add up as days
            days = [round((c.fulltime or 0.0) * period_days) for c in cells]
            t = round((total.fulltime or 0.0) * period_days)
        else:
            days = [c.population for c in cells]
            t = total.population
        out.append(_Quantity(days, [1] * n, [None] * n, t, True))
    if not total_value_shown or total.value is None:
        return out
    if is_share(goal) and partition:
        nums = [share_numerator(c) for c in cells]
        pops: list[int | None] = [c.population for c in cells]
        out.append(_Quantity(nums, [0] * n, pops, share_numerator(total), False))
    elif kind == "gns_sagsbehandlerskift" and partition:
        sums = [round((c.value or 0.0) * c.population) for c in cells]
        out.append(_Quantity(sums, [0] * n, [None] * n, round(total.value * total.population), False))
    elif kind == "antal_indsatser":  # efforts start in exactly one group, team and year alike
        counts = [c.count or 0 for c in cells]
        out.append(_Quantity(counts, [0] * n, [None] * n, total.count or 0, False))
    return out


def protect(
    cells: Sequence[Cell],
    goal: Goal,
    total: Cell,
    *,
    partition: bool,
    additive: bool | None = None,
    period_days: int = 1,
    same_as_total: Sequence[bool] = (),
) -> list[ShownCell]:
    """The rows of one breakdown as they may be shown (see the module's docstring).

    ``partition``: the rows split the population (team, caseworker, target group); groups under 5 are merged
    into one row first (:func:`merge_small`). ``additive``: the rows' values
    add up to the total's (default: ``partition``; years of ``antal_indsatser`` too). ``same_as_total[i]`` marks
    a row that is the whole period (the last month of a one-year report): it is shown exactly as the total is.
    """
    additive = partition if additive is None else additive
    if partition:  # at most one small row: groups under 5 together as Øvrige
        cells = merge_small(cells, goal)
    total_value_shown = total.size >= MIN_COUNT and total.value is not None
    n = len(cells)
    hide_pop, hide_val = _primary(cells, goal)
    for i in range(n):
        if i < len(same_as_total) and same_as_total[i]:
            hide_pop[i] = hide_val[i] = False
    quantities = _quantities(cells, goal, total, total_value_shown, partition, period_days) if additive else []
    if not partition:  # a line that is not a partition: only its values add up
        quantities = [q for q in quantities if not q.of_population]
    reveal = [False] * n
    changed = True
    while changed:
        changed = False
        for q in quantities:
            hidden_flags = hide_pop if q.of_population else hide_val
            hidden = [i for i in range(n) if hidden_flags[i]]
            if not q.pinned(hidden):
                continue
            shown = [i for i in range(n) if not hidden_flags[i]]
            if shown:  # hide the smallest row still shown as well
                j = min(shown, key=lambda i: (_size(cells[i]), q.values[i], i))
                hide_val[j] = True
                if q.of_population:
                    hide_pop[j] = True
                changed = True
            elif not q.of_population:  # every row hidden, and still fixed by the total: nothing to protect
                for i in hidden:
                    reveal[i] = True
    out: list[ShownCell] = []
    kind = goal.maal.type
    for i, c in enumerate(cells):
        value_hidden = hide_val[i] and not reveal[i]
        note = NOTE_HIDDEN if hide_pop[i] or value_hidden else ""
        if not note and c.value is None:
            note = NOTE_NOT_ADDITIVE if c.key == OTHERS_KEY and kind == "antal_virksomheder" else NOTE_NO_VALUE
        population = None if hide_pop[i] else (_size(c) if goal.population.fulltime else c.population)
        out.append(ShownCell(c.label, population, None if value_hidden else c.value, note, c.key))
    return out
