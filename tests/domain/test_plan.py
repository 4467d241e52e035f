"""The plan's pure rules (domain/plan.py) and the one Danish date format (domain/dates.py), without a database."""

from __future__ import annotations

import datetime as dt
import uuid

from planner_gui.domain.dates import format_date, format_date_time, format_period
from planner_gui.domain.plan import (
    CitizenOverview,
    Course,
    EffortRow,
    PlanDraft,
    PlanFields,
    SubGoalRow,
    diff,
    edit_problems,
    effort_status,
    format_value,
    hours_months,
)


def test_dates_are_written_dd_mm_aaaa() -> None:
    assert format_date(dt.date(2026, 1, 2)) == "02-01-2026"
    assert format_date(None) == ""
    assert format_date_time(dt.datetime(2026, 1, 2, 9, 5, 7)) == "02-01-2026 09:05"
    assert format_date_time(dt.datetime(2026, 1, 2, 9, 5, 7), seconds=True) == "02-01-2026 09:05:07"
    assert format_date_time(dt.datetime(2026, 1, 2, 9, 5), kl=True) == "02-01-2026 kl. 09:05"
    assert format_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "01-01-2026 – 31-12-2026"
    assert format_value("2026-03-04") == "04-03-2026"  # ISO dates in the audit log read as Danish dates


def test_effort_status_and_the_225_hour_table() -> None:
    today = dt.date(2026, 6, 15)
    assert effort_status(dt.date(2026, 7, 1), None, today) == "planlagt"
    assert effort_status(dt.date(2026, 6, 15), dt.date(2026, 6, 15), today) == "i_gang"
    assert effort_status(dt.date(2026, 1, 1), dt.date(2026, 6, 14), today) == "afsluttet"
    rows = [(dt.date(2025, m, 1), 20.0) for m in range(1, 13)] + [(dt.date(2026, 1, 1), 40.0)]
    months = hours_months(rows, today)
    assert months[0].month == dt.date(2025, 1, 1) and months[-1].month == dt.date(2026, 6, 1)
    by = {m.month: m for m in months}
    assert by[dt.date(2025, 11, 1)].rolling_12 == 220 and by[dt.date(2025, 11, 1)].below_rule
    assert by[dt.date(2025, 12, 1)].rolling_12 == 240 and not by[dt.date(2025, 12, 1)].below_rule
    assert by[dt.date(2026, 1, 1)].rolling_12 == 260
    assert by[dt.date(2026, 2, 1)].hours == 0 and by[dt.date(2026, 2, 1)].rolling_12 == 240


def _overview(**kw: object) -> CitizenOverview:
    base: dict[str, object] = dict(
        citizen_id=uuid.uuid4(),
        cpr="010190-1234",
        first_name="A",
        last_name="B",
        plan=PlanFields(),
        plan_version=1,
        subgoals=(),
        efforts=(),
        coordinator=None,
        primary=None,
        handover=None,
        target_group=None,
        course=Course((), (), 0, (), ()),
        history=(),
        notes=(),
        reason="",
        can_edit=True,
        today=dt.date(2026, 6, 15),
    )
    base.update(kw)
    return CitizenOverview(**base)  # type: ignore[arg-type]


def test_diff_and_the_checks_of_an_edit() -> None:
    kept = SubGoalRow(uuid.uuid4(), "Møde til tiden", version=3)
    ov = _overview(subgoals=(kept,))
    assert diff(ov, ov.draft()).empty
    bad = EffortRow(uuid.uuid4(), "mentor", "jobcenter", dt.date(2026, 6, 1), dt.date(2026, 5, 1), 120.0, uuid.uuid4())
    draft = PlanDraft(PlanFields(job_goal="Lager"), (), (bad,), None)
    edits = diff(ov, draft)
    assert edits.plan == (("job_goal", "Lager"),) and edits.plan_version == 1
    assert edits.subgoals_removed == (kept,) and edits.efforts_added == (bad,)
    problems = edit_problems(edits, known_companies=())
    assert any("slutdatoen 01-05-2026 ligger før start" in p for p in problems)
    assert any("timer pr. uge" in p for p in problems)
    assert any("virksomheden findes ikke" in p for p in problems)
    assert PlanDraft.from_json(draft.to_json()) == draft
