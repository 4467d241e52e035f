"""The password rule (issue 12, item 5): 10+ characters, not blank, not a common password; checked on init, demo,
new users and changed passwords; the administrator's password for init/demo need not be on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.domain import passwords
from planner_gui.errors import ValidationError
from planner_gui.services import auth
from tests.conftest import PASSWORD

WEAK = [
    "        ",
    "          ",
    "aaaaaaaa",
    "aaaaaaaaaa",
    "kort-kode",
    "password123",
    "Sommer2024!",
    "qwertyuiop",
    "1234567890",
]


def test_the_shipped_list_holds_thousands_of_common_passwords() -> None:
    common = passwords.common_passwords()
    assert len(common) > 5000
    assert {"password123", "sommer2024", "kodeord1234", "qwertyuiop"} <= common


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passwords_are_refused_everywhere(weak: str, empty_db: object) -> None:
    assert passwords.problem(weak) is not None
    with pytest.raises(ValidationError):
        auth.create_user(empty_db, auth.SYSTEM, "ab", "Anne Bach", "sagsbehandler", weak)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        auth.set_password(empty_db, auth.SYSTEM, "admin", weak)  # type: ignore[arg-type]


def test_good_passwords_pass() -> None:
    for good in (PASSWORD, "demo-kode-123", "korrekt-hest-batteri", "Min kat hedder Rasmus!"):
        assert passwords.problem(good) is None, good


def _cli(
    *args: str, env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "PLANNER_NEW_PASSWORD"}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args], capture_output=True, text=True, env={**full, **(env or {})},
        timeout=120, stdin=stdin,
    )  # fmt: skip


@pytest.mark.parametrize("weak", ["        ", "aaaaaaaa", "aaaaaaaaaa"])
def test_init_refuses_weak_admin_passwords(weak: str, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    proc = _cli("init", "--db", str(db), "--admin-password", weak)
    assert proc.returncode == 2 and "adgangskode" in proc.stderr and "Traceback" not in proc.stderr
    assert not db.exists() and not Path(f"{db}.keys").exists()
    proc = _cli("init", "--db", str(db), env={"PLANNER_NEW_PASSWORD": weak})
    assert proc.returncode == 2 and not db.exists()


def test_init_takes_the_password_from_the_environment_not_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    missing = _cli("init", "--db", str(db))  # no terminal, no variable: a clear message, nothing made
    assert missing.returncode == 2 and "PLANNER_NEW_PASSWORD" in missing.stderr and not db.exists()
    proc = _cli("init", "--db", str(db), env={"PLANNER_NEW_PASSWORD": PASSWORD})
    assert proc.returncode == 0, proc.stderr
    ok = _cli("audit", "verify", "--db", str(db), env={"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD})
    assert ok.returncode == 0, ok.stderr
    helptext = _cli("init", "--help").stdout
    assert "PLANNER_NEW_PASSWORD" in helptext and "andre brugere" in helptext


def test_demo_default_password_passes_the_rule_and_works(tmp_path: Path) -> None:
    from planner_gui.cli import DEMO_PASSWORD

    assert passwords.problem(DEMO_PASSWORD) is None
    db = tmp_path / "demo.db"
    proc = _cli("demo", "--db", str(db), "--citizens", "5", "--no-encrypt")
    assert proc.returncode == 0, proc.stderr
    assert DEMO_PASSWORD in proc.stdout
    weak = _cli("demo", "--db", str(tmp_path / "d2.db"), "--citizens", "5", "--admin-password", "demo-kode")
    assert weak.returncode == 2 and "mindst 10 tegn" in weak.stderr
