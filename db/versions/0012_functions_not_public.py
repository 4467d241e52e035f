"""no function of the team database is executable by PUBLIC: only the app's groups get what each needs

Migration 0004 revoked EXECUTE on every function from PUBLIC, but before it created its own functions, and PostgreSQL
gives EXECUTE on a new function to PUBLIC by default. So every ``planner_*`` function made since (the SECURITY DEFINER
search, grant, audit append, user and history functions among them) could be called by any role on the cluster,
also one that is no planner user. The functions refuse such callers themselves, but the design says PUBLIC gets
nothing (docs/team-database.md), and a function that forgot to check would have been open.

This revokes EXECUTE from PUBLIC on every function in the schema (the groups keep the grants they were given by name,
which are separate entries), and changes the migration owner's default privileges so that functions made by later
migrations start closed too. A trigger function needs no EXECUTE to fire. SQLite: nothing to do.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    op.execute("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC")
    op.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC")
