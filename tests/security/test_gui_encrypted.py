"""The desktop app opens an encrypted database: the login window holds the file until the password is known, then
unlocks it (`services.unlock.login_or_unlock`). Checked the way IT departments do: `planner-gui --smoke`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner_gui.services.setup import create_encrypted_database
from tests.conftest import PASSWORD


def _smoke(path: Path, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLANNER_USER": "admin", "PLANNER_PASSWORD": password, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "--smoke", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_desktop_app_unlocks_an_encrypted_database(tmp_path: Path) -> None:
    path = tmp_path / "krypteret.db"
    db, _ = create_encrypted_database(path, PASSWORD)
    db.dispose()
    ok = _smoke(path, PASSWORD)
    assert ok.returncode == 0, ok.stderr
    assert "admin" in ok.stdout
    bad = _smoke(path, "forkert-kode-1")
    assert bad.returncode == 2, bad.stderr
    assert "adgangskode" in bad.stderr and "sikkerhedskopi" not in bad.stderr
