"""The audit log: append-only (triggers), tamper-evident (hash chain, `audit verify` names the entry), exportable by
citizen and date, and purged after the retention period with a purge record that anchors the remaining chain."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from planner_gui.cli import main
from planner_gui.errors import PermissionDenied, StorageError, UserError
from planner_gui.services import audit_log
from planner_gui.services.auth import Actor
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen
from tests.conftest import PASSWORD

# why the tests marked so run on SQLite only (tests/conftest.py: sqlite_only)
TAMPERS = (
    "tampers with the SQLite file through sqlite3 behind the app's back (its triggers); on the team server no "
    "user's own role may touch the audit log: test_team_database.py"
)

ADMIN = Actor("admin", "administrator")
CASEWORKER = Actor("ab", "sagsbehandler")


def add_entries(db: Database, n: int, **kw: object) -> None:
    with db.write() as s:
        for i in range(n):
            audit.record(s, "admin", "view", entity="citizen", entity_id=i, **kw)  # type: ignore[arg-type]


def verify(db: Database) -> audit.Broken | None:
    return audit_log.verify_chain(db, ADMIN)


def raw(db_path: Path, *sql: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        for stmt in sql:
            conn.execute(stmt)
        conn.commit()
    finally:
        conn.close()


def cli_env() -> dict[str, str]:
    return {**os.environ, "PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}


# ------------------------------------------------------------------------------------------------ append-only


@pytest.mark.sqlite_only(TAMPERS)
def test_update_and_delete_are_refused_by_the_database(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 3)
    with pytest.raises((StorageError, DBAPIError)), empty_db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(reason="skjult"))
    with pytest.raises((StorageError, DBAPIError)), empty_db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    for stmt in (
        "UPDATE audit_log SET reason = 'x' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 2",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw(db_path, stmt)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw(
            db_path,
            "INSERT INTO audit_purges (ts, user, up_to_seq, anchor_hash) VALUES ('2026-01-01', 'x', 1, 'h')",
            "UPDATE audit_purges SET up_to_seq = 99",
        )
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw(
            db_path,
            "INSERT INTO audit_purges (ts, user, up_to_seq, anchor_hash) VALUES ('2026-01-01', 'x', 1, 'h')",
            "DELETE FROM audit_purges",
        )
    assert verify(empty_db) is None


# ------------------------------------------------------------------------------------------------ tampering


@pytest.mark.sqlite_only(TAMPERS)
def test_verify_cli_names_the_edited_entry(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 5)
    ok = subprocess.run(
        [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", str(db_path)],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    with empty_db.read() as s:
        seq = s.scalar(select(AuditEntry.seq).where(AuditEntry.entity_id == "2"))
    raw(db_path, "DROP TRIGGER audit_log_no_update", f"UPDATE audit_log SET reason = 'ingen grund' WHERE seq = {seq}")
    res = subprocess.run(
        [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", str(db_path)],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 3, res.stderr
    assert f"post {seq}" in res.stderr and "ændret" in res.stderr


@pytest.mark.sqlite_only(TAMPERS)
def test_a_forged_entry_is_named(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 3)
    with empty_db.read() as s:
        last = s.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).one()
    forged = last.seq + 1
    raw(
        db_path,
        "INSERT INTO audit_log (seq, ts, user, action, entity, entity_id, citizen_ref, reason, details, "
        f"prev_hash, hash) VALUES ({forged}, '2026-01-01 00:00:00.000000', 'admin', 'view', 'citizen', '', "
        f"NULL, '', '{{}}', '{last.hash}', '{'f' * 64}')",
    )
    broken = verify(empty_db)
    assert broken is not None and broken.seq == forged


@pytest.mark.sqlite_only(TAMPERS)
def test_a_deleted_entry_is_named(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 5)
    raw(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 3")
    broken = verify(empty_db)
    assert broken is not None and broken.seq == 4


@pytest.mark.sqlite_only(TAMPERS)
def test_verify_cli_exit_code_for_a_deleted_entry(
    empty_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_entries(empty_db, 4)
    raw(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2")
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    assert main(["audit", "verify", "--db", str(db_path)]) == 3
    assert "post 3" in capsys.readouterr().err


def test_only_an_administrator_verifies_or_exports(empty_db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        audit_log.verify_chain(empty_db, CASEWORKER)
    with pytest.raises(PermissionDenied):
        audit_log.export_audit(empty_db, CASEWORKER, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        audit_log.purge_expired(empty_db, CASEWORKER)


# ------------------------------------------------------------------------------------------------ export


def test_export_by_citizen_and_dates(
    empty_db: Database,
    cli_db: str,
    db_backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cid = uuid.uuid4()
    with empty_db.write() as s:
        s.add(Citizen(id=cid, cpr="0101901234", first_name="Jens", last_name="Hansen", updated_by="t"))
    monkeypatch.setattr(audit, "utcnow", lambda: dt.datetime(2026, 3, 10, 12))
    add_entries(empty_db, 2, citizen_ref=cid, reason="marts")
    monkeypatch.setattr(audit, "utcnow", lambda: dt.datetime(2026, 6, 10, 12))
    add_entries(empty_db, 3, citizen_ref=cid, reason="juni")
    add_entries(empty_db, 4, reason="andre")
    monkeypatch.undo()
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)

    def rows(*args: str) -> list[tuple[object, ...]]:
        out = tmp_path / "log.xlsx"
        assert main(["audit", "export", "--db", cli_db, str(out), *args]) == 0, capsys.readouterr().err
        ws = load_workbook(out).worksheets[0]
        header = [c.value for c in ws[1]]
        assert header == list(audit_log.AUDIT_COLUMNS)
        return [r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "view" or not args]

    assert {r[6] for r in rows("--cpr", "010190-1234")} == {"marts", "juni"}
    assert len(rows("--cpr", "0101901234")) == 5
    if db_backend == "sqlite":
        assert {r[6] for r in rows("--cpr", "010190-1234", "--from", "2026-06-01")} == {"juni"}
        assert {r[6] for r in rows("--from", "2026-03-10", "--to", "2026-03-10")} == {"marts"}
    else:  # the team server stamps each entry with its own clock (planner_audit_append): no entry is backdated
        two_days_ago = (dt.date.today() - dt.timedelta(days=2)).isoformat()
        assert rows("--cpr", "010190-1234", "--to", two_days_ago) == []
        assert {r[6] for r in rows("--cpr", "010190-1234", "--from", two_days_ago)} == {"marts", "juni"}
    every = rows()
    assert any(r[2] == "export" and r[3] == "audit_log" for r in every)  # the exports are themselves logged
    assert main(["audit", "export", "--db", cli_db, str(tmp_path / "y.xlsx"), "--from", "10-03-2026"]) == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ retention


@pytest.fixture
def old_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A database created (and its first audit entries written) in January 2024."""
    from planner_gui.services.setup import create_database

    monkeypatch.setattr(audit, "utcnow", lambda: dt.datetime(2024, 1, 2))
    db = create_database(db_path, PASSWORD)
    monkeypatch.undo()
    yield db
    db.dispose()


def _old_entries(db: Database, monkeypatch: pytest.MonkeyPatch, when: dt.datetime, n: int) -> None:
    monkeypatch.setattr(audit, "utcnow", lambda: when)
    add_entries(db, n, reason=when.date().isoformat())
    monkeypatch.undo()


def test_purge_keeps_six_months_and_the_chain_verifies(
    old_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = dt.datetime(2026, 11, 23, 12)
    _old_entries(old_db, monkeypatch, dt.datetime(2025, 1, 5), 4)
    _old_entries(old_db, monkeypatch, dt.datetime(2026, 5, 1), 3)  # older than 6 months: goes
    _old_entries(old_db, monkeypatch, dt.datetime(2026, 6, 1), 2)  # within 6 months: stays
    with old_db.read() as s:
        first_kept = s.scalar(select(func.min(AuditEntry.seq)).where(AuditEntry.reason == "2026-06-01"))
    # entries written by create_database carry today's time, so fix the clock of those too: purge relative to them
    with old_db.read() as s:
        newest_old = s.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.reason == "2026-05-01"))
    n = audit_log.purge_expired(old_db, ADMIN, now=now)
    with old_db.read() as s:
        remaining = list(
            s.execute(select(AuditEntry.seq, AuditEntry.action, AuditEntry.details).order_by(AuditEntry.seq))
        )
    assert n == newest_old
    assert remaining[0].seq == first_kept
    assert remaining[-1].action == "purge"
    assert f'"op_til": {newest_old}' in remaining[-1].details
    assert verify(old_db) is None
    # purging again changes nothing
    assert audit_log.purge_expired(old_db, ADMIN, now=now) == 0
    # the retained entries still cannot be deleted through the app
    with pytest.raises((StorageError, DBAPIError)), old_db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == first_kept))


def test_tampering_after_a_purge_is_still_caught(
    old_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_entries(old_db, monkeypatch, dt.datetime(2024, 1, 1), 3)
    _old_entries(old_db, monkeypatch, dt.datetime(2026, 10, 1), 3)
    audit_log.purge_expired(old_db, ADMIN, now=dt.datetime(2026, 11, 23))
    assert verify(old_db) is None
    with old_db.read() as s:
        first = s.scalar(select(func.min(AuditEntry.seq)))
    assert first is not None
    # deleting the first remaining entry behind the app's back: no purge entry anchors the new front
    raw(db_path, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE seq = {first}")
    broken = verify(old_db)
    assert broken is not None and broken.seq == first + 1 and "purge" in broken.why


@pytest.mark.sqlite_only(TAMPERS)
def test_purge_without_the_purge_entry_is_caught(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 4)
    raw(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq <= 2")
    broken = verify(empty_db)
    assert broken is not None and broken.seq == 3


def test_retention_setting_has_a_floor_of_six_months(old_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    assert audit_log.retention_months(old_db) == 6
    with pytest.raises(UserError, match="mindst 6"):
        audit_log.set_retention_months(old_db, ADMIN, 3)
    audit_log.set_retention_months(old_db, ADMIN, 24)
    assert audit_log.retention_months(old_db) == 24
    _old_entries(old_db, monkeypatch, dt.datetime(2025, 1, 5), 2)  # 22 months old: kept under 24
    assert audit_log.purge_expired(old_db, ADMIN, now=dt.datetime(2026, 11, 23)) == 1  # only the 2024 entry
    with old_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.reason == "2025-01-05")) == 2
    with old_db.write() as s:  # a value below the floor written behind the app's back is not obeyed
        s.execute(text("UPDATE settings SET value = '1' WHERE key = 'audit_retention_months'"))
    assert audit_log.retention_months(old_db) == 6
