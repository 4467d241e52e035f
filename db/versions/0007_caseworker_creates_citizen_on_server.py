"""a caseworker creates a citizen on the team database (issue 14)

Row-level security lets a caseworker read and write only citizens with a current assignment to them. A new citizen
has none yet, and the assignment needs the citizen first, so neither INSERT passes the policies' checks; and the
duplicate-CPR check cannot see citizens outside the caseloads. ``planner_create_citizen`` (SECURITY DEFINER, for
caseworkers only) does the two steps the policies cannot: it refuses a CPR number that exists anywhere (answering
only "exists", nothing about whose), inserts the citizen and makes the caller its primary caseworker from the given
day, in the caller's transaction. The rest (the empty plan, the audit entry) is the app's, under the policies; the
database's own change trigger logs the inserts under the caller's name as for any change.

It also closes a hole migration 0004 left: its INSERT policy on ``assignments`` let a caseworker assign any
existing citizen to themselves (``INSERT INTO assignments … staff_id = me``), reading them from then on without a
logged reason. A caseworker may now insert an assignment to themselves only for a citizen inserted in the same
transaction (a trigger notes new citizens per transaction in a table no user reads or writes): the way a citizen made
on a laptop during offline work arrives at checkin. Anyone else in the caseload is reached by a handover from a
colleague who has them, or by break-the-glass with a reason.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 23:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "planner_create_citizen(uuid, text, text, text, date)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE OR REPLACE FUNCTION planner_create_citizen(
             p_id uuid, p_cpr text, p_first text, p_last text, p_start date) RETURNS boolean
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_staff uuid; v_initials text; v_role text; v_now timestamp := now() AT TIME ZONE 'utc';
           BEGIN
             SELECT staff_id, initials, role INTO v_staff, v_initials, v_role FROM planner_me();
             IF v_staff IS NULL OR v_role IS DISTINCT FROM 'sagsbehandler' THEN
               RAISE EXCEPTION 'only a caseworker creates a citizen this way' USING ERRCODE = '42501';
             END IF;
             IF p_cpr !~ '^[0-9]{10}$' OR length(btrim(p_first)) = 0 OR length(btrim(p_last)) = 0 THEN
               RAISE EXCEPTION 'a citizen needs a CPR number of 10 digits and a name' USING ERRCODE = '22023';
             END IF;
             PERFORM pg_advisory_xact_lock(hashtext('planner_create_citizen:' || p_cpr));
             IF EXISTS (SELECT 1 FROM citizens WHERE cpr = p_cpr) THEN
               RETURN false;
             END IF;
             INSERT INTO citizens (id, version, created_at, updated_at, updated_by, cpr, first_name, last_name)
               VALUES (p_id, 1, v_now, v_now, v_initials, p_cpr, p_first, p_last);
             INSERT INTO assignments (id, version, created_at, updated_at, updated_by, citizen_id, staff_id, role,
                                      start, "end")
               VALUES (gen_random_uuid(), 1, v_now, v_now, v_initials, p_id, v_staff, 'primaer', p_start, NULL);
             RETURN true;
           END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO planner_role_sagsbehandler")
    for statement in (
        """CREATE TABLE IF NOT EXISTS planner_tx_new_citizens (
             txid bigint NOT NULL, citizen_id uuid NOT NULL, PRIMARY KEY (txid, citizen_id))""",
        "REVOKE ALL ON planner_tx_new_citizens FROM PUBLIC",
        """CREATE OR REPLACE FUNCTION planner_note_new_citizen() RETURNS trigger
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           BEGIN
             INSERT INTO planner_tx_new_citizens VALUES (txid_current(), NEW.id) ON CONFLICT DO NOTHING;
             IF random() < 0.001 THEN  -- keep the bookkeeping small
               DELETE FROM planner_tx_new_citizens WHERE txid < txid_current() - 1000000;
             END IF;
             RETURN NULL;
           END $$""",
        "DROP TRIGGER IF EXISTS planner_note_new_citizen ON citizens",
        "CREATE TRIGGER planner_note_new_citizen AFTER INSERT ON citizens FOR EACH ROW "
        "EXECUTE FUNCTION planner_note_new_citizen()",
        """CREATE OR REPLACE FUNCTION planner_new_in_this_transaction(p_citizen uuid) RETURNS boolean
           LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
             SELECT EXISTS (SELECT 1 FROM planner_tx_new_citizens
                            WHERE txid = txid_current() AND citizen_id = p_citizen) $$""",
        "REVOKE ALL ON FUNCTION planner_new_in_this_transaction(uuid) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION planner_new_in_this_transaction(uuid) TO planner_role_sagsbehandler",
        "DROP POLICY IF EXISTS planner_new ON assignments",
        "CREATE POLICY planner_new ON assignments FOR INSERT TO planner_role_sagsbehandler "
        "WITH CHECK (staff_id = (SELECT staff_id FROM planner_me()) AND planner_new_in_this_transaction(citizen_id))",
    ):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    op.execute("DROP POLICY IF EXISTS planner_new ON assignments")
    op.execute(
        "CREATE POLICY planner_new ON assignments FOR INSERT TO planner_role_sagsbehandler "
        "WITH CHECK (staff_id = (SELECT staff_id FROM planner_me()))"
    )
    op.execute("DROP TRIGGER IF EXISTS planner_note_new_citizen ON citizens")
    op.execute("DROP FUNCTION IF EXISTS planner_new_in_this_transaction(uuid)")
    op.execute("DROP FUNCTION IF EXISTS planner_note_new_citizen()")
    op.execute("DROP TABLE IF EXISTS planner_tx_new_citizens")
