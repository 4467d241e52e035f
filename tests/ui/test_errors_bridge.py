"""The exception bridge (ui/errors.py) connects with Qt's automatic connection, not an explicitly queued one (issue 17:
naming Qt.ConnectionType made Qt's whole ``Qt`` namespace at start-up). Held, from a review: the dialog is made in the
GUI thread for an exception from a QThread or a plain thread, also when the bridge is first made in a worker thread;
no recursion."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication


def _crash_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]


def test_show_exception_from_a_qthread_and_a_first_bridge_made_off_the_gui_thread(qtbot, monkeypatch) -> None:
    from planner_gui.ui import errors

    made_in: list[object] = []
    assert not hasattr(errors, "CrashDialog")  # imported when shown (ui/crash_dialog.py)
    from planner_gui.ui import crash_dialog

    original = crash_dialog.CrashDialog.__init__

    def init(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        made_in.append(QThread.currentThread())
        original(self, *args, **kwargs)

    monkeypatch.setattr(crash_dialog.CrashDialog, "__init__", init)
    monkeypatch.setattr(errors, "_bridge_instance", None)  # the bridge is made by the first worker thread below
    before = errors.shown_count()
    gui = QCoreApplication.instance().thread()
    try:
        t = threading.Thread(target=lambda: errors.show_exception(RuntimeError("plain thread")))
        t.start()
        t.join()
        assert errors._bridge_instance is not None and errors._bridge_instance.thread() is gui

        class Worker(QThread):
            def run(self) -> None:
                errors.show_exception(RuntimeError("qthread"))

        w = Worker()
        w.start()
        w.wait(5_000)
        qtbot.waitUntil(lambda: errors.shown_count() == before + 2, timeout=5_000)
        assert made_in == [gui, gui]
    finally:
        for d in _crash_dialogs():
            d.close()
