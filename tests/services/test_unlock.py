"""Before the login nothing heavy is needed (issue 17): recognising an encrypted file or a team server address, as
the desktop's login window does while it shows, imports neither SQLAlchemy nor the login's services; opening a plain
file and the login itself do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
