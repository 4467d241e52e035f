"""Fixtures of the report tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner_gui.storage.db import Database
from tests.reports.helpers import Builder


@pytest.fixture
def build(empty_db: Database) -> Iterator[Builder]:
    yield Builder(empty_db)
