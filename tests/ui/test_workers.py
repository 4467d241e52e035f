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
