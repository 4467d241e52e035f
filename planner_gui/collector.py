"""Pausing Python's cycle collector while one piece of work holds millions of objects (issue 17).

An import of a large workbook holds millions of rows (tuples and strings, which form no reference cycles), and each
full collection walks all of them again: a quarter of the reading at 100,000 citizens. :func:`paused` switches the
automatic collector off for the duration and back on after, as it found it, however the work ends.

The desktop app has no automatic collector at all: ``planner_gui.ui.app.collect_garbage_in_gui_thread`` collects on
a timer in the GUI thread (collecting in a worker can delete Qt objects off the GUI thread). That timer asks
:func:`is_paused` and then collects only the young generations, so an import on a worker neither stalls the window
with full collections nor pays for them. Qt-free: the services use it, and the command line.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_enabled_before = False  # the automatic collector's state when the first of the current pauses began


@contextmanager
def paused() -> Iterator[None]:
    """No automatic full collection while the block runs (in any thread); pauses may overlap, in several threads."""
    global _pauses, _enabled_before
    with _lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
        _pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()


def is_paused() -> bool:
    return _pauses > 0
