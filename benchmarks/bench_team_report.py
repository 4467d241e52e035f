"""The goal report on the team database (PostgreSQL) beside the same data in SQLite, in one run.

    planner-gui demo --db big.db --citizens 100000 --seed 1 --no-encrypt
    planner-gui demo --db postgresql+psycopg://owner:pw@127.0.0.1/big --citizens 100000 --seed 1
    PLANNER_USER=joda PLANNER_PASSWORD=… python benchmarks/bench_team_report.py big.db \\
        postgresql+psycopg://127.0.0.1/big --goals broendby_2018-2019 --runs 3

Prints the wall time of computing every goal (the report's SQL, one read transaction) on each database, as the
logged-in user's own role on the server, and whether the two give the same figures (the issue's goal: at most 1.5×
SQLite).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time

from planner_gui.domain.goals import resolve_goal_file
from planner_gui.reports.indicators import Period, compute_goals
from planner_gui.storage.migrate import open_database
from planner_gui.storage.postgres import user_url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sqlite")
    ap.add_argument("server")
    ap.add_argument("--goals", default="broendby_2018-2019")
    ap.add_argument("--from", dest="start", default="2025-01-01")
    ap.add_argument("--to", dest="end", default="2025-12-31")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    user, password = os.environ["PLANNER_USER"], os.environ["PLANNER_PASSWORD"]
    goal_file = resolve_goal_file(args.goals)
    period = Period(dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end))
    figures: dict[str, list[tuple[str, object]]] = {}
    for name, url in (("SQLite", args.sqlite), ("PostgreSQL", user_url(args.server, user, password))):
        db = open_database(url)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            with db.read() as s:
                results = compute_goals(s, goal_file, period)
            times.append(time.perf_counter() - t0)
        db.dispose()
        figures[name] = [(r.goal.id, r.value) for r in results]
        print(f"{name:<11} median {statistics.median(times):6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    print("same figures:", figures["SQLite"] == figures["PostgreSQL"])


if __name__ == "__main__":
    main()
