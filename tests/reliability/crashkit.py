"""Crash-safety kit: a writer process that saves through the services' transaction path, kills, and checks.

Run as a script it is the *zygote*: ``python crashkit.py zygote DB`` imports everything once, then for each ``go`` line
on stdin forks a writer that prints ``pid N`` and then, after each commit, the id it saved. The test kills the writer
with SIGKILL at a random moment; the zygote reaps it and prints ``dead``. Forking from a warm interpreter makes a kill
cycle take milliseconds instead of an interpreter start, so 50 kills fit in a test and 1,000 in a benchmark.

``python crashkit.py write DB N [--tag T]`` writes N saves and exits (the two-writers test).

Each writer alternates two kinds of save, both one user action in one ``with db.write()`` transaction (``BEGIN
IMMEDIATE``), committed together with their audit rows or not at all:
- a new citizen with its plan and the audit row (:func:`save_one`);
- a plan edit through the citizen screen's own services (:func:`edit_plan`: ``plans.open_citizen``, then
  ``plans.save_plan`` with the own goal changed), reported as ``p <citizen> <n>`` where the goal is ``mål <n>`` and n
  grows across writer lives.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from planner_gui.storage import audit  # noqa: E402
from planner_gui.storage.db import Database, integrity_check, make_engine, url_for  # noqa: E402
from planner_gui.storage.tables import AuditEntry, Citizen, Plan, utcnow  # noqa: E402

WHO = "crash"


def open_plain(path: Path) -> Database:
    """The app's Database (same pragmas, same write transactions) without Alembic: a fast start for writers."""
    url = url_for(path)
    return Database(url=url, engine=make_engine(url), path=Path(path))


def save_one(db: Database, who: str = WHO, goal: str = "Arbejde som pædagogmedhjælper") -> uuid.UUID:
    """One user action: a citizen, its plan and the audit row, in one write transaction."""
    cid = uuid.uuid4()
    now = utcnow()
    with db.write() as s:
        s.execute(
            sa.insert(Citizen).values(
                id=cid,
                cpr=cid.hex[:10],
                first_name="Test",
                last_name=f"Borger {who}",
                version=1,
                created_at=now,
                updated_at=now,
                updated_by=who,
            )
        )
        s.execute(
            sa.insert(Plan).values(citizen_id=cid, own_goal=goal, next_step="Møde med virksomhed", updated_by=who)
        )
        audit.record(
            s, who, "create", entity="citizen", entity_id=cid, citizen_ref=cid, details={"felt": "plan", "ny": goal}
        )
    return cid


EDITOR = "redig"
REASON = "opfølgning (crashtest)"


def add_editor(path: Path) -> None:
    """A caseworker who edits plans (no password: the writers act as this user without logging in)."""
    from planner_gui.storage.tables import Staff

    db = open_plain(path)
    try:
        with db.write() as s:
            if s.scalar(sa.select(Staff.id).where(Staff.initials == EDITOR)) is None:
                s.add(Staff(initials=EDITOR, name="Redaktør", team="", role="sagsbehandler", updated_by="system"))
    finally:
        db.dispose()


def editor(db: Database) -> object:
    from planner_gui.services.auth import Actor
    from planner_gui.storage.tables import Staff

    with db.read() as s:
        staff_id = s.scalar(sa.select(Staff.id).where(Staff.initials == EDITOR))
    return Actor(EDITOR, "sagsbehandler", staff_id, "Redaktør")


def edit_plan(db: Database, actor: object, citizen_id: uuid.UUID, n: int) -> None:
    """A plan edit as the citizen screen makes it: open (audited view), change the own goal, save (audited)."""
    import dataclasses

    from planner_gui.domain.plan import diff
    from planner_gui.services import plans

    ov = plans.open_citizen(db, actor, citizen_id, REASON)  # type: ignore[arg-type]
    draft = ov.draft()
    changed = dataclasses.replace(draft, plan=dataclasses.replace(draft.plan, own_goal=f"mål {n}"))
    plans.save_plan(db, actor, citizen_id, diff(ov, changed), REASON)  # type: ignore[arg-type]


@dataclass
class Check:
    integrity: str = ""
    citizens: int = 0  # saved by the writers (first name "Test")
    all_citizens: int = 0
    plans: int = 0
    audit_rows: int = 0
    plan_edits: int = 0  # own-goal changes found in the audit log
    problems: list[str] = field(default_factory=list)


def verify(path: Path, reported: set[str], *, open_app: bool = True, edits: dict[str, int] | None = None) -> Check:
    """Everything a kill must leave intact: integrity, every reported save, no half-saves, the audit chain.

    ``edits``: citizen -> the newest plan edit reported for it; the goal held must be that one or a later one, and
    the newest own-goal change in the audit log must be exactly the goal held (a change and its audit row together).
    """
    from planner_gui.storage.migrate import open_database

    c = Check()
    c.integrity = integrity_check(path)
    if c.integrity != "ok":
        c.problems.append(f"integrity_check: {c.integrity[:200]}")
        return c
    db = open_database(path) if open_app else open_plain(path)
    try:
        with db.read() as s:
            c.all_citizens = s.scalar(sa.select(sa.func.count()).select_from(Citizen)) or 0
            citizens = {r.hex for r in s.scalars(sa.select(Citizen.id).where(Citizen.first_name == "Test"))}
            plans = {r.hex for r in s.scalars(sa.select(Plan.citizen_id))}
            audited = {
                uuid.UUID(r).hex
                for r in s.scalars(
                    sa.select(AuditEntry.entity_id).where(AuditEntry.entity == "citizen", AuditEntry.action == "create")
                )
            }
            c.audit_rows = len(audited)
            goals = {r.citizen_id.hex: r.own_goal for r in s.execute(sa.select(Plan.citizen_id, Plan.own_goal))}
            logged: dict[str, int] = {}
            for ref, details in s.execute(
                sa.select(AuditEntry.citizen_ref, AuditEntry.details).where(AuditEntry.details.like('%"own_goal"%'))
            ):
                d = json.loads(details)
                if d.get("field") == "own_goal" and str(d.get("new", "")).startswith("mål "):
                    key = uuid.UUID(ref).hex
                    logged[key] = max(logged.get(key, -1), int(d["new"].split()[1]))
                    c.plan_edits += 1
            broken = audit.verify(s)
    finally:
        db.dispose()
    c.citizens, c.plans = len(citizens), len(plans)
    if missing := reported - citizens:
        c.problems.append(f"{len(missing)} reported saves missing, e.g. {sorted(missing)[0]}")
    if citizens != plans:
        c.problems.append(f"half-saved: {len(citizens ^ plans)} citizens without plan or plans without citizen")
    if citizens != audited:
        c.problems.append(f"half-saved: {len(citizens ^ audited)} rows without their audit row (or vice versa)")
    if broken is not None:
        c.problems.append(f"audit chain broken at {broken.seq}: {broken.why}")
    for cid, n in (edits or {}).items():
        held = goals.get(cid, "")
        if not held.startswith("mål ") or int(held.split()[1]) < n:
            c.problems.append(f"plan edit lost: {cid} holds {held!r}, 'mål {n}' was reported saved")
    for cid, goal in goals.items():
        if goal.startswith("mål ") and logged.get(cid) != int(goal.split()[1]):
            c.problems.append(f"half-saved plan edit: {cid} holds {goal!r}, the audit log's is {logged.get(cid)}")
    for cid in logged:
        if not goals.get(cid, "").startswith("mål "):
            c.problems.append(f"half-saved plan edit: audit row without the change for {cid}")
    return c


@dataclass
class Cycle:
    created: set[str] = field(default_factory=set)  # citizens saved (reported after commit)
    edits: dict[str, int] = field(default_factory=dict)  # citizen -> newest plan edit reported after commit
    signal: int = 0  # what ended the writer


class Zygote:
    """The zygote process: :meth:`cycle` forks a writer, lets it run, SIGKILLs it, returns the ids it reported."""

    def __init__(self, path: Path) -> None:
        add_editor(path)
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "zygote", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
        )
        self.buf = b""
        assert self._line(30.0) == "ready"

    def _line(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no line from the zygote")
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise EOFError("zygote ended")
                self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()

    def cycle(self, run_for: float, after_saves: int = 0) -> Cycle:
        """One writer life: start, wait for ``after_saves`` reported saves, run ``run_for`` more seconds, SIGKILL.

        Counting saves first makes every kill land after real work however loaded the machine is; the random
        ``run_for`` puts the kill at a random moment of the transaction in flight. Returns what the writer reported.
        """
        import signal

        assert self.proc.stdin is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()
        first = self._line(30.0)
        assert first.startswith("pid "), first
        pid = int(first.split()[1])
        out = Cycle()
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        seen = 0
        deadline = time.monotonic() + 60.0
        while seen < after_saves and time.monotonic() < deadline:  # wait for the saves, draining the pipe
            ready, _, _ = select.select([fd], [], [], 1.0)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise EOFError("zygote ended")
                self.buf += chunk
                seen = self.buf.count(b"\n")
                if b"err " in self.buf:
                    break
        deadline = time.monotonic() + run_for
        while (left := deadline - time.monotonic()) > 0:  # drain while it runs, so its pipe never fills
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise EOFError("zygote ended")
                self.buf += chunk
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line(30.0)
            if line.startswith("dead "):
                out.signal = int(line.split()[1])
                return out
            if line.startswith("err "):
                raise RuntimeError(f"writer failed before the kill: {line}")
            if line.startswith("p "):
                _, cid, n = line.split()
                out.edits[cid] = max(out.edits.get(cid, -1), int(n))
            else:
                out.created.add(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(10)


def _zygote(path: Path) -> None:
    # Warm up: one real save compiles every statement into the engine's cache, which the forked writers inherit.
    # NullPool: no connection stays open across the fork.
    import random

    db = open_plain(path)
    first = save_one(db, who="warmup")
    actor = editor(db)
    edit_plan(db, actor, first, time.time_ns())
    os.write(1, b"ready\n")
    for line in sys.stdin.buffer:
        if line.strip() != b"go":
            continue
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.write(1, f"pid {os.getpid()}\n".encode())
                rng = random.Random(os.getpid())
                with db.read() as s:
                    known = list(s.scalars(sa.select(Citizen.id)))
                while True:
                    cid = save_one(db)
                    os.write(1, cid.hex.encode() + b"\n")
                    known.append(cid)
                    target, n = rng.choice(known), time.time_ns()
                    edit_plan(db, actor, target, n)
                    os.write(1, f"p {target.hex} {n}\n".encode())
            except BaseException as err:  # a writer must never stop on its own: report it
                os.write(1, f"err {type(err).__name__}: {err}\n".encode())
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        os.write(1, f"dead {sig}\n".encode())


def _write(path: Path, n: int, tag: str) -> None:
    db = open_plain(path)
    try:
        for _ in range(n):
            cid = save_one(db, who=tag)
            os.write(1, cid.hex.encode() + b"\n")
    finally:
        db.dispose()


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        _zygote(Path(sys.argv[2]))
    elif sys.argv[1] == "write":
        _write(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else WHO)
