"""Insiders (issue 12, items 1-3): someone who holds the key, an import that changes roles, need-to-know on the CLI.

Real processes and files: the attacker opens the database outside the app (SQLCipher with the unwrapped key, or the
plain file with sqlite3), and every check runs the real ``planner-gui`` command.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from planner_gui.services import audit_log
from planner_gui.services.auth import Actor
from planner_gui.storage import anchors, audit, keys
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Staff
from tests.conftest import PASSWORD, copy_db, copy_encrypted

# why the tests marked so run on SQLite only (tests/conftest.py: sqlite_only)
TAMPERS = (
    "edits the SQLite file through sqlite3 behind the app's back and checks the anchors kept beside it; on the team"
    " server no user's own role may touch the audit log: test_team_database.py"
)
MAKES_USERS = (
    "makes users and changes their roles: on the team server those are login roles of the whole cluster, which the "
    "copies of empty_db share (tests/conftest.py); roles on the server are test_team_database.py's"
)

ADMIN = Actor("admin", "administrator")
NEW_PASSWORD = "en-helt-ny-kode-2026"


def cli(*args: str, user: str = "admin", password: str = PASSWORD, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PLANNER_USER": user, "PLANNER_PASSWORD": password, **env}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    return proc


def refused(proc: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert fragment in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def add_entries(db: Database, n: int, action: str = "view") -> None:
    with db.write() as s:
        for i in range(n):
            audit.record(s, "admin", action, entity="citizen", entity_id=i)


def rehash_from(conn: Any, start: int) -> None:
    """What an attacker with the key does after editing an entry: recompute every hash from ``start`` on."""
    rows = conn.execute(
        "SELECT seq, ts, user, action, entity, entity_id, citizen_ref, reason, details FROM audit_log "
        "WHERE seq >= ? ORDER BY seq",
        (start,),
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (start - 1,)).fetchone()[0]
    import datetime as dt

    for seq, ts, user, action, entity, entity_id, cref, reason, details in rows:
        when = dt.datetime.fromisoformat(str(ts))
        digest = audit._digest(prev, seq, when, audit._fields(user, action, entity, entity_id, cref, reason, details))
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def open_with_key(path: Path) -> Any:
    """The encrypted file opened outside the app: SQLCipher and the key unwrapped with a user's own password."""
    import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-not-found,unused-ignore]

    key = keys.KeyFile.load(keys.keyfile_for(path)).unlock("admin", PASSWORD)
    assert key is not None
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


# ------------------------------------------------------------------------------------------------ 1: anchors


def test_cutting_off_the_tail_of_an_encrypted_log_is_caught_by_the_anchor(
    encrypted_demo_template: Path, tmp_path: Path
) -> None:
    path = copy_encrypted(encrypted_demo_template, tmp_path / "sager.db")
    ok(cli("audit", "verify", "--db", str(path)))  # the login is anchored outside the database
    out = tmp_path / "alt.xlsx"
    ok(cli("export", "--db", str(path), str(out)))  # so is the export
    anchored = [a.seq for a in anchors.read(anchors.identity(f"sqlite:///{path}"))[0]]
    assert anchored and all(f.stat().st_mode & 0o777 == 0o600 for f in anchors.anchor_files(str(path.resolve())))

    conn = open_with_key(path)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    assert last == max(anchored)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 3,))  # the export and what led to it are gone
    conn.commit()
    conn.close()

    res = cli("audit", "verify", "--db", str(path))
    refused(res, 3, "afkortet")
    assert "Revisionssporet er brudt ved post" in res.stderr
    assert "sidste anker der stadig passer: post" in res.stderr


@pytest.mark.sqlite_only(TAMPERS)
def test_a_rewritten_and_rehashed_log_is_caught_by_the_anchor(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 5)
    add_entries(empty_db, 1, action="print")  # anchored
    with empty_db.read() as s:
        first_anchor = s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "print"))
    assert first_anchor is not None
    add_entries(empty_db, 130)  # crosses a multiple of 100: anchored again
    ok(cli("audit", "verify", "--db", str(db_path)))

    target = first_anchor + 3  # an entry after the first anchor is edited, and every hash after it recomputed
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'ukendt', reason = 'aldrig set' WHERE seq = ?", (target,))
    rehash_from(conn, target)
    conn.commit()
    conn.close()
    with empty_db.read() as s:
        assert audit.verify(s) is None  # the chain alone cannot tell: it has no secret

    res = cli("audit", "verify", "--db", str(db_path))
    refused(res, 3, "omskrevet")
    assert f"sidste anker der stadig passer: post {first_anchor}" in res.stderr


@pytest.mark.sqlite_only(TAMPERS)
def test_the_administrators_anchor_folder_holds_when_the_users_own_is_deleted(
    empty_db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    monkeypatch.setenv(anchors.ANCHOR_DIR_ENV, str(share))
    add_entries(empty_db, 3)
    add_entries(empty_db, 1, action="export")
    own, admins = anchors.anchor_files(str(db_path.resolve()))
    assert own.exists() and admins.exists() and admins.parent == share
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    conn.commit()
    conn.close()
    own.unlink()  # the user covers their tracks in their own data folder
    res = cli("audit", "verify", "--db", str(db_path))
    refused(res, 3, "afkortet")
    assert str(share) in res.stderr
    monkeypatch.delenv(anchors.ANCHOR_DIR_ENV)


@pytest.mark.sqlite_only(TAMPERS)
def test_a_forged_purge_permit_is_caught(empty_db: Database, db_path: Path) -> None:
    add_entries(empty_db, 8)
    for f in anchors.anchor_files(str(db_path.resolve())):
        f.unlink(missing_ok=True)  # no anchor: the permit check alone must catch it
    conn = sqlite3.connect(db_path)
    # the forged permit switches the DELETE trigger off for every entry, without touching the trigger itself
    conn.execute(
        "INSERT INTO audit_purges (ts, user, up_to_seq, anchor_hash) VALUES ('2026-01-01 00:00:00', 'x', 1000000, 'h')"
    )
    conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 4 FROM audit_log)")
    conn.commit()
    conn.close()
    res = cli("audit", "verify", "--db", str(db_path))
    refused(res, 3, "audit_purges")


def test_a_legitimate_purge_still_verifies_with_anchors_and_permits(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from planner_gui.services.setup import create_database

    with monkeypatch.context() as m:
        m.setattr(audit, "utcnow", lambda: dt.datetime(2024, 1, 1))
        db = create_database(db_path, PASSWORD)
        add_entries(db, 120)  # old entries; the transaction passes seq 100, so its head (121) is anchored
    try:
        add_entries(db, 1, action="export")
        assert audit_log.purge_expired(db, ADMIN) > 100  # the anchored entry now lies in the purged part
        assert audit_log.purge_expired(db, ADMIN) == 0
        result = audit_log.verify_all(db, ADMIN)
        assert result.broken is None and result.anchor_count >= 3
        with db.read() as s:
            front = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq).limit(1))
        assert front is not None and min(a.seq for a in anchors.read(anchors.identity(db.url))[0]) == front - 1
    finally:
        db.dispose()


# ------------------------------------------------------------------------------------------------ 2: roles, users


def _staff_workbook(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "medarbejdere"
    ws.append(["initialer", "navn", "team", "rolle"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_import_cannot_demote_the_last_administrator(empty_db: Database, cli_db: str, tmp_path: Path) -> None:
    book = _staff_workbook(
        tmp_path / "m.xlsx", [("ab", "Anne B", "", "sagsbehandler"), ("admin", "A", "", "sagsbehandler")]
    )
    with empty_db.read() as s:
        before = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    assert before is not None
    res = cli("import", "--db", cli_db, str(book))
    refused(res, 2, "medarbejdere!3 rolle: 'admin' er den sidste administrator")
    with empty_db.read() as s:
        assert s.scalar(select(Staff.role).where(Staff.initials == "admin")) == "administrator"
        assert s.scalar(select(Staff.id).where(Staff.initials == "ab")) is None
        assert s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "import")) is None
        assert s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) == before + 1  # the login


@pytest.mark.sqlite_only(MAKES_USERS)
def test_import_lists_every_role_change_per_person(empty_db: Database, db_path: Path, tmp_path: Path) -> None:
    from planner_gui.services import auth

    auth.create_user(empty_db, ADMIN, "ab", "Anne B", "sagsbehandler", PASSWORD)
    auth.create_user(empty_db, ADMIN, "cd", "Carl D", "teamleder", None)
    book = _staff_workbook(
        tmp_path / "m.xlsx",
        [
            ("ab", "Anne B", "", "administrator"),  # promoted (and can log in: the old admin may step down)
            ("admin", "Administrator", "", "teamleder"),
            ("cd", "Carl D", "", "teamleder"),  # unchanged
            ("ef", "Eva F", "Team Aktiv", "sagsbehandler"),  # new
        ],
    )
    ok(cli("import", "--db", str(db_path), str(book)))
    with empty_db.read() as s:
        details = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "import")).one()
    assert json.loads(details)["roller"] == {
        "ab": "sagsbehandler → administrator",
        "admin": "administrator → teamleder",
        "ef": "ny: sagsbehandler",
    }


def test_user_add_and_password_from_the_cli(encrypted_demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.services.unlock import open_for_user

    path = copy_encrypted(encrypted_demo_template, tmp_path / "sager.db")
    ok(
        cli(
            "user", "add", "--db", str(path), "--initialer", "NY", "--navn", "Ny Kollega", "--rolle", "sagsbehandler",
            "--team", "Team Aktiv", PLANNER_NEW_PASSWORD=NEW_PASSWORD,
        )
    )  # fmt: skip
    db, actor = open_for_user(path, "ny", NEW_PASSWORD)  # the new user has a key slot and can log in
    db.dispose()
    assert actor.role == "sagsbehandler"
    ok(cli("user", "password", "--db", str(path), "--initialer", "ny", PLANNER_NEW_PASSWORD=NEW_PASSWORD + "x"))
    db, _ = open_for_user(path, "ny", NEW_PASSWORD + "x")
    try:
        with db.read() as s:
            rows = s.execute(
                select(AuditEntry.user, AuditEntry.action, AuditEntry.details)
                .where(AuditEntry.entity == "staff", AuditEntry.action.in_(("create", "update")))
                .order_by(AuditEntry.seq)
            ).all()
        assert [(r.user, r.action) for r in rows][-2:] == [("admin", "create"), ("admin", "update")]
        worker = s.scalar(select(Staff.initials).where(Staff.role == "sagsbehandler", Staff.initials != "ny"))
    finally:
        db.dispose()
    # a caseworker may do neither; the refusal is audited; no password is asked for first
    res = cli("user", "password", "--db", str(path), "--initialer", "admin", user="ny", password=NEW_PASSWORD + "x")
    refused(res, 2, "kun en administrator")
    res = cli("user", "add", "--db", str(path), "--initialer", "zz", "--navn", "Z", "--rolle", "administrator",
              user="ny", password=NEW_PASSWORD + "x", PLANNER_NEW_PASSWORD=NEW_PASSWORD)  # fmt: skip
    refused(res, 2, "kun en administrator")
    db, _ = open_for_user(path, "admin", PASSWORD)
    try:
        with db.read() as s:
            refusals = s.execute(
                select(AuditEntry.user, AuditEntry.entity_id).where(AuditEntry.action == "refused")
            ).all()
            assert s.scalar(select(Staff.id).where(Staff.initials == "zz")) is None
    finally:
        db.dispose()
    assert [tuple(r) for r in refusals] == [("ny", "user password"), ("ny", "user add")]
    assert worker is not None


def test_the_recovery_key_sets_an_administrators_password(tmp_path: Path) -> None:
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.services.setup import create_encrypted_database
    from planner_gui.services.unlock import open_for_user

    path = tmp_path / "sager.db"
    db, recovery = create_encrypted_database(path, PASSWORD)
    auth.create_user(db, ADMIN, "ab", "Anne B", "sagsbehandler", PASSWORD)
    db.dispose()
    args = ("user", "password", "--db", str(path), "--initialer", "admin", "--recovery-key")
    refused(cli(*args, PLANNER_RECOVERY_KEY="AAAA-" * 12 + "AAAA", PLANNER_NEW_PASSWORD=NEW_PASSWORD), 2, "passer ikke")
    ok(cli(*args, PLANNER_RECOVERY_KEY=recovery, PLANNER_NEW_PASSWORD=NEW_PASSWORD, PLANNER_PASSWORD=""))
    db, actor = open_for_user(path, "admin", NEW_PASSWORD)
    try:
        assert actor.role == "administrator"
        with db.read() as s:
            who = s.scalar(select(AuditEntry.user).where(AuditEntry.action == "update", AuditEntry.entity == "staff"))
        assert who == "gendannelse"
    finally:
        db.dispose()
    # only an administrator's password is set this way
    res = cli(
        "user", "password", "--db", str(path), "--initialer", "ab", "--recovery-key",
        PLANNER_RECOVERY_KEY=recovery, PLANNER_NEW_PASSWORD=NEW_PASSWORD,
    )  # fmt: skip
    refused(res, 2, "kun en administrators")
    with pytest.raises(AuthenticationFailed):  # the old password no longer unlocks
        open_for_user(path, "admin", PASSWORD)


# ------------------------------------------------------------------------------------------------ 3: need-to-know


@pytest.fixture
def plain_demo(demo_template: Path, tmp_path: Path) -> Path:
    return copy_db(demo_template, tmp_path / "demo.db")


def _caseworker_and_citizen(path: Path) -> tuple[str, str, str]:
    """A demo caseworker who can log in, a citizen in their caseload and one outside it (CPR digits)."""
    conn = sqlite3.connect(path)
    try:
        ini, sid = conn.execute(
            "SELECT initials, id FROM staff WHERE role = 'sagsbehandler' AND password_hash IS NOT NULL "
            "ORDER BY initials LIMIT 1"
        ).fetchone()
        own = conn.execute(
            "SELECT c.cpr FROM citizens c JOIN assignments a ON a.citizen_id = c.id "
            "WHERE a.staff_id = ? AND a.\"end\" IS NULL AND a.start <= date('now') ORDER BY c.cpr LIMIT 1",
            (sid,),
        ).fetchone()[0]
        other = conn.execute(
            "SELECT cpr FROM citizens WHERE id NOT IN (SELECT citizen_id FROM assignments WHERE staff_id = ?) "
            "ORDER BY cpr LIMIT 1",
            (sid,),
        ).fetchone()[0]
    finally:
        conn.close()
    return ini, own, other


def _audit_rows(path: Path, action: str) -> list[tuple[str, str, str | None, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT user, entity_id, citizen_ref, reason FROM audit_log WHERE action = ? ORDER BY seq", (action,)
        ).fetchall()
    finally:
        conn.close()


def test_export_of_one_citizen_needs_a_stated_reason(plain_demo: Path, tmp_path: Path) -> None:
    _, _, cpr = _caseworker_and_citizen(plain_demo)
    out = tmp_path / "borger.xlsx"
    refused(cli("export", "--db", str(plain_demo), str(out), "--cpr", cpr), 2, "--begrundelse")
    assert not out.exists()
    (refusal,) = _audit_rows(plain_demo, "refused")
    conn = sqlite3.connect(plain_demo)
    cid = conn.execute("SELECT id FROM citizens WHERE cpr = ?", (cpr,)).fetchone()[0]
    conn.close()
    assert refusal[:2] == ("admin", "export") and refusal[2] is not None and "begrundelse" in refusal[3]
    ok(cli("export", "--db", str(plain_demo), str(out), "--cpr", cpr, "--begrundelse", "borgerens anmodning 4/12"))
    exports = [r for r in _audit_rows(plain_demo, "export") if r[2] is not None]
    assert exports and exports[-1][3] == "borgerens anmodning 4/12"
    assert str(refusal[2]).replace("-", "") == str(cid).replace("-", "")  # the refusal names the citizen


def test_aktindsigt_needs_a_reason_and_only_an_administrator_gets_the_audit_extract(
    plain_demo: Path, tmp_path: Path
) -> None:
    ini, own, other = _caseworker_and_citizen(plain_demo)
    folder = tmp_path / "aktindsigt"
    refused(cli("aktindsigt", "--db", str(plain_demo), str(folder), "--cpr", own, user=ini), 2, "--begrundelse")
    assert not folder.exists()
    # a caseworker, own caseload, reason given: no audit extract, and the read-me says who hands it out
    ok(cli("aktindsigt", "--db", str(plain_demo), str(folder), "--cpr", own, "--begrundelse", "mødet 4/12", user=ini))
    names = {p.name for p in folder.iterdir()}
    assert "logbog.xlsx" not in names and "borgerens-data.xlsx" in names
    assert "administrator" in (folder / "LÆS MIG.txt").read_text(encoding="utf-8")
    # outside the caseload: still needs the reason; the old --reason spelling still works
    folder2 = tmp_path / "aktindsigt2"
    ok(cli("aktindsigt", "--db", str(plain_demo), str(folder2), "--cpr", other, "--reason", "stedfortræder", user=ini))
    assert "logbog.xlsx" not in {p.name for p in folder2.iterdir()}
    # the administrator's folder has the extract
    folder3 = tmp_path / "aktindsigt3"
    ok(cli("aktindsigt", "--db", str(plain_demo), str(folder3), "--cpr", own, "--begrundelse", "borgerens anmodning"))
    assert (folder3 / "logbog.xlsx").exists()
    reasons = {r[3] for r in _audit_rows(plain_demo, "export") if r[1] and r[0] == ini}
    assert {"mødet 4/12", "stedfortræder"} <= reasons
    assert [r[:2] for r in _audit_rows(plain_demo, "refused")] == [(ini, "aktindsigt")]


def test_a_refused_permission_is_audited(plain_demo: Path, tmp_path: Path) -> None:
    ini, _, _ = _caseworker_and_citizen(plain_demo)
    refused(cli("export", "--db", str(plain_demo), str(tmp_path / "alt.xlsx"), user=ini), 2, "administrator")
    refused(cli("audit", "verify", "--db", str(plain_demo), user=ini), 2, "administrator")
    assert [r[:2] for r in _audit_rows(plain_demo, "refused")] == [(ini, "export"), (ini, "audit verify")]
    assert not (tmp_path / "alt.xlsx").exists()
