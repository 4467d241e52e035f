"""Take the user guide's screenshots from the real app on demo data, and ship the guide with the app.

    python3 docs/make_screenshots.py            # new demo database, screenshots, then the copy in resources/help/
    python3 docs/make_screenshots.py --copy-only  # only copy docs/brugervejledning.md and the PNGs to resources/help/

Runs headless: without a display it draws offscreen (QT_QPA_PLATFORM=offscreen), or run it under ``xvfb-run``.
A 300-citizen demo database (synthetic people, fake CPR numbers) is made in a temporary folder, the main screens are
built as the tests build them (``AppContext(db, actor)``) and grabbed with ``QWidget.grab()`` into
``docs/screenshots/guide/*.png`` at a fixed size. Then the guide (``docs/brugervejledning.md``) and the PNGs are copied
to ``resources/help/``, which the app ships as package data and shows with Hjælp > Brugervejledning (F1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
SHOTS = DOCS / "screenshots" / "guide"
GUIDE = DOCS / "brugervejledning.md"
HELP = ROOT / "resources" / "help"
PASSWORD = "demo-kode-123"
TODAY = dt.date(2026, 11, 23)  # the demo's "today": the same pictures on every run
SIZE = (1100, 700)  # the main window in every picture


def copy_to_help() -> None:
    """``resources/help/``: the guide with its image paths made local, and the PNGs it shows."""
    HELP.mkdir(parents=True, exist_ok=True)
    text = GUIDE.read_text(encoding="utf-8")
    (HELP / "brugervejledning.md").write_text(help_text(text), encoding="utf-8")
    for old in HELP.glob("*.png"):
        old.unlink()
    for png in sorted(SHOTS.glob("*.png")):
        shutil.copy2(png, HELP / png.name)
    print(HELP / "brugervejledning.md")


def help_text(guide: str) -> str:
    """The guide as the app ships it: images beside the text (``resources/help/x.png``)."""
    return guide.replace("](screenshots/guide/", "](")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copy-only", action="store_true", help="only copy the guide and PNGs to resources/help/")
    args = ap.parse_args()
    if args.copy_only:
        copy_to_help()
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="planner-guide-"))
    os.environ["PLANNER_DATA_DIR"] = str(tmp / "data")  # the logs, anchors and settings of this run stay here
    sys.path.insert(0, str(ROOT))
    try:
        take_screenshots(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    copy_to_help()
    return 0


def take_screenshots(tmp: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from planner_gui.ui.app import install_translation, make_app

    NO_DITHER = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    app = make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    install_translation(app, "da")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()

    def settle(ms: int = 200) -> None:
        from planner_gui.ui.workers import deliver_finished, wait_for_idle

        wait_for_idle(60.0)
        deliver_finished()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        image = widget.grab().toImage()
        # 256 colours: a screen of widgets looks the same and the file is a fraction of the size
        small = image.convertToFormat(QImage.Format.Format_Indexed8, NO_DITHER)
        path = SHOTS / f"{name}.png"
        small.save(str(path), "PNG", 9)
        print(path, f"{path.stat().st_size // 1024} KB")

    from sqlalchemy import select

    from planner_gui.services.auth import login
    from planner_gui.services.setup import create_demo_database
    from planner_gui.storage.tables import Assignment, Measurement, Plan
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.login import LoginWindow
    from planner_gui.ui.main_window import MainWindow

    print("demo database (300 fictitious citizens) …", flush=True)
    db, result = create_demo_database(tmp / "demo.db", PASSWORD, citizens=300, seed=7, today=TODAY)
    worker_initials = next(i for i, r in result.logins if r == "sagsbehandler")
    lead_initials = next(i for i, r in result.logins if r == "teamleder")

    # -- login
    win = LoginWindow(db, where=str(db.where))
    win.initials.setText(worker_initials)
    win.password.setText("xxxxxxxxxxxx")
    win.where.setText("planner.db")  # not the temporary folder's name
    win.resize(460, win.sizeHint().height())
    win.show()
    shot(win, "login")
    win.close()

    # -- the caseload
    actor = login(db, worker_initials, PASSWORD)
    ctx = AppContext(db, actor)
    main = MainWindow(ctx, today=TODAY)
    main.resize(*SIZE)
    main.show()
    settle(400)
    shot(main, "mine-borgere")

    # -- search, and the reason asked for a citizen outside the caseload
    main.focus_search()
    main.search.setText("jensen")
    main._search_edited("jensen")
    main.search_page.run_now()
    settle(600)
    shot(main, "soegning")
    from planner_gui.ui.caseload.reason import ReasonDialog

    reason = ReasonDialog("Anna Jensen", main)
    reason.show()
    shot(reason, "begrundelse")
    reason.close()

    # -- a citizen of the caseload with measurements: the plan, the progression, a new measurement, Historik
    with db.read() as s:
        q = (
            select(Assignment.citizen_id)
            .join(Plan, Plan.citizen_id == Assignment.citizen_id)
            .join(Measurement, Measurement.citizen_id == Assignment.citizen_id)
            .where(Assignment.staff_id == actor.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .group_by(Assignment.citizen_id)
            .order_by(Assignment.citizen_id)
        )
        cid = s.scalars(q.limit(1)).one()
    from planner_gui.services.citizens import get_row

    name = get_row(db, actor, cid, today=TODAY).name
    main.search.clear()
    main._search_edited("")
    main.show_page("caseloadPage")
    view = main.open_citizen(cid, name, reason="")
    settle(400)
    # an edit saved, so that Historik has something to show
    from PySide6.QtTest import QTest

    view.plan_tab.next_step.setFocus()
    view.plan_tab.next_step.moveCursor(view.plan_tab.next_step.textCursor().MoveOperation.End)
    QTest.keyClicks(view.plan_tab.next_step, " Borgeren ringer selv til praktikstedet mandag.")
    view.save()
    view.plan_tab.own_goal.setFocus()
    settle(300)
    shot(main, "borgerens-plan")
    bar = view.plan_tab.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(200)
    shot(main, "indsatser")
    bar.setValue(0)

    view.tabs.setCurrentWidget(view.progress_holder)
    settle(800)
    shot(main, "progression")

    from planner_gui.ui.progress.measure_dialog import MeasureDialog

    dialog = MeasureDialog(ctx, cid, main, instrument_code="bip", today=TODAY)
    dialog.resize(760, 640)
    if dialog.blocks:  # the first dimension rated, as when the caseworker has begun with the citizen
        dialog.blocks[0].citizen.setValue(6)
        dialog.blocks[0].caseworker.setValue(5)
    dialog.show()
    shot(dialog, "ny-maaling")
    dialog.close()

    # -- Min plan as the citizen gets it: the first page, laid out as printout.render lays it out for the PDF
    save_min_plan(view, SHOTS / "min-plan.png")

    view.tabs.setCurrentWidget(view.history_tab)
    settle(400)
    shot(main, "historik")
    view.tabs.setCurrentIndex(0)

    # -- offline: the banner of a laptop copy (a status as the laptop database gives it)
    from planner_gui.services.laptop import LaptopStatus

    since = dt.datetime(2026, 11, 23, 7, 45, tzinfo=dt.UTC)
    main.offline.show_status(LaptopStatus(server="jobcenter-db/planner", since=since, citizens=12, open_conflicts=1))
    main.tabs.setCurrentIndex(0)
    main.statusBar().clearMessage()
    settle(300)
    shot(main, "offline")
    # -- the conflict dialog of a sync (a field changed both on the laptop and on the server)
    from planner_gui.services.offline import ConflictLine
    from planner_gui.ui.offline import ConflictDialog

    cpr = view.overview.cpr.replace("-", "")
    changed = dt.datetime(2026, 11, 23, 10, 12, tzinfo=dt.UTC)
    conflicts = [
        ConflictLine(
            cpr,
            "plan.naeste_skridt",
            "Borgeren ringer selv til praktikstedet mandag.",
            "Møde med mentor torsdag kl. 10.",
            "jukr",
            changed,
        ),
        ConflictLine(cpr, "plan.naeste_moede", dt.date(2026, 12, 4), dt.date(2026, 12, 8), "jukr", changed),
    ]
    conflict = ConflictDialog(conflicts, main)
    conflict.resize(960, 360)
    conflict.choices[0].setCurrentIndex(conflict.choices[0].findText("Behold her"))
    conflict.show()
    shot(conflict, "konflikter")
    conflict.close()

    main.close_all_tabs()
    main.close()

    # -- a team lead's reports page, computed for last year
    lead = MainWindow(AppContext(db, login(db, lead_initials, PASSWORD)), today=TODAY)
    lead.resize(*SIZE)
    lead.show()
    lead.show_page("reportsPage")
    settle(300)
    from planner_gui.ui.reports_view import ReportsView

    reports = lead.reports_page.findChild(ReportsView)
    index = reports.files.findText("Brøndby: Beskæftigelsesplan 2018-2019")
    if index >= 0:
        reports.files.setCurrentIndex(index)
    reports.quick["sidste_aar"].click()
    reports.compute()
    for _ in range(600):
        if reports.worker is None:
            break
        settle(100)
    shot(lead, "rapporter")
    lead.close()

    db.dispose()
    QApplication.processEvents()


def save_min_plan(view, path: Path) -> None:
    """The first two A4 pages of "Min plan" (with the progression chart) side by side, 1000 pixels wide."""
    from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

    from planner_gui.ui.printout import PROGRESS_IMAGE, min_plan_html

    progress = view._progress_part()
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(12)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    if progress is not None and progress.png:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PROGRESS_IMAGE), QImage.fromData(progress.png))
    doc.setHtml(min_plan_html(view.overview, TODAY, progress))
    width, height, margin = 680, 960, 56  # A4 at 96 dpi with 1.5 cm margins, roughly
    doc.setPageSize(QSizeF(width, height))
    pages = min(2, doc.pageCount())  # the first two pages side by side
    gap = 24
    sheet = QImage(pages * (width + 2 * margin) + (pages - 1) * gap, height + 2 * margin, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#d0d0d0"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number in range(pages):
        left = number * (width + 2 * margin + gap)
        painter.fillRect(left, 0, width + 2 * margin, height + 2 * margin, QColor("white"))
        painter.save()
        painter.translate(left + margin, margin - number * height)
        doc.drawContents(painter, QRectF(0, number * height, width, height))
        painter.restore()
    painter.end()
    small = sheet.scaledToWidth(1000 if pages > 1 else 560, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    )
    small.save(str(path), "PNG", 9)
    print(path, f"{path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    sys.exit(main())
