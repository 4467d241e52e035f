"""The append-only, hash-chained audit log.

Every entry stores the hash of the previous entry; the hash covers every field, so editing or deleting a row behind
the app's back breaks the chain at that row, which :func:`verify` names. Rows are written in the same transaction as
the change they record (the caller's session), inside a ``BEGIN IMMEDIATE`` write transaction, so writers extend the
chain one at a time.

Retention (:func:`purge`): entries older than the retention period are deleted from the front of the chain, in one
transaction that first appends a ``purge`` entry naming the last purged entry's seq and hash (the new anchor) and
inserts a permit into ``audit_purges``; the database's DELETE trigger refuses every row above the newest permit.
:func:`verify` accepts a chain that starts after seq 1 only when a (hash-protected) purge entry anchors it exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from planner_gui.storage.tables import AuditEntry, AuditPurge, utcnow

GENESIS = "0" * 64
ACTIONS = (
    "login",
    "login_failed",
    "logout",
    "search",
    "view",
    "create",
    "update",
    "delete",
    "export",
    "import",
    "print",
    "report",
    "purge",
    "system",
)


def _digest(prev_hash: str, seq: int, ts: dt.datetime, fields: Iterable[str]) -> str:
    h = hashlib.sha256()
    h.update(prev_hash.encode())
    h.update(f"\x1f{seq}\x1f{ts.isoformat(timespec='microseconds')}".encode())
    for value in fields:
        h.update(b"\x1f")
        h.update(value.encode("utf-8"))
    return h.hexdigest()


def _fields(
    user: str, action: str, entity: str, entity_id: str, citizen_ref: str | None, reason: str, details: str
) -> tuple[str, ...]:
    return (user, action, entity, entity_id, citizen_ref or "", reason, details)


def record(
    session: Session,
    user: str,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    citizen_ref: object | None = None,
    reason: str = "",
    details: dict[str, Any] | str | None = None,
) -> None:
    """Append one entry to the audit log, in the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    seq = (last.seq + 1) if last else 1
    ts = utcnow()
    detail_text = (
        details
        if isinstance(details, str)
        else json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    )
    cref = str(citizen_ref) if citizen_ref is not None else None
    fields = _fields(user, action, entity, str(entity_id), cref, reason, detail_text)
    session.execute(
        insert(AuditEntry).values(
            seq=seq,
            ts=ts,
            user=user,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            citizen_ref=cref,
            reason=reason,
            details=detail_text,
            prev_hash=prev_hash,
            hash=_digest(prev_hash, seq, ts, fields),
        )
    )


@dataclass(frozen=True)
class Broken:
    seq: int
    why: str


def _anchors(session: Session) -> dict[int, str]:
    """seq of the last purged entry -> its hash, from the purge entries still in the chain."""
    out: dict[int, str] = {}
    for text in session.scalars(select(AuditEntry.details).where(AuditEntry.action == "purge")):
        try:
            data = json.loads(text)
            out[int(data["op_til"])] = str(data["anker"])
        except (ValueError, KeyError, TypeError):
            continue  # a damaged purge entry fails its own hash check below
    return out


def verify(session: Session, batch: int = 50_000) -> Broken | None:
    """Walk the chain; return the first broken entry, or None when it is intact."""
    prev_hash: str | None = None
    prev_seq: int | None = None
    result = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in result.yield_per(batch):
        if prev_hash is None:  # the first entry: the genesis, or the anchor a purge left
            if e.seq == 1 and e.prev_hash != GENESIS:
                return Broken(e.seq, "første post peger ikke på kædens begyndelse")
            if e.seq != 1 and _anchors(session).get(e.seq - 1) != e.prev_hash:
                return Broken(e.seq, f"post 1..{e.seq - 1} mangler, og ingen sletningspost (purge) dækker dem")
        elif e.prev_hash != prev_hash:
            return Broken(e.seq, "forrige hash passer ikke (en post før denne er ændret eller slettet)")
        if prev_seq is not None and e.seq != prev_seq + 1:
            return Broken(e.seq, f"post {prev_seq + 1}..{e.seq - 1} mangler (slettet)")
        fields = _fields(e.user, e.action, e.entity, e.entity_id, e.citizen_ref, e.reason, e.details)
        if _digest(e.prev_hash, e.seq, e.ts, fields) != e.hash:
            return Broken(e.seq, "indholdet er ændret efter det blev skrevet")
        prev_hash, prev_seq = e.hash, e.seq
    return None


def purge(session: Session, user: str, before: dt.datetime) -> int:
    """Delete the entries (from the front of the chain) written before ``before``; returns how many.

    Appends the ``purge`` entry (the new anchor) and the permit the DELETE trigger checks, in the caller's transaction.
    """
    first_kept = session.scalar(select(func.min(AuditEntry.seq)).where(AuditEntry.ts >= before))
    last_seq = session.scalar(select(func.max(AuditEntry.seq)))
    if last_seq is None:
        return 0
    up_to = (first_kept - 1) if first_kept is not None else last_seq
    first = session.scalar(select(func.min(AuditEntry.seq)))
    if first is None or up_to < first:
        return 0
    anchor = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == up_to))
    assert anchor is not None
    count = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.seq <= up_to)) or 0
    record(
        session,
        user,
        "purge",
        entity="audit_log",
        details={"op_til": up_to, "anker": anchor, "antal": count, "foer": before.isoformat(timespec="seconds")},
    )
    session.execute(insert(AuditPurge).values(ts=utcnow(), user=user, up_to_seq=up_to, anchor_hash=anchor))
    session.execute(delete(AuditEntry).where(AuditEntry.seq <= up_to))
    return count
