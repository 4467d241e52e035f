"""Benchmark: ``planner-gui report`` on the 100,000-citizen demo database against a plain raw-SQL script.

Prints figures, is not a test. For all goals of Brøndby's file over 2018 it measures, each in its own process:

- ``planner-gui report`` (SQLAlchemy Core engine, full workbook with styles, suppression, charts), and
- a plain script (this file with ``--plain``): the same figures by hand-written SQL through the stdlib ``sqlite3``
  driver, written with openpyxl's write-only mode (no styles, no charts, no suppression),

wall time and peak memory (max RSS of the child), and the ratio. It then checks that both workbooks hold the same
populations and values. Targets (issue 6): under 10 s, under 1 GB, within 1.5x of the plain script.

    python benchmarks/bench_report.py [--db /tmp/bench100k.db] [--repeat 3]

The database is created once if missing (``planner-gui demo --citizens 100000``; about a minute).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOALS = ROOT / "resources" / "goals" / "broendby_2018-2019.yaml"
PERIOD = (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
PASSWORD = "demo-kode"
COMPANY_BASED = ("virksomhedspraktik", "loentilskud", "nytteindsats", "ordinaere_timer", "igu", "fleksjob", "ips")


# ----------------------------------------------------------------------------------------------------
# The plain script: raw SQL, openpyxl write-only
# ----------------------------------------------------------------------------------------------------


def _in(codes: tuple[str, ...] | list[str]) -> str:
    return "(" + ", ".join("'" + c.replace("'", "''") + "'" for c in codes) + ")"


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    out = []
    first = dt.date(start.year, start.month, 1)
    while first <= end:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        out.append((max(first, start), min(nxt - dt.timedelta(days=1), end)))
        first = nxt
    return out


def _population(c: sqlite3.Connection, s: int, pop: Any) -> None:
    where = f"AND target_group IN {_in(pop.maalgrupper)}" if pop.maalgrupper else ""
    c.execute(f"""CREATE TEMP TABLE bp{s} AS SELECT b.id, b.citizen_id AS cid, b.target_group, b.start, b."end"
                  FROM benefit_periods b JOIN periods p0 ON p0.pk = 0 AND b.start <= p0.p_to
                  AND (b."end" IS NULL OR b."end" >= p0.p_from) {where}""")
    c.execute(f"CREATE INDEX ix_bp{s} ON bp{s}(cid)")
    age = ""
    if pop.alder:
        lo, hi = pop.alder
        birth = """((CASE WHEN CAST(substr(c.cpr,7,1) AS INT) <= 3 THEN 1900
                     WHEN CAST(substr(c.cpr,7,1) AS INT) IN (4,9) THEN
                          CASE WHEN CAST(substr(c.cpr,5,2) AS INT) <= 36 THEN 2000 ELSE 1900 END
                     ELSE CASE WHEN CAST(substr(c.cpr,5,2) AS INT) <= 57 THEN 2000 ELSE 1800 END END
                     + CAST(substr(c.cpr,5,2) AS INT)) * 10000 + CAST(substr(c.cpr,3,2) AS INT) * 100
                     + CAST(substr(c.cpr,1,2) AS INT))"""
        age = f"""JOIN citizens c ON c.id = bp.cid AND {birth} > p.to_key - {(hi + 1) * 10000}
                  AND {birth} <= p.to_key - {lo * 10000}"""
    cand = f"""SELECT DISTINCT p.pk, bp.cid FROM periods p JOIN bp{s} bp ON bp.start <= p.p_to
               AND (bp."end" IS NULL OR bp."end" >= p.p_from) {age}"""
    if pop.langtidsforsoerget:
        c.execute(f"CREATE TEMP TABLE cand{s} AS {cand}")
        c.execute(f"""CREATE TEMP TABLE pop{s} AS
            WITH iv AS (SELECT k.pk, k.cid, CAST(julianday(b.start) AS INT) AS s,
                          CAST(julianday(CASE WHEN b."end" IS NULL OR b."end" > p.p_to THEN p.p_to ELSE b."end" END)
                               AS INT) AS e
                        FROM cand{s} k JOIN periods p ON p.pk = k.pk
                        JOIN benefit_periods b ON b.citizen_id = k.cid AND b.start <= p.p_to),
                 w AS (SELECT pk, cid, s, e, MAX(e) OVER (PARTITION BY pk, cid ORDER BY s, e
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS pm FROM iv)
            SELECT pk, cid FROM w GROUP BY pk, cid
            HAVING SUM(CASE WHEN pm IS NULL THEN e - s + 1 WHEN e > pm THEN e - MAX(s - 1, pm) ELSE 0 END) > 364""")
    else:
        c.execute(f"CREATE TEMP TABLE pop{s} AS {cand}")
    c.execute(f"CREATE UNIQUE INDEX ix_pop{s} ON pop{s}(pk, cid)")
    c.execute(f"""CREATE TEMP TABLE pick{s} AS
        SELECT 'team' AS kind, cid, CASE WHEN coalesce(team, '') = '' THEN '(uden team)' ELSE team END AS val FROM (
          SELECT pop.cid, st.team, ROW_NUMBER() OVER (PARTITION BY pop.cid ORDER BY
            CASE WHEN a."end" IS NULL OR a."end" >= p.p_to THEN 0 ELSE 1 END,
            CASE WHEN a.role = 'koordinerende' THEN 0 ELSE 1 END, a.start DESC, a.id) AS rn
          FROM pop{s} pop JOIN periods p ON p.pk = pop.pk JOIN assignments a ON a.citizen_id = pop.cid
          AND a.start <= p.p_to JOIN staff st ON st.id = a.staff_id WHERE pop.pk = 0) WHERE rn = 1
        UNION ALL
        SELECT 'coordinator', cid, initials FROM (
          SELECT pop.cid, st.initials, ROW_NUMBER() OVER (PARTITION BY pop.cid ORDER BY
            CASE WHEN a."end" IS NULL OR a."end" >= p.p_to THEN 0 ELSE 1 END, a.start DESC, a.id) AS rn
          FROM pop{s} pop JOIN periods p ON p.pk = pop.pk JOIN assignments a ON a.citizen_id = pop.cid
          AND a.role = 'koordinerende' AND a.start <= p.p_to JOIN staff st ON st.id = a.staff_id
          WHERE pop.pk = 0) WHERE rn = 1
        UNION ALL
        SELECT 'target_group', cid, target_group FROM (
          SELECT pop.cid, bp.target_group, ROW_NUMBER() OVER (PARTITION BY pop.cid ORDER BY bp.start DESC,
            CASE WHEN bp."end" IS NULL THEN 0 ELSE 1 END, bp."end" DESC, bp.id) AS rn
          FROM pop{s} pop JOIN bp{s} bp ON bp.cid = pop.cid WHERE pop.pk = 0) WHERE rn = 1""")
    c.execute(f"CREATE UNIQUE INDEX ix_pick{s} ON pick{s}(kind, cid)")


def _facts(c: sqlite3.Connection, s: int, goal: Any) -> tuple[str, str]:
    """Fill temp table facts; return the SQL of the two aggregates over f."""
    m = goal.maal
    c.execute("DROP TABLE IF EXISTS facts")
    base = f"FROM pop{s} pop JOIN periods p ON p.pk = pop.pk"
    overl = 'x.start <= p.p_to AND (x."end" IS NULL OR x."end" >= p.p_from)'
    kind = m.type
    if kind in ("andel_med_indsats", "antal_indsatser"):
        cats = [c2 for k in m.kategorier for c2 in (COMPANY_BASED if k == "virksomhedsrettet" else (k,))]
        if kind == "andel_med_indsats":
            sql = f"""SELECT DISTINCT pop.pk, pop.cid, 1.0 AS x {base} JOIN efforts x ON x.citizen_id = pop.cid
                      AND x.category IN {_in(cats)} AND {overl}"""
            agg = ("COUNT(f.x)", "NULL")
        else:
            sql = f"""SELECT pop.pk, pop.cid, COUNT(*) AS x {base} JOIN efforts x ON x.citizen_id = pop.cid
                      AND x.category IN {_in(cats)} AND x.start BETWEEN p.p_from AND p.p_to GROUP BY pop.pk, pop.cid"""
            agg = ("SUM(f.x)", "NULL")
    elif kind == "andel_afgang":
        sql = f"""SELECT DISTINCT pop.pk, pop.cid, 1.0 AS x {base} JOIN exits x ON x.citizen_id = pop.cid
                  AND x.type IN {_in(m.typer)} AND x.date BETWEEN p.p_from AND p.p_to"""
        agg = ("COUNT(f.x)", "NULL")
    elif kind == "gns_sagsbehandlerskift":
        sql = f"""SELECT pop.pk, pop.cid, COUNT(*) AS x {base} JOIN assignments a ON a.citizen_id = pop.cid
                  AND a.start BETWEEN p.p_from AND p.p_to
                  WHERE EXISTS (SELECT 1 FROM assignments b WHERE b.citizen_id = a.citizen_id AND b.start < a.start)
                  GROUP BY pop.pk, pop.cid"""
        agg = ("SUM(f.x)", "NULL")
    elif kind == "andel_med_maaling":
        sql = f"""SELECT DISTINCT pop.pk, pop.cid, 1.0 AS x {base} JOIN measurements ms ON ms.citizen_id = pop.cid
                  AND ms.date BETWEEN p.p_from AND p.p_to JOIN instrument_dimensions d ON d.id = ms.dimension_id
                  JOIN instruments i ON i.id = d.instrument_id AND i.code = '{m.instrument}'"""
        agg = ("COUNT(f.x)", "NULL")
    elif kind == "gns_progression":
        dim = f"AND d.code = '{m.dimension}'" if m.dimension else ""
        sql = f"""WITH daily AS (SELECT pop.pk, pop.cid, ms.date AS d, AVG(CAST(ms.score AS REAL)) AS s {base}
                    JOIN measurements ms ON ms.citizen_id = pop.cid AND ms.date BETWEEN p.p_from AND p.p_to
                    JOIN instrument_dimensions d ON d.id = ms.dimension_id {dim}
                    JOIN instruments i ON i.id = d.instrument_id AND i.code = '{m.instrument}'
                    GROUP BY pop.pk, pop.cid, ms.date),
                  r AS (SELECT pk, cid, s, ROW_NUMBER() OVER (PARTITION BY pk, cid ORDER BY d) AS f1,
                        ROW_NUMBER() OVER (PARTITION BY pk, cid ORDER BY d DESC) AS l1,
                        COUNT(*) OVER (PARTITION BY pk, cid) AS n FROM daily)
                  SELECT pk, cid, SUM(CASE WHEN l1 = 1 THEN s ELSE 0 END) - SUM(CASE WHEN f1 = 1 THEN s ELSE 0 END) AS x
                  FROM r WHERE n >= 2 GROUP BY pk, cid"""
        agg = ("SUM(f.x)", "COUNT(f.x)")
    elif kind == "gns_varighed_uger":
        sql = f"""SELECT pop.pk, pop.cid, SUM(julianday(bp."end") - julianday(bp.start) + 1) AS x, COUNT(*) AS y
                  {base} JOIN bp{s} bp ON bp.cid = pop.cid AND bp."end" BETWEEN p.p_from AND p.p_to
                  GROUP BY pop.pk, pop.cid"""
        agg = ("SUM(f.x)", "SUM(f.y)")
    elif kind == "andel_ordinaere_timer":
        sql = f"""SELECT pop.pk, pop.cid, 1.0 AS x {base} JOIN ordinary_hours o ON o.citizen_id = pop.cid
                  AND o.month BETWEEN p.p_from AND p.p_to GROUP BY pop.pk, pop.cid
                  HAVING SUM(o.hours) >= {m.min_timer}"""
        agg = ("COUNT(f.x)", "NULL")
    elif kind == "antal_virksomheder":
        social = ""
        if m.socialoekonomisk is not None:
            social = f"JOIN companies co ON co.id = x.company_id AND co.social_economy = {int(m.socialoekonomisk)}"
        sql = f"""SELECT DISTINCT pop.pk, pop.cid, x.company_id AS x {base} JOIN efforts x ON x.citizen_id = pop.cid
                  AND x.company_id IS NOT NULL AND {overl} {social}"""
        agg = ("COUNT(DISTINCT f.x)", "NULL")
    elif kind == "andel_koordinerende":
        sql = f"""SELECT DISTINCT pop.pk, pop.cid, 1.0 AS x {base} JOIN assignments a ON a.citizen_id = pop.cid
                  AND a.role = 'koordinerende' AND a.start <= p.p_to AND (a."end" IS NULL OR a."end" >= p.p_to)"""
        agg = ("COUNT(f.x)", "NULL")
    else:  # antal_borgere, andel_af_naevner
        sql = "SELECT NULL AS pk, NULL AS cid, NULL AS x WHERE 0"
        agg = ("NULL", "NULL")
    c.execute(f"CREATE TEMP TABLE facts AS {sql}")
    c.execute("CREATE INDEX ix_facts ON facts(pk, cid)")
    return agg


def _value(goal: Any, n: int, a: Any, b: Any) -> float | None:
    kind = goal.maal.type
    if kind == "antal_borgere":
        return float(n)
    if kind == "andel_af_naevner":
        return n / goal.maal.naevner
    if kind in ("antal_indsatser", "antal_virksomheder"):
        return float(a or 0)
    if kind == "gns_progression":
        return (a / b) if b else None
    if kind == "gns_varighed_uger":
        return (a / 7 / b) if b else None
    return (float(a or 0) / n) if n else None


def plain(db: Path, out: Path) -> None:
    from openpyxl import Workbook

    from planner_gui.domain.goals import load_goal_file

    goal_file = load_goal_file(GOALS)
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    c.execute("PRAGMA temp_store = MEMORY")
    c.execute("CREATE TEMP TABLE periods(pk INTEGER PRIMARY KEY, p_from TEXT, p_to TEXT, to_key INT)")
    periods = [PERIOD, *_months(*PERIOD)]
    c.executemany(
        "INSERT INTO periods VALUES (?, ?, ?, ?)",
        [(i, a.isoformat(), b.isoformat(), b.year * 10000 + b.month * 100 + b.day) for i, (a, b) in enumerate(periods)],
    )
    specs: dict[Any, int] = {}
    wb = Workbook(write_only=True)
    maal = wb.create_sheet("Mål")
    maal.append(["id", "titel", "population", "værdi", "baseline", "målværdi", "status"])
    sheets = []
    for goal in goal_file.goals:
        if goal.population not in specs:
            specs[goal.population] = len(specs) + 1
            _population(c, specs[goal.population], goal.population)
        s = specs[goal.population]
        a_sql, b_sql = _facts(c, s, goal)
        join = "LEFT JOIN facts f ON f.pk = pop.pk AND f.cid = pop.cid"
        rows = c.execute(f"""SELECT pop.pk, COUNT(DISTINCT pop.cid), {a_sql}, {b_sql} FROM pop{s} pop {join}
                             GROUP BY pop.pk""").fetchall()
        by_pk = {r[0]: r for r in rows}
        total = by_pk.get(0, (0, 0, None, None))
        value = _value(goal, total[1], total[2], total[3])
        n = total[1]
        if n < 5 or value is None:
            status, shown = "for få", None
        elif (value >= goal.maalvaerdi) if goal.retning == "op" else (value <= goal.maalvaerdi):
            status, shown = "nået", value
        elif goal.baseline is not None and (
            (value > goal.baseline) if goal.retning == "op" else (value < goal.baseline)
        ):
            status, shown = "på vej", value
        else:
            status, shown = "ikke nået", value
        maal.append([goal.id, goal.titel, n, shown, goal.baseline, goal.maalvaerdi, status])
        lines: list[list[Any]] = [["opdeling", "gruppe", "population", "værdi"], ["I alt", "Alle", n, shown]]
        for kind in ("team", "coordinator", "target_group"):
            default = {"team": "(ingen sagsbehandler)", "coordinator": "(ingen koordinerende)"}.get(kind, "")
            for key, gn, ga, gb in c.execute(
                f"""SELECT coalesce(k.val, ?) AS key, COUNT(DISTINCT pop.cid), {a_sql}, {b_sql} FROM pop{s} pop
                    LEFT JOIN pick{s} k ON k.kind = ? AND k.cid = pop.cid {join} WHERE pop.pk = 0 GROUP BY key""",
                (default, kind),
            ):
                lines.append([kind, key, gn, _value(goal, gn, ga, gb)])
        for i, (start, _end) in enumerate(periods[1:], start=1):
            r = by_pk.get(i, (i, 0, None, None))
            lines.append(["month", start.strftime("%Y-%m"), r[1], _value(goal, r[1], r[2], r[3])])
        sheets.append((goal.id, lines))
    for gid, lines in sheets:
        ws = wb.create_sheet(gid)
        for line in lines:
            ws.append(line)
    c.close()
    wb.save(out)


# ----------------------------------------------------------------------------------------------------
# The harness
# ----------------------------------------------------------------------------------------------------


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak memory (MiB, max RSS) and CPU seconds (user + system) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}\n{err}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def ensure_db(db: Path) -> None:
    if db.exists():
        return
    print(f"creating {db} (100,000 citizens; about a minute) ...", flush=True)
    tmp = db.with_name(db.name + f".{os.getpid()}.tmp")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "planner_gui",
            "demo",
            "--db",
            str(tmp),
            "--citizens",
            "100000",
            "--admin-password",
            PASSWORD,
        ],
        check=True,
    )
    os.replace(tmp, db)


def compare(app_xlsx: Path, plain_xlsx: Path) -> list[str]:
    from openpyxl import load_workbook

    problems: list[str] = []
    a = load_workbook(app_xlsx, read_only=True)
    b = load_workbook(plain_xlsx, read_only=True)
    rows_a = list(a["Mål"].iter_rows(min_row=2, values_only=True))
    rows_b = list(b["Mål"].iter_rows(min_row=2, values_only=True))
    if len(rows_a) != len(rows_b):
        return [f"Mål: {len(rows_a)} rows against {len(rows_b)}"]
    for ra, rb in zip(rows_a, rows_b, strict=True):
        for name, va, vb in zip(
            ("id", "titel", "population", "værdi", "baseline", "målværdi", "status"), ra, rb, strict=True
        ):
            same = (va is None and vb is None) or (
                va is not None and vb is not None and (va == vb or (isinstance(va, float) and abs(va - vb) < 1e-9))
            )
            if not same:
                problems.append(f"{ra[0]} {name}: {va!r} against {vb!r}")
    # every breakdown figure the app shows (population and value) must match the plain script's
    from planner_gui.domain.codes import TARGET_GROUP_LABELS
    from planner_gui.reports.indicators import MONTH_NAMES

    kinds = {
        "team": "Team",
        "coordinator": "Koordinerende sagsbehandler",
        "target_group": "Målgruppe",
        "month": "Måned",
    }
    compared = 0
    for ra in rows_a:
        gid = str(ra[0])
        app_rows = {(r[0], r[1]): (r[2], r[3]) for r in a[gid].iter_rows(min_row=8, values_only=True) if r[0]}
        for r in b[gid].iter_rows(min_row=3, values_only=True):
            if r[0] not in kinds:
                continue
            label = r[1]
            if r[0] == "target_group":
                label = TARGET_GROUP_LABELS.get(r[1], r[1])
            elif r[0] == "month":
                year, month = str(r[1]).split("-")
                label = f"{MONTH_NAMES[int(month) - 1]} {year}"
            pop, value = app_rows.get((kinds[r[0]], label), (None, None))
            if pop is not None:
                compared += 1
                if pop != r[2]:
                    problems.append(f"{gid} {r[0]} {r[1]} population: {pop} against {r[2]}")
            if value is not None:
                compared += 1
                if r[3] is None or abs(value - r[3]) > 1e-9:
                    problems.append(f"{gid} {r[0]} {r[1]} value: {value} against {r[3]}")
    print(f"  compared           : {compared} shown breakdown figures and {len(rows_a)} goals on Mål")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="/tmp/bench100k.db")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plain", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain:
        plain(Path(args.plain[0]), Path(args.plain[1]))
        return
    db = Path(args.db)
    ensure_db(db)
    env = {**os.environ, "PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}
    with tempfile.TemporaryDirectory() as folder:
        app_out, plain_out = Path(folder) / "app.xlsx", Path(folder) / "plain.xlsx"
        app_cmd = [
            sys.executable,
            "-m",
            "planner_gui",
            "report",
            "--db",
            str(db),
            "--goals",
            str(GOALS),
            "--from",
            PERIOD[0].isoformat(),
            "--to",
            PERIOD[1].isoformat(),
            "--out",
            str(app_out),
        ]
        plain_cmd = [sys.executable, __file__, "--plain", str(db), str(plain_out)]
        app_runs, plain_runs = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same cache state
            app_runs.append(run_child(app_cmd, env))
            plain_runs.append(run_child(plain_cmd, env))
        problems = compare(app_out, plain_out)
    app_t = statistics.median(r[0] for r in app_runs)
    plain_t = statistics.median(r[0] for r in plain_runs)
    app_cpu = statistics.median(r[2] for r in app_runs)
    plain_cpu = statistics.median(r[2] for r in plain_runs)
    app_m = max(r[1] for r in app_runs)
    plain_m = max(r[1] for r in plain_runs)
    load = os.getloadavg()[0]
    print(
        f"database: {db} ({db.stat().st_size / 2**20:.0f} MiB); goals: {GOALS.name}; period 2018; "
        f"median of {args.repeat} runs, each its own process; load average {load:.1f} on {os.cpu_count()} cores"
    )
    for name, t, cpu, m, runs in (
        ("planner-gui report", app_t, app_cpu, app_m, app_runs),
        ("plain SQL script  ", plain_t, plain_cpu, plain_m, plain_runs),
    ):
        print(
            f"  {name} : wall {t:6.2f} s   cpu {cpu:6.2f} s   peak {m:5.0f} MiB   "
            f"wall runs {[round(r[0], 2) for r in runs]}"
        )
    ratio = app_t / plain_t
    print(
        f"  ratio (wall)       : {ratio:.2f}x   ratio (cpu) {app_cpu / plain_cpu:.2f}x   "
        "(targets: < 10 s, < 1024 MiB, <= 1.5x)"
    )
    print(f"  figures agree      : {'yes' if not problems else 'NO'}")
    for line in problems[:20]:
        print("    " + line)
    ok = app_t < 10 and app_m < 1024 and ratio <= 1.5 and not problems
    print("  verdict            : " + ("all targets met" if ok else "TARGET MISSED"))


if __name__ == "__main__":
    main()
