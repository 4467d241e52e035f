"""Background work with progress and cancel, reporting back to the GUI thread through signals.

Anything that can take over 100 ms (opening and migrating a database, creating demo data, argon2 login, counting
search hits) runs here; only the GUI thread touches widgets. A task is a plain function that receives a
:class:`Progress` handle::

    def task(progress: Progress) -> int:
        for i in range(10):
            progress.check()               # raises Cancelled once cancel() was called
            progress.report(i * 10, "...")
        return 42

    worker = run_in_background(task, on_done=..., on_error=..., on_progress=...)
    worker.cancel()

Errors the task raises arrive in ``on_error`` (or, without one, in the global error dialog of
:mod:`planner_gui.ui.errors`). Qt-free work only: the task must not touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    """The task's handle: report progress, and notice a cancel request."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, percent: int, text: str = "") -> None:
        """``percent`` 0-100, or -1 when the amount of work is unknown (a busy indicator)."""
        self._signals.progress.emit(int(percent), text)


class WorkerSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled


_running: set[Worker] = set()
_lock = threading.Lock()


class Worker(QRunnable):
    """A task on the thread pool. Keep a reference or use :func:`run_in_background`, which keeps one."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals)
        self.signals.finished.connect(self._forget)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.progress.cancelled

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.progress)
            except Cancelled:
                self.signals.cancelled.emit()
            except BaseException as err:  # handed to the GUI thread, never lost
                if self.progress.cancelled:
                    self.signals.cancelled.emit()
                else:
                    self.signals.failed.emit(err)
            else:
                if self.progress.cancelled:
                    self.signals.cancelled.emit()
                else:
                    self.signals.done.emit(result)
            finally:
                self.signals.finished.emit()
        except RuntimeError:  # the app is shutting down and the signals object is gone: nobody is listening
            pass

    def _forget(self) -> None:
        with _lock:
            _running.discard(self)


def _report_unhandled(err: BaseException) -> None:
    from planner_gui.ui.errors import show_exception

    show_exception(err)


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start ``fn`` on the thread pool; the callbacks run in the GUI thread."""
    worker = Worker(fn)
    if on_done is not None:
        worker.signals.done.connect(on_done)
    worker.signals.failed.connect(on_error if on_error is not None else _report_unhandled)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_cancelled is not None:
        worker.signals.cancelled.connect(on_cancelled)
    with _lock:
        _running.add(worker)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def running_count() -> int:
    with _lock:
        return len(_running)
