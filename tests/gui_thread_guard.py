"""The test suite's guard against database work on the GUI thread (issue 13: a locked database must not freeze
a window).

Every SQL statement SQLAlchemy sends passes :func:`_check`. A statement sent from the main thread while code of
``planner_gui/ui`` is on the call stack is the desktop doing database work on the GUI thread: the test fails. Tests
themselves (fixtures that build data, assertions that read it) call services and storage directly from the main thread
without a screen on the stack, and are not affected; neither are the CLI and the services' own tests.

A screen reaches the database only through ``planner_gui.ui.workers`` (``run_in_background``, ``run_and_wait``: one
serialised background thread); there are no exceptions.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

import planner_gui

UI_DIR = str(Path(planner_gui.__file__).resolve().parent / "ui") + "/"
MAIN_THREAD = threading.main_thread().ident


class DatabaseOnGuiThread(AssertionError):
    pass


# what was caught since the test began: the teardown fails the test even where the screen swallowed the error
seen: list[str] = []


def _ui_frame() -> Any:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(UI_DIR):
            return frame
        frame = frame.f_back
    return None


def _check(*_args: object, **_kwargs: object) -> None:
    if threading.get_ident() != MAIN_THREAD:
        return
    frame = _ui_frame()
    if frame is None:
        return
    where = (frame.f_code.co_filename[len(UI_DIR) :], frame.f_code.co_name)
    text = f"database work on the GUI thread from planner_gui/ui/{where[0]}:{frame.f_lineno} ({where[1]})"
    seen.append(text)
    record = os.environ.get("PLANNER_GUI_THREAD_RECORD")
    if record:  # survey mode: list every place, fail nothing
        with open(record, "a", encoding="utf-8") as f:
            f.write(text + "\n")
        return
    raise DatabaseOnGuiThread(text + ": run it through planner_gui.ui.workers.run_in_background")


def install() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not event.contains(Engine, "before_cursor_execute", _check):
        event.listen(Engine, "before_cursor_execute", _check)
