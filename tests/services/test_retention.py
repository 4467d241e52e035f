"""Deleting a citizen after the retention period, on both databases: every row about them goes, also the laptop's
sync quarantine, whose citizen id is text (the sync's form) where the other tables have a uuid."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Uuid, func, insert, select

from planner_gui.services import privacy
from planner_gui.services.auth import Actor
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Citizen, SyncQuarantine
from tests.conftest import TODAY

ADMIN = Actor("admin", "administrator")


def test_deletion_removes_every_row_about_the_citizen_also_a_quarantined_sync(demo_db: Database) -> None:
    due = privacy.citizens_due_for_deletion(demo_db, ADMIN, today=TODAY)
    assert due, "the demo should hold a citizen past the retention period"
    cid = due[0].citizen_id
    with demo_db.write() as s:  # a laptop's last sync could not merge the citizen (services/offline.py)
        s.execute(
            insert(SyncQuarantine).values(citizen_id=str(cid), cpr="0101901234", reason="x", at=dt.datetime(2026, 1, 1))
        )
    pseudonym = privacy.delete_citizen(demo_db, ADMIN, cid, reason="opbevaringstid udløbet", today=TODAY)
    with demo_db.read() as s:
        c = s.get(Citizen, cid)
        assert c is not None and (c.cpr, c.first_name, c.last_name) == (pseudonym, "", "")
        for table in privacy._citizen_tables():
            column = table.c.citizen_id
            key = cid if isinstance(column.type, Uuid) else str(cid)
            assert s.scalar(select(func.count()).select_from(table).where(column == key)) == 0, table.name
