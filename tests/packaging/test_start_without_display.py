"""Without a display Qt's xcb plugin aborts the process (exit 134): ``--smoke`` draws offscreen instead, and the app
itself says in one line why it cannot start (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")


def _headless_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("PLANNER_USER", None)
    env["PLANNER_DATA_DIR"] = str(tmp_path / "data")
    return env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args],
        env=_headless_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_without_a_display_falls_back_to_offscreen(tmp_path: Path) -> None:
    db = tmp_path / "sager.db"
    made = subprocess.run(
        [sys.executable, "-m", "planner_gui", "init", "--db", str(db), "--admin-password", PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
        env=_headless_env(tmp_path),
    )
    assert made.returncode == 0, made.stderr
    proc = _run(tmp_path, "--smoke", "--db", str(db))
    assert proc.returncode == 0, (proc.returncode, proc.stderr)
    assert "Log ind" in proc.stdout


def test_app_without_a_display_says_so_and_exits_2(tmp_path: Path) -> None:
    proc = _run(tmp_path, "--db", str(tmp_path / "sager.db"))
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "ingen skærm" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "sager.db").exists()
