"""Attacks on the rotating log handler written on logging.FileHandler (planner_gui/logs.py), from a review."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from pathlib import Path

import pytest

from planner_gui import logs


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None)


@pytest.mark.parametrize("kind", ["stdlib", "ours"])
def test_a_log_file_removed_while_the_app_runs_loses_no_record_at_rotation(tmp_path: Path, kind: str) -> None:
    """planner-gui.log removed while the app runs (by the user, IT's clean-up, or another process's rotation): the
    rotation must not raise FileNotFoundError and lose the record that triggered it (an error's traceback, say), as
    it did before the standard library's ``if os.path.exists(source)`` was added here too."""
    path = tmp_path / "planner-gui.log"
    if kind == "ours":
        handler: logging.Handler = logs.PrivateRotatingFileHandler(path, max_bytes=300, backup_count=3)
    else:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=300, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    errors: list[logging.LogRecord] = []
    handler.handleError = errors.append  # type: ignore[method-assign]
    try:
        for i in range(5):
            handler.handle(_record(f"fyld {i} " + "x" * 40))
        os.remove(path)
        handler.handle(_record("DEN-VIGTIGE-FEJL " + "y" * 200))  # past max_bytes: rotates
        handler.handle(_record("efter"))
    finally:
        handler.close()
    text = "".join(p.read_text("utf-8") for p in tmp_path.iterdir() if p.name.startswith("planner-gui.log"))
    assert errors == [] and "DEN-VIGTIGE-FEJL" in text
    for p in tmp_path.iterdir():
        if kind == "ours":
            assert stat.S_IMODE(p.stat().st_mode) == 0o600


def test_rotated_and_new_files_stay_0600_through_a_symlinked_log(tmp_path: Path) -> None:
    """Held: a log path that is a symlink to a regular file is rotated as the standard library does (the link is
    renamed, a new regular file 0600 takes its place); nothing is made readable by others."""
    target = tmp_path / "elsewhere.log"
    target.write_text("")
    os.chmod(target, 0o600)
    path = tmp_path / "planner-gui.log"
    path.symlink_to(target)
    handler = logs.PrivateRotatingFileHandler(path, max_bytes=200, backup_count=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for i in range(20):
            handler.handle(_record(f"linje {i} " + "z" * 30))
    finally:
        handler.close()
    for p in tmp_path.iterdir():
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600, p
    assert not path.is_symlink()
