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
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from planner_gui.domain.codes import AUDIT_ACTIONS as ACTIONS
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.storage import anchors
from planner_gui.storage.tables import AuditEntry, AuditPurge, utcnow

GENESIS = "0" * 64
_HEAD = "planner_audit_head"  # Session.info: (seq, hash, ts) of the newest entry this transaction wrote
_DUE = "planner_audit_anchor_due"  # Session.info: why the head is anchored after the commit
_LISTENING = "planner_audit_listening"


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
    detail_text = (
        details
        if isinstance(details, str)
        else json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    )
    cref = str(citizen_ref) if citizen_ref is not None else None
    if session.get_bind().dialect.name == "postgresql":
        # the team database: appended by the server's SECURITY DEFINER function (no role may INSERT directly),
        # under an advisory lock so two writers never fork the chain, in the caller's name only
        row = session.execute(
            sql_text("SELECT seq, ts, hash FROM planner_audit_append(:u, :a, :e, :eid, :c, :r, :d)"),
            {"u": user, "a": action, "e": entity, "eid": str(entity_id), "c": cref, "r": reason, "d": detail_text},
        ).one()
        _schedule_anchor(session, int(row.seq), str(row.hash), row.ts, action)
        return
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    seq = (last.seq + 1) if last else 1
    ts = utcnow()
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
            hash=(digest := _digest(prev_hash, seq, ts, fields)),
        )
    )
    _schedule_anchor(session, seq, digest, ts, action)


def _schedule_anchor(session: Session, seq: int, digest: str, ts: dt.datetime, action: str) -> None:
    """Remember the head; anchor it outside the database after the commit when the action or the count calls for it.

    Written only after the commit (a rolled-back transaction's head was never part of the log)."""
    info = session.info
    if not info.get(_LISTENING):
        info[_LISTENING] = True
        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_rollback", _after_rollback)
    info[_HEAD] = (seq, digest, ts)
    if action in anchors.ANCHOR_ACTIONS or seq % anchors.EVERY == 0:
        info[_DUE] = action if action in anchors.ANCHOR_ACTIONS else f"{anchors.EVERY} poster"


def _after_commit(session: Session) -> None:
    head = session.info.pop(_HEAD, None)
    why = session.info.pop(_DUE, None)
    if head is None or why is None:
        return
    try:
        anchors.append(anchors.identity(session.get_bind().engine.url), head[0], head[1], head[2], why)
    except Exception as err:  # the user's action has committed: a missing anchor is reported, never raised
        logging.getLogger(__name__).warning("audit anchor not written (%s)", type(err).__name__)


def _after_rollback(session: Session) -> None:
    session.info.pop(_HEAD, None)
    session.info.pop(_DUE, None)


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
                return Broken(e.seq, QT_TRANSLATE_NOOP("Meddelelser", "første post peger ikke på kædens begyndelse"))
            if e.seq != 1 and _anchors(session).get(e.seq - 1) != e.prev_hash:
                return Broken(
                    e.seq,
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "post 1..{last} mangler, og ingen sletningspost (purge) dækker dem"
                    ).format(last=e.seq - 1),
                )
        elif e.prev_hash != prev_hash:
            return Broken(
                e.seq,
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "forrige hash passer ikke (en post før denne er ændret eller slettet)"
                ),
            )
        if prev_seq is not None and e.seq != prev_seq + 1:
            return Broken(
                e.seq,
                QT_TRANSLATE_NOOP("Meddelelser", "post {first}..{last} mangler (slettet)").format(
                    first=prev_seq + 1, last=e.seq - 1
                ),
            )
        fields = _fields(e.user, e.action, e.entity, e.entity_id, e.citizen_ref, e.reason, e.details)
        if _digest(e.prev_hash, e.seq, e.ts, fields) != e.hash:
            return Broken(e.seq, QT_TRANSLATE_NOOP("Meddelelser", "indholdet er ændret efter det blev skrevet"))
        prev_hash, prev_seq = e.hash, e.seq
    return check_permits(session)


def check_permits(session: Session) -> Broken | None:
    """Every permit in ``audit_purges`` must match a purge entry of the chain (its ``op_til`` and ``anker``).

    ``audit_purges`` accepts any INSERT, and its newest ``up_to_seq`` switches the DELETE trigger off below it, so a
    permit inserted behind the app's back would let entries vanish (from the end, too). A permit whose purge entry is
    gone is accepted only below a permit that does match: a later purge removed the earlier purge's entry."""
    purges = _anchors(session)
    permits = session.execute(
        select(AuditPurge.id, AuditPurge.up_to_seq, AuditPurge.anchor_hash).order_by(AuditPurge.id)
    ).all()
    top = max((p.up_to_seq for p in permits if purges.get(p.up_to_seq) == p.anchor_hash), default=0)
    for p in permits:
        if purges.get(p.up_to_seq) == p.anchor_hash or p.up_to_seq < top:
            continue
        return Broken(
            top + 1,
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "tilladelsen til at slette logposter op til post {seq} (audit_purges nr. {id}) svarer ikke til "
                "nogen sletningspost (purge) i kæden: den er indsat uden om appen, og poster kan være slettet med den",
            ).format(seq=p.up_to_seq, id=p.id),
        )
    return None


def check_anchors(session: Session, found: Iterable[anchors.Anchor]) -> tuple[Broken | None, anchors.Anchor | None]:
    """Check the chain against the anchors written outside the database (see :mod:`planner_gui.storage.anchors`).

    Returns the first anchor that no longer matches, as a :class:`Broken` naming the last anchor written before it
    that still matches, and the newest matching anchor. Run after :func:`verify`, on an internally intact chain."""
    by_file: dict[str, list[anchors.Anchor]] = {}
    for a in found:
        by_file.setdefault(str(a.source), []).append(a)
    if not by_file:
        return None, None
    first = session.scalar(select(func.min(AuditEntry.seq)))
    last = session.scalar(select(func.max(AuditEntry.seq)))
    purges = _anchors(session)
    wanted = sorted({a.seq for group in by_file.values() for a in group if first is not None and a.seq >= first})
    held: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        q = select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.seq.in_(wanted[i : i + 500]))
        held.update((int(seq), str(h)) for seq, h in session.execute(q))
    newest: anchors.Anchor | None = None
    for group in by_file.values():
        last_ok: anchors.Anchor | None = None
        for a in group:
            why: str = ""
            if last is None or a.seq > last:
                end = (
                    QT_TRANSLATE_NOOP("Meddelelser", "den ender nu ved post {last}").format(last=last)
                    if last is not None
                    else QT_TRANSLATE_NOOP("Meddelelser", "den er nu tom")
                )
                why = QT_TRANSLATE_NOOP(
                    "Meddelelser", "loggen er afkortet: ankeret skrevet {written} viser at post {seq} fandtes; {end}"
                ).format(written=a.written, seq=a.seq, end=end)
            elif first is not None and a.seq >= first:
                if held.get(a.seq) != a.hash:
                    why = QT_TRANSLATE_NOOP(
                        "Meddelelser",
                        "loggen er omskrevet (eller afkortet og skrevet videre): posten er ikke den, der blev "
                        "forankret {written}",
                    ).format(written=a.written)
            elif a.seq in purges and purges[a.seq] != a.hash:
                why = QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "loggen er omskrevet: sletningsposten (purge) passer ikke med ankeret skrevet {written}",
                ).format(written=a.written)
            if why:
                since = (
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "sidste anker der stadig passer: post {seq}, skrevet {written}"
                    ).format(seq=last_ok.seq, written=last_ok.written)
                    if last_ok is not None
                    else QT_TRANSLATE_NOOP("Meddelelser", "intet tidligere anker passer")
                )
                reason = QT_TRANSLATE_NOOP("Meddelelser", "{why} ({since}; ankerfil {source}, linje {line})").format(
                    why=why, since=since, source=a.source, line=a.line
                )
                return Broken(a.seq, reason), newest
            last_ok = a
            if newest is None or a.seq > newest.seq:
                newest = a
    return None, newest


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
