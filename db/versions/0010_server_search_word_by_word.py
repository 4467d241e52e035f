"""the team database's citizen search matches word by word and logs no search text (issue 14)

``planner_search_citizens`` (SECURITY DEFINER, migration 0004) matched the text as typed as one piece of "first
last", so "Hansen Anna" or "anna 120389" found nobody, and it wrote the search text itself into the audit log, where a
CPR number typed into the search box then stood in clear text. Now it reads the text as the app's own search does
(``services.citizens.parse_query``): words, each of which must occur in the first or the last name (case-insensitive,
``%`` and ``_`` taken literally), and at most one CPR fragment (digits, with or without a dash; "120389 1234" is one
number), which must be 6 to 10 digits and matches from the start of the CPR number (a shorter fragment matches
nothing: a search outside one's caseload is for finding a person, not for fishing). The audit entry has what the
app's own search entry has: the kind (name, cpr, mixed), the length, the number of words and of hits, plus
``kilde: server``; never the text.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_WORDS = 8  # as services.citizens.MAX_SEARCH_WORDS

WORD_BY_WORD = f"""CREATE OR REPLACE FUNCTION planner_search_citizens(p_text text)
   RETURNS TABLE (citizen_id uuid, cpr text, first_name text, last_name text)
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
   DECLARE
     v_me record;
     v_q text := trim(COALESCE(p_text, ''));
     v_tokens text[];
     v_tok text;
     v_names text[] := '{{}}';
     v_cpr text := NULL;
     v_digits text;
     v_kind text;
     v_hits integer;
   BEGIN
     SELECT * INTO v_me FROM planner_me();
     IF v_me.staff_id IS NULL AND NOT planner_is_owner() THEN
       RAISE EXCEPTION 'not a user of the planner' USING ERRCODE = '42501';
     END IF;
     IF length(v_q) < 3 THEN
       RAISE EXCEPTION 'search for at least 3 characters' USING ERRCODE = '22023';
     END IF;
     v_tokens := (regexp_split_to_array(v_q, '\\s+'))[1:{MAX_WORDS}];
     IF cardinality(v_tokens) > 1 AND v_q ~ '^[0-9\\s-]+$' THEN
       v_tokens := ARRAY[regexp_replace(v_q, '\\s', '', 'g')];  -- "120389 1234": a CPR number typed with a space
     END IF;
     FOREACH v_tok IN ARRAY v_tokens LOOP
       IF v_tok ~ '^[0-9-]+$' AND v_cpr IS NULL THEN
         v_digits := replace(v_tok, '-', '');
         v_cpr := CASE WHEN length(v_digits) BETWEEN 6 AND 10 THEN v_digits ELSE 'x' END;  -- 'x' matches nothing
       ELSE
         v_names := v_names || replace(replace(replace(left(v_tok, 100), '\\', '\\\\'), '%', '\\%'), '_', '\\_');
       END IF;
     END LOOP;
     v_kind := CASE WHEN v_cpr IS NOT NULL AND cardinality(v_names) > 0 THEN 'mixed'
                    WHEN v_cpr IS NOT NULL THEN 'cpr' ELSE 'name' END;
     RETURN QUERY
       SELECT c.id, c.cpr::text, c.first_name::text, c.last_name::text FROM citizens c
       WHERE (v_cpr IS NULL OR c.cpr LIKE v_cpr || '%')
         AND NOT EXISTS (
           SELECT 1 FROM unnest(v_names) AS w(word)
           WHERE NOT (c.first_name ILIKE '%' || w.word || '%' OR c.last_name ILIKE '%' || w.word || '%'))
       ORDER BY c.last_name, c.first_name LIMIT 50;
     GET DIAGNOSTICS v_hits = ROW_COUNT;
     PERFORM planner_audit_append(COALESCE(v_me.initials, 'system'), 'search', 'citizen', '', NULL, '',
                                  jsonb_build_object('art', v_kind, 'laengde', length(v_q),
                                                     'ord', cardinality(v_names), 'fund', v_hits,
                                                     'kilde', 'server')::text);
   END $$"""

AS_TYPED = """CREATE OR REPLACE FUNCTION planner_search_citizens(p_text text)
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
   END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(WORD_BY_WORD)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(AS_TYPED)
