"""Fixtures of the report tests. Every indicator and workbook test that builds its own data runs on SQLite and on
PostgreSQL (the team database) through ``empty_db`` (``db_backend`` in tests/conftest.py), so the two never drift."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner_gui.storage.db import Database
from tests.reports.helpers import Builder


@pytest.fixture
def build(empty_db: Database) -> Iterator[Builder]:
    yield Builder(empty_db)
