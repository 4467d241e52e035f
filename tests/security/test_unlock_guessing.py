"""Password guessing against an encrypted database's key file (issue 12, item 4): failed unlocks are counted beside
the key slots with the login's delay and lock-out, unknown initials cost the same Argon2id work, and the failures reach
the audit log at the next successful unlock. Real key files, real processes; the clock is injected for the delays."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner_gui.errors import AuthenticationFailed
from planner_gui.services import unlock
from planner_gui.storage import attempts
from tests.conftest import PASSWORD, copy_encrypted


@pytest.fixture
def enc(encrypted_demo_template: Path, tmp_path: Path) -> Path:
    return copy_encrypted(encrypted_demo_template, tmp_path / "enc.db")


def _timed(db: Path, initials: str, password: str, hour: int) -> float:
    """One wrong unlock, each an hour after the last (no delay in the way)."""
    start = time.perf_counter()
    with pytest.raises(AuthenticationFailed, match="forkerte initialer"):
        unlock.unlock_key(db, initials, password, now=dt.datetime(2026, 1, 1) + dt.timedelta(hours=hour))
    return time.perf_counter() - start


def test_unknown_initials_cost_the_same_argon2_work(enc: Path) -> None:
    known = min(_timed(enc, "admin", f"forkert-{i}", i) for i in range(3))
    unknown = min(_timed(enc, f"zz{i}q", "forkert-kode", 10 + i) for i in range(3))
    assert known > 0.05  # one Argon2id derivation
    assert 0.5 < unknown / known < 2.0, (known, unknown)


def test_failures_delay_then_lock_out_and_are_kept_privately(enc: Path) -> None:
    t0 = dt.datetime(2026, 3, 1, 9, 0)
    t = t0
    for n in range(1, 6):
        with pytest.raises(AuthenticationFailed, match="forkerte initialer"):
            unlock.unlock_key(enc, "admin", "forkert-kode", now=t)
        # at once afterwards, even the right password is refused
        with pytest.raises(AuthenticationFailed, match=r"vent|spærret"):
            unlock.unlock_key(enc, "admin", PASSWORD, now=t + dt.timedelta(milliseconds=500))
        t += dt.timedelta(seconds=2 ** (n - 1) + 0.1)
    # five failures in a row: locked for 15 minutes, whatever the password
    with pytest.raises(AuthenticationFailed, match="spærret"):
        unlock.unlock_key(enc, "admin", PASSWORD, now=t0 + dt.timedelta(minutes=10))
    # the same for initials that have no slot (no oracle in the lock-out either)
    for i in range(5):
        with pytest.raises(AuthenticationFailed):
            unlock.unlock_key(enc, "ukendt", "forkert-kode", now=t0 + dt.timedelta(minutes=i))
    with pytest.raises(AuthenticationFailed, match="spærret"):
        unlock.unlock_key(enc, "ukendt", "forkert-kode", now=t0 + dt.timedelta(minutes=5, seconds=1))
    side = attempts.failures_file(enc)
    assert stat.S_IMODE(side.stat().st_mode) == 0o600
    data = json.loads(side.read_text(encoding="utf-8"))
    assert data["users"]["admin"]["count"] == 5
    assert PASSWORD not in side.read_text(encoding="utf-8") and "forkert-kode" not in side.read_text(encoding="utf-8")
    # after the lock-out the right password opens it and the counter starts again
    assert unlock.unlock_key(enc, "admin", PASSWORD, now=t0 + dt.timedelta(minutes=30)) is not None
    assert "admin" not in json.loads(side.read_text(encoding="utf-8"))["users"]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_failed_unlocks_reach_the_audit_log_at_the_next_unlock(enc: Path) -> None:
    wrong = _cli("audit", "verify", "--db", str(enc), env={"PLANNER_USER": "admin", "PLANNER_PASSWORD": "gaet-1234"})
    assert wrong.returncode == 2 and "forkerte initialer" in wrong.stderr
    nobody = _cli("audit", "verify", "--db", str(enc), env={"PLANNER_USER": "xyz", "PLANNER_PASSWORD": "gaet-1234"})
    assert nobody.returncode == 2
    early = _cli("audit", "verify", "--db", str(enc), env={"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD})
    if early.returncode == 2:  # still within the first delay (1 s): refused, and that is logged too
        assert "vent" in early.stderr
        time.sleep(1.1)
    ok = _cli("audit", "verify", "--db", str(enc), env={"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD})
    assert ok.returncode == 0, ok.stderr
    from planner_gui.storage.tables import AuditEntry

    db = unlock.open_for_user(enc, "admin", PASSWORD)[0]
    try:
        with db.read() as s:
            rows = [(e.user, e.reason) for e in s.query(AuditEntry).filter(AuditEntry.entity == "noeglefil")]
    finally:
        db.dispose()
    assert ("admin", "forkert adgangskode til nøglefilen (1)") in rows
    assert ("xyz", "ukendt bruger (nøglefil)") in rows
    assert attempts.pending(enc) == []  # written once, then forgotten
