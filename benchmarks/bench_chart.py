"""Opening the progression chart of a citizen with 200 measurement sessions (target: under 100 ms).

Builds a temporary database with Core bulk inserts: one citizen, 200 sessions of the default instrument, every
dimension rated by both the citizen and the caseworker (2,000 scores). Then, each repeated and the median printed:

- baseline: a bare pyqtgraph PlotWidget with one line of 200 points, created, shown and painted once;
- load: ``citizen_progression`` (the query and the domain object);
- chart: load + a new ``ProgressChart`` + ``set_data`` (12 lines, legend, baseline marker) + shown and painted once;
- panel: a whole ``ProgressPanel`` (chart, change table, list of 200 sessions) built, shown and painted once;
- the panel's steps on the GUI thread (the goal: none over 50 ms): its construction up to the load, the load itself
  (on the worker: ``run_and_wait`` keeps the event loop running), the construction after the load (chart, change
  table and list filled), and showing and painting it, with the GUI thread's CPU time of each; the longest
  GUI-thread step (wall) of each run;
- then vs now: switching an open chart to paired bars and back, painting each;
- the printout's PNG (``render_progress_png``).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_chart.py [--sessions 200] [--repeat 15]

On a busy machine the wall times vary from run to run; the CPU time (``time.process_time``, the whole process, so the
worker's load is in it) varies less. Compare trees in the same run, one after the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median wall time, worst wall time and median CPU time (ms); CPU time is steadier on a busy machine."""
    fn()  # warm-up (imports, font cache)
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()  # the previous run's garbage is not this run's cost (same for the baseline)
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def build(folder: Path, sessions: int) -> tuple[object, object, uuid.UUID]:
    from sqlalchemy import insert, select

    from planner_gui.services.auth import Actor
    from planner_gui.services.setup import create_database
    from planner_gui.storage.tables import Assignment, Citizen, Instrument, InstrumentDimension, Measurement, Staff

    db = create_database(folder / "bench.db", "bench-kode-123")
    staff_id, citizen_id = uuid.uuid4(), uuid.uuid4()
    rng = random.Random(1)
    with db.write() as s:
        s.execute(insert(Staff), [{"id": staff_id, "initials": "kw", "name": "Kim", "role": "sagsbehandler"}])
        s.execute(insert(Citizen), [{"id": citizen_id, "cpr": "0101901234", "first_name": "A", "last_name": "B"}])
        s.execute(
            insert(Assignment),
            [
                {
                    "id": uuid.uuid4(),
                    "citizen_id": citizen_id,
                    "staff_id": staff_id,
                    "role": "primaer",
                    "start": dt.date(2000, 1, 1),
                }
            ],
        )
        dims = (
            s.execute(select(InstrumentDimension.id).join(Instrument).where(Instrument.code == "bip")).scalars().all()
        )
        start = dt.date.today() - dt.timedelta(days=14 * sessions)
        rows = []
        level = {d: rng.randint(2, 5) for d in dims}
        for i in range(sessions):
            day = start + dt.timedelta(days=14 * i)
            for d in dims:
                level[d] = max(1, min(10, level[d] + rng.choice((-1, 0, 0, 1, 1))))
                for rater in ("borger", "sagsbehandler"):
                    rows.append(
                        {
                            "id": uuid.uuid4(),
                            "citizen_id": citizen_id,
                            "dimension_id": d,
                            "date": day,
                            "score": max(1, min(10, level[d] + rng.choice((-1, 0, 1)))),
                            "rater": rater,
                        }
                    )
        s.execute(insert(Measurement), rows)
    return db, Actor("kw", "sagsbehandler", staff_id), citizen_id


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    import planner_gui.ui.progress.panel as panel_module
    from planner_gui.services.measurements import citizen_progression, progression_for_printout
    from planner_gui.ui.context import AppContext
    from planner_gui.ui.progress.chart import THEN_NOW, ProgressChart, render_progress_png
    from planner_gui.ui.progress.panel import ProgressPanel

    with tempfile.TemporaryDirectory() as tmp:
        db, actor, cid = build(Path(tmp), args.sessions)
        ctx = AppContext(db, actor)
        n_scores = args.sessions * 10
        print(f"{args.sessions} sessions, {n_scores} scores (5 dimensions x 2 raters), median of {args.repeat} runs")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        xs = list(range(args.sessions))
        ys = [random.random() * 10 for _ in xs]

        def bare() -> None:
            w = pg.PlotWidget()
            w.plot(xs, ys)
            w.resize(900, 450)
            w.show()
            app.processEvents()  # layout and the first paint
            w.close()
            w.deleteLater()

        def load() -> object:
            return citizen_progression(db, actor, cid)

        def chart() -> None:
            data = citizen_progression(db, actor, cid).for_code("bip")
            c = ProgressChart()
            c.set_data(data)
            c.resize(900, 450)
            c.show()
            app.processEvents()
            c.close()
            c.deleteLater()

        def panel() -> None:
            p = ProgressPanel(ctx, cid)
            p.resize(1200, 750)
            p.show()
            app.processEvents()
            p.close()
            p.deleteLater()

        # the panel's GUI-thread steps: the time on either side of its one trip to the worker (run_and_wait)
        marks: list[tuple[float, float]] = []  # (wall, the GUI thread's CPU time)
        real_wait = panel_module.run_and_wait

        def now() -> tuple[float, float]:
            return time.perf_counter(), time.thread_time()

        def timed_wait(fn: Callable[[], object]) -> object:
            marks.append(now())
            try:
                return real_wait(fn)
            finally:
                marks.append(now())

        panel_module.run_and_wait = timed_wait
        names = ("before load", "load (worker)", "after load", "show + paint")
        steps: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
        longest: list[float] = []
        panel()  # warm-up
        for _ in range(args.repeat):
            gc.collect()
            marks.clear()
            t0 = now()
            p = ProgressPanel(ctx, cid)
            t1 = now()
            p.resize(1200, 750)
            p.show()
            app.processEvents()
            t2 = now()
            p.close()
            p.deleteLater()
            app.processEvents()
            bounds = (t0, marks[0], marks[1], t1, t2)
            for name, a, b in zip(names, bounds, bounds[1:]):
                steps[name].append(((b[0] - a[0]) * 1000, (b[1] - a[1]) * 1000))
            longest.append(max(marks[0][0] - t0[0], t1[0] - marks[1][0], t2[0] - t1[0]) * 1000)
        panel_module.run_and_wait = real_wait

        keep = ProgressChart()
        keep.set_data(citizen_progression(db, actor, cid).for_code("bip"))
        keep.resize(900, 450)
        keep.show()

        def then_now() -> None:
            keep.set_mode(THEN_NOW)
            app.processEvents()
            keep.grab()
            keep.set_mode("time")

        def png() -> None:
            render_progress_png(progression_for_printout(db, cid), 900, 450)

        figures = [
            ("baseline: bare PlotWidget, one line", bare),
            ("load: citizen_progression", load),
            ("chart: load + ProgressChart + paint", chart),
            ("panel: whole ProgressPanel + paint", panel),
            ("then vs now switch + paint (x2 modes)", then_now),
            ("render_progress_png 900x450 (printout)", png),
        ]
        for name, fn in figures:
            med, worst, cpu = median_ms(fn, args.repeat)
            print(f"  {name:42s} median {med:7.1f} ms   max {worst:7.1f} ms   cpu {cpu:7.1f} ms")
            app.processEvents()
        print("  panel, step by step (the goal: no GUI-thread step over 50 ms; cpu: the GUI thread's):")
        for name, values in steps.items():
            walls, cpus = [w for w, _c in values], [c for _w, c in values]
            print(
                f"    {name:40s} median {statistics.median(walls):7.1f} ms   max {max(walls):7.1f} ms"
                f"   cpu {statistics.median(cpus):7.1f} ms"
            )
        med, worst = statistics.median(longest), max(longest)
        print(f"    {'longest GUI-thread step':40s} median {med:7.1f} ms   max {worst:7.1f} ms")
        keep.close()
        db.dispose()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 + pyqtgraph can crash while garbage-collecting Qt objects at exit,
    # which says nothing about the figures above.
    os._exit(0)
