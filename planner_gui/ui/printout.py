""" "Min plan": the citizen's plan on paper or as PDF, in plain Danish (in English when the user has chosen English).

The citizen's own goal comes first, then what happens next (next meeting, next step, sub-goals, current efforts),
then who to call. Rendered from HTML with ``QTextDocument`` into a ``QPdfWriter`` (A4) or a printer chosen in
``QPrintDialog``. Every print is audited by the caller (:func:`planner_gui.services.plans.record_print`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from planner_gui.domain.codes import SUBGOAL_STATUS_LABELS
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.plan import CitizenOverview, StaffRef
from planner_gui.ui.i18n import translated

PROGRESS_IMAGE = "progress.png"


@dataclass(frozen=True)
class ProgressPart:
    """The progression chart (PNG) and its change table (HTML), when the caseworker includes them."""

    png: bytes
    table_html: str


WEEKDAYS = (
    QT_TRANSLATE_NOOP("MinPlan", "mandag"),
    QT_TRANSLATE_NOOP("MinPlan", "tirsdag"),
    QT_TRANSLATE_NOOP("MinPlan", "onsdag"),
    QT_TRANSLATE_NOOP("MinPlan", "torsdag"),
    QT_TRANSLATE_NOOP("MinPlan", "fredag"),
    QT_TRANSLATE_NOOP("MinPlan", "lørdag"),
    QT_TRANSLATE_NOOP("MinPlan", "søndag"),
)
PLAIN_STATUS = {
    "ikke_startet": QT_TRANSLATE_NOOP("MinPlan", "ikke startet endnu"),
    "i_gang": QT_TRANSLATE_NOOP("MinPlan", "i gang"),
    "naaet": QT_TRANSLATE_NOOP("MinPlan", "nået"),
    "opgivet": QT_TRANSLATE_NOOP("MinPlan", "droppet"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("MinPlan", text)


# the HTML around the translated texts (which lupdate cannot find inside f-strings, so they are filled in with format)
H2 = "<h2 style='font-size: 15pt; color: #1a5276;'>{}</h2>"
H3 = "<h3 style='font-size: 13pt;'>{}</h3>"
LABELLED = "<p><b>{}</b> {}</p>"
HEADER_ROW = (
    "<tr style='background-color: #f2f4f4;'><th align='left'>{}</th>"
    "<th align='left'>{}</th><th align='left'>{}</th></tr>"
)


def _p(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().splitlines()) or "&nbsp;"


def _reach(staff: StaffRef) -> str:
    """The phone number and e-mail address of a member of staff as one line ('' when neither is on file)."""
    parts = []
    if staff.phone:
        parts.append("{} <b>{}</b>".format(escape(tr("Telefon:")), escape(staff.phone)))
    if staff.email:
        parts.append("{} <b>{}</b>".format(escape(tr("E-mail:")), escape(staff.email)))
    return f"<p style='font-size: 13pt; margin-top: 0;'>{' &nbsp;&middot;&nbsp; '.join(parts)}</p>" if parts else ""


def min_plan_html(ov: CitizenOverview, printed: dt.date | None = None, progress: ProgressPart | None = None) -> str:
    """The plan as simple HTML that QTextDocument renders well (tables for layout, no CSS tricks)."""
    printed = printed or dt.date.today()
    today = ov.today
    parts: list[str] = []
    add = parts.append
    add("<html><body style='font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 12pt; color: #1b2631;'>")
    add(
        "<p style='font-size: 10pt; color: #566573;'>{} &middot; {}</p>".format(
            escape(tr("Jobcenter")), escape(tr("Udskrevet {date}").format(date=format_date(printed)))
        )
    )
    add("<h1 style='font-size: 22pt; margin-bottom: 0;'>{}</h1>".format(escape(tr("Min plan"))))
    add(f"<p style='font-size: 13pt; margin-top: 2px;'>{escape(ov.name)}</p>")

    add(H2.format(escape(tr("Mit mål"))))
    own = ov.plan.own_goal.strip() or tr("Vi har ikke skrevet dit mål endnu. Det gør vi sammen ved næste møde.")
    add(
        "<table width='99%' cellpadding='12' style='background-color: #eaf2f8;'><tr><td>"
        f"<p style='font-size: 18pt;'>&ldquo;{_p(own)}&rdquo;</p></td></tr></table>"
    )
    if ov.plan.job_goal.strip():
        add(LABELLED.format(escape(tr("Det arbejder jeg hen imod:")), _p(ov.plan.job_goal)))

    add(H2.format(escape(tr("Det sker nu"))))
    meeting = ov.plan.next_meeting
    if meeting is not None:
        day = translated(WEEKDAYS[meeting.weekday()])
        when = tr("{weekday} {date}").format(weekday=day, date=format_date(meeting))
        add(LABELLED.format(escape(tr("Næste møde:")), escape(when)))
    else:
        add(LABELLED.format(escape(tr("Næste møde:")), escape(tr("aftales med din sagsbehandler"))))
    if ov.plan.next_step.strip():
        add(LABELLED.format(escape(tr("Næste skridt:")), _p(ov.plan.next_step)))

    goals = [g for g in ov.subgoals if g.status != "opgivet"]
    if goals:
        add(H3.format(escape(tr("Mine delmål"))))
        add("<table width='99%' cellspacing='0' cellpadding='5' border='1' style='border-color: #aab7b8;'>")
        add(HEADER_ROW.format(escape(tr("Delmål")), escape(tr("Hvor langt")), escape(tr("Senest"))))
        for g in goals:
            status = translated(PLAIN_STATUS.get(g.status, SUBGOAL_STATUS_LABELS.get(g.status, g.status)))
            add(f"<tr><td>{_p(g.text)}</td><td>{escape(status)}</td><td>{format_date(g.deadline)}</td></tr>")
        add("</table>")

    current = [e for e in ov.efforts if e.status(today) != "afsluttet"]
    add(H3.format(escape(tr("Det er jeg med i"))))
    if current:
        add("<table width='99%' cellspacing='0' cellpadding='5' border='1' style='border-color: #aab7b8;'>")
        add(HEADER_ROW.format(escape(tr("Hvad")), escape(tr("Hvor / hvem")), escape(tr("Hvornår"))))
        for e in current:
            where = e.company_name or e.responsible_label
            when = (
                tr("fra {start}").format(start=format_date(e.start))
                if e.end is None
                else tr("{start} til {end}").format(start=format_date(e.start), end=format_date(e.end))
            )
            if e.hours_per_week:
                when += tr(", {h:g} timer om ugen").format(h=e.hours_per_week)
            add(
                f"<tr><td>{escape(translated(e.category_label))}</td><td>{escape(where)}</td><td>{escape(when)}</td></tr>"
            )
        add("</table>")
    else:
        add("<p>{}</p>".format(escape(tr("Ingen aftalte indsatser lige nu."))))

    if progress is not None and progress.png:
        # its own page, so that the heading, the chart and the table stay together
        add(
            "<h2 style='font-size: 15pt; color: #1a5276; page-break-before: always;'>{}</h2>".format(
                escape(tr("Sådan er det gået"))
            )
        )
        add(
            "<p>{}</p>".format(
                escape(tr("Dine og din sagsbehandlers vurderinger over tid. Den første måling er udgangspunktet."))
            )
        )
        add(f"<p><img src='{PROGRESS_IMAGE}' width='620'></p>")
        if progress.table_html:
            add(progress.table_html)
    add(H2.format(escape(tr("Hvem kan jeg ringe til?"))))
    contact = ov.coordinator or ov.primary
    if contact is not None:
        role = tr("din koordinerende sagsbehandler") if ov.coordinator else tr("din sagsbehandler")
        team = f", {escape(contact.team)}" if contact.team else ""
        add(f"<p style='font-size: 13pt;'><b>{escape(contact.name)}</b> ({escape(role)}){team}</p>")
        add(_reach(contact))
        if ov.coordinator and ov.primary and ov.primary.id != ov.coordinator.id:
            extra = f", {escape(ov.primary.team)}" if ov.primary.team else ""
            add(
                "<p>{} <b>{}</b>{}</p>".format(
                    escape(tr("Din sagsbehandler i jobcentret:")), escape(ov.primary.name), extra
                )
            )
            add(_reach(ov.primary))
    else:
        add("<p>{}</p>".format(escape(tr("Ring til jobcentret, så finder vi den rigtige medarbejder."))))
    add(
        "<p style='font-size: 10pt; color: #566573;'>{}</p>".format(
            escape(tr("Du har ret til at se alt, hvad vi har skrevet om dig. Spørg din sagsbehandler."))
        )
    )
    add("</body></html>")
    return "".join(parts)


def render(ov: CitizenOverview, device: QPagedPaintDevice, progress: ProgressPart | None = None) -> None:
    """Lay the plan out on the device's pages, using the page layout's margins (not QTextDocument's extra 2 cm)."""
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(12)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    if progress is not None and progress.png:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PROGRESS_IMAGE), QImage.fromData(progress.png))
    doc.setHtml(min_plan_html(ov, progress=progress))
    paint = device.pageLayout().paintRectPoints()
    px_per_pt = 96 / 72  # the document lays out at 96 dpi; print_() scales its pages onto the device's
    doc.setPageSize(QSizeF(paint.width() * px_per_pt, paint.height() * px_per_pt))
    doc.print_(device)


def write_pdf(ov: CitizenOverview, path: Path | str, progress: ProgressPart | None = None) -> Path:
    """Write "Min plan" as an A4 PDF: rendered in the private scratch folder in the data folder (0700, never the
    system's shared temporary folder nor beside the target), then moved into place; all or nothing."""
    from planner_gui.services.files import write_atomically

    return write_atomically(path, lambda tmp: _render_pdf(ov, tmp, progress))


def _render_pdf(ov: CitizenOverview, path: Path, progress: ProgressPart | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(tr("Min plan"))
    writer.setCreator("planner-gui")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    render(ov, writer, progress)
    del writer  # finishes the file


def print_with_dialog(ov: CitizenOverview, parent: QWidget | None = None, progress: ProgressPart | None = None) -> bool:
    """Ask for a printer (QPrintDialog) and print; True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(tr("Min plan"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Udskriv Min plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(ov, printer, progress)
    return True
