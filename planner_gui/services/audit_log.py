"""Reading the audit log: verify the chain, export entries (for an administrator or a citizen's request), and its
retention: entries older than the retention period (at least 6 months, ``settings`` key ``audit_retention_months``)
are purged with a purge record (see :func:`planner_gui.storage.audit.purge`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.audit_text import describe
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import NotFound, UserError
from planner_gui.services.auth import Actor
from planner_gui.services.files import place_with_entry
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import anchors, audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen, Setting, utcnow

RETENTION_SETTING = "audit_retention_months"
MIN_RETENTION_MONTHS = 6
DEFAULT_RETENTION_MONTHS = 6

#: ``beskrivelse``: the entry as a Danish sentence (:func:`~planner_gui.domain.audit_text.describe`); ``detaljer``: the
#: details as the service wrote them (the evidence, JSON)
AUDIT_COLUMNS = (
    "tidspunkt",
    "bruger",
    "handling",
    "emne",
    "id",
    "borger",
    "begrundelse",
    "beskrivelse",
    "detaljer",
)


@dataclass(frozen=True)
class Verification:
    """The result of ``audit verify``: the first break (None when intact), the anchors checked and where."""

    broken: audit.Broken | None
    anchor_count: int
    newest: anchors.Anchor | None
    files: tuple[Path, ...]
    problems: tuple[str, ...]


def verify_all(db: Database, actor: Actor) -> Verification:
    """Check the hash chain, the purge permits, and the chain against every anchor kept outside the database."""
    require(
        actor,
        Permission.VIEW_AUDIT,
        QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan kontrollere revisionssporet"),
    )
    ident = anchors.identity(db.url)
    found, problems = anchors.read(ident)
    files = tuple(f for f in anchors.anchor_files(ident) if f.exists())
    with db.read() as s:
        broken = audit.verify(s)
        newest = None
        if broken is None:
            broken, newest = audit.check_anchors(s, found)
    return Verification(broken, len(found), newest, files, tuple(problems))


def verify_chain(db: Database, actor: Actor) -> audit.Broken | None:
    return verify_all(db, actor).broken


def _parse_date(text: str | None, what: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{what}: {text!r} er ikke en dato (brug ÅÅÅÅ-MM-DD)").format(
                what=what, text=text
            )
        ) from None


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
            describe(e.action, e.entity, e.details),
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
    require(
        actor,
        Permission.VIEW_AUDIT,
        QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan eksportere revisionssporet"),
    )
    d_from, d_to = _parse_date(date_from, "--from"), _parse_date(date_to, "--to")
    if not path.parent.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: mappen {parent} findes ikke").format(
                path=path, parent=path.parent
            )
        )
    with db.read() as s:
        citizen_id = None
        if cpr is not None:
            digits = cprmod.normalize(cpr)
            citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == digits))
            if citizen_id is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Meddelelser", "ingen borger med CPR-nummer {digits}").format(
                        digits=cprmod.Cpr(digits)
                    )
                )
        wb, n = audit_workbook(s, citizen_id=citizen_id, d_from=d_from, d_to=d_to)
    from planner_gui.storage import files as private  # begun entry first; written in the private scratch folder

    with db.write() as s:
        audit.record(
            s,
            actor.initials,
            "export",
            entity="audit_log",
            citizen_ref=citizen_id,
            details={"status": "begyndt", "fil": path.name, "mappe": str(path.resolve().parent)},
        )
    tmp = private.scratch_path(path.name)
    try:
        try:
            wb.save(tmp)
        except OSError as err:
            raise private.os_error(err, path) from err
        place_with_entry(
            db,
            tmp,
            path,
            lambda s: audit.record(
                s,
                actor.initials,
                "export",
                entity="audit_log",
                citizen_ref=citizen_id,
                details={"status": "fuldført", "fil": path.name, "poster": n},
            ),
        )
    finally:
        tmp.unlink(missing_ok=True)
    return n


def retention_months(db: Database) -> int:
    with db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == RETENTION_SETTING))
    try:
        return max(MIN_RETENTION_MONTHS, int(value)) if value is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(db: Database, actor: Actor, months: int) -> None:
    require(
        actor,
        Permission.PURGE_AUDIT,
        QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan ændre opbevaringstiden for revisionssporet"),
    )
    if months < MIN_RETENTION_MONTHS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "revisionssporet skal opbevares i mindst {min_retention_months} måneder"
            ).format(min_retention_months=MIN_RETENTION_MONTHS)
        )
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
    require(actor, Permission.PURGE_AUDIT)
    months = retention_months(db)
    cutoff = _months_before(now or utcnow(), months)
    with db.write() as s:
        return audit.purge(s, actor.initials, cutoff)


def record_refusal(
    db: Database, actor: Actor, command: str, shown: str, reason: str, *, cpr: str | None = None
) -> None:
    """A command refused to a logged-in user (permission denied, no reason stated) as an audit row ``refused``:
    ``command`` is what was refused (``export``, ``audit purge``), ``shown`` the command as typed, and the citizen is
    noted when ``cpr`` names one that is held."""
    with db.write() as s:
        citizen = None
        if cpr:
            try:
                citizen = s.scalar(select(Citizen.id).where(Citizen.cpr == cprmod.normalize(cpr)))
            except UserError:
                citizen = None
        audit.record(
            s,
            actor.initials,
            "refused",
            entity="kommando",
            entity_id=command,
            citizen_ref=citizen,
            reason=reason[:500],
            details={"kommando": shown},
        )


# ---------------------------------------------------------------------------------------------- the audit viewer
# (added for the desktop app's "Revisionsspor" page: filters, keyset paging, citizens shown by CPR or pseudonym)


@dataclass(frozen=True)
class AuditFilter:
    """What the administrator's audit viewer shows. Times are UTC (as stored); ``cpr`` is a CPR number or a
    pseudonym left by a deletion."""

    user: str = ""
    action: str = ""
    cpr: str = ""
    since: dt.datetime | None = None
    before: dt.datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: dt.datetime  # UTC
    user: str
    action: str
    entity: str
    entity_id: str
    citizen: str  # the CPR number (formatted) when the citizen exists, their pseudonym after a deletion, or ''
    reason: str
    details: str


def _citizen_filter(s: Session, cpr: str) -> str | None:
    """The citizen_ref for a typed CPR number or pseudonym; raises NotFound when there is no such citizen."""
    text = cpr.strip()
    if text[:1].isalpha():
        citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == text.upper()))
    else:
        digits = cprmod.normalize(text)
        citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == digits))
    if citizen_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "ingen borger med CPR-nummer {text}").format(text=text))
    return str(citizen_id)


def _filtered(s: Session, f: AuditFilter) -> Any:
    q = select(AuditEntry)
    if f.user.strip():
        q = q.where(AuditEntry.user == f.user.strip().lower())
    if f.action.strip():
        q = q.where(AuditEntry.action == f.action.strip())
    if f.cpr.strip():
        q = q.where(AuditEntry.citizen_ref == _citizen_filter(s, f.cpr))
    if f.since is not None:
        q = q.where(AuditEntry.ts >= f.since)
    if f.before is not None:
        q = q.where(AuditEntry.ts < f.before)
    return q


def search_audit(db: Database, actor: Actor, f: AuditFilter) -> int:
    """The viewer's "show" action: how many entries match; the viewing itself is logged (one entry per search)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.write() as s:
        q = _filtered(s, f)
        n = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        audit.record(
            s,
            actor.initials,
            "search",
            entity="audit_log",
            details={
                k: v
                for k, v in {
                    "bruger": f.user,
                    "handling": f.action,
                    "borger": "ja" if f.cpr else "",
                    "fra": f.since.isoformat(timespec="seconds") if f.since else "",
                    "til": f.before.isoformat(timespec="seconds") if f.before else "",
                    "fundet": n,
                }.items()
                if v != ""
            },
        )
        n = s.scalar(select(func.count()).select_from(q.subquery())) or 0  # the viewing's own entry may match
    return int(n)


def audit_page(
    db: Database, actor: Actor, f: AuditFilter, *, before_seq: int | None = None, limit: int = 200
) -> list[AuditRow]:
    """One page of matching entries, newest first, older than ``before_seq`` (keyset paging: never all at once)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as s:
        q = _filtered(s, f)
        if before_seq is not None:
            q = q.where(AuditEntry.seq < before_seq)
        entries = list(s.scalars(q.order_by(AuditEntry.seq.desc()).limit(limit)))
        refs: dict[uuid.UUID, str] = {}
        for e in entries:
            if e.citizen_ref:
                try:
                    refs[uuid.UUID(e.citizen_ref)] = ""
                except ValueError:
                    continue
        if refs:
            for cid, cpr in s.execute(select(Citizen.id, Citizen.cpr).where(Citizen.id.in_(list(refs)))):
                refs[cid] = cpr if cpr[:1].isalpha() else cprmod.Cpr(cpr).formatted()

        def citizen(ref: str | None) -> str:
            if not ref:
                return ""
            try:
                return refs.get(uuid.UUID(ref), "") or ref
            except ValueError:
                return ref

        return [
            AuditRow(e.seq, e.ts, e.user, e.action, e.entity, e.entity_id, citizen(e.citizen_ref), e.reason, e.details)
            for e in entries
        ]
