"""Every measure of CONTRACT.md section 3 on small hand-built data; each answer is worked out by hand in the test.

The report period is 2018 (2018-01-01 .. 2018-12-31) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.domain import cpr as cprmod
from planner_gui.errors import UserError
from planner_gui.reports.indicators import (
    NO_CASEWORKER,
    NO_COORDINATOR,
    Period,
    ReportCancelled,
    compute_goals,
    goal_status,
    parse_period,
)
from tests.reports.helpers import YEAR_2018, Builder, make_goal, run

D = dt.date
JOBPARAT = "kontanthjaelp_jobparat"
AKTIV = "kontanthjaelp_aktivitetsparat"


# ------------------------------------------------------------------------------------------------ population


def test_population_overlap_edges(build: Builder) -> None:
    build.member(JOBPARAT, D(2017, 3, 1), D(2018, 1, 1))  # ends on the first day: in
    build.member(JOBPARAT, D(2018, 12, 31), None)  # starts on the last day: in
    build.member(JOBPARAT, D(2016, 1, 1), D(2017, 12, 31))  # ends the day before: out
    build.member(JOBPARAT, D(2019, 1, 1), None)  # starts the day after: out
    build.member(JOBPARAT, D(2015, 1, 1), None)  # ongoing since before: in
    twice = build.member(JOBPARAT, D(2018, 2, 1), D(2018, 6, 30))
    build.benefit(twice, JOBPARAT, D(2018, 5, 1), D(2018, 9, 30))  # overlapping periods: one citizen
    build.member(AKTIV, D(2018, 3, 1), None)  # another target group
    build.citizen()  # no benefit period at all: never in a population

    only_jobparat = run(build.db, make_goal("{type: antal_borgere}", f"{{maalgrupper: [{JOBPARAT}]}}"))
    assert only_jobparat.population == 4  # first day, last day, ongoing, the one with two periods
    assert only_jobparat.value == 4.0
    everyone = run(build.db, make_goal("{type: antal_borgere}"))
    assert everyone.population == 5  # ... and the aktivitetsparat one


def test_population_by_month_is_the_year_to_date(build: Builder) -> None:
    build.member(JOBPARAT, D(2017, 3, 1), D(2018, 1, 1))  # January only
    build.member(JOBPARAT, D(2018, 1, 31), D(2018, 2, 1))  # January and February
    build.member(JOBPARAT, D(2018, 12, 31), None)  # December only
    result = run(build.db, make_goal("{type: antal_borgere}"))
    months = {c.key: c.population for c in result.by_month}
    assert len(months) == 12
    # each month: the goal computed from 1 January to the month's last day, so December is the year's figure
    assert months["2018-01"] == 2
    assert months["2018-02"] == 2
    assert months["2018-11"] == 2
    assert months["2018-12"] == 3 == result.population
    assert result.by_month[0].label == "jan 2018"
    assert result.by_year == ()  # one calendar year: no year rows


def test_age_on_the_last_day_of_the_period(build: Builder) -> None:
    # alder [18, 29] on `to` = 2018-12-31
    cases = {
        "3112894001": True,  # born 1989-12-31 (7th digit 4, yy 89 > 36: 19xx): 29 on its birthday, `to`: in
        "3112881001": False,  # born 1988-12-31: turns 30 on `to`: out
        "3112004001": True,  # born 2000-12-31 (7th digit 4, yy 00: 20xx): turns 18 on `to`: in
        "0101014001": False,  # born 2001-01-01: 17 on `to` (18 the next day): out
        "0101895001": False,  # 7th digit 5, yy 89 > 57: born 1889: out
        "0101105001": False,  # 7th digit 5, yy 10 <= 57: born 2010, 8 years old: out
    }
    for cpr in cases:
        build.member(JOBPARAT, cpr=cpr)
    # cross-check the hand-worked ages against the domain's own CPR rules
    for cpr, inside in cases.items():
        assert (18 <= cprmod.age_on(cpr, D(2018, 12, 31)) <= 29) is inside, cpr
    result = run(build.db, make_goal("{type: antal_borgere}", "{alder: [18, 29]}"))
    assert result.population == 2
    old = run(build.db, make_goal("{type: antal_borgere}", "{alder: [100, 130]}"))
    assert old.population == 1  # the one born in 1889 (129 years)


def test_age_leap_day(build: Builder) -> None:
    build.member(JOBPARAT, cpr="2902004001")  # born 2000-02-29 (7th digit 4, yy 00: 20xx)
    on_feb_28 = Period(D(2018, 1, 1), D(2018, 2, 28))
    on_mar_1 = Period(D(2018, 1, 1), D(2018, 3, 1))
    goal = make_goal("{type: antal_borgere}", "{alder: [18, 18]}")
    assert run(build.db, goal, on_feb_28).population == 0  # still 17 on 28 February 2018
    assert run(build.db, goal, on_mar_1).population == 1  # 18 on 1 March 2018


def test_long_term_rule_364_versus_365_days(build: Builder) -> None:
    # days covered by benefit periods (any group) up to `to` = 2018-12-31, overlaps once, must exceed 364
    build.member(JOBPARAT, D(2018, 1, 1), D(2018, 12, 30))  # 364 days: not long-term
    build.member(JOBPARAT, D(2018, 1, 1), D(2018, 12, 31))  # 365 days: long-term
    overlap = build.member(JOBPARAT, D(2018, 1, 1), D(2018, 9, 30))  # 273 days
    build.benefit(overlap, AKTIV, D(2018, 6, 1), D(2018, 12, 30))  # +213, but together only 01-01..12-30 = 364
    nested = build.member(JOBPARAT, D(2018, 1, 1), D(2018, 12, 30))  # 364 days
    build.benefit(nested, AKTIV, D(2018, 3, 1), D(2018, 3, 31))  # inside the first: adds nothing
    build.member(JOBPARAT, D(2017, 12, 31), None)  # ongoing: clipped at `to`: 366 days: long-term
    gap = build.member(AKTIV, D(2016, 1, 1), D(2016, 6, 30))  # 182 days (2016 is a leap year)
    build.benefit(gap, JOBPARAT, D(2018, 7, 1), None)  # + 184 days (1 July .. 31 Dec) = 366: long-term
    later = build.member(JOBPARAT, D(2018, 6, 1), None)  # 214 days up to `to`
    build.benefit(later, AKTIV, D(2019, 1, 1), D(2020, 1, 1))  # after `to`: does not count

    result = run(build.db, make_goal("{type: antal_borgere}", "{langtidsforsoerget: true}"))
    assert result.population == 3
    # with a target group: only the long-term ones who are jobparat in the period (all three are)
    jobparat = run(
        build.db, make_goal("{type: antal_borgere}", f"{{maalgrupper: [{JOBPARAT}], langtidsforsoerget: true}}")
    )
    assert jobparat.population == 3
    months = {c.key: c.population for c in result.by_month}
    assert months["2018-12"] == 3  # December's `to` is the period's `to`
    # 30 June: 365-day one has 181 days, ongoing 182, gap-one 182 (2016 only): nobody
    assert months["2018-06"] == 0


# ------------------------------------------------------------------------------------------------ measures


def test_andel_med_indsats(build: Builder) -> None:
    members = [build.member() for _ in range(10)]
    build.effort(members[0], "virksomhedspraktik", D(2017, 11, 1), D(2018, 1, 1))  # ends on the first day: yes
    build.effort(members[1], "loentilskud", D(2018, 12, 31), None)  # starts on the last day: yes
    build.effort(members[2], "ips", D(2016, 1, 1), None)  # ongoing, and ips is company-based: yes
    build.effort(members[3], "nytteindsats", D(2017, 1, 1), D(2017, 12, 31))  # ended the day before: no
    build.effort(members[4], "mentor", D(2018, 3, 1), D(2018, 4, 1))  # not company-based: no
    build.effort(members[5], "igu", D(2018, 3, 1), D(2018, 4, 1))
    build.effort(members[5], "fleksjob", D(2018, 5, 1), D(2018, 6, 1))  # two efforts: counted once
    outsider = build.citizen()  # not on any benefit: not in the population
    build.effort(outsider, "loentilskud", D(2018, 3, 1), None)
    result = run(build.db, make_goal("{type: andel_med_indsats, kategorier: [virksomhedsrettet]}"))
    assert result.population == 10
    assert result.value == pytest.approx(4 / 10)  # members 0, 1, 2, 5
    mentor = run(build.db, make_goal("{type: andel_med_indsats, kategorier: [mentor, behandling]}"))
    assert mentor.value == pytest.approx(1 / 10)
    months = {c.key: c for c in result.by_month}
    # January: members 0 (until 1 Jan) and 2 (ongoing); the year to date in December: the year's 0, 1, 2, 5
    assert months["2018-01"].value == pytest.approx(2 / 10)
    assert months["2018-12"].value == pytest.approx(4 / 10) == result.value
    assert months["2018-03"].value == pytest.approx(3 / 10)  # January to March: members 0, 2 and 5 (igu)


def test_antal_indsatser(build: Builder) -> None:
    a, b, c = build.member(), build.member(), build.member()
    build.effort(a, "opkvalificering", D(2018, 1, 1), D(2018, 2, 1))  # starts on the first day: 1
    build.effort(a, "opkvalificering", D(2018, 12, 31), None)  # starts on the last day: 1
    build.effort(b, "opkvalificering", D(2017, 12, 31), None)  # started the day before: 0
    build.effort(b, "danskuddannelse", D(2018, 6, 1), None)  # 1
    build.effort(c, "mentor", D(2018, 6, 1), None)  # other category: 0
    build.effort(build.citizen(), "opkvalificering", D(2018, 6, 1), None)  # not in the population: 0
    result = run(build.db, make_goal("{type: antal_indsatser, kategorier: [opkvalificering, danskuddannelse]}"))
    assert result.value == 3.0
    assert result.total.count == 3
    months = {c.key: c.value for c in result.by_month}
    # the year to date: 1 from January, 2 from June, 3 on the last day
    assert months["2018-01"] == 1.0 and months["2018-05"] == 1.0 and months["2018-06"] == 2.0
    assert months["2018-11"] == 2.0 and months["2018-12"] == 3.0


def test_andel_afgang(build: Builder) -> None:
    m = [build.member() for _ in range(8)]
    build.exit(m[0], D(2018, 1, 1), "job")  # first day: yes
    build.exit(m[1], D(2018, 12, 31), "uddannelse")  # last day: yes
    build.exit(m[2], D(2019, 1, 1), "job")  # the day after: no
    build.exit(m[3], D(2017, 12, 31), "job")  # the day before: no
    build.exit(m[4], D(2018, 6, 1), "fraflyttet")  # another type: no
    build.exit(build.citizen(), D(2018, 6, 1), "job")  # not in the population
    result = run(build.db, make_goal("{type: andel_afgang, typer: [job, uddannelse]}"))
    assert result.population == 8
    assert result.value == pytest.approx(2 / 8)


def test_gns_sagsbehandlerskift(build: Builder) -> None:
    s1, s2, s3 = build.staff("aa"), build.staff("bb"), build.staff("cc")
    x, y, z, _w = build.member(), build.member(), build.member(), build.member()
    build.assign(x, s1, D(2017, 5, 1), D(2018, 2, 28))  # x's first: before the period
    build.assign(x, s2, D(2018, 3, 1), None)  # change 1
    build.assign(x, s3, D(2018, 6, 1), None, role="koordinerende")  # change 2 (any role)
    build.assign(y, s1, D(2018, 2, 1), None)  # y's very first assignment: not a change
    build.assign(y, s2, D(2018, 2, 1), None, role="koordinerende")  # same day, not an earlier one: not a change
    build.assign(z, s1, D(2018, 1, 1), D(2018, 12, 30))  # z's first, on the first day: not a change
    build.assign(z, s2, D(2018, 12, 31), None)  # on the last day, after an earlier one: change
    build.assign(z, s3, D(2019, 1, 5), None)  # after the period: not counted
    # w never had a caseworker: 0 changes, still in the mean
    result = run(build.db, make_goal("{type: gns_sagsbehandlerskift}", retning="ned"))
    assert result.population == 4
    assert result.value == pytest.approx((2 + 0 + 1 + 0) / 4)
    months = {c.key: c.value for c in result.by_month}
    assert months["2018-03"] == pytest.approx(1 / 4)
    assert months["2018-02"] == pytest.approx(0.0)


def test_andel_med_maaling(build: Builder) -> None:
    m = [build.member() for _ in range(5)]
    build.measure(m[0], D(2018, 1, 1), "jobsoegning", 4)  # first day
    build.measure(m[1], D(2018, 12, 31), "helbred", 7, rater="borger")  # last day
    build.measure(m[2], D(2017, 12, 31), "helbred", 7)  # the day before: no
    build.measure(m[3], D(2018, 5, 5), "helbred", 3)
    build.measure(m[3], D(2018, 6, 5), "helbred", 5)  # twice: counted once
    # m[4] has no measurements at all: counts in the population, not in the share
    result = run(build.db, make_goal("{type: andel_med_maaling, instrument: bip}"))
    assert result.value == pytest.approx(3 / 5)
    other = run(build.db, make_goal("{type: andel_med_maaling, instrument: ung}"))
    assert other.value == pytest.approx(0.0)


def test_gns_progression(build: Builder) -> None:
    p, q, r, s, _t = (build.member() for _ in range(5))
    # p: first date 2018-01-01: scores 3, 5 (two dimensions, caseworker) and 7 (citizen) -> mean 5
    build.measure(p, D(2018, 1, 1), "jobsoegning", 3)
    build.measure(p, D(2018, 1, 1), "helbred", 5)
    build.measure(p, D(2018, 1, 1), "jobsoegning", 7, rater="borger")
    #    last date 2018-12-31: 6 and 8 -> mean 7; change +2
    build.measure(p, D(2018, 12, 31), "jobsoegning", 6)
    build.measure(p, D(2018, 12, 31), "helbred", 8)
    # q: one date only: does not qualify
    build.measure(q, D(2018, 5, 1), "jobsoegning", 2)
    build.measure(q, D(2018, 5, 1), "helbred", 9)
    # r: three dates, 4 -> 9 -> 3: first and last count: change -1
    build.measure(r, D(2018, 2, 1), "helbred", 4)
    build.measure(r, D(2018, 3, 1), "helbred", 9)
    build.measure(r, D(2018, 4, 1), "helbred", 3)
    # s: one date before the period, one within: only one date within: does not qualify
    build.measure(s, D(2017, 12, 31), "helbred", 1)
    build.measure(s, D(2018, 6, 1), "helbred", 10)
    # t: no measurements
    result = run(build.db, make_goal("{type: gns_progression, instrument: bip}", maalvaerdi=1.0))
    assert result.population == 5
    assert result.total.basis == 2
    assert result.value == pytest.approx((2 + -1) / 2)
    # only the dimension helbred: p 5 -> 8 (+3), r -1, q and s still one date: (3 - 1) / 2
    helbred = run(build.db, make_goal("{type: gns_progression, instrument: bip, dimension: helbred}"))
    assert helbred.value == pytest.approx((3 - 1) / 2)
    # jobsoegning: p (3+7)/2 = 5 -> 6: +1; q has one date: only p qualifies
    job = run(build.db, make_goal("{type: gns_progression, instrument: bip, dimension: jobsoegning}"))
    assert job.value == pytest.approx(1.0)
    assert job.total.basis == 1


def test_gns_progression_is_empty_when_nobody_qualifies(build: Builder) -> None:
    for _ in range(6):
        build.measure(build.member(), D(2018, 3, 3), "helbred", 5)  # one date each
    result = run(build.db, make_goal("{type: gns_progression, instrument: bip}"))
    assert result.population == 6
    assert result.value is None
    assert result.status == "for få"
    assert result.shown_value is None


def test_gns_varighed_uger(build: Builder) -> None:
    a = build.citizen()
    build.benefit(a, JOBPARAT, D(2017, 12, 19), D(2018, 1, 1))  # ends on the first day: 14 days = 2 weeks
    b = build.citizen()
    build.benefit(b, JOBPARAT, D(2018, 12, 3), D(2018, 12, 31))  # ends on the last day: 29 days
    c = build.citizen()
    build.benefit(c, JOBPARAT, D(2018, 1, 1), None)  # ongoing: not ended
    d = build.citizen()
    build.benefit(d, JOBPARAT, D(2018, 6, 1), D(2019, 1, 1))  # ends after the period
    e = build.citizen()
    build.benefit(e, AKTIV, D(2018, 1, 1), D(2018, 1, 7))  # other target group: 7 days
    build.benefit(e, JOBPARAT, D(2018, 2, 1), D(2018, 2, 7))  # 7 days
    only_jobparat = run(build.db, make_goal("{type: gns_varighed_uger}", f"{{maalgrupper: [{JOBPARAT}]}}"))
    assert only_jobparat.total.basis == 3  # periods, not citizens
    assert only_jobparat.value == pytest.approx((14 + 29 + 7) / 7 / 3)
    everyone = run(build.db, make_goal("{type: gns_varighed_uger}"))
    assert everyone.value == pytest.approx((14 + 29 + 7 + 7) / 7 / 4)
    months = {m.key: m for m in everyone.by_month}
    assert months["2018-01"].value == pytest.approx((14 + 7) / 7 / 2)
    # January to March: a (14 days), e's two (7 and 7 days)
    assert months["2018-03"].value == pytest.approx((14 + 7 + 7) / 7 / 3)


def test_andel_ordinaere_timer(build: Builder) -> None:
    m = [build.member(AKTIV) for _ in range(5)]
    build.hours(m[0], D(2018, 1, 1), 100)
    build.hours(m[0], D(2018, 12, 1), 125)  # 225: exactly the minimum: yes
    build.hours(m[1], D(2017, 12, 1), 200)  # December 2017 is before the period
    build.hours(m[1], D(2018, 6, 1), 100)  # 100 in the period: no
    build.hours(m[2], D(2018, 3, 1), 300)  # yes
    build.hours(m[3], D(2019, 1, 1), 300)  # after: no
    result = run(build.db, make_goal("{type: andel_ordinaere_timer, min_timer: 225}"))
    assert result.value == pytest.approx(2 / 5)
    a_little = run(build.db, make_goal("{type: andel_ordinaere_timer, min_timer: 1}"))
    assert a_little.value == pytest.approx(3 / 5)  # m0, m1 (100), m2
    months = {c.key: c.value for c in result.by_month}
    assert months["2018-03"] == pytest.approx(1 / 5)  # only March's own hours count in March


def test_antal_virksomheder(build: Builder) -> None:
    plain1, plain2 = build.company("10000001"), build.company("10000002")
    social = build.company("10000003", social=True)
    unused = build.company("10000004")
    a, b, c = build.member(), build.member(), build.member()
    build.effort(a, "virksomhedspraktik", D(2018, 1, 1), D(2018, 2, 1), plain1)
    build.effort(b, "loentilskud", D(2017, 6, 1), D(2018, 1, 1), plain1)  # the same company again
    build.effort(b, "nytteindsats", D(2018, 12, 31), None, social)  # starts on the last day
    build.effort(c, "loentilskud", D(2017, 1, 1), D(2017, 12, 31), plain2)  # ended the day before: no
    build.effort(c, "mentor", D(2018, 1, 1), None)  # no company
    build.effort(build.citizen(), "loentilskud", D(2018, 3, 1), None, unused)  # not in the population
    assert run(build.db, make_goal("{type: antal_virksomheder}")).value == 2.0  # plain1, social
    assert run(build.db, make_goal("{type: antal_virksomheder, socialoekonomisk: true}")).value == 1.0
    assert run(build.db, make_goal("{type: antal_virksomheder, socialoekonomisk: false}")).value == 1.0


def test_andel_koordinerende(build: Builder) -> None:
    s1 = build.staff("aa")
    m = [build.member() for _ in range(6)]
    build.assign(m[0], s1, D(2018, 1, 1), D(2018, 12, 31), role="koordinerende")  # ends on `to`: yes
    build.assign(m[1], s1, D(2018, 1, 1), D(2018, 12, 30), role="koordinerende")  # ended the day before: no
    build.assign(m[2], s1, D(2018, 12, 31), None, role="koordinerende")  # starts on `to`: yes
    build.assign(m[3], s1, D(2018, 1, 1), None)  # primary only: no
    build.assign(m[4], s1, D(2015, 1, 1), None, role="koordinerende")  # ongoing: yes
    result = run(build.db, make_goal("{type: andel_koordinerende}"))
    assert result.value == pytest.approx(3 / 6)
    months = {c.key: c.value for c in result.by_month}
    assert months["2018-06"] == pytest.approx(3 / 6)  # on 30 June: m0, m1 (until 30 Dec) and m4
    assert months["2018-01"] == pytest.approx(3 / 6)  # on 31 January likewise; m2 starts only on 31 Dec


def test_andel_af_naevner(build: Builder) -> None:
    for _ in range(6):
        build.member("sygedagpenge")
    build.member(JOBPARAT)
    goal = make_goal(
        "{type: andel_af_naevner, naevner: 1000, naevner_kilde: 'Danmarks Statistik'}",
        "{maalgrupper: [sygedagpenge, jobafklaring]}",
        maalvaerdi=0.032,
        baseline=0.038,
        retning="ned",
    )
    result = run(build.db, goal)
    assert result.population == 6
    assert result.value == pytest.approx(6 / 1000)
    assert result.status == "nået"


# ------------------------------------------------------------------------------------------------ breakdowns


def test_breakdowns_by_team_coordinator_and_target_group(build: Builder) -> None:
    lead_a = build.staff("kaa", team="Team Aktiv")
    worker_a = build.staff("lbb", team="Team Aktiv")
    worker_j = build.staff("mcc", team="Team Job")
    no_team = build.staff("ndd", team="")
    m = [build.member(JOBPARAT) for _ in range(5)]
    # m0: primary in Team Job, coordinating in Team Aktiv on `to`: coordinating wins -> Team Aktiv, kaa
    build.assign(m[0], worker_j, D(2018, 1, 1), None)
    build.assign(m[0], lead_a, D(2018, 3, 1), None, role="koordinerende")
    # m1: primary Team Job until June, then nobody: the last one before `to` -> Team Job, no coordinator
    build.assign(m[1], worker_j, D(2017, 1, 1), D(2018, 6, 30))
    # m2: coordinating kaa ended in March, primary lbb on `to` -> Team Aktiv (on `to`), coordinator kaa (last one)
    build.assign(m[2], lead_a, D(2018, 1, 1), D(2018, 3, 31), role="koordinerende")
    build.assign(m[2], worker_a, D(2018, 1, 1), None)
    # m3: a caseworker without a team
    build.assign(m[3], no_team, D(2018, 1, 1), None)
    # m4: nobody, and a second benefit period in another group that starts later: latest start wins
    build.benefit(m[4], AKTIV, D(2018, 9, 1), None)
    result = run(build.db, make_goal("{type: antal_borgere}"))
    teams = {c.key: c.population for c in result.by_team}
    assert teams == {"Team Aktiv": 2, "Team Job": 1, "(uden team)": 1, NO_CASEWORKER: 1}
    coordinators = {c.key: c.population for c in result.by_coordinator}
    assert coordinators == {"kaa": 2, NO_COORDINATOR: 3}
    groups = {c.key: (c.label, c.population) for c in result.by_target_group}
    assert groups == {JOBPARAT: ("Kontanthjælp, jobparat", 4), AKTIV: ("Kontanthjælp, aktivitetsparat", 1)}
    for breakdown in (result.by_team, result.by_coordinator, result.by_target_group):
        assert sum(c.population for c in breakdown) == result.population  # a partition of the population
    # named groups first (alphabetically), the "(...)" ones last
    assert [c.key for c in result.by_team] == ["Team Aktiv", "Team Job", "(ingen sagsbehandler)", "(uden team)"]


def test_breakdown_values_are_the_measure_within_the_group(build: Builder) -> None:
    s_a, s_b = build.staff("aa", team="A"), build.staff("bb", team="B")
    in_a = [build.member() for _ in range(4)]
    in_b = [build.member() for _ in range(2)]
    for cid in in_a:
        build.assign(cid, s_a, D(2018, 1, 1), None)
    for cid in in_b:
        build.assign(cid, s_b, D(2018, 1, 1), None)
    build.exit(in_a[0], D(2018, 5, 1), "job")
    build.exit(in_b[0], D(2018, 5, 1), "job")
    build.exit(in_b[1], D(2018, 5, 1), "job")
    result = run(build.db, make_goal("{type: andel_afgang, typer: [job]}"))
    teams = {c.key: c.value for c in result.by_team}
    assert teams["A"] == pytest.approx(1 / 4)
    assert teams["B"] == pytest.approx(2 / 2)
    assert result.value == pytest.approx(3 / 6)


# ------------------------------------------------------------------------------------------------ status, periods


@pytest.mark.parametrize(
    ("retning", "baseline", "population", "value", "expected"),
    [
        ("op", 0.12, 10, 0.32, "nået"),  # exactly the target
        ("op", 0.12, 10, 0.20, "på vej"),
        ("op", 0.12, 10, 0.12, "ikke nået"),  # at the baseline: not past it
        ("op", None, 10, 0.20, "ikke nået"),
        ("op", 0.12, 4, 0.90, "for få"),
        ("op", 0.12, 5, 0.90, "nået"),
        ("ned", 0.50, 10, 0.32, "nået"),
        ("ned", 0.50, 10, 0.40, "på vej"),
        ("ned", 0.50, 10, 0.60, "ikke nået"),
        ("ned", 0.50, 10, None, "for få"),
    ],
)
def test_goal_status(retning: str, baseline: float | None, population: int, value: float | None, expected: str) -> None:
    target = 0.32
    goal = make_goal("{type: andel_koordinerende}", maalvaerdi=target, baseline=baseline, retning=retning)
    assert goal_status(goal, population, value) == expected


def test_months_are_clipped_to_the_period() -> None:
    months = Period(D(2018, 1, 15), D(2018, 3, 10)).months()
    assert [(m.start, m.end) for m in months] == [
        (D(2018, 1, 15), D(2018, 1, 31)),
        (D(2018, 2, 1), D(2018, 2, 28)),
        (D(2018, 3, 1), D(2018, 3, 10)),
    ]
    assert len(Period(D(2018, 12, 31), D(2019, 1, 1)).months()) == 2


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [
        ("2018-13-01", "2018-12-31", "--from"),
        ("2018-01-01", "31-12-2018", "--to"),
        ("2019-01-01", "2018-12-31", "efter"),
    ],
)
def test_parse_period_rejects_bad_dates(date_from: str, date_to: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_period(date_from, date_to)
    assert parse_period("2018-01-01", "2018-01-01") == Period(D(2018, 1, 1), D(2018, 1, 1))


def test_compute_goals_shares_a_population_and_can_be_cancelled(build: Builder) -> None:
    for _ in range(3):
        build.member()
    goals = [make_goal("{type: antal_borgere}", goal_id="A"), make_goal("{type: andel_koordinerende}", goal_id="B")]
    seen: list[tuple[int, int, str]] = []
    with build.db.read() as s:
        results = compute_goals(s, goals, YEAR_2018, progress=lambda i, n, g: seen.append((i, n, g)))
        assert [r.population for r in results] == [3, 3]
        assert seen == [(0, 2, "A"), (1, 2, "B"), (2, 2, "")]
        with pytest.raises(ReportCancelled):
            compute_goals(s, goals, YEAR_2018, cancelled=lambda: True)
        # the temporary tables are gone after a cancelled run: a new run works in the same session
        assert compute_goals(s, goals, YEAR_2018)[0].population == 3
