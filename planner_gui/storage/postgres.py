"""The team database (PostgreSQL): login roles, connection URLs and the server-side functions the app calls.

Every user is a login role ``planner_<initialer>`` (lower case) whose password is the user's password, a member of
one group role per app role (``planner_role_sagsbehandler`` …); the roles, privileges, row-level security and the
``SECURITY DEFINER`` functions are made by the Alembic migration ``0004`` (``docs/team-database.md``). The app
connects as the logged-in user's own role, so the database enforces for it exactly what it enforces for psql.
A user and password written in the URL serve ``init`` alone (CONTRACT.md section 1.1).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any, NamedTuple

from sqlalchemy import exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from planner_gui.config import is_postgres
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import NotFound, ValidationError

__all__ = [
    "MIN_REASON",
    "MIN_SEARCH",
    "SearchHit",
    "grant_access",
    "is_postgres",
    "on_server",
    "public_url",
    "put_login",
    "role_name",
    "search_citizens",
    "user_url",
]

MIN_REASON = 3  # planner_grant_access refuses a shorter reason
MIN_SEARCH = 3  # planner_search_citizens refuses a shorter search
GRANT_HOURS = 8

_INITIALS = re.compile(r"^[a-z0-9æøå]{1,16}$")


def role_name(initials: str) -> str:
    """The login role of a user: ``planner_`` and the initials in lower case."""
    ini = initials.strip().lower()
    if not _INITIALS.match(ini):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "initialer {initials!r}: kun bogstaver og cifre (højst 16)").format(
                initials=initials
            )
        )
    return f"planner_{ini}"


def user_url(url: str, initials: str, password: str) -> str:
    """The server URL with the user's own login role and password (any user or password in ``url`` is replaced)."""
    return make_url(url).set(username=role_name(initials), password=password).render_as_string(hide_password=False)


def public_url(url: str) -> str:
    """The URL as it may be printed or logged: without the password."""
    return make_url(url).render_as_string(hide_password=True) if is_postgres(url) else url


def put_login(session: Session, initials: str, password: str | None, role: str) -> None:
    """Create or update the user's login role (password and group), through the administrators' function."""
    role_name(initials)  # a clear error before the server's
    session.execute(
        text("SELECT planner_user_put(:i, :p, :r)"), {"i": initials.strip().lower(), "p": password, "r": role}
    )


def on_server(session: Session) -> bool:
    """Is this session on the team database (PostgreSQL)?"""
    return session.get_bind().dialect.name == "postgresql"


def free_text_withheld(session: Session) -> bool:
    """Is the free text of case facts (an effort's remark, a measurement's note) withheld from this session? On the
    team database team leads read every column of those tables but the note (migration 0006), even for a citizen
    they opened with a reason; queries leave the column out for them instead of failing."""
    if not on_server(session):
        return False
    cached = session.info.get("planner_free_text_withheld")
    if cached is None:
        cached = session.execute(text("SELECT planner_my_role()")).scalar() == "teamleder"
        session.info["planner_free_text_withheld"] = cached
    return bool(cached)


def create_citizen(
    session: Session, citizen_id: uuid.UUID, cpr: str, first_name: str, last_name: str, start: dt.date
) -> bool:
    """A caseworker's new citizen on the team database, through ``planner_create_citizen`` (SECURITY DEFINER,
    migration 0007): False when the CPR number exists anywhere; otherwise the citizen is inserted with the caller as
    primary caseworker from ``start``, in the caller's transaction."""
    return bool(
        session.execute(
            text("SELECT planner_create_citizen(:i, :c, :f, :l, :s)"),
            {"i": citizen_id, "c": cpr, "f": first_name, "l": last_name, "s": start},
        ).scalar()
    )


def citizen_history(session: Session, citizen_id: uuid.UUID, limit: int) -> list[Any]:
    """A citizen's change entries (newest first) through ``planner_citizen_history`` (SECURITY DEFINER, migration
    0008): only the audit log's administrators read it directly; the function gives anyone the entries of a citizen
    they may see, with the case facts' free text blanked for team leads. Rows carry seq, ts, user, action, entity,
    reason and details, as :class:`~planner_gui.storage.tables.AuditEntry` does."""
    return list(
        session.execute(
            text('SELECT seq, ts, "user", action, entity, reason, details FROM planner_citizen_history(:c, :n)'),
            {"c": citizen_id, "n": limit},
        ).all()
    )


def grant_access(session: Session, citizen_id: uuid.UUID, reason: str, hours: int = GRANT_HOURS) -> None:
    """Break-the-glass on the server: ``planner_grant_access`` records a grant for the logged-in user (row-level
    security then shows the citizen's rows for ``hours``) and appends the ``view`` audit entry with the reason, in
    the caller's transaction. A citizen that does not exist is :class:`NotFound`."""
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "begrundelsen skal have mindst {min_reason} tegn").format(
                min_reason=MIN_REASON
            )
        )
    try:
        session.execute(
            text("SELECT planner_grant_access(:c, :r, :h)"), {"c": citizen_id, "r": reason.strip(), "h": hours}
        )
    except exc.DBAPIError as err:
        if "no such citizen" in str(err.orig):
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke (den kan være slettet)")) from None
        raise


class SearchHit(NamedTuple):
    """One hit of ``planner_search_citizens``: what the hit list shows, nothing more."""

    citizen_id: uuid.UUID
    cpr: str
    first_name: str
    last_name: str


def search_citizens(session: Session, query: str) -> list[SearchHit]:
    """Find citizens outside one's caseload: ``planner_search_citizens`` (SECURITY DEFINER) returns at most 50 hits
    of id, CPR and name, whatever row-level security hides, and appends the search to the audit log."""
    if len(query.strip()) < MIN_SEARCH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "søg på mindst {min_search} tegn").format(min_search=MIN_SEARCH)
        )
    rows = session.execute(
        text("SELECT citizen_id, cpr, first_name, last_name FROM planner_search_citizens(:q)"), {"q": query.strip()}
    ).all()
    return [SearchHit(r.citizen_id, r.cpr, r.first_name, r.last_name) for r in rows]
