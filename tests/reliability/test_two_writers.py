"""Two writers on one file: two app processes (1,000 saves each) and the CLI at the same time.

Nothing is corrupted, no write is lost (every row counted, every reported id present, the audit chain intact), and a
writer that must wait too long gets a clear StorageError of kind "locked" naming the file, with nothing half-written.

The concurrency tests put the file on tmpfs (/dev/shm) where there is one: they test locking and lost writes, and
2,000 fsyncs on a busy disk would take a minute. Durability on a real disk is the crash-safety test's job.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import crashkit
import pytest

from planner_gui.errors import StorageError

PASSWORD = "test-kode-123"
N = 1000


@pytest.fixture
def fast_dir(tmp_path: Path) -> Iterator[Path]:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="planner-2w-", dir=shm))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path


def _writer(path: Path, n: int, tag: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(Path(crashkit.__file__)), "write", str(path), str(n), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _workbook(path: Path, n: int) -> Path:
    from openpyxl import Workbook

    from planner_gui.domain import cpr as cprmod

    wb = Workbook()
    ws = wb.active
    ws.title = "borgere"
    ws.append(["cpr", "fornavn", "efternavn"])
    for i in range(n):
        digits = f"{(i % 28) + 1:02d}{(i % 12) + 1:02d}85{1000 + i:04d}"
        assert cprmod.is_valid(digits)
        ws.append([f"{digits[:6]}-{digits[6:]}", "Import", f"Borger {i}"])
    wb.save(path)
    return path


@pytest.mark.slow
def test_two_processes_and_the_cli_lose_nothing(fast_dir: Path) -> None:
    from planner_gui.services.setup import create_database

    path = fast_dir / "delt.db"
    create_database(path, PASSWORD).dispose()
    book = _workbook(fast_dir / "import.xlsx", 50)
    env = {**os.environ, "PLANNER_USER": "admin", "PLANNER_PASSWORD": PASSWORD}
    started = time.perf_counter()
    w1, w2 = _writer(path, N, "w1"), _writer(path, N, "w2")
    cli = subprocess.run(
        [sys.executable, "-m", "planner_gui", "import", "--db", str(path), str(book)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    outs = [w.communicate(timeout=120) for w in (w1, w2)]
    elapsed = time.perf_counter() - started
    assert cli.returncode == 0, cli.stderr
    for w, (_out, err) in zip((w1, w2), outs):
        assert w.returncode == 0, err.decode()[-2000:]
    reported = [set(out.decode().split()) for out, _ in outs]
    assert [len(r) for r in reported] == [N, N]

    check = crashkit.verify(path, reported[0] | reported[1])
    assert check.problems == []
    assert check.citizens == 2 * N and check.all_citizens == 2 * N + 50, "a write was lost"
    assert check.audit_rows == 2 * N
    print(f"two writers: {2 * N} saves + CLI import of 50 in {elapsed:.1f} s, {check.all_citizens} citizens counted")


def test_a_writer_that_waits_too_long_gets_a_clear_message(fast_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner_gui.services.setup import create_database
    from planner_gui.storage import db as dbmod

    path = fast_dir / "laast.db"
    create_database(path, PASSWORD).dispose()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys,time\n"
            f"c=sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT INTO settings VALUES ('laas','1')\")\n"
            "print('locked', flush=True); sys.stdin.readline(); c.execute('ROLLBACK')\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)  # the app waits 15 s; the test does not
        db = crashkit.open_plain(path)
        try:
            before = crashkit.verify(path, set(), open_app=False).citizens  # readers are not blocked (WAL)
            t0 = time.perf_counter()
            with pytest.raises(StorageError) as info:
                crashkit.save_one(db)
            waited = time.perf_counter() - t0
            assert info.value.kind == "locked"
            assert str(path) in str(info.value) and "optaget" in str(info.value)
            assert 0.25 <= waited < 5
        finally:
            db.dispose()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
    after = crashkit.verify(path, set())
    assert after.problems == [] and after.citizens == before  # nothing half-written
    db = crashkit.open_plain(path)
    try:
        crashkit.save_one(db)  # the same save goes through once the other writer is done
    finally:
        db.dispose()
    assert crashkit.verify(path, set()).citizens == before + 1
