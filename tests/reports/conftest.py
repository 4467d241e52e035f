"""Fixtures of the report tests: every indicator and workbook test that builds its own data runs on SQLite and on
PostgreSQL (the team database), so the two never drift apart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner_gui.storage.db import Database
from tests.conftest import PASSWORD
from tests.reports.helpers import Builder


@pytest.fixture(params=["sqlite", "postgresql"])
def report_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    if request.param == "sqlite":
        yield request.getfixturevalue("empty_db")
        return
    from planner_gui.services.setup import create_database

    url = request.getfixturevalue("pg_url")
    db = create_database(url, PASSWORD)
    yield db
    db.dispose()


@pytest.fixture
def build(report_db: Database) -> Iterator[Builder]:
    yield Builder(report_db)
