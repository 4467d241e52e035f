"""Every Alembic migration, from every earlier schema version, with data in it: no row and no field is lost.

Generic over the revisions in db/versions: for each revision r (oldest first), an empty file is upgraded to r, every
table that exists at r gets a few rows through raw SQL (values made from the column types, foreign keys pointing at
rows of the parent tables), the file is upgraded to head through the app's own ``open_database`` (which takes the
pre-migration backup), and the row count and a checksum of every column that existed at r are compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import crashkit
import pytest

ROWS = 4
_BY_NAME: dict[str, Any] = {  # values that satisfy the schema's CHECK constraints
    "rater": "borger",
    "end": None,
    "hours": 7.5,
    "hours_per_week": 12.0,
    "score": 6,
}
_ROLES = {"staff": "sagsbehandler", "assignments": "primaer"}


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from planner_gui.config import migrations_dir

    return [r.revision for r in ScriptDirectory(str(migrations_dir())).walk_revisions()][::-1]


def _upgrade(path: Path, revision: str) -> None:
    from alembic import command

    from planner_gui.storage.migrate import _alembic_config

    db = crashkit.open_plain(path)
    try:
        with db.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)  # type: ignore[arg-type]
    finally:
        db.dispose()


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    ]
    return [n for n in names if n != "alembic_version"]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, not null, primary key) per column."""
    return [(r[1], (r[2] or "").upper(), bool(r[3]), bool(r[5])) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _parents(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, str]]:
    return {r[3]: (r[2], r[4]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}


def _order(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    done: list[str] = []
    pending = list(tables)
    while pending:
        for t in pending:
            if all(p in done or p == t for p, _ in _parents(conn, t).values()):
                done.append(t)
                pending.remove(t)
                break
        else:  # a cycle: give up on ordering the rest
            done.extend(pending)
            break
    return done


def _value(
    table: str,
    name: str,
    typ: str,
    i: int,
    parents: dict[str, tuple[str, str]],
    filled: dict[str, list[dict[str, Any]]],
) -> Any:
    if name in parents:
        ptable, pcol = parents[name]
        rows = filled.get(ptable) or []
        return rows[i % len(rows)][pcol] if rows else None
    if name == "role":
        return _ROLES.get(table, "sagsbehandler")
    if name in _BY_NAME:
        return _BY_NAME[name]
    if "INT" in typ:
        return i + 1
    if typ.startswith("CHAR(32)") or name == "id":
        return uuid.uuid4().hex
    if typ in ("BOOLEAN",):
        return i % 2
    if typ in ("FLOAT", "REAL", "NUMERIC") or typ.startswith("DECIMAL"):
        return 1.25 * (i + 1)
    if typ == "DATETIME":
        return (dt.datetime(2025, 1, 2, 3, 4, 5, 123456) + dt.timedelta(days=i)).isoformat(sep=" ")
    if typ == "DATE":
        return (dt.date(2025, 3, 1) + dt.timedelta(days=i)).isoformat()
    n = 8
    if "(" in typ:
        try:
            n = int(typ.split("(")[1].rstrip(")"))
        except ValueError:
            n = 8
    return f"{i}{table[:3]}{name[:3]}æø"[: max(1, n)] if n < 24 else f"{i} {table} {name} række æøå"[:n]


def _fill(path: Path) -> dict[str, list[dict[str, Any]]]:
    from planner_gui.storage.collation import register_sqlite

    conn = sqlite3.connect(path)
    register_sqlite(conn)  # writing citizens updates the Danish name index (migration 0013)
    conn.execute("PRAGMA foreign_keys = ON")
    filled: dict[str, list[dict[str, Any]]] = {}
    try:
        for table in _order(conn, _tables(conn)):
            cols = _columns(conn, table)
            parents = _parents(conn, table)
            rows = []
            for i in range(ROWS):
                row = {name: _value(table, name, typ, i, parents, filled) for name, typ, _nn, _pk in cols}
                names = ", ".join(f'"{c}"' for c in row)
                conn.execute(
                    f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})', list(row.values())
                )
                rows.append(row)
            filled[table] = rows
        conn.commit()
    finally:
        conn.close()
    return filled


def _fingerprint(path: Path, only: dict[str, list[str]] | None = None) -> dict[str, tuple[int, dict[str, str]]]:
    """table -> (row count, column -> checksum of that column's values, rows in a fixed order)."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, tuple[int, dict[str, str]]] = {}
        tables = list(only) if only is not None else _tables(conn)
        for table in tables:
            cols = only[table] if only is not None else [c[0] for c in _columns(conn, table)]
            key = ", ".join(f'"{c}"' for c in cols)
            rows = sorted(conn.execute(f'SELECT {key} FROM "{table}"').fetchall(), key=repr)
            sums = {c: hashlib.sha256(repr([r[i] for r in rows]).encode()).hexdigest() for i, c in enumerate(cols)}
            out[table] = (len(rows), sums)
        return out
    finally:
        conn.close()


REVISIONS = _revisions()


def test_there_are_revisions() -> None:
    assert REVISIONS, "no Alembic revisions found"


@pytest.mark.parametrize("start", REVISIONS)
def test_upgrade_from_every_revision_keeps_every_row_and_field(start: str, tmp_path: Path) -> None:
    from planner_gui.storage.migrate import head_revision, open_database

    path = tmp_path / f"fra-{start}.db"
    _upgrade(path, start)
    filled = _fill(path)
    assert all(len(rows) == ROWS for rows in filled.values())
    before = _fingerprint(path)
    columns_then = {t: list(sums) for t, (_n, sums) in before.items()}

    db = open_database(path)  # the app's way: backup first, then upgrade to head
    db.dispose()
    from planner_gui.storage.collation import register_sqlite

    conn = sqlite3.connect(path)
    register_sqlite(conn)  # the Danish name index is on the app's function (migration 0013)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    after = _fingerprint(path, columns_then)
    for table, (count, sums) in before.items():
        assert after[table][0] == count, f"{table}: {count} rows before, {after[table][0]} after"
        for column, digest in sums.items():
            assert after[table][1][column] == digest, f"{table}.{column} changed in the migration from {start}"
    if start != head_revision():
        from planner_gui.storage import backup

        assert [b.label for b in backup.list_backups(path)] == [f"foer-{head_revision()}"]


def test_a_file_from_a_newer_version_is_explained_and_left_alone(tmp_path: Path) -> None:
    """A plain file whose schema revision this version does not know (made by a newer planner-gui): a message that
    says so and what to do, not Alembic's "Can't locate revision"; no backup is made and the file is not changed,
    through the pre-login check's path too."""
    from planner_gui.errors import StorageError
    from planner_gui.services.setup import create_database
    from planner_gui.services.unlock import open_or_lock
    from planner_gui.storage import backup
    from planner_gui.storage.migrate import open_database

    path = tmp_path / "nyere.db"
    create_database(path, "test-kode-123").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_fremtid'")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for opening in (open_database, open_or_lock):
        with pytest.raises(StorageError) as caught:
            opening(path)
        assert "nyere version af programmet (9999_fremtid)" in str(caught.value)
        assert "opdatér programmet" in str(caught.value)
    assert backup.list_backups(path) == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
