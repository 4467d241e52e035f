"""Damaged files: truncated, zeroed, bit-flipped, not a database, 0 bytes.

Each gives a clear StorageError naming the file, the damaged file is never changed (it ends up kept beside as
``<name>.damaged-<stamp>``, byte for byte), and the newest backup is offered and restores cleanly.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import crashkit
import pytest

from planner_gui.errors import StorageError
from planner_gui.storage import backup, recovery

PASSWORD = "test-kode-123"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with 5 saves, an older and a newer backup (7 saves), then 3 more saves; all checkpointed."""
    from planner_gui.services.setup import create_database

    path = tmp_path_factory.mktemp("damage") / "sag.db"
    create_database(path, PASSWORD).dispose()
    db = crashkit.open_plain(path)
    try:
        for _ in range(5):
            crashkit.save_one(db)
        backup.make_backup(path, "aeldre")
        for _ in range(2):
            crashkit.save_one(db)
        backup.make_backup(path, "nyeste")
        for _ in range(3):
            crashkit.save_one(db)
    finally:
        db.dispose()
    _checkpoint(path)
    return path.parent


@pytest.fixture
def saved(template: Path, tmp_path: Path) -> tuple[Path, Path, int]:
    """A private copy of the template: (database, its newest backup, saves in that backup)."""
    folder = Path(shutil.copytree(template, tmp_path / "kopi"))
    path = folder / "sag.db"
    newest = backup.newest_backup(path)
    assert newest is not None and newest.label == "nyeste"
    return path, newest.path, 7


def _page(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return root, page_size


def _flip(path: Path, offset: int, mask: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def truncate_half(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate((size // 4096 // 2) * 4096)


def truncate_odd(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 1000)


def zero_all(path: Path) -> None:
    path.write_bytes(b"\0" * path.stat().st_size)


def zero_first_page(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.write(b"\0" * 4096)


def flip_page_type(path: Path) -> None:
    root, size = _page(path, "citizens")  # a leaf page holding the citizens' rows
    offset = (root - 1) * size
    assert path.read_bytes()[offset] == 0x0D, "the citizens table should fit one leaf page"
    _flip(path, offset, 0x01)


def flip_cell_count(path: Path) -> None:
    root, size = _page(path, "citizens")
    _flip(path, (root - 1) * size + 3, 0x40)


def flip_cell_pointer(path: Path) -> None:
    root, size = _page(path, "plans")
    _flip(path, (root - 1) * size + 8, 0x20)


def not_a_database(path: Path) -> None:
    path.write_text("Mødereferat\nDette er et tekstdokument, ikke en database.\n" * 50, encoding="utf-8")


def empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated-half": (truncate_half, "truncated"),
    "truncated-odd": (truncate_odd, "truncated"),
    "zeroed": (zero_all, "zeroed"),
    "zeroed-first-page": (zero_first_page, "zeroed"),
    "bitflip-page-type": (flip_page_type, "corrupt"),
    "bitflip-cell-count": (flip_cell_count, "corrupt"),
    "bitflip-cell-pointer": (flip_cell_pointer, "corrupt"),
    "not-a-database": (not_a_database, "not_a_database"),
    "zero-bytes": (empty, "empty"),
}


def test_a_healthy_file_is_not_damaged(saved: tuple[Path, Path, int]) -> None:
    path, _, _ = saved
    assert recovery.diagnose(path) is None
    assert recovery.diagnose(path, full=True) is None
    recovery.open_checked(path).dispose()


@pytest.mark.parametrize("how", list(DAMAGE))
def test_damaged_file_is_named_kept_and_the_newest_backup_offered(how: str, saved: tuple[Path, Path, int]) -> None:
    from planner_gui.storage.migrate import open_database

    path, newest, saves_in_newest = saved
    damage_fn, kind = DAMAGE[how]
    damage_fn(path)
    before = _sha(path)

    found = recovery.diagnose(path)
    assert found is not None and found.kind == kind, found
    with pytest.raises(StorageError) as info:
        recovery.open_checked(path)
    err = info.value
    assert isinstance(err, recovery.DamagedDatabase)
    assert str(path) in str(err)
    assert err.damage.backup is not None and err.damage.backup.path == newest  # the newest is offered
    assert "sikkerhedskopi" in str(err)
    with pytest.raises(StorageError) as info2:  # the plain open refuses too, naming the file
        open_database(path)
    assert str(path) in str(info2.value)
    # the desktop's check before its login window (issue 17, without SQLAlchemy) refuses the same file the same way,
    # or (0 bytes) leaves it to the opening, which refuses it
    from planner_gui.services.unlock import open_or_lock
    from planner_gui.storage import precheck

    if kind == "empty":
        assert precheck.check_before_login(path) is False
    else:
        with pytest.raises(recovery.DamagedDatabase) as info3:
            precheck.check_before_login(path)
        assert info3.value.damage.kind == kind and info3.value.damage.backup is not None
    with pytest.raises(StorageError):
        open_or_lock(path)
    assert _sha(path) == before, "the damaged file was changed"
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0

    result = recovery.recover(path, err.damage.backup)
    assert result.kept is not None and result.kept.name.startswith("sag.db.damaged-")
    assert _sha(result.kept) == before, "the damaged file was not kept as it was"
    check = crashkit.verify(path, set())
    assert check.problems == [] and check.citizens == saves_in_newest


def test_recover_refuses_a_damaged_backup_and_changes_nothing(saved: tuple[Path, Path, int]) -> None:
    path, newest, _ = saved
    zero_all(path)
    before = _sha(path)
    zero_all(newest)
    with pytest.raises(StorageError) as info:
        recovery.recover(path, newest)
    assert "sikkerhedskopien" in str(info.value)
    assert _sha(path) == before
    assert not list(path.parent.glob("sag.db.damaged-*"))


def test_no_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "alene.db"
    path.write_bytes(b"")
    with pytest.raises(StorageError, match="ingen sikkerhedskopi"):
        recovery.open_checked(path)
    with pytest.raises(StorageError, match="ingen sikkerhedskopi"):
        recovery.recover(path)


def test_encrypted_files_any_flipped_bit_is_found_and_a_wrong_key_is_not_damage(tmp_path: Path) -> None:
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    key = bytes(range(32))
    path = tmp_path / "krypteret.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {backup.key_literal(key)}")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("Møde med borgeren om praktik " * 20,) for _ in range(100)])
    conn.commit()
    conn.close()
    taken = backup.make_backup(path, "daglig", key=key)
    good = path.read_bytes()
    assert recovery.diagnose(path, key) is None
    assert recovery.diagnose(path, b"\x01" * 32) is None  # a wrong key: opening says so; the file is not damaged

    data = bytearray(good)
    data[3 * 4096 + 777] ^= 0x04  # one bit inside a page of row data: SQLCipher's per-page HMAC catches it
    path.write_bytes(bytes(data))
    found = recovery.diagnose(path, key)
    assert found is not None and found.kind == "corrupt" and found.backup is not None and found.backup.path == taken
    path.write_bytes(good[: len(good) // 2])
    found = recovery.diagnose(path, key)
    assert found is not None and found.kind in ("corrupt", "truncated")
    path.write_bytes(b"")
    found = recovery.diagnose(path, key)
    assert found is not None and found.kind == "empty"

    result = recovery.recover(path, key=key)
    assert result.kept is not None and result.kept.read_bytes() == b""
    assert recovery.diagnose(path, key) is None


def test_a_checkpoint_cut_short_is_not_mistaken_for_a_truncated_file(tmp_path: Path) -> None:
    """Found by the 1,000-kill soak: a SIGKILL during a checkpoint leaves page 1 (copied first) claiming more pages
    than the file has yet; the log beside it still holds them all, and the database is whole."""
    import struct

    from planner_gui.services.setup import create_database
    from planner_gui.storage.migrate import open_database

    path = tmp_path / "sag.db"
    create_database(path, PASSWORD).dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.executemany("INSERT INTO settings VALUES (?, ?)", [(f"k{i}", "x" * 3000) for i in range(60)])
    conn.commit()
    snap = tmp_path / "snapshot"
    snap.mkdir()
    for suffix in ("", "-wal"):  # the files as a crash would leave them, taken while the log is full
        shutil.copyfile(f"{path}{suffix}", f"{snap / 'sag.db'}{suffix}")
    conn.close()
    copy = snap / "sag.db"
    wal = Path(f"{copy}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    page1, offset = None, 32
    while offset + 24 + page_size <= len(wal):
        if struct.unpack(">I", wal[offset : offset + 4])[0] == 1:
            page1 = wal[offset + 24 : offset + 24 + page_size]
        offset += 24 + page_size
    assert page1 is not None
    with copy.open("r+b") as fh:  # the checkpoint's first write, then the kill
        fh.write(page1)
    pages = struct.unpack(">I", page1[28:32])[0]
    assert copy.stat().st_size < pages * page_size  # the file alone looks truncated ...

    assert recovery.diagnose(copy) is None  # ... but it is not
    db = open_database(copy)
    db.dispose()
    from planner_gui.storage.collation import register_sqlite

    check = sqlite3.connect(copy)
    register_sqlite(check)  # the Danish name index is on the app's function (migration 0013)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT count(*) FROM settings WHERE key LIKE 'k%'").fetchone()[0] == 60
    check.close()
