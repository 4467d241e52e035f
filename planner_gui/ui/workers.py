"""Background work with progress and cancel, reporting back to the GUI thread through signals.

Anything that can take over 100 ms (opening and migrating a database, creating demo data, argon2 login, counting
search hits, a report) runs here; only the GUI thread touches widgets. A task is a plain function that receives a
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

How it is built, and why (as Anki's ``taskman``):

* **One serialised executor.** Tasks run one after another on one background thread, so two user actions never
  race each other for the database, and a task never waits for a lock another task of this app holds.
* **Qt objects stay in the GUI thread.** The background thread only sees a :class:`_Job` (the function, the
  cancel flag and a number). It reports through one long-lived :class:`_Bridge` object, whose queued signal
  carries (number, kind, value) to the GUI thread; there the :class:`Worker` (with its per-task ``signals``)
  re-emits it. A worker, its signals and the task's function are released in the GUI thread, never in the
  background one: dropping the last reference to a closure over a window in another thread would delete Qt
  objects there.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    """The task's handle: report progress, and notice a cancel request."""

    def __init__(self, job_id: int) -> None:
        self._id = job_id
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
        _bridge().event.emit(self._id, "progress", (int(percent), text))


class WorkerSignals(QObject):
    """A task's signals, emitted in the GUI thread."""

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled


class _Job:
    """What the background thread holds of a task: no Qt object, no reference kept once it has run."""

    def __init__(self, job_id: int, fn: Callable[[Progress], Any], progress: Progress) -> None:
        self.id = job_id
        self.fn: Callable[[Progress], Any] | None = fn
        self.progress = progress

    def run(self) -> None:
        fn, self.fn = self.fn, None  # the GUI thread's Worker holds the function until it hears "finished"
        kind, value = "done", None
        try:
            if self.progress.cancelled or fn is None:
                kind = "cancelled"
            else:
                value = fn(self.progress)
                if self.progress.cancelled:
                    kind, value = "cancelled", None
        except Cancelled:
            kind, value = "cancelled", None
        except BaseException as err:  # handed to the GUI thread, never lost
            kind, value = ("cancelled", None) if self.progress.cancelled else ("failed", err)
        finally:
            del fn
        bridge = _bridge()
        bridge.event.emit(self.id, kind, value)
        value = None  # an error's traceback reaches the task's locals: let go of it before the GUI thread does
        bridge.event.emit(self.id, "finished", None)


class Worker:
    """A task started by :func:`run_in_background`; lives in the GUI thread until its task has finished."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self.fn: Callable[[Progress], Any] | None = fn
        self.id = next(_ids)
        self.signals = WorkerSignals()
        self.progress = Progress(self.id)
        self.job = _Job(self.id, fn, self.progress)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.progress.cancelled

    def _deliver(self, kind: str, value: Any) -> None:
        signals = self.signals
        if kind == "progress":
            signals.progress.emit(*value)
        elif kind == "done":
            signals.done.emit(value)
        elif kind == "failed":
            signals.failed.emit(value)
        elif kind == "cancelled":
            signals.cancelled.emit()
        elif kind == "finished":
            _running.pop(self.id, None)
            self.fn = None
            signals.finished.emit()


class _Bridge(QObject):
    """The one object the background thread talks to; created in, and living in, the GUI thread."""

    event = Signal(object, str, object)  # job number, kind, value

    def __init__(self) -> None:
        super().__init__()
        # emitted by the background thread only (_Job.run, Progress.report), so Qt's automatic connection queues
        # it to the GUI thread, where this object lives; not naming Qt.ConnectionType keeps Qt's ``Qt`` namespace
        # (93 enums, ~20 ms) out of the login window's start-up
        self.event.connect(self._deliver)

    @Slot(object, str, object)
    def _deliver(self, job_id: int, kind: str, value: Any) -> None:
        worker = _running.get(job_id)
        if worker is not None:
            worker._deliver(kind, value)


_ids = itertools.count(1)
_running: dict[int, Worker] = {}  # touched only in the GUI thread
_the_bridge: _Bridge | None = None
_executor: ThreadPoolExecutor | None = None
_last: Future[None] | None = None


def _bridge() -> _Bridge:
    if _the_bridge is None:
        raise RuntimeError("run_in_background() has not been called in the GUI thread yet")
    return _the_bridge


def _start(job: _Job) -> None:
    global _the_bridge, _executor, _last
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_in_background() is for the GUI thread")
    if _the_bridge is None:
        _the_bridge = _Bridge()
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="planner-task")
    _last = _executor.submit(job.run)


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
) -> Worker:
    """Queue ``fn`` on the background thread; the callbacks run in the GUI thread."""
    worker = Worker(fn)
    if on_done is not None:
        worker.signals.done.connect(on_done)
    worker.signals.failed.connect(on_error if on_error is not None else _report_unhandled)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_cancelled is not None:
        worker.signals.cancelled.connect(on_cancelled)
    _running[worker.id] = worker
    _start(worker.job)
    return worker


def run_and_wait(fn: Callable[[], T]) -> T:
    """Run ``fn`` (a service call) on the background thread and return its result, or raise its error, here in the
    GUI thread. For an action whose next step needs the answer (save, then close the window): while it runs, the
    window keeps painting and timers keep running, but the user's clicks and keys wait (a busy cursor shows), so the
    screen cannot change under the action. A locked database makes the user wait, never freezes the window.

    Tasks run one after another: a long task queued before (a report) delays this one."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    worker = run_in_background(
        lambda _progress: fn(),
        on_done=lambda value: outcome.__setitem__("value", value),
        on_error=lambda err: outcome.__setitem__("error", err),
    )
    worker.signals.finished.connect(lambda: (outcome.__setitem__("finished", True), loop.quit()))
    busy = isinstance(QCoreApplication.instance(), QGuiApplication)
    if busy:
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        while "finished" not in outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        err = outcome.pop("error")
        raise err
    if "value" not in outcome:
        raise Cancelled()
    return outcome["value"]  # type: ignore[no-any-return]


def running_count() -> int:
    """Tasks queued or running whose "finished" the GUI thread has not yet heard."""
    return len(_running)


def wait_for_idle(timeout: float) -> bool:
    """Block until every task queued so far has run (at shutdown, and between tests); False on timeout. The
    results still arrive through the event loop."""
    if _last is None:
        return True
    done, _ = wait_futures([_last], timeout=timeout)
    return bool(done)


def deliver_finished() -> None:
    """Hand the GUI thread what finished tasks reported and the event loop has not delivered yet (at shutdown, and
    between tests), so that their workers and functions are released now."""
    if _the_bridge is not None:
        QCoreApplication.sendPostedEvents(_the_bridge, QEvent.Type.MetaCall)
