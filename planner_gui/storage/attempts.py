"""Failed unlocks of an encrypted database, kept beside its key slots: ``<db>.keys.failed`` (JSON, mode 0600).

An encrypted database cannot record a failed unlock in its own audit log (it is not open yet), so failures are
counted here, per initials (known or not: the same rule for both, so the answer does not reveal which exist), with
the time before which the next attempt is refused; every failed or refused attempt is also kept as an event until
the next successful unlock writes it to the audit log (:func:`planner_gui.services.unlock.record_unlock_failures`).
The policy (delay, lock-out) is the login's, applied by :mod:`planner_gui.services.unlock`.

The file is rewritten atomically (temporary file, fsync, rename) while an ``flock`` on the key file serialises
processes. It slows guessing through the app; someone who can copy the key file can guess offline against Argon2id
(t=3, m=64 MiB) instead, which is why the password rule asks for long passwords.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner_gui.domain.lockout import utcnow  # storage.tables.utcnow, without SQLAlchemy
from planner_gui.storage import files
from planner_gui.storage.keys import keyfile_for

FORMAT = "planner-gui-unlock-failures"
MAX_USERS = 500
MAX_EVENTS = 2000


def failures_file(db_path: str | Path) -> Path:
    key_path = keyfile_for(db_path)
    return key_path.with_name(key_path.name + ".failed")


@dataclass
class Failures:
    """The counters and pending events of one database."""

    path: Path
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    changed: bool = False

    def count(self, initials: str) -> int:
        return int(self.users.get(initials, {}).get("count", 0))

    def until(self, initials: str) -> dt.datetime | None:
        text = self.users.get(initials, {}).get("until")
        try:
            return dt.datetime.fromisoformat(text) if isinstance(text, str) else None
        except ValueError:
            return None

    def fail(self, initials: str, until: dt.datetime) -> int:
        n = self.count(initials) + 1
        self.users[initials] = {"count": n, "until": until.isoformat()}
        if len(self.users) > MAX_USERS:  # forget the oldest unknown initials first
            oldest = sorted(self.users, key=lambda k: str(self.users[k].get("until", "")))
            for k in oldest[: len(self.users) - MAX_USERS]:
                del self.users[k]
        self.changed = True
        return n

    def succeed(self, initials: str) -> None:
        if initials in self.users:
            del self.users[initials]
            self.changed = True

    def event(self, initials: str, at: dt.datetime, reason: str) -> None:
        self.events.append({"id": secrets.token_hex(8), "at": at.isoformat(), "initials": initials, "reason": reason})
        del self.events[:-MAX_EVENTS]
        self.changed = True

    def forget(self, ids: set[str]) -> None:
        before = len(self.events)
        self.events = [e for e in self.events if e.get("id") not in ids]
        self.changed = self.changed or len(self.events) != before


def _load(path: Path) -> Failures:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Failures(path)
    except (OSError, ValueError):
        # a damaged file: start again, but never silently: the damage itself becomes an event
        fresh = Failures(path)
        fresh.event("?", utcnow(), "filen med mislykkede oplåsninger var beskadiget")
        return fresh
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return Failures(path)
    users = data.get("users") if isinstance(data.get("users"), dict) else {}
    events = data.get("events") if isinstance(data.get("events"), list) else []
    return Failures(path, dict(users or {}), [e for e in events or [] if isinstance(e, dict)])


def _save(state: Failures) -> None:
    body = json.dumps({"format": FORMAT, "users": state.users, "events": state.events}, indent=1, sort_keys=True)
    files.write_private_atomic(state.path, body)


@contextmanager
def locked(db_path: str | Path) -> Iterator[Failures]:
    """The failures of ``db_path``, read and (when changed) written back under an exclusive lock."""
    path = failures_file(db_path)
    lock_fd: int | None = None
    try:
        lock_fd = os.open(keyfile_for(db_path), os.O_RDONLY)
        import fcntl

        fcntl.flock(lock_fd, fcntl.LOCK_EX)
    except (ImportError, OSError):
        pass  # no flock (Windows) or no key file: best effort
    try:
        state = _load(path)
        yield state
        if state.changed:
            _save(state)
    finally:
        if lock_fd is not None:
            os.close(lock_fd)


def pending(db_path: str | Path) -> list[dict[str, Any]]:
    """The events not yet written to the audit log."""
    path = failures_file(db_path)
    if not path.exists():
        return []
    with locked(db_path) as state:
        return list(state.events)
