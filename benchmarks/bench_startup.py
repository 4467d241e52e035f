"""Start-up against its floor (issue 17), whole processes, median of ``--runs`` (prints figures; not a test).

Under ``QT_QPA_PLATFORM=offscreen``, the time from process start until the process prints its window's title (the
app's ``--smoke`` prints it once the window is painted and, for the login window, the database is open and checked):

* **bare**: a PySide6 script that shows an empty ``QMainWindow`` and prints when it is painted;
* **login**: ``planner-gui --smoke`` (the login window painted and the database open); goal ≤ 1.3× bare;
* **floor**: the bare window + ``import sqlalchemy.orm`` + one Argon2id hash with the app's parameters
  (t=3, 64 MiB, p=2): what every app with this stack and this security pays before its main window;
* **main**: ``planner-gui --smoke`` with ``PLANNER_USER``/``PLANNER_PASSWORD`` (logged in, the main window painted),
  on a plain and on an encrypted demo database; goal ≤ 1.3× the floor.

    python benchmarks/bench_startup.py [--citizens 10000] [--runs 5] [--folder DIR] [--before TREE]

The demo databases (plain and encrypted, same seed) are made once in ``--folder``. With ``--before TREE`` (a copy of
an older tree, ``git archive HEAD | tar -x -C TREE``) the app's four cases run once more with that tree's code, in the
same rounds, so before and after are timed under the same load. The children write and use compiled bytecode as an
installed app does (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment: with it set, every start compiles
the app's modules from source, about 25 ms of the login window).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-kode-123"

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
FLOOR = len(sys.argv) > 1
if FLOOR:
    import sqlalchemy.orm  # noqa: F401
    from argon2 import PasswordHasher, Type
    PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, type=Type.ID).hash("bench-kode-123")
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setWindowTitle("bare")
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(w.windowTitle(), flush=True), app.exit(0)))
        return False
watch = Watch()
w.installEventFilter(watch)
w.show()
sys.exit(app.exec())
"""


def time_to_first_line(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until its first stdout line; the process must then exit 0."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or not line.strip():
        raise SystemExit(f"{cmd} failed ({proc.returncode}): {err.strip()[-2000:]}")
    return elapsed


def time_to_exit(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    """Seconds from process start until the process is done (its title printed and exited)."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=cwd)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"{cmd} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return time.perf_counter() - started


def ensure_demo(path: Path, citizens: int, encrypt: bool) -> None:
    if path.exists():
        return
    print(f"creating {path.name} ({citizens:,} citizens, {'encrypted' if encrypt else 'plain'}) ...", flush=True)
    cmd = [sys.executable, "-m", "planner_gui", "demo", "--db", str(path), "--citizens", str(citizens), "--seed", "1"]
    subprocess.run(
        [*cmd, *([] if encrypt else ["--no-encrypt"])],
        check=True,
        capture_output=True,
        env=dict(os.environ, PLANNER_NEW_PASSWORD=PASSWORD),
    )


def caseworker(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT initials FROM staff WHERE role = 'sagsbehandler' AND password_hash IS NOT NULL LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return str(row[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--citizens", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--folder", type=Path, help="keep the demo databases here (made once)")
    ap.add_argument("--before", type=Path, help="also time the app's cases with this tree's code (run from it)")
    args = ap.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-startup-"))
    folder.mkdir(parents=True, exist_ok=True)
    plain, encrypted = folder / f"plain-{args.citizens}.db", folder / f"encrypted-{args.citizens}.db"
    ensure_demo(plain, args.citizens, encrypt=False)
    ensure_demo(encrypted, args.citizens, encrypt=True)
    user = caseworker(plain)  # the same seed gives the same staff in both files

    data = folder / "appdata"
    data.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(data))
    env.pop("PLANNER_USER", None)
    env.pop("PLANNER_PASSWORD", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    logged = dict(env, PLANNER_USER=user, PLANNER_PASSWORD=PASSWORD)
    bare_file = folder / "bare.py"
    bare_file.write_text(BARE)
    py = sys.executable
    app = [py, "-m", "planner_gui", "--smoke", "--db"]
    here = Path(__file__).resolve().parent.parent  # this tree: run from it, `python -m planner_gui` imports it
    cases: dict[str, tuple[list[str], dict[str, str], Path]] = {
        "bare": ([py, str(bare_file)], env, here),
        "floor": ([py, str(bare_file), "floor"], env, here),
    }
    for label, tree in [("", here), *([(" (before)", args.before.resolve())] if args.before else [])]:
        cases[f"login, plain{label}"] = ([*app, str(plain)], env, tree)
        cases[f"login, encrypted{label}"] = ([*app, str(encrypted)], env, tree)
        cases[f"main, plain{label}"] = ([*app, str(plain)], logged, tree)
        cases[f"main, encrypted{label}"] = ([*app, str(encrypted)], logged, tree)
    for cmd, e, tree in cases.values():  # warm the OS file cache (and write the bytecode) once for each
        time_to_exit(cmd, e, tree)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (cmd, e, tree) in cases.items():
            times[name].append(time_to_exit(cmd, e, tree))
    med = {name: statistics.median(v) for name, v in times.items()}
    low = {name: min(v) for name, v in times.items()}
    print(f"\nstart-up, process start to window painted and process done, median of {args.runs}")
    print(f"({os.cpu_count()} CPUs, {args.citizens:,}-citizen demo, caseworker {user}, load {os.getloadavg()[0]:.1f}):")
    for name in cases:
        ref = "floor" if name.startswith("main") else "bare"
        fastest = f"(fastest: {low[name] / low[ref]:.2f}x)"
        ratio = "" if name in ("bare",) else f"   {med[name] / med[ref]:.2f}x {ref} {fastest}"
        spread = f"(min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f})"
        print(f"  {name:27} {med[name] * 1000:6.0f} ms {spread:24}{ratio}")
    print("(fastest: the ratio of the fastest runs, the least disturbed by other load on a shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
