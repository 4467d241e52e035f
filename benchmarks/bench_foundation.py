"""Foundation figures: `demo --citizens N` (seconds, peak memory), then `export` and `import` of that database.

Baseline in the same run: a raw sqlite3 script that inserts the same number of rows (executemany of tuples) and
reads every row back, so the figures can be read against the simplest thing that could work.

    python benchmarks/bench_foundation.py [--citizens 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-kode-123"


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a command; return (seconds, peak RSS in MB) of that child alone."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    out, err = proc.communicate()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} failed ({code}): {err.strip() or out.strip()}")
    return seconds, usage.ru_maxrss / 1024


def baseline(rows: int, folder: Path) -> tuple[float, float]:
    path = folder / "baseline.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c DATE, d DATE)")
    t0 = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO t VALUES (?,?,?,?,?)",
            ((f"{i:032x}", "x" * 10, "kontanthjaelp", "2020-01-01", None) for i in range(rows)),
        )
    write = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = sum(1 for _ in conn.execute("SELECT * FROM t"))
    read = time.perf_counter() - t0
    assert n == rows
    conn.close()
    return write, read


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--citizens", type=int, default=100_000)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-found-"))
    folder.mkdir(parents=True, exist_ok=True)
    db, out, fresh = folder / "demo.db", folder / "export.xlsx", folder / "fresh.db"
    for p in (db, fresh):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    exe = [sys.executable, "-m", "planner_gui"]
    env = {"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}
    extra = (
        ["--no-encrypt"]
        if "--no-encrypt" in subprocess.run([*exe, "demo", "--help"], capture_output=True, text=True).stdout
        else []
    )

    secs, mem = run(
        [
            *exe,
            "demo",
            "--db",
            str(db),
            "--citizens",
            str(args.citizens),
            "--seed",
            "1",
            "--admin-password",
            PASSWORD,
            *extra,
        ]
    )
    con = sqlite3.connect(db)
    total = sum(
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("citizens", "benefit_periods", "assignments", "efforts", "ordinary_hours", "measurements", "exits")
    )
    con.close()
    print(f"demo --citizens {args.citizens}: {secs:.1f} s, peak {mem:.0f} MB, {total:,} case rows")
    b_write, b_read = baseline(total, folder)
    print(f"baseline raw sqlite3 executemany of {total:,} rows: {b_write:.1f} s; read back: {b_read:.1f} s")
    secs, mem = run([*exe, "export", "--db", str(db), str(out)], env)
    print(f"export: {secs:.1f} s, peak {mem:.0f} MB, {out.stat().st_size / 1e6:.0f} MB file")
    run([*exe, "init", "--db", str(fresh), "--admin-password", PASSWORD, *extra])
    secs, mem = run([*exe, "import", "--db", str(fresh), str(out)], env)
    print(f"import into an empty database: {secs:.1f} s, peak {mem:.0f} MB")
    secs, mem = run([*exe, "import", "--db", str(fresh), str(out)], env)
    print(f"import again (everything skipped): {secs:.1f} s, peak {mem:.0f} MB")


if __name__ == "__main__":
    main()
