"""Backups: before every migration, daily on first start, rotated (setting), listed, described, restored; encrypted
databases get encrypted backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import crashkit
import pytest

from planner_gui.errors import PermissionDenied, StorageError, ValidationError
from planner_gui.services import backups as svc
from planner_gui.services.auth import Actor
from planner_gui.storage import backup

PASSWORD = "test-kode-123"
ADMIN = Actor("admin", "administrator")


def _citizens(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM citizens").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def db_with_saves(empty_db: object, db_path: Path) -> object:
    for _ in range(4):
        crashkit.save_one(empty_db)  # type: ignore[arg-type]
    return empty_db


def test_backup_is_a_consistent_copy_listed_with_date_and_size(db_with_saves: object, db_path: Path) -> None:
    taken = backup.backup_now(db_with_saves, "manuel")  # type: ignore[arg-type]
    assert taken is not None and taken.parent == db_path.parent / "planner.db.backups"
    assert backup.check_backup(taken) == "ok"
    assert _citizens(taken) == 4
    rows = svc.list_backups(db_path)
    assert [r.path for r in rows] == [taken]
    assert rows[0].size == taken.stat().st_size > 0
    assert abs((rows[0].created - dt.datetime.now()).total_seconds()) < 60
    assert rows[0].reason == "taget af en bruger"
    assert not list(taken.parent.glob("*.tmp"))


def test_daily_backup_once_a_day_and_rotation_from_the_setting(db_with_saves: object, db_path: Path) -> None:
    db = db_with_saves
    day = dt.date.today()
    first = svc.daily_backup(db, day)  # type: ignore[arg-type]
    assert first is not None
    assert svc.daily_backup(db, day) is None  # the second start of the day takes none
    assert backup.keep_count(db) == backup.DEFAULT_KEEP  # type: ignore[arg-type]
    for _ in range(backup.DEFAULT_KEEP + 2):
        backup.backup_now(db, "manuel")  # type: ignore[arg-type]
    assert len(svc.list_backups(db_path)) == backup.DEFAULT_KEEP

    with pytest.raises(PermissionDenied):
        svc.set_keep_count(db, Actor("bo", "sagsbehandler"), 3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        svc.set_keep_count(db, ADMIN, 0)  # type: ignore[arg-type]
    svc.set_keep_count(db, ADMIN, 3)  # type: ignore[arg-type]
    assert svc.keep_count(db) == 3  # type: ignore[arg-type]
    tomorrow = svc.daily_backup(db, day + dt.timedelta(days=1))  # type: ignore[arg-type]
    assert tomorrow is not None
    kept = svc.list_backups(db_path)
    assert len(kept) == 3 and kept[0].path == tomorrow  # the newest are kept


def test_backup_before_every_migration(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from planner_gui.config import migrations_dir
    from planner_gui.storage.migrate import _alembic_config, head_revision, open_database

    revisions = [r.revision for r in ScriptDirectory(str(migrations_dir())).walk_revisions()][::-1]
    if len(revisions) < 2:
        pytest.skip("only one schema version: nothing to migrate from")
    path = tmp_path / "gammel.db"
    engine_db = crashkit.open_plain(path)
    with engine_db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revisions[-2])  # type: ignore[arg-type]
        conn.exec_driver_sql("INSERT INTO settings VALUES ('x', '1')")
    engine_db.dispose()
    open_database(path).dispose()
    rows = svc.list_backups(path)
    assert [r.label for r in rows] == [f"foer-{head_revision()}"]
    assert rows[0].reason.startswith("før opdatering")
    conn = sqlite3.connect(rows[0].path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revisions[-2]
    conn.close()


def test_describe_and_restore_keeps_the_current_file_beside(db_with_saves: object, db_path: Path) -> None:
    db = db_with_saves
    taken = backup.backup_now(db, "manuel")  # type: ignore[arg-type]
    assert taken is not None
    for _ in range(3):
        crashkit.save_one(db)  # type: ignore[arg-type]
    contents = svc.describe_backup(taken)
    assert contents.usable and dict(contents.counts)["borgere"] == 4 and dict(contents.counts)["medarbejdere"] == 1
    assert contents.newest_change is not None and "4 borgere" in contents.summary()
    db.dispose()  # type: ignore[attr-defined]

    result = svc.restore_backup(db_path, taken, who="admin")
    assert result.kept is not None and result.kept.name.startswith("planner.db.foer-gendannelse-")
    assert _citizens(result.kept) == 7  # the replaced file, whole, beside
    assert _citizens(db_path) == 4
    check = crashkit.verify(db_path, set())
    assert check.problems == []
    conn = sqlite3.connect(db_path)
    last = conn.execute("SELECT user, action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    assert last[0] == "admin" and last[1] == "system" and taken.name in last[2]


def test_restore_refuses_a_damaged_backup(db_with_saves: object, db_path: Path) -> None:
    taken = backup.backup_now(db_with_saves, "manuel")  # type: ignore[arg-type]
    assert taken is not None
    db_with_saves.dispose()  # type: ignore[attr-defined]
    with taken.open("r+b") as fh:
        fh.truncate(taken.stat().st_size // 2)
    assert not svc.describe_backup(taken).usable
    with pytest.raises(StorageError, match="sikkerhedskopien"):
        svc.restore_backup(db_path, taken)
    assert _citizens(db_path) == 4 and not list(db_path.parent.glob("planner.db.foer-*"))


def test_encrypted_database_gets_encrypted_backups(tmp_path: Path) -> None:
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    key = bytes(range(32))
    path = tmp_path / "krypteret.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {backup.key_literal(key)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE citizens (id TEXT PRIMARY KEY, updated_at TEXT)")
    conn.executemany("INSERT INTO citizens VALUES (?, '2026-11-23 10:00:00')", [(str(i),) for i in range(25)])
    conn.commit()
    conn.close()

    taken = backup.make_backup(path, "daglig", key=key)
    assert taken is not None
    raw = taken.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"2026-11-23" not in raw  # encrypted like the database
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(taken).execute("SELECT count(*) FROM citizens").fetchone()
    assert backup.check_backup(taken, key) == "ok"
    assert backup.check_backup(taken, b"\x01" * 32) != "ok"  # a wrong key opens nothing
    contents = svc.describe_backup(taken, key)
    assert dict(contents.counts)["borgere"] == 25

    with backup.connect(path, key) as c:
        c.execute("DELETE FROM citizens")
        c.commit()
    kept = backup.restore(path, taken, key=key)
    assert kept is not None
    with backup.connect(path, key) as c:
        assert c.execute("SELECT count(*) FROM citizens").fetchone()[0] == 25
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_backups_are_readable_only_by_whom_the_database_is(db_with_saves: object, db_path: Path) -> None:
    import os
    import stat

    os.chmod(db_path, 0o600)
    taken = backup.backup_now(db_with_saves, "manuel")  # type: ignore[arg-type]
    assert taken is not None
    assert stat.S_IMODE(taken.stat().st_mode) == 0o600
    assert stat.S_IMODE(taken.parent.stat().st_mode) & 0o077 == 0
