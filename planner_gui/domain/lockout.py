"""The failed-login rules, shared by the login (:mod:`planner_gui.services.auth`) and the unlocking of an encrypted
file's key slot (:mod:`planner_gui.services.unlock`): after each failure the initials are refused for a growing delay
(1, 2, 4, 8 s), after :data:`MAX_FAILED_BEFORE_LOCK` in a row for :data:`LOCK_MINUTES` minutes.

Kept free of SQLAlchemy so that unlocking a key slot (Argon2id) need not wait for the database layer's imports."""

from __future__ import annotations

import datetime as dt

MAX_FAILED_BEFORE_LOCK = 5
LOCK_MINUTES = 15
FIRST_DELAY_SECONDS = 1  # after the n-th failed attempt the next is refused for 1, 2, 4, 8 ... seconds
MAX_DELAY_SECONDS = 60


def failure_delay(failed_logins: int) -> dt.timedelta:
    """How long after the ``failed_logins``-th failure in a row the account refuses the next attempt."""
    if failed_logins <= 0:
        return dt.timedelta(0)
    if failed_logins >= MAX_FAILED_BEFORE_LOCK:
        return dt.timedelta(minutes=LOCK_MINUTES)
    return dt.timedelta(seconds=min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failed_logins - 1)))


def utcnow() -> dt.datetime:
    """Now in UTC without a time zone, as the database stores times (also storage.tables.utcnow, imported from
    here: the unlocking of a key slot needs it without SQLAlchemy)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
