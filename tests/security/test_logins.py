"""Logins: argon2id, a growing delay after each failed attempt, lock-out after repeated failures, every attempt
audited. The clock is injected (``now=``); no test sleeps."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner_gui.errors import AuthenticationFailed
from planner_gui.services import auth
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Staff
from tests.conftest import PASSWORD

# why the tests marked so run on SQLite only (tests/conftest.py: sqlite_only)
APP_PASSWORD_CHECK = (
    "the app's own password check (argon2id, delay, lock-out); the team server checks the password itself (SCRAM) "
    "when the user's own role connects, and its idle lock's delay is test_team_database.py's"
)

T0 = dt.datetime(2026, 11, 23, 9, 0, 0)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_password_hashes_are_argon2id(empty_db: Database) -> None:
    with empty_db.read() as s:
        h = s.scalar(select(Staff.password_hash).where(Staff.initials == "admin"))
    assert h is not None and h.startswith("$argon2id$")


@pytest.mark.sqlite_only(APP_PASSWORD_CHECK)
def test_a_failed_attempt_delays_the_next_one(empty_db: Database) -> None:
    with pytest.raises(AuthenticationFailed, match="forkerte"):
        auth.login(empty_db, "admin", "forkert-kode", now=at(0))
    # within the delay even the right password is refused, without checking it
    with pytest.raises(AuthenticationFailed, match="vent 1 sekund"):
        auth.login(empty_db, "admin", PASSWORD, now=at(0.5))
    actor = auth.login(empty_db, "admin", PASSWORD, now=at(1.01))
    assert actor.role == "administrator"


@pytest.mark.sqlite_only(APP_PASSWORD_CHECK)
def test_the_delay_grows_then_the_account_locks(empty_db: Database) -> None:
    t = 0.0
    waits = []
    for n in range(1, auth.MAX_FAILED_BEFORE_LOCK):
        with pytest.raises(AuthenticationFailed):
            auth.login(empty_db, "admin", f"forkert-{n}", now=at(t))
        delay = auth.failure_delay(n).total_seconds()
        waits.append(delay)
        with pytest.raises(AuthenticationFailed, match="vent"):
            auth.login(empty_db, "admin", PASSWORD, now=at(t + delay - 0.01))
        t += delay
    assert waits == [1, 2, 4, 8]
    with pytest.raises(AuthenticationFailed, match="forkerte"):
        auth.login(empty_db, "admin", "forkert-5", now=at(t))
    with pytest.raises(AuthenticationFailed, match="spærret"):
        auth.login(empty_db, "admin", PASSWORD, now=at(t + 14 * 60))
    actor = auth.login(empty_db, "admin", PASSWORD, now=at(t + 15 * 60 + 1))
    assert actor.initials == "admin"
    # success resets the counter: the next failure costs only the first delay again
    with pytest.raises(AuthenticationFailed):
        auth.login(empty_db, "admin", "forkert-igen", now=at(t + 2000))
    assert auth.login(empty_db, "admin", PASSWORD, now=at(t + 2001.01)).initials == "admin"


@pytest.mark.sqlite_only(APP_PASSWORD_CHECK)
def test_every_attempt_is_audited(empty_db: Database) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.login(empty_db, "admin", "forkert-kode", now=at(0))
    with pytest.raises(AuthenticationFailed):
        auth.login(empty_db, "admin", PASSWORD, now=at(0.1))
    with pytest.raises(AuthenticationFailed):
        auth.login(empty_db, "nn", "hvad-som-helst", now=at(0.2))
    auth.login(empty_db, "admin", PASSWORD, now=at(5))
    with empty_db.read() as s:
        rows = list(s.execute(select(AuditEntry.user, AuditEntry.action, AuditEntry.reason).order_by(AuditEntry.seq)))
    tail = [(r.user, r.action) for r in rows[-4:]]
    assert tail == [("admin", "login_failed"), ("admin", "login_failed"), ("nn", "login_failed"), ("admin", "login")]
    assert "forkert adgangskode" in rows[-4].reason and "for tidligt" in rows[-3].reason
    assert all(PASSWORD not in (r.reason or "") for r in rows)


@pytest.mark.sqlite_only(APP_PASSWORD_CHECK)
def test_an_unknown_user_costs_the_same_argon2_work(empty_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = auth.hasher()

    class Spy:
        def verify(self, h: str, pw: str) -> bool:
            calls.append(h)
            return real.verify(h, pw)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(auth, "hasher", lambda: Spy())
    with pytest.raises(AuthenticationFailed):
        auth.login(empty_db, "findes-ikke", "hvad-som-helst", now=at(0))
    assert len(calls) == 1 and calls[0].startswith("$argon2id$")
