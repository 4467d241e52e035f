"""Soak test for crash safety: SIGKILL a writer 1,000 times at random moments and check the file after every kill.

    python benchmarks/soak_kill.py [--kills 1000] [--seed 1] [--db PATH]

Each cycle forks a writer from a warm zygote (tests/reliability/crashkit.py) that alternates a new citizen + plan +
audit row and a plan edit through ``plans.open_citizen``/``plans.save_plan``, reporting each after its commit; the
cycle SIGKILLs it (one in ten during start-up, the others after 1-4 reported saves plus a random 0-40 ms, so the kill
lands at a random moment of the transaction in flight), then checks: ``PRAGMA integrity_check`` is ok, every
reported save is there (or, for a plan edit, a later one), nothing is half-saved (no change without its audit row, no
audit row without its change), the audit chain is intact and ``open_database`` opens the file. Prints the figures;
exit 1 on the first failure.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "reliability"))

import crashkit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", type=Path, help="database file to create (default: a temporary folder)")
    args = ap.parse_args()

    from planner_gui.services.setup import create_database

    path = args.db or Path(tempfile.mkdtemp(prefix="soak-")) / "soak.db"
    create_database(path, "soak-kode-123").dispose()
    rng = random.Random(args.seed)
    zygote = crashkit.Zygote(path)
    reported: set[str] = set()
    edits: dict[str, int] = {}
    during_startup = killed_by_sigkill = 0
    started = time.perf_counter()
    try:
        for i in range(args.kills):
            if i % 10 == 0:  # one kill in ten while the writer starts up
                cycle = zygote.cycle(rng.uniform(0.0, 0.03))
            else:  # the others after 1-4 saves, at a random moment of the next one
                cycle = zygote.cycle(rng.uniform(0.0, 0.04), after_saves=rng.randint(1, 4))
            killed_by_sigkill += cycle.signal == signal.SIGKILL
            during_startup += not cycle.created
            reported |= cycle.created
            for cid, n in cycle.edits.items():
                edits[cid] = max(edits.get(cid, -1), n)
            check = crashkit.verify(path, reported, edits=edits)
            if check.problems:
                print(f"FAILED after kill {i + 1}: {check.problems}")
                return 1
            if (i + 1) % 100 == 0:
                print(f"  {i + 1} kills, {len(reported)} saves reported, {check.citizens} rows", flush=True)
    finally:
        zygote.close()
    elapsed = time.perf_counter() - started
    print(f"database: {path}")
    print(f"kills survived: {args.kills} (SIGKILL {killed_by_sigkill}, {during_startup} before the first commit)")
    print(
        f"saves reported after commit: {len(reported)} new citizens, plan edits on {len(edits)} citizens; all present"
    )
    print(f"plan edits in the audit log: {check.plan_edits}")
    print(f"rows: citizens {check.citizens}, plans {check.plans}, audit create rows {check.audit_rows}")
    print("integrity_check ok, no half-saved rows, audit chain intact, open_database ok after every kill")
    print(f"time: {elapsed:.1f} s ({elapsed / args.kills * 1000:.0f} ms per kill cycle)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
