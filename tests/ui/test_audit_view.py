"""The administrator's audit viewer, through the real page of the main window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from planner_gui.domain.cpr import Cpr
from planner_gui.services.auth import login
from planner_gui.storage.tables import AuditEntry, Citizen
from tests.conftest import PASSWORD, TODAY


def _admin_window(qtbot, db):
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(db, login(db, "admin", PASSWORD)), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _count(db, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0


def _fill(db) -> None:
    """Some hundred entries: views of citizens, a few about one citizen."""
    from planner_gui.storage import audit

    with db.write() as s:
        ids = list(s.scalars(select(Citizen.id).order_by(Citizen.cpr).limit(40)))
        for i in range(450):
            audit.record(s, "abc", "view", entity="citizen", entity_id=ids[i % 40], citizen_ref=ids[i % 40])


def test_audit_page_filters_pages_exports_and_checks_the_chain(qtbot, demo_db, tmp_path: Path) -> None:
    _fill(demo_db)
    win = _admin_window(qtbot, demo_db)
    win.show_page("auditPage")
    page = win.audit_page
    assert page is not None and win.current_page() is page
    model = page.model
    total = _count(demo_db)  # with the viewing's own entry
    assert model.total == total and total > 400
    assert model.rowCount() == 200  # one page, not the whole log
    assert model.rows[0].seq > model.rows[-1].seq  # newest first
    assert _count(demo_db, AuditEntry.action == "search", AuditEntry.entity == "audit_log") == 1  # viewing is logged
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=5_000)  # the next page as the view scrolls

    # filter: one citizen by CPR, shown by CPR number in the table
    with demo_db.read() as s:
        ref = s.scalar(
            select(AuditEntry.citizen_ref).where(AuditEntry.citizen_ref.is_not(None)).order_by(AuditEntry.seq)
        )
        assert ref is not None
        cpr = s.scalar(select(Citizen.cpr).where(Citizen.id == __import__("uuid").UUID(ref)))
    formatted = Cpr(cpr).formatted()
    qtbot.keyClicks(page.cpr, formatted)
    qtbot.keyClick(page.cpr, Qt.Key.Key_Return)
    about = _count(demo_db, AuditEntry.citizen_ref == ref)
    assert model.total == about == model.rowCount()
    assert {model.index(r, 4).data() for r in range(model.rowCount())} == {formatted}
    assert page.count.text().startswith(str(about))

    # action, user and dates together
    page.cpr.clear()
    page.action.setCurrentIndex(page.action.findData("login"))
    page.user.setText("admin")
    page.date_from.setDate(QDate.currentDate())
    page.date_to.setDate(QDate.currentDate())
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert model.total >= 1
    assert all(r.action == "login" and r.user == "admin" for r in model.rows)
    assert model.index(0, 2).data() == "Log ind"

    page.date_from.setDate(QDate(2001, 1, 1))
    page.date_to.setDate(QDate(2001, 1, 2))
    page.apply()
    assert model.total == 0 and model.rowCount() == 0

    page.cpr.setText("010101-0000")  # no such citizen: a plain message, the table keeps what it showed
    page.apply()
    assert "ingen borger" in page.count.text().lower()

    # export (the service audits it)
    out = tmp_path / "log.xlsx"
    page.cpr.clear()
    page.date_from.setDate(page.date_from.minimumDate())
    page.date_to.setDate(page.date_to.minimumDate())
    with qtbot.waitSignal(page.exported, timeout=30_000) as exported:
        page.export_to(out)
    assert out.exists() and exported.args[0] > 200
    exports = (AuditEntry.action == "export", AuditEntry.entity == "audit_log")
    assert _count(demo_db, *exports, AuditEntry.details.contains('"status": "fuldført"')) == 1
    assert _count(demo_db, *exports) == 2  # with its "begun" entry, committed before the file was written

    # the chain: intact, then edited behind the app's back
    with qtbot.waitSignal(page.verified, timeout=30_000) as verified:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert verified.args[0] is None and "intakt" in page.chain.text()
    conn = sqlite3.connect(str(demo_db.path))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET reason = 'ingen grund' WHERE seq = 5")
    conn.commit()
    conn.close()
    with qtbot.waitSignal(page.verified, timeout=30_000) as verified:
        page.verify()
    assert verified.args[0].seq == 5
    assert "brudt ved post 5" in page.chain.text()


def test_only_administrators_get_the_audit_page(qtbot, demo_db) -> None:
    from planner_gui.services.auth import Actor
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(demo_db, Actor("tl", "teamleder")), today=TODAY)
    qtbot.addWidget(win)
    assert win.audit_page is None
    assert "Revisionsspor" not in [win.nav.item(i).text() for i in range(win.nav.count())]
