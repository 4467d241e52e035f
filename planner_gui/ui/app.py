"""Start the desktop app: a window at once, the database behind a progress window, then login and the main window.

Order matters for start-up time: this module imports only PySide6 (and the Qt-free config), shows the start window,
and only then, in a worker thread, imports SQLAlchemy/Alembic and opens and migrates the database.

``--smoke`` (CONTRACT section 1): exit 0 as soon as the first real window (the login window, or the first-start
dialog on a new database) is shown and painted, printing its title. With ``PLANNER_USER``/``PLANNER_PASSWORD`` set, it
logs in and exits once the main window is painted, printing that title. Problems go to stderr with exit code 2 (bad
input such as a wrong password or a damaged file) or 1 (a bug).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui.config import APP_AUTHOR, APP_NAME, data_dir, resources_dir
from planner_gui.ui.errors import message_text
from planner_gui.ui.login import window_title

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
SERVER_KEY = "database/server"  # planner-gui.ini: the team server's URL (without user and password)
_translators: list[QTranslator] = []


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def settings() -> QSettings:
    """The user's GUI preferences (window geometry, language, marking threshold), an INI file in the data folder."""
    return QSettings(str(data_dir() / "planner-gui.ini"), QSettings.Format.IniFormat)


def install_translation(app: QApplication, lang: str) -> str:
    """Danish is the source language; any other language loads ``resources/translations/planner_<lang>.qm``."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    lang = lang if lang in ("da", "en") else "da"
    QLocale.setDefault(
        QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
        if lang == "da"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    # Qt's own texts (file dialogs: "Kig i:", "Filer af type:"; standard buttons: "Luk"): the file by its exact name
    # first (qtbase_da.qm ships in the PySide6 wheel), then by the locale's UI languages
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", qt_dir) or qt_base.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _translators.append(qt_base)
    # what the wheel's qtbase_da lacks (newer texts of the file dialog: "&Kig i:", "Filer af &type:", "Mappe"),
    # installed after it, so it is asked first
    qt_extra = QTranslator(app)
    if qt_extra.load(str(translations_dir() / f"planner_qt_{lang}.qm")):
        app.installTranslator(qt_extra)
        _translators.append(qt_extra)
    if lang != "da":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"planner_{lang}.qm")):
            app.installTranslator(ours)
            _translators.append(ours)
    return lang


def shown_where(db: str) -> str:
    """The database as the login window shows it before it is open: a server URL without its password (the same
    text as ``Database.where``; SQLAlchemy is not imported yet)."""
    if "://" not in db:
        return db
    scheme, rest = db.split("://", 1)
    userinfo, at, host = rest.partition("@")
    if not at or ":" not in userinfo:
        return db
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"


class _PaintWatcher(QObject):
    """Calls back once, after the watched window's first paint has been delivered."""

    def __init__(self, widget: QWidget, callback: Any) -> None:
        super().__init__(widget)
        self.callback = callback
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.callback)
        return False


class AppController(QObject):
    """Drives start-up: start window → (first start | open database) → login → main window."""

    _prepared = Signal()  # the login's imports are in (_prepare_login_beside)

    def __init__(
        self, app: QApplication, db: str | None, *, smoke: bool = False, smoke_login: tuple[str, str] | None = None
    ) -> None:
        super().__init__()
        from planner_gui.config import default_database_path

        self.app = app
        self.settings = settings()
        # the team server's address, preset by IT in planner-gui.ini ([database] server; docs/installation.md),
        # when no --db is given; else the laptop's own file
        server = str(self.settings.value(SERVER_KEY, "") or "").strip()
        self.db_arg = db or (server if server.startswith("postgresql") else "") or str(default_database_path())
        self.smoke = smoke
        self.smoke_login = smoke_login
        self.exit_code = EXIT_OK
        self.database: Any = None
        self.first_start: Any = None
        self.login_window: Any = None
        self.main_window: Any = None
        self._worker: Any = None
        self._smoke_done: set[str] = set()
        self.instance_lock: Any = None  # single_instance.InstanceLock on <db>.lock while the database is open
        self._backup_started = False
        self.language = "da"  # the language installed (run() sets it); the login window is built in it
        self._open_failed: Any = self.fail  # where an error opening the database goes (start / switch_database)
        self._main_window_prepared = False
        self._login_prepared = False  # the login's imports were started beside it (_prepare_login_beside)

    # -- helpers

    def _is_new_file(self) -> bool:
        if "://" in self.db_arg:
            return False
        path = Path(self.db_arg).expanduser()
        if path.is_file() and path.stat().st_size == 0:
            from planner_gui.services.backups import list_backups

            return not list_backups(path.resolve())  # an empty file with backups is damaged, not new
        return not path.exists()

    def _finish_smoke(self, window: QWidget) -> None:
        print(window.windowTitle(), flush=True)
        if os.environ.get("PLANNER_SMOKE_CHART") and window is self.main_window:
            try:
                print(smoke_chart(), flush=True)
            except Exception as err:  # whatever stops the chart is the smoke test's answer
                self.fail(err)
                return
        self.app.exit(EXIT_OK)

    def _watch(self, window: QWidget) -> None:
        if self.smoke:
            _PaintWatcher(window, lambda: self._finish_smoke(window))

    def fail(self, err: BaseException) -> None:
        """A problem that stops start-up: stderr in smoke mode, a message box otherwise; then exit."""
        from planner_gui.errors import UserError
        from planner_gui.services.backups import damaged_file

        if self.login_window is not None:
            self.login_window.forget_password_check()
        damaged = damaged_file(err)
        if damaged is not None and not self.smoke and self.offer_restore(damaged):
            return

        is_user = isinstance(err, UserError)
        self.exit_code = EXIT_BAD_INPUT if is_user else EXIT_INTERNAL
        if not is_user:
            from planner_gui.logs import log_exception

            where = log_exception(err)
            text = self.tr("Intern fejl ({kind}); detaljer i {where}").format(kind=type(err).__name__, where=where)
        else:
            text = message_text(err)
        for window in (self.login_window, self.first_start):
            if window is not None:
                window.hide()
        if self.smoke:
            print(f"planner-gui: {text}", file=sys.stderr, flush=True)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, window_title(self.tr("Kan ikke starte")), text)
        self.app.exit(self.exit_code)

    def offer_restore(self, damaged: Any) -> bool:
        """A damaged database file (``services.backups.DamagedFile``): offer its backups ("Gendan fra
        sikkerhedskopi"); True when one was restored."""
        from planner_gui.ui.restore_dialog import RestoreDialog

        self._worker = None
        if self.login_window is not None:
            self.login_window.hide()
        dialog = RestoreDialog(damaged.path, damage_text=damaged.message)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return False
        if self.login_window is not None:
            self.login_window.deleteLater()
            self.login_window = None
        self.start()  # open the restored file
        return True

    # -- the steps

    def start(self) -> None:
        if self._is_new_file():
            self.show_first_start()
            return
        # The login window is the first window: it shows at once, and the database is checked (and opened: the
        # SQLAlchemy import, migrations) behind its progress bar while the user types. The check starts first, so
        # that it runs while the window is built and painted.
        from planner_gui.ui.workers import run_in_background

        path = self.db_arg

        def open_db(_progress: Any) -> Any:
            # A plain file at the newest schema is checked without SQLAlchemy and opened next (database_opened);
            # any other plain file is opened here (checked, migrated); an encrypted one is held until the password
            # is typed (the login window unlocks it, services.unlock.login_or_unlock).
            from planner_gui.services.unlock import open_or_lock

            return open_or_lock(path)

        self._open_failed = self.fail
        done, failed = self._for_chosen(self.fail)
        self._worker = run_in_background(open_db, on_done=done, on_error=failed)
        self.show_login(None, where=shown_where(self.db_arg))

    def show_first_start(self) -> None:
        from planner_gui.ui.first_start import FirstStartDialog

        self.first_start = FirstStartDialog(Path(self.db_arg).expanduser().resolve())
        self.first_start.created.connect(self.database_created)
        self.first_start.rejected.connect(lambda: self.app.exit(EXIT_OK) if self.database is None else None)
        self._watch(self.first_start)
        self.first_start.show()

    def take_instance_lock(self, db: Any) -> bool:
        """Hold ``<db>.lock``; another live window on the same database is told so. False when the user quits."""
        path = getattr(db, "path", None)
        if path is None or self.instance_lock is not None:
            return True
        from planner_gui.ui import single_instance

        lock = single_instance.acquire(Path(path))
        self.instance_lock = lock
        if lock.held or self.smoke:
            return True
        if single_instance.ask_continue(lock.other_pid, self.login_window):
            return True
        self.app.exit(EXIT_OK)
        return False

    def database_created(self, db: Any, hint: str) -> None:
        if self.first_start is not None:  # done: the dialog goes (its secrets were cleared in it)
            self.first_start.deleteLater()
            self.first_start = None
        self.database = db
        self.take_instance_lock(db)
        self.show_login(db, where=db.where, hint=hint, initials="admin")

    def database_opened(self, db: Any) -> None:
        from planner_gui.services.unlock import CheckedDatabase
        from planner_gui.ui.workers import run_in_background

        self._worker = None
        if not self.take_instance_lock(db):
            return
        waiting = self.login_window is not None and self.login_window.busy()  # Enter already pressed
        if isinstance(db, CheckedDatabase):
            # checked as the opening checks it (not damaged, a database, the newest schema): the login window is
            # ready. Nothing is read from the file before it is opened (SQLAlchemy, every check again, a migration
            # if one became due), now, while the user types; a user who already pressed Enter is logged in once it
            # is open (set_database, below). Its errors go where the check's went (self.fail when starting, which
            # offers the backups of a file damaged since the check; _switch_failed for a switch), bound now.
            self._smoke_step("database")
            if self.smoke and self.smoke_login is None:
                return  # --smoke without a login: done once painted; nothing more to open
            if waiting:  # the login starts once it is open: its imports and its Argon2id beside the opening
                self._prepare_login_beside()
                self.login_window.check_password_early(db.path)
            from planner_gui.services.unlock import open_after_check

            done, failed = self._for_chosen(self._open_failed)
            self._worker = run_in_background(lambda _p: open_after_check(db), on_done=done, on_error=failed)
            return
        self.database = db
        if waiting:  # the login starts at once (set_database): its imports beside it, not after it
            self._prepare_login_beside()
        if self.login_window is not None:
            self.login_window.set_database(db, db.where)
        self._smoke_step("database")
        if not self.smoke and not waiting:
            # while the user types: the login's imports (an encrypted file opened none of them), then the main
            # window's modules in the GUI thread (after the services they use, so the window never waits for them)
            from planner_gui.services.unlock import prepare_login

            run_in_background(lambda _p: prepare_login(), on_done=lambda _r: self._prepare_main_window())

    def _prepare_login_beside(self) -> None:
        """The user pressed Enter before the database was open (``--smoke`` with a login always does): the login's
        imports (SQLAlchemy, the schema, the login's services) run in a thread of their own beside the login's task,
        which for an encrypted file begins with the key slot's Argon2id (it lets go of Python's lock and needs none
        of them); once they are in, the GUI thread imports the main window's modules, while the login's Argon2id
        runs. One thread imports the database layer at a time besides the login's own task, and the GUI thread
        only what is left (Qt's widgets), so no two threads start on the same package's modules from both ends."""
        if self._login_prepared or self._main_window_prepared:
            return
        self._login_prepared = True
        import threading

        from planner_gui.services.unlock import prepare_login

        self._prepared.connect(self._prepare_main_window)  # queued: emitted from the thread below

        def prepare() -> None:
            try:
                prepare_login()
            finally:
                self._prepared.emit()

        threading.Thread(target=prepare, name="planner-prepare-login").start()

    def _prepare_main_window(self) -> None:
        """Before the login ends, import the main window's modules in the GUI thread (Qt's widgets are the GUI
        thread's), so that a good login pays only for building it; the imports run while the login's Argon2id
        (which lets go of Python's lock) runs on the worker. Once per process."""
        if self._main_window_prepared:
            return
        self._main_window_prepared = True

        def load() -> None:
            # the main window, and what building it imports for every role (MainWindow.__init__, _build_menus)
            import planner_gui.ui.idle_lock
            import planner_gui.ui.main_window
            import planner_gui.ui.offline  # noqa: F401

            if self.login_window is not None:  # Qt's enums are made now (LoginWindow.address_selectable)
                self.login_window.address_selectable()

        QTimer.singleShot(0, load)

    def show_login(self, db: Any, *, where: str = "", hint: str = "", initials: str = "") -> None:
        from planner_gui.ui.login import LoginWindow

        server = self.db_arg if self.db_arg.startswith("postgresql") else ""
        self.login_window = LoginWindow(db, where=where, hint=hint, server=server)
        if db is not None or self._main_window_prepared:  # else once the main window's modules are in
            self.login_window.address_selectable()
        self.login_window.setProperty("language", self.language)
        self.login_window.server_changed.connect(self.switch_database)
        if initials:
            self.login_window.initials.setText(initials)
            self.login_window.password.setFocus()
        self.login_window.logged_in.connect(self.logged_in)
        if os.environ.get("PLANNER_TRACE_STARTUP"):  # for benchmarks/bench_gui.py: when the first window is painted
            window = self.login_window
            _PaintWatcher(window, lambda: print(f"painted: {window.windowTitle()}", file=sys.stderr, flush=True))
        if self.smoke and self.smoke_login is None:
            # smoke without a login: done when the login window is painted and the database is open and checked
            _PaintWatcher(self.login_window, lambda: self._smoke_step("painted"))
            if db is not None:
                self._smoke_step("database")
        self.login_window.show()
        self.login_window.raise_()
        self.login_window.activateWindow()
        if self.smoke and self.smoke_login is not None:
            self.login_window.initials.setText(self.smoke_login[0])
            self.login_window.password.setText(self.smoke_login[1])
            self.login_window.login_failed.connect(self._smoke_login_failed)
            self.login_window.submit()  # waits for the database when it is still opening

    def switch_database(self, server: str) -> None:
        """The user chose another team server in the login window ("" = the database on this computer): close the
        one open, open the other in the background; the login window logs in once it is open."""
        from planner_gui.config import default_database_path
        from planner_gui.ui.workers import run_in_background

        if self.database is not None:
            self.database.dispose()
            self.database = None
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None
        self.db_arg = server or str(default_database_path())
        if self.login_window is not None:
            self.login_window.where.setText(shown_where(self.db_arg))
        path = self.db_arg

        def open_db(_progress: Any) -> Any:
            from planner_gui.services.unlock import open_or_lock

            return open_or_lock(path)

        self._open_failed = self._switch_failed
        done, failed = self._for_chosen(self._switch_failed)
        self._worker = run_in_background(open_db, on_done=done, on_error=failed)

    def _for_chosen(self, on_error: Any) -> tuple[Any, Any]:
        """The handlers of a task that opens the database chosen now (``db_arg``): its result and its error count
        only while that is still the chosen one. A user who switched to a team server while the file on this
        computer was still opening was logged in to that file; a result that comes too late is closed and dropped,
        and so is its error."""
        target = self.db_arg

        def done(db: Any) -> None:
            if target != self.db_arg:
                db.dispose()
                return
            self.database_opened(db)

        def failed(err: BaseException) -> None:
            if target == self.db_arg:
                on_error(err)

        return done, failed

    def _switch_failed(self, err: BaseException) -> None:
        """Another database could not be opened: say so in the login window, which stays (nothing was lost)."""
        self._worker = None
        if self.login_window is None:
            self.fail(err)
            return
        self.login_window.opening.hide()
        self.login_window._submit_when_ready = False
        self.login_window.forget_password_check()
        self.login_window.show_message(message_text(err))

    def _smoke_step(self, step: str) -> None:
        if not self.smoke or self.smoke_login is not None:
            return
        self._smoke_done.add(step)
        if {"painted", "database"} <= self._smoke_done and self.login_window is not None:
            self._finish_smoke(self.login_window)

    def _smoke_login_failed(self, text: str) -> None:
        from planner_gui.errors import AuthenticationFailed

        self.fail(AuthenticationFailed(text))

    def logged_in(self, actor: Any) -> None:
        from planner_gui.ui.context import AppContext
        from planner_gui.ui.main_window import MainWindow

        if self.login_window is not None:
            self.database = self.login_window.db  # an encrypted file is open only after the login
        if not self.smoke:  # the team server is remembered for the next start (the same key IT presets)
            if self.db_arg.startswith("postgresql"):
                self.settings.setValue(SERVER_KEY, self.db_arg)
            elif self.settings.contains(SERVER_KEY):
                self.settings.remove(SERVER_KEY)
        ctx = AppContext(self.database, actor)
        self.main_window = MainWindow(ctx, settings=self.settings)
        self._connect_main_window(self.main_window)
        _PaintWatcher(self.main_window, end_start_up)
        self._watch(self.main_window)
        self.main_window.show()
        if self.login_window is not None:
            self.login_window.hide()
        self.start_daily_backup()

    def _connect_main_window(self, window: Any) -> None:
        window.logout_requested.connect(self.logout)
        window.database_replaced.connect(self.database_replaced)
        window.language_requested.connect(
            lambda code: QTimer.singleShot(0, lambda: self.switch_language(code))  # once the menu has closed
        )

    def switch_language(self, code: str) -> None:
        """Indstillinger > Sprog: install the translators and rebuild the main window in the new language, with what
        the user had open (citizens, unsaved edits, page, geometry; ``ui/language.py`` says why a rebuild). The
        login window is rebuilt when it is next shown (``logout``)."""
        from planner_gui.ui import language
        from planner_gui.ui.context import AppContext
        from planner_gui.ui.main_window import MainWindow

        code = install_translation(self.app, code)
        if code == self.language:
            return
        self.language = code
        old = self.main_window
        if old is None:
            return
        ctx, today = old.ctx, old.today

        def make() -> Any:
            # a context of its own: the old window's pages stay connected to the old one's signals until deleted
            window = MainWindow(AppContext(ctx.db, ctx.actor), today=today, settings=self.settings)
            self._connect_main_window(window)
            return window

        self.main_window = language.rebuild(old, make)

    def start_daily_backup(self) -> None:
        """The day's first start takes the day's backup (with a page check of the file), in the background once the
        main window is up, so a large database never delays the login. The backup never raises."""
        if self._backup_started or self.database is None or self.smoke:
            return
        from planner_gui.ui.workers import run_in_background

        self._backup_started = True
        db = self.database

        def backup(_progress: Any) -> None:
            from planner_gui.services.backups import daily_backup  # imported there: not before the window paints

            daily_backup(db)

        run_in_background(backup)

    def logout(self) -> None:
        self.main_window = None
        if "://" in self.db_arg and self.database is not None:
            # the team server: the connection is the user's own role, logged in with their password; the next login
            # connects anew with its own (the server checks the password, services.unlock.login_or_unlock)
            from planner_gui.services.unlock import open_or_lock

            self.database.dispose()
            self.database = open_or_lock(self.db_arg)
            if self.login_window is not None:
                self.login_window.db = self.database
        if self.login_window is not None and self.login_window.property("language") != self.language:
            old = self.login_window  # built in the language before a switch: build it again in this one
            where = self.database.where if self.database is not None else shown_where(self.db_arg)
            self.show_login(self.database, where=where)
            old.deleteLater()
        if self.login_window is not None:
            # the first-start hint ("… the password you have just chosen") is for the first login only
            self.login_window.hint.clear()
            self.login_window.hint.hide()
            self.login_window.message.clear()
            self.login_window.password.clear()
            self.login_window.show()
            self.login_window.password.setFocus()

    def database_replaced(self) -> None:
        """A backup was restored from the menu: open the file afresh (checked, migrated) and log in again."""
        self.main_window = None
        if self.login_window is not None:
            self.login_window.hide()
            self.login_window.deleteLater()
            self.login_window = None
        self.database = None  # disposed before the restore
        self._backup_started = False
        self.start()

    def shutdown(self) -> None:
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None
        if self.database is not None:
            self.database.dispose()
            self.database = None


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Qt 6 scales by the screen's own factor (HighDpiScaleFactorRoundingPolicy.PassThrough is its default;
        # tests/ui/test_accessibility.py holds it), with high-DPI icons from the SVG files
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("")
    app.setWindowIcon(QIcon(str(icon_path("app"))))
    from planner_gui.ui.colors import accessible_palette

    app.setPalette(accessible_palette(app.palette()))  # text and selection at WCAG AA contrast (issue 16)
    collect_garbage_in_gui_thread()
    return app


def smoke_chart() -> str:
    """``--smoke`` with ``PLANNER_SMOKE_CHART=1`` (installers, IT, the bundle's test): draw a progression chart
    offscreen with the app's own chart (pyqtgraph, NumPy, Qt's OpenGL modules), which nothing else at start-up loads,
    and say what was drawn. A bundle whose NumPy cannot load fails here, not at a caseworker's first chart."""
    from planner_gui.ui.progress.chart import ProgressChart

    chart = ProgressChart()
    try:
        chart.plot.plot([1.0, 2.0, 3.0, 4.0], [3.0, 5.0, 4.0, 7.0])
        chart.resize(600, 300)
        image = chart.grab().toImage()
    finally:
        chart.deleteLater()
    if image.isNull():
        raise RuntimeError("the chart drew nothing")
    return f"diagram {image.width()}x{image.height()}"


def collect_garbage_in_gui_thread() -> None:
    """Python's cycle collector runs in whichever thread happens to allocate; run in a background task it can free a
    window's wrappers and so delete Qt objects off the GUI thread, which crashes Qt (a segmentation fault, seen in
    the test suite). As pyqtgraph (``util.garbage_collector``, not imported here: it costs start-up time), calibre
    and Anki do: switch the automatic collector off and collect on a timer in the GUI thread, a generation when its
    count passes the threshold the automatic collector would have used. Once per process."""
    global _collector, _full_from
    if _collector is not None:
        return
    import gc
    import time

    from planner_gui.collector import is_paused

    thresholds = gc.get_threshold()
    _full_from = time.monotonic() + START_UP_SECONDS

    def collect() -> None:
        counts = gc.get_count()
        generation = -1
        for g in range(3):
            if counts[g] > thresholds[g]:
                generation = g
            else:
                break
        if generation == 2 and is_paused():  # a large import on a worker holds millions of objects: young only
            generation = 1
        if generation == 2 and time.monotonic() < _full_from:  # starting: the first full pass waits (end_start_up)
            generation = 1
        if generation >= 0:
            gc.collect(generation)

    gc.disable()
    _collector = QTimer()
    _collector.setInterval(1000)
    _collector.timeout.connect(collect)
    _collector.start()


_collector: QTimer | None = None  # the one collector's timer, in the GUI thread
#: The collector's first full pass walks every object the start-up made (modules, classes, SQLAlchemy's and Qt's):
#: 30-140 ms on the GUI thread. It waits until the main window has been painted (end_start_up), or this long after
#: the app started, whichever comes first; young collections run all along (a failed login's garbage is young).
START_UP_SECONDS = 10.0
_full_from = 0.0  # time.monotonic() from which the collector makes full passes


def end_start_up() -> None:
    """The main window has been painted: the collector may make its full passes from now on."""
    global _full_from
    _full_from = 0.0


def _choose_platform(smoke: bool) -> None:
    """Without a display Qt's xcb plugin aborts the process (exit 134). ``--smoke`` then draws offscreen; the app
    itself stops with a plain message (exit 2). ``QT_QPA_PLATFORM``, when set, is Qt's to obey."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    from planner_gui.errors import UserError

    raise UserError(
        "der er ingen skærm at vise appen på (hverken DISPLAY eller WAYLAND_DISPLAY er sat): start den i en "
        "skrivebordssession; kommandoerne virker uden skærm (se 'planner-gui --help')"
    )


def run(db: str | None, smoke: bool, lang: str | None) -> int:
    """The CLI's ``cmd_gui``: start the app and return its exit code."""
    _choose_platform(smoke)
    app = make_app()
    from planner_gui.ui import errors

    errors.install()
    prefs = settings()
    chosen = lang or str(prefs.value("language", "da"))
    installed = install_translation(app, chosen)
    user, password = os.environ.get("PLANNER_USER", ""), os.environ.get("PLANNER_PASSWORD", "")
    controller = AppController(
        app, db, smoke=smoke, smoke_login=(user, password) if smoke and user and password else None
    )
    controller.language = installed
    QTimer.singleShot(0, controller.start)
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    from planner_gui.ui.workers import wait_for_idle

    wait_for_idle(5.0)
    controller.shutdown()
    prefs.sync()
    controller.settings.sync()
    return controller.exit_code if controller.exit_code else code
