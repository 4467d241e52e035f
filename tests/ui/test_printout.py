""" "Min plan": print to PDF from the citizen screen, find the goal text in it, and the print is audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from planner_gui.domain.dates import format_date
from planner_gui.domain.plan import EffortRow, PlanFields
from planner_gui.services import plans
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import Assignment, AuditEntry, Plan, Staff
from planner_gui.ui.citizen.view import CitizenView
from planner_gui.ui.context import AppContext
from planner_gui.ui.printout import min_plan_html, write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def _worker_and_citizen(db) -> tuple[Actor, uuid.UUID]:
    with db.read() as s:
        r = s.execute(
            select(Staff.initials, Staff.role, Staff.id, Staff.name)
            .where(Staff.role == "sagsbehandler", Staff.password_hash.is_not(None))
            .limit(1)
        ).one()
        cid = s.scalars(
            select(Assignment.citizen_id)
            .join(Plan, Plan.citizen_id == Assignment.citizen_id)
            .where(Assignment.staff_id == r.id, Assignment.role == "primaer", Assignment.end.is_(None))
            .where(Assignment.start <= dt.date.today())
            .order_by(Assignment.citizen_id)
            .limit(1)
        ).one()
    return Actor(r.initials, r.role, r.id, r.name), cid


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_min_plan_pdf_from_the_screen_has_the_goal_first_and_is_audited(qtbot, demo_db, tmp_path: Path) -> None:
    me, cid = _worker_and_citizen(demo_db)
    ctx = AppContext(demo_db, me)
    view = CitizenView(ctx, cid)
    qtbot.addWidget(view)
    goal = "Jeg vil gerne arbejde i en børnehave, når min ryg er god igen."
    view.plan_tab.own_goal.setPlainText(goal)
    assert view.save()

    pdf = view.write_pdf(tmp_path / "min plan.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(_text(pdf).split())
    assert goal in text
    ov = view.overview
    order = [
        text.index(s) for s in ("Min plan", "Mit mål", goal, "Det sker nu", "Næste møde", "Hvem kan jeg ringe til")
    ]
    assert order == sorted(order)
    contact = ov.coordinator or ov.primary
    assert contact is not None and contact.name in text
    if ov.plan.next_meeting is not None:
        assert format_date(ov.plan.next_meeting) in text
    assert ov.cpr not in text  # the citizen's own copy needs no CPR number
    with demo_db.read() as s:
        rows = s.scalars(
            select(AuditEntry.details).where(AuditEntry.citizen_ref == str(cid), AuditEntry.action == "print")
        ).all()
    assert len(rows) == 1 and '"new": "pdf"' in rows[0]


def test_plain_language_for_an_empty_plan(demo_db, tmp_path: Path, qapp) -> None:
    me, cid = _worker_and_citizen(demo_db)
    ov = plans.open_citizen(demo_db, me, cid)
    empty = dataclasses.replace(
        ov,
        plan=PlanFields(),
        subgoals=(),
        efforts=(
            EffortRow(
                uuid.uuid4(), "mentor", "social", ov.today - dt.timedelta(days=400), ov.today - dt.timedelta(days=300)
            ),
            EffortRow(
                uuid.uuid4(),
                "virksomhedspraktik",
                "virksomhed",
                ov.today,
                None,
                12.0,
                company_name="Bageriet <&> ApS",
                company_cvr="29189730",
            ),
        ),
        coordinator=None,
    )
    html = min_plan_html(empty, printed=dt.date(2026, 11, 23))
    assert "Bageriet &lt;&amp;&gt; ApS" in html  # escaped
    text = " ".join(_text(write_pdf(empty, tmp_path / "tom.pdf")).split())
    assert "Vi har ikke skrevet dit mål endnu" in text
    assert "aftales med din sagsbehandler" in text
    assert "Virksomhedspraktik" in text and "12 timer om ugen" in text
    assert "Mentor" not in text  # ended efforts are not "what happens next"


def test_print_through_the_print_dialog(qtbot, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+P opens QPrintDialog; the chosen printer (here: a PDF file) gets Min plan and the print is audited."""
    import PySide6.QtPrintSupport as printsupport
    from PySide6.QtWidgets import QDialog

    out = tmp_path / "printer.pdf"
    shown: list[str] = []

    class ChosenPrinter:  # stands in for the modal QPrintDialog: the user picks "print to file" and presses Print
        DialogCode = QDialog.DialogCode

        def __init__(self, printer, parent=None) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            shown.append(title)

        def exec(self) -> int:
            self.printer.setOutputFormat(printsupport.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printsupport, "QPrintDialog", ChosenPrinter)
    me, cid = _worker_and_citizen(demo_db)
    view = CitizenView(AppContext(demo_db, me), cid)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    qtbot.keyClick(view.plan_tab.job_goal, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["Udskriv Min plan"]
    text = " ".join(_text(out).split())
    assert view.overview.plan.own_goal.split()[0] in text and "Hvem kan jeg ringe til" in text
    with demo_db.read() as s:
        rows = s.scalars(
            select(AuditEntry.details).where(AuditEntry.citizen_ref == str(cid), AuditEntry.action == "print")
        ).all()
    assert len(rows) == 1 and '"new": "printer"' in rows[0]


def test_min_plan_carries_the_progression_when_chosen(qtbot, demo_db, tmp_path: Path) -> None:
    from planner_gui.storage.tables import Measurement

    me, _ = _worker_and_citizen(demo_db)
    with demo_db.read() as s:  # a citizen of this caseworker who has been measured on at least two dates
        cid = s.scalars(
            select(Measurement.citizen_id)
            .join(Assignment, Assignment.citizen_id == Measurement.citizen_id)
            .where(Assignment.staff_id == me.staff_id, Assignment.end.is_(None))
            .where(Assignment.start <= dt.date.today())
            .group_by(Measurement.citizen_id)
            .having(func.count(func.distinct(Measurement.date)) >= 2)
            .limit(1)
        ).one()
    view = CitizenView(AppContext(demo_db, me), cid)
    qtbot.addWidget(view)
    view.include_progress_action.setChecked(True)
    with_chart = _text(view.write_pdf(tmp_path / "med.pdf"))
    assert "Sådan er det gået" in with_chart and "Jobsøgningsadfærd" in with_chart
    view.include_progress_action.setChecked(False)
    without = _text(view.write_pdf(tmp_path / "uden.pdf"))
    assert "Sådan er det gået" not in without


def _words(pdf: Path, page: int | None = None) -> list[tuple[str, float]]:
    """(word, height in points) of every word pdftotext finds (on one page, or all)."""
    import re

    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-bbox", *pages, str(pdf), "-"], capture_output=True, text=True, check=True)
    found = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', out.stdout)
    return [(w, float(y1) - float(y0)) for y0, y1, w in found]


def test_the_chart_legend_is_text_of_at_least_9_pt_on_a4(qtbot, demo_db, tmp_path: Path) -> None:
    """Issue 16: the legend of the progression chart was part of the scaled-down image (~6 pt on paper). Now it is
    text below the image, as tall as the printout's 10 pt table text; pdftotext finds its words and their boxes."""
    from planner_gui.services.measurements import progression_for_printout
    from planner_gui.storage.tables import Measurement
    from planner_gui.ui.printout import ProgressPart
    from planner_gui.ui.progress.chart import ProgressChart, legend_entries, progress_summary_html, render_progress_png

    me, _ = _worker_and_citizen(demo_db)
    with demo_db.read() as s:
        cid = s.scalars(
            select(Measurement.citizen_id)
            .group_by(Measurement.citizen_id)
            .having(func.count(func.distinct(Measurement.date)) >= 2)
            .order_by(Measurement.citizen_id)
            .limit(1)
        ).one()
    ov = plans.open_citizen(demo_db, me, cid, reason="udskrift til test")
    progression = progression_for_printout(demo_db, cid)
    part = ProgressPart(render_progress_png(progression, 900, 420), progress_summary_html(progression))
    pdf = write_pdf(ov, tmp_path / "graf.pdf", part)

    data = progression.for_code(None)
    assert data is not None
    # the printed legend has the chart's own entries, in its order
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.set_data(data)
    assert legend_entries(data) == chart.legend_entries
    assert all(text in chart.legend.text() for text, _c, _k in legend_entries(data))

    words = _words(pdf, 2)
    body = [h for w, h in words if w == "udgangspunktet."]  # the printout's 12 pt text: its box is 1.16 × 12 pt
    legend = [h for w, h in words if w in ("Borgeren", "linje", "Sagsbehandleren", "(stiplet", "dimensioner")]
    assert body and len(legend) == 5, words
    ratio = body[0] / 12
    assert min(legend) / ratio >= 9, f"legend at {min(legend) / ratio:.1f} pt"


def test_min_plan_gives_the_caseworkers_phone_and_email(demo_db, tmp_path: Path, qapp) -> None:
    from planner_gui.services import users

    me, cid = _worker_and_citizen(demo_db)
    users.set_contact(
        demo_db, Actor("admin", "administrator"), me.initials, "+45 43211234", "kontakt@jobcenter.example"
    )
    ov = plans.open_citizen(demo_db, me, cid)
    contact = ov.coordinator or ov.primary
    assert contact is not None
    html = min_plan_html(ov)
    if contact.initials == me.initials:
        assert "43 21 12 34" in html and "kontakt@jobcenter.example" in html
    text = " ".join(_text(write_pdf(ov, tmp_path / "kontakt.pdf")).split())
    after = text[text.index("Hvem kan jeg ringe til") :]
    assert f"Telefon: {contact.phone}" in after and f"E-mail: {contact.email}" in after

    bare = dataclasses.replace(ov, coordinator=None, primary=dataclasses.replace(contact, phone="", email=""))
    assert "Telefon:" not in min_plan_html(bare) and "E-mail:" not in min_plan_html(bare)
