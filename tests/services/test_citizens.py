"""The citizen service: search by name and CPR, the caseload, creating a citizen, and their audit rows."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from planner_gui.errors import PermissionDenied, ValidationError
from planner_gui.services import citizens as svc
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Plan
from tests.conftest import TODAY, as_user, staff_actor


def _some_citizen(db):
    with db.read() as s:
        return s.execute(
            select(Citizen.id, Citizen.cpr, Citizen.first_name, Citizen.last_name).order_by(Citizen.cpr).limit(1)
        ).one()


def test_parse_query_kinds() -> None:
    assert svc.parse_query("  ").is_empty
    assert svc.parse_query("anne") == svc.SearchQuery("name", ("anne",), None)
    assert svc.parse_query("120389").cpr_pattern == "%120389%"
    assert svc.parse_query("120389-1234").cpr_pattern == "1203891234%"
    assert svc.parse_query("89-12").cpr_pattern == "____8912%"
    assert svc.parse_query("-1234").cpr_pattern == "______1234%"
    assert svc.parse_query("120389 1234").cpr_pattern == "%1203891234%"
    assert svc.parse_query("50%_x").words == ("50%_x",)
    q = svc.parse_query("Anne 1203")
    assert q.kind == "mixed" and q.words == ("Anne",)
    # eleven digits cannot be a CPR number: matches nothing rather than everything
    assert svc.parse_query("12345678901").cpr_pattern == "\x00"


def test_search_by_name_partial_and_case(demo_db) -> None:
    admin = Actor("admin", "administrator")
    c = _some_citizen(demo_db)
    rows = svc.search(demo_db, admin, f"{c.first_name[:3].lower()} {c.last_name[:4].upper()}", limit=1000, today=TODAY)
    assert c.id in {r.id for r in rows}
    assert all(c.first_name[:3].lower() in r.name.lower() for r in rows)
    assert svc.count_search(demo_db, admin, f"{c.first_name[:3]} {c.last_name[:4]}") == len(rows)


def test_search_folds_danish_letters(demo_db) -> None:
    admin = Actor("admin", "administrator")
    with demo_db.read() as s:
        expected = s.scalar(select(func.count()).where(Citizen.last_name == "Sørensen"))
    assert expected, "demo data should hold a Sørensen"
    rows = svc.search(demo_db, admin, "SØRENSEN", limit=1000, today=TODAY)
    assert len([r for r in rows if r.last_name == "Sørensen"]) == expected
    assert len([r for r in svc.search(demo_db, admin, "sørensen", limit=1000) if r.last_name == "Sørensen"]) == expected


@pytest.mark.parametrize("shape", ["digits", "dash", "date_part", "last_four_dash", "middle", "space"])
def test_search_by_cpr(demo_db, shape: str) -> None:
    admin = Actor("admin", "administrator")
    c = _some_citizen(demo_db)
    text = {
        "digits": c.cpr,
        "dash": f"{c.cpr[:6]}-{c.cpr[6:]}",
        "date_part": c.cpr[:6],
        "last_four_dash": f"-{c.cpr[6:]}",
        "middle": f"{c.cpr[4:6]}-{c.cpr[6:8]}",
        "space": f"{c.cpr[:6]} {c.cpr[6:]}",
    }[shape]
    rows = svc.search(demo_db, admin, text, limit=1000, today=TODAY)
    assert c.id in {r.id for r in rows}
    if shape in ("digits", "dash", "space"):
        assert [r.id for r in rows] == [c.id]
        assert rows[0].cpr_formatted == f"{c.cpr[:6]}-{c.cpr[6:]}"


def test_search_paging_is_stable_and_complete(demo_db) -> None:
    admin = Actor("admin", "administrator")
    total = svc.count_search(demo_db, admin, "e")
    assert total > 30
    pages = [svc.search(demo_db, admin, "e", offset=o, limit=25, today=TODAY) for o in range(0, total, 25)]
    ids = [r.id for p in pages for r in p]
    assert len(ids) == total == len(set(ids))
    names = [(r.last_name, r.first_name) for p in pages for r in p]
    assert names == sorted(names)
    desc = svc.search(demo_db, admin, "e", limit=5, sort="cpr", descending=True, today=TODAY)
    assert [r.cpr for r in desc] == sorted((r.cpr for r in desc), reverse=True)


def test_rows_carry_current_values(demo_db) -> None:
    worker = staff_actor(demo_db)
    rows = svc.caseload(demo_db, worker, limit=1000, today=TODAY)
    assert rows and len(rows) == svc.count_caseload(demo_db, worker, today=TODAY)
    with demo_db.read() as s:
        mine = set(
            s.scalars(
                select(Assignment.citizen_id).where(
                    Assignment.staff_id == worker.staff_id,
                    Assignment.start <= TODAY,
                    (Assignment.end.is_(None)) | (Assignment.end >= TODAY),
                )
            )
        )
    assert {r.id for r in rows} == mine
    assert any(r.target_group for r in rows)
    assert any(r.next_meeting for r in rows)
    assert any(r.last_measurement for r in rows)
    for sort in svc.SORT_KEYS:
        assert len(svc.caseload(demo_db, worker, limit=1000, sort=sort, today=TODAY)) == len(rows)
    r = next(r for r in rows if r.last_measurement)
    assert r.days_since_measurement(TODAY) == (TODAY - r.last_measurement).days


def test_record_search_keeps_no_digits(demo_db) -> None:
    admin = Actor("admin", "administrator")
    svc.record_search(demo_db, admin, "120389-1234", 1)
    with demo_db.read() as s:
        entry = s.execute(select(AuditEntry.action, AuditEntry.details).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert entry.action == "search"
    assert "1203" not in entry.details and "1234" not in entry.details
    assert json.loads(entry.details) == {"art": "cpr", "laengde": 11, "ord": 0, "fund": 1}


def test_create_citizen_assigns_caseworker_and_audits(demo_db) -> None:
    worker = staff_actor(demo_db)
    with as_user(demo_db, worker) as mine:  # on the server a caseworker's new citizen goes through their own role
        cid = svc.create_citizen(mine, worker, "010190-1235", "  Ida ", "Testesen", today=TODAY)
    with demo_db.read() as s:
        c = s.get(Citizen, cid)
        assert c is not None
        assert (c.cpr, c.first_name, c.last_name) == ("0101901235", "Ida", "Testesen")
        assert s.scalar(select(Plan.id).where(Plan.citizen_id == cid)) is not None
        a = s.scalars(select(Assignment).where(Assignment.citizen_id == cid)).one()
        assert (a.staff_id, a.role, a.start, a.end) == (worker.staff_id, "primaer", TODAY, None)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (entry.action, entry.citizen_ref) == ("create", str(cid))
        assert "0101901235" not in entry.details
    assert cid in {r.id for r in svc.caseload(demo_db, worker, limit=1000, today=TODAY)}
    assert not svc.needs_reason(demo_db, worker, cid)


def test_create_duplicate_and_bad_input_write_nothing(demo_db) -> None:
    admin = Actor("admin", "administrator")
    existing = _some_citizen(demo_db)
    with demo_db.read() as s:
        before = (s.scalar(select(func.count()).select_from(Citizen)), s.scalar(select(func.max(AuditEntry.seq))))
    with pytest.raises(ValidationError, match="findes allerede"):
        svc.create_citizen(demo_db, admin, f"{existing.cpr[:6]}-{existing.cpr[6:]}", "A", "B")
    with pytest.raises(ValidationError) as info:
        svc.create_citizen(demo_db, admin, "320190-1234", "", "B")
    assert any("gyldig dato" in e for e in info.value.errors)
    assert any("Fornavn mangler" in e for e in info.value.errors)
    with pytest.raises(ValidationError, match="10 cifre"):
        svc.create_citizen(demo_db, admin, "0101901", "A", "B")
    with demo_db.read() as s:
        after = (s.scalar(select(func.count()).select_from(Citizen)), s.scalar(select(func.max(AuditEntry.seq))))
    assert after == before


def test_admin_creates_without_assignment_and_lead_may_not(empty_db, admin) -> None:
    cid = svc.create_citizen(empty_db, admin, "010190-1235", "Ida", "Testesen", today=TODAY)
    with empty_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Assignment).where(Assignment.citizen_id == cid)) == 0
    assert svc.needs_reason(empty_db, admin, cid)
    with pytest.raises(PermissionDenied):
        svc.create_citizen(empty_db, Actor("tl", "teamleder"), "010190-1243", "A", "B")


def test_caseload_empty_for_user_without_staff_id(demo_db) -> None:
    assert svc.caseload(demo_db, Actor("admin", "administrator")) == []
    assert svc.count_caseload(demo_db, Actor("admin", "administrator")) == 0


def test_get_row(demo_db) -> None:
    c = _some_citizen(demo_db)
    row = svc.get_row(demo_db, Actor("admin", "administrator"), c.id, today=dt.date(2026, 11, 23))
    assert (row.id, row.cpr) == (c.id, c.cpr)


def test_like_wildcards_in_the_text_are_literal(demo_db) -> None:
    admin = Actor("admin", "administrator")
    assert svc.search(demo_db, admin, "%") == []
    assert svc.search(demo_db, admin, "_") == []
    assert svc.count_search(demo_db, admin, "a%e") == 0


def test_a_search_of_hundreds_of_words_is_capped_not_a_database_error(empty_db: object) -> None:
    from planner_gui.services.citizens import MAX_SEARCH_WORDS, count_search, parse_query, search

    text = " ".join(f"ord{i}" for i in range(500))
    assert len(parse_query(text).words) == MAX_SEARCH_WORDS
    admin = Actor("admin", "administrator")
    assert search(empty_db, admin, text) == []
    assert count_search(empty_db, admin, text) == 0
