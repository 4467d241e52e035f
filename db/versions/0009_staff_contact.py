"""staff contact details: a phone number and an e-mail address for "Min plan" (issue 16)

The citizen's printout says whom to call; it now gives the caseworker's phone number and e-mail address too. Two
columns on ``staff``, ``phone`` and ``email``, empty ('') for everyone until an administrator fills them in.

On the team database (PostgreSQL) the staff table is readable per column (migration 0004: everyone reads who is who,
not the password hashes), so the new columns are granted to every group the same way: a caseworker's printout
reads a colleague's number. Writing stays as it was: administrators hold INSERT and UPDATE on the whole table.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "planner_role_sagsbehandler, planner_role_teamleder, planner_role_administrator"


def upgrade() -> None:
    op.add_column("staff", sa.Column("phone", sa.String(length=20), nullable=False, server_default=""))
    op.add_column("staff", sa.Column("email", sa.String(length=254), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT (phone, email) ON staff TO {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE SELECT (phone, email) ON staff FROM {GROUPS}")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("email")
        batch_op.drop_column("phone")
