"""names in Danish order on the team database whatever the server's locale: the collation planner_danish (issue 14)

On SQLite the app orders names through its own Danish key (``planner_gui/storage/collation.py``: æ, ø, å after z,
"aa" as "å", case only when all else is equal, then capitals first). PostgreSQL ordered them by the database's
own collation, which is the server's: a database created with ``C`` or ``en_US`` puts "Åse" before "Ærø" and "Aagaard"
first, so the same caseload or search came out in another order on the team server than on a laptop, and the server's
search (at most 50 hits, "the first 50 by name") chose other people.

Now the database has the collation ``public.planner_danish``, ICU's ``da-DK`` (Debian's PostgreSQL is built with
ICU), and the app orders names by it (``ORDER BY (last_name) COLLATE public.planner_danish``). Without ICU the
collation falls back to the C library's ``da_DK.utf8``, and without that to ``C`` (the app still runs; the order is
then the server's code point order). ``planner_search_citizens`` picks and returns its hits in that order, and an
index on the names in that order keeps a page of a large search as fast as the plain index did.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE_COLLATION = """DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS public.planner_danish (provider = icu, locale = 'da-DK');
EXCEPTION WHEN OTHERS THEN
  BEGIN
    CREATE COLLATION IF NOT EXISTS public.planner_danish (provider = libc, locale = 'da_DK.utf8');
  EXCEPTION WHEN OTHERS THEN
    CREATE COLLATION IF NOT EXISTS public.planner_danish FROM "C";
  END;
END $$"""

INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_citizens_search_danish ON citizens "
    "(last_name COLLATE public.planner_danish, first_name COLLATE public.planner_danish, cpr, id)"
)

SEARCH_ORDER = "ORDER BY c.last_name, c.first_name LIMIT 50"
DANISH_SEARCH_ORDER = (
    "ORDER BY c.last_name COLLATE public.planner_danish, c.first_name COLLATE public.planner_danish, c.cpr LIMIT 50"
)


def _replace_search_order(old: str, new: str) -> None:
    """``planner_search_citizens`` (migration 0010) as it is on the server, with its ORDER BY replaced (owner, grants
    and SECURITY DEFINER stay: CREATE OR REPLACE)."""
    definition = op.get_bind().scalar(
        sa.text("SELECT pg_get_functiondef('public.planner_search_citizens(text)'::regprocedure)")
    )
    assert definition is not None and definition.count(old) == 1, "planner_search_citizens is not migration 0010's"
    op.execute(definition.replace(old, new))  # as 0010 did: "%" reaches the server as "%" (not "%%")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(CREATE_COLLATION)
    op.execute(INDEX)
    _replace_search_order(SEARCH_ORDER, DANISH_SEARCH_ORDER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _replace_search_order(DANISH_SEARCH_ORDER, SEARCH_ORDER)
    op.execute("DROP INDEX IF EXISTS ix_citizens_search_danish")
    op.execute("DROP COLLATION IF EXISTS public.planner_danish")
