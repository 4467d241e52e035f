"""The team database (PostgreSQL): login roles, connection URLs and the server-side functions the app calls.

Every user is a login role ``planner_<initialer>`` (lower case) whose password is the user's password, a member of
one group role per app role (``planner_role_sagsbehandler`` …); the roles, privileges, row-level security and the
``SECURITY DEFINER`` functions are made by the Alembic migration ``0004`` (``docs/team-database.md``). The app
connects as the logged-in user's own role, so the database enforces for it exactly what it enforces for psql.
A user and password written in the URL serve ``init`` alone (CONTRACT.md section 1.1).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from planner_gui.errors import ValidationError

__all__ = ["is_postgres", "public_url", "put_login", "role_name", "user_url"]

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
