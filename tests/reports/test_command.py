"""``planner-gui report`` as a real subprocess: exit codes, messages, the file it writes (CONTRACT.md section 1)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner_gui.domain.goals import shipped_goals_dir
from tests.conftest import PASSWORD, copy_encrypted, server_url

BROENDBY = shipped_goals_dir() / "broendby_2018-2019.yaml"


def report(
    db: Path | str, *args: str, user: str = "admin", password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLANNER_USER": user, "PLANNER_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "report", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_file(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """The default path: a database encrypted at rest, as ``demo`` and ``init`` make it. On PostgreSQL the server's
    URL (no user, no password) of a copy of the demo database: the command logs in as the user's own role."""
    if db_backend == "postgresql":
        return server_url(request.getfixturevalue("demo_db"))
    return copy_encrypted(request.getfixturevalue("encrypted_demo_template"), tmp_path / "demo.db")


def test_report_writes_the_workbook(demo_file: Path | str, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    done = report(demo_file, "--goals", str(BROENDBY), "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "12 mål" in done.stdout and "Brøndby" in done.stdout
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Mål" and wb["Mål"].max_row == 13
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-02-30", "--to", "2025-12-31"], "--from '2025-02-30'"),
        (["--from", "2025-01-01", "--to", "31.12.2025"], "--to '31.12.2025'"),
        (["--from", "2025-12-31", "--to", "2025-01-01"], "ligger efter"),
    ],
)
def test_bad_dates_exit_2(demo_file: Path | str, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "r.xlsx"
    done = report(demo_file, "--goals", str(BROENDBY), *args, "--out", str(out))
    assert done.returncode == 2
    assert message in done.stderr
    assert not out.exists()


def test_bad_goal_file_exit_2_with_file_and_line(demo_file: Path | str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = BROENDBY.read_text(encoding="utf-8").replace("type: antal_virksomheder", "type: antal_firmaer", 1)
    bad.write_text(text, encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), start=1) if "antal_firmaer" in ln)
    out = tmp_path / "r.xlsx"
    done = report(demo_file, "--goals", str(bad), "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert done.returncode == 2
    assert f"{bad}:{line}:" in done.stderr and "antal_firmaer" in done.stderr
    assert not out.exists()
    missing = report(
        demo_file,
        "--goals",
        str(tmp_path / "nope.yaml"),
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(out),
    )
    assert missing.returncode == 2 and "nope.yaml" in missing.stderr


def test_login_and_permission(demo_file: Path | str, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    args = ["--goals", str(BROENDBY), "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out)]
    wrong = report(demo_file, *args, password="forkert-kode")
    assert wrong.returncode == 2 and "adgangskode" in wrong.stderr
    # the demo caseworker may log in but not make reports
    from planner_gui.services.unlock import open_for_user

    time.sleep(1.1)  # a failed unlock refuses the next attempt for 1 s (as a failed login does)

    db, _ = open_for_user(demo_file, "admin", PASSWORD)
    from sqlalchemy import select

    from planner_gui.storage.tables import Staff

    with db.read() as s:
        worker = s.scalar(select(Staff.initials).where(Staff.role == "sagsbehandler", Staff.password_hash.is_not(None)))
    db.dispose()
    assert worker is not None
    denied = report(demo_file, *args, user=worker)
    assert denied.returncode == 2 and "rapporter" in denied.stderr
    assert not out.exists()


def test_missing_database_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    done = report(
        tmp_path / "findes-ikke.db",
        "--goals",
        str(BROENDBY),
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(out),
    )
    assert done.returncode == 2 and "findes-ikke.db" in done.stderr
    assert not out.exists()


@pytest.mark.libreoffice
@pytest.mark.sqlite_only("renders the workbook in LibreOffice: the same file whichever database it came from")
def test_libreoffice_opens_the_report(demo_file: Path | str, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install --no-install-recommends libreoffice-calc")
    out = tmp_path / "rapport.xlsx"
    done = report(demo_file, "--goals", str(BROENDBY), "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert done.returncode == 0, done.stderr
    profile = tmp_path / "lo-profile"
    converted = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "rapport.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stderr
    # one page for Mål, one per goal, one or more for Definitioner
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is not None:
        info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
        assert pages >= 14
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for word in ("population", "målværdi", "B-6.1", "Sådan læses rapporten", "Udvikling, år til dato"):
            assert word in text, word
        assert "%" in text and "," in text  # Danish percentages such as 12,0%
