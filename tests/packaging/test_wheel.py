"""The built wheel carries what the app needs (resources/ and the Alembic versions): installed into a fresh venv it
creates, migrates and reports from a folder outside the source tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, clean_env, init_demo_report, run, shipped_files


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_runs_init_demo_and_report(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(wheels)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (wheel,) = wheels.glob("planner_gui-*.whl")

    # the dependencies come from this interpreter's site-packages (offline); planner-gui itself only from the wheel
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    proc = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = clean_env(tmp_path)
    where = run(
        [
            str(python),
            "-c",
            "import planner_gui, planner_gui.config as c; print(planner_gui.__file__); print(c.resources_dir());"
            "print(c.migrations_dir())",
        ],
        work,
        env,
    )
    assert where.returncode == 0, where.stderr
    package_file, resources, migrations = (Path(line) for line in where.stdout.splitlines())
    site = package_file.parent
    assert venv.resolve() in package_file.resolve().parents, f"planner_gui came from {package_file}, not the venv"
    assert resources == site / "resources" and migrations == site / "migrations"
    missing = [name for name in shipped_files() if not (site / name).is_file()]
    assert not missing, f"the wheel lacks {missing}"

    script = venv / ("Scripts/planner-gui.exe" if sys.platform == "win32" else "bin/planner-gui")
    init_demo_report([str(script)], work, env)
