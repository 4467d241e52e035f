"""The team database (PostgreSQL): login roles, connection URLs and the server-side functions the app calls.

Every user is a login role ``planner_<initialer>`` (lower case) whose password is the user's password, a member of
one group role per app role (``planner_role_sagsbehandler`` …); the roles, privileges, row-level security and the
``SECURITY DEFINER`` functions are made by the Alembic migration ``0004`` (``docs/team-database.md``). The app
connects as the logged-in user's own role, so the database enforces for it exactly what it enforces for psql.
A user and password written in the URL serve ``init`` alone (CONTRACT.md section 1.1).
"""

from __future__ import annotations

import re
import uuid
from typing import NamedTuple

from sqlalchemy import exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

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


def is_postgres(db: object) -> bool:
    return str(db).startswith(("postgresql:", "postgresql+"))


def role_name(initials: str) -> str:
    """The login role of a user: ``planner_`` and the initials in lower case."""
    ini = initials.strip().lower()
    if not _INITIALS.match(ini):
        raise ValidationError(f"initialer {initials!r}: kun bogstaver og cifre (højst 16)")
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


def grant_access(session: Session, citizen_id: uuid.UUID, reason: str, hours: int = GRANT_HOURS) -> None:
    """Break-the-glass on the server: ``planner_grant_access`` records a grant for the logged-in user (row-level
    security then shows the citizen's rows for ``hours``) and appends the ``view`` audit entry with the reason, in
    the caller's transaction. A citizen that does not exist is :class:`NotFound`."""
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError(f"begrundelsen skal have mindst {MIN_REASON} tegn")
    try:
        session.execute(
            text("SELECT planner_grant_access(:c, :r, :h)"), {"c": citizen_id, "r": reason.strip(), "h": hours}
        )
    except exc.DBAPIError as err:
        if "no such citizen" in str(err.orig):
            raise NotFound("borgeren findes ikke (den kan være slettet)") from None
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
        raise ValidationError(f"søg på mindst {MIN_SEARCH} tegn")
    rows = session.execute(
        text("SELECT citizen_id, cpr, first_name, last_name FROM planner_search_citizens(:q)"), {"q": query.strip()}
    ).all()
    return [SearchHit(r.citizen_id, r.cpr, r.first_name, r.last_name) for r in rows]
