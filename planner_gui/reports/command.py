"""``planner-gui report --db PATH --goals GOALS.yaml --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx``.

Bad dates, a period that ends before it starts, a goal file with errors (every ``file:line: reason``), a missing
database or an output path that cannot be written are :class:`UserError` (exit 2), checked before any work.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner_gui.domain.goals import load_goal_file
from planner_gui.reports.export import check_output_path, export_report
from planner_gui.reports.indicators import parse_period


def run_report(args: argparse.Namespace) -> int:
    from planner_gui.services.auth import login_from_env
    from planner_gui.storage.migrate import open_database

    period = parse_period(args.date_from, args.date_to)
    goal_file = load_goal_file(args.goals)
    out = check_output_path(Path(args.out))
    db = open_database(args.sub_db)
    try:
        actor = login_from_env(db)
        report = export_report(db, actor, goal_file, period, out)
    finally:
        db.dispose()
    counts: dict[str, int] = {}
    for r in report.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"Skrev {out}: {report.goals} mål for {goal_file.kommune}, {period.label} ({summary}).")
    return 0
