"""Is this database a laptop's, taken out from the team server, and what does its offline banner show?

Kept apart from :mod:`planner_gui.services.offline` (check-out, sync and check-in, and everything they import): the
desktop asks this at every start, and the answer needs one small query (issue 17, start-up).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from planner_gui.storage.postgres import is_postgres
from planner_gui.storage.tables import Checkout, Citizen, Setting, SyncConflict, SyncQuarantine

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from planner_gui.storage.db import Database

#: The settings key that makes a database a laptop's: the server it was taken out from (no user, no password).
SERVER = "offline.server"


@lru_cache(maxsize=1)
def danish_zone() -> ZoneInfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Copenhagen")


def local_time(value: dt.datetime | None) -> str:
    """UTC (as stored) shown as Danish local time ``dd-mm-åååå tt:mm``."""
    if value is None:
        return "?"
    return value.replace(tzinfo=dt.UTC).astimezone(danish_zone()).strftime("%d-%m-%Y %H:%M")


@dataclass
class LaptopStatus:
    """What the desktop's offline banner shows about a laptop database (from ``offline.checkout``)."""

    server: str  # the remembered server address (no user, no password)
    since: dt.datetime | None  # the oldest open check-out (UTC, as stored)
    citizens: int
    open_conflicts: int = 0
    quarantined: int = 0

    @property
    def since_text(self) -> str:
        return local_time(self.since)


def laptop_status(db: Database) -> LaptopStatus | None:
    """The laptop's offline status, or None when ``db`` is not a laptop database (no remembered server)."""
    if is_postgres(db.url):
        return None
    with db.read() as ls:
        server = ls.scalar(select(Setting.value).where(Setting.key == SERVER))
        if server is None:
            return None
        since = ls.scalar(select(func.min(Checkout.since)).where(Checkout.released_at.is_(None)))
        return LaptopStatus(
            server=server,
            since=since,
            citizens=ls.scalar(select(func.count()).select_from(Citizen)) or 0,
            open_conflicts=ls.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolution.is_(None))
            )
            or 0,
            quarantined=ls.scalar(select(func.count()).select_from(SyncQuarantine)) or 0,
        )
