"""Scale figures for issue 17, each beside its baseline in the same run (prints figures; not a test).

Every step runs the user's own command line (``python -m planner_gui ...``) as a child process in a temporary folder;
time is wall time of the whole process, memory is the peak RSS of that child alone (``os.wait4``); for the demo also
its CPU seconds (user + system, less bent by other load on a shared machine than wall time) and the largest WAL file
seen while it ran (polled 4 times a second):

1. ``demo --citizens N`` (unencrypted, so the baseline can read it) against a raw ``sqlite3.executemany`` of *the same
   rows* into the same schema (tables, indexes, triggers copied from the demo file; WAL, ``synchronous=FULL``, foreign
   keys checked at commit; one transaction). The baseline runs as its own process too; the rows are read before the
   clock starts, table by table.
2. ``export`` of the whole database.
3. ``import`` of that export into an empty database (``init``), then the same import again (everything skipped).
4. ``report`` of one goal file (Brøndby 2018-2019) over 2018.
5. Reading the export alone, no database: the importer's reader (``fastread``: its fast path, and expat alone)
   against python-calamine (when installed), each in its own process: seconds and peak RSS.
6. With ``--before TREE`` (a copy of an older tree, e.g. ``git archive HEAD | tar -x -C /tmp/before``): export, import
   and import again run once more with that tree's code, right after this tree's, so both are timed under the same
   load ("before → after" in the README).

    python benchmarks/bench_scale.py [--citizens 10000] [--keep DIR] [--skip-baseline] [--skip-readers] [--before TREE]
                                     [--before-db DB] [--demo-only] [--reuse]

The default of 10,000 citizens runs in about a minute here; the issue's figures (and its goals) are for
``--citizens 100000`` (about 5 minutes on 2 cores) and, as a separate long run, 1,000,000.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "bench-kode-123"
EXE = [sys.executable, "-m", "planner_gui"]
ENV = {"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}


WAL_PEAK: dict[str, int] = {}  # run_child(watch=...): the largest WAL file seen under the folder during the run
CPU: dict[str, float] = {}  # the last child's CPU seconds (user + system): a figure less bent by other load


def _watch_wal(folder: Path, stop: threading.Event) -> None:
    """Poll the size of every ``*-wal`` file under ``folder`` (the demo builds in ``<name>.unfinished/``)."""
    peak = 0
    while not stop.wait(0.25):
        for wal in folder.glob("**/*-wal"):
            with contextlib.suppress(OSError):
                peak = max(peak, wal.stat().st_size)
    WAL_PEAK["bytes"] = peak


def run_child(
    cmd: list[str], env: dict[str, str] | None = None, *, check: bool = True, watch: Path | None = None
) -> tuple[float, float, str]:
    """Like :func:`run` but reaps the child with ``os.wait4`` before ``communicate`` so its own peak RSS is known.

    The children here write little to their pipes (a summary line), so waiting first cannot dead-lock. With
    ``watch``, the largest WAL file under that folder during the run is left in :data:`WAL_PEAK`.
    """
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_wal, args=(watch, stop), daemon=True) if watch else None
    if watcher:
        watcher.start()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    CPU["seconds"] = usage.ru_utime + usage.ru_stime
    if watcher:
        stop.set()
        watcher.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = proc.communicate()
    if proc.returncode != 0:
        if check:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip() or out.strip()}")
        return seconds, usage.ru_maxrss / 1024, "FAILED: " + (err.strip().splitlines() or [""])[-1]
    return seconds, usage.ru_maxrss / 1024, out


# ---------------------------------------------------------------------------------------------------- children


def baseline_child(src: Path, dst: Path) -> None:
    """Raw sqlite3: the demo file's rows, executemany into a copy of its schema, one transaction; prints seconds."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    s = sqlite3.connect(src)
    d = sqlite3.connect(dst, isolation_level=None)
    try:  # the schema's Danish name index calls the app's key function (migration 0013; not in older trees)
        from planner_gui.storage.collation import register_sqlite

        register_sqlite(d)
    except ImportError:
        pass
    d.execute("PRAGMA journal_mode=WAL")
    d.execute("PRAGMA synchronous=FULL")
    d.execute("PRAGMA foreign_keys=ON")
    schema = s.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    for kind, _name, sql in schema:
        if kind in ("table", "index"):
            d.execute(sql)
    for kind, _name, sql in schema:
        if kind == "trigger":
            d.execute(sql)
    tables = [name for kind, name, _ in schema if kind == "table"]
    rows_total = 0
    spent = 0.0
    d.execute("BEGIN IMMEDIATE")
    d.execute("PRAGMA defer_foreign_keys=ON")
    for table in tables:
        rows = s.execute(f'SELECT * FROM "{table}"').fetchall()  # read before the clock starts
        if not rows:
            continue
        marks = ", ".join("?" * len(rows[0]))
        t0 = time.perf_counter()
        d.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        spent += time.perf_counter() - t0
        rows_total += len(rows)
        del rows
    t0 = time.perf_counter()
    d.execute("COMMIT")
    spent += time.perf_counter() - t0
    d.close()
    s.close()
    print(f"{spent:.3f} {rows_total}")


def read_child(reader: str, path: Path) -> None:
    """Read every cell of every sheet of ``path`` with one reader, keeping nothing; prints seconds and cells."""
    t0 = time.perf_counter()
    cells = 0
    if reader == "fastread":
        from planner_gui.interchange import fastread

        with fastread.open_workbook(path) as wb:
            for _title, part in wb.sheets:
                for _number, row in wb.cells(part):
                    cells += len(row)
    elif reader == "expat":  # the fast path off: every part is read by expat alone
        from planner_gui.interchange import fastread

        fastread._SHEET_DATA = b"<never found>"
        with fastread.open_workbook(path) as wb:
            for _title, part in wb.sheets:
                for _number, row in wb.cells(part):
                    cells += len(row)
    elif reader == "calamine":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                cells += len(row)
    elif reader == "calamine-lazy":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).iter_rows():
                cells += len(row)
    else:
        raise SystemExit(f"unknown reader {reader}")
    print(f"{time.perf_counter() - t0:.3f} {cells}")


def import_child(limit: int, db: str, workbook: str) -> None:
    """``planner-gui import`` with the reader's cell limit (a hostile-file guard) raised to ``limit``: measures what
    importing a workbook beyond the limit would cost. Never what the app does; a figure for the issue only."""
    from planner_gui import cli
    from planner_gui.interchange import fastread

    fastread.MAX_CELLS = limit
    sys.exit(cli.main(["import", "--db", db, workbook]))


# ---------------------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--citizens", type=int, default=10_000, help="citizens in the demo (the issue's figure: 100000)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="with --keep: reuse its demo.db and export.xlsx")
    ap.add_argument("--skip-readers", action="store_true")
    ap.add_argument("--demo-only", action="store_true", help="the demo (and its baseline) only, then stop")
    ap.add_argument("--before", type=Path, help="also run export, import and import again with this tree's code")
    ap.add_argument(
        "--before-db",
        type=Path,
        help="with --before: the demo database that tree exports (when this tree's migrations have moved the demo "
        "file past what it reads, e.g. the copy in demo.db.backups/ taken before the first of them)",
    )
    ap.add_argument("--baseline-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--read-child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--import-child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument(
        "--lift-cell-limit",
        type=int,
        metavar="CELLS",
        help="when the import is refused for its cell limit (24,000,000; the 100,000-citizen export holds ~11.5M), "
        "also time an import with the limit raised to CELLS in a patched child (a figure, not the app)",
    )
    args = ap.parse_args()
    if args.baseline_child:
        baseline_child(*args.baseline_child)
        return
    if args.import_child:
        import_child(int(args.import_child[0]), args.import_child[1], args.import_child[2])
        return
    if args.read_child:
        read_child(args.read_child[0], Path(args.read_child[1]))
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    db, out, fresh = folder / "demo.db", folder / "export.xlsx", folder / "fresh.db"
    base, report = folder / "baseline.db", folder / "report.xlsx"
    for p in (fresh, base) if args.reuse else (db, fresh, base):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    me = [sys.executable, str(Path(__file__).resolve())]
    (folder / "appdata").mkdir(exist_ok=True)
    ENV["PLANNER_DATA_DIR"] = str(folder / "appdata")  # logs and settings of the runs stay in the folder
    print(f"{args.citizens:,} citizens, {os.cpu_count()} CPUs, folder {folder}", flush=True)
    figures: list[tuple[str, str, str]] = []

    def show(what: str, figure: str, baseline: str = "") -> None:
        figures.append((what, figure, baseline))
        print(f"  {what}: {figure}" + (f"   | baseline: {baseline}" if baseline else ""), flush=True)

    if args.reuse and db.exists() and out.exists():
        print(f"  (reusing {db.name} and {out.name}: demo and baseline not run; the export is timed to another file)")
        again = folder / "export_again.xlsx"
        secs, mem, _ = run_child([*EXE, "export", "--db", str(db), str(again)], ENV)
        show(
            "export (whole database)",
            f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB, {again.stat().st_size / 1e6:.1f} MB file",
        )
    else:
        secs, mem, _ = run_child(
            [*EXE, "demo", "--db", str(db), "--citizens", str(args.citizens), "--seed", "1", "--no-encrypt"],
            {**ENV, "PLANNER_NEW_PASSWORD": PASSWORD},
            watch=folder,
        )
        wal = f", CPU {CPU['seconds']:.1f} s, WAL up to {WAL_PEAK.get('bytes', 0) / 1e6:,.0f} MB"
        con = sqlite3.connect(db)
        case_tables = (
            "citizens",
            "benefit_periods",
            "assignments",
            "efforts",
            "ordinary_hours",
            "measurements",
            "exits",
            "plans",
            "sub_goals",
            "notes",
        )
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        case_rows = sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in case_tables if t in names)
        con.close()
        demo_secs = secs
        if args.skip_baseline:
            show(f"demo --citizens {args.citizens}", f"{secs:.1f} s, peak {mem:.0f} MB{wal}, {case_rows:,} case rows")
        else:
            b_secs, b_mem, b_out = run_child([*me, "--baseline-child", str(db), str(base)])
            insert_secs, all_rows = float(b_out.split()[0]), int(b_out.split()[1])
            show(
                f"demo --citizens {args.citizens}",
                f"{secs:.1f} s, peak {mem:.0f} MB{wal}, {case_rows:,} case rows ({all_rows:,} rows in all tables)",
                f"executemany of the same {all_rows:,} rows into the same schema {insert_secs:.1f} s "
                f"(whole process {b_secs:.1f} s, {b_mem:.0f} MB): ratio {demo_secs / insert_secs:.1f}x",
            )

        if args.demo_only:
            return
        secs, mem, _ = run_child([*EXE, "export", "--db", str(db), str(out)], ENV)
        show(
            "export (whole database)",
            f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB, {out.stat().st_size / 1e6:.1f} MB file",
        )

    run_child([*EXE, "init", "--db", str(fresh), "--no-encrypt"], {**ENV, "PLANNER_NEW_PASSWORD": PASSWORD})
    importer = [*EXE, "import"]
    secs, mem, result = run_child([*importer, "--db", str(fresh), str(out)], ENV, check=False)
    if result.startswith("FAILED") and args.lift_cell_limit:
        show("import into an empty database", f"refused after {secs:.1f} s, peak {mem:.0f} MB: {result[8:]}")
        importer = [*me, "--import-child", str(args.lift_cell_limit)]
        secs, mem, result = run_child([*importer, str(fresh), str(out)], ENV, check=False)
        what = f"import with the cell limit raised to {args.lift_cell_limit:,} (patched child)"
    else:
        what = "import into an empty database"
    show(
        what,
        f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB"
        + (f" ({result})" if result.startswith("FAILED") else ""),
    )
    if not result.startswith("FAILED"):
        cmd = (
            [*importer, str(fresh), str(out)]
            if importer[-2] == "--import-child"
            else [*importer, "--db", str(fresh), str(out)]
        )
        secs, mem, result = run_child(cmd, ENV, check=False)
        show(
            "import again (everything skipped)",
            f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB"
            + (f" ({result})" if result.startswith("FAILED") else ""),
        )

    if args.before:
        before = {"PYTHONPATH": str(args.before.resolve())}
        old_out, old_db = folder / "export_before.xlsx", folder / "fresh_before.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{old_db}{suffix}").unlink(missing_ok=True)
        old_src = args.before_db or db
        secs, mem, _ = run_child([*EXE, "export", "--db", str(old_src), str(old_out)], {**ENV, **before})
        show(
            "export, before",
            f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB, {old_out.stat().st_size / 1e6:.1f} MB file",
        )
        init = [*EXE, "init", "--db", str(old_db), "--no-encrypt"]
        run_child(init, {**ENV, **before, "PLANNER_NEW_PASSWORD": PASSWORD})
        # the older tree may refuse the export for its cell limit: the patched child raises it
        lifted = [*me, "--import-child", str(args.lift_cell_limit or 100_000_000), str(old_db), str(out)]
        for what in ("import into an empty database, before", "import again, before"):
            secs, mem, result = run_child(lifted, {**ENV, **before}, check=False)
            show(
                what,
                f"{secs:.1f} s, CPU {CPU['seconds']:.1f} s, peak {mem:.0f} MB"
                + (f" ({result})" if result.startswith("FAILED") else ""),
            )

    secs, mem, _ = run_child(
        [
            *EXE,
            "report",
            "--db",
            str(db),
            "--goals",
            "broendby_2018-2019",
            "--from",
            "2018-01-01",
            "--to",
            "2018-12-31",
            "--out",
            str(report),
        ],
        ENV,
    )
    show("report, Brøndby 2018-2019 goals over 2018", f"{secs:.1f} s, peak {mem:.0f} MB")

    if not args.skip_readers:
        readers = ["fastread", "expat"]
        try:
            import python_calamine  # noqa: F401

            readers += ["calamine", "calamine-lazy"]
        except ImportError:
            print("  (python-calamine is not installed: reader comparison without it)")
        for reader in readers:
            secs, mem, r_out = run_child([*me, "--read-child", reader, str(out)])
            inner, cells = float(r_out.split()[0]), int(r_out.split()[1])
            show(
                f"read the export only, {reader}",
                f"{inner:.1f} s ({secs:.1f} s process), peak {mem:.0f} MB, {cells:,} cells",
            )

    print("\n| what | figure | baseline in the same run |\n|---|---|---|")
    for what, figure, baseline in figures:
        print(f"| {what} | {figure} | {baseline} |")


if __name__ == "__main__":
    main()
