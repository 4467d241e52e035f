"""The report workbook: the Mål sheet exactly as CONTRACT.md section 4, suppression, no CPR or names, safe text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner_gui.domain.goals import load_goal_file, shipped_goals_dir
from planner_gui.errors import PermissionDenied, UserError
from planner_gui.reports.disclosure import NOTE_HIDDEN, NOTE_NOT_ADDITIVE, OTHERS_LABEL, merge_small, protect
from planner_gui.reports.indicators import Cell, Period
from planner_gui.reports.workbook import MAAL_HEADERS
from planner_gui.services.auth import Actor
from planner_gui.services.reports import export_report
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen, Staff
from tests.reports.helpers import YEAR_2018, Builder, make_goal

D = dt.date
ADMIN = Actor("admin", "administrator")
JOBPARAT = "kontanthjaelp_jobparat"


def goal_file_text(*goals: str) -> str:
    return "kommune: Testby\nplan: Testplan 2018\ngoals:\n" + "".join(goals)


def write_goal_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "maal.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOALS = goal_file_text(
    "  - id: A-1\n    titel: Andel med praktik\n    maal: {type: andel_med_indsats, kategorier: [virksomhedsrettet]}\n"
    "    baseline: 0.1\n    maalvaerdi: 0.3\n    retning: op\n    kilde: kap. 1\n",
    "  - id: A-2\n    titel: Antal borgere\n    population: {maalgrupper: [fleksjob]}\n"
    "    maal: {type: antal_borgere}\n    maalvaerdi: 10\n    retning: ned\n",
    "  - id: A-3\n    titel: Færre skift\n    maal: {type: gns_sagsbehandlerskift}\n    baseline: 1\n"
    "    maalvaerdi: 0.1\n    retning: ned\n",
)


def test_maal_sheet_is_exactly_the_contract(empty_db: Database, tmp_path: Path) -> None:
    build = Builder(empty_db)
    team = build.staff("ab", team="Team A")
    members = [build.member(JOBPARAT) for _ in range(10)]
    for cid in members:
        build.assign(cid, team, D(2018, 1, 1), None)
    for cid in members[:4]:  # 4 of 11 in a company-based effort: 36 % >= 30 %: nået
        build.effort(cid, "loentilskud", D(2018, 3, 1), None)
    build.assign(members[0], build.staff("cd"), D(2018, 6, 1), None)  # one change: 1/11 <= 0.1: nået
    build.member("fleksjob")  # a population of 1: for få; in A-1 and A-3 (no target groups) the 11th
    out = tmp_path / "rapport.xlsx"
    export_report(empty_db, ADMIN, load_goal_file(write_goal_file(tmp_path, GOALS)), YEAR_2018, out)

    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Mål"
    assert wb.sheetnames[-1] == "Definitioner"
    assert wb.sheetnames[1:-1] == ["A-1", "A-2", "A-3"]
    ws = wb["Mål"]
    assert tuple(c.value for c in ws[1]) == MAAL_HEADERS
    rows = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]
    assert rows == [
        ("A-1", "Andel med praktik", 11, pytest.approx(4 / 11), 0.1, 0.3, "nået", "plan"),
        ("A-2", "Antal borgere", 1, None, None, 10, "for få", "plan"),
        ("A-3", "Færre skift", 11, pytest.approx(1 / 11), 1, 0.1, "nået", "plan"),
    ]
    assert "%" in ws["D2"].number_format and "%" in ws["E2"].number_format and "%" in ws["F2"].number_format
    assert "%" not in ws["F3"].number_format
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=6):
        for cell in row:
            assert cell.value is None or isinstance(cell.value, (int, float)), "numbers, never text"
    assert ws.freeze_panes is not None and ws.auto_filter.ref == "A1:H4"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    # per-goal sheet: breakdown rows, a native chart of the months
    goal_ws = wb["A-1"]
    assert goal_ws._charts, "a chart of the monthly series"
    labels = [goal_ws.cell(row=r, column=1).value for r in range(1, goal_ws.max_row + 1)]
    assert {"I alt", "Team", "Koordinerende sagsbehandler", "Målgruppe", "Måned (år til dato)"} <= set(labels)
    assert labels.count("Måned (år til dato)") == 12
    # a goal too small to show anything says so in one sentence: no rows of hidden cells, no empty chart
    small = wb["A-2"]
    texts = [str(c.value) for row in small.iter_rows() for c in row if c.value is not None]
    assert any("under 5" in t and "skjult" in t for t in texts)
    assert "opdeling" not in texts and not small._charts
    definitions = wb["Definitioner"]
    texts = " ".join(str(c.value) for row in definitions.iter_rows() for c in row if c.value)
    assert "kap. 1" in texts and "virksomhedspraktik" in texts.lower()
    # one audit row for the export, without personal data
    with empty_db.read() as s:
        entries = s.execute(
            select(AuditEntry.user, AuditEntry.details, AuditEntry.citizen_ref).where(AuditEntry.action == "report")
        ).all()
    # the export is audited before the file is written ("begyndt") and when it is in place ("fuldført")
    assert len(entries) == 2
    assert ['"status": "begyndt"' in e.details for e in entries] == [True, False]
    for e in entries:
        assert e.user == "admin" and "rapport.xlsx" in e.details and e.citizen_ref is None


def test_small_breakdown_cells_are_suppressed_with_complementary_suppression() -> None:
    goal = make_goal("{type: andel_afgang, typer: [job]}")
    cells = [
        Cell("a", "a", 20, 0.5, 20),
        Cell("b", "b", 3, 1.0, 3),  # primary: under 5
        Cell("c", "c", 7, 0.0, 7),  # the smallest of the rest: complementary
        Cell("d", "d", 10, 0.5, 10),
    ]
    total = Cell("i_alt", "I alt", 40, 18 / 40, 40)
    shown = protect(cells, goal, total, partition=True)
    assert [(s.population, s.value) for s in shown] == [(20, 0.5), (None, None), (None, None), (10, 0.5)]
    assert shown[1].note == shown[2].note == NOTE_HIDDEN  # one note for every kind of hiding
    # months do not add up to the total population: nothing but the small one is hidden
    shown = protect(cells[:3], goal, total, partition=False)
    assert [s.population for s in shown] == [20, None, 7]


def test_counts_below_five_are_suppressed_and_additive_counts_protected() -> None:
    goal = make_goal("{type: antal_indsatser, kategorier: [igu]}")
    years = [Cell("1", "2018", 30, 12.0, 30, 12), Cell("2", "2019", 30, 3.0, 30, 3), Cell("3", "2020", 30, 8.0, 30, 8)]
    total = Cell("i_alt", "I alt", 40, 23.0, 40, 23)
    shown = protect(years, goal, total, partition=False, additive=True)
    # 2019's 3 is hidden; the years add up to (at most) the total count, so the next smallest (8) is hidden too
    assert [s.value for s in shown] == [12.0, None, None]
    assert [s.population for s in shown] == [30, 30, 30]
    mean_goal = make_goal("{type: gns_progression, instrument: bip}")
    mean_total = Cell("i_alt", "I alt", 80, 0.8, 16)
    shown = protect([Cell("a", "a", 40, 1.5, 4), Cell("b", "b", 40, 0.5, 12)], mean_goal, mean_total, partition=False)
    assert [s.value for s in shown] == [None, 0.5]  # a mean over 4 members is not shown


def test_no_cpr_and_no_names_anywhere(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    goal_file = load_goal_file(shipped_goals_dir() / "broendby_2018-2019.yaml")
    export_report(demo_db, ADMIN, goal_file, Period(D(2025, 1, 1), D(2025, 12, 31)), out)
    with demo_db.read() as s:
        citizens = s.execute(select(Citizen.cpr, Citizen.first_name, Citizen.last_name)).all()
        staff_names = [n for n in s.scalars(select(Staff.name)) if n]
    forbidden = {cpr for cpr, _, _ in citizens} | {f"{cpr[:6]}-{cpr[6:]}" for cpr, _, _ in citizens}
    forbidden |= {f"{first} {last}" for _, first, last in citizens} | set(staff_names)
    assert len(citizens) == 300 and len(staff_names) > 10
    wb = load_workbook(out)
    texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    texts += [str(ws.oddHeader.center.text) for ws in wb.worksheets]
    texts += [str(wb.properties.creator), str(wb.properties.title), str(wb.properties.lastModifiedBy)]
    assert len(texts) > 500, "the report is not empty"
    blob = "\n".join(texts)
    leaks = sorted(f for f in forbidden if f in blob)
    assert leaks == []
    assert not re.search(r"\b\d{6}-?\d{4}\b", blob), "nothing that looks like a CPR number"
    # the report does break the figures down by team and coordinating caseworker (initials), just without names
    assert "Team Aktiv" in blob


def test_text_from_the_database_never_becomes_a_formula(empty_db: Database, tmp_path: Path) -> None:
    build = Builder(empty_db)
    nasty = ['=HYPERLINK("http://x","klik")', "+1+1", "-2+3", "@SUM(A1)"]
    for i, team in enumerate(nasty):
        staff = build.staff(f"=x{i}", team=team)  # initials and team both start with a formula character
        for _ in range(5):
            cid = build.member(JOBPARAT)
            build.assign(cid, staff, D(2018, 1, 1), None, role="koordinerende")
    out = tmp_path / "r.xlsx"
    export_report(empty_db, ADMIN, load_goal_file(write_goal_file(tmp_path, GOALS)), YEAR_2018, out)
    ws = load_workbook(out)["A-1"]
    found = {}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and (cell.value in nasty or cell.value.startswith("=x")):
                found[cell.value] = cell
    assert set(nasty) <= set(found) and {f"=x{i}" for i in range(4)} <= set(found)
    for cell in found.values():
        assert cell.data_type == "s" and cell.quotePrefix, cell.value


def test_export_needs_the_report_permission_and_writes_nothing_without(empty_db: Database, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    goal_file = load_goal_file(write_goal_file(tmp_path, GOALS))
    with pytest.raises(PermissionDenied):
        export_report(empty_db, Actor("sb", "sagsbehandler"), goal_file, YEAR_2018, out_dir / "r.xlsx")
    with pytest.raises(UserError, match="xlsx"):
        export_report(empty_db, ADMIN, goal_file, YEAR_2018, out_dir / "r.csv")
    with pytest.raises(UserError, match="findes ikke"):
        export_report(empty_db, ADMIN, goal_file, YEAR_2018, out_dir / "nope" / "r.xlsx")
    assert list(out_dir.iterdir()) == []  # no file, no temporary file


def test_failed_audit_leaves_no_file(empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planner_gui.services.reports as export

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("audit failed")

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(export.audit, "record", broken)
    with pytest.raises(RuntimeError):
        export_report(empty_db, ADMIN, load_goal_file(write_goal_file(tmp_path, GOALS)), YEAR_2018, out_dir / "r.xlsx")
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("path", sorted(shipped_goals_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_goal_file_reports(demo_db: Database, tmp_path: Path, path: Path) -> None:
    out = tmp_path / "r.xlsx"
    report = export_report(demo_db, ADMIN, load_goal_file(path), Period(D(2024, 1, 1), D(2024, 12, 31)), out)
    ws = load_workbook(out)["Mål"]
    assert ws.max_row == report.goals + 1
    assert all(r.population >= 0 for r in report.results)


def test_small_caseworker_groups_are_shown_together() -> None:
    share = make_goal("{type: andel_afgang, typer: [job]}")
    cells = [
        Cell("aa", "aa", 20, 0.5, 20),
        Cell("bb", "bb", 3, 2 / 3, 3),  # 2 with an exit
        Cell("cc", "cc", 4, 1 / 4, 4),  # 1 with an exit
    ]
    merged = merge_small(cells, share)
    assert [(c.label, c.population) for c in merged] == [("aa", 20), (OTHERS_LABEL, 7)]
    assert merged[1].value == pytest.approx(3 / 7)  # (2 + 1) of 3 + 4
    total = Cell("i_alt", "I alt", 27, 13 / 27, 27)
    shown = protect(cells, share, total, partition=True)  # merges the small groups itself
    # Øvrige's share is 3 people: hidden, and with it the only other share (else 13 - 10 = 3)
    assert [(s.label, s.population, s.value) for s in shown] == [("aa", 20, None), (OTHERS_LABEL, 7, None)]
    # one small group alone is not merged (it would be the same figure): it is suppressed instead
    alone = merge_small(cells[:2], share)
    assert [c.label for c in alone] == ["aa", "bb"]
    # means over a basis, counts, and companies that cannot be added up
    mean = make_goal("{type: gns_progression, instrument: bip}")
    merged = merge_small([Cell("a", "a", 3, 1.0, 2), Cell("b", "b", 4, 4.0, 1)], mean)
    assert merged[0].value == pytest.approx((1.0 * 2 + 4.0 * 1) / 3) and merged[0].basis == 3
    efforts = make_goal("{type: antal_indsatser, kategorier: [igu]}")
    merged = merge_small([Cell("a", "a", 3, 2.0, 3, 2), Cell("b", "b", 4, 5.0, 4, 5)], efforts)
    assert merged[0].count == 7 and merged[0].value == 7.0
    companies = make_goal("{type: antal_virksomheder}")
    merged = merge_small([Cell("a", "a", 3, 2.0, 3, 2), Cell("b", "b", 4, 5.0, 4, 5)], companies)
    assert merged[0].value is None
    companies_total = Cell("i_alt", "I alt", 7, 6.0, 7, 6)
    shown = protect(
        [Cell("a", "a", 3, 2.0, 3, 2), Cell("b", "b", 4, 5.0, 4, 5)], companies, companies_total, partition=True
    )
    assert shown[0].note == NOTE_NOT_ADDITIVE
