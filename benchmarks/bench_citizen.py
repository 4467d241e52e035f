"""Time to open a citizen: load the overview (open_citizen, which writes the audit row) and construct the screen.

    python benchmarks/bench_citizen.py                       # builds a 2,000-citizen demo database in a temp folder
    python benchmarks/bench_citizen.py --citizens 100000     # a bigger one (takes minutes to build)
    python benchmarks/bench_citizen.py --db demo.db          # an existing demo database (copied first, never changed)

Prints the figures (median, p95, max in ms) for: the service call alone, the widget construction alone, and both
together until the first paint, over ``--n`` different citizens of the demo caseworker's caseload. The first open of
the process is reported separately (it pays for imports and Qt's first layouts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _copy(src: Path, dst: Path) -> None:
    s = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    d = sqlite3.connect(dst)
    s.backup(d)
    d.close()
    s.close()


def _stats(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms   (n={len(ms)})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an existing demo database (copied to a temp folder first)")
    ap.add_argument("--citizens", type=int, default=2000, help="size of the demo database to build (without --db)")
    ap.add_argument("--n", type=int, default=30, help="how many citizens to open")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from sqlalchemy import and_, func, select

    from planner_gui.services import plans
    from planner_gui.services.auth import Actor
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.tables import Assignment, Citizen, Staff

    tmp = Path(tempfile.mkdtemp(prefix="bench_citizen_"))
    path = tmp / "demo.db"
    if args.db is not None:
        print(f"copying {args.db} ...", flush=True)
        _copy(args.db, path)
    else:
        from planner_gui.services.setup import create_demo_database

        print(f"building a demo database with {args.citizens} citizens ...", flush=True)
        db, _ = create_demo_database(path, "bench-kode-123", citizens=args.citizens, seed=1)
        db.dispose()
    db = open_database(path)
    with db.read() as s:
        n_citizens = s.scalar(select(func.count()).select_from(Citizen))
        # the caseworker with the biggest caseload, and their current citizens
        today = dt.date.today()
        current = and_(Assignment.role == "primaer", Assignment.start <= today, Assignment.end.is_(None))
        load = (
            select(Assignment.staff_id, func.count().label("n"))
            .join(Staff, Staff.id == Assignment.staff_id)
            .where(current, Staff.role == "sagsbehandler")
            .group_by(Assignment.staff_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        staff_id, caseload = s.execute(load).one()
        st = s.get(Staff, staff_id)
        actor = Actor(st.initials, st.role, st.id, st.name)
        ids = s.scalars(
            select(Assignment.citizen_id)
            .where(Assignment.staff_id == staff_id, current)
            .order_by(Assignment.citizen_id)
            .limit(args.n + 1)
        ).all()
    print(f"database: {n_citizens} citizens; caseworker {actor.initials} with {caseload} current citizens")

    from planner_gui.ui.citizen.view import CitizenView
    from planner_gui.ui.context import AppContext

    ctx = AppContext(db, actor)
    service: list[float] = []
    widget: list[float] = []
    total: list[float] = []
    first = 0.0
    for i, cid in enumerate(ids):
        t0 = time.perf_counter()
        ov = plans.open_citizen(db, actor, cid)
        t1 = time.perf_counter()
        view = CitizenView(ctx, cid, overview=ov)
        view.resize(1100, 820)
        view.show()
        app.processEvents()  # laid out and painted
        t2 = time.perf_counter()
        view.close()
        view.deleteLater()
        app.processEvents()
        if i == 0:
            first = t2 - t0
            continue
        service.append(t1 - t0)
        widget.append(t2 - t1)
        total.append(t2 - t0)
    print(f"first open in this process (imports, first layout): {first * 1000:.1f} ms")
    print(f"open_citizen (service, audited):  {_stats(service)}")
    print(f"CitizenView construct + paint:    {_stats(widget)}")
    print(f"open a citizen, total:            {_stats(total)}")
    db.dispose()
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
