"""Need-to-know: the role matrix, enforced in the service layer (not only by hidden buttons).

- sagsbehandler (caseworker): their own caseload freely; another citizen only with a stated reason, which is logged.
- teamleder (team lead): aggregates and reports; an individual citizen only with a logged reason; no plan edits.
- administrator: users, audit log, backups, retention; citizens only with a logged reason.

:data:`ROLE_MATRIX` is the one source of truth: every service checks a :class:`Permission` with :func:`require` (or
:func:`can`, when a permission only changes what is shown); no service compares role names itself. The screens ask
:func:`can` too, to hide what the role may not do.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import PermissionDenied, UserError
from planner_gui.storage import postgres
from planner_gui.storage.tables import Assignment, Citizen

if TYPE_CHECKING:  # auth checks permissions too: only the type is needed here
    from planner_gui.services.auth import Actor


class Permission(Enum):
    VIEW_CITIZEN = "view_citizen"
    EDIT_PLAN = "edit_plan"
    CREATE_CITIZEN = "create_citizen"
    HANDOVER = "handover"
    MEASURE = "measure"
    MANAGE_COMPANIES = "manage_companies"
    SEARCH_CITIZENS = "search_citizens"
    RUN_REPORTS = "run_reports"
    EXPORT_DATABASE = "export_database"
    IMPORT_WORKBOOK = "import_workbook"
    MANAGE_USERS = "manage_users"
    MANAGE_INSTRUMENTS = "manage_instruments"
    SET_MEASURE_REMINDER = "set_measure_reminder"  # after how many days a citizen is due a new measurement
    VIEW_AUDIT = "view_audit"  # search, read, verify and export the audit log
    PURGE_AUDIT = "purge_audit"  # the audit log's retention period, and purging what is older
    RESTORE_BACKUP = "restore_backup"  # the backups page: restore one, and how many to keep
    RETENTION = "retention"
    CITIZEN_ACCESS_REQUEST = "citizen_access_request"  # aktindsigt


P = Permission
ROLE_MATRIX: dict[str, frozenset[Permission]] = {
    "sagsbehandler": frozenset(
        {
            P.VIEW_CITIZEN,
            P.EDIT_PLAN,
            P.CREATE_CITIZEN,
            P.HANDOVER,
            P.MEASURE,
            P.MANAGE_COMPANIES,
            P.SEARCH_CITIZENS,
            P.CITIZEN_ACCESS_REQUEST,
        }
    ),
    "teamleder": frozenset(
        {P.VIEW_CITIZEN, P.HANDOVER, P.RUN_REPORTS, P.SEARCH_CITIZENS, P.MANAGE_COMPANIES, P.CITIZEN_ACCESS_REQUEST}
    ),
    "administrator": frozenset(
        {
            P.VIEW_CITIZEN,
            P.SEARCH_CITIZENS,
            P.RUN_REPORTS,
            P.EXPORT_DATABASE,
            P.IMPORT_WORKBOOK,
            P.MANAGE_USERS,
            P.MANAGE_INSTRUMENTS,
            P.SET_MEASURE_REMINDER,
            P.VIEW_AUDIT,
            P.PURGE_AUDIT,
            P.RESTORE_BACKUP,
            P.RETENTION,
            P.CITIZEN_ACCESS_REQUEST,
            P.CREATE_CITIZEN,
            P.MANAGE_COMPANIES,
        }
    ),
}

DENIED_TEXT: dict[Permission, str] = {
    P.EDIT_PLAN: QT_TRANSLATE_NOOP("Meddelelser", "din rolle må ikke ændre borgerens plan"),
    P.MEASURE: QT_TRANSLATE_NOOP("Meddelelser", "din rolle må ikke registrere progressionsmålinger"),
    P.RUN_REPORTS: QT_TRANSLATE_NOOP("Meddelelser", "kun teamledere og administratorer kan lave rapporter"),
    P.EXPORT_DATABASE: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan eksportere hele databasen"),
    P.IMPORT_WORKBOOK: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan importere"),
    P.MANAGE_USERS: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan administrere brugere"),
    P.MANAGE_INSTRUMENTS: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan ændre måleinstrumenter"),
    P.SET_MEASURE_REMINDER: QT_TRANSLATE_NOOP(
        "Meddelelser", "kun en administrator kan ændre, hvornår en ny måling er på tide"
    ),
    P.VIEW_AUDIT: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan se revisionssporet"),
    P.PURGE_AUDIT: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan slette gamle logposter"),
    P.RESTORE_BACKUP: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan gendanne en sikkerhedskopi"),
    P.RETENTION: QT_TRANSLATE_NOOP("Meddelelser", "kun en administrator kan slette borgere efter opbevaringsreglerne"),
}


class ReasonRequired(UserError):
    """The citizen is outside the user's caseload (or the user is not a caseworker): a reason must be stated."""


def can(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_MATRIX.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission, denied: str | None = None) -> None:
    """Raise :class:`PermissionDenied` unless the actor's role has ``permission``; ``denied`` says what was refused
    (default: the permission's own text)."""
    if not can(actor, permission):
        raise PermissionDenied(
            denied
            or DENIED_TEXT.get(
                permission, QT_TRANSLATE_NOOP("Meddelelser", "din rolle ({role}) må ikke dette").format(role=actor.role)
            )
        )


def in_caseload(session: Session, actor: Actor, citizen_id: uuid.UUID, on: dt.date | None = None) -> bool:
    """Is the actor a current (primary or coordinating) caseworker for the citizen?"""
    if actor.staff_id is None:
        return False
    on = on or dt.date.today()
    q = select(Assignment.id).where(
        Assignment.citizen_id == citizen_id,
        Assignment.staff_id == actor.staff_id,
        Assignment.start <= on,
        or_(Assignment.end.is_(None), Assignment.end >= on),
    )
    return session.scalar(q.limit(1)) is not None


def check_citizen_access(
    session: Session, actor: Actor, citizen_id: uuid.UUID, reason: str | None, permission: Permission = P.VIEW_CITIZEN
) -> str:
    """Raise unless the actor may touch this citizen now; returns the reason to log ('' for own caseload).

    On the team database (PostgreSQL) a stated reason for a citizen that row-level security hides from the user is
    break-the-glass: ``planner_grant_access`` records the grant and its ``view`` audit entry in this transaction,
    before any of the citizen's rows are read (:func:`granted_by_database` tells the caller, so that it writes no
    second ``view`` entry). A citizen the user already sees (an unexpired grant; administrators see every row) needs
    no new grant. On SQLite nothing is granted: the app's own audit entry carries the reason."""
    require(actor, permission)
    if actor.role == "sagsbehandler" and in_caseload(session, actor, citizen_id):
        return ""
    if not reason or not reason.strip():
        raise ReasonRequired(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "borgeren er ikke i din sagsstamme; angiv en begrundelse for at åbne sagen"
            )
        )
    reason = reason.strip()
    if postgres.on_server(session) and session.scalar(select(Citizen.id).where(Citizen.id == citizen_id)) is None:
        if len(reason) < postgres.MIN_REASON:
            raise ReasonRequired(
                QT_TRANSLATE_NOOP("Meddelelser", "begrundelsen skal have mindst {min_reason} tegn").format(
                    min_reason=postgres.MIN_REASON
                )
            )
        postgres.grant_access(session, citizen_id, reason)
        session.info.setdefault(_GRANTED, set()).add(citizen_id)
    return reason


_GRANTED = "planner_granted_citizens"


def granted_by_database(session: Session, citizen_id: uuid.UUID) -> bool:
    """Did :func:`check_citizen_access` grant access to this citizen on the server in this unit of work? Then the
    server has written the ``view`` audit entry with the reason."""
    return citizen_id in session.info.get(_GRANTED, ())
