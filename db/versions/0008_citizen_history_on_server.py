"""a citizen's history (Historik) for caseworkers and team leads on the team database (issue 14)

Only administrators read the audit log on the server, so the citizen screen's *Historik* tab was empty for everyone
else. ``planner_citizen_history(citizen, limit)`` (SECURITY DEFINER) returns the change entries (create, update,
delete, print) of one citizen, newest first, and only for a citizen the caller may see (a current assignment or an
unexpired grant: the same rule as the rows themselves); for anyone else it returns nothing. For a team lead the
free text of case facts (an effort's remark, a measurement's note) is blanked in the entries, as the column itself
is withheld from them (migration 0006).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 23:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "planner_citizen_history(uuid, integer)"
GROUPS = "planner_role_sagsbehandler, planner_role_teamleder, planner_role_administrator"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE OR REPLACE FUNCTION planner_without_note(p jsonb) RETURNS jsonb
           LANGUAGE sql IMMUTABLE AS $$
             SELECT CASE WHEN jsonb_typeof(p) = 'object' THEN p - 'note' ELSE p END $$"""
    )
    op.execute(
        """CREATE OR REPLACE FUNCTION planner_citizen_history(p_citizen uuid, p_limit integer)
           RETURNS TABLE (seq integer, ts timestamp, "user" text, action text, entity text, reason text,
                          details text)
           LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_role text := planner_my_role();
           BEGIN
             IF v_role IS NULL THEN
               RETURN;
             END IF;
             IF v_role IS DISTINCT FROM 'administrator'
                AND p_citizen NOT IN (SELECT planner_visible_citizens()) THEN
               RETURN;
             END IF;
             RETURN QUERY
               SELECT a.seq, a.ts, a."user"::text, a.action::text, a.entity::text, a.reason,
                 CASE
                   WHEN v_role = 'teamleder' AND a.entity IN ('effort', 'measurement') AND a.details LIKE '{%'
                   THEN (CASE WHEN a.details::jsonb ->> 'field' = 'note'
                              THEN a.details::jsonb || '{"old": null, "new": null}'::jsonb
                              ELSE a.details::jsonb
                                   || jsonb_build_object('old', planner_without_note(a.details::jsonb -> 'old'),
                                                         'new', planner_without_note(a.details::jsonb -> 'new'))
                         END)::text
                   ELSE a.details
                 END
               FROM audit_log a
               WHERE a.citizen_ref = p_citizen::text AND a.action IN ('create', 'update', 'delete', 'print')
               ORDER BY a.seq DESC
               LIMIT greatest(0, least(p_limit, 5000));
           END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    op.execute("DROP FUNCTION IF EXISTS planner_without_note(jsonb)")
