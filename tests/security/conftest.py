"""Fixtures of the security tests. Like the domain and service tests they run on SQLite and on PostgreSQL (issue 14;
``db_backend`` in tests/conftest.py); a test that attacks the SQLite file itself (sqlite3 behind the app's back, its
bytes, its key) is ``sqlite_only`` with its reason, and the attacks on the team server through a user's own role are
test_team_database.py's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import server_url


@pytest.fixture
def cli_db(empty_db: object, db_backend: str, db_path: Path) -> str:
    """``empty_db`` as the command line's ``--db`` takes it: the file's path, or on PostgreSQL the server's URL
    without user and password (the command logs in as ``PLANNER_USER``'s own role, as on a job centre's server)."""
    return server_url(empty_db) if db_backend == "postgresql" else str(db_path)
