"""audit purge permits (retention of the audit log)

The audit log stays append-only, except that entries older than the retention period may be deleted by a purge.
A purge runs in one transaction: it appends a ``purge`` entry to the chain (recording the last purged entry's seq and
hash, the new chain anchor), inserts a permit into ``audit_purges`` and deletes the entries up to that seq. The
DELETE trigger refuses any row above the newest permit; ``audit_purges`` itself is append-only.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 01:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_purges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("ts", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=16), nullable=False),
        sa.Column("up_to_seq", sa.Integer(), nullable=False),
        sa.Column("anchor_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_purges")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        op.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "WHEN OLD.seq > (SELECT COALESCE(MAX(up_to_seq), 0) FROM audit_purges) "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_purges_no_update BEFORE UPDATE ON audit_purges "
            "BEGIN SELECT RAISE(ABORT, 'audit_purges is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_purges_no_delete BEFORE DELETE ON audit_purges "
            "BEGIN SELECT RAISE(ABORT, 'audit_purges is append-only'); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger AS $$ BEGIN "
            "IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT COALESCE(MAX(up_to_seq), 0) FROM audit_purges) THEN "
            "RETURN OLD; END IF; "
            "RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"
        )
        op.execute(
            "CREATE FUNCTION audit_purges_refuse() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit_purges is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_purges_append_only BEFORE UPDATE OR DELETE ON audit_purges "
            "FOR EACH ROW EXECUTE FUNCTION audit_purges_refuse()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_purges_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_purges_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        op.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_purges_append_only ON audit_purges")
        op.execute("DROP FUNCTION IF EXISTS audit_purges_refuse()")
    op.drop_table("audit_purges")
