"""Files the screens draw themselves (Qt painting: the "Min plan" PDF), written as every action writes its files.

A file is first written in the private scratch folder in the user's data folder (0700, never the system's shared
temporary folder nor beside the target) and moved into place only when complete: all or nothing. The actions that
write their files themselves (exports, reports, aktindsigt) put the finished file in place in the transaction of their
completion audit entry (:func:`place_with_entry`); the other two functions are for a screen that has to paint the file
before (or without) an action, so it never reaches into :mod:`planner_gui.storage.files` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from planner_gui.storage import files
from planner_gui.storage.db import Database


def write_atomically(path: str | Path, render: Callable[[Path], object]) -> Path:
    """``render(tmp)`` writes the file in the scratch folder; then it is moved to ``path``. A failed write is a plain
    :class:`~planner_gui.errors.UserError` (disk full, read-only, no permission) and leaves nothing behind."""
    path = Path(path)
    tmp = files.scratch_path(path.name)
    try:
        render(tmp)
        try:
            files.place(tmp, path)
        except OSError as err:
            raise files.os_error(err, path) from err
    finally:
        tmp.unlink(missing_ok=True)
    return path


def scratch_folder(name: str) -> Path:
    """A new private folder (0700) in the scratch folder, for files drawn before an action uses them (the plan PDF of
    an aktindsigt); the caller removes it when done."""
    return files.scratch_folder(name)


def place_with_entry(
    db: Database, tmp: Path, target: Path, entry: Callable[[Session], object], what: str | None = None
) -> None:
    """Put the finished ``tmp`` (written in the private scratch folder) in place as ``target`` in the transaction of
    its completion audit entry, ``entry(session)``: the entry commits only if the file could be put in place, and a
    failure to place it is a plain :class:`~planner_gui.errors.UserError`. The caller removes ``tmp`` afterwards."""
    try:
        with db.write() as session:
            entry(session)
            files.place(tmp, target)
    except OSError as err:
        raise files.os_error(err, target, what) from err
