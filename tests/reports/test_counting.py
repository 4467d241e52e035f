"""``population.opgoerelse`` (CONTRACT.md section 3 extensions): stocks, full-time persons, years and assumptions.

Every figure is worked out by hand in the comments. The report period is 2018 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner_gui.domain.goals import GoalFileError, parse_goal_text
from planner_gui.reports.indicators import Period, compute_goals
from planner_gui.reports.workbook import render_workbook, report_warnings
from tests.reports.helpers import YEAR_2018, Builder, make_goal, run

D = dt.date
SYG = "sygedagpenge"
JOBPARAT = "kontanthjaelp_jobparat"


def test_bestand_counts_who_is_on_benefit_on_the_last_day(build: Builder) -> None:
    build.member(SYG, D(2018, 1, 1), D(2018, 12, 31))  # a: covers 31 Dec: in
    build.member(SYG, D(2018, 1, 1), D(2018, 12, 30))  # b: ended the day before: out (in by personer)
    build.member(SYG, D(2017, 6, 1), None)  # c: ongoing: in
    build.member(SYG, D(2018, 12, 31), None)  # d: starts on the last day: in
    build.member(JOBPARAT, D(2018, 1, 1), None)  # e: another target group: out
    stock = make_goal("{type: antal_borgere}", f"{{maalgrupper: [{SYG}], opgoerelse: bestand}}", retning="ned")
    result = run(build.db, stock)
    assert result.population == 3 and result.value == 3.0
    persons = run(build.db, make_goal("{type: antal_borgere}", f"{{maalgrupper: [{SYG}]}}"))
    assert persons.population == 4  # the default counts everyone who touched the year
    months = {c.key: c.population for c in result.by_month}
    assert months["2018-06"] == 3  # on 30 June: a, b, c (d starts in December)
    assert months["2018-12"] == 3
    # the other measures work on the stock: the share of it with a company-based effort
    share = make_goal(
        "{type: andel_med_indsats, kategorier: [virksomhedsrettet]}", f"{{maalgrupper: [{SYG}], opgoerelse: bestand}}"
    )
    assert run(build.db, share).population == 3


def test_fuldtid_is_days_covered_over_days_of_the_period(build: Builder) -> None:
    build.member(SYG, D(2017, 1, 1), None)  # the whole year: 365 days
    b = build.member(SYG, D(2018, 1, 1), D(2018, 1, 31))
    build.benefit(b, "jobafklaring", D(2018, 1, 15), D(2018, 2, 28))  # overlaps: 1 Jan..28 Feb = 59 days
    build.member(SYG, D(2017, 12, 1), D(2018, 1, 10))  # 10 days inside the period
    build.member(JOBPARAT, D(2018, 1, 1), None)  # another target group: not counted
    goal = make_goal(
        "{type: antal_borgere}", f"{{maalgrupper: [{SYG}, jobafklaring], opgoerelse: fuldtid}}", retning="ned"
    )
    result = run(build.db, goal)
    assert result.population == 3  # head count, kept for the breakdowns
    assert result.value == pytest.approx((365 + 59 + 10) / 365)
    assert result.population_figure == pytest.approx((365 + 59 + 10) / 365)  # the population cell holds it too
    assert result.status == "for få"  # 1.19 full-time persons: under 5
    months = {c.key: c for c in result.by_month}
    # January to date: 31 + 31 + 10 days of 31
    assert months["2018-01"].value == pytest.approx((31 + 31 + 10) / 31)
    # January and February: 59 + 59 + 10 of 59
    assert months["2018-02"].value == pytest.approx((59 + 59 + 10) / 59)
    share = make_goal(
        "{type: andel_af_naevner, naevner: 100, naevner_kilde: DST}",
        f"{{maalgrupper: [{SYG}, jobafklaring], opgoerelse: fuldtid}}",
        maalvaerdi=0.032,
        retning="ned",
    )
    assert run(build.db, share).value == pytest.approx((365 + 59 + 10) / 365 / 100)


def test_fuldtid_status_uses_the_full_time_figure(build: Builder) -> None:
    for _ in range(5):
        build.member(SYG, D(2018, 1, 1), D(2018, 12, 31))  # 5 × 365 days: 5.0 full-time persons
    build.member(SYG, D(2018, 7, 1), D(2018, 7, 31))  # + 31 days
    goal = make_goal("{type: antal_borgere}", f"{{maalgrupper: [{SYG}], opgoerelse: fuldtid}}", maalvaerdi=6)
    result = run(build.db, goal)
    assert result.value == pytest.approx(5 + 31 / 365)
    assert result.status == "ikke nået" and result.shown_value == pytest.approx(5 + 31 / 365)


def test_fuldtid_only_with_counts_of_people_and_antagelse_is_text() -> None:
    base = "kommune: K\nplan: P\ngoals:\n  - id: a\n    titel: t\n    maalvaerdi: 1\n    retning: op\n"
    with pytest.raises(GoalFileError) as err:
        parse_goal_text(
            base + "    maal: {type: andel_med_indsats, kategorier: [ips]}\n    population: {opgoerelse: fuldtid}\n"
        )
    assert "fuldtid er kun tilladt med målene" in str(err.value)
    with pytest.raises(GoalFileError) as err:
        parse_goal_text(base + "    maal: {type: antal_borgere}\n    population: {opgoerelse: stikprøve}\n")
    assert "opgoerelse: skal være en af personer, bestand, fuldtid" in str(err.value)
    with pytest.raises(GoalFileError):
        parse_goal_text(base + "    maal: {type: antal_borgere}\n    antagelse: 42\n")
    assumed = parse_goal_text(base + "    maal: {type: antal_borgere}\n    antagelse: teamlederens skøn\n").goals[0]
    assert assumed.antagelse == "teamlederens skøn" and assumed.target_source == "antagelse"
    stated = parse_goal_text(base + "    maal: {type: antal_borgere}\n").goals[0]
    assert stated.target_source == "plan" and stated.population.opgoerelse == "personer"


def test_years_of_a_multi_year_period(build: Builder) -> None:
    a, b = build.member(JOBPARAT, D(2017, 1, 1), None), build.member(JOBPARAT, D(2017, 1, 1), None)
    build.effort(a, "mentor", D(2018, 3, 1), None)
    build.effort(b, "mentor", D(2019, 3, 1), None)
    build.effort(b, "mentor", D(2019, 9, 1), None)
    goal = make_goal("{type: antal_indsatser, kategorier: [mentor]}", maalvaerdi=350)
    two_years = Period(D(2018, 1, 1), D(2019, 12, 31))
    result = run(build.db, goal, two_years)
    assert result.value == 3.0
    assert [(c.key, c.value) for c in result.by_year] == [("2018", 1.0), ("2019", 2.0)]
    months = {c.key: c.value for c in result.by_month}
    assert months["2018-12"] == 1.0 and months["2019-01"] == 0.0 and months["2019-12"] == 2.0  # year to date


def test_workbook_marks_assumed_targets_and_a_period_outside_the_plan(build: Builder, tmp_path: Path) -> None:
    for _ in range(6):
        build.member(SYG, D(2018, 1, 1), None)
    text = (
        "kommune: Testby\nplan: Beskæftigelsesplan 2016-2017\ngoals:\n"
        "  - id: P-1\n    titel: Planens tal\n    population: {maalgrupper: [sygedagpenge], opgoerelse: fuldtid}\n"
        "    maal: {type: antal_borgere}\n    maalvaerdi: 10\n    retning: ned\n    kilde: kap. 2\n"
        "  - id: A-1\n    titel: Antaget\n    maal: {type: antal_borgere}\n    maalvaerdi: 3\n    retning: ned\n"
        "    antagelse: planen siger 'færre'; 3 er teamlederens skøn\n"
    )
    goal_file = parse_goal_text(text)
    with build.db.read() as s:
        results = compute_goals(s, goal_file, YEAR_2018)
    out = tmp_path / "r.xlsx"
    render_workbook(goal_file, YEAR_2018, results).save(out)
    ws = load_workbook(out)["Mål"]
    assert [c.value for c in ws[1]][7] == "målkilde"
    assert [ws.cell(row=r, column=8).value for r in (2, 3)] == ["plan", "antagelse"]
    assert ws.max_row == 3  # exactly the table
    assert ws.cell(row=2, column=3).value == pytest.approx(6.0)  # full-time persons in the population cell
    assert "uden for planens år (2016-2017)" in ws.oddFooter.left.text
    assert report_warnings(goal_file, YEAR_2018) and not report_warnings(
        goal_file, Period(D(2016, 1, 1), D(2017, 6, 30))
    )
    wb = load_workbook(out)
    texts = [str(c.value) for c in wb["A-1"]["A"] if c.value]
    assert any("antagelse" in t and "teamlederens skøn" in t for t in texts)
    assert any("planens eget tal (kap. 2)" in t for t in (str(c.value) for c in wb["P-1"]["A"] if c.value))
    definitions = " ".join(str(c.value) for row in wb["Definitioner"].iter_rows() for c in row if c.value)
    assert "uden for planens egne år" in definitions and "fuldtidspersoner" in definitions
