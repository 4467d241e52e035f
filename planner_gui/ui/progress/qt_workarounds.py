"""A process-wide workaround for a reference-counting bug of PySide6 6.12 on Python 3.11.

Many PySide6 6.12 calls return ``None``, ``True`` or ``False`` without taking a reference to it: ``QObject.parent()``
and ``QComboBox.currentData()`` when they return ``None``, ``SignalInstance.emit()`` and ``.disconnect()``,
``QTableWidget.item()`` of an empty cell, a button's ``click()``... Each call takes one reference away from the
interpreter's ``None``/``True``/``False``; pyqtgraph makes such calls on every redraw and mouse move. When a count
reaches zero the whole process aborts with ``Fatal Python error: none_dealloc`` (or ``bool_dealloc``), losing
whatever the caseworker was typing. Python 3.12+ makes these objects immortal (PEP 683), which hides the bug there.

:func:`install` probes whether the running PySide6 has the bug and, only then, gives the three singletons a reserve
of references so large (2**48) that no session can use it up: in effect what Python 3.12 does. It is idempotent and
should be called once at start-up, before any window is built (the chart module also calls it on import).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

RESERVE = 1 << 48
_done = False


class _Probe(QObject):
    sig = Signal()


def leaks() -> bool:
    """Does this PySide6 lose references to None or True? (A few harmless calls, then the counts compared.)"""
    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.parent()  # returns None
        probe.sig.emit()  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True)
    return after[0] <= before[0] - 16 or after[1] <= before[1] - 16


def install() -> bool:
    """Protect None/True/False when this interpreter and PySide6 need it; returns whether the reserve is in place."""
    global _done
    if _done:
        return True
    if sys.version_info >= (3, 12) or not leaks():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _done = True
    return True
