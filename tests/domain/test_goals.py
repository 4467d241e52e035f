"""Goal files (CONTRACT.md section 3): the shipped files load, and every kind of error is reported as
``file:line: reason``, all of them at once."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from planner_gui.domain.codes import COMPANY_BASED_CATEGORIES, EFFORT_CATEGORIES
from planner_gui.domain.goals import (
    MEASURE_TYPES,
    GoalFileError,
    Measure,
    Population,
    expand_categories,
    list_shipped_goal_files,
    load_goal_file,
    parse_goal_text,
)
from planner_gui.errors import UserError, ValidationError

# The contract's own example (CONTRACT.md section 3); one comment shortened to fit the line length.
CONTRACT_EXAMPLE = """\
kommune: Brøndby
plan: Beskæftigelsesplan 2018-2019
goals:
  - id: B-6.1
    titel: Flere aktivitetsparate i virksomhedsrettet indsats
    population: {maalgrupper: [kontanthjaelp_aktivitetsparat]}   # also: alder: [18, 29]
    maal: {type: andel_med_indsats, kategorier: [virksomhedsrettet]}
    baseline: 0.12
    maalvaerdi: 0.32
    retning: op            # op | ned
    kilde: "kap. 6, Samarbejde med virksomhederne om rekruttering fra kanten"   # optional: where in the plan
"""

HEADER = "kommune: Testby\nplan: Testplan 2024\ngoals:\n"  # the goals list starts on line 4


def goals_text(body: str) -> str:
    """A file with the standard three header lines, then ``body`` (dedented) as the goals list."""
    return HEADER + textwrap.dedent(body)


def errors_of(tmp_path: Path, text: str, name: str = "plan.yaml") -> tuple[str, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoalFileError) as info:
        load_goal_file(path)
    return str(path), info.value.errors


def single_error(tmp_path: Path, text: str) -> str:
    source, errors = errors_of(tmp_path, text)
    assert len(errors) == 1, errors
    assert errors[0].startswith(source + ":"), errors[0]
    return errors[0][len(source) + 1 :]  # "line: reason"


# ----------------------------------------------------------------------------------------------------
# The shipped files
# ----------------------------------------------------------------------------------------------------

SHIPPED = {
    "ballerup_2019-2020.yaml": "Ballerup",
    "broendby_2018-2019.yaml": "Brøndby",
    "hvidovre_2018.yaml": "Hvidovre",
    "koebenhavn_2012.yaml": "København",
    "roedovre_2021-2022.yaml": "Rødovre",
}


def test_one_shipped_file_per_municipality() -> None:
    assert sorted(path.name for path in list_shipped_goal_files()) == sorted(SHIPPED)


@pytest.mark.parametrize("path", list_shipped_goal_files(), ids=lambda path: path.name)
def test_every_shipped_file_loads(path: Path) -> None:
    goal_file = load_goal_file(path)
    assert goal_file.kommune == SHIPPED[path.name]
    assert goal_file.path == path
    assert 5 <= len(goal_file.goals) <= 20
    assert len({goal.id for goal in goal_file.goals}) == len(goal_file.goals)
    for goal in goal_file.goals:
        assert goal.kilde, goal.id
        assert goal.retning in ("op", "ned")
        assert goal.line > 3


def test_shipped_files_are_utf8_with_danish_letters() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in list_shipped_goal_files())
    assert all(letter in text for letter in "æøå")


def test_shipped_goals_carry_the_plans_own_figures() -> None:
    by_name = {path.name: load_goal_file(path) for path in list_shipped_goal_files()}

    brondby = by_name["broendby_2018-2019.yaml"].goal("B-6.1")
    assert (brondby.baseline, brondby.maalvaerdi, brondby.retning) == (0.12, 0.32, "op")
    assert brondby.population == Population(maalgrupper=("kontanthjaelp_aktivitetsparat",))
    assert brondby.maal.effort_categories() == COMPANY_BASED_CATEGORIES

    ballerup = by_name["ballerup_2019-2020.yaml"].goal("BA-SYG-1")
    assert ballerup.maal.type == "andel_af_naevner"
    assert (ballerup.baseline, ballerup.maalvaerdi, ballerup.retning) == (0.038, 0.032, "ned")
    assert ballerup.population.maalgrupper == ("sygedagpenge", "jobafklaring")
    assert ballerup.maal.naevner is not None and ballerup.maal.naevner_kilde

    roedovre = by_name["roedovre_2021-2022.yaml"].goal("R-0")
    assert roedovre.maal.type == "andel_af_naevner"
    assert (roedovre.maalvaerdi, roedovre.retning) == (0.093, "ned")
    assert roedovre.population.alder == (16, 66)

    hvidovre = by_name["hvidovre_2018.yaml"]
    assert {"H-2b", "H-4c"} <= {goal.id for goal in hvidovre.goals}
    assert hvidovre.goal("H-2b").population.alder == (18, 40)
    assert hvidovre.goal("H-4c").maal.socialoekonomisk is True
    assert hvidovre.goal("H-4b.1").population.langtidsforsoerget is True


# ----------------------------------------------------------------------------------------------------
# Parsing valid text
# ----------------------------------------------------------------------------------------------------


def test_contract_example_parses() -> None:
    goal_file = parse_goal_text(CONTRACT_EXAMPLE, "example.yaml")
    assert (goal_file.kommune, goal_file.plan, goal_file.path) == (
        "Brøndby",
        "Beskæftigelsesplan 2018-2019",
        None,
    )
    (goal,) = goal_file.goals
    assert goal.id == "B-6.1"
    assert goal.titel == "Flere aktivitetsparate i virksomhedsrettet indsats"
    assert goal.population == Population(("kontanthjaelp_aktivitetsparat",), None, False)
    assert goal.maal == Measure("andel_med_indsats", {"kategorier": ("virksomhedsrettet",)})
    assert goal.maal.kategorier == ("virksomhedsrettet",)
    assert (goal.baseline, goal.maalvaerdi, goal.retning) == (0.12, 0.32, "op")
    assert goal.kilde == "kap. 6, Samarbejde med virksomhederne om rekruttering fra kanten"
    assert goal.line == 4
    assert goal.is_share
    hash(goal)  # frozen values are hashable


def test_optional_keys_and_every_measure_type() -> None:
    text = goals_text(
        """\
        - {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: 10, retning: ned}
        - id: b
          titel: t
          population: {alder: [18, 29], langtidsforsoerget: true}
          maal: {type: antal_indsatser, kategorier: [igu, virksomhedsrettet]}
          maalvaerdi: 3
          retning: op
        - {id: c, titel: t, maal: {type: andel_afgang, typer: [job, uddannelse]}, maalvaerdi: 0.5,
           retning: op}
        - {id: d, titel: t, maal: {type: gns_sagsbehandlerskift}, maalvaerdi: 0.5, retning: ned}
        - {id: e, titel: t, maal: {type: andel_med_maaling, instrument: bip}, maalvaerdi: 1, retning: op}
        - {id: f, titel: t, maal: {type: gns_progression, instrument: bip}, maalvaerdi: -0.5, retning: op}
        - {id: g, titel: t, maal: {type: gns_progression, instrument: bip, dimension: jobsoegning},
           maalvaerdi: 1, retning: op}
        - {id: h, titel: t, maal: {type: gns_varighed_uger}, maalvaerdi: 26, retning: ned}
        - {id: i, titel: t, maal: {type: andel_ordinaere_timer, min_timer: 225}, maalvaerdi: 0.2, retning: op}
        - {id: j, titel: t, maal: {type: antal_virksomheder}, maalvaerdi: 20, retning: op}
        - {id: k, titel: t, maal: {type: antal_virksomheder, socialoekonomisk: false}, maalvaerdi: 2,
           retning: op}
        - {id: l, titel: t, maal: {type: andel_koordinerende}, maalvaerdi: 1.0, retning: op}
        - id: m
          titel: t
          maal: {type: andel_af_naevner, naevner: 26400, naevner_kilde: Danmarks Statistik FOLK1A}
          maalvaerdi: 0.093
          retning: ned
        - id: n
          titel: t
          population:
          maal: {type: andel_med_indsats, kategorier: [mentor]}
          maalvaerdi: 0.1
          retning: op
        """
    )
    goal_file = parse_goal_text(text, "all.yaml")
    goals = {goal.id: goal for goal in goal_file.goals}
    assert {goal.maal.type for goal in goal_file.goals} == set(MEASURE_TYPES)
    assert goals["a"].population == Population() and goals["a"].baseline is None and goals["a"].kilde is None
    assert goals["a"].maalvaerdi == 10.0 and isinstance(goals["a"].maalvaerdi, float)
    assert goals["b"].population == Population(None, (18, 29), True)
    assert goals["b"].maal.effort_categories() == COMPANY_BASED_CATEGORIES  # igu is company-based already
    assert goals["b"].line == 5
    assert goals["c"].maal.typer == ("job", "uddannelse")
    assert goals["f"].maalvaerdi == -0.5
    assert goals["g"].maal.instrument == "bip" and goals["g"].maal.dimension == "jobsoegning"
    assert goals["f"].maal.dimension is None
    assert goals["i"].maal.min_timer == 225.0
    assert goals["j"].maal.socialoekonomisk is None and goals["k"].maal.socialoekonomisk is False
    assert goals["m"].maal.naevner == 26400.0 and goals["m"].maal.naevner_kilde == "Danmarks Statistik FOLK1A"
    assert goals["n"].population == Population()


def test_expand_categories() -> None:
    assert expand_categories(["mentor", "virksomhedsrettet", "igu"]) == (*COMPANY_BASED_CATEGORIES, "mentor")
    assert expand_categories(["behandling", "fgu"]) == ("fgu", "behandling")
    assert set(expand_categories(["virksomhedsrettet", *EFFORT_CATEGORIES])) == set(EFFORT_CATEGORIES)


# ----------------------------------------------------------------------------------------------------
# One error of each kind: file:line: reason
# ----------------------------------------------------------------------------------------------------


def test_error_is_a_validation_error_with_exit_code_2(tmp_path: Path) -> None:
    _, errors = errors_of(tmp_path, "kommune: x\n")
    with pytest.raises(GoalFileError) as info:
        load_goal_file(tmp_path / "plan.yaml")
    assert isinstance(info.value, ValidationError) and isinstance(info.value, UserError)
    assert info.value.exit_code == 2
    assert str(info.value) == "\n".join(errors)


def test_missing_top_level_keys(tmp_path: Path) -> None:
    source, errors = errors_of(tmp_path, "kommune: Testby\n")
    assert errors == [
        f"{source}:1: øverste niveau: den påkrævede nøgle 'plan' mangler",
        f"{source}:1: øverste niveau: den påkrævede nøgle 'goals' mangler",
    ]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    text = HEADER + "  - {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: 1, retning: op}\nperiode: 2024\n"
    assert single_error(tmp_path, text) == ("5: øverste niveau: ukendt nøgle 'periode' (tilladt: kommune, plan, goals)")


def test_missing_goal_key(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: antal_borgere}
          retning: op
        """
    )
    assert single_error(tmp_path, text) == "4: mål a: den påkrævede nøgle 'maalvaerdi' mangler"


def test_unknown_goal_key(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: antal_borgere}
          maalvaerdi: 1
          retning: op
          periode: 2024
        """
    )
    reason = single_error(tmp_path, text)
    assert reason.startswith("9: mål a: ukendt nøgle 'periode' (tilladt: id, titel, maal, maalvaerdi, retning,")


def test_unknown_population_key(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          population:
            maalgrupper: [sygedagpenge]
            koen: kvinde
          maal: {type: antal_borgere}
          maalvaerdi: 1
          retning: op
        """
    )
    assert single_error(tmp_path, text) == (
        "8: mål a.population: ukendt nøgle 'koen' (tilladt: maalgrupper, alder, langtidsforsoerget, opgoerelse)"
    )


def test_unknown_measure_type(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal:
            type: andel_i_job
          maalvaerdi: 1
          retning: op
        """
    )
    reason = single_error(tmp_path, text)
    assert reason.startswith("7: mål a.maal.type: ukendt måltype 'andel_i_job' (kendte: antal_borgere, ")


def test_missing_measure_type(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal:
            kategorier: [mentor]
          maalvaerdi: 1
          retning: op
        """
    )
    assert single_error(tmp_path, text).startswith("7: mål a.maal: den påkrævede nøgle 'type' mangler")


@pytest.mark.parametrize(
    ("maal", "reason"),
    [
        (
            "{type: andel_med_indsats}",
            "mål a.maal: måltypen andel_med_indsats kræver parameteren 'kategorier'",
        ),
        (
            "{type: antal_indsatser}",
            "mål a.maal: måltypen antal_indsatser kræver parameteren 'kategorier'",
        ),
        ("{type: andel_afgang}", "mål a.maal: måltypen andel_afgang kræver parameteren 'typer'"),
        (
            "{type: andel_med_maaling}",
            "mål a.maal: måltypen andel_med_maaling kræver parameteren 'instrument'",
        ),
        (
            "{type: gns_progression}",
            "mål a.maal: måltypen gns_progression kræver parameteren 'instrument'",
        ),
        (
            "{type: andel_ordinaere_timer}",
            "mål a.maal: måltypen andel_ordinaere_timer kræver parameteren 'min_timer'",
        ),
        (
            "{type: andel_af_naevner, naevner: 100}",
            "mål a.maal: måltypen andel_af_naevner kræver parameteren 'naevner_kilde'",
        ),
        (
            "{type: andel_af_naevner, naevner_kilde: DST}",
            "mål a.maal: måltypen andel_af_naevner kræver parameteren 'naevner'",
        ),
    ],
)
def test_missing_measure_parameter(tmp_path: Path, maal: str, reason: str) -> None:
    text = goals_text(f"- id: a\n  titel: t\n  maal: {maal}\n  maalvaerdi: 0.5\n  retning: op\n")
    assert single_error(tmp_path, text) == f"6: {reason}"


@pytest.mark.parametrize(
    ("maal", "reason"),
    [
        (
            "{type: antal_borgere, kategorier: [mentor]}",
            "mål a.maal: ukendt parameter 'kategorier' for måltypen antal_borgere (parametre: ingen)",
        ),
        (
            "{type: andel_afgang, typer: [job], kategorier: [mentor]}",
            "mål a.maal: ukendt parameter 'kategorier' for måltypen andel_afgang (parametre: typer)",
        ),
        (
            "{type: gns_varighed_uger, maalgrupper: [sygedagpenge]}",
            "mål a.maal: ukendt parameter 'maalgrupper' for måltypen gns_varighed_uger (parametre: ingen)",
        ),
        (
            "{type: andel_med_maaling, instrument: bip, dimension: x}",
            "mål a.maal: ukendt parameter 'dimension' for måltypen andel_med_maaling (parametre: instrument)",
        ),
    ],
)
def test_unknown_measure_parameter(tmp_path: Path, maal: str, reason: str) -> None:
    text = goals_text(f"- id: a\n  titel: t\n  maal: {maal}\n  maalvaerdi: 0.5\n  retning: op\n")
    assert single_error(tmp_path, text) == f"6: {reason}"


def test_unknown_maalgruppe(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          population:
            maalgrupper:
              - sygedagpenge
              - kontanthjaelp_jobparate
          maal: {type: antal_borgere}
          maalvaerdi: 1
          retning: op
        """
    )
    reason = single_error(tmp_path, text)
    assert reason.startswith(
        "9: mål a.population.maalgrupper[1]: ukendt målgruppe-kode 'kontanthjaelp_jobparate' (kendte: a_dagpenge, "
    )


def test_unknown_kategori(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal:
            type: andel_med_indsats
            kategorier: [mentor,
                         praktik]
          maalvaerdi: 0.5
          retning: op
        """
    )
    reason = single_error(tmp_path, text)
    assert reason.startswith("9: mål a.maal.kategorier[1]: ukendt kategori-kode 'praktik' (kendte: ")
    assert "virksomhedsrettet" in reason


def test_unknown_exit_type(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: andel_afgang, typer: [job, pension]}
          maalvaerdi: 0.5
          retning: op
        """
    )
    reason = single_error(tmp_path, text)
    assert reason.startswith("6: mål a.maal.typer[1]: ukendt afgangstype-kode 'pension' (kendte: job, uddannelse, ")


def test_code_lists_must_be_non_empty_lists_without_repeats(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          population: {maalgrupper: sygedagpenge}
          maal: {type: andel_afgang, typer: []}
          maalvaerdi: 0.5
          retning: op
        - id: b
          titel: t
          maal: {type: antal_indsatser, kategorier: [igu, igu]}
          maalvaerdi: 1
          retning: op
        """
    )
    source, errors = errors_of(tmp_path, text)
    assert errors == [
        f"{source}:6: mål a.population.maalgrupper: skal være en liste af målgruppe-koder, ikke 'sygedagpenge'",
        f"{source}:7: mål a.maal.typer: skal nævne mindst én afgangstype-kode",
        f"{source}:12: mål b.maal.kategorier[1]: kategori-koden 'igu' står to gange",
    ]


def test_retning_must_be_op_or_ned(tmp_path: Path) -> None:
    text = goals_text("- {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: 1, retning: ned_mod}\n")
    assert single_error(tmp_path, text) == "4: mål a.retning: skal være op eller ned, ikke 'ned_mod'"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("'32 %'", "'32 %' (skriv en brøk som 0.32, uden %)"),
        ("ja", "'ja'"),
        ("true", "true (ja/nej)"),
        ("[0.3]", "en liste"),
        ("", "intet"),
    ],
)
def test_numbers_must_be_numbers(tmp_path: Path, value: str, shown: str) -> None:
    text = goals_text(
        f"""\
        - id: a
          titel: t
          maal: {{type: andel_koordinerende}}
          baseline: {value}
          maalvaerdi: 0.5
          retning: op
        """
    )
    assert single_error(tmp_path, text) == f"7: mål a.baseline: skal være et tal, ikke {shown}"


def test_numbers_must_be_finite(tmp_path: Path) -> None:
    text = goals_text("- {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: .inf, retning: op}\n")
    assert single_error(tmp_path, text) == "4: mål a.maalvaerdi: skal være et endeligt tal, ikke inf"


def test_shares_must_be_fractions_and_counts_not_negative(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: andel_med_indsats, kategorier: [virksomhedsrettet]}
          baseline: 12
          maalvaerdi: 0.32
          retning: op
        - id: b
          titel: t
          maal: {type: antal_borgere}
          maalvaerdi: -1
          retning: ned
        """
    )
    source, errors = errors_of(tmp_path, text)
    assert errors == [
        f"{source}:7: mål a.baseline: en andel skal ligge inden for 0..1 (skriv 32 % som 0.32), ikke 12",
        f"{source}:13: mål b.maalvaerdi: må ikke være negativ for antal_borgere, ikke -1",
    ]


@pytest.mark.parametrize(
    ("param", "reason"),
    [
        ("naevner: 0, naevner_kilde: DST", "mål a.maal.naevner: skal være et positivt tal, ikke 0"),
        ("naevner: mange, naevner_kilde: DST", "mål a.maal.naevner: skal være et tal, ikke 'mange'"),
        ("naevner: 100, naevner_kilde: ''", "mål a.maal.naevner_kilde: skal være tekst, der ikke er tom, ikke ''"),
    ],
)
def test_naevner_parameters(tmp_path: Path, param: str, reason: str) -> None:
    text = goals_text(f"- id: a\n  titel: t\n  maal: {{type: andel_af_naevner, {param}}}\n  maalvaerdi: 0.1\n")
    text += "  retning: ned\n"
    assert single_error(tmp_path, text) == f"6: {reason}"


def test_other_parameter_types(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - {id: a, titel: t, maal: {type: antal_virksomheder, socialoekonomisk: ja}, maalvaerdi: 1,
           retning: op}
        - {id: b, titel: t, maal: {type: andel_ordinaere_timer, min_timer: -5}, maalvaerdi: 0.1, retning: op}
        - {id: c, titel: t, maal: {type: gns_progression, instrument: 7}, maalvaerdi: 1, retning: op}
        """
    )
    source, errors = errors_of(tmp_path, text)
    assert errors == [
        f"{source}:4: mål a.maal.socialoekonomisk: skal være true eller false, ikke 'ja'",
        f"{source}:6: mål b.maal.min_timer: skal være et positivt tal, ikke -5",
        f"{source}:7: mål c.maal.instrument: skal være tekst, der ikke er tom, ikke 7",
    ]


def test_duplicate_goal_ids(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: 1, retning: op}
        - {id: b, titel: t, maal: {type: antal_borgere}, maalvaerdi: 1, retning: op}
        - id: a
          titel: t
          maal: {type: antal_borgere}
          maalvaerdi: 1
          retning: op
        """
    )
    assert single_error(tmp_path, text) == "6: mål a: målets id 'a' står to gange (først brugt i linje 4)"


@pytest.mark.parametrize(
    ("alder", "reason"),
    [
        ("[30, 18]", "den første alder må ikke være større end den anden, ikke [30, 18]"),
        ("[18]", "skal være [fra, til], to hele antal år, ikke en liste"),
        ("[18, 29, 40]", "skal være [fra, til], to hele antal år, ikke en liste"),
        ("18", "skal være [fra, til], to hele antal år, ikke 18"),
        ("[18, 29.5]", "skal være [fra, til], to hele antal år, ikke en liste"),
        ("[-1, 29]", "alderen skal ligge inden for 0..130, ikke [-1, 29]"),
    ],
)
def test_alder_must_be_an_ordered_pair(tmp_path: Path, alder: str, reason: str) -> None:
    text = goals_text(
        f"""\
        - id: a
          titel: t
          population:
            alder: {alder}
          maal: {{type: antal_borgere}}
          maalvaerdi: 1
          retning: op
        """
    )
    assert single_error(tmp_path, text) == f"7: mål a.population.alder: {reason}"


def test_langtidsforsoerget_must_be_boolean(tmp_path: Path) -> None:
    text = goals_text(
        "- {id: a, titel: t, population: {langtidsforsoerget: 52}, maal: {type: antal_borgere}, "
        "maalvaerdi: 1, retning: op}\n"
    )
    assert single_error(tmp_path, text) == "4: mål a.population.langtidsforsoerget: skal være true eller false, ikke 52"


def test_text_fields_must_be_text(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: 7
          titel: ""
          maal: {type: antal_borgere}
          maalvaerdi: 1
          retning: op
        """
    )
    source, errors = errors_of(tmp_path, text)
    assert errors == [
        f"{source}:4: goals[0].id: skal være tekst, der ikke er tom, ikke 7",
        f"{source}:5: goals[0].titel: skal være tekst, der ikke er tom, ikke ''",
    ]


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: antal_borgere}
          maalvaerdi: 1
          maalvaerdi: 2
          retning: op
        """
    )
    assert single_error(tmp_path, text) == "8: mål a: nøglen 'maalvaerdi' står to gange"


def test_goal_must_be_a_mapping(tmp_path: Path) -> None:
    text = goals_text("- {id: a, titel: t, maal: {type: antal_borgere}, maalvaerdi: 1, retning: op}\n- B-2\n")
    reason = single_error(tmp_path, text)
    assert reason.startswith("5: goals[1]: skal være en tabel med nøglerne id, titel, maal, maalvaerdi, retning")


def test_goals_must_be_a_non_empty_list(tmp_path: Path) -> None:
    assert single_error(tmp_path, HEADER.replace("goals:\n", "goals: []\n")) == (
        "3: goals: listen er tom; en målfil skal have mindst ét mål"
    )
    assert single_error(tmp_path, HEADER.replace("goals:\n", "goals: {a: 1}\n")) == (
        "3: goals: skal være en liste af mål, ikke en tabel med nøgler"
    )


# ----------------------------------------------------------------------------------------------------
# Whole-file problems
# ----------------------------------------------------------------------------------------------------


def test_invalid_yaml_syntax_gives_file_and_line(tmp_path: Path) -> None:
    text = goals_text(
        """\
        - id: a
          titel: t
          maal: {type: antal_borgere
          maalvaerdi: 1
          retning: op
        """
    )
    reason = single_error(tmp_path, text)
    line, _, message = reason.partition(": ")
    assert line in {"6", "7", "8", "9"}
    assert message.startswith("ugyldig YAML: ")


def test_invalid_yaml_indentation(tmp_path: Path) -> None:
    text = "kommune: Testby\nplan: p\n  goals: x\n"
    reason = single_error(tmp_path, text)
    assert reason.startswith("3: ugyldig YAML: ")


def test_python_tags_are_refused(tmp_path: Path) -> None:
    text = "kommune: !!python/object/apply:os.system ['echo hacked']\nplan: p\ngoals: []\n"
    reason = single_error(tmp_path, text)
    assert reason.startswith("1: ugyldig YAML: ")


def test_empty_file(tmp_path: Path) -> None:
    assert single_error(tmp_path, "# only a comment\n") == ("1: filen er tom; forventede nøglerne kommune, plan, goals")


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    assert single_error(tmp_path, "- a\n- b\n") == (
        "1: filen skal være en tabel med nøglerne kommune, plan, goals, ikke en liste"
    )


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("kommune: Testby\nplan: p\ngoals:\n  - titel: Rødovre\n".encode("latin-1"))
    with pytest.raises(GoalFileError) as info:
        load_goal_file(path)
    assert info.value.errors == [f"{path}:4: filen er ikke UTF-8-tekst (gem den som UTF-8)"]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(GoalFileError) as info:
        load_goal_file(path)
    (error,) = info.value.errors
    assert error.startswith(f"{path}:1: filen kan ikke læses: ")


def test_parse_goal_text_names_the_source() -> None:
    with pytest.raises(GoalFileError) as info:
        parse_goal_text("kommune: x\nplan: y\n", "upload.yaml")
    assert info.value.errors == ["upload.yaml:1: øverste niveau: den påkrævede nøgle 'goals' mangler"]


# ----------------------------------------------------------------------------------------------------
# All errors at once
# ----------------------------------------------------------------------------------------------------


def test_all_errors_are_reported_together_in_line_order(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        kommune: Testby
        plan: Testplan
        aar: 2024
        goals:
          - id: A-1
            titel: Flere i praktik
            population: {maalgrupper: [jobparate], alder: [40, 20]}
            maal: {type: andel_med_indsats, kategorier: [praktik]}
            baseline: 12 %
            maalvaerdi: 0.3
            retning: opad
          - id: A-2
            titel: Færre skift
            maal: {type: gns_skift}
            maalvaerdi: 1
            retning: ned
          - id: A-1
            titel: Afgang
            maal: {type: andel_afgang, typer: [arbejde], instrument: bip}
            retning: op
        """
    )
    source, errors = errors_of(tmp_path, text)
    lines = [int(error[len(source) + 1 :].split(":", 1)[0]) for error in errors]
    assert lines == sorted(lines)
    assert lines == [3, 7, 7, 8, 9, 11, 14, 17, 17, 19, 19]
    assert all(error.startswith(f"{source}:") for error in errors)
    joined = "\n".join(errors)
    for fragment in (
        "ukendt nøgle 'aar'",
        "ukendt målgruppe-kode 'jobparate'",
        "den første alder må ikke være større end den anden",
        "ukendt kategori-kode 'praktik'",
        "mål A-1.baseline: skal være et tal",
        "mål A-1.retning: skal være op eller ned, ikke 'opad'",
        "ukendt måltype 'gns_skift'",
        "mål A-1: den påkrævede nøgle 'maalvaerdi' mangler",
        "målets id 'A-1' står to gange (først brugt i linje 5)",
        "ukendt afgangstype-kode 'arbejde'",
        "ukendt parameter 'instrument' for måltypen andel_afgang",
    ):
        assert fragment in joined, fragment
    with pytest.raises(GoalFileError) as info:
        load_goal_file(tmp_path / "plan.yaml")
    assert str(info.value) == joined


def test_a_shipped_goal_file_by_name_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner_gui.domain.goals import resolve_goal_file

    monkeypatch.chdir(tmp_path)
    assert resolve_goal_file("broendby_2018-2019").kommune == "Brøndby"
    assert resolve_goal_file("roedovre_2021-2022.yaml").kommune == "Rødovre"
    assert resolve_goal_file("Rødovre_2021-2022").kommune == "Rødovre"  # typed with Danish letters
    with pytest.raises(GoalFileError, match="medfølgende: ballerup_2019-2020"):
        resolve_goal_file("gentofte_2030")
