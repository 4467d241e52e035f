"""Reading the audit log: verify the chain, export entries (for an administrator or a citizen's request)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

from planner_gui.domain import cpr as cprmod
from planner_gui.errors import NotFound, PermissionDenied, UserError
from planner_gui.services.auth import Actor
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen

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


def export_audit(db: Database, actor: Actor, path: Path, *, cpr: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> int:
    from openpyxl import Workbook

    from planner_gui.xlsx import safe_row

    if not actor.is_admin:
        raise PermissionDenied("kun en administrator kan eksportere revisionssporet")
    d_from, d_to = _parse_date(date_from, "--from"), _parse_date(date_to, "--to")
    if not path.parent.exists():
        raise UserError(f"{path}: mappen {path.parent} findes ikke")
    with db.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.seq)
        citizen_id = None
        if cpr is not None:
            digits = cprmod.normalize(cpr)
            citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == digits))
            if citizen_id is None:
                raise NotFound(f"ingen borger med CPR-nummer {cprmod.Cpr(digits)}")
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
            ws.append(safe_row(ws, (e.ts.replace(microsecond=0), e.user, e.action, e.entity, e.entity_id,
                                    e.citizen_ref or "", e.reason, e.details)))
            n += 1
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        with db.write() as s:
            audit.record(s, actor.initials, "export", entity="audit_log", citizen_ref=citizen_id,
                         details={"fil": path.name, "poster": n})
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return n
