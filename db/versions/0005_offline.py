"""offline work: check-out, the merge base, conflicts, sync runs and quarantine (issue 15)

- ``checkouts`` (both sides): which citizens are taken out, by whom, to which laptop, since when; on the team
  database every user reads it (who has whom out, no personal data) and caseworkers and administrators write it.
- ``sync_runs`` (both sides): each sync under one id, so an interrupted sync is recognised when run again.
- ``sync_base``, ``sync_conflicts``, ``sync_quarantine``: the laptop's merge state (present on the server too, one
  schema, but no role is granted anything on them there).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "planner_role_sagsbehandler, planner_role_teamleder, planner_role_administrator"
WRITERS = "planner_role_sagsbehandler, planner_role_administrator"


def upgrade() -> None:
    op.create_table(
        "checkouts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("citizen_id", sa.Uuid(), nullable=False),
        sa.Column("initials", sa.String(length=16), nullable=False),
        sa.Column("laptop_id", sa.String(length=40), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_checkouts_citizen_id_citizens"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkouts")),
    )
    op.create_index(op.f("ix_checkouts_citizen_id"), "checkouts", ["citizen_id"], unique=False)
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=40), nullable=False),
        sa.Column("citizen_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )
    op.create_index(op.f("ix_sync_base_citizen_id"), "sync_base", ["citizen_id"], unique=False)
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("citizen_id", sa.String(length=40), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=40), nullable=False),
        sa.Column("column", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("table_name", "row_id", "column", name="cell"),
    )
    op.create_index(op.f("ix_sync_conflicts_citizen_id"), "sync_conflicts", ["citizen_id"], unique=False)
    op.create_table(
        "sync_runs",
        sa.Column("sync_id", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("initials", sa.String(length=16), nullable=False),
        sa.Column("laptop_id", sa.String(length=40), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sync_id", name=op.f("pk_sync_runs")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("citizen_id", sa.String(length=40), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("citizen_id", name=op.f("pk_sync_quarantine")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in (
            "REVOKE ALL ON checkouts, sync_runs, sync_base, sync_conflicts, sync_quarantine FROM PUBLIC",
            f"GRANT SELECT ON checkouts TO {GROUPS}",
            f"GRANT INSERT, UPDATE ON checkouts TO {WRITERS}",
            f"GRANT SELECT, INSERT ON sync_runs TO {WRITERS}",
        ):
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("sync_quarantine")
    op.drop_table("sync_runs")
    op.drop_index(op.f("ix_sync_conflicts_citizen_id"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_index(op.f("ix_sync_base_citizen_id"), table_name="sync_base")
    op.drop_table("sync_base")
    op.drop_index(op.f("ix_checkouts_citizen_id"), table_name="checkouts")
    op.drop_table("checkouts")
