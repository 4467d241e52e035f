"""The command line as a user runs it: real subprocesses, exit codes 0/1/2 and one clear line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD, server_url

GOOD_ENV = {"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}


def run(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


def assert_clean_error(proc: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert fragment in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def _demo(path: Path, *extra: str) -> Path:
    proc = run("demo", "--db", str(path), "--citizens", "60", "--seed", "3", "--admin-password", PASSWORD, *extra)
    assert proc.returncode == 0, proc.stderr
    return path


@pytest.fixture
def demo_file(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """What a user gets by default: ``demo`` makes the database encrypted at rest (60 citizens). On PostgreSQL the
    server's URL (no user, no password) of a copy of the demo database (300 citizens, tests/conftest.py): the
    commands log in as ``PLANNER_USER``'s own role."""
    if db_backend == "postgresql":
        return server_url(request.getfixturevalue("demo_db"))
    path = _demo(tmp_path / "demo.db")
    assert (tmp_path / "demo.db.keys").exists()
    return path


@pytest.fixture
def plain_demo_file(tmp_path: Path) -> Path:
    """An unencrypted database (``--no-encrypt``), for the tests that hold a lock on it with plain sqlite3."""
    return _demo(tmp_path / "plain.db", "--no-encrypt")


def test_init_creates_database_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    proc = run("init", "--db", str(path), "--admin-password", PASSWORD)
    assert proc.returncode == 0, proc.stderr
    assert path.exists()
    size = path.stat().st_size
    again = run("init", "--db", str(path), "--admin-password", PASSWORD)
    assert_clean_error(again, 2, "findes allerede")
    assert path.stat().st_size == size


def test_init_rejects_short_password(tmp_path: Path) -> None:
    proc = run("init", "--db", str(tmp_path / "x.db"), "--admin-password", "kort")
    assert_clean_error(proc, 2, "mindst 10 tegn")
    assert not (tmp_path / "x.db").exists()


def test_export_import_round_trip_via_cli(
    db_backend: str, demo_file: Path | str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    out = tmp_path / "out.xlsx"
    proc = run("export", "--db", str(demo_file), str(out), env=GOOD_ENV)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
    if db_backend == "postgresql":  # a new, empty database on the server (init --db URL is the security tests')
        fresh, citizens = server_url(request.getfixturevalue("empty_db")), 300
    else:
        fresh, citizens = str(tmp_path / "fresh.db"), 60
        assert run("init", "--db", fresh, "--admin-password", PASSWORD).returncode == 0
    proc = run("import", "--db", fresh, str(out), env=GOOD_ENV)
    assert proc.returncode == 0, proc.stderr
    assert f"borgere: {citizens} nye" in proc.stdout


def test_import_bad_workbook_reports_every_error(demo_file: Path | str, tmp_path: Path) -> None:
    from tests.interchange.wb import GOOD, make_workbook

    data = {k: list(v) for k, v in GOOD.items()}
    data["borgere"] = [*data["borgere"], ["310290-1234", "Ole", "Olsen"]]
    data["afgange"] = [*data["afgange"], ["010190-1234", "2019-01-01", "pension"]]
    bad = make_workbook(tmp_path / "bad.xlsx", data)
    proc = run("import", "--db", str(demo_file), str(bad), env=GOOD_ENV)
    assert_clean_error(proc, 2, "borgere!4 cpr:")
    assert "afgange!3 type:" in proc.stderr


@pytest.mark.sqlite_only("a database file that is not there; a server's missing database is the security tests'")
def test_missing_database(tmp_path: Path) -> None:
    proc = run("export", "--db", str(tmp_path / "nope.db"), str(tmp_path / "o.xlsx"), env=GOOD_ENV)
    assert_clean_error(proc, 2, "findes ikke")
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.sqlite_only("a file that is not a SQLite database")
def test_not_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "fake.db"
    fake.write_text("this is not a database\n" * 100)
    proc = run("export", "--db", str(fake), str(tmp_path / "o.xlsx"), env=GOOD_ENV)
    assert_clean_error(proc, 2, "ikke en database")
    assert fake.read_text().startswith("this is not")


def test_wrong_password(demo_file: Path | str, tmp_path: Path) -> None:
    proc = run(
        "export",
        "--db",
        str(demo_file),
        str(tmp_path / "o.xlsx"),
        env={"PLANNER_USER": "admin", "PLANNER_PASSWORD": "forkert-kode"},
    )
    assert_clean_error(proc, 2, "adgangskode")
    assert not (tmp_path / "o.xlsx").exists()


def test_missing_login(demo_file: Path | str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PLANNER_USER", "PLANNER_PASSWORD")}
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "export", "--db", str(demo_file), str(tmp_path / "o.xlsx")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert_clean_error(proc, 2, "PLANNER_USER")


def test_export_unknown_cpr(demo_file: Path | str, tmp_path: Path) -> None:
    out = str(tmp_path / "o.xlsx")
    proc = run("export", "--db", str(demo_file), out, "--cpr", "0101901234", "--begrundelse", "test", env=GOOD_ENV)
    assert_clean_error(proc, 2, "ingen borger")
    proc = run("export", "--db", str(demo_file), out, "--cpr", "3102901234", "--begrundelse", "test", env=GOOD_ENV)
    assert_clean_error(proc, 2, "gyldig dato")


def test_export_to_missing_folder(demo_file: Path | str, tmp_path: Path) -> None:
    proc = run("export", "--db", str(demo_file), str(tmp_path / "no" / "o.xlsx"), env=GOOD_ENV)
    assert_clean_error(proc, 2, "findes ikke")


def test_usage_error_exits_2() -> None:
    proc = run("import")
    assert_clean_error(proc, 2, "--help")


@pytest.mark.sqlite_only("a SQLite file locked by another sqlite3 connection")
def test_locked_database(plain_demo_file: Path, tmp_path: Path) -> None:
    import sqlite3

    demo_file = plain_demo_file
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = {**GOOD_ENV, "PLANNER_BUSY_TIMEOUT_MS": "300"}
        proc = run("import", "--db", str(demo_file), str(tmp_path / "x.xlsx"), env=env, timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr


def test_audit_verify(demo_file: Path | str) -> None:
    proc = run("audit", "verify", "--db", str(demo_file), env=GOOD_ENV)
    assert proc.returncode == 0, proc.stderr
    assert "intakt" in proc.stdout


def test_every_command_on_the_default_encrypted_database_from_any_folder(demo_file: Path | str, tmp_path: Path) -> None:
    """The path users take: a database made by ``demo`` (encrypted), the installed command, another folder; on
    PostgreSQL the server's URL, as the team lead's and the administrator's own roles."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def here(*args: str, user: str = "admin") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PLANNER_USER": user, "PLANNER_PASSWORD": PASSWORD}
        return subprocess.run(
            [sys.executable, "-m", "planner_gui", *args], capture_output=True, text=True, env=env, cwd=elsewhere
        )

    db = str(demo_file)
    from planner_gui.services.unlock import open_for_user
    from planner_gui.storage.tables import Staff

    database, _ = open_for_user(db, "admin", PASSWORD)
    with database.read() as s:
        lead = s.scalar(select(Staff.initials).where(Staff.role == "teamleder", Staff.password_hash.is_not(None)))
    database.dispose()
    assert lead is not None
    # the report by the name of a shipped goal file, as the demo's team lead and as admin
    for user in (lead, "admin"):
        out = elsewhere / f"rapport-{user}.xlsx"
        proc = here(
            "report", "--db", db, "--goals", "broendby_2018-2019", "--from", "2018-01-01", "--to", "2019-12-31",
            "--out", str(out), user=user,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert out.exists() and "12 mål for Brøndby" in proc.stdout
    proc = here("report", "--db", db, "--goals", "gentofte_2030", "--from", "2018-01-01", "--to", "2018-12-31",
                "--out", str(elsewhere / "x.xlsx"))  # fmt: skip
    assert_clean_error(proc, 2, "broendby_2018-2019")  # the message names the shipped goal files
    assert proc.returncode == 2
    assert here("export", "--db", db, str(elsewhere / "alt.xlsx")).returncode == 0
    assert here("audit", "verify", "--db", db).returncode == 0
    assert here("audit", "export", "--db", db, str(elsewhere / "log.xlsx")).returncode == 0
    assert here("import", "--db", db, str(elsewhere / "alt.xlsx")).returncode == 0


def test_user_add_takes_an_optional_phone_number_and_email(tmp_path: Path) -> None:
    """Issue 16: ``user add --telefon --email`` (optional; CONTRACT 1.1's command is unchanged without them)."""
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.tables import Staff

    path = str(tmp_path / "sager.db")
    init = run("init", "--db", path, "--no-encrypt", env={"PLANNER_NEW_PASSWORD": "admin-kode-lang-1"})
    assert init.returncode == 0, init.stderr
    env = {"PLANNER_USER": "admin", "PLANNER_PASSWORD": "admin-kode-lang-1", "PLANNER_NEW_PASSWORD": "ny-kode-lang-12"}
    base = ["user", "add", "--db", path, "--initialer", "ab", "--navn", "Anne Berg", "--rolle", "sagsbehandler"]
    assert_clean_error(run(*base, "--telefon", "4321", env=env), 2, "skal have 8 cifre")
    ok = run(*base, "--telefon", "+45 4321 1234", "--email", "ab@jobcenter.example", env=env)
    assert ok.returncode == 0, ok.stderr
    db = open_database(path)
    try:
        with db.read() as s:
            assert s.execute(select(Staff.phone, Staff.email).where(Staff.initials == "ab")).one() == (
                "43 21 12 34",
                "ab@jobcenter.example",
            )
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke"],
        ["--db", "x.db", "--smoke", "--lang", "en"],
        ["--db=x.db"],
        ["--sm"],  # argparse's abbreviations, as the full parser allows them
        ["--lang", "fr"],
        ["--db", "init"],
        ["init", "--db", "x.db"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--bogus"],
        ["--db"],
        ["--smoke", "report"],
    ],
)
def test_the_apps_own_options_parse_as_the_full_parser_parses_them(argv: list[str]) -> None:
    """The desktop's start-up parses its own options without building every command's parser (issue 17): for any
    arguments it either gives exactly the full parser's namespace, or hands them to the full parser (a command, help,
    the version, a mistake), which answers as before."""
    from planner_gui.cli import build_parser, parse_app_args

    quick = parse_app_args(argv)
    if quick is None:
        return
    assert quick == build_parser().parse_args(argv)
    assert quick.command is None


def test_a_mistake_in_the_apps_options_is_the_full_parsers_message() -> None:
    result = run("--lang", "fr")
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr and "--help" in result.stderr
    assert result.stderr.count("usage:") == 1
