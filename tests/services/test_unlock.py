"""Before the login nothing heavy is needed (issue 17): recognising an encrypted file or a team server address, as
the desktop's login window does while it shows, imports neither SQLAlchemy nor the login's services; opening a plain
file and the login itself do."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import copy_encrypted

PROBE = """
import sys
from planner_gui.services.unlock import LockedDatabase, ServerDatabase, open_or_lock
db = open_or_lock(sys.argv[1])
assert isinstance(db, (LockedDatabase, ServerDatabase)), db
heavy = sorted(m for m in ("sqlalchemy", "alembic", "argon2", "planner_gui.services.auth") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def _probe(target: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, target], capture_output=True, text=True, cwd=cwd, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_recognising_an_encrypted_file_or_a_server_imports_nothing_heavy(
    encrypted_demo_template: Path, tmp_path: Path
) -> None:
    db = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    assert _probe(str(db), tmp_path) == "none"
    assert _probe("postgresql+psycopg://jobcenter-db/planner", tmp_path) == "none"


def test_the_login_still_unlocks_and_logs_in(encrypted_demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.services.unlock import LockedDatabase, login_or_unlock, open_or_lock, prepare_login
    from tests.conftest import PASSWORD

    db = open_or_lock(copy_encrypted(encrypted_demo_template, tmp_path / "demo.db"))
    assert isinstance(db, LockedDatabase)
    prepare_login()
    opened, actor = login_or_unlock(db, "admin", PASSWORD)
    try:
        assert actor.role == "administrator" and opened.key is not None
    finally:
        opened.dispose()


class _Argon2Count:
    """Counts the Argon2id computations of a login: key-slot derivations and login-hash verifications."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import argon2
        import argon2.low_level

        self.slot = 0
        self.verify = 0
        real_raw = argon2.low_level.hash_secret_raw
        real_verify = argon2.PasswordHasher.verify

        def raw(*args: object, **kwargs: object) -> bytes:
            self.slot += 1
            return real_raw(*args, **kwargs)  # type: ignore[arg-type]

        def verify(hasher: argon2.PasswordHasher, hash_: str, password: str) -> bool:
            self.verify += 1
            return real_verify(hasher, hash_, password)

        monkeypatch.setattr(argon2.low_level, "hash_secret_raw", raw)
        monkeypatch.setattr(argon2.PasswordHasher, "verify", verify)

    def take(self) -> tuple[int, int]:
        seen = (self.slot, self.verify)
        self.slot = self.verify = 0
        return seen


def test_an_encrypted_file_pays_one_argon2id_per_login(
    encrypted_demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: the key slot's Argon2id proves the password, so the login does not verify it a second time, once the
    slot knows which login hash it was written for (the first login after init or demo records that)."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.services.unlock import open_for_user
    from tests.conftest import PASSWORD

    path = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    count = _Argon2Count(monkeypatch)
    db, _ = open_for_user(path, "admin", PASSWORD)
    db.dispose()
    assert count.take() == (1, 1)  # the first login checks both and records the hash's fingerprint in the slot
    for _ in range(2):
        db, actor = open_for_user(path, "admin", PASSWORD)
        assert actor.role == "administrator"
        assert count.take() == (1, 0)
        db.dispose()
    # the idle lock on the open file: the right password is the one the slot proved; a wrong one is checked and
    # refused as before
    db, _ = open_for_user(path, "admin", PASSWORD)
    try:
        count.take()
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "admin", PASSWORD + "x")
        assert count.take() == (0, 1)
    finally:
        db.dispose()


def test_a_stale_key_slot_does_not_skip_the_password_check(
    encrypted_demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The password changed but the key file was not rewritten (a crash between the two): the old password still
    opens the old slot, and the login then checks it against the new hash and refuses it."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.services.unlock import open_for_user
    from tests.conftest import PASSWORD

    path = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    db, admin = open_for_user(path, "admin", PASSWORD)
    db.dispose()
    db, admin = open_for_user(path, "admin", PASSWORD)  # the slot's fingerprint is recorded now
    try:
        with monkeypatch.context() as m:
            m.setattr(auth, "write_key_slot", lambda *a, **k: None)
            auth.set_password(db, admin, "admin", "en-helt-ny-kode-4711")
    finally:
        db.dispose()
    count = _Argon2Count(monkeypatch)
    with pytest.raises(AuthenticationFailed):
        open_for_user(path, "admin", PASSWORD)
    assert count.take() == (1, 1)


def test_a_password_reset_between_unlock_and_login_is_not_skipped(
    encrypted_demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race a review found: a login with the old password unwraps the old slot; meanwhile an administrator resets
    the password (new hash, new slot with the new hash's fingerprint). The proof must pair the old slot with the old
    slot's own fingerprint, so the login checks the new hash and refuses the old password."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth, unlock
    from tests.conftest import PASSWORD

    path = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    for _ in range(2):  # the second login finds the fingerprint recorded by the first
        db, _admin = unlock.open_for_user(path, "admin", PASSWORD)
        db.dispose()
    real = unlock.record_unlock_failures

    def reset_meanwhile(database: object) -> int:
        auth.set_password(database, auth.Actor("admin", "administrator"), "admin", "nulstillet-kode-4711")  # type: ignore[arg-type]
        return real(database)  # type: ignore[arg-type]

    monkeypatch.setattr(unlock, "record_unlock_failures", reset_meanwhile)
    with pytest.raises(AuthenticationFailed):
        unlock.open_for_user(path, "admin", PASSWORD)
    monkeypatch.setattr(unlock, "record_unlock_failures", real)
    time.sleep(1.1)  # the refused attempt's delay
    db, actor = unlock.open_for_user(path, "admin", "nulstillet-kode-4711")
    assert actor.initials == "admin"
    db.dispose()


def test_a_tampered_fingerprint_in_the_key_file_only_costs_the_full_check(
    encrypted_demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from planner_gui.services.unlock import open_for_user
    from tests.conftest import PASSWORD

    path = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    keyfile = path.with_name(path.name + ".keys")
    data = json.loads(keyfile.read_text(encoding="utf-8"))
    data["slots"]["user:admin"]["hash_sha256"] = "ø" * 64  # not hex: was a TypeError in compare_digest
    keyfile.write_text(json.dumps(data), encoding="utf-8")
    count = _Argon2Count(monkeypatch)
    db, actor = open_for_user(path, "admin", PASSWORD)
    db.dispose()
    assert actor.initials == "admin" and count.take() == (1, 1)


CHECKED = """
import sys
from planner_gui.services.unlock import CheckedDatabase, open_or_lock
db = open_or_lock(sys.argv[1])
assert isinstance(db, CheckedDatabase), db
heavy = sorted(m for m in ("sqlalchemy", "alembic", "argon2", "planner_gui.services.auth") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_a_plain_file_at_the_newest_schema_is_checked_before_the_login_without_sqlalchemy(
    demo_template: Path, tmp_path: Path
) -> None:
    """Issue 17: the login window of a plain file is ready once the file is checked (not damaged, a SQLite database,
    at the newest schema), read with the standard library; SQLAlchemy is imported and the file opened afterwards."""
    from tests.conftest import copy_db

    db = copy_db(demo_template, tmp_path / "demo.db")
    done = subprocess.run(
        [sys.executable, "-c", CHECKED, str(db)], capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "none"


def test_a_checked_plain_file_is_opened_by_the_login(demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.services.unlock import CheckedDatabase, login_or_unlock, open_after_check, open_or_lock
    from planner_gui.storage.db import Database
    from tests.conftest import PASSWORD, copy_db

    path = copy_db(demo_template, tmp_path / "demo.db")
    checked = open_or_lock(path)
    assert isinstance(checked, CheckedDatabase) and checked.where == str(path.resolve()) and checked.key is None
    opened, actor = login_or_unlock(checked, "admin", PASSWORD)  # the user pressed Enter before it was opened
    try:
        assert isinstance(opened, Database) and actor.role == "administrator"
    finally:
        opened.dispose()
    again = open_after_check(checked)  # as the desktop opens it while the user types
    try:
        assert isinstance(again, Database) and again.path == path.resolve()
    finally:
        again.dispose()


def test_a_plain_file_behind_the_newest_schema_is_migrated_before_the_login(tmp_path: Path) -> None:
    """The check before the login never lets a file wait that needs a migration: it is opened (backed up, migrated)
    before the login window is ready, as before issue 17."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from planner_gui.config import migrations_dir
    from planner_gui.services.unlock import open_or_lock
    from planner_gui.storage import backup, precheck
    from planner_gui.storage.db import Database, make_engine, url_for
    from planner_gui.storage.migrate import _alembic_config, head_revision

    older = ScriptDirectory(str(migrations_dir())).get_revision(head_revision()).down_revision
    assert isinstance(older, str)
    path = tmp_path / "old.db"
    old = Database(url=url_for(path), engine=make_engine(url_for(path)), path=path.resolve())
    try:
        with old.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), older)  # type: ignore[arg-type]
    finally:
        old.dispose()
    assert precheck.stored_revision(path) == older and precheck.head_from_files() == head_revision()
    assert precheck.check_before_login(path) is False
    db = open_or_lock(path)
    try:
        assert isinstance(db, Database)
        assert precheck.stored_revision(path) == head_revision()
        assert [b.label for b in backup.list_backups(path.resolve())] == [f"foer-{head_revision()}"]
    finally:
        db.dispose()


def test_the_check_before_the_login_refuses_what_the_opening_refuses(tmp_path: Path) -> None:
    from planner_gui.errors import StorageError
    from planner_gui.storage import precheck
    from planner_gui.storage.recovery import DamagedDatabase

    text = tmp_path / "notes.db"
    text.write_text("Mødereferat\n" * 400, encoding="utf-8")
    with pytest.raises(DamagedDatabase) as info:
        precheck.check_before_login(text)
    assert str(text) in str(info.value)
    foreign = tmp_path / "foreign.db"
    import sqlite3

    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert precheck.check_before_login(foreign) is False  # no schema revision: the full opening says what it is
    from planner_gui.services.unlock import open_or_lock

    with pytest.raises(StorageError, match="ikke en planner-database"):
        open_or_lock(foreign)
    assert precheck.check_before_login(tmp_path / "missing.db") is False


UNLOCK_ORDER = """
import sys
import argon2.low_level
seen = []
real = argon2.low_level.hash_secret_raw
def raw(*args, **kwargs):
    seen.append("sqlalchemy" in sys.modules)
    return real(*args, **kwargs)
argon2.low_level.hash_secret_raw = raw
from planner_gui.services.unlock import open_for_user
db, actor = open_for_user(sys.argv[1], "admin", sys.argv[2])
db.dispose()
print(seen)
"""


def test_the_key_slots_argon2id_needs_no_sqlalchemy(encrypted_demo_template: Path, tmp_path: Path) -> None:
    """Issue 17: unlocking an encrypted file's key slot (Argon2id, which lets go of Python's lock) imports nothing of
    the database layer first, so the desktop imports that beside it; the lock-out rules are checked before it."""
    from tests.conftest import PASSWORD

    path = copy_encrypted(encrypted_demo_template, tmp_path / "demo.db")
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_ORDER, str(path), PASSWORD],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[False]"


HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
time.sleep(120)
"""


def test_the_check_before_the_login_does_not_wait_for_another_programs_lock(
    demo_template: Path, tmp_path: Path
) -> None:
    """A file another program holds (rollback journal, an EXCLUSIVE transaction): the check before the login does
    not wait for it (it waited 15 s twice, before the opening's own waits), and leaves it to the opening ("låst")."""
    import sqlite3

    from planner_gui.storage import precheck
    from tests.conftest import copy_db

    path = copy_db(demo_template, tmp_path / "demo.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.perf_counter()
        assert precheck.check_before_login(path) is False  # not checked: the full opening waits and says "låst"
        took = time.perf_counter() - started
    finally:
        holder.kill()
        holder.wait()
    assert took < 5, f"the check before the login waited {took:.1f} s for another program's lock"
    assert precheck.check_before_login(path) is True  # once it is let go


def test_files_others_can_read_are_warned_about_once_at_start_up(
    demo_template: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The check before the login and the opening after it run the same checks (storage.precheck.
    check_existing_file); the warning about a database file others can read is given once, not by each."""
    import logging
    import os

    from planner_gui.services.unlock import CheckedDatabase, open_after_check, open_or_lock
    from tests.conftest import copy_db

    path = copy_db(demo_template, tmp_path / "demo.db")
    os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING):
        checked = open_or_lock(path)
        assert isinstance(checked, CheckedDatabase)
        open_after_check(checked).dispose()
    warned = [r for r in caplog.records if "rettighederne" in r.getMessage() and f"{path.resolve()} " in r.getMessage()]
    assert len(warned) == 1, [r.getMessage() for r in caplog.records]


# ------------------------------------------------------------------------------------------------------------------
# The password's Argon2id beside the opening of a plain file (storage/password_check.py)


def test_the_dummy_hash_costs_what_a_real_hash_costs() -> None:
    """An unknown user's check (early or in the login) is against DUMMY_HASH: the same Argon2id parameters as the
    login's hasher, so the time to answer does not tell which initials exist."""
    from argon2 import extract_parameters

    from planner_gui.services.auth import hasher
    from planner_gui.storage.password_check import DUMMY_HASH

    h = hasher()
    assert extract_parameters(DUMMY_HASH) == extract_parameters(h.hash("x"))


def _plain(demo_template: Path, tmp_path: Path) -> Path:
    from tests.conftest import copy_db

    return copy_db(demo_template, tmp_path / "plain.db")


def test_a_plain_files_login_pays_one_argon2id_beside_the_opening(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """open_for_user on a plain file starts the password's check before the opening; the login takes its verdict
    (one verification in all), for the right password, a wrong one and unknown initials alike."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services.unlock import open_for_user
    from planner_gui.storage.tables import AuditEntry, Staff
    from tests.conftest import PASSWORD

    path = _plain(demo_template, tmp_path)
    count = _Argon2Count(monkeypatch)
    db, actor = open_for_user(path, "admin", PASSWORD)
    db.dispose()
    assert actor.role == "administrator" and count.take() == (0, 1)
    for initials, password in (("admin", PASSWORD + "x"), ("zz", PASSWORD)):
        with pytest.raises(AuthenticationFailed):
            open_for_user(path, initials, password)
        assert count.take() == (0, 1)  # the early check's: the login made none of its own
    from sqlalchemy import select

    from planner_gui.storage.migrate import open_database

    db = open_database(path)
    try:
        with db.read() as s:
            admin = s.scalar(select(Staff).where(Staff.initials == "admin"))
            assert admin is not None and admin.failed_logins == 1  # the wrong password counted, as before
            reasons = s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "login_failed")).all()
        assert "forkert adgangskode (1)" in reasons and "ukendt bruger" in reasons
    finally:
        db.dispose()


def test_the_early_verdict_counts_only_for_the_same_password_and_hash(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login uses the early check only for exactly its initials, password and stored hash: another password, or
    a hash changed since the check (a password reset meanwhile), is checked by the login itself, and decided right."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.password_check import EarlyPasswordCheck
    from tests.conftest import PASSWORD

    path = _plain(demo_template, tmp_path)
    db = open_database(path)
    try:
        count = _Argon2Count(monkeypatch)
        wrong_early = EarlyPasswordCheck(path, "admin", "a-wrong-password-1")
        actor = auth.login(db, "admin", PASSWORD, early=wrong_early)  # another password: not the early one's
        assert actor.initials == "admin" and count.take() == (0, 2)
        early = EarlyPasswordCheck(path, "admin", PASSWORD)
        assert early.verdict("ADMIN ", None, PASSWORD) is None  # not the hash it checked
        auth.set_password(db, actor, "admin", "nulstillet-kode-4711")  # a reset after the early check
        count.take()
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "admin", PASSWORD, early=early)  # the early check said yes, to the old hash
        assert count.take() == (0, 1)  # ... so the login checked the new hash itself
        time.sleep(1.1)  # the refused attempt's delay
        early = EarlyPasswordCheck(path, "admin", "nulstillet-kode-4711")
        assert auth.login(db, "admin", "nulstillet-kode-4711", early=early).initials == "admin"
        assert count.take() == (0, 1)
    finally:
        db.dispose()


def test_a_locked_account_is_refused_whatever_the_early_check_found(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock-out rules come first: the right password, checked early, does not open a locked account."""
    import datetime as dt

    from sqlalchemy import update

    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.password_check import EarlyPasswordCheck
    from planner_gui.storage.tables import Staff
    from tests.conftest import PASSWORD

    path = _plain(demo_template, tmp_path)
    db = open_database(path)
    try:
        until = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
        with db.write() as s:
            s.execute(update(Staff).where(Staff.initials == "admin").values(failed_logins=5, locked_until=until))
        early = EarlyPasswordCheck(path, "admin", PASSWORD)
        with pytest.raises(AuthenticationFailed, match="spærret"):
            auth.login(db, "admin", PASSWORD, early=early)
    finally:
        db.dispose()


def test_an_early_check_that_cannot_read_the_file_leaves_the_check_to_the_login(tmp_path: Path) -> None:
    from planner_gui.storage.password_check import EarlyPasswordCheck

    missing = EarlyPasswordCheck(tmp_path / "none.db", "admin", "x")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    broken = EarlyPasswordCheck(junk, "admin", "x")
    assert missing.verdict("admin", "h", "x") is None and broken.verdict("admin", None, "x") is None


def test_the_desktop_checks_the_password_beside_the_opening_when_enter_came_first(
    qtbot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: Enter pressed before a plain file is open: the password's Argon2id runs beside the opening (one in
    all), and the login succeeds."""
    import threading

    import argon2
    from PySide6.QtWidgets import QApplication

    from planner_gui.ui.app import AppController
    from tests.conftest import PASSWORD

    path = _plain(demo_template, tmp_path)
    threads: list[str] = []
    real_verify = argon2.PasswordHasher.verify

    def verify(hasher: argon2.PasswordHasher, hash_: str, password: str) -> bool:
        threads.append(threading.current_thread().name)
        return real_verify(hasher, hash_, password)

    monkeypatch.setattr(argon2.PasswordHasher, "verify", verify)
    controller = AppController(QApplication.instance(), str(path))
    controller.start()
    win = controller.login_window
    try:
        win.initials.setText("admin")
        win.password.setText(PASSWORD)
        win.submit()  # before the file is open
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
        assert threads == ["planner-password-check"]  # the early check's, beside the opening; none in the login
    finally:
        for w in (controller.login_window, controller.main_window):
            if w is not None:
                w.close()
        controller.shutdown()
