"""The citizen's rights: access to everything held about them ("aktindsigt") and deletion when it is no longer needed.

Aktindsigt (:func:`access_request`): one action writes a folder with the interchange workbook of the citizen, a
workbook with the plan (own goal, job goal, next step, handover note), the sub-goals and every note (incl. handover
notes), the audit entries about them and (when the desktop app passes its printer) the plan as PDF; the request
itself is logged.
An audit entry "begun" is committed first; the folder is built in the private scratch folder in the user's data
folder (never beside the target) and moved into place, with the "completed" entry, only when complete. The
workbook is the interchange engine's (:func:`planner_gui.interchange.write.write_workbook_file`, one citizen's rows).

Retention (:func:`citizens_due_for_deletion`, :func:`delete_citizen`): a citizen whose last case activity (the latest
end of a benefit period or effort, exit, measurement or note) lies more than ``citizen_retention_years`` (a setting,
default 5) years back, and who has nothing ongoing, is listed for deletion. Deletion removes every row about the
citizen (plan, sub-goals, benefit periods, assignments, efforts, hours, measurements, exits, notes, drafts: every
table with a ``citizen_id``), blanks the names and replaces the CPR number by a pseudonym that can never be a CPR
number (it starts with a letter), and leaves one audit entry under the pseudonym. The database runs with
``secure_delete``, so the deleted text is overwritten in the file, not just unlinked.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, Uuid, delete, func, select, union_all
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import NotFound, PermissionDenied, UserError
from planner_gui.interchange.write import write_workbook_file
from planner_gui.services.audit_log import audit_workbook
from planner_gui.services.auth import Actor
from planner_gui.services.files import place_with_entry
from planner_gui.services.permissions import Permission, can, check_citizen_access, require
from planner_gui.storage import audit, files
from planner_gui.storage.db import Database
from planner_gui.storage.tables import (
    Base,
    BenefitPeriod,
    Citizen,
    Effort,
    Exit,
    Measurement,
    Note,
    Plan,
    Setting,
    SubGoal,
    utcnow,
)

RETENTION_SETTING = "citizen_retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
WORKBOOK_NAME = "borgerens-data.xlsx"
AUDIT_NAME = "logbog.xlsx"
PLAN_WORKBOOK_NAME = "plan-og-notater.xlsx"
PLAN_NAME = "min-plan.pdf"
README_NAME = "LÆS MIG.txt"


@dataclass(frozen=True)
class AccessResult:
    folder: Path
    files: tuple[str, ...]
    audit_entries: int


@dataclass(frozen=True)
class DueCitizen:
    citizen_id: uuid.UUID
    cpr: str  # formatted DDMMYY-SSSS
    name: str
    last_activity: dt.date


# ---------------------------------------------------------------------------------------------------- aktindsigt


def access_request(
    db: Database,
    actor: Actor,
    cpr: str,
    folder: str | Path,
    *,
    reason: str = "",
    plan_pdf: Callable[[Path], object] | None = None,
) -> AccessResult:
    """Write everything held about one citizen into ``folder`` (which must not exist yet): the interchange workbook
    of CONTRACT §2 for the citizen, the plan and notes, the audit extract (administrators), the Min plan PDF when
    ``plan_pdf`` draws it, and a read-me. One action, logged as one export: a "begyndt" row committed before any
    personal data touches the disk (a killed request still leaves its trace), everything read in one snapshot, and
    the "fuldført" row committed with the folder moved into place."""
    require(actor, Permission.CITIZEN_ACCESS_REQUEST)
    folder = Path(folder)
    if folder.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{folder}: findes allerede; vælg en ny mappe til aktindsigten (intet blev skrevet)"
            ).format(folder=folder)
        )
    if not folder.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{folder}: mappen {parent} findes ikke").format(
                folder=folder, parent=folder.parent
            )
        )
    digits = cprmod.normalize(cpr)
    with db.read() as s:
        citizen_id = s.scalar(select(Citizen.id).where(Citizen.cpr == digits))
        if citizen_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Meddelelser", "ingen borger med CPR-nummer {digits} i databasen").format(
                    digits=cprmod.Cpr(digits)
                )
            )
        logged = check_citizen_access(s, actor, citizen_id, reason or "aktindsigt", Permission.CITIZEN_ACCESS_REQUEST)
        logged = logged or reason.strip()  # a reason given for one's own caseload is logged too
    with db.write() as s:  # committed before any personal data touches the disk
        audit.record(
            s,
            actor.initials,
            "export",
            entity="aktindsigt",
            entity_id=citizen_id,
            citizen_ref=citizen_id,
            reason=logged,
            details={"status": "begyndt", "mappe": str(folder.resolve())},
        )
    tmp = files.scratch_folder(folder.name)  # the private 0700 folder in the data folder, never beside the target
    try:
        with db.read() as s:
            write_workbook_file(s, tmp / WORKBOOK_NAME, citizen_id)
            plan_workbook(s, citizen_id).save(tmp / PLAN_WORKBOOK_NAME)
            # the audit extract shows other staff's views and internal reasons: an administrator's to hand out
            wb, entries = audit_workbook(s, citizen_id=citizen_id) if can(actor, Permission.VIEW_AUDIT) else (None, 0)
        written = [WORKBOOK_NAME, PLAN_WORKBOOK_NAME]
        if wb is not None:
            wb.save(tmp / AUDIT_NAME)
            written.append(AUDIT_NAME)
        if plan_pdf is not None:
            plan_pdf(tmp / PLAN_NAME)
            written.append(PLAN_NAME)
        (tmp / README_NAME).write_text(_readme(written, entries), encoding="utf-8")
        written.append(README_NAME)
        place_with_entry(  # the request is logged only if the folder is complete and in place
            db,
            tmp,
            folder,
            lambda s: audit.record(
                s,
                actor.initials,
                "export",
                entity="aktindsigt",
                entity_id=citizen_id,
                citizen_ref=citizen_id,
                reason=logged,
                details={"status": "fuldført", "mappe": folder.name, "filer": written},
            ),
            QT_TRANSLATE_NOOP("Meddelelser", "kunne ikke skrive aktindsigten"),
        )
    except OSError as err:
        raise files.os_error(err, folder, QT_TRANSLATE_NOOP("Meddelelser", "kunne ikke skrive aktindsigten")) from err
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return AccessResult(folder, tuple(written), entries)


def plan_workbook(s: Session, citizen_id: uuid.UUID) -> Any:
    """A write-only workbook with the citizen's plan, sub-goals and notes (safe text cells, dates dd-mm-åååå)."""
    from openpyxl import Workbook

    from planner_gui.domain.codes import SUBGOAL_STATUS_LABELS
    from planner_gui.xlsx import safe_row

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("plan")
    ws.append(safe_row(ws, ["Felt", "Indhold"]))
    plan = s.scalar(select(Plan).where(Plan.citizen_id == citizen_id))
    if plan is not None:
        for label, value in (
            ("Eget mål", plan.own_goal),
            ("Jobmål", plan.job_goal),
            ("Næste skridt", plan.next_step),
            ("Næste møde", format_date(plan.next_meeting)),
            ("Overdragelsesnote", plan.handover_note),
            ("Overdraget fra", plan.handover_from or ""),
            ("Senest ændret af", plan.updated_by or ""),
        ):
            ws.append(safe_row(ws, [label, value or ""]))
    ws = wb.create_sheet("delmaal")
    ws.append(safe_row(ws, ["Nr.", "Delmål", "Status", "Start", "Frist"]))
    for g in s.scalars(select(SubGoal).where(SubGoal.citizen_id == citizen_id).order_by(SubGoal.position)):
        status = SUBGOAL_STATUS_LABELS.get(g.status, g.status)
        ws.append(safe_row(ws, [g.position + 1, g.text, status, format_date(g.start), format_date(g.deadline)]))
    ws = wb.create_sheet("noter")
    ws.append(safe_row(ws, ["Dato", "Slags", "Tekst", "Skrevet af"]))
    kinds = {"note": "Note", "moede": "Møde", "overdragelse": "Overdragelse"}
    for n in s.scalars(select(Note).where(Note.citizen_id == citizen_id).order_by(Note.date, Note.id)):
        ws.append(safe_row(ws, [format_date(n.date), kinds.get(n.kind, n.kind), n.text, n.author or ""]))
    return wb


def _readme(files: list[str], entries: int) -> str:
    lines = [
        "Aktindsigt: alle oplysninger jobcentrets planlægningsværktøj har om dig.",
        "",
        f"{WORKBOOK_NAME}: dine oplysninger (ydelser, sagsbehandlere, indsatser, timer, målinger, afgange).",
        f"{PLAN_WORKBOOK_NAME}: din plan (dit eget mål, jobmål, næste skridt, overdragelsesnote), dine delmål og alle "
        "noter om din sag (også overdragelsesnoter).",
    ]
    if AUDIT_NAME in files:
        lines.append(
            f"{AUDIT_NAME}: hvem der har set eller ændret dine oplysninger, hvornår og hvorfor ({entries} poster)."
        )
    else:
        lines.append(
            "Logbogen (hvem der har set eller ændret dine oplysninger, hvornår og hvorfor) er ikke med: den udleveres "
            "af jobcentrets administrator. Bed om den hos jobcentret."
        )
    if PLAN_NAME in files:
        lines.append(f"{PLAN_NAME}: din plan.")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------- retention


def retention_years(db: Database) -> int:
    with db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == RETENTION_SETTING))
    try:
        return max(MIN_RETENTION_YEARS, int(value)) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, actor: Actor, years: int) -> None:
    require(actor, Permission.RETENTION)
    if years < MIN_RETENTION_YEARS:
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "opbevaringstiden skal være mindst {min_retention_years} år").format(
                min_retention_years=MIN_RETENTION_YEARS
            )
        )
    with db.write() as s:
        row = s.get(Setting, RETENTION_SETTING)
        if row is None:
            s.add(Setting(key=RETENTION_SETTING, value=str(years)))
        else:
            row.value = str(years)
        audit.record(s, actor.initials, "update", entity="setting", entity_id=RETENTION_SETTING, details={"aar": years})


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _activity(s: Session) -> tuple[dict[uuid.UUID, dt.date], set[uuid.UUID]]:
    """Per citizen: the latest dated case activity; and the citizens with something ongoing (no end date)."""
    dated = union_all(
        select(BenefitPeriod.citizen_id.label("cid"), BenefitPeriod.end.label("d")).where(
            BenefitPeriod.end.is_not(None)
        ),
        select(Effort.citizen_id, Effort.end).where(Effort.end.is_not(None)),
        select(Exit.citizen_id, Exit.date),
        select(Measurement.citizen_id, Measurement.date),
        select(Note.citizen_id, Note.date),
    ).subquery()
    latest = {cid: d for cid, d in s.execute(select(dated.c.cid, func.max(dated.c.d)).group_by(dated.c.cid))}
    open_ = union_all(
        select(BenefitPeriod.citizen_id.label("cid")).where(BenefitPeriod.end.is_(None)),
        select(Effort.citizen_id).where(Effort.end.is_(None)),
    ).subquery()
    ongoing = set(s.scalars(select(open_.c.cid).distinct()))
    return latest, ongoing


def _last_activity(latest: dict[uuid.UUID, dt.date], c: Citizen) -> dt.date:
    return latest.get(c.id) or c.created_at.date()


def citizens_due_for_deletion(
    db: Database, actor: Actor, *, today: dt.date | None = None, years: int | None = None
) -> tuple[DueCitizen, ...]:
    """Citizens whose last case activity is more than the retention period ago and who have nothing ongoing."""
    require(actor, Permission.RETENTION)
    years = years if years is not None else retention_years(db)
    cutoff = _years_before(today or dt.date.today(), years)
    out: list[DueCitizen] = []
    with db.write() as s:  # listing shows CPR numbers and names: the listing itself is logged
        latest, ongoing = _activity(s)
        q = select(Citizen).where(~Citizen.cpr.startswith(cprmod.PSEUDONYM_PREFIX)).order_by(Citizen.cpr)
        for c in s.scalars(q):
            last = _last_activity(latest, c)
            if c.id not in ongoing and last < cutoff:
                out.append(
                    DueCitizen(c.id, cprmod.Cpr(c.cpr).formatted(), f"{c.first_name} {c.last_name}".strip(), last)
                )
        audit.record(
            s,
            actor.initials,
            "search",
            entity="retention",
            details={"aar": years, "foer": cutoff.isoformat(), "fundet": len(out)},
        )
    return tuple(out)


def _citizen_tables() -> list[Table]:
    """Every table that holds rows about a citizen, children first."""
    return [t for t in reversed(Base.metadata.sorted_tables) if "citizen_id" in t.c and t.name != "citizens"]


def _new_pseudonym(s: Session) -> str:
    while True:
        candidate = cprmod.PSEUDONYM_PREFIX + secrets.token_hex(5)[:9].upper()
        if s.scalar(select(Citizen.id).where(Citizen.cpr == candidate)) is None:
            return candidate


def delete_citizen(
    db: Database, actor: Actor, citizen_id: uuid.UUID, *, reason: str, today: dt.date | None = None
) -> str:
    """Delete every personal datum about a citizen due for deletion; returns the pseudonym left in the log."""
    require(actor, Permission.RETENTION)
    if not reason.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "angiv en begrundelse for sletningen (fx 'opbevaringstid udløbet')")
        )
    years = retention_years(db)
    cutoff = _years_before(today or dt.date.today(), years)
    with db.write() as s:
        citizen = s.get(Citizen, citizen_id)
        if citizen is None or cprmod.is_pseudonym(citizen.cpr):
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (eller er allerede slettet)"))
        latest, ongoing = _activity(s)
        last = _last_activity(latest, citizen)
        if citizen_id in ongoing:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "borgeren har en igangværende ydelse eller indsats og kan ikke slettes"
                )
            )
        if last >= cutoff:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "borgerens sidste aktivitet var {isoformat}; der må først slettes, når den er over {years} "
                    "år gammel",
                ).format(isoformat=last.isoformat(), years=years)
            )
        removed: dict[str, int] = {}
        for table in _citizen_tables():
            column = table.c.citizen_id
            # sync_quarantine keeps the id as text (the sync's form): a uuid never matched it on SQLite (the row and
            # its CPR number stayed) and is refused by PostgreSQL (no varchar = uuid): compare like with like
            key: uuid.UUID | str = citizen_id if isinstance(column.type, Uuid) else str(citizen_id)
            result = s.execute(delete(table).where(column == key))
            n = int(getattr(result, "rowcount", 0) or 0)
            if n:
                removed[table.name] = n
        pseudonym = _new_pseudonym(s)
        citizen.cpr = pseudonym
        citizen.first_name = ""
        citizen.last_name = ""
        citizen.updated_by = actor.initials
        citizen.updated_at = utcnow()
        audit.record(
            s,
            actor.initials,
            "delete",
            entity="citizen",
            entity_id=pseudonym,
            citizen_ref=citizen_id,
            reason=reason.strip(),
            details={"pseudonym": pseudonym, "sidste_aktivitet": last.isoformat(), "slettet": removed},
        )
    return pseudonym


def delete_due_citizens(db: Database, actor: Actor, *, reason: str, today: dt.date | None = None) -> list[str]:
    """Delete every citizen due for deletion (each in its own transaction with its own audit entry)."""
    due = citizens_due_for_deletion(db, actor, today=today)
    return [delete_citizen(db, actor, d.citizen_id, reason=reason, today=today) for d in due]
