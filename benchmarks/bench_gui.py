"""Benchmark of the desktop shell on a large demo database (prints figures; not a test).

    python benchmarks/bench_gui.py [--db /tmp/planner-bench-100k.db] [--citizens 100000] [--runs 5]

Creates the demo database once (``planner-gui demo``) when it is missing. Measures, under QT_QPA_PLATFORM=offscreen:

1. Start-up: process start until the main window is shown and painted (``planner-gui --smoke`` with
   PLANNER_USER/PLANNER_PASSWORD, time until its title line arrives on stdout), also until the login window, against a
   bare PySide6 script that shows an empty QMainWindow the same way. Median of ``--runs``; ratio app / bare.
2. Search latency per keystroke: typing names and CPR numbers into the main window's search page, the time from the
   text to the first page of results in the table model (the count of hits and the audit row follow in the
   background and are timed separately). Median and p95.
3. Open a citizen (the citizen screen in a tab, painted), when the citizen screen exists.
4. Peak memory (max RSS) of the benchmark process and of the smoke runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSWORD = "demo-kode"

# the bare window: the same script bench_startup.py times (run without an argument it is only the window)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import BARE  # noqa: E402
from bench_startup import caseworker as caseworker_initials  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def time_to_first_line(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until its first stdout line (the window title)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=120)
    if proc.returncode != 0 or not line.strip():
        raise SystemExit(f"{cmd} failed ({proc.returncode})")
    return elapsed


def time_to_first_paint(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until the app reports its first window painted (PLANNER_TRACE_STARTUP)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=dict(env, PLANNER_TRACE_STARTUP="1")
    )
    assert proc.stderr is not None
    elapsed = None
    for line in proc.stderr:
        if line.startswith("painted: ") and elapsed is None:
            elapsed = time.perf_counter() - started
    proc.wait(timeout=120)
    if elapsed is None:
        raise SystemExit(f"{cmd} never painted a window")
    return elapsed


def ensure_db(path: Path, citizens: int) -> None:
    if path.exists():
        return
    print(f"creating {path} with {citizens} citizens (once) ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "planner_gui",
            "demo",
            "--db",
            str(path),
            "--citizens",
            str(citizens),
            "--admin-password",
            PASSWORD,
        ],
        check=True,
    )


def bench_startup(db: Path, user: str, runs: int) -> dict[str, float]:
    data = tempfile.mkdtemp()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=data)
    env.pop("PLANNER_USER", None)
    env.pop("PLANNER_PASSWORD", None)
    bare_file = Path(data) / "bare.py"
    bare_file.write_text(BARE)
    app_cmd = [sys.executable, "-m", "planner_gui", "--smoke", "--db", str(db)]
    login_env = dict(env, PLANNER_USER=user, PLANNER_PASSWORD=PASSWORD)
    # warm the OS file cache once for each
    time_to_first_line([sys.executable, str(bare_file)], env)
    time_to_first_line(app_cmd, env)
    bare, first, login_win, main_win = [], [], [], []
    for _ in range(runs):
        bare.append(time_to_first_line([sys.executable, str(bare_file)], env))
        first.append(time_to_first_paint(app_cmd, env))
        login_win.append(time_to_first_line(app_cmd, env))
        main_win.append(time_to_first_line(app_cmd, login_env))
    return {
        "bare": statistics.median(bare),
        "first": statistics.median(first),
        "login": statistics.median(login_win),
        "main": statistics.median(main_win),
    }


def pause(app: object, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def bench_in_process(db_path: Path, user: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from planner_gui.services import citizens as svc
    from planner_gui.services.auth import login
    from planner_gui.storage.migrate import open_database
    from planner_gui.ui.app import make_app
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.main_window import MainWindow

    app = make_app()
    db = open_database(db_path)
    actor = login(db, user, PASSWORD)
    window = MainWindow(AppContext(db, actor))
    window.show()
    app.processEvents()
    page = window.search_page

    # what a caseworker types: names (with Danish letters) and CPR numbers with and without the dash
    import sqlite3

    con = sqlite3.connect(db_path)
    cprs = [r[0] for r in con.execute("SELECT cpr FROM citizens ORDER BY id LIMIT 3 OFFSET 5000")]
    con.close()
    words = ["anne nielsen", "søren møller", "mohammad ali", "kri", "hansen", "ida j", "xyz"]
    words += [f"{c[:6]}-{c[6:]}" for c in cprs[:2]] + [cprs[2]]
    latencies: list[float] = []
    hits_time: list[float] = []
    for word in words:
        for i in range(1, len(word) + 1):
            text = word[:i]
            started = time.perf_counter()
            page.set_query(text)
            page.run_now()  # what the debounce timer does after the pause
            app.processEvents()  # repaint the table
            latencies.append((time.perf_counter() - started) * 1000)
            pause(app, 0.15)  # the next keystroke comes ~150 ms later; background work (if any) runs meanwhile
        pause(app, 0.8)  # typing settles: the audit row (and the count, when needed) is written in the background
        started = time.perf_counter()
        svc.count_search(db, actor, word)
        hits_time.append((time.perf_counter() - started) * 1000)
        page.set_query("")
        page.run_now()
    from planner_gui.ui import workers

    deadline = time.time() + 30
    while workers.running_count() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)

    open_times: list[float] = []
    has_view = True
    try:
        import planner_gui.ui.citizen.view  # noqa: F401
    except ImportError:
        has_view = False
    if has_view and window.caseload_page is not None:
        model = window.caseload_page.model
        for row in range(min(10, model.rowCount())):
            r = model.row_at(row)
            assert r is not None
            started = time.perf_counter()
            view = window.open_citizen(r.id, r.name, reason="")
            app.processEvents()
            if view is not None:
                view.repaint()
            open_times.append((time.perf_counter() - started) * 1000)
            window.close_current_tab()
            app.processEvents()
    window.close()
    db.dispose()
    QApplication.processEvents()
    return {"latencies": latencies, "hits": hits_time, "open": open_times, "keystrokes": len(latencies)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/planner-bench-100k.db")
    ap.add_argument("--citizens", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    db = Path(args.db)
    ensure_db(db, args.citizens)
    user = caseworker_initials(db)
    import sqlite3

    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM citizens").fetchone()[0]
    con.close()
    print(f"database: {db} ({n:,} citizens), caseworker {user}, {os.cpu_count()} CPUs")

    s = bench_startup(db, user, args.runs)
    print(f"\nstart-up (median of {args.runs}, process start to first paint):")
    print(f"  bare PySide6 QMainWindow   {s['bare'] * 1000:7.0f} ms")
    print(f"  app, login window painted  {s['first'] * 1000:7.0f} ms   ratio {s['first'] / s['bare']:.2f}x")
    print(f"  app, login + database open {s['login'] * 1000:7.0f} ms   ratio {s['login'] / s['bare']:.2f}x")
    print(f"  app, main window (logged in){s['main'] * 1000:6.0f} ms   ratio {s['main'] / s['bare']:.2f}x")

    r = bench_in_process(db, user)
    lat = r["latencies"]
    assert isinstance(lat, list)
    print(f"\nsearch, per keystroke ({r['keystrokes']} keystrokes; first page in the table, repainted):")
    print(f"  median {statistics.median(lat):6.1f} ms   p95 {p95(lat):6.1f} ms   max {max(lat):6.1f} ms")
    hits = r["hits"]
    assert isinstance(hits, list)
    print(
        f"  counting all hits of a typed word (background, once typing settles): median "
        f"{statistics.median(hits):.1f} ms, max {max(hits):.1f} ms"
    )
    opened = r["open"]
    assert isinstance(opened, list)
    if opened:
        print(f"\nopen a citizen ({len(opened)} from the caseload, tab built and painted):")
        print(f"  median {statistics.median(opened):6.1f} ms   p95 {p95(opened):6.1f} ms   max {max(opened):6.1f} ms")
    else:
        print("\nopen a citizen: the citizen screen is not available")
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\npeak memory: benchmark process {self_rss:.0f} MB, largest smoke run {child_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
