"""A full disk: the write rolls back, the user gets StorageError kind "full" in plain Danish, the typed data is still
in the caller's hands and saves once there is room again.

Simulated with ``PRAGMA max_page_count`` on every connection the app opens, and, where the tests run as root and may
mount one, for real on a 1 MB tmpfs filled up with another file. (There SQLite reports the full disk as
SQLITE_IOERR_SHMSIZE, an I/O error while growing the WAL index, not as SQLITE_FULL: ``describe_storage_error`` calls an
I/O error on a filesystem without room a full disk.)
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import crashkit
import pytest
from sqlalchemy import event

from planner_gui.errors import StorageError

PASSWORD = "test-kode-123"
GOAL = "Jeg vil gerne arbejde i et køkken. " * 3000  # ~100 kB: more than the room left


def _assert_full(err: StorageError, path: Path) -> None:
    assert err.kind == "full"
    assert str(path) in str(err)
    assert "ikke plads på disken" in str(err) and "intet blev gemt" in str(err)


def test_max_page_count_full_rolls_back_and_keeps_the_edit(empty_db: Any, db_path: Path) -> None:
    db = empty_db
    crashkit.save_one(db)
    before = crashkit.verify(db_path, set(), open_app=False)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(db.engine, "connect", cap)
    try:
        typed = {"goal": GOAL}
        with pytest.raises(StorageError) as info:
            crashkit.save_one(db, goal=typed["goal"])
        _assert_full(info.value, db_path)
        after = crashkit.verify(db_path, set(), open_app=False)
        assert after.problems == [] and (after.citizens, after.audit_rows) == (before.citizens, before.audit_rows)
        crashkit.save_one(db, goal="kort")  # a small save still fits: the database is not stuck
    finally:
        event.remove(db.engine, "connect", cap)
    crashkit.save_one(db, goal=typed["goal"])  # room again: the same edit saves
    final = crashkit.verify(db_path, set())
    assert final.problems == [] and final.citizens == before.citizens + 2


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mnt = tmp_path / "lille"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_really_full_filesystem(tiny_fs: Path) -> None:
    from planner_gui.services.setup import create_database

    path = tiny_fs / "planner.db"
    create_database(path, PASSWORD).dispose()
    db = crashkit.open_plain(path)
    try:
        crashkit.save_one(db)
        filler = tiny_fs / "fyld.bin"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:  # take all the room that is left
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        with pytest.raises(StorageError) as info:
            crashkit.save_one(db, goal=GOAL)
        _assert_full(info.value, path)
        filler.unlink()
        check = crashkit.verify(path, set())
        assert check.problems == [] and check.citizens == 1
        crashkit.save_one(db, goal=GOAL)
    finally:
        db.dispose()
    check = crashkit.verify(path, set())
    assert check.problems == [] and check.citizens == 2
