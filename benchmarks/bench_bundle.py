"""Start-up of the PyInstaller bundle beside the installed app (prints figures; not a test).

    python3 packaging/build.py && python3 benchmarks/bench_bundle.py [--bundle dist/planner-gui] [--runs 5]

Makes a small demo database once, then times ``--smoke`` (process start until the login window, and with
PLANNER_USER/PLANNER_PASSWORD until the main window, is painted) for the bundle's executable and for the installed
app (``python -m planner_gui``), under QT_QPA_PLATFORM=offscreen, from a folder outside the source tree. Median of
``--runs`` after one warm-up run each (the first start after a build also reads the files from disk). Also prints the
bundle's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-kode-123"


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed: {proc.stderr}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "planner-gui")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / ("planner-gui.exe" if sys.platform == "win32" else "planner-gui")
    if not exe.is_file():
        raise SystemExit(f"{exe} is missing: build it with python3 packaging/build.py")
    size = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "PLANNER_"))}
        env.update(QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(work / "data"))
        subprocess.run(
            [str(exe), "demo", "--db", "demo.db", "--citizens", "200", "--admin-password", PASSWORD],
            cwd=work,
            env=env,
            check=True,
            capture_output=True,
        )
        logged_in = {**env, "PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}
        apps = {"bundle": [str(exe)], "installed": [sys.executable, "-m", "planner_gui"]}
        for window, run_env in (("login window", env), ("main window", logged_in)):
            for name, cmd in apps.items():
                full = [*cmd, "--smoke", "--db", "demo.db"]
                timed(full, work, run_env)
                times = [timed(full, work, run_env) for _ in range(args.runs)]
                print(f"{name:9} --smoke to the {window}: median {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
