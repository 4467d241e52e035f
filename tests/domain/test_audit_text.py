"""The audit log read as Danish sentences (issue 12 item 12): no Python dicts, no English codes."""

from __future__ import annotations

import json
import re

import pytest

from planner_gui.domain.audit_text import ACTION_LABELS, ACTIONS, ENTITY_LABELS, describe


def _j(**d: object) -> str:
    return json.dumps(d, ensure_ascii=False, sort_keys=True)  # as audit.record stores details


@pytest.mark.parametrize(
    ("action", "entity", "details", "sentence"),
    [
        ("view", "citizen", "", "Åbnede borgeren"),
        ("logout", "staff", "{}", "Loggede ud"),
        ("login", "staff", "{}", "Loggede ind"),
        ("print", "plan", _j(field="min_plan", old=None, new="pdf"), "Gemte Min plan som PDF"),
        ("print", "plan", _j(field="min_plan", old=None, new="printer"), "Udskrev Min plan"),
        (
            "update",
            "plan",
            _j(field="own_goal", old="Få et job", new="Få et job som kok"),
            "Ændrede planens eget mål fra »Få et job« til »Få et job som kok«",
        ),
        (
            "update",
            "plan",
            _j(field="next_meeting", old=None, new="2026-03-02"),
            "Ændrede planens næste møde til »02-03-2026«",
        ),
        (
            "export",
            "goal_file",
            _j(status="fuldført", fil="rapport.xlsx"),
            "Eksporterede rapport.xlsx (fuldført)",
        ),
        (
            "report",
            "goal_file",
            _j(status="fuldført", fil="rapport.xlsx", kommune="Brøndby", fra="2018-01-01", til="2018-12-31", maal=4),
            "Lavede målrapporten rapport.xlsx (fuldført)",
        ),
        (
            "export",
            "audit_log",
            _j(status="fuldført", fil="log.xlsx", poster=12),
            "Eksporterede revisionssporet til log.xlsx (fuldført, 12 poster)",
        ),
        (
            "create",
            "sub_goal",
            _j(field="delmaal", old=None, new={"text": "Cykel", "status": "Ikke startet", "start": "2026-01-02"}),
            "Oprettede delmålet »Cykel« (Status: Ikke startet; Start: 02-01-2026)",
        ),
        (
            "update",
            "sub_goal",
            _j(field="status", old="Ikke startet", new="I gang", delmaal="Cykel"),
            "Ændrede status for delmålet »Cykel« fra »Ikke startet« til »I gang«",
        ),
        (
            "update",
            "sub_goal",
            _j(field="raekkefoelge", old=["Cv", "Cykel"], new=["Cykel", "Cv"]),
            "Ændrede delmålenes rækkefølge til: 1. Cykel; 2. Cv (før: 1. Cv; 2. Cykel)",
        ),
        (
            "delete",
            "benefit_period",
            _j(
                field="ydelse",
                old={"target_group": "A-dagpenge", "start": "2026-01-05", "end": None},
                new=None,
                target_group="a_dagpenge",
                begrundelse="Forkert borger",
            ),
            "Slettede ydelsen: Målgruppe: A-dagpenge; Start: 05-01-2026. Begrundelse: Forkert borger",
        ),
        (
            "update",
            "benefit_period",
            _j(field="end", old=None, new="2026-05-31", target_group="a_dagpenge"),
            "Ændrede slutdatoen for ydelsen A-dagpenge til »31-05-2026«",
        ),
        (
            "create",
            "exit",
            _j(field="afgang", old=None, new={"start": "2026-09-01", "type": "Job"}, exit_type="job"),
            "Registrerede afgang den 01-09-2026 (Job)",
        ),
        (
            "update",
            "exit",
            _j(field="type", old="Job", new="Uddannelse", exit_type="job"),
            "Ændrede afgangens type fra »Job« til »Uddannelse«",
        ),
        (
            "update",
            "assignment",
            _j(field="koordinerende", old="ab", new="cd"),
            "Skiftede koordinerende sagsbehandler fra »ab« til »cd«",
        ),
        (
            "search",
            "audit_log",
            _j(handling="view", fundet=3),
            "Søgte i revisionssporet (3 fundet): Handling: Visning",
        ),
        ("update", "setting", _j(maaneder=12), "Satte opbevaringstiden for revisionssporet til 12 måneder"),
        ("refused", "kommando", _j(kommando="planner-gui export"), "Afviste kommandoen »planner-gui export«"),
        (
            "create",
            "company",
            _j(cvr="12345678", navn="Byg A/S", socialoekonomisk=False),
            "Registrerede virksomheden Byg A/S (CVR 12345678)",
        ),
    ],
)
def test_representative_entries_read_as_danish_sentences(action, entity, details, sentence) -> None:
    assert describe(action, entity, details) == sentence


ENGLISH_OR_PYTHON = re.compile(
    r"\{|\}|\[|\]|'|\bNone\b|\bTrue\b|\bFalse\b|\b(sub_goal|benefit_period|min_plan|field|old|new|target_group)\b"
)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("entity", sorted(ENTITY_LABELS))
def test_no_entry_shows_python_values_or_internal_codes(action, entity) -> None:
    details = _j(field="target_group", old=None, new={"a": [1, None], "b": True}, extra={"x": None, "y": "z"})
    for d in ("", "{}", details, _j(status="begyndt", fil="x.xlsx", mappe="/tmp"), "not json"):
        text = describe(action, entity, d)
        assert text and text[0].isupper(), (action, entity, d, text)
        assert not ENGLISH_OR_PYTHON.search(text), (action, entity, d, text)


def test_every_action_has_a_danish_label() -> None:
    assert set(ACTIONS) <= set(ACTION_LABELS)
