"""Progression arithmetic, checked against hand-worked numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.domain.progression import (
    DimensionSpec,
    OccasionEntry,
    Point,
    Progression,
    Score,
    format_change,
    format_score,
    validate_occasion,
)

D1, D2, D3 = dt.date(2024, 1, 10), dt.date(2024, 4, 10), dt.date(2024, 7, 10)


@pytest.fixture
def prog() -> Progression:
    # d1: a borger 3, a sagsbehandler 5, b borger 4, c sagsbehandler 2
    # d2: a borger 5, b borger 6                       (c not measured, no caseworker rating)
    # d3: a borger 8, a sagsbehandler 6, c sagsbehandler 4   (b not measured)
    return Progression(
        (
            Score(D1, "a", "borger", 3),
            Score(D1, "a", "sagsbehandler", 5),
            Score(D1, "b", "borger", 4),
            Score(D1, "c", "sagsbehandler", 2),
            Score(D2, "a", "borger", 5),
            Score(D2, "b", "borger", 6),
            Score(D3, "a", "borger", 8),
            Score(D3, "a", "sagsbehandler", 6),
            Score(D3, "c", "sagsbehandler", 4),
        ),
        ("a", "b", "c"),
    )


def test_dates(prog: Progression) -> None:
    assert prog.dates == (D1, D2, D3)
    assert prog.first_date == D1
    assert prog.last_date == D3


def test_series_per_rater_skip_dates_without_a_score(prog: Progression) -> None:
    assert prog.series("a", "borger") == (Point(D1, 3), Point(D2, 5), Point(D3, 8))
    assert prog.series("a", "sagsbehandler") == (Point(D1, 5), Point(D3, 6))
    assert prog.series("b", "sagsbehandler") == ()


def test_combined_series_is_mean_of_raters_per_date(prog: Progression) -> None:
    # a: d1 (3+5)/2 = 4, d2 5 (citizen only), d3 (8+6)/2 = 7
    assert prog.series("a") == (Point(D1, 4.0), Point(D2, 5.0), Point(D3, 7.0))


def test_mean_of_dimensions_ignores_missing_dimensions(prog: Progression) -> None:
    # both raters: d1 (3+5+4+2)/4 = 3.5; d2 (5+6)/2 = 5.5; d3 (8+6+4)/3 = 6
    assert prog.mean_series() == (Point(D1, 3.5), Point(D2, 5.5), Point(D3, 6.0))
    # citizen: d1 (3+4)/2 = 3.5; d2 5.5; d3 8
    assert prog.mean_series("borger") == (Point(D1, 3.5), Point(D2, 5.5), Point(D3, 8.0))
    # caseworker: d1 (5+2)/2 = 3.5; no d2; d3 (6+4)/2 = 5
    assert prog.mean_series("sagsbehandler") == (Point(D1, 3.5), Point(D3, 5.0))


def test_distance_travelled_per_rater_and_combined(prog: Progression) -> None:
    a_cit = prog.distance("a", "borger")
    assert a_cit is not None and (a_cit.first, a_cit.last, a_cit.change) == (3, 8, 5)
    a_cw = prog.distance("a", "sagsbehandler")
    assert a_cw is not None and a_cw.change == 1
    a_all = prog.distance("a")
    assert a_all is not None and (a_all.first, a_all.last, a_all.change) == (4, 7, 3)
    # b was last scored on d2: its latest is d2's score
    b = prog.distance("b", "borger")
    assert b is not None and (b.first_date, b.last_date, b.change) == (D1, D2, 2)
    assert prog.distance("b", "sagsbehandler") is None
    c = prog.distance("c")
    assert c is not None and c.change == 2
    mean = prog.mean_distance()
    assert mean is not None and mean.change == pytest.approx(2.5)
    assert prog.mean_distance("borger").change == pytest.approx(4.5)  # type: ignore[union-attr]
    assert prog.mean_distance("sagsbehandler").change == pytest.approx(1.5)  # type: ignore[union-attr]


def test_distances_table_rows_in_dimension_order(prog: Progression) -> None:
    rows = prog.distances()
    assert [r.dimension for r in rows] == ["a", "b", "c"]
    assert rows[1].caseworker is None
    assert rows[2].citizen is None and rows[2].caseworker is not None


def test_single_measurement_has_a_baseline_and_no_change() -> None:
    p = Progression((Score(D2, "a", "borger", 7), Score(D2, "b", "sagsbehandler", 4)))
    assert p.first_date == p.last_date == D2
    ch = p.distance("a", "borger")
    assert ch is not None and ch.single and ch.change == 0
    assert p.mean_series() == (Point(D2, 5.5),)
    assert p.mean_distance() is not None and p.mean_distance().change == 0  # type: ignore[union-attr]


def test_no_measurements() -> None:
    p = Progression(())
    assert p.empty and p.first_date is None and p.last_date is None
    assert p.distance("a") is None and p.mean_distance() is None and p.mean_series() == ()


def test_dimension_order_keeps_given_order_and_appends_unknown_codes() -> None:
    p = Progression((Score(D1, "x", "borger", 1), Score(D1, "a", "borger", 2)), ("c", "a"))
    assert p.dimensions == ("c", "a", "x")


def test_unknown_rater_is_refused() -> None:
    with pytest.raises(ValueError):
        Score(D1, "a", "naboen", 3)


def test_formatting_uses_danish_decimal_comma() -> None:
    assert format_change(2) == "+2"
    assert format_change(-1.5) == "-1,5"
    assert format_change(0.0) == "0"
    assert format_change(-0.01) == "0"
    assert format_change(None) == "–"
    assert format_score(4.26) == "4,3"
    assert format_score(4.0) == "4"


DIMS = [DimensionSpec("a", "Jobsøgning"), DimensionSpec("b", "Helbred")]


def test_valid_session_has_no_problems() -> None:
    entries = [OccasionEntry("a", 1, 10, "note"), OccasionEntry("b", None, 5)]
    assert validate_occasion(entries, DIMS, (1, 10), D3, D3) == []


def test_validation_lists_every_problem() -> None:
    entries = [
        OccasionEntry("a", 0, 11),
        OccasionEntry("b", None, None, "note uden score"),
        OccasionEntry("zz", 3),
        OccasionEntry("a", 3),
    ]
    problems = validate_occasion(entries, DIMS, (1, 10), D3 + dt.timedelta(days=1), D3)
    text = "\n".join(problems)
    assert "fremtiden" in text
    assert "Jobsøgning: borgerens score 0 ligger uden for skalaen 1-10" in problems
    assert "Jobsøgning: sagsbehandlerens score 11 ligger uden for skalaen 1-10" in problems
    assert "Helbred: en note kræver mindst én score på dimensionen" in problems
    assert any("'zz'" in p for p in problems)
    assert "Jobsøgning: dimensionen står to gange" in problems


def test_session_without_scores_is_refused() -> None:
    assert validate_occasion([OccasionEntry("a")], DIMS, (1, 10), D1, D3) == [
        "Målingen har ingen scores; giv mindst én dimension en score"
    ]
    assert validate_occasion([], DIMS, (1, 5), D1, D3) == [
        "Målingen har ingen scores; giv mindst én dimension en score"
    ]


def test_bool_is_not_a_score() -> None:
    assert validate_occasion([OccasionEntry("a", True)], DIMS, (1, 10), D1, D3)  # type: ignore[arg-type]
