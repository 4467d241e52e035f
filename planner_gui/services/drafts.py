"""Drafts: what a caseworker is typing, kept every few seconds, offered back after a crash.

A draft belongs to one citizen, one user (the author) and one kind of screen (``kind``: ``plan`` for the plan editor,
``note`` for a journal note, ...); there is at most one per (citizen, user, kind). The payload is any JSON value the
screen chooses (the plan editor stores :meth:`planner_gui.services.plans.PlanDraft.to_json`, whose plan-specific
helpers use this same table with ``kind="plan"``).

API for the screens:
- ``save_draft(db, actor, citizen_id, kind, payload)``: keep it (insert or replace); call it on a timer (every few
  seconds while there are unsaved edits), never on every key stroke.
- ``load_draft(db, actor, citizen_id, kind) -> DraftRow | None``: when the citizen is opened; if a draft is there,
  offer "Gendan det, du var i gang med (gemt <time>)?".
- ``discard_draft(db, actor, citizen_id, kind) -> bool``: after a successful save, or when the user declines the
  offer.
- ``list_drafts(db, actor) -> tuple[DraftRow, ...]``: the user's drafts, newest first (after a crash the app can list
  them at start-up).

Decisions:
- No audit row. A draft is its author's own unsaved text: only its author can read it (every function filters on the
  actor's initials) and it changes no case data. The save that makes it case data is audited by the service doing
  it. Auditing each autosave would put thousands of rows a day in the hash chain and say nothing.
- A draft goes when its citizen is deleted (``ON DELETE CASCADE``), so the citizen's right to erasure covers it.
- A payload that cannot be read back (written by an older version) is treated as no draft; never an error.
- Each call is one short transaction. A save that fails (full disk, locked) raises :class:`StorageError`; the editor
  keeps the text on screen and tries again at the next tick.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from planner_gui.errors import NotFound, ValidationError
from planner_gui.services.auth import Actor
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Citizen, Draft, utcnow

MAX_PAYLOAD_CHARS = 2_000_000
_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class DraftRow:
    citizen_id: uuid.UUID
    kind: str
    payload: Any  # the JSON value saved
    updated_at: dt.datetime  # UTC


def _kind(kind: str) -> str:
    if not isinstance(kind, str) or not _KIND_RE.match(kind):
        raise ValidationError(f"ukendt kladdetype {kind!r}")
    return kind


def _encode(payload: Any) -> str:
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as err:
        raise ValidationError(f"kladden kan ikke gemmes: {err}") from None
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError(f"kladden er for stor (højst {MAX_PAYLOAD_CHARS:,} tegn)".replace(",", "."))
    return text


def _decode(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except ValueError:
        return False, None


def save_draft(db: Database, actor: Actor, citizen_id: uuid.UUID, kind: str, payload: Any) -> None:
    """Keep the draft (insert or replace). Not audited (see the module docstring)."""
    kind = _kind(kind)
    text = _encode(payload)
    with db.write() as s:
        if s.get(Citizen, citizen_id) is None:
            raise NotFound("borgeren findes ikke (længere); kladden blev ikke gemt")
        row = s.scalar(
            select(Draft).where(Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == kind)
        )
        if row is None:
            s.add(Draft(citizen_id=citizen_id, user=actor.initials, kind=kind, payload=text, updated_at=utcnow()))
        else:
            row.payload = text
            row.updated_at = utcnow()


def load_draft(db: Database, actor: Actor, citizen_id: uuid.UUID, kind: str) -> DraftRow | None:
    kind = _kind(kind)
    with db.read() as s:
        row = s.execute(
            select(Draft.payload, Draft.updated_at).where(
                Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == kind
            )
        ).first()
    if row is None:
        return None
    ok, value = _decode(row.payload)
    return DraftRow(citizen_id, kind, value, row.updated_at) if ok else None


def discard_draft(db: Database, actor: Actor, citizen_id: uuid.UUID, kind: str) -> bool:
    """Remove the draft; True when there was one."""
    kind = _kind(kind)
    with db.write() as s:
        result = s.execute(
            delete(Draft).where(Draft.citizen_id == citizen_id, Draft.user == actor.initials, Draft.kind == kind)
        )
        return bool(getattr(result, "rowcount", 0))


def list_drafts(db: Database, actor: Actor) -> tuple[DraftRow, ...]:
    """The actor's drafts, newest first (unreadable ones left out)."""
    with db.read() as s:
        rows = s.execute(
            select(Draft.citizen_id, Draft.kind, Draft.payload, Draft.updated_at)
            .where(Draft.user == actor.initials)
            .order_by(Draft.updated_at.desc())
        ).all()
    out = []
    for r in rows:
        ok, value = _decode(r.payload)
        if ok:
            out.append(DraftRow(r.citizen_id, r.kind, value, r.updated_at))
    return tuple(out)
