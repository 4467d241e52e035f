"""team database: access grants, the citizen_birth view, and (PostgreSQL) roles, privileges and row-level security

On both databases: the table ``access_grants`` (break-the-glass grants) and the view ``citizen_birth`` (the birth
date from the CPR number, so reports filter on age without reading CPR numbers).

On PostgreSQL (the job centre's shared server) the database itself enforces what the app promises; see
``docs/team-database.md`` for the design and its reasons:

- group roles ``planner_role_sagsbehandler``, ``planner_role_teamleder``, ``planner_role_administrator``; every user
  is a login role ``planner_<initialer>`` in one of them, made only through ``planner_user_put`` (administrators);
- row-level security on every table with personal data: a user sees the citizens with a current assignment to them
  plus those they hold an unexpired grant for (``planner_visible_citizens``, evaluated once per query); team leads
  and administrators see every row of the case facts that reports count, but names, CPR numbers and free text only
  through a grant (administrators: every row, as the data's custodians);
- team leads change nothing; nobody may UPDATE, DELETE or TRUNCATE the audit log, and entries are appended only
  through ``planner_audit_append``, which takes an advisory lock and extends the hash chain on the server;
- nobody changes their own role or password hash.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 20:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The birth date in a CPR number as YYYYMMDD (DOMAIN.md: century from the 7th digit); the same SQL on both dialects.
_DD, _MM, _YY, _D7 = (
    "CAST(substr(cpr, 1, 2) AS INTEGER)",
    "CAST(substr(cpr, 3, 2) AS INTEGER)",
    "CAST(substr(cpr, 5, 2) AS INTEGER)",
    "CAST(substr(cpr, 7, 1) AS INTEGER)",
)
BIRTH_KEY = (
    f"((CASE WHEN {_D7} <= 3 THEN 1900 "
    f"WHEN {_D7} IN (4, 9) THEN (CASE WHEN {_YY} <= 36 THEN 2000 ELSE 1900 END) "
    f"ELSE (CASE WHEN {_YY} <= 57 THEN 2000 ELSE 1800 END) END + {_YY}) * 10000 + {_MM} * 100 + {_DD})"
)

GROUPS = ("planner_role_sagsbehandler", "planner_role_teamleder", "planner_role_administrator")
ALL_GROUPS = ", ".join(GROUPS)
#: Tables whose rows belong to one citizen (column citizen_id), and the citizens table itself.
CASE_FACTS = ("benefit_periods", "assignments", "efforts", "ordinary_hours", "measurements", "exits")
CASE_TEXT = ("plans", "sub_goals", "notes", "drafts")
REFERENCE = ("companies", "instruments", "instrument_dimensions", "settings", "alembic_version", "audit_purges")


def upgrade() -> None:
    op.create_table(
        "access_grants",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("citizen_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_access_grants_citizen_id_citizens"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_access_grants_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_grants")),
    )
    op.create_index(op.f("ix_access_grants_citizen_id"), "access_grants", ["citizen_id"], unique=False)
    op.create_index(op.f("ix_access_grants_staff_id"), "access_grants", ["staff_id"], unique=False)
    op.execute(f"CREATE VIEW citizen_birth AS SELECT id AS citizen_id, {BIRTH_KEY} AS birth_key FROM citizens")
    if op.get_bind().dialect.name == "postgresql":
        for statement in postgres_statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in (*CASE_FACTS, *CASE_TEXT, "citizens"):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP VIEW IF EXISTS citizen_birth")
    op.drop_index(op.f("ix_access_grants_staff_id"), table_name="access_grants")
    op.drop_index(op.f("ix_access_grants_citizen_id"), table_name="access_grants")
    op.drop_table("access_grants")


def postgres_statements() -> list[str]:
    """The roles, privileges, functions, triggers and policies of the team database, in order."""
    out: list[str] = []
    for group in GROUPS:
        out.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    out += [
        # nothing for PUBLIC: only the app's roles reach the schema
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {ALL_GROUPS}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        # -- who is calling: the login role planner_<initialer> of a member of staff
        """CREATE OR REPLACE FUNCTION planner_me() RETURNS TABLE (staff_id uuid, initials text, role text)
           LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
             SELECT s.id, s.initials::text, s.role::text FROM staff s
             WHERE 'planner_' || lower(s.initials) = session_user AND s.active $$""",
        """CREATE OR REPLACE FUNCTION planner_is_owner() RETURNS boolean
           LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
             SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
                            AND (r.rolsuper OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                                 WHERE schemaname = 'public' AND tablename = 'citizens'), 'USAGE'))) $$""",
        """CREATE OR REPLACE FUNCTION planner_my_role() RETURNS text
           LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
             SELECT CASE WHEN planner_is_owner() THEN 'administrator' ELSE (SELECT role FROM planner_me()) END $$""",
        # the citizens a user may read: a current assignment to them, or an unexpired grant (break-the-glass)
        """CREATE OR REPLACE FUNCTION planner_visible_citizens() RETURNS SETOF uuid
           LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
             SELECT a.citizen_id FROM assignments a, planner_me() me
             WHERE a.staff_id = me.staff_id AND a.start <= current_date
               AND (a."end" IS NULL OR a."end" >= current_date)
             UNION
             SELECT g.citizen_id FROM access_grants g, planner_me() me
             WHERE g.staff_id = me.staff_id AND g.expires_at > (now() AT TIME ZONE 'UTC') $$""",
        # -- the audit log: appended only here, one writer at a time, the chain extended on the server
        """CREATE OR REPLACE FUNCTION planner_audit_append(
               p_user text, p_action text, p_entity text, p_entity_id text, p_citizen_ref text, p_reason text,
               p_details text)
           RETURNS TABLE (seq integer, ts timestamp, hash text)
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE
             v_prev text; v_seq integer; v_ts timestamp; v_hash text; v_me text;
           BEGIN
             IF NOT planner_is_owner() THEN
               SELECT me.initials INTO v_me FROM planner_me() me;
               IF v_me IS NULL OR lower(v_me) <> lower(p_user) THEN
                 RAISE EXCEPTION 'audit entries are written in one''s own name only' USING ERRCODE = '42501';
               END IF;
             END IF;
             PERFORM pg_advisory_xact_lock(hashtext('planner_audit_log'));
             SELECT a.seq, a.hash INTO v_seq, v_prev FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
             v_prev := COALESCE(v_prev, repeat('0', 64));
             v_seq := COALESCE(v_seq, 0) + 1;
             v_ts := date_trunc('microseconds', clock_timestamp() AT TIME ZONE 'UTC');
             v_hash := encode(sha256(convert_to(
               v_prev || chr(31) || v_seq::text || chr(31) || to_char(v_ts, 'YYYY-MM-DD"T"HH24:MI:SS.US')
               || chr(31) || p_user || chr(31) || p_action || chr(31) || p_entity || chr(31) || p_entity_id
               || chr(31) || COALESCE(p_citizen_ref, '') || chr(31) || p_reason || chr(31) || p_details,
               'UTF8')), 'hex');
             INSERT INTO audit_log (seq, ts, "user", action, entity, entity_id, citizen_ref, reason, details,
                                    prev_hash, hash)
             VALUES (v_seq, v_ts, p_user, p_action, p_entity, p_entity_id, p_citizen_ref, p_reason, p_details,
                     v_prev, v_hash);
             RETURN QUERY SELECT v_seq, v_ts, v_hash;
           END $$""",
        # -- break-the-glass: a grant for a stated reason, audited in the same transaction
        """CREATE OR REPLACE FUNCTION planner_grant_access(p_citizen uuid, p_reason text, p_hours integer DEFAULT 8)
           RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_me record;
           BEGIN
             SELECT * INTO v_me FROM planner_me();
             IF v_me.staff_id IS NULL THEN
               RAISE EXCEPTION 'not a user of the planner' USING ERRCODE = '42501';
             END IF;
             IF p_reason IS NULL OR length(trim(p_reason)) < 3 THEN
               RAISE EXCEPTION 'a reason is required' USING ERRCODE = '22023';
             END IF;
             IF NOT EXISTS (SELECT 1 FROM citizens WHERE id = p_citizen) THEN
               RAISE EXCEPTION 'no such citizen' USING ERRCODE = '22023';
             END IF;
             INSERT INTO access_grants (id, staff_id, citizen_id, reason, granted_at, expires_at)
             VALUES (gen_random_uuid(), v_me.staff_id, p_citizen, trim(p_reason), now() AT TIME ZONE 'UTC',
                     (now() AT TIME ZONE 'UTC') + make_interval(hours => greatest(1, least(p_hours, 24))));
             PERFORM planner_audit_append(v_me.initials, 'view', 'citizen', p_citizen::text, p_citizen::text,
                                          trim(p_reason), '{"adgang": "begrundet (databasen)"}');
           END $$""",
        # -- users: only administrators, only through this function; nobody changes their own role
        """CREATE OR REPLACE FUNCTION planner_user_put(p_initials text, p_password text, p_role text)
           RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_name text := 'planner_' || lower(p_initials); v_group text := 'planner_role_' || p_role;
           BEGIN
             IF planner_my_role() IS DISTINCT FROM 'administrator' THEN
               RAISE EXCEPTION 'only an administrator manages users' USING ERRCODE = '42501';
             END IF;
             IF p_role NOT IN ('sagsbehandler', 'teamleder', 'administrator') THEN
               RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
             END IF;
             IF lower(p_initials) !~ '^[a-z0-9æøå]{1,16}$' THEN
               RAISE EXCEPTION 'initials must be letters and digits' USING ERRCODE = '22023';
             END IF;
             IF NOT planner_is_owner() AND v_name = session_user
                AND p_role IS DISTINCT FROM (SELECT role FROM planner_me()) THEN
               RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = '42501';
             END IF;
             IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_name) THEN
               EXECUTE format('CREATE ROLE %I LOGIN', v_name);
             END IF;
             IF p_password IS NOT NULL THEN
               EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', v_name, p_password);
             END IF;
             EXECUTE format('REVOKE planner_role_sagsbehandler, planner_role_teamleder, '
                            'planner_role_administrator FROM %I', v_name);
             EXECUTE format('GRANT %I TO %I', v_group, v_name);
           END $$""",
        # a row of staff: nobody changes their own role; the password hash is written by administrators only
        """CREATE OR REPLACE FUNCTION planner_staff_guard() RETURNS trigger
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           BEGIN
             IF planner_is_owner() THEN RETURN NEW; END IF;
             IF 'planner_' || lower(OLD.initials) = session_user AND NEW.role IS DISTINCT FROM OLD.role THEN
               RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = '42501';
             END IF;
             RETURN NEW;
           END $$""",
        "DROP TRIGGER IF EXISTS staff_guard ON staff",
        "CREATE TRIGGER staff_guard BEFORE UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION planner_staff_guard()",
        # -- privileges
        f"GRANT EXECUTE ON FUNCTION planner_me(), planner_is_owner(), planner_my_role(), planner_visible_citizens(), "
        f"planner_audit_append(text, text, text, text, text, text, text), "
        f"planner_grant_access(uuid, text, integer) TO {ALL_GROUPS}",
        "GRANT EXECUTE ON FUNCTION planner_user_put(text, text, text) TO planner_role_administrator",
        f"GRANT SELECT ON {', '.join(REFERENCE)} TO {ALL_GROUPS}",
        "GRANT SELECT ON citizen_birth TO planner_role_teamleder, planner_role_administrator",
        # staff: everyone reads who is who, but not the password hashes; administrators manage staff
        f"GRANT SELECT (id, version, created_at, updated_at, updated_by, initials, name, team, role, failed_logins, "
        f"locked_until, active) ON staff TO {ALL_GROUPS}",
        "GRANT INSERT, UPDATE ON staff TO planner_role_administrator",
        "GRANT SELECT (password_hash) ON staff TO planner_role_administrator",
        # login bookkeeping (failed attempts) is updated by the user's own login
        f"GRANT UPDATE (failed_logins, locked_until, updated_at, updated_by, version) ON staff TO {ALL_GROUPS}",
        f"GRANT SELECT ON companies TO {ALL_GROUPS}",
        "GRANT INSERT, UPDATE ON companies TO planner_role_sagsbehandler, planner_role_administrator",
        "GRANT INSERT, UPDATE, DELETE ON instruments, instrument_dimensions, settings TO planner_role_administrator",
        # the audit log: read by administrators (and the chain check); written only through planner_audit_append
        "GRANT SELECT ON audit_log TO planner_role_administrator",
        f"GRANT SELECT ON access_grants TO {ALL_GROUPS}",
    ]
    # case data: caseworkers read and write their visible citizens; team leads read; administrators everything
    for table in ("citizens", *CASE_FACTS, *CASE_TEXT):
        out += [
            f"GRANT SELECT ON {table} TO {ALL_GROUPS}",
            f"GRANT INSERT, UPDATE, DELETE ON {table} TO planner_role_sagsbehandler, planner_role_administrator",
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS planner_admin ON {table}",
            f"CREATE POLICY planner_admin ON {table} TO planner_role_administrator USING (true) WITH CHECK (true)",
        ]
    key = {"citizens": "id"}
    for table in ("citizens", *CASE_FACTS, *CASE_TEXT):
        col = key.get(table, "citizen_id")
        visible = f"{col} IN (SELECT planner_visible_citizens())"
        out += [
            f"DROP POLICY IF EXISTS planner_visible ON {table}",
            f"CREATE POLICY planner_visible ON {table} TO planner_role_sagsbehandler, planner_role_teamleder "
            f"USING ({visible}) WITH CHECK ({visible})",
        ]
    for table in CASE_FACTS:  # the facts reports count: every row, for team leads (no names, no CPR, no plans)
        out += [
            f"DROP POLICY IF EXISTS planner_report ON {table}",
            f"CREATE POLICY planner_report ON {table} FOR SELECT TO planner_role_teamleder USING (true)",
        ]
    # -- changes to personal data are audited by the database too, so a change made outside the app (psql) is in
    # the log: once per table per transaction (the app's own entry says what and why; this one says that the table
    # changed, by whom, and for which citizen), recorded by the SECURITY DEFINER trigger in a bookkeeping table that
    # no user can write, so nobody can pre-empt it
    out += [
        """CREATE TABLE IF NOT EXISTS planner_tx_audited (
             txid bigint NOT NULL, tbl text NOT NULL, PRIMARY KEY (txid, tbl))""",
        "REVOKE ALL ON planner_tx_audited FROM PUBLIC",
        """CREATE OR REPLACE FUNCTION planner_audit_change() RETURNS trigger
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_user text; v_ref text; v_n integer;
           BEGIN
             INSERT INTO planner_tx_audited VALUES (txid_current(), TG_TABLE_NAME) ON CONFLICT DO NOTHING;
             GET DIAGNOSTICS v_n = ROW_COUNT;
             IF v_n = 0 THEN RETURN NULL; END IF;
             IF random() < 0.001 THEN  -- keep the bookkeeping small
               DELETE FROM planner_tx_audited WHERE txid < txid_current() - 1000000;
             END IF;
             SELECT me.initials INTO v_user FROM planner_me() me;
             IF TG_OP = 'DELETE' THEN
               v_ref := COALESCE(to_jsonb(OLD) ->> 'citizen_id', to_jsonb(OLD) ->> 'id');
             ELSE
               v_ref := COALESCE(to_jsonb(NEW) ->> 'citizen_id', to_jsonb(NEW) ->> 'id');
             END IF;
             PERFORM planner_audit_append(COALESCE(v_user, left(session_user, 16)),
               CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
               TG_TABLE_NAME, '', v_ref, '',
               jsonb_build_object('kilde', 'databasen', 'tabel', TG_TABLE_NAME, 'rolle', session_user)::text);
             RETURN NULL;
           END $$""",
    ]
    for table in ("citizens", *CASE_FACTS, *CASE_TEXT):
        out += [
            f"DROP TRIGGER IF EXISTS planner_audit_change ON {table}",
            f"CREATE TRIGGER planner_audit_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION planner_audit_change()",
        ]
    # -- finding anyone, reading no one: the hit list of a search (name, CPR, id; at most 50), and the search logged
    out += [
        """CREATE OR REPLACE FUNCTION planner_search_citizens(p_text text)
           RETURNS TABLE (citizen_id uuid, cpr text, first_name text, last_name text)
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
           DECLARE v_me record; v_q text := trim(COALESCE(p_text, '')); v_digits text;
           BEGIN
             SELECT * INTO v_me FROM planner_me();
             IF v_me.staff_id IS NULL AND NOT planner_is_owner() THEN
               RAISE EXCEPTION 'not a user of the planner' USING ERRCODE = '42501';
             END IF;
             IF length(v_q) < 3 THEN
               RAISE EXCEPTION 'search for at least 3 characters' USING ERRCODE = '22023';
             END IF;
             v_digits := regexp_replace(v_q, '[^0-9]', '', 'g');
             PERFORM planner_audit_append(COALESCE(v_me.initials, 'system'), 'search', 'citizen', '', NULL, '',
                                          jsonb_build_object('soegning', left(v_q, 100))::text);
             RETURN QUERY
               SELECT c.id, c.cpr::text, c.first_name::text, c.last_name::text FROM citizens c
               WHERE (length(v_digits) >= 6 AND c.cpr LIKE v_digits || '%')
                  OR (c.first_name || ' ' || c.last_name) ILIKE '%' || v_q || '%'
               ORDER BY c.last_name, c.first_name LIMIT 50;
           END $$""",
        f"GRANT EXECUTE ON FUNCTION planner_search_citizens(text) TO {ALL_GROUPS}",
    ]
    # a new citizen is visible to its creator only once assigned; creating one needs the INSERT to pass
    out += [
        "DROP POLICY IF EXISTS planner_new ON citizens",
        "CREATE POLICY planner_new ON citizens FOR INSERT TO planner_role_sagsbehandler WITH CHECK (true)",
        "DROP POLICY IF EXISTS planner_new ON assignments",
        "CREATE POLICY planner_new ON assignments FOR INSERT TO planner_role_sagsbehandler "
        "WITH CHECK (staff_id = (SELECT staff_id FROM planner_me()))",
    ]
    return out
