"""Reading the audit log: verify the chain, export entries (for an administrator or a citizen's request), and its
retention: entries older than the retention period (at least 6 months, ``settings`` key ``audit_retention_months``)
are purged with a purge record (see :func:`planner_gui.storage.audit.purge`)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.errors import NotFound, PermissionDenied, UserError
from planner_gui.services.auth import Actor
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen, Setting, utcnow

RETENTION_SETTING = "audit_retention_months"
MIN_RETENTION_MONTHS = 6
DEFAULT_RETENTION_MONTHS = 6

AUDIT_COLUMNS = ("tidspunkt", "bruger", "handling", "emne", "id", "borger", "begrundelse", "detaljer")


def verify_chain(db: Database, actor: Actor) -> audit.Broken | None:
    if not actor.is_admin:
        raise PermissionDenied("kun en administrator kan kontrollere revisionssporet")
    with db.read() as s:
        return audit.verify(s)


def _parse_date(text: str | None, what: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what}: {text!r} er ikke en dato (brug ÅÅÅÅ-MM-DD)") from None


def audit_workbook(
    s: Session,
    *,
    citizen_id: uuid.UUID | None = None,
    d_from: dt.date | None = None,
    d_to: dt.date | None = None,
) -> tuple[Any, int]:
    """A write-only workbook of the entries (about one citizen, within dates); returns it and the entry count."""
    from openpyxl import Workbook

    from planner_gui.xlsx import safe_row

    q = select(AuditEntry).order_by(AuditEntry.seq)
    if citizen_id is not None:
        q = q.where(AuditEntry.citizen_ref == str(citizen_id))
    if d_from:
        q = q.where(AuditEntry.ts >= dt.datetime.combine(d_from, dt.time()))
    if d_to:
        q = q.where(AuditEntry.ts < dt.datetime.combine(d_to + dt.timedelta(days=1), dt.time()))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("log")
    ws.append(list(AUDIT_COLUMNS))
    n = 0
    for e in s.execute(q.execution_options(yield_per=10_000)).scalars():
        row = (
            e.ts.replace(microsecond=0),
            e.user,
            e.action,
            e.entity,
            e.entity_id,
            e.citizen_ref or "",
            e.reason,
            e.details,
        )
        ws.append(safe_row(ws, row))
        n += 1
    return wb, n


def export_audit(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    cpr: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> int:
    if not actor.is_admin:
        raise PermissionDenied("kun en administrator kan eksportere revisionssporet")
    d_from, d_to = _parse_date(date_from, "--from"), _parse_date(date_to, "--to")
    if not path.parent.exists():
        raise UserError(f"{path}: mappen {path.parent} findes ikke")
    with db.read() as s:
        citizen_id = None
        if cpr is not None:
            digits = cprmod.normalize(cpr)
            citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == digits))
            if citizen_id is None:
                raise NotFound(f"ingen borger med CPR-nummer {cprmod.Cpr(digits)}")
        wb, n = audit_workbook(s, citizen_id=citizen_id, d_from=d_from, d_to=d_to)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        with db.write() as s:
            audit.record(
                s,
                actor.initials,
                "export",
                entity="audit_log",
                citizen_ref=citizen_id,
                details={"fil": path.name, "poster": n},
            )
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return n


def retention_months(db: Database) -> int:
    with db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == RETENTION_SETTING))
    try:
        return max(MIN_RETENTION_MONTHS, int(value)) if value is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(db: Database, actor: Actor, months: int) -> None:
    if not actor.is_admin:
        raise PermissionDenied("kun en administrator kan ændre opbevaringstiden for revisionssporet")
    if months < MIN_RETENTION_MONTHS:
        raise UserError(f"revisionssporet skal opbevares i mindst {MIN_RETENTION_MONTHS} måneder")
    with db.write() as s:
        row = s.get(Setting, RETENTION_SETTING)
        if row is None:
            s.add(Setting(key=RETENTION_SETTING, value=str(months)))
        else:
            row.value = str(months)
        audit.record(
            s, actor.initials, "update", entity="setting", entity_id=RETENTION_SETTING, details={"maaneder": months}
        )


def _months_before(now: dt.datetime, months: int) -> dt.datetime:
    year, month = divmod(now.year * 12 + (now.month - 1) - months, 12)
    day = min(now.day, 28)
    return now.replace(year=year, month=month + 1, day=day)


def purge_expired(db: Database, actor: Actor, *, now: dt.datetime | None = None) -> int:
    """Delete audit entries older than the retention period; the purge itself is logged. Returns how many."""
    if not actor.is_admin:
        raise PermissionDenied("kun en administrator kan slette gamle logposter")
    months = retention_months(db)
    cutoff = _months_before(now or utcnow(), months)
    with db.write() as s:
        return audit.purge(s, actor.initials, cutoff)
