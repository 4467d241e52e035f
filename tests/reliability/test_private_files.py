"""Files that hold personal data, as a user's processes meet them: private modes (0600/0700), a killed export, a full
disk and a read-only data folder (issue 12, items 6, 7 and 11). Real subprocesses, real files and real (small) tmpfs
mounts; the mount tests skip cleanly where mounting is not permitted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ENV = {"PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}


def cli(
    *args: str, data: Path, env: dict[str, str] | None = None, timeout: int = 180
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PLANNER_DATA_DIR": str(data), **ENV, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args], capture_output=True, text=True, env=full, timeout=timeout
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def one_plain_line(proc: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def plain_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain (--no-encrypt) demo database of 3,000 citizens, made by the real command."""
    folder = tmp_path_factory.mktemp("plain-demo")
    db = folder / "demo.db"
    proc = cli(
        "demo", "--db", str(db), "--citizens", "3000", "--seed", "2", "--no-encrypt",
        data=folder / "data", env={"PLANNER_NEW_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return db


def copy_db(src: Path, dst: Path) -> Path:
    conn = sqlite3.connect(src)
    out = sqlite3.connect(dst)
    conn.backup(out)
    out.close()
    conn.close()
    os.chmod(dst, 0o600)
    return dst


def audit_rows(db: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute("SELECT user, action, entity, details FROM audit_log ORDER BY seq")]
    finally:
        conn.close()


# ------------------------------------------------------------------------------------------------ 6: modes


def test_everything_the_app_creates_is_private(tmp_path: Path) -> None:
    """Database, WAL, SHM, key file, log, data folder: 0600/0700 even with a permissive umask; plain databases warn."""
    data = tmp_path / "data"
    enc, plain = tmp_path / "enc.db", tmp_path / "plain.db"
    old = os.umask(0o022)
    try:
        assert cli("init", "--db", str(enc), data=data, env={"PLANNER_NEW_PASSWORD": PASSWORD}).returncode == 0
        proc = cli("init", "--db", str(plain), "--no-encrypt", data=data, env={"PLANNER_NEW_PASSWORD": PASSWORD})
    finally:
        os.umask(old)
    assert proc.returncode == 0, proc.stderr
    assert "UKRYPTERET" in proc.stderr  # --no-encrypt says what it means
    for path in (enc, Path(f"{enc}.keys"), plain, data / "logs" / "planner-gui.log"):
        assert mode(path) == 0o600, (path, oct(mode(path)))
    for folder in (data, data / "logs"):
        assert mode(folder) == 0o700, (folder, oct(mode(folder)))
    # WAL and SHM while a connection holds the database open (SQLite gives them the database file's mode)
    conn = sqlite3.connect(plain)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS probe (x)")
    conn.execute("INSERT INTO probe VALUES (1)")
    conn.commit()
    try:
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{plain}{suffix}")) == 0o600, suffix
    finally:
        conn.close()


def test_a_more_open_existing_file_is_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = tmp_path / "x.db"
    assert (
        cli("init", "--db", str(db), "--no-encrypt", data=data, env={"PLANNER_NEW_PASSWORD": PASSWORD}).returncode == 0
    )
    os.chmod(db, 0o644)
    os.chmod(data, 0o755)
    proc = cli("audit", "verify", "--db", str(db), data=data)
    assert proc.returncode == 0, proc.stderr
    assert f"advarsel: {db} har rettighederne 0644" in proc.stderr
    assert f"{data} har rettighederne 0755" in proc.stderr


# ------------------------------------------------------------------------------------------------ 7: killed export


def _scratch_files(data: Path) -> list[Path]:
    root = data / "tmp"
    return [p for p in root.rglob("*") if p.is_file() and p.name != ".lock"] if root.exists() else []


def test_a_killed_export_leaves_nothing_beside_the_target_and_is_audited(plain_demo: Path, tmp_path: Path) -> None:
    db = copy_db(plain_demo, tmp_path / "db.db")
    data, out_dir = tmp_path / "data", tmp_path / "out"
    out_dir.mkdir()
    env = {**os.environ, "PLANNER_DATA_DIR": str(data), **ENV}
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner_gui", "export", "--db", str(db), str(out_dir / "alt.xlsx")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # kill once personal data is being written
            written = [p for p in _scratch_files(data) if p.suffix == ".xlsx" and p.stat().st_size > 64 * 1024]
            if written or proc.poll() is not None:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the export finished before it could be killed; use more citizens"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(out_dir.iterdir()) == []  # nothing beside the target, not even a hidden temporary file
    left = _scratch_files(data)
    assert left, "the scratch file should be there until the next start"
    for path in left:  # it was in the private folder of the data folder
        assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(data / "tmp") == 0o700
        assert path.stat().st_size > 0
    begun = [json.loads(r[3]) for r in audit_rows(db) if r[1] == "export" and r[2] == "database"]
    assert [d.get("status") for d in begun] == ["begyndt"]  # committed before any data touched the disk
    assert begun[0]["fil"] == "alt.xlsx" and begun[0]["mappe"] == str(out_dir.resolve())
    # the next start (any command) removes the leftover
    after = cli("audit", "verify", "--db", str(db), data=data)
    assert after.returncode == 0, after.stderr
    assert "fjernede 1 midlertidig" in after.stderr
    assert _scratch_files(data) == []
    # and a finished export logs begun and completion
    assert cli("export", "--db", str(db), str(out_dir / "alt.xlsx"), data=data).returncode == 0
    statuses = [json.loads(r[3]).get("status") for r in audit_rows(db) if r[1] == "export" and r[2] == "database"]
    assert statuses == ["begyndt", "begyndt", "fuldført"]
    assert [p.name for p in out_dir.iterdir()] == ["alt.xlsx"] and mode(out_dir / "alt.xlsx") == 0o600
    assert _scratch_files(data) == []


def test_a_live_export_scratch_folder_is_not_removed_by_another_start(tmp_path: Path, _data_dir: Path) -> None:
    """Only folders of processes that no longer run are leftovers: a running export keeps its file."""
    from planner_gui.storage import files

    mine = files.scratch_path("x.xlsx")
    mine.write_bytes(b"in progress")
    proc = cli("audit", "verify", "--db", str(tmp_path / "missing.db"), data=_data_dir)
    assert proc.returncode == 2
    assert mine.exists()
    assert files.remove_leftovers() == 0


# ------------------------------------------------------------------------------------------------ 11: full / read-only


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k,mode=0700", "tmpfs", str(mount)], capture_output=True)
    if ok.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {ok.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_commands_on_a_full_disk_say_so_in_one_line(plain_demo: Path, tmp_path: Path, tmpfs: Path) -> None:
    db = copy_db(plain_demo, tmp_path / "db.db")
    data = tmp_path / "data"
    cases = {
        "export": ("export", "--db", str(db), str(tmpfs / "alt.xlsx")),
        "audit export": ("audit", "export", "--db", str(db), str(tmpfs / "log.xlsx")),
        "report": (
            "report", "--db", str(db), "--goals", "broendby_2018-2019", "--from", "2018-01-01", "--to", "2018-12-31",
            "--out", str(tmpfs / "rapport.xlsx"),
        ),
        "aktindsigt": (
            "aktindsigt", "--db", str(db), str(tmpfs / "mappe"), "--cpr", _a_cpr(db), "--begrundelse", "test",
        ),
    }  # fmt: skip
    with open(tmpfs / "fill", "wb", buffering=0) as fh:  # fill the disk to the last block
        try:
            while True:
                fh.write(b"x" * 4096)
        except OSError:
            pass
    for what, args in cases.items():
        proc = cli(*args, data=data)
        line = one_plain_line(proc)
        assert "der er ikke plads på disken" in line, (what, line)
        assert sorted(p.name for p in tmpfs.iterdir()) == ["fill"], what  # nothing half-written
    assert list((data / "tmp").rglob("*.xlsx")) == []


def _a_cpr(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT cpr FROM citizens ORDER BY cpr LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def test_a_read_only_data_folder_is_one_plain_line(plain_demo: Path, tmp_path: Path, tmpfs: Path) -> None:
    db = copy_db(plain_demo, tmp_path / "db.db")
    remount = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("cannot remount read-only")
    for data in (tmpfs, tmpfs / "not-yet"):
        for args in (("export", "--db", str(db), str(tmp_path / "alt.xlsx")), ("audit", "verify", "--db", str(db))):
            line = one_plain_line(cli(*args, data=data))
            assert "datamappen" in line and "kan ikke skrives" in line, line
    assert not (tmp_path / "alt.xlsx").exists()
