"""Errors are sorted at the storage edge (storage.db.describe_storage_error): a condition the user or IT can act on
(locked, full, read-only, not a database, damaged, server unreachable, access refused) becomes a plain message
naming the file or server; anything else is a bug and keeps its own exception, so it reaches the crash dialog and
exit 1 instead of passing as a user error."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import uuid

import psycopg.errors as pg
import pytest
from sqlalchemy import exc

from planner_gui.errors import StorageError, UserError
from planner_gui.storage.db import describe_storage_error
from planner_gui.storage.tables import Company


def _wrapped(orig: BaseException) -> exc.DBAPIError:
    return exc.DBAPIError.instance("SELECT 1", {}, orig, Exception)


@pytest.mark.parametrize(
    ("orig", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), "locked"),
        (sqlite3.DatabaseError("file is not a database"), "not_a_database"),
        (sqlite3.DatabaseError("database disk image is malformed"), "corrupt"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "readonly"),
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("unable to open database file"), "missing"),
        (pg.InsufficientPrivilege("permission denied for table citizen_identity"), "denied"),
        (pg.InvalidPassword("password authentication failed for user"), "login"),
        (pg.SerializationFailure("could not serialize access"), "locked"),
        (pg.DeadlockDetected("deadlock detected"), "locked"),
        (pg.DiskFull("could not extend file"), "full"),
        (pg.ReadOnlySqlTransaction("cannot execute UPDATE in a read-only transaction"), "readonly"),
        (pg.AdminShutdown("terminating connection due to administrator command"), "unreachable"),
        (
            pg.OperationalError('connection to server at "10.0.0.9", port 5432 failed: Connection refused'),
            "unreachable",
        ),
        (
            pg.OperationalError(
                'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
                'authentication failed for user "planner_kw"'
            ),
            "login",
        ),
        (OSError(errno.ENOSPC, "No space left on device"), "full"),
        (OSError(errno.EACCES, "Permission denied"), "readonly"),
    ],
)
def test_known_conditions_become_plain_messages(orig: BaseException, kind: str) -> None:
    for err in (orig, _wrapped(orig)) if not isinstance(orig, OSError) else (orig,):
        known = describe_storage_error(err, "server/planner")
        assert isinstance(known, StorageError) and known.kind == kind, (err, known)
        assert str(known).startswith("server/planner: ")
        assert "Traceback" not in str(known) and "sqlstate" not in str(known).lower()


@pytest.mark.parametrize(
    "orig",
    [
        sqlite3.IntegrityError("UNIQUE constraint failed: company.cvr"),
        sqlite3.OperationalError("no such column: citizen.nickname"),
        pg.UndefinedTable('relation "citizen" does not exist'),
        pg.UniqueViolation("duplicate key value violates unique constraint"),
        pg.SyntaxError("syntax error at or near"),
    ],
)
def test_anything_else_is_a_bug_not_a_user_error(orig: BaseException) -> None:
    assert describe_storage_error(_wrapped(orig), "x.db") is None


def test_a_bug_in_a_write_keeps_its_own_exception_and_saves_nothing(empty_db) -> None:
    first = uuid.uuid4()
    with empty_db.write() as s:
        s.add(Company(id=first, cvr="12345674", name="Firma"))
    with pytest.raises(exc.IntegrityError) as caught, empty_db.write() as s:
        s.add(Company(id=uuid.uuid4(), cvr="12345674", name="Samme CVR"))  # the service would have said so first
    assert not isinstance(caught.value, UserError)
    with empty_db.read() as s:
        assert s.query(Company).count() == 1


def test_a_server_that_cannot_be_reached_is_a_plain_message_and_exit_2(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", "postgresql+psycopg://kw:x@127.0.0.1:9/none"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={
            "PLANNER_DATA_DIR": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "PGCONNECT_TIMEOUT": "5",
            "PLANNER_USER": "kw",
            "PLANNER_PASSWORD": "en-lang-kode-1",
        },
    )
    assert proc.returncode == 2, proc.stderr
    assert "127.0.0.1:9/none: serveren svarer ikke" in proc.stderr
    assert "Traceback" not in proc.stderr and "en-lang-kode-1" not in proc.stderr  # nor the password
