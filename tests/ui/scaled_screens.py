"""Build the main screens at the scale of ``QT_SCALE_FACTOR`` on a 1366x768 screen and report, as JSON, whether
each fits the screen and shows its labels whole; saves a screenshot of each to the folder given.

Run by ``tests/ui/test_accessibility.py`` in a subprocess (the scale factor is fixed when Qt starts):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 python tests/ui/scaled_screens.py DB SHOTS
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 23)


def clipped_labels(window) -> list[str]:
    """Labels narrower than their one-line text (cut off), outside scroll areas (those scroll instead)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel

    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text().strip() or label.pixmap() is not None:
            continue
        parent, scrolled = label.parentWidget(), False
        while parent is not None and parent is not window:
            scrolled = scrolled or isinstance(parent, QAbstractScrollArea)
            parent = parent.parentWidget()
        if not scrolled and label.contentsRect().width() < label.minimumSizeHint().width() - label.margin() * 2 - 1:
            found.append(label.text()[:60])
    return found


def report(window, name: str, shots: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    window.show()
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    hint = window.minimumSizeHint()
    window.grab().save(str(shots / f"{name}.png"))
    return {
        "name": name,
        "screen": [screen.width(), screen.height()],
        "window": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [hint.width(), hint.height()],
        "fits": screen.contains(frame),
        "minimum_fits": hint.width() <= screen.width() and hint.height() <= screen.height(),
        "clipped": clipped_labels(window),
    }


def main(db_path: str, shots: str) -> int:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from planner_gui.services.auth import login
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.tables import Assignment, Plan, Staff
    from planner_gui.ui.app import make_app
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.create_citizen import CreateCitizenDialog
    from planner_gui.ui.login import LoginWindow
    from planner_gui.ui.main_window import MainWindow
    from planner_gui.ui.progress.measure_dialog import MeasureDialog

    app = make_app()
    folder = Path(shots)
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(db_path))
    with db.read() as s:
        initials = s.scalars(
            select(Staff.initials)
            .where(Staff.role == "sagsbehandler", Staff.password_hash.is_not(None))
            .order_by(Staff.initials)
            .limit(1)
        ).one()
    actor = login(db, initials, sys.argv[3] if len(sys.argv) > 3 else "test-kode-123")
    with db.read() as s:
        cid = s.scalars(
            select(Assignment.citizen_id)
            .join(Plan, Plan.citizen_id == Assignment.citizen_id)
            .where(Assignment.staff_id == actor.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .order_by(Assignment.citizen_id)
            .limit(1)
        ).one()
    ctx = AppContext(db, actor)
    results = []
    results.append(report(LoginWindow(db, where=str(db_path)), "login", folder))
    main_window = MainWindow(ctx, today=TODAY)
    results.append(report(main_window, "caseload", folder))
    main_window.open_citizen(cid, "Borger", reason="")
    results.append(report(main_window, "plan", folder))
    results.append(report(MeasureDialog(ctx, cid, main_window, instrument_code="bip", today=TODAY), "measure", folder))
    results.append(report(CreateCitizenDialog(ctx, main_window, today=TODAY), "create", folder))
    for i in range(1, main_window.tabs.count()):
        main_window.tabs.widget(i).undo_stack.clear()
    print(json.dumps({"scale": app.primaryScreen().devicePixelRatio(), "screens": results}))
    for w in QApplication.topLevelWidgets():
        w.hide()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
