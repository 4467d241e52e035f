"""team leads read no free text: the remark of an effort and the note of a measurement are withheld (issue 14)

A team lead's report reads every case fact it counts (row-level security lets team leads see all rows of the fact
tables) but no identifying column. The facts carry two free-text columns, ``efforts.note`` (bemærkning) and
``measurements.note``, where a caseworker may write anything about the citizen. On the team database the team
leads' group now reads every column of those two tables except the note (column privileges); caseworkers and
administrators keep reading them. SQLite (one person's file) has no roles: nothing changes there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEAM_LEADS = "planner_role_teamleder"
#: table -> its free-text column that team leads may not read
FREE_TEXT = {"efforts": "note", "measurements": "note"}


def _columns(table: str) -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        f"AND table_name = '{table}' ORDER BY ordinal_position"
    )
    return [r[0] for r in rows]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, text_column in FREE_TEXT.items():
        readable = ", ".join(f'"{c}"' for c in _columns(table) if c != text_column)  # "end" is a keyword
        op.execute(f"REVOKE SELECT ON {table} FROM {TEAM_LEADS}")
        op.execute(f"GRANT SELECT ({readable}) ON {table} TO {TEAM_LEADS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in FREE_TEXT:
        op.execute(f"GRANT SELECT ON {table} TO {TEAM_LEADS}")
