"""the SQLite file walks an index in Danish name order, as the team server does (migration 0011)

Since 0011 the citizen lists sort names in Danish order on SQLite through the function ``planner_danish`` (a byte
key, ``storage/collation.py``), computed for every row a query sorts: a one-letter search over 100,000 citizens took
~0.1 s for its first page where the plain order had walked the name index (~20 ms). An index on that key (with the
names, the CPR number and the id, so a search reads no table row) lets SQLite walk the names in Danish order again
and stop after one page.

The key function is the app's own: every connection the app opens registers it (``storage/db.py``, and the bare
connections of the backups and the integrity check), and SQLite needs it to write ``citizens`` or check the index.
A change to ``danish_key`` that changes any key needs a migration that runs ``REINDEX ix_citizens_danish``.
PostgreSQL: nothing to do (its index has the ICU collation, 0011).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_citizens_danish ON citizens "
        "(planner_danish(last_name), planner_danish(first_name), cpr, last_name, first_name, id)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_citizens_danish")
