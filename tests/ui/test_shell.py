"""The application shell, driven through real widgets: first start, login, main window, create citizen, errors,
workers, and --smoke as a real subprocess."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from planner_gui.services.auth import login
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Staff
from tests.conftest import PASSWORD, TODAY, copy_db, staff_actor


def _ctx(db, actor):
    from planner_gui.ui.context import AppContext

    return AppContext(db, actor)


# ------------------------------------------------------------------------------------------------- login


def test_login_good_and_bad_password(qtbot, demo_db) -> None:
    from planner_gui.ui.login import LoginWindow

    win = LoginWindow(demo_db, where="demo.db")
    qtbot.addWidget(win)
    win.show()
    ini = staff_actor(demo_db).initials
    qtbot.keyClicks(win.initials, ini)
    qtbot.keyClick(win.initials, Qt.Key.Key_Return)
    assert win.password.hasFocus() or QApplication.focusWidget() is win.password or not win.isActiveWindow()
    qtbot.keyClicks(win.password, "forkert-kode")
    with qtbot.waitSignal(win.login_failed, timeout=10_000) as failed:
        qtbot.mouseClick(win.button, Qt.MouseButton.LeftButton)
    assert "Forkerte initialer eller adgangskode" in failed.args[0]
    assert "Forkerte initialer eller adgangskode" in win.message.text()
    assert win.password.text() == ""
    qtbot.wait(1_100)  # the service refuses a new attempt for a second after a failure
    qtbot.keyClicks(win.password, PASSWORD)
    with qtbot.waitSignal(win.logged_in, timeout=10_000) as ok:
        qtbot.keyClick(win.password, Qt.Key.Key_Return)
    actor = ok.args[0]
    assert (actor.initials, actor.role) == (ini, "sagsbehandler")


def test_login_empty_fields_and_lockout(qtbot, demo_db) -> None:
    from planner_gui.services import auth
    from planner_gui.ui.login import LoginWindow

    win = LoginWindow(demo_db)
    qtbot.addWidget(win)
    win.submit()
    assert win.message.text() == "Skriv dine initialer."
    win.initials.setText("admin")
    win.submit()
    assert win.message.text() == "Skriv din adgangskode."
    win.password.setText("forkert-kode")
    with qtbot.waitSignal(win.login_failed, timeout=10_000):
        win.submit()
    with demo_db.write() as s:  # as after repeated failures (the service's own tests cover the counting)
        staff = s.scalar(select(Staff).where(Staff.initials == "admin"))
        staff.failed_logins = auth.MAX_FAILED_BEFORE_LOCK
        staff.locked_until = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=10)
    win.password.setText(PASSWORD)  # the right password, but the account is locked now
    with qtbot.waitSignal(win.login_failed, timeout=10_000) as failed:
        win.submit()
    assert "spærret" in failed.args[0]


# ------------------------------------------------------------------------------------------------- first start


def test_first_start_creates_empty_database(qtbot, tmp_path: Path) -> None:
    from planner_gui.ui.first_start import FirstStartDialog

    path = tmp_path / "ny.db"
    dlg = FirstStartDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.password, "kort")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert "mindst 10 tegn" in dlg.message.text()
    dlg.password.setText("en-god-kode")
    dlg.repeat.setText("en-anden-kode")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert "ikke ens" in dlg.message.text()
    assert not path.exists()
    elsewhere = FirstStartDialog(tmp_path / "mangler" / "ny.db")
    qtbot.addWidget(elsewhere)
    elsewhere.password.setText("en-god-kode")
    elsewhere.repeat.setText("en-god-kode")
    elsewhere.start()
    assert elsewhere.message.text() == f"Mappen {tmp_path / 'mangler'} findes ikke."
    dlg.repeat.setText("en-god-kode")
    assert dlg.empty.isChecked() and dlg.encrypt.isChecked()  # encrypted by default, as planner-gui init
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    # while it works, the intro keeps the height its wrapped text needs (it was clipped by the progress bar)
    assert dlg.intro.height() >= dlg.intro.heightForWidth(dlg.intro.width())
    qtbot.waitUntil(dlg.recovery_box.isVisible, timeout=20_000)  # the recovery key, shown once
    assert "ingen database" not in dlg.intro.text() and "er oprettet" in dlg.intro.text()
    recovery = dlg.recovery.text()
    assert len(recovery) > 20 and dlg.recovery.isReadOnly()
    with qtbot.waitSignal(dlg.created, timeout=5_000) as created:
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)  # "Jeg har gemt nøglen – fortsæt"
    db, hint = created.args
    # the password and the recovery key, typed or shown once, do not stay in the dialog
    assert dlg.password.text() == dlg.repeat.text() == dlg.recovery.text() == ""
    try:
        assert "admin" in hint
        assert path.exists() and db.key is not None
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted at rest
        actor = login(db, "admin", "en-god-kode")
        assert actor.role == "administrator"
        from planner_gui.services.unlock import open_with_recovery_key

        open_with_recovery_key(path, recovery).dispose()  # the key shown is the database's recovery key
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Citizen)) == 0
    finally:
        db.dispose()


def test_first_start_with_demo_data(qtbot, tmp_path: Path) -> None:
    from planner_gui.ui.first_start import FirstStartDialog

    path = tmp_path / "demo.db"
    dlg = FirstStartDialog(path, demo_citizens=40)
    qtbot.addWidget(dlg)
    dlg.password.setText("en-god-kode")
    dlg.repeat.setText("en-god-kode")
    dlg.demo.setChecked(True)
    dlg.encrypt.setChecked(False)  # a plain file: no recovery key step
    with qtbot.waitSignal(dlg.created, timeout=60_000) as created:
        dlg.start()
    assert dlg.progress.isHidden()
    db, hint = created.args
    try:
        assert "admin (administrator)" in hint and "samme adgangskode" in hint
        with db.read() as s:
            demo_users = s.execute(select(Staff.initials, Staff.role).where(Staff.initials != "admin")).all()
        # both ready-made demo logins, by their initials
        for initials, role in dlg.demo_logins:
            assert f"{initials} ({role})" in hint and (initials, role) in demo_users
        assert {role for _i, role in dlg.demo_logins} == {"sagsbehandler", "teamleder"}
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Citizen)) == 40
    finally:
        db.dispose()


# ------------------------------------------------------------------------------------------------- main window


@pytest.fixture
def worker_window(qtbot, demo_db):
    from planner_gui.ui.main_window import MainWindow

    actor = login(demo_db, staff_actor(demo_db).initials, PASSWORD)
    win = MainWindow(_ctx(demo_db, actor), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_main_window_menus_shortcuts_and_pages(qtbot, worker_window) -> None:
    win = worker_window
    assert win.windowTitle().startswith("Planner – ")
    shortcuts = {a.shortcut().toString() for a in win.findChildren(type(win.find_action))}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+Q", "Ctrl+W", "Ctrl+Z"} <= shortcuts
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:2] == ["&Filer", "&Rediger"]
    assert win.caseload_page is not None and win.current_page() is win.caseload_page
    assert win.caseload_page.model.rowCount() > 0
    assert "borgere" in win.caseload_page.status.text()
    # Ctrl+F focuses the search field from anywhere in the window
    win.caseload_page.table.setFocus()
    win.find_action.trigger()
    assert win.search.hasFocus() or QApplication.focusWidget() is win.search or not win.isActiveWindow()
    # the undo group is there for the citizen screen, with undo/redo in the Edit menu
    assert win.undo_action in win.edit_menu.actions() and win.redo_action in win.edit_menu.actions()
    assert not win.undo_action.isEnabled()


def test_typing_in_search_field_shows_results(qtbot, worker_window, demo_db) -> None:
    win = worker_window
    with demo_db.read() as s:
        cpr = s.scalar(select(Citizen.cpr).order_by(Citizen.cpr).limit(1))
    win.focus_search()
    qtbot.keyClicks(win.search, f"{cpr[:6]}-{cpr[6:]}")
    assert win.current_page() is win.search_page
    with qtbot.waitSignal(win.search_page.searched, timeout=5_000) as done:
        pass
    assert done.args[1] == 1
    assert win.search_page.model.rowCount() == 1
    assert win.search_page.model.row_at(0).cpr == cpr
    assert "1 borger fundet" in win.search_page.status.text()
    qtbot.keyClick(win.search, Qt.Key.Key_Escape)
    assert win.search.text() == ""


def test_open_citizen_outside_caseload_asks_reason(qtbot, worker_window, demo_db, monkeypatch) -> None:
    pytest.importorskip("planner_gui.ui.citizen.view")
    win = worker_window
    actor = win.ctx.actor
    with demo_db.read() as s:
        mine = select(Assignment.citizen_id).where(Assignment.staff_id == actor.staff_id)
        other = s.execute(select(Citizen.id, Citizen.first_name).where(Citizen.id.not_in(mine)).limit(1)).one()
    asked: list[str] = []
    monkeypatch.setattr(win, "ask_reason", lambda name: asked.append(name) or None)
    assert win.open_citizen(other.id, other.first_name) is None  # cancelled: nothing opens
    assert asked == [other.first_name] and win.tabs.count() == 1
    monkeypatch.setattr(win, "ask_reason", lambda name: "Kollega er syg")
    view = win.open_citizen(other.id, other.first_name)
    assert view is not None and win.tabs.count() == 2 and win.tabs.currentWidget() is view
    with demo_db.read() as s:
        entry = s.execute(
            select(AuditEntry.action, AuditEntry.reason, AuditEntry.citizen_ref)
            .where(AuditEntry.action == "view")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert (entry.reason, entry.citizen_ref) == ("Kollega er syg", str(other.id))
    assert win.open_citizen(other.id) is view  # a second open shows the same tab
    win.tabs.setCurrentWidget(view)
    win.close_tab_action.trigger()
    assert win.tabs.count() == 1


def test_enter_in_caseload_opens_own_citizen_without_reason(qtbot, worker_window, monkeypatch) -> None:
    pytest.importorskip("planner_gui.ui.citizen.view")
    win = worker_window
    monkeypatch.setattr(win, "ask_reason", lambda name: pytest.fail("own caseload needs no reason"))
    table = win.caseload_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert win.tabs.count() == 2
    assert win.tabs.tabText(1)


def test_team_lead_sees_reports_page_not_caseload(qtbot, demo_db) -> None:
    from planner_gui.ui.main_window import MainWindow

    with demo_db.read() as s:
        ini = s.scalar(select(Staff.initials).where(Staff.role == "teamleder", Staff.password_hash.is_not(None)))
    actor = login(demo_db, ini, PASSWORD)
    win = MainWindow(_ctx(demo_db, actor), today=TODAY)
    qtbot.addWidget(win)
    assert win.caseload_page is None and win.reports_page is not None
    assert not win.new_citizen_action.isEnabled()
    win.show_page("reportsPage")
    assert win.current_page() is win.reports_page
    assert win.reports_page.layout().count() == 1  # the reports view, or the plain "not available" label


# ------------------------------------------------------------------------------------------------- create citizen


def test_create_citizen_dialog(qtbot, demo_db) -> None:
    from planner_gui.ui.create_citizen import CreateCitizenDialog

    actor = login(demo_db, staff_actor(demo_db).initials, PASSWORD)
    ctx = _ctx(demo_db, actor)
    dlg = CreateCitizenDialog(ctx, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.cpr, "0101901")
    assert dlg.cpr_hint.text() == "7 af 10 cifre"
    qtbot.keyClicks(dlg.cpr, "235")
    assert dlg.cpr_hint.text() == "Født 01-01-1990"
    qtbot.keyClicks(dlg.first, "Ida")
    qtbot.keyClicks(dlg.last, "Testesen")
    with qtbot.waitSignal(ctx.signals.caseload_changed, timeout=5_000):
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.result() == CreateCitizenDialog.DialogCode.Accepted
    with demo_db.read() as s:
        c = s.execute(select(Citizen.id, Citizen.first_name).where(Citizen.cpr == "0101901235")).one()
    assert c.id == dlg.created_id and c.first_name == "Ida"


def test_create_citizen_with_bad_cpr_shows_why_and_saves_nothing(qtbot, demo_db) -> None:
    from planner_gui.ui.create_citizen import CreateCitizenDialog

    actor = login(demo_db, staff_actor(demo_db).initials, PASSWORD)
    dlg = CreateCitizenDialog(_ctx(demo_db, actor), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    with demo_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Citizen))
    qtbot.keyClicks(dlg.cpr, "320190-1234")
    assert "gyldig dato" in dlg.cpr_hint.text()
    qtbot.keyClicks(dlg.first, "Ida")
    qtbot.keyClicks(dlg.last, "Testesen")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.created_id is None
    assert "CPR-nummer" in dlg.error.text() and "gyldig dato" in dlg.error.text()
    dlg.cpr.setText("12ab")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert "kun indeholde cifre" in dlg.error.text()
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Citizen)) == before


def test_main_window_new_citizen_action_opens_dialog(qtbot, worker_window, monkeypatch) -> None:
    from planner_gui.ui.create_citizen import CreateCitizenDialog

    seen: list[CreateCitizenDialog] = []

    def fake_exec(self) -> int:
        seen.append(self)
        return CreateCitizenDialog.DialogCode.Rejected

    monkeypatch.setattr(CreateCitizenDialog, "exec", fake_exec)
    worker_window.new_citizen_action.trigger()
    assert len(seen) == 1 and seen[0].cpr is not None


# ------------------------------------------------------------------------------------------------- errors, workers


def test_unhandled_error_shows_crash_dialog_and_logs(qtbot, monkeypatch) -> None:
    from planner_gui.logs import install_file_logging
    from planner_gui.ui import errors

    errors.install()
    try:
        before = errors.shown_count()
        try:
            raise RuntimeError("boom with cpr 010190-1235")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        assert errors.shown_count() == before + 1
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible())
        report = dialog.report.toPlainText()
        assert "RuntimeError" in report and "010190-1235" not in report and "<cpr>" in report
        dialog.copy_report()
        assert QApplication.clipboard().text() == report
        log = install_file_logging().read_text(encoding="utf-8")
        assert "RuntimeError" in log and "0101901235" not in log
        dialog.close()

        # an exception in a plain thread reaches the GUI thread's dialog
        t = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError("in a thread")))
        t.start()
        t.join()
        qtbot.waitUntil(lambda: errors.shown_count() == before + 2, timeout=5_000)
    finally:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "crashDialog":
                w.close()


def test_user_error_gets_a_plain_message(qtbot) -> None:
    from planner_gui.errors import ValidationError
    from planner_gui.ui import errors

    before = errors.shown_count()
    errors.show_exception(ValidationError("CPR-nummeret mangler"))
    assert errors.shown_count() == before  # not a crash
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "userErrorBox" and w.isVisible())
    assert box.text() == "CPR-nummeret mangler"
    box.close()


def test_worker_progress_result_and_cancel(qtbot) -> None:
    from planner_gui.ui.workers import run_in_background

    gate = threading.Event()
    progress: list[tuple[int, str]] = []

    def task(p):
        p.report(50, "halvvejs")
        gate.wait(5)
        p.check()
        return 42

    results: list[object] = []
    w = run_in_background(task, on_done=results.append, on_progress=lambda n, t: progress.append((n, t)))
    gate.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    assert progress == [(50, "halvvejs")]

    gate.clear()
    cancelled: list[bool] = []
    w = run_in_background(task, on_done=results.append, on_cancelled=lambda: cancelled.append(True))
    w.cancel()
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5_000)
    assert results == [42]

    errs: list[BaseException] = []
    run_in_background(lambda p: 1 / 0, on_error=errs.append)
    qtbot.waitUntil(lambda: len(errs) == 1, timeout=5_000)
    assert isinstance(errs[0], ZeroDivisionError)


# ------------------------------------------------------------------------------------------------- --smoke


def _smoke(db: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(tmp_path / "data"), **env)
    for key in ("PLANNER_USER", "PLANNER_PASSWORD"):
        if key not in env:
            full.pop(key, None)
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "--smoke", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=full,
    )


def test_smoke_logs_in_and_prints_main_window_title(demo_template: Path, tmp_path: Path) -> None:
    db = copy_db(demo_template, tmp_path / "demo.db")
    proc = _smoke(db, tmp_path, PLANNER_USER="admin", PLANNER_PASSWORD=PASSWORD)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Planner – Administrator (admin)"


def test_smoke_without_login_prints_login_title_and_bad_password_exits_2(demo_template: Path, tmp_path: Path) -> None:
    db = copy_db(demo_template, tmp_path / "demo.db")
    proc = _smoke(db, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Planner – Log ind"
    proc = _smoke(db, tmp_path, PLANNER_USER="admin", PLANNER_PASSWORD="forkert-kode")
    assert proc.returncode == 2
    assert "Forkerte initialer eller adgangskode" in proc.stderr and "Traceback" not in proc.stderr


def test_smoke_on_new_file_shows_first_start_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ny.db"
    proc = _smoke(db, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Planner – Første start"
    assert not db.exists()


def test_smoke_on_a_file_that_is_not_a_database_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "noget.db"
    db.write_text("ikke en database")
    proc = _smoke(db, tmp_path)
    assert proc.returncode == 2
    assert "planner-gui: " in proc.stderr and "noget.db" in proc.stderr
    assert "Traceback" not in proc.stderr and "Error calling" not in proc.stderr


def test_english_translation_loads(qtbot, demo_db) -> None:
    from planner_gui.ui.app import install_translation, translations_dir
    from planner_gui.ui.login import LoginWindow
    from planner_gui.ui.main_window import MainWindow

    assert (translations_dir() / "planner_en.qm").stat().st_size > 1000
    app = QApplication.instance()
    try:
        assert install_translation(app, "en") == "en"
        win = LoginWindow(demo_db)
        qtbot.addWidget(win)
        assert win.windowTitle() == "Planner – Log in"
        main = MainWindow(_ctx(demo_db, login(demo_db, "admin", PASSWORD)), today=TODAY)
        qtbot.addWidget(main)
        assert [a.text() for a in main.menuBar().actions()][:2] == ["&File", "&Edit"]
        assert main.search_page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    finally:
        install_translation(app, "da")
    assert LoginWindow(demo_db).windowTitle() == "Planner – Log ind"
    # Qt's own dialogs in Danish too (qtbase_da from the PySide6 wheel)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Filer af type:"
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "Luk"


def test_admin_users_page_creates_user_and_sets_password(qtbot, empty_db, monkeypatch) -> None:
    from planner_gui.ui.main_window import MainWindow
    from planner_gui.ui.users_page import PasswordDialog, UserDialog

    admin = login(empty_db, "admin", PASSWORD)
    win = MainWindow(_ctx(empty_db, admin), today=TODAY)
    qtbot.addWidget(win)
    assert win.users_page is not None and win.caseload_page is None
    page = win.users_page
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "admin"

    def fill_user(self) -> int:
        self.initials.setText("ABCD")
        self.name.setText("Anna Bech")
        self.team.setText("Team Job")
        self.passwords.password.setText("kort")
        self.passwords.repeat.setText("kort")
        self.accept()
        assert "mindst 10 tegn" in self.error.text()  # the service's rule, shown in the dialog
        self.passwords.password.setText("god-kode-123")
        self.passwords.repeat.setText("god-kode-123")
        self.accept()
        return self.result()

    monkeypatch.setattr(UserDialog, "exec", fill_user)
    page.new_button.click()
    assert [page.table.item(i, 0).text() for i in range(page.table.rowCount())] == ["abcd", "admin"]
    actor = login(empty_db, "abcd", "god-kode-123")
    assert (actor.role, actor.name) == ("sagsbehandler", "Anna Bech")

    def new_password(self) -> int:
        self.passwords.password.setText("ny-kode-4567")
        self.passwords.repeat.setText("ny-kode-4568")
        self.accept()
        assert self.error.text() == "De to adgangskoder er ikke ens."
        self.passwords.repeat.setText("ny-kode-4567")
        self.accept()
        return self.result()

    monkeypatch.setattr(PasswordDialog, "exec", new_password)
    page.table.selectRow(0)
    page.password_button.click()
    assert login(empty_db, "abcd", "ny-kode-4567").initials == "abcd"


def test_new_user_dialog_tab_order_and_enter_creates(qtbot, empty_db) -> None:
    from planner_gui.ui.users_page import UserDialog

    dlg = UserDialog(_ctx(empty_db, login(empty_db, "admin", PASSWORD)))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    assert dlg.focusWidget() is dlg.initials  # the cursor starts in Initialer
    chain = [dlg.name, dlg.team, dlg.role, dlg.contact.phone, dlg.contact.email, dlg.passwords.password]
    chain += [dlg.passwords.repeat, dlg.ok]
    seen = []
    for _ in chain:
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dlg.focusWidget())
    assert seen == chain
    assert dlg.ok.isDefault()
    dlg.initials.setText("efgh")
    dlg.name.setText("Eva Holm")
    dlg.passwords.password.setText("god-kode-123")
    dlg.passwords.repeat.setText("god-kode-123")
    qtbot.keyClick(dlg.passwords.repeat, Qt.Key.Key_Return)  # Enter means Opret, not Annullér
    assert dlg.result() == UserDialog.DialogCode.Accepted
    assert login(empty_db, "efgh", "god-kode-123").name == "Eva Holm"


def test_settings_keep_marking_threshold_and_geometry(qtbot, demo_db) -> None:
    from planner_gui.ui.app import settings
    from planner_gui.ui.main_window import MainWindow

    ctx = _ctx(demo_db, login(demo_db, staff_actor(demo_db).initials, PASSWORD))
    prefs = settings()
    win = MainWindow(ctx, today=TODAY, settings=prefs)
    qtbot.addWidget(win)
    assert win.stale_days() == 90
    win.set_stale_days(30)
    assert win.caseload_page.model.stale_days == 30 and "30 dage" in win.caseload_page.status.text()
    win.show()
    win.resize(900, 600)
    assert win.close()
    prefs.sync()
    again = MainWindow(ctx, today=TODAY, settings=settings())
    qtbot.addWidget(again)
    assert again.stale_days() == 30 and again.search_page.model.stale_days == 30
    assert settings().value("window/geometry") is not None


def test_tab_order_search_navigation_table(qtbot, worker_window) -> None:
    win = worker_window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2_000)
    win.focus_search()
    assert QApplication.focusWidget() is win.search
    qtbot.keyClick(win.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.nav
    qtbot.keyClick(win.nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.caseload_page.table
    # Down from the search field goes straight into the results
    win.focus_search()
    qtbot.keyClicks(win.search, "a")
    qtbot.keyClick(win.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is win.search_page.table
    assert win.search_page.table.currentIndex().row() == 0


def test_controller_login_first_then_main_window_then_logout(qtbot, demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.ui.app import AppController

    db_path = copy_db(demo_template, tmp_path / "demo.db")
    controller = AppController(QApplication.instance(), str(db_path))
    controller.start()
    win = controller.login_window
    try:
        assert win is not None and win.isVisible()  # the login window is there before the database is open
        win.initials.setText("admin")
        win.password.setText(PASSWORD)
        win.submit()  # typed before the database finished opening: logs in as soon as it is open
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
        main = controller.main_window
        assert main.isVisible() and not win.isVisible()
        assert main.windowTitle() == "Planner – Administrator (admin)"
        win.hint.setText("Log ind med initialerne admin og den adgangskode, du lige har valgt.")
        win.hint.show()  # as after a first start
        main.logout_action.trigger()
        assert win.isVisible() and win.password.text() == ""
        assert win.where.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert win.hint.isHidden()  # the first-start hint does not come back after a logout
        assert not main.isVisible()
    finally:
        for w in (controller.login_window, controller.main_window):
            if w is not None:
                w.close()
        controller.shutdown()


def test_controller_opens_a_checked_file_while_the_user_types(qtbot, demo_template: Path, tmp_path: Path) -> None:
    """Issue 17: a plain file at the newest schema is checked before the login window counts as ready, then opened
    (SQLAlchemy, every check again) in the background while nobody has pressed Enter; the login uses that opening."""
    from planner_gui.services.unlock import CheckedDatabase
    from planner_gui.storage.db import Database
    from planner_gui.ui.app import AppController

    db_path = copy_db(demo_template, tmp_path / "demo.db")
    controller = AppController(QApplication.instance(), str(db_path))
    seen: list[object] = []
    real = controller.database_opened
    controller.database_opened = lambda db: (seen.append(db), real(db))  # type: ignore[method-assign]
    controller.start()
    win = controller.login_window
    try:
        qtbot.waitUntil(lambda: isinstance(controller.database, Database), timeout=20_000)
        assert [type(db) for db in seen] == [CheckedDatabase, Database]
        assert win is not None and win.db is controller.database and not win.opening.isVisible()
        assert controller.instance_lock is not None and controller.instance_lock.held
        # the address becomes selectable while the user types (with the main window's modules), not before the
        # window is painted (issue 17: Qt's enums)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        qtbot.waitUntil(lambda: bool(win.where.textInteractionFlags() & flags), timeout=20_000)
        win.initials.setText("admin")
        win.password.setText(PASSWORD)
        win.submit()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
        assert controller.main_window.ctx.db is controller.database
    finally:
        for w in (controller.login_window, controller.main_window):
            if w is not None:
                w.close()
        controller.shutdown()


@pytest.mark.parametrize("enter_pressed", [True, False])
def test_a_checked_file_damaged_before_its_opening_offers_the_backups(
    qtbot, demo_template: Path, tmp_path: Path, enter_pressed: bool
) -> None:
    """A file that passed the check before the login and is damaged (or replaced) before the opening that follows:
    the opening's error goes where the check's would have gone (AppController.fail, which offers the backups), also
    when the user has already pressed Enter (not the login window's text alone, which names a restore it does not
    offer), and also when another opening was started since (the handler is the one of the task that failed)."""
    from planner_gui.services.unlock import CheckedDatabase
    from planner_gui.ui.app import AppController

    db_path = copy_db(demo_template, tmp_path / "demo.db")
    controller = AppController(QApplication.instance(), str(db_path))
    offered: list[object] = []
    later: list[BaseException] = []
    controller.offer_restore = lambda damaged: offered.append(damaged) or True  # type: ignore[method-assign]
    real = controller.database_opened

    def opened(db: object) -> None:
        if isinstance(db, CheckedDatabase):  # checked; damaged before it is opened
            with db_path.open("r+b") as fh:
                fh.truncate(db_path.stat().st_size - 100)
        real(db)
        controller._open_failed = later.append  # as switch_database sets it for its own task, started later

    controller.database_opened = opened  # type: ignore[method-assign]
    controller.start()
    win = controller.login_window
    try:
        assert win is not None
        if enter_pressed:  # before the file is open: the login waits for it
            win.initials.setText("admin")
            win.password.setText(PASSWORD)
            win.submit()
            assert win.busy()
        qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
        assert later == [] and controller.database is None and controller.main_window is None
        damaged = offered[0]
        assert damaged.path == db_path.resolve() and "sikkerhedskopi" in damaged.message  # type: ignore[attr-defined]
    finally:
        if controller.login_window is not None:
            controller.login_window.close()
        controller.shutdown()


def test_enter_in_search_field_opens_the_single_hit(qtbot, worker_window, demo_db, monkeypatch) -> None:
    pytest.importorskip("planner_gui.ui.citizen.view")
    win = worker_window
    with demo_db.read() as s:
        c = s.execute(select(Citizen.id, Citizen.cpr).order_by(Citizen.cpr.desc()).limit(1)).one()
    monkeypatch.setattr(win, "ask_reason", lambda name: "Borgeren har henvendt sig")
    win.focus_search()
    qtbot.keyClicks(win.search, c.cpr)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)  # no need to wait for the pause: Enter searches at once
    assert win.tabs.count() == 2
    assert win.citizen_tabs.keys() == {c.id}


def test_smoke_on_an_encrypted_database_unlocks_with_the_login(tmp_path: Path) -> None:
    from planner_gui.services.setup import create_encrypted_database

    path = tmp_path / "krypteret.db"
    db, _recovery = create_encrypted_database(path, PASSWORD)
    db.dispose()
    proc = _smoke(path, tmp_path)  # the login window, for a file that is not open yet
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Planner – Log ind"
    proc = _smoke(path, tmp_path, PLANNER_USER="admin", PLANNER_PASSWORD=PASSWORD)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Planner – Administrator (admin)"
    proc = _smoke(path, tmp_path, PLANNER_USER="admin", PLANNER_PASSWORD="forkert-kode")
    assert proc.returncode == 2 and "Forkerte initialer eller adgangskode" in proc.stderr


def test_controller_login_on_the_team_server_as_the_users_own_role(qtbot, pg_url: str) -> None:
    """``planner-gui --db postgresql+psycopg://server/db``: the login window (no first-start dialog, no file lock,
    the address shown without a password), then the user's own login role; a logout closes that connection."""
    from sqlalchemy.engine import make_url

    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services.auth import Actor, create_user
    from planner_gui.services.setup import create_database
    from planner_gui.services.unlock import ServerDatabase
    from planner_gui.ui.app import AppController, shown_where

    kb_pw = "kb-kode-lang-123"
    owner = create_database(pg_url, PASSWORD)
    create_user(owner, Actor("admin", "administrator"), "kb", "Karin Bach", "sagsbehandler", kb_pw, team="Team Aktiv")
    owner.dispose()
    u = make_url(pg_url)
    server = f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"
    assert shown_where(pg_url) == f"postgresql+psycopg://{u.username}:***@{u.host}:{u.port}/{u.database}"
    controller = AppController(QApplication.instance(), server)
    controller.start()
    win = controller.login_window
    try:
        assert controller.first_start is None and win is not None and win.isVisible()
        qtbot.waitUntil(lambda: isinstance(controller.database, ServerDatabase), timeout=20_000)
        assert controller.instance_lock is None and win.where.text() == server

        def log_in(password: str) -> None:
            win.initials.setText("kb")
            win.password.setText(password)
            win.submit()
            qtbot.waitUntil(lambda: win._worker is None, timeout=20_000)

        log_in("forkert-kode-123")
        assert "adgangskode" in win.message.text() and controller.main_window is None
        log_in(kb_pw)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
        db = controller.database
        assert db.engine.url.username == "planner_kb" and "(kb)" in controller.main_window.windowTitle()
        assert (
            controller.instance_lock is None
            and kb_pw not in db.where
            and db.where.endswith(f"@{u.host}:{u.port}/{u.database}")
        )
        from planner_gui.services.auth import login

        with pytest.raises(AuthenticationFailed):  # the idle lock's password, on the open connection
            login(db, "kb", "forkert-kode-123")
        controller.main_window.logout_action.trigger()
        assert win.isVisible() and isinstance(controller.database, ServerDatabase) and win.db is controller.database
        log_in("forkert-kode-123")  # after a logout the server checks the password again
        assert "adgangskode" in win.message.text() and not controller.main_window
        log_in(kb_pw)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    finally:
        for w in (controller.login_window, controller.main_window):
            if w is not None:
                w.close()
        controller.shutdown()


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("", ""),
        ("  jobcenter-db/planner ", "postgresql+psycopg://jobcenter-db/planner"),
        ("db.kommune.dk:5433/planner", "postgresql+psycopg://db.kommune.dk:5433/planner"),
        ("postgresql://db/planner", "postgresql+psycopg://db/planner"),
        ("postgresql+psycopg://db/planner", "postgresql+psycopg://db/planner"),
    ],
)
def test_the_server_field_takes_host_and_database(typed: str, url: str) -> None:
    from planner_gui.ui.login import server_address, server_url

    assert server_url(typed) == url
    assert server_url(server_address(url)) == url


@pytest.mark.parametrize(
    "typed", ["kb:hemmelig@db/planner", "db", "db/", "/planner", "sqlite:///x.db", r"C:\data\planner.db", "db/a/b"]
)
def test_the_server_field_refuses_credentials_paths_and_half_addresses(typed: str) -> None:
    from planner_gui.ui.login import server_url

    with pytest.raises(ValueError, match=r"[Ss]erver"):
        server_url(typed)


def test_the_login_window_switches_to_the_team_server_and_remembers_it(
    qtbot, demo_template: Path, tmp_path: Path, pg_url: str
) -> None:
    """Started on the computer's own file, the user types the team server's address in the login window: the app
    opens the server and logs in as the user's own role; the address is remembered for the next start. An address
    that does not answer is a plain message and the window stays."""
    from sqlalchemy.engine import make_url

    from planner_gui.services.auth import Actor, create_user
    from planner_gui.services.setup import create_database
    from planner_gui.ui.app import SERVER_KEY, AppController

    kb_pw = "kb-kode-lang-123"
    owner = create_database(pg_url, PASSWORD)
    create_user(owner, Actor("admin", "administrator"), "kb", "Karin Bach", "sagsbehandler", kb_pw, team="Team Aktiv")
    owner.dispose()
    u = make_url(pg_url)
    local = copy_db(demo_template, tmp_path / "demo.db")
    controller = AppController(QApplication.instance(), str(local))
    controller.start()
    win = controller.login_window
    try:
        qtbot.waitUntil(lambda: controller.database is not None, timeout=20_000)
        assert win.server.text() == "" and controller.instance_lock is not None
        win.initials.setText("kb")
        win.password.setText(kb_pw)
        win.server.setText("127.0.0.1:9/none")  # nothing answers there
        win.submit()
        qtbot.waitUntil(lambda: "svarer ikke" in win.message.text(), timeout=30_000)
        assert controller.main_window is None and win.isVisible() and win.password.text() == kb_pw
        win.server.setText(f"{u.host}:{u.port}/{u.database}")
        win.submit()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
        assert controller.database.engine.url.username == "planner_kb"
        assert controller.instance_lock is None  # the local file's lock was let go
        assert controller.settings.value(SERVER_KEY) == f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"
    finally:
        for w in (controller.login_window, controller.main_window):
            if w is not None:
                w.close()
        controller.shutdown()
    again = AppController(QApplication.instance(), None)  # the next start, without --db
    assert again.db_arg == f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"


def test_a_logout_frees_the_main_window_and_what_it_showed(qtbot, demo_template: Path, tmp_path: Path) -> None:
    """The next user logs in to the same process: after a logout nothing keeps the old main window (its citizens and
    plans) alive. The idle lock's application-wide event filter used to: a whole window was kept per logout."""
    import gc
    import weakref
    from functools import partial

    import shiboken6

    from planner_gui.ui.app import AppController

    db_path = copy_db(demo_template, tmp_path / "demo.db")
    controller = AppController(QApplication.instance(), str(db_path))
    controller.start()
    win = controller.login_window
    windows: list[weakref.ref] = []
    widgets: list[int] = []
    try:
        for _ in range(3):
            win.initials.setText("admin")
            win.password.setText(PASSWORD)
            win.submit()
            qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
            main = controller.main_window
            windows.append(weakref.ref(main))
            qtbot.wait(300)  # its first pages fetched
            main.logout_action.trigger()
            qtbot.waitUntil(partial(lambda w: not shiboken6.isValid(w), main), timeout=5_000)  # deleted, not closed
            del main
            gc.collect()
            widgets.append(len(QApplication.allWidgets()))
        assert [w() for w in windows] == [None, None, None]
        assert widgets[2] <= widgets[0] + 5, widgets  # a window left behind per logout was ~130 widgets
    finally:
        if controller.login_window is not None:
            controller.login_window.close()
        controller.shutdown()


def test_a_switch_to_a_server_while_the_local_file_opens_never_logs_in_to_the_file(
    qtbot, demo_template: Path, tmp_path: Path
) -> None:
    """The user types a team server's address and presses Enter at once, while the file on this computer is still
    being checked and opened: the login is for the server (here unreachable: its message shows), never for the file,
    whose late result is closed and dropped."""
    from planner_gui.ui.app import AppController

    db_path = copy_db(demo_template, tmp_path / "lokal.db")
    controller = AppController(QApplication.instance(), str(db_path))
    controller.start()
    win = controller.login_window
    try:
        win.initials.setText("admin")
        win.password.setText(PASSWORD)
        win.server.setText("127.0.0.1:1/planner")
        win.submit()  # at once: the local file is still being checked
        qtbot.waitUntil(lambda: bool(win.message.text()) or controller.main_window is not None, timeout=30_000)
        qtbot.wait(500)  # the local file's opening, if it came later, has had its turn too
        assert controller.main_window is None
        assert "127.0.0.1" in controller.db_arg
        assert controller.database is None or "127.0.0.1" in controller.database.where
    finally:
        win.close()
        controller.shutdown()


LIGHT_START = """
import atexit, sys
def report():
    import PySide6.QtCore as core
    names = ("sqlalchemy", "alembic", "logging.handlers", "planner_gui.ui.crash_dialog")
    heavy = [m for m in names if m in sys.modules]
    print("light:", "Qt" not in vars(core), heavy, flush=True)
atexit.register(report)
sys.argv = ["planner-gui", "--smoke", "--db", sys.argv[1]]
from planner_gui.cli import entry
entry()
"""


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_login_window_starts_without_the_heavy_parts(
    demo_template: Path, encrypted_demo_template: Path, tmp_path: Path, encrypted: bool
) -> None:
    """Issue 17: the login window is painted (and the file checked) without SQLAlchemy, Alembic, the standard
    library's logging handlers, the crash dialog, or Qt's ``Qt`` namespace (93 enums, ~20 ms: a ``QPalette(p)``, a
    ``QColor(QColor)`` or a ``Qt.`` name on this path makes it). Each costs the window milliseconds before it shows."""
    if encrypted:
        from tests.conftest import copy_encrypted

        db = copy_encrypted(encrypted_demo_template, tmp_path / "enc.db")
    else:
        db = copy_db(demo_template, tmp_path / "demo.db")
    env = {k: v for k, v in os.environ.items() if k not in ("PLANNER_USER", "PLANNER_PASSWORD")}
    env.update(QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-c", LIGHT_START, str(db)], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["Planner – Log ind", "light: True []"], proc.stdout
