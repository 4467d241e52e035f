"""Many caseworkers at once on the team database: N processes each make M plan edits against one PostgreSQL server.

    python3 benchmarks/bench_team_load.py                 # a throwaway cluster (tests/pg.py), 20 processes x 500
    python3 benchmarks/bench_team_load.py --procs 4 --edits 50

Each process logs in as its own caseworker (its own login role, row-level security on) and edits the "næste skridt"
of citizens: mostly its own caseload, and one time in five one of a few citizens every process shares (each process
opened them with a logged reason first), so that saves collide. An edit opens the citizen (the version it read),
writes a value no one else writes, and saves; a save that collides must be refused with ConcurrentEdit, never
silently overwrite. Afterwards, from the audit log as the administrator:

* every save a process counted as done has its audit row with exactly its value (nothing lost);
* every saved row's "old" value is the value that process read when it opened the citizen (no lost update: had a
  save overwritten a colleague's newer value, its old value would be one the process never saw);
* the audit hash chain is whole (concurrent appends never forked it).

Prints edits/s and the save time per edit beside the same edits made by one process alone (the baseline), the
number of conflicts reported, and whether each check holds.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "belastning-kode-1"
SHARED = 4  # citizens every process edits now and then


def _setup(url: str, procs: int, per_worker: int) -> tuple[list[str], list[str]]:
    """The administrator makes ``procs`` caseworkers, each with ``per_worker`` citizens, and SHARED common ones."""
    import datetime as dt

    from sqlalchemy import select

    from planner_gui.services.auth import Actor, create_user
    from planner_gui.services.setup import create_database
    from planner_gui.storage import audit
    from planner_gui.storage.tables import Assignment, BenefitPeriod, Citizen, Staff

    db = create_database(url, PASSWORD)
    admin = Actor("admin", "administrator")
    initials = [f"b{i:02d}" for i in range(procs)]
    for ini in initials:
        create_user(db, admin, ini, f"Belastning {ini}", "sagsbehandler", PASSWORD, team="Last")
    shared: list[str] = []
    with db.write() as s:
        staff = {ini: s.scalar(select(Staff.id).where(Staff.initials == ini)) for ini in initials}
        n = 0
        for ini in [*initials, None]:
            for _ in range(per_worker if ini else SHARED):
                n += 1
                c = Citizen(cpr=f"{(n % 28) + 1:02d}0190{n:04d}", first_name="Last", last_name=f"Borger{n}")
                s.add(c)
                s.flush()
                s.add(BenefitPeriod(citizen_id=c.id, target_group="sygedagpenge", start=dt.date(2025, 1, 1)))
                if ini is None:
                    shared.append(str(c.id))
                else:
                    s.add(
                        Assignment(
                            citizen_id=c.id, staff_id=staff[ini], role="primaer", start=dt.date(2025, 1, 1), end=None
                        )
                    )
        audit.record(s, "admin", "create", entity="belastningstest")
    db.dispose()
    return initials, shared


def _worker(server: str, ini: str, shared: list[str], edits: int, seed: int, out: mp.Queue) -> None:
    import dataclasses

    from sqlalchemy import select

    from planner_gui.domain.plan import diff
    from planner_gui.errors import ConcurrentEdit
    from planner_gui.services import plans
    from planner_gui.services.unlock import connect_server
    from planner_gui.storage.tables import Assignment

    rng = random.Random(seed)
    db = connect_server(server, ini, PASSWORD)
    from planner_gui.services.auth import login

    actor = login(db, ini, PASSWORD)
    with db.read() as s:
        own = [str(c) for c in s.scalars(select(Assignment.citizen_id).where(Assignment.end.is_(None)))]
    reason = "belastningstest: fælles borgere"
    for cid in shared:  # break the glass once each, with a logged reason
        plans.open_citizen(db, actor, uuid.UUID(cid), reason=reason)
    done: list[tuple[str, str, str]] = []  # citizen, value read, value written
    conflicts = 0
    times: list[float] = []
    for i in range(edits):
        cid = uuid.UUID(rng.choice(shared) if rng.random() < 0.2 else rng.choice(own))
        why = reason if str(cid) in shared else ""
        ov = plans.open_citizen(db, actor, cid, reason=why)
        seen = ov.plan.next_step if ov.plan else ""
        mine = f"{ini}-{i}"
        draft = ov.draft()
        edit = diff(ov, dataclasses.replace(draft, plan=dataclasses.replace(draft.plan, next_step=mine)))
        t0 = time.perf_counter()
        try:
            plans.save_plan(db, actor, cid, edit, reason=why)
        except ConcurrentEdit:
            conflicts += 1
            continue
        finally:
            times.append(time.perf_counter() - t0)
        done.append((str(cid), seen, mine))
    db.dispose()
    out.put({"ini": ini, "done": done, "conflicts": conflicts, "times": times})


def _run(server: str, initials: list[str], shared: list[str], edits: int) -> tuple[float, list[dict]]:
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    t0 = time.perf_counter()
    procs = [ctx.Process(target=_worker, args=(server, ini, shared, edits, k, queue)) for k, ini in enumerate(initials)]
    for p in procs:
        p.start()
    results: list[dict] = []
    while len(results) < len(procs):  # a worker that dies (a bug, not a reported conflict) fails the run at once
        try:
            results.append(queue.get(timeout=2))
        except Exception:
            failed = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if failed:
                for p in procs:
                    p.terminate()
                raise SystemExit(f"a worker failed (exit {failed[0]}): see its traceback above") from None
    for p in procs:
        p.join()
    return time.perf_counter() - t0, results


def _check(url: str, results: list[dict]) -> tuple[bool, bool, str | None]:
    from sqlalchemy import select

    from planner_gui.storage import audit
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.tables import AuditEntry

    db = open_database(url)
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.user, AuditEntry.citizen_ref, AuditEntry.details).where(
                AuditEntry.action == "update", AuditEntry.entity == "plan"
            )
        ).all()
        broken = audit.verify(s)
    db.dispose()
    logged: dict[str, tuple[str, str]] = {}
    for _user, cid, details in rows:
        d = json.loads(details)
        if d.get("field") == "next_step":
            logged[d.get("new")] = (cid, d.get("old") or "")
    all_there = True
    no_lost_update = True
    for r in results:
        for cid, seen, mine in r["done"]:
            entry = logged.get(mine)
            if entry is None or entry[0] != cid:
                all_there = False
            elif entry[1] != (seen or ""):
                no_lost_update = False
    return all_there, no_lost_update, broken


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--procs", type=int, default=20)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--per-worker", type=int, default=10, help="citizens in each caseworker's caseload")
    args = ap.parse_args()
    import tempfile

    os.environ["PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="planner-load-")  # logs and anchors of this run only
    from tests.pg import start_cluster

    cluster = start_cluster()
    if cluster is None:
        raise SystemExit("PostgreSQL's server is not installed (Debian package postgresql)")
    try:
        for label, procs in (("one process (baseline)", 1), (f"{args.procs} processes", args.procs)):
            name = f"load_{uuid.uuid4().hex[:8]}"
            cluster.execute(f"CREATE DATABASE {name}")
            url = cluster.url(name)
            initials, shared = _setup(url, procs, args.per_worker)
            from sqlalchemy.engine import make_url

            u = make_url(url)
            server = f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"
            wall, results = _run(server, initials, shared, args.edits)
            saves = sum(len(r["done"]) for r in results)
            conflicts = sum(r["conflicts"] for r in results)
            times = [t for r in results for t in r["times"]]
            all_there, no_lost, broken = _check(url, results)
            print(
                f"{label:<24} {procs * args.edits:6d} edits in {wall:6.1f} s = {procs * args.edits / wall:6.1f}/s; "
                f"save median {statistics.median(times) * 1000:5.1f} ms, p95 "
                f"{sorted(times)[int(len(times) * 0.95)] * 1000:5.1f} ms; saved {saves}, conflicts reported "
                f"{conflicts} (saved + conflicts = edits: {saves + conflicts == procs * args.edits}); every save in "
                f"the log: {all_there}; no lost update: {no_lost}; audit chain whole: {broken is None}"
            )
            cluster.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            from tests.pg import drop_planner_roles

            drop_planner_roles(cluster)
    finally:
        cluster.stop()
    os._exit(0)


if __name__ == "__main__":
    main()
