"""Issue 17: the import's rows as the database stores them, and its ids drawn in bulk."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import create_engine

from planner_gui.interchange.storage_form import converter, date_converter, new_ids, random_uuid_hex
from planner_gui.storage.tables import BenefitPeriod, Citizen


def test_bulk_ids_are_random_version_4_uuids() -> None:
    ids = random_uuid_hex(70_000)  # more than one batch
    assert len(set(ids)) == len(ids) == 70_000
    for h in ids[:2000] + ids[-2000:]:
        u = uuid.UUID(h)
        assert u.version == 4 and u.variant == uuid.RFC_4122 and u.hex == h


def test_ids_and_values_take_the_form_the_column_stores() -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        ids = new_ids(conn, Citizen.__table__.c.id, 5)
        assert ids == sorted(ids) and all(isinstance(i, str) and len(i) == 32 for i in ids)  # Uuid on SQLite
        as_id = converter(conn, Citizen.__table__.c.id)
        u = uuid.uuid4()
        assert as_id(u) == u.hex and as_id(None) is None
        day = converter(conn, BenefitPeriod.__table__.c.start)
        assert day(dt.date(2020, 1, 2)) == "2020-01-02" and day(dt.date(2020, 1, 2)) == "2020-01-02"
        dates = date_converter(conn, BenefitPeriod.__table__.c.start)
        for d in (dt.date(2020, 1, 2), dt.date(2020, 1, 2), dt.date(1999, 12, 31), None, dt.date(2020, 1, 2)):
            assert dates(d) == day(d)
        assert dates(dt.datetime(2020, 1, 2, 0, 0)) == day(dt.datetime(2020, 1, 2, 0, 0))  # a key of its own
    engine.dispose()
