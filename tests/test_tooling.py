"""The codebase's own rules, checked with the suite: lint, format, types and the import contract (only ui/ imports Qt).

They run here so that the one test command of the README also keeps these clean.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*cmd: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_lint() -> None:
    proc = _run(sys.executable, "-m", "ruff", "check", "--quiet", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format() -> None:
    proc = _run(sys.executable, "-m", "ruff", "format", "--check", "--quiet", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_import_contracts() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    proc = _run(str(exe) if exe.exists() else "lint-imports", "--no-cache")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


@pytest.mark.slow
def test_mypy_strict_on_qt_free_packages() -> None:
    proc = _run(sys.executable, "-m", "mypy", "--no-error-summary", timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_core_never_imports_qt() -> None:
    """`import planner_gui` and the CLI stay free of Qt (and fast): checked in a fresh interpreter."""
    code = (
        "import sys, planner_gui.cli, planner_gui.interchange.read, planner_gui.services.setup;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))];"
        "print(','.join(bad))"
    )
    proc = _run(sys.executable, "-c", code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
