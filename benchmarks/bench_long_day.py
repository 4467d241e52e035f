"""A long day: open and close 1,000 citizens in a row in one session, and print how memory moved.

    python benchmarks/bench_long_day.py [--citizens 1000] [--opens 1000] [--services-only] [--db PATH]

With the desktop (default, offscreen): each citizen is opened in the real citizen screen
(``planner_gui.ui.citizen.view.CitizenView``, which calls ``services.plans.open_citizen``: need-to-know check, audited
view, the whole picture), shown, its tabs visited, then closed and deleted. ``--services-only`` calls
``open_citizen`` alone. Memory is the process's resident set size (RSS), measured after a warm-up of 50 opens (caches,
compiled SQL, Qt's first-use allocations) and every 100 opens after; the target is a drift within 50 MB.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

WARMUP = 50
TARGET_MB = 50.0


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, not current, where /proc is absent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--citizens", type=int, default=1000)
    ap.add_argument("--opens", type=int, default=1000)
    ap.add_argument("--services-only", action="store_true")
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from sqlalchemy import select

    from planner_gui.services import plans
    from planner_gui.services.auth import Actor
    from planner_gui.services.setup import create_demo_database
    from planner_gui.storage.tables import Citizen, Staff

    path = args.db or Path(tempfile.mkdtemp(prefix="longday-")) / "dag.db"
    db, _ = create_demo_database(path, "bench-kode-123", citizens=args.citizens, seed=3)
    with db.read() as s:
        ids = list(s.scalars(select(Citizen.id).order_by(Citizen.last_name, Citizen.id)))
        st = s.execute(
            select(Staff.initials, Staff.role, Staff.id, Staff.name)
            .where(Staff.role == "sagsbehandler")
            .order_by(Staff.initials)
            .limit(1)
        ).one()
    actor = Actor(st.initials, st.role, st.id, st.name)
    reason = "opfølgning (benchmark)"

    if args.services_only:

        def open_close(cid: object) -> None:
            plans.open_citizen(db, actor, cid, reason)  # type: ignore[arg-type]
    else:
        from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from planner_gui.ui.citizen.view import CitizenView
        from planner_gui.ui.context import AppContext

        quiet = ("propagateSizeHints",)  # the offscreen platform's notice, once per window

        def on_qt_message(_mode: object, _context: object, message: str) -> None:
            if not any(q in message for q in quiet):
                print(f"qt: {message}", file=sys.stderr)

        qInstallMessageHandler(on_qt_message)
        app = QApplication.instance() or QApplication([])
        ctx = AppContext(db, actor)

        def open_close(cid: object) -> None:
            view = CitizenView(ctx, cid, reason)  # type: ignore[arg-type]
            view.resize(1100, 800)
            view.show()
            app.processEvents()
            for i in range(view.tabs.count()):
                view.tabs.setCurrentIndex(i)
                app.processEvents()
            view.maybe_close()
            view.close()
            view.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

    samples: list[tuple[int, float]] = []
    started = time.perf_counter()
    for n in range(1, args.opens + WARMUP + 1):
        open_close(ids[(n - 1) % len(ids)])
        if n == WARMUP:
            gc.collect()
            base = rss_mb()
            samples.append((0, base))
            t0 = time.perf_counter()
        elif n > WARMUP and (n - WARMUP) % 100 == 0:
            gc.collect()
            samples.append((n - WARMUP, rss_mb()))
            print(f"  {n - WARMUP:5d} opens: RSS {samples[-1][1]:7.1f} MB ({samples[-1][1] - base:+.1f})", flush=True)
    elapsed = time.perf_counter() - t0
    db.dispose()
    end = samples[-1][1]
    drift = end - base
    peak = max(m for _, m in samples)
    mode = "services only (open_citizen)" if args.services_only else "citizen screen (CitizenView, all tabs)"
    print(f"mode: {mode}; database: {path} ({len(ids)} citizens)")
    print(
        f"opened and closed {args.opens} citizens in {elapsed:.1f} s ({elapsed / args.opens * 1000:.0f} ms each), "
        f"total with warm-up {time.perf_counter() - started:.1f} s"
    )
    print(
        f"RSS after warm-up {base:.1f} MB, at the end {end:.1f} MB, peak {peak:.1f} MB: drift {drift:+.1f} MB "
        f"(target within {TARGET_MB:.0f} MB: {'met' if abs(drift) <= TARGET_MB else 'NOT met'})"
    )
    return 0 if abs(drift) <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
