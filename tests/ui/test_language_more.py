"""More of the English UI (issue 16): the citizen's "Min plan" and the audit trail's sentences follow the chosen
language; in Danish they read exactly as before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid

import pytest

from planner_gui.domain.audit_text import describe
from planner_gui.domain.i18n import Text
from planner_gui.domain.plan import CitizenOverview, Course, EffortRow, PlanFields, StaffRef, SubGoalRow
from planner_gui.ui.app import install_translation
from planner_gui.ui.i18n import translated


@pytest.fixture
def danish_afterwards(qapp):
    install_translation(qapp, "da")
    yield qapp
    install_translation(qapp, "da")


def _overview() -> CitizenOverview:
    today = dt.date(2026, 11, 20)
    caseworker = StaffRef(uuid.uuid4(), "AB", "Anne Berg", "Team Nord", "43 21 12 34", "ab@example.dk")
    coordinator = StaffRef(uuid.uuid4(), "CD", "Carl Dam", "", "", "cd@example.dk")
    return CitizenOverview(
        uuid.uuid4(),
        "010101-1234",
        "Jens",
        "Hansen",
        PlanFields("Jeg vil arbejde med børn", "Pædagogmedhjælper", "Ring til mentor", dt.date(2026, 11, 25)),
        1,
        (SubGoalRow(uuid.uuid4(), "Få styr på ryggen", "i_gang", None, dt.date(2027, 1, 1)),),
        (EffortRow(uuid.uuid4(), "virksomhedspraktik", "virksomhed", today, None, 12.0, company_name="Bageriet ApS"),),
        coordinator,
        caseworker,
        None,
        None,
        Course((), (), 0, (), ()),
        (),
        (),
        "",
        True,
        today,
    )


def test_min_plan_in_english_and_unchanged_in_danish(danish_afterwards) -> None:
    from planner_gui.ui.printout import min_plan_html

    ov = _overview()
    printed = dt.date(2026, 11, 23)
    danish = min_plan_html(ov, printed=printed)
    for text in (
        "Jobcenter &middot; Udskrevet 23-11-2026",
        ">Min plan</h1>",
        ">Mit mål</h2>",
        "<b>Det arbejder jeg hen imod:</b> Pædagogmedhjælper",
        "<b>Næste møde:</b> onsdag 25-11-2026",
        "<b>Næste skridt:</b> Ring til mentor",
        ">Delmål</th>",
        "<td>i gang</td><td>01-01-2027</td>",
        "fra 20-11-2026, 12 timer om ugen",
        "Hvem kan jeg ringe til?",
        "(din koordinerende sagsbehandler)",
        "Din sagsbehandler i jobcentret: <b>Anne Berg</b>, Team Nord",
        "Telefon: <b>43 21 12 34</b>",
    ):
        assert text in danish, text

    install_translation(danish_afterwards, "en")
    english = min_plan_html(ov, printed=printed)
    for text in (
        "Job centre &middot; Printed 23-11-2026",  # dates stay dd-mm-åååå
        ">My plan</h1>",
        ">My goal</h2>",
        "<b>What I am working towards:</b> Pædagogmedhjælper",  # what the citizen wrote is theirs
        "<b>Next meeting:</b> Wednesday 25-11-2026",
        "<b>Next step:</b> Ring til mentor",
        ">My sub-goals</h3>",
        ">Sub-goal</th>",
        "<td>under way</td><td>01-01-2027</td>",
        ">What I take part in</h3>",
        "from 20-11-2026, 12 hours a week",
        "Who can I call?",
        "(your coordinating caseworker)",
        "Your caseworker at the job centre: <b>Anne Berg</b>, Team Nord",
        "Phone: <b>43 21 12 34</b>",
        "You have the right to see everything we have written about you.",
    ):
        assert text in english, text
    for danish_word in ("Udskrevet", "Mit mål", "Næste møde", "Hvem kan jeg", "Telefon", "timer om ugen", "onsdag"):
        assert danish_word not in english, danish_word
    empty = min_plan_html(
        dataclasses.replace(ov, plan=PlanFields(), subgoals=(), efforts=(), coordinator=None, primary=None),
        printed=printed,
    )
    assert "<b>Next meeting:</b> to be agreed with your caseworker" in empty
    assert "No agreed activities right now." in empty and "Call the job centre" in empty

    install_translation(danish_afterwards, "da")
    assert min_plan_html(ov, printed=printed) == danish  # byte for byte as before the switch


def _j(**d: object) -> str:
    return json.dumps(d, ensure_ascii=False, sort_keys=True)  # as audit.record stores details


AUDIT_SENTENCES = [
    ("view", "citizen", "", "Åbnede borgeren", "Opened the citizen"),
    (
        "update",
        "plan",
        _j(field="own_goal", old="Få et job", new="Få et job som kok"),
        "Ændrede planens eget mål fra »Få et job« til »Få et job som kok«",
        "Changed the plan's own goal from “Få et job” to “Få et job som kok”",
    ),
    (
        "update",
        "plan",
        _j(field="next_meeting", old="2026-03-02", new=None),
        "Ændrede planens næste møde fra »02-03-2026« til (tomt)",
        "Changed the plan's next meeting from “02-03-2026” to (empty)",
    ),
    (
        "create",
        "sub_goal",
        _j(field="delmaal", old=None, new={"text": "Cykel", "start": "2026-01-02"}),
        "Oprettede delmålet »Cykel« (Start: 02-01-2026)",
        "Created the sub-goal “Cykel” (Start: 02-01-2026)",
    ),
    (
        "search",
        "audit_log",
        _j(handling="view", fundet=3),
        "Søgte i revisionssporet (3 fundet): Handling: Visning",
        "Searched the audit trail (3 found): Action: View",
    ),
    (
        "export",
        "audit_log",
        _j(fil="log.xlsx", poster=12),
        "Eksporterede revisionssporet til log.xlsx (12 poster)",
        "Exported the audit trail to log.xlsx (12 entries)",
    ),
    (
        "update",
        "setting",
        _j(maaneder=12),
        "Satte opbevaringstiden for revisionssporet til 12 måneder",
        "Set how long the audit trail is kept to 12 months",
    ),
    (
        "delete",
        "benefit_period",
        _j(field="ydelse", old={"target_group": "Sygedagpenge", "start": "2026-01-05"}, new=None, begrundelse="fejl"),
        "Slettede ydelsen: Målgruppe: Sygedagpenge; Start: 05-01-2026. Begrundelse: fejl",
        "Deleted the benefit: Target group: Sygedagpenge; Start: 05-01-2026. Reason: fejl",  # the values as logged
    ),
    (
        "create",
        "company",
        _j(cvr="12345678", navn="Byg A/S", socialoekonomisk=True),
        "Registrerede virksomheden Byg A/S (CVR 12345678)",
        "Registered the company Byg A/S (CVR 12345678)",
    ),
    ("create", "staff", _j(initialer="ab", adgangskode=True), "Oprettede brugeren ab", "Created the user ab"),
    (
        "system",
        "database",
        _j(server="s1", ukendt=True),
        "Systemhændelse: databasen: Server: s1; Ukendt: ja",
        "System event: the database: Server: s1; Ukendt: yes",
    ),
]


@pytest.mark.parametrize(("action", "entity", "details", "danish", "english"), AUDIT_SENTENCES)
def test_audit_sentences_in_english_and_unchanged_in_danish(
    danish_afterwards, action, entity, details, danish, english
) -> None:
    sentence = describe(action, entity, details)
    assert isinstance(sentence, Text) and sentence == danish  # the audit workbook and the CLI keep the Danish str
    assert translated(sentence) == danish
    install_translation(danish_afterwards, "en")
    assert translated(sentence) == english


def test_the_audit_viewer_shows_what_happened_in_the_chosen_language(danish_afterwards) -> None:
    from planner_gui.services.audit_log import AuditRow
    from planner_gui.ui.audit_view import readable_details

    row = AuditRow(1, dt.datetime(2026, 1, 2, 10, 0), "ab", "update", "plan", "x", "", "", AUDIT_SENTENCES[1][2])
    assert readable_details(row) == AUDIT_SENTENCES[1][3]
    install_translation(danish_afterwards, "en")
    assert readable_details(row) == AUDIT_SENTENCES[1][4]
