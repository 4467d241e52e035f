"""Attacks on the early password check (storage/password_check.py, services/auth.login(early=)), from a review: the
first four found defects, fixed since; the others hold behaviour that was checked and found sound."""

from __future__ import annotations

import hmac
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, copy_db


def _plain(demo_template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return copy_db(demo_template, target)


def _stored_hash(path: Path, initials: str = "admin") -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT password_hash FROM staff WHERE initials = ?", (initials,)).fetchone()[0])
    finally:
        conn.close()


def _set_row(path: Path, initials: str = "admin", **values: object) -> None:
    conn = sqlite3.connect(path)
    try:
        for column, value in values.items():
            conn.execute(f"UPDATE staff SET {column} = ? WHERE initials = ?", (value, initials))
        conn.commit()
    finally:
        conn.close()


# ------------------------------------------------------------------------------------- defects the review found


def test_an_empty_stored_hash_does_not_log_in_with_the_dummy_hashs_password(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stored hash of "" (not None: the login treats the row as a known user with a password): the early check
    verified the password against DUMMY_HASH and reported a match, for the dummy's password; the login took it and
    crashed in its success branch (``check_needs_rehash("")``), the attempt neither counted nor audited. Now a
    dummy check never matches, and the login refuses, counts and audits the attempt as it did before the early check.

    The dummy's plaintext is not in the repository, so DUMMY_HASH is replaced here by a hash of a known password;
    whoever made DUMMY_HASH knows the real one."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.storage import password_check
    from planner_gui.storage.migrate import open_database

    known = "dummy-kodeord-vi-kender-42"
    monkeypatch.setattr(password_check, "DUMMY_HASH", auth.hasher().hash(known))
    path = _plain(demo_template, tmp_path / "plain.db")
    _set_row(path, password_hash="")

    db = open_database(path)
    try:
        with pytest.raises(AuthenticationFailed):  # without the early check: refused, as before the commit
            auth.login(db, "admin", known)
        _set_row(path, failed_logins=0, locked_until=None)  # not the delay after that failure that refuses below

        early = password_check.EarlyPasswordCheck(path, "admin", known)
        verdict = early.verdict("admin", "", known)
        try:
            auth.login(db, "admin", known, early=early)
            outcome = "logged in"
        except AuthenticationFailed:
            outcome = "refused"
        except Exception as err:
            outcome = f"crashed: {type(err).__name__}"
        assert (verdict, outcome) == (None, "refused") or (verdict is False and outcome == "refused")
    finally:
        db.dispose()


@pytest.mark.parametrize("name", ["plan?x.db", "plan#x.db"])
def test_a_path_with_uri_characters_is_read_read_only_and_creates_no_file(
    demo_template: Path, tmp_path: Path, name: str
) -> None:
    """storage/backup.connect built ``f"file:{path}?mode=ro"`` without quoting the path: for '?' or '#' in a folder
    or file name SQLite opened the path cut at that character, read-write-create (mode=ro lost), and created an
    empty stray file there ("plan" below); the early check then had no verdict. The path is a percent-encoded URI
    now. (SQLite's own -wal/-shm beside a WAL database are no stray files.)"""
    from planner_gui.storage.password_check import EarlyPasswordCheck

    folder = tmp_path / "d"
    path = _plain(demo_template, folder / name)
    before = sorted(os.listdir(folder))
    early = EarlyPasswordCheck(path, "admin", PASSWORD)
    verdict = early.verdict("admin", _stored_hash(path), PASSWORD)
    after = [f for f in sorted(os.listdir(folder)) if f not in (f"{name}-wal", f"{name}-shm")]
    assert after == before, "a stray file was created by the early check"
    assert verdict is True  # it read the file it was given


def test_a_percent_in_the_path_reads_that_file(demo_template: Path, tmp_path: Path) -> None:
    """Same cause: '%41' in a path was URI-decoded, so the early check read planA.db for plan%41.db. (The hash
    comparison in the login kept this from deciding a login, but it read a file the user did not choose.)"""
    from planner_gui.services import auth
    from planner_gui.storage.password_check import EarlyPasswordCheck

    folder = tmp_path / "d"
    path = _plain(demo_template, folder / "plan%41.db")
    other = _plain(demo_template, folder / "planA.db")
    _set_row(other, password_hash=auth.hasher().hash("en-helt-anden-kode-1"))
    early = EarlyPasswordCheck(path, "admin", PASSWORD)
    assert early.verdict("admin", _stored_hash(path), PASSWORD) is True, "the early check did not read plan%41.db"


def test_the_used_check_keeps_no_fast_password_oracle(demo_template: Path, tmp_path: Path) -> None:
    """After the login took its verdict, the EarlyPasswordCheck (which tracebacks of the login may hold) kept
    HMAC-SHA256(_KEY, password) beside the module's _KEY: from a memory image one could test password guesses at
    SHA-256 speed instead of Argon2id's. A verdict is given once; the digest is forgotten with it."""
    from planner_gui.services import auth
    from planner_gui.storage import password_check
    from planner_gui.storage.migrate import open_database

    path = _plain(demo_template, tmp_path / "plain.db")
    db = open_database(path)
    try:
        early = password_check.EarlyPasswordCheck(path, "admin", PASSWORD)
        auth.login(db, "admin", PASSWORD, early=early)
    finally:
        db.dispose()
    digest = getattr(early, "_digest", None)
    guesses = ["sommer2026!", "test-kode-12", PASSWORD, "jobcenter123"]
    found = [
        g
        for g in guesses
        if digest is not None
        and hmac.compare_digest(digest, hmac.new(password_check._KEY, g.encode(), "sha256").digest())
    ]
    assert found == [], "the spent early check still confirms the password"


# ------------------------------------------------------------------------------------------------- held sound


def test_a_verdict_is_not_taken_for_another_user_or_password(demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.storage.password_check import EarlyPasswordCheck

    path = _plain(demo_template, tmp_path / "plain.db")
    stored = _stored_hash(path)
    early = EarlyPasswordCheck(path, "admin", PASSWORD)
    assert early.verdict("admin", stored, PASSWORD) is True
    assert early.verdict("admin", stored, PASSWORD + " ") is None
    assert early.verdict("admim", stored, PASSWORD) is None
    assert early.verdict("admin", stored + "x", PASSWORD) is None
    assert early.verdict("admin", None, PASSWORD) is None  # the login found no such user: it checks the dummy itself


def test_a_user_deactivated_after_the_early_read_is_refused(demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.password_check import EarlyPasswordCheck

    path = _plain(demo_template, tmp_path / "plain.db")
    early = EarlyPasswordCheck(path, "admin", PASSWORD)
    assert early.verdict("admin", _stored_hash(path), PASSWORD) is True  # the check is done: it said yes
    _set_row(path, active=0)
    db = open_database(path)
    try:
        with pytest.raises(AuthenticationFailed, match="forkerte initialer"):
            auth.login(db, "admin", PASSWORD, early=early)
    finally:
        db.dispose()


def test_a_file_locked_by_another_program_leaves_the_check_to_the_login(demo_template: Path, tmp_path: Path) -> None:
    from planner_gui.storage.password_check import EarlyPasswordCheck

    path = _plain(demo_template, tmp_path / "plain.db")
    stored = _stored_hash(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        early = EarlyPasswordCheck(path, "admin", PASSWORD)
        assert early.verdict("admin", stored, PASSWORD) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_error_in_the_early_thread_never_reaches_threading_excepthook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner_gui.storage import backup
    from planner_gui.storage.password_check import EarlyPasswordCheck

    seen: list[object] = []
    monkeypatch.setattr(threading, "excepthook", seen.append)

    def broken(*_a: object, **_k: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(backup, "connect", broken)
    early = EarlyPasswordCheck(tmp_path / "x.db", "admin", "x")
    assert early.verdict("admin", None, "x") is None
    assert seen == []
