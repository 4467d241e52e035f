"""Drafts: kept per citizen, user and kind; read back after a crash; never an audit row; bad input refused."""

from __future__ import annotations

import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import crashkit
import pytest
from sqlalchemy import func, select

from planner_gui.errors import NotFound, ValidationError
from planner_gui.services import drafts
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import AuditEntry

BO = Actor("bo", "sagsbehandler")
EVA = Actor("eva", "sagsbehandler")


def _audit_rows(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_save_load_replace_discard(empty_db: Any) -> None:
    db = empty_db
    cid = crashkit.save_one(db)
    audit_before = _audit_rows(db)
    assert drafts.load_draft(db, BO, cid, "plan") is None
    drafts.save_draft(db, BO, cid, "plan", {"own_goal": "Arbejde i køkken", "delmaal": ["kursus", "praktik"]})
    got = drafts.load_draft(db, BO, cid, "plan")
    assert got is not None and got.payload == {"own_goal": "Arbejde i køkken", "delmaal": ["kursus", "praktik"]}
    drafts.save_draft(db, BO, cid, "plan", {"own_goal": "Arbejde i køkken, fuld tid"})
    got2 = drafts.load_draft(db, BO, cid, "plan")
    assert got2 is not None and got2.payload == {"own_goal": "Arbejde i køkken, fuld tid"}
    assert got2.updated_at >= got.updated_at

    drafts.save_draft(db, BO, cid, "note", "Mødet gik godt")
    drafts.save_draft(db, EVA, cid, "plan", {"own_goal": "Evas version"})
    assert drafts.load_draft(db, EVA, cid, "plan").payload == {"own_goal": "Evas version"}  # type: ignore[union-attr]
    assert {(d.kind, d.payload if d.kind == "note" else None) for d in drafts.list_drafts(db, BO)} == {
        ("plan", None),
        ("note", "Mødet gik godt"),
    }
    assert drafts.discard_draft(db, BO, cid, "plan") is True
    assert drafts.discard_draft(db, BO, cid, "plan") is False
    assert drafts.load_draft(db, BO, cid, "plan") is None
    assert drafts.load_draft(db, EVA, cid, "plan") is not None  # another user's draft is untouched
    assert _audit_rows(db) == audit_before  # drafts write no audit rows


def test_bad_input_is_refused_with_a_clear_message(empty_db: Any) -> None:
    db = empty_db
    cid = crashkit.save_one(db)
    with pytest.raises(ValidationError, match="kladdetype"):
        drafts.save_draft(db, BO, cid, "Plan; DROP", {})
    with pytest.raises(ValidationError, match="kan ikke gemmes"):
        drafts.save_draft(db, BO, cid, "plan", {"x": {1, 2}})
    with pytest.raises(ValidationError, match="kan ikke gemmes"):
        drafts.save_draft(db, BO, cid, "plan", float("nan"))
    with pytest.raises(ValidationError, match="for stor"):
        drafts.save_draft(db, BO, cid, "plan", "x" * (drafts.MAX_PAYLOAD_CHARS + 1))
    with pytest.raises(NotFound):
        drafts.save_draft(db, BO, uuid.uuid4(), "plan", {})
    assert drafts.list_drafts(db, BO) == ()


def test_an_unreadable_payload_is_no_draft(empty_db: Any) -> None:
    db = empty_db
    cid = crashkit.save_one(db)
    drafts.save_draft(db, BO, cid, "plan", {"a": 1})
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE drafts SET payload = '{ikke json'")
    assert drafts.load_draft(db, BO, cid, "plan") is None
    assert drafts.list_drafts(db, BO) == ()


def test_a_draft_survives_a_killed_app(empty_db: Any, db_path: Path) -> None:
    cid = crashkit.save_one(empty_db)
    empty_db.dispose()
    script = (
        "import sys, time, uuid\n"
        f"sys.path.insert(0, {str(Path(crashkit.__file__).parent)!r})\n"
        "import crashkit\n"
        "from planner_gui.services import drafts\n"
        "from planner_gui.services.auth import Actor\n"
        f"db = crashkit.open_plain({str(db_path)!r})\n"
        f"drafts.save_draft(db, Actor('bo', 'sagsbehandler'), uuid.UUID({str(cid)!r}), 'plan', "
        "{'own_goal': 'skrevet lige før strømmen gik'})\n"
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
        got = drafts.load_draft(db, BO, cid, "plan")
    finally:
        db.dispose()
    assert got is not None and got.payload == {"own_goal": "skrevet lige før strømmen gik"}
