"""Fixtures of the desktop tests: the caseworker and one citizen of her own caseload with a plan."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from planner_gui.storage.tables import Assignment, Plan


@pytest.fixture
def worker(caseworker: Any) -> Any:
    """The caseworker the screens are opened as (the root conftest's ``caseworker``)."""
    return caseworker


@pytest.fixture
def cid(demo_db: Any, caseworker: Any) -> uuid.UUID:
    """A citizen in the caseworker's own caseload (primary, started), with a plan: opened without a reason."""
    with demo_db.read() as s:
        q = (
            select(Assignment.citizen_id)
            .join(Plan, Plan.citizen_id == Assignment.citizen_id)
            .where(Assignment.staff_id == caseworker.staff_id, Assignment.role == "primaer", Assignment.end.is_(None))
            .where(Assignment.start <= dt.date.today())
            .order_by(Assignment.citizen_id)
        )
        return s.scalars(q.limit(1)).one()
