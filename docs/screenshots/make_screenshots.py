"""Take the README screenshots of the shell with demo data (offscreen, QWidget.grab()).

    python docs/screenshots/make_screenshots.py [--db DEMO.db] [--user INITIALS] [--password PW]

Without --db, a 2,000-citizen demo database is created in a temporary folder. Writes PNGs beside this script.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--user", default="")
    ap.add_argument("--password", default="demo-kode-123")
    ap.add_argument("--lang", default="da")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ.setdefault("PLANNER_DATA_DIR", str(tmp / "data"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from planner_gui.ui.app import install_translation, make_app

    app = make_app()
    install_translation(app, args.lang)
    suffix = "" if args.lang == "da" else f"-{args.lang}"

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = HERE / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    from planner_gui.services.setup import create_demo_database
    from planner_gui.storage.migrate import open_database

    if args.db:
        db = open_database(args.db)
        user = args.user or "kali"
    else:
        db, result = create_demo_database(tmp / "demo.db", args.password, citizens=2000, seed=1)
        user = args.user or next(i for i, r in result.logins if r == "sagsbehandler")

    from planner_gui.services.auth import login
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.create_citizen import CreateCitizenDialog
    from planner_gui.ui.first_start import FirstStartDialog
    from planner_gui.ui.login import LoginWindow
    from planner_gui.ui.main_window import MainWindow

    first = FirstStartDialog(tmp / "planner.db")
    first.show()
    shot(first, "first-start")
    first.password.setText("en-god-kode")
    first.repeat.setText("en-god-kode")
    first.start()
    for _ in range(200):
        if first.recovery_box.isVisible():
            break
        settle(100)
    shot(first, "first-start-recovery-key")
    first.close()
    if first.database is not None:
        first.database.dispose()

    win = LoginWindow(db, where=db.where)
    win.initials.setText(user)
    win.password.setText("xxxxxxxx")
    if args.lang == "da":  # the service's messages are Danish only
        win.show_message("Forkerte initialer eller adgangskode.")
    win.show()
    shot(win, "login")
    win.close()

    actor = login(db, user, args.password)
    ctx = AppContext(db, actor)
    main = MainWindow(ctx)
    main.resize(1280, 760)
    main.show()
    shot(main, "caseload")

    main.focus_search()
    main.search.setText("søren")
    main._search_edited("søren")
    main.search_page.run_now()
    settle(600)
    shot(main, "search")

    dlg = CreateCitizenDialog(ctx, main)
    dlg.cpr.setText("320190-1234")
    dlg.first.setText("Ida")
    dlg.last.setText("Testesen")
    dlg.show()
    shot(dlg, "create-citizen-bad-cpr")
    dlg.close()

    try:
        from planner_gui.ui.citizen.view import CitizenView  # noqa: F401

        row = main.caseload_page.model.row_at(0) if main.caseload_page else None
        if row is not None:
            main.open_citizen(row.id, row.name, reason="")
            shot(main, "citizen-tab")
    except ImportError:
        pass
    main.close()

    from sqlalchemy import select

    from planner_gui.storage.tables import Staff

    with db.read() as s:
        lead = s.scalar(select(Staff.initials).where(Staff.role == "teamleder", Staff.password_hash.is_not(None)))
    for initials, page, name in ((lead, "reportsPage", "reports"), ("admin", "usersPage", "users")):
        if initials is None:
            continue
        other = MainWindow(AppContext(db, login(db, initials, args.password)))
        other.resize(1280, 760)
        other.show()
        other.show_page(page)
        shot(other, name)
        other.close()
    db.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
