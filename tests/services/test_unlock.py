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
