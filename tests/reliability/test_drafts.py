"""Drafts (the plan editor's unsaved edits): kept per citizen and user, read back after a crash, never an audit row.

The one drafts API is the citizen screen's (:func:`planner_gui.services.plans.save_draft`, ``load_draft``,
``discard_draft``); tests/services/test_plans.py covers saving, offering back on opening and removal on save.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import crashkit
from sqlalchemy import func, select

from planner_gui.domain.plan import PlanDraft, PlanFields
from planner_gui.services import plans
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import AuditEntry

BO = Actor("bo", "sagsbehandler")
EVA = Actor("eva", "sagsbehandler")


def _draft(goal: str) -> PlanDraft:
    return PlanDraft(PlanFields(own_goal=goal), (), (), None)


def _audit_rows(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_each_user_has_their_own_draft_and_none_is_audited(empty_db: Any) -> None:
    db = empty_db
    cid = crashkit.save_one(db)
    audit_before = _audit_rows(db)
    plans.save_draft(db, BO, cid, _draft("Arbejde i køkken"))
    plans.save_draft(db, BO, cid, _draft("Arbejde i køkken, fuld tid"))  # replaced, not a second row
    plans.save_draft(db, EVA, cid, _draft("Evas version"))
    assert plans.load_draft(db, BO, cid) == _draft("Arbejde i køkken, fuld tid")
    assert plans.load_draft(db, EVA, cid) == _draft("Evas version")
    plans.discard_draft(db, BO, cid)
    assert plans.load_draft(db, BO, cid) is None
    assert plans.load_draft(db, EVA, cid) is not None  # another user's draft is untouched
    assert _audit_rows(db) == audit_before  # drafts write no audit rows


def test_an_unreadable_payload_is_no_draft(empty_db: Any) -> None:
    db = empty_db
    cid = crashkit.save_one(db)
    plans.save_draft(db, BO, cid, _draft("x"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE drafts SET payload = '{ikke json'")
    assert plans.load_draft(db, BO, cid) is None


def test_a_draft_survives_a_killed_app(empty_db: Any, db_path: Path) -> None:
    cid = crashkit.save_one(empty_db)
    empty_db.dispose()
    script = (
        "import sys, time, uuid\n"
        f"sys.path.insert(0, {str(Path(crashkit.__file__).parent)!r})\n"
        "import crashkit\n"
        "from planner_gui.domain.plan import PlanDraft, PlanFields\n"
        "from planner_gui.services import plans\n"
        "from planner_gui.services.auth import Actor\n"
        f"db = crashkit.open_plain({str(db_path)!r})\n"
        f"plans.save_draft(db, Actor('bo', 'sagsbehandler'), uuid.UUID({str(cid)!r}), "
        "PlanDraft(PlanFields(own_goal='skrevet lige før strømmen gik'), (), (), None))\n"
        "print('saved', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "saved"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    from planner_gui.storage.migrate import open_database

    db = open_database(db_path)
    try:
        got = plans.load_draft(db, BO, cid)
    finally:
        db.dispose()
    assert got == _draft("skrevet lige før strømmen gik")
