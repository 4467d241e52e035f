"""The suite's guard against database work on the GUI thread (tests/gui_thread_guard.py), and the way round it."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from planner_gui.services import plans
from planner_gui.ui.citizen.plan_tab import StaffCombo
from planner_gui.ui.workers import run_and_wait
from tests import gui_thread_guard


def test_a_screen_querying_on_the_gui_thread_fails_the_test(qtbot, demo_db) -> None:
    combo = StaffCombo(lambda: plans.list_caseworkers(demo_db))  # a screen calling a service directly
    qtbot.addWidget(combo)
    with pytest.raises(gui_thread_guard.DatabaseOnGuiThread, match=r"ui/citizen/plan_tab.py:\d+ \(ensure_loaded\)"):
        combo.ensure_loaded()
    assert gui_thread_guard.seen  # also caught after the test, where a screen swallowed the error
    gui_thread_guard.seen.clear()  # (here the failure was the point)


def test_the_same_query_through_the_worker_passes_and_the_window_keeps_painting(qtbot, demo_db) -> None:
    threads: list[int] = []
    ticks: list[int] = []

    def load() -> Any:
        threads.append(threading.get_ident())
        return plans.list_caseworkers(demo_db)

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    combo = StaffCombo(lambda: run_and_wait(load))
    qtbot.addWidget(combo)
    combo.ensure_loaded()
    timer.stop()
    assert combo.count() > 1
    assert threads and threads[0] != threading.main_thread().ident  # ran on the background thread
    assert ticks  # the GUI thread's event loop ran while it waited


def test_an_error_of_the_service_reaches_the_caller_in_the_gui_thread(qtbot) -> None:
    def fail() -> None:
        raise ValueError("nej")

    with pytest.raises(ValueError, match="nej"):
        run_and_wait(fail)
