"""A demo killed part-way never leaves a half-filled database under the name asked for (issue 17).

The demo commits every ``DEMO_COMMIT_EVERY`` citizens (one transaction held SQLite's whole WAL: 6.3 GB at 1,000,000
citizens), so what it writes is built in ``<name>.unfinished/`` and moved into place only when complete. A SIGKILL
leaves that folder alone; the next demo into the same file removes it, unless the demo building it still runs.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner_gui.errors import UserError
from planner_gui.services import setup
from tests.conftest import PASSWORD, TODAY

fcntl = pytest.importorskip("fcntl")  # the running demo's lock; on Windows its open files cannot be deleted instead

WRITER = """
import sys
from planner_gui.demo import generator
from planner_gui.services import setup
generator.CHUNK = 100
setup.DEMO_COMMIT_EVERY = 200
setup.create_demo_database(sys.argv[1], sys.argv[2], citizens=1_000_000, seed=4)
"""


def _committed_citizens(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return 0
    try:
        return int(con.execute("SELECT count(*) FROM citizens").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def test_a_killed_demo_leaves_only_its_unfinished_folder_which_the_next_demo_removes(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    work = tmp_path / "demo.db.unfinished" / "demo.db"
    env = {**os.environ, "PLANNER_DATA_DIR": str(tmp_path / "appdata")}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target), PASSWORD], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _committed_citizens(work) < 1_000:  # several batches committed, more being written
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the demo committed nothing in two minutes"
            time.sleep(0.1)
        assert not target.exists()
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # what a kill leaves: the folder, whose database holds committed batches; nothing under the name asked for
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "appdata") == ["demo.db.unfinished"]
    assert _committed_citizens(work) >= 1_000

    db, result = setup.create_demo_database(target, PASSWORD, citizens=30, seed=1, today=TODAY)
    try:
        assert result.counts["citizens"] == 30
        with db.read() as s:
            from sqlalchemy import func, select

            from planner_gui.storage.tables import AuditEntry, Citizen

            assert s.scalar(select(func.count()).select_from(Citizen)) == 30
            assert s.scalar(select(func.count()).where(AuditEntry.entity == "demo")) == 1
    finally:
        db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "appdata") == ["demo.db"]


def test_a_demo_still_being_built_into_the_same_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    folder = tmp_path / "demo.db.unfinished"
    folder.mkdir()
    (folder / "demo.db").write_bytes(b"a demo being written")
    fd = os.open(folder / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as the running demo holds it
    try:
        with pytest.raises(UserError, match="en anden demo bliver lavet til samme fil"):
            setup.create_demo_database(target, PASSWORD, citizens=5, seed=1, today=TODAY)
        with pytest.raises(UserError, match="en anden demo bliver lavet til samme fil"):
            setup.create_encrypted_demo_database(target, PASSWORD, citizens=5, seed=1, today=TODAY)
    finally:
        os.close(fd)
    assert (folder / "demo.db").read_bytes() == b"a demo being written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db.unfinished"]
