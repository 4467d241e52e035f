"""Running an installed copy of the app (a venv's, or the PyInstaller bundle's) as a user would, away from the source
tree: a folder of its own as the working directory, no PYTHONPATH, a data folder of its own."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "pakke-kode-123"


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PLANNER_", "VIRTUAL_ENV"))}
    env.update(PLANNER_DATA_DIR=str(tmp / "data"), PLANNER_USER="admin", PLANNER_PASSWORD=PASSWORD, **extra)
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def init_demo_report(exe: list[str], work: Path, env: dict[str, str]) -> None:
    """``init``, ``demo --citizens 50`` and ``report --goals broendby_2018-2019`` (a shipped goal file by name)."""
    proc = run([*exe, "init", "--db", "init.db", "--admin-password", PASSWORD], work, env)
    assert proc.returncode == 0, proc.stderr
    assert (work / "init.db").is_file()
    proc = run([*exe, "demo", "--db", "demo.db", "--citizens", "50", "--admin-password", PASSWORD], work, env)
    assert proc.returncode == 0, proc.stderr
    today = dt.date.today()
    period = ["--from", f"{today.year - 1}-01-01", "--to", today.isoformat()]
    proc = run(
        [*exe, "report", "--db", "demo.db", "--goals", "broendby_2018-2019", *period, "--out", "r.xlsx"], work, env
    )
    assert proc.returncode == 0, proc.stderr
    assert "Brøndby" in proc.stdout, proc.stdout
    assert (work / "r.xlsx").stat().st_size > 10_000


def shipped_files() -> list[str]:
    """What the app reads at run time from resources/ and db/ (relative to the installed packages' folders)."""
    out = [
        f"resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix not in (".pyc", ".ts")
        and (p.suffix != ".py" or p.name == "__init__.py")
    ]
    out += [f"migrations/versions/{p.name}" for p in (ROOT / "db" / "versions").glob("*.py")]
    out += ["migrations/env.py", "migrations/__init__.py"]
    return sorted(out)
