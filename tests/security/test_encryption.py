"""Encryption at rest (SQLCipher): a random database key wrapped per user (Argon2id + AES-GCM key slots in
``<db>.keys``) and by a recovery key shown once. The file is unreadable to plain SQLite and holds no CPR number or
name; backups made with ``Database.key`` are encrypted too; SQLite without SQLCipher fails closed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui.errors import AuthenticationFailed, StorageError, UserError
from planner_gui.services import auth, unlock
from planner_gui.services.auth import Actor
from planner_gui.services.setup import create_database, create_encrypted_database, create_encrypted_demo_database
from planner_gui.storage import keys
from planner_gui.storage.db import Database
from planner_gui.storage.migrate import open_database
from planner_gui.storage.tables import Citizen, Note
from tests.conftest import PASSWORD

# why the tests marked so run on SQLite only (tests/conftest.py: sqlite_only)
A_FILE = "opens a database file by its path (plain or encrypted at rest); the team server has no file"

ADMIN = Actor("admin", "administrator")
CPR = "1111851234"
FIRST, LAST = "Ragnhild", "Vestergaard-Munch"
NOTE = "Fortalte om sin angst for at tale i telefon"


@pytest.fixture(autouse=True)
def _cheap_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key slots with a cheap Argon2id in these tests (the real cost is checked in test_slot_parameters)."""
    monkeypatch.setattr(keys, "ARGON2", {"t": 1, "m": 8 * 1024, "p": 1})


def test_slot_parameters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real cost: Argon2id t=3, 64 MiB, p=2
    kf = keys.KeyFile(tmp_path / "x.keys", {})
    key = keys.new_database_key()
    kf.set_password(key, "Admin", PASSWORD)
    slot = kf.slots["user:admin"]
    assert (slot["kdf"], slot["t"], slot["m"], slot["p"]) == ("argon2id", 3, 64 * 1024, 2)
    assert kf.unlock("admin", PASSWORD) == key
    assert kf.unlock("admin", PASSWORD + "x") is None
    kf.slots["user:ab"] = dict(slot)  # a slot copied to another user does not open: the name is bound in
    assert kf.unlock("ab", PASSWORD) is None


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    path = tmp_path / "krypteret.db"
    db, recovery = create_encrypted_database(path, PASSWORD)
    with db.write() as s:
        c = Citizen(id=uuid.uuid4(), cpr=CPR, first_name=FIRST, last_name=LAST, updated_by="t")
        s.add(c)
        s.flush()
        import datetime as dt

        s.add(Note(citizen_id=c.id, date=dt.date(2026, 1, 5), kind="note", text=NOTE, author="admin"))
    db.dispose()
    yield path, recovery


def _all_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())


SECRETS = (CPR.encode(), FIRST.encode(), LAST.encode(), NOTE.encode(), b"010190", b"audit_log", b"CREATE TABLE")


def test_plain_sqlite_cannot_read_it_and_no_personal_data_in_the_bytes(encrypted: tuple[Path, str]) -> None:
    path, _ = encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            conn.close()
    data = _all_bytes(path)
    for secret in SECRETS:
        assert secret not in data, secret
    # the key file holds wrapped keys only: no raw key, no password
    kf_text = keys.keyfile_for(path).read_text()
    assert PASSWORD not in kf_text
    assert set(json.loads(kf_text)["slots"]) == {"user:admin", "recovery"}


def test_control_a_plain_database_does_leak(tmp_path: Path) -> None:
    """The check above is sharp: the same data in a plain file is readable in its bytes."""
    db = create_database(tmp_path / "plain.db", PASSWORD)
    with db.write() as s:
        s.add(Citizen(id=uuid.uuid4(), cpr=CPR, first_name=FIRST, last_name=LAST, updated_by="t"))
    db.dispose()
    assert CPR.encode() in _all_bytes(tmp_path / "plain.db")


def test_open_for_user_unlocks_and_logs_in(encrypted: tuple[Path, str]) -> None:
    path, _ = encrypted
    db, actor = unlock.open_for_user(path, "admin", PASSWORD)
    try:
        assert actor.role == "administrator" and db.key is not None and len(db.key) == 32
        with db.read() as s:
            assert s.get(Citizen, s.query(Citizen.id).scalar()).first_name == FIRST  # type: ignore[union-attr]
    finally:
        db.dispose()
    with pytest.raises(AuthenticationFailed):
        unlock.open_for_user(path, "admin", "forkert-kode-1")
    with pytest.raises(AuthenticationFailed):
        unlock.open_for_user(path, "nn", PASSWORD)  # no key slot
    with pytest.raises(StorageError):  # the file without its key
        open_database(path)


@pytest.mark.sqlite_only(A_FILE)
def test_open_for_user_on_a_plain_file(empty_db: Database, db_path: Path) -> None:
    db, actor = unlock.open_for_user(db_path, "admin", PASSWORD)
    db.dispose()
    assert actor.initials == "admin" and db.key is None


def test_new_users_and_new_passwords_get_key_slots(encrypted: tuple[Path, str]) -> None:
    path, _ = encrypted
    db, admin = unlock.open_for_user(path, "admin", PASSWORD)
    try:
        auth.create_user(db, admin, "ab", "Anne Bach", "sagsbehandler", "annes-kode-123")
        auth.create_user(db, admin, "cd", "Carl Dam", "sagsbehandler", None)  # no password: no slot
    finally:
        db.dispose()
    assert keys.KeyFile.load(keys.keyfile_for(path)).users() == ["ab", "admin"]
    db, actor = unlock.open_for_user(path, "ab", "annes-kode-123")
    try:
        assert actor.initials == "ab"
        auth.set_password(db, actor, "ab", "annes-nye-kode")
    finally:
        db.dispose()
    with pytest.raises(AuthenticationFailed):
        unlock.open_for_user(path, "ab", "annes-kode-123")
    time.sleep(1.1)  # a failed unlock refuses the next attempt for 1 s (as a failed login does)
    db, actor = unlock.open_for_user(path, "ab", "annes-nye-kode")
    db.dispose()


def test_the_recovery_key_opens_it(encrypted: tuple[Path, str]) -> None:
    path, recovery = encrypted
    db = unlock.open_with_recovery_key(path, recovery.lower().replace("-", " "))
    try:
        auth.set_password(db, auth.SYSTEM, "admin", "ny-admin-kode")
    finally:
        db.dispose()
    db, _ = unlock.open_for_user(path, "admin", "ny-admin-kode")
    db.dispose()
    with pytest.raises(AuthenticationFailed):
        unlock.open_with_recovery_key(path, "AAAA-" * 12 + "AAAA")


def test_fails_closed_without_sqlcipher(encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """If the driver were plain SQLite, PRAGMA key would be ignored and data written in clear: refuse instead."""
    from planner_gui.storage import db as dbmod

    path, _ = encrypted
    key = unlock.unlock_key(path, "admin", PASSWORD)
    monkeypatch.setattr(dbmod, "cipher_module", lambda: sqlite3)
    fresh = path.with_name("ny.db")
    with pytest.raises(StorageError, match="SQLCipher"):
        open_database(fresh, create=True, key=key)
    assert not fresh.exists() or fresh.stat().st_size == 0


def test_backups_through_the_key_are_encrypted(encrypted: tuple[Path, str]) -> None:
    from planner_gui.storage import backup

    path, _ = encrypted
    db, _ = unlock.open_for_user(path, "admin", PASSWORD)
    try:
        copy = backup.make_backup(db.path, "test", key=db.key)  # type: ignore[arg-type]
    finally:
        db.dispose()
    assert copy is not None and copy.exists()
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for secret in SECRETS:
        assert secret not in data, secret
    with backup.connect(copy, unlock.unlock_key(path, "admin", PASSWORD)) as conn:
        assert conn.execute("SELECT first_name FROM citizens").fetchall() == [(FIRST,)]


def test_refuses_to_overwrite_and_keeps_no_half_files(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with pytest.raises(UserError, match="mindst 10"):
        create_encrypted_database(path, "kort")
    assert list(tmp_path.iterdir()) == []
    db, _ = create_encrypted_database(path, PASSWORD)
    db.dispose()
    with pytest.raises(UserError, match="findes allerede"):
        create_encrypted_database(path, PASSWORD)


def test_encrypted_demo_gives_every_login_a_slot(tmp_path: Path) -> None:
    db, result, _ = create_encrypted_demo_database(tmp_path / "demo.db", PASSWORD, citizens=5, seed=2)
    db.dispose()
    initials = result.logins[0][0]
    db, actor = unlock.open_for_user(tmp_path / "demo.db", initials, PASSWORD)
    db.dispose()
    assert actor.initials == initials


def test_cli_init_is_encrypted_by_default(tmp_path: Path) -> None:
    env = {**os.environ, "PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}
    path = tmp_path / "cli.db"
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "init", "--db", str(path), "--admin-password", PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "GENDANNELSESNØGLE" in proc.stdout
    assert keys.keyfile_for(path).exists() and not path.read_bytes().startswith(b"SQLite format 3")
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    bad = {**env, "PLANNER_PASSWORD": "forkert-kode"}
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        env=bad,
        timeout=120,
    )
    assert proc.returncode == 2 and "forkerte initialer eller adgangskode" in proc.stderr
    assert "ERROR" not in proc.stderr  # SQLCipher's own log stays quiet


@pytest.mark.sqlite_only(A_FILE)
def test_the_login_window_flow_for_plain_and_encrypted_files(
    encrypted: tuple[Path, str], empty_db: Database, db_path: Path
) -> None:
    """What the desktop app does: open (or hold) the file before the login, then log in (or unlock and log in)."""
    path, _ = encrypted
    locked = unlock.open_or_lock(path)
    assert isinstance(locked, unlock.LockedDatabase) and locked.where == str(path.resolve())
    with pytest.raises(AuthenticationFailed):
        unlock.login_or_unlock(locked, "admin", "forkert-kode-9")
    time.sleep(1.1)  # a failed unlock refuses the next attempt for 1 s (as a failed login does)
    db, actor = unlock.login_or_unlock(locked, "admin", PASSWORD)
    try:
        assert actor.role == "administrator" and db.key is not None
    finally:
        db.dispose()
    checked = unlock.open_or_lock(db_path)  # a plain file at the newest schema: checked now, opened next (issue 17)
    assert isinstance(checked, unlock.CheckedDatabase) and checked.where == str(db_path.resolve())
    plain = unlock.open_after_check(checked)
    assert isinstance(plain, Database)
    try:
        same, actor = unlock.login_or_unlock(plain, "admin", PASSWORD)
        assert same is plain and actor.initials == "admin"
    finally:
        plain.dispose()


def test_encrypted_connections_overwrite_deleted_rows(encrypted: tuple[Path, str]) -> None:
    """Deleted rows are zeroed in encrypted files too (else a key holder could read them back from free pages)."""
    path, _ = encrypted
    db, _ = unlock.open_for_user(path, "admin", PASSWORD)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        db.dispose()
