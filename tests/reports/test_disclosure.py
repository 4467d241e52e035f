"""Disclosure control that holds (CONTRACT.md section 4, issue 11): an attacker finds no hidden cell's value.

Three layers: the issue's own examples worked by hand; a property test of :func:`protect` over random lines; and the
attack on real workbooks, every breakdown of every report made from the five shipped goal files, over the demo
database and over generated data with many small groups.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from planner_gui.domain.codes import TARGET_GROUPS
from planner_gui.domain.goals import GoalFile, list_shipped_goal_files, load_goal_file, parse_goal_text
from planner_gui.reports.disclosure import NOTE_HIDDEN, ShownCell, merge_small, protect
from planner_gui.reports.indicators import Cell, Period, compute_goals
from planner_gui.reports.workbook import render_workbook
from planner_gui.storage.db import Database
from tests.reports.attacker import Row, attack_line, measure_kind
from tests.reports.helpers import Builder

D = dt.date


def goal(maal: str, population: str = "{}") -> object:
    text = f"""kommune: K
plan: P 2018
goals:
  - id: G
    titel: T
    population: {population}
    maal: {maal}
    maalvaerdi: 0.5
    retning: op
"""
    return parse_goal_text(text).goals[0]


SHARE = goal("{type: andel_med_indsats, kategorier: [mentor]}")
COUNT = goal("{type: antal_indsatser, kategorier: [mentor]}")
PEOPLE = goal("{type: antal_borgere}")
CHANGES = goal("{type: gns_sagsbehandlerskift}")


def share_cells(pops_nums: list[tuple[int, int]]) -> tuple[list[Cell], Cell]:
    cells = [Cell(f"g{i}", f"g{i}", p, k / p, p) for i, (p, k) in enumerate(pops_nums)]
    tp, tk = sum(p for p, _ in pops_nums), sum(k for _, k in pops_nums)
    return cells, Cell("i_alt", "I alt", tp, tk / tp, tp)


def rows(shown: list[ShownCell]) -> list[Row]:
    return [Row(c.label, c.population, c.value) for c in shown]


def attack(shown: list[ShownCell], total: Cell, g: object, *, partition: bool = True) -> list[str]:
    return attack_line(
        rows(shown), Row("I alt", total.population, total.value), measure_kind(g.maal.type), partition=partition
    )


# ------------------------------------------------------------------------------------------------ the cases


def test_two_small_cells_that_sum_to_two_are_protected() -> None:
    # total 194, shown 177 and 15, two hidden cells: their sum is 2, so each would be 1
    cells = [Cell(k, k, n, float(n), n, n) for k, n in (("a", 177), ("b", 15), ("c", 1), ("d", 1))]
    total = Cell("i_alt", "I alt", 194, 194.0, 194, 194)
    shown = protect(merge_small(cells, PEOPLE), PEOPLE, total, partition=True)
    assert attack(shown, total, PEOPLE) == []
    hidden = [c for c in shown if c.population is None]
    assert len(hidden) >= 2 and sum(c.population or 0 for c in shown) < 192
    # every hidden cell carries the same note: the kind of hiding reveals no range
    assert {c.note for c in hidden} == {NOTE_HIDDEN}


def test_the_complementary_cell_is_not_pinned_between_five_and_the_smallest_shown() -> None:
    cells = [Cell(k, k, n, float(n), n, n) for k, n in (("a", 100), ("b", 6), ("c", 3))]
    total = Cell("i_alt", "I alt", 109, 109.0, 109, 109)
    shown = protect(cells, PEOPLE, total, partition=True)
    assert [c.population for c in shown] == [100, None, None]
    assert shown[1].note == shown[2].note == NOTE_HIDDEN
    assert attack(shown, total, PEOPLE) == []


def test_a_group_equal_to_the_whole_population_shows_what_the_total_shows() -> None:
    cells, total = share_cells([(40, 3)])  # one target group; its share 3/40 has a numerator under 5
    shown = protect(cells, SHARE, total, partition=True)
    assert shown[0].value == pytest.approx(total.value)  # hiding it would protect nothing: I alt shows it


def test_shares_that_reveal_small_counts_are_hidden() -> None:
    # 10 × 30 % = 3 and 9 × 11.1 % = 1: numerators under 5; 20 × 90 % = 18 leaves 2 without: hidden too
    cells, total = share_cells([(10, 3), (9, 1), (20, 18), (30, 15)])
    shown = protect(cells, SHARE, total, partition=True)
    by_label = {c.label: c for c in shown}
    assert by_label["g0"].value is None and by_label["g1"].value is None and by_label["g2"].value is None
    assert all(c.population is not None for c in shown)  # the populations are large enough to show
    assert attack(shown, total, SHARE) == []


def test_one_hidden_share_gets_a_complement() -> None:
    cells, total = share_cells([(10, 3), (20, 10), (30, 15)])
    shown = protect(cells, SHARE, total, partition=True)
    assert sum(c.value is None for c in shown) == 2  # else 3 = 28 - 10 - 15
    assert attack(shown, total, SHARE) == []


def test_all_zero_hidden_numerators_get_another_complement() -> None:
    # the small row (hidden) and its complement both have no one with the effort: the sum 0 would pin both
    cells, total = share_cells([(3, 0), (10, 0), (20, 6), (30, 15)])
    shown = protect(merge_small(cells, SHARE), SHARE, total, partition=True)
    assert attack(shown, total, SHARE) == []


def test_counts_of_efforts_add_up_over_teams_and_years() -> None:
    cells = [Cell(f"t{i}", f"t{i}", p, float(c), p, c) for i, (p, c) in enumerate([(20, 3), (30, 12), (25, 9)])]
    total = Cell("i_alt", "I alt", 75, 24.0, 75, 24)
    shown = protect(cells, COUNT, total, partition=True)
    assert sum(c.value is None for c in shown) == 2
    assert attack(shown, total, COUNT) == []
    years = protect(cells, COUNT, total, partition=False, additive=True)
    assert sum(c.value is None for c in years) == 2
    assert attack(years, total, COUNT, partition=False) == []


# ------------------------------------------------------------------------------------------------ random lines


@st.composite
def lines(draw: st.DrawFn) -> tuple[str, list[Cell], Cell]:
    kind = draw(st.sampled_from(["share", "people", "count", "changes"]))
    n = draw(st.integers(1, 9))
    pops = draw(st.lists(st.integers(1, 40), min_size=n, max_size=n))
    cells = []
    for i, p in enumerate(pops):
        if kind == "share":
            k = draw(st.integers(0, p))
            cells.append(Cell(f"g{i}", f"g{i}", p, k / p, p))
        elif kind == "people":
            cells.append(Cell(f"g{i}", f"g{i}", p, float(p), p, p))
        elif kind == "count":
            c = draw(st.integers(0, 30))
            cells.append(Cell(f"g{i}", f"g{i}", p, float(c), p, c))
        else:
            s = draw(st.integers(0, 2 * p))
            cells.append(Cell(f"g{i}", f"g{i}", p, s / p, p))
    tp = sum(pops)
    if kind == "share":
        total = Cell("t", "t", tp, sum(round((c.value or 0) * c.population) for c in cells) / tp, tp)
    elif kind == "people":
        total = Cell("t", "t", tp, float(tp), tp, tp)
    elif kind == "count":
        tc = sum(c.count or 0 for c in cells)
        total = Cell("t", "t", tp, float(tc), tp, tc)
    else:
        total = Cell("t", "t", tp, sum(round((c.value or 0) * c.population) for c in cells) / tp, tp)
    return kind, cells, total


GOALS = {"share": SHARE, "people": PEOPLE, "count": COUNT, "changes": CHANGES}


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(lines())
def test_no_hidden_cell_of_a_random_line_can_be_worked_out(line: tuple[str, list[Cell], Cell]) -> None:
    kind, cells, total = line
    g = GOALS[kind]
    if total.population < 5:
        return  # the whole goal is "for få": no breakdown is shown at all
    shown = protect(cells, g, total, partition=True)
    assert attack(shown, total, g) == []
    for c in shown:  # nothing under 5 is shown, unless the total shows it too
        if c.population is not None:
            assert c.population >= 5


# ------------------------------------------------------------------------------------------------ real workbooks


def attack_workbook(path: Path, goal_file: GoalFile, period: Period) -> list[str]:
    """Every breakdown of every goal sheet, attacked; the findings as ``sheet line: cell``."""
    wb = load_workbook(path)
    goals = {g.id: g for g in goal_file.goals}
    found: list[str] = []
    for ws in wb.worksheets[1:]:
        title = str(ws.cell(row=1, column=1).value or "")
        gid = title.split(":", 1)[0]
        if gid not in goals:
            continue
        g = goals[gid]
        values = list(ws.iter_rows(values_only=True))
        head = next((i for i, r in enumerate(values) if r and r[0] == "opdeling"), None)
        if head is None:  # the whole goal is too small: one sentence, no figures
            assert any("diskretion" in str(r[0]) for r in values if r and r[0]), ws.title
            continue
        total_row = values[head + 1]
        total = Row("I alt", total_row[2], total_row[3])
        sections: dict[str, list[Row]] = {}
        month_values: dict[str, float | None] = {}
        for r in values[head + 2 :]:
            if not r or r[0] is None:
                continue
            sections.setdefault(str(r[0]), []).append(Row(str(r[1]), r[2], r[3]))
            if str(r[0]).startswith("Måned"):
                month_values[str(r[1])] = r[3]
        scale = period.days if g.population.fulltime else 1.0
        kind = measure_kind(g.maal.type)
        naevner = g.maal.naevner or 1.0
        for name, line in sections.items():
            if name.startswith("Måned"):
                continue  # months are not additive: each is a period of its own (year to date)
            partition = name != "År"
            if not partition and kind != "COUNT".lower():
                continue
            for what in attack_line(line, total, kind, partition=partition, scale=scale, naevner=naevner):
                found.append(f"{ws.title} {name}: {what}")
        if "År" in sections and kind == "count":  # a year's count is its last month's year-to-date count
            for y in sections["År"]:
                last = [v for label, v in month_values.items() if label.endswith(y.label[:4])][-1:]
                if y.value is None and last and last[0] is not None:
                    found.append(f"{ws.title} År {y.label}: shown as its last month's year to date")
    return found


def periods_for(goal_file: GoalFile) -> list[Period]:
    return [
        Period(D(2025, 1, 1), D(2025, 12, 31)),
        Period(D(2024, 1, 1), D(2025, 12, 31)),
        Period(D(2026, 3, 1), D(2026, 6, 30)),
        Period(D(2025, 3, 1), D(2026, 6, 30)),  # years that are not whole: the last one ends in June
    ]


def _attack_all(db: Database, tmp_path: Path) -> list[str]:
    found: list[str] = []
    for path in list_shipped_goal_files():
        goal_file = load_goal_file(path)
        for period in periods_for(goal_file):
            with db.read() as s:
                results = compute_goals(s, goal_file, period)
            out = tmp_path / f"{path.stem}-{period.start}-{period.end}.xlsx"
            render_workbook(goal_file, period, results).save(out)
            found += [f"{path.stem} {period.label} {f}" for f in attack_workbook(out, goal_file, period)]
    return found


@pytest.mark.slow
def test_attacker_finds_nothing_in_reports_on_the_demo(demo_db: Database, tmp_path: Path) -> None:
    assert _attack_all(demo_db, tmp_path) == []


def _many_small_groups(build: Builder, seed: int, citizens: int = 140) -> None:
    """Case data in which most breakdown groups are small: many teams and caseworkers, every target group."""
    rnd = random.Random(seed)
    staff = [build.staff(f"s{i:02d}", team=f"Team {i % 9}") for i in range(30)]
    companies = [build.company(f"{20000000 + i}", social=i % 3 == 0) for i in range(12)]
    categories = ["virksomhedspraktik", "loentilskud", "nytteindsats", "mentor", "behandling", "opkvalificering"]
    for _ in range(citizens):
        year = rnd.choice([1960, 1975, 1990, 1998, 2003])
        cid = build.citizen(
            cpr=f"{rnd.randint(1, 28):02d}{rnd.randint(1, 12):02d}{year % 100:02d}{rnd.randint(1000, 3999)}"
        )
        start = D(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, 900))
        end = None if rnd.random() < 0.4 else start + dt.timedelta(days=rnd.randint(20, 700))
        build.benefit(cid, rnd.choice(TARGET_GROUPS), start, end)
        if rnd.random() < 0.3:
            build.benefit(cid, rnd.choice(TARGET_GROUPS), D(2021, 6, 1), start - dt.timedelta(days=1))
        build.assign(cid, rnd.choice(staff), start, None, role=rnd.choice(["koordinerende", "primaer"]))
        if rnd.random() < 0.3:
            build.assign(cid, rnd.choice(staff), start + dt.timedelta(days=rnd.randint(1, 300)), None)
        for _ in range(rnd.randint(0, 3)):
            e_start = start + dt.timedelta(days=rnd.randint(0, 400))
            company = rnd.choice(companies) if rnd.random() < 0.5 else None
            build.effort(
                cid, rnd.choice(categories), e_start, e_start + dt.timedelta(days=rnd.randint(10, 200)), company
            )
        if rnd.random() < 0.25:
            kind = rnd.choice(["job", "uddannelse", "andet"])
            build.exit(cid, start + dt.timedelta(days=rnd.randint(30, 600)), kind)
        if rnd.random() < 0.3:
            build.hours(cid, D(2025, rnd.randint(1, 12), 1), rnd.randint(1, 160))
        if rnd.random() < 0.4:
            for k in range(rnd.randint(1, 3)):
                build.measure(cid, D(2025, 1 + 3 * k, 10), "helbred", rnd.randint(1, 10))


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_attacker_finds_nothing_with_many_small_groups(build: Builder, tmp_path: Path, seed: int) -> None:
    _many_small_groups(build, seed)
    assert _attack_all(build.db, tmp_path) == []


def test_the_attacker_has_teeth() -> None:
    """Against primary suppression alone (the earlier workbook), the attacker pins the hidden cells."""
    line = [Row("a", 177, 177.0), Row("b", 15, 15.0), Row("c", None, None), Row("d", None, None)]
    assert attack_line(line, Row("I alt", 194, 194.0), "population", partition=True) == [
        "c: population",
        "d: population",
    ]
    # a hidden share whose numerator follows from the total share and the other groups
    shares = [Row("a", 10, None), Row("b", 20, 0.5), Row("c", 30, 0.5)]
    assert attack_line(shares, Row("I alt", 60, 28 / 60), "share", partition=True) == ["a: share"]


def test_a_hidden_year_hides_its_last_month_too_when_the_year_is_not_whole() -> None:
    """The last month of a year holds the year to date, i.e. the year's figure: June, when the period ends in June."""
    from planner_gui.reports.indicators import GoalResult
    from planner_gui.reports.workbook import _shown_months

    period = Period(D(2025, 3, 1), D(2026, 6, 30))
    counts = [0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 5, 5, 6, 6, 6, 6]  # year to date: 2025 ends at 3, 2026 at 6
    months = [
        Cell(m.end.strftime("%Y-%m"), m.end.strftime("%m %Y"), 30, float(c), 30, c)
        for m, c in zip(period.months_to_date(), counts, strict=True)
    ]
    years = (Cell("2025", "2025", 30, 3.0, 30, 3), Cell("2026", "2026", 30, 6.0, 30, 6))
    total = Cell("i_alt", "I alt", 30, 9.0, 30, 9)
    shown = _shown_months(GoalResult(COUNT, period, total, (), (), (), tuple(months), years))
    by_key = {c.key: c for c in shown}
    # 2025's 3 efforts are hidden, so 2026's 6 are too (else 9 - 6 = 3); June 2026 is 2026's figure: hidden as well
    assert by_key["2026-06"].value is None
