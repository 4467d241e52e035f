"""The background executor (planner_gui.ui.workers) and the GUI-thread garbage collection: tasks run one at a time,
results arrive in the GUI thread, and what a task closes over is released in the GUI thread, never in the
background one (where deleting a window's Qt objects crashes Qt)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject

from planner_gui.ui import workers


def test_tasks_run_one_at_a_time_in_order_off_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    overlap = threading.Lock()
    clashes: list[int] = []

    def task(n: int):
        def run(_progress: workers.Progress) -> int:
            if not overlap.acquire(blocking=False):
                clashes.append(n)
                return n
            try:
                seen.append((n, threading.get_ident()))
                threading.Event().wait(0.01)
            finally:
                overlap.release()
            return n

        return run

    done: list[int] = []
    for n in range(8):
        workers.run_in_background(task(n), on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 8, timeout=10_000)
    assert done == list(range(8)) and not clashes
    assert all(thread != gui for _, thread in seen)
    qtbot.waitUntil(lambda: workers.running_count() == 0, timeout=5_000)


class _Window(QObject):
    """Stands for a window a task's closure holds; notes the thread its wrapper dies in."""

    def __del__(self) -> None:
        _died_in.append(threading.get_ident())


_died_in: list[int] = []


def _tasks_over_a_window(gate: threading.Event) -> list:
    window = _Window()

    def task(_progress: workers.Progress) -> str:
        gate.wait(5)
        return window.objectName()

    def failing(_progress: workers.Progress) -> None:
        gate.wait(5)
        raise ValueError(window.objectName())  # the traceback reaches the closure too

    return [task, failing]


def test_what_a_task_closes_over_is_released_in_the_gui_thread(qtbot) -> None:
    _died_in.clear()
    gate = threading.Event()
    finished: list[int] = []
    results: list[object] = []
    tasks = _tasks_over_a_window(gate)
    while tasks:
        w = workers.run_in_background(tasks.pop(), on_done=results.append, on_error=results.append)
        w.signals.finished.connect(lambda: finished.append(1))
        del w  # only the tasks hold the window now
    gate.set()
    assert workers.wait_for_idle(10)
    threading.Event().wait(0.1)  # the background thread has long let go by now
    assert _died_in == []  # still held: the GUI thread has not heard "finished"
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5_000)
    assert isinstance(results[0], ValueError) and results[1] == ""
    results.clear()  # the error's traceback
    gc.collect()
    assert _died_in == [threading.get_ident()]


def test_cancel_before_the_task_runs_and_an_error_reaches_on_error(qtbot) -> None:
    gate = threading.Event()
    workers.run_in_background(lambda _p: gate.wait(5))
    ran: list[int] = []
    cancelled: list[bool] = []
    w = workers.run_in_background(lambda _p: ran.append(1), on_cancelled=lambda: cancelled.append(True))
    w.cancel()
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5_000)
    assert ran == [] and w.is_cancelled
    errors: list[BaseException] = []
    workers.run_in_background(lambda _p: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5_000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_the_app_collects_cycles_in_the_gui_thread_only(qtbot) -> None:
    from planner_gui.ui import app

    was_enabled = gc.isenabled()
    try:
        app.collect_garbage_in_gui_thread()
        assert not gc.isenabled()  # no automatic collection, in whichever thread allocates
        timer = app._collector
        assert timer is not None and timer.isActive()
        assert timer.thread() is QCoreApplication.instance().thread()
        app.collect_garbage_in_gui_thread()
        assert app._collector is timer  # once per process
    finally:
        if was_enabled:
            gc.enable()


def test_the_collector_runs_while_the_app_starts(qtbot, monkeypatch) -> None:
    """The collector runs from the start, not only once a main window is shown: nothing is left uncollected (or
    frozen, gc.freeze) while the login window shows, where a failed login's garbage holds what the user typed."""
    from planner_gui.ui import app

    was_enabled = gc.isenabled()
    counted: list[int] = []
    real_count = gc.get_count
    monkeypatch.setattr(gc, "get_count", lambda: counted.append(1) or real_count())
    try:
        app.collect_garbage_in_gui_thread()
        assert app._collector is not None
        app._collector.timeout.emit()  # no main window has been shown in this process's controller
        assert counted == [1]
    finally:
        if was_enabled:
            gc.enable()


SECRETS = r"""
import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
data = Path(sys.argv[1])
os.environ["PLANNER_DATA_DIR"] = str(data)
# the passwords are made here from bytes: no str of them in this script's code, so every str found was made by the app
SERVER_TRY = bytes.fromhex(sys.argv[2])
LOCAL = bytes.fromhex(sys.argv[3])

from planner_gui.services.setup import create_demo_database  # noqa: E402

db, _ = create_demo_database(data / "planner.db", LOCAL.decode(), citizens=3, seed=7)
db.dispose()
del db
from planner_gui.ui import app as appmod  # noqa: E402

qapp = appmod.make_app(["planner-gui"])


def pump(cond, timeout=60.0):
    end = time.monotonic() + timeout
    while not cond():
        qapp.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            raise TimeoutError


c = appmod.AppController(qapp, str(data / "planner.db"))
c.start()
win = c.login_window
pump(lambda: c.database is not None and type(c.database).__name__ == "Database")
win.initials.setText("admin")
win.server.setText("127.0.0.1:1/planner")  # a team server that refuses the connection
win.password.setText(SERVER_TRY.decode())
win.submit()
pump(lambda: not win.busy() and win.message.text() and "…" not in win.message.text())
print("server:", win.message.text()[:80])
win.server.setText("")  # back to the file on this computer
win.password.setText(LOCAL.decode())
win.submit()
pump(lambda: c.main_window is not None)
print("frozen at login:", gc.get_freeze_count())
main = c.main_window
main.logout_requested.emit()
main.close()
del main
pump(lambda: win.isVisible())
for _ in range(50):
    qapp.processEvents()
for _ in range(3):
    gc.collect()
frozen = gc.get_freeze_count()
gc.unfreeze()  # to see every object (frees nothing)


def holders(secret: bytes) -> int:
    return sum(
        1
        for o in gc.get_objects()
        for r in gc.get_referents(o)
        if type(r) is str and len(r) == len(secret) and r.encode("utf-8", "replace") == secret
    )


print(f"frozen={frozen} server={holders(SERVER_TRY)} local={holders(LOCAL)}")
win.close()
c.shutdown()
"""


def test_no_typed_password_survives_a_failed_server_login_a_login_and_a_logout(tmp_path) -> None:
    """A mistyped team-server password is held by the failed attempt's SQLAlchemy engine (its URL) in reference
    cycles: the collector must free it. Nothing may pin such garbage for the life of the process (``gc.freeze`` at
    the first main window did: 9 holders of the password after the logout), and a logged-in session's engine, whose
    URL holds a team-server user's own password, must be freed after the logout in the same way."""
    import os
    import subprocess
    import sys

    server, local = b"Mistyped-Server-Pw-9183", b"Local-Login-Pw-7730x"
    done = subprocess.run(
        [sys.executable, "-c", SECRETS, str(tmp_path), server.hex(), local.hex()],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "frozen at login: 0" in lines, done.stdout
    assert lines[-1] == "frozen=0 server=0 local=0", done.stdout


def test_a_logged_out_server_sessions_engine_frees_its_password() -> None:
    """The team server's session: its engine's URL holds the user's own password (storage.postgres.user_url);
    after the logout disposes and drops it, the collector frees it (nothing freezes it at the first main window)."""
    import subprocess
    import sys

    script = (
        "import gc, sys\n"
        "gc.disable()\n"
        "from planner_gui.storage.db import Database, make_engine\n"
        "from planner_gui.storage.postgres import user_url\n"
        "secret = bytes.fromhex(sys.argv[1])\n"
        "url = user_url('postgresql+psycopg://127.0.0.1:1/planner', 'abcd', secret.decode())\n"
        "db = Database(url=url, engine=make_engine(url), path=None)\n"
        "del url\n"
        "db.dispose(); del db\n"
        "for _ in range(3): gc.collect()\n"
        "print(sum(1 for o in gc.get_objects() for r in gc.get_referents(o)\n"
        "          if type(r) is str and r.encode('utf-8', 'replace') == secret))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, b"First-Users-Team-Password-5".hex()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_the_gui_collector_makes_no_full_collection_while_an_import_runs(qtbot, monkeypatch) -> None:
    """Issue 17: an import on a worker holds millions of rows and pauses the collector (planner_gui.collector); the
    GUI thread's timer then collects the young generations only, so the window does not stall walking those rows."""
    from planner_gui.collector import paused
    from planner_gui.ui import app

    was_enabled = gc.isenabled()
    collected: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 100, 100))  # every generation over its threshold
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    try:
        app.collect_garbage_in_gui_thread()
        assert app._collector is not None
        monkeypatch.setattr(app, "_full_from", 0.0)  # started: the main window was painted
        with paused():
            app._collector.timeout.emit()
        app._collector.timeout.emit()
        assert collected == [1, 2]
    finally:
        if was_enabled:
            gc.enable()


def test_the_gui_collectors_first_full_pass_waits_for_the_main_window(qtbot, monkeypatch) -> None:
    """Issue 17: the first full collection walks everything the start-up made (30-140 ms on the GUI thread); while
    the app starts it makes young collections only, and full ones once the main window is painted, or after
    START_UP_SECONDS at the latest."""
    import time

    from planner_gui.ui import app

    was_enabled = gc.isenabled()
    collected: list[int] = []
    monkeypatch.setattr(app, "_collector", None)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 100, 100))  # every generation over its threshold
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    try:
        app.collect_garbage_in_gui_thread()
        assert app._collector is not None
        app._collector.timeout.emit()
        app.end_start_up()  # the main window was painted
        app._collector.timeout.emit()
        assert collected == [1, 2]
        monkeypatch.setattr(app, "_full_from", time.monotonic() + 60)  # started again, no window yet ...
        app._collector.timeout.emit()
        monkeypatch.setattr(time, "monotonic", lambda: 1e12)  # ... until START_UP_SECONDS have passed
        app._collector.timeout.emit()
        assert collected == [1, 2, 1, 2]
    finally:
        app._collector.stop()
        if was_enabled:
            gc.enable()
