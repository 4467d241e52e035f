"""Staff contact details (issue 16): an administrator sets a user's phone and e-mail (validated, audited), a new user
may get them at once, and the citizen screen's overview carries them to Min plan."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from planner_gui.errors import NotFound, PermissionDenied, ValidationError
from planner_gui.services import plans, users
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import AuditEntry, Staff
from tests.conftest import PASSWORD, staff_actor
from tests.services.test_plans import own_citizen

ADMIN = Actor("admin", "administrator")


def _entries(db, staff_id) -> list[dict]:
    with db.read() as s:
        rows = s.scalars(
            select(AuditEntry.details)
            .where(AuditEntry.entity == "staff", AuditEntry.entity_id == str(staff_id), AuditEntry.action == "update")
            .order_by(AuditEntry.seq)
        ).all()
    return [json.loads(r) for r in rows]


def test_an_administrator_sets_and_clears_contact_details_with_one_audit_row_per_field(empty_db) -> None:
    sid = users.add_user(empty_db, ADMIN, "ab", "Anne Berg", "sagsbehandler", PASSWORD, team="Team Aktiv")
    row = users.set_contact(empty_db, ADMIN, "AB", "+45 43211234", "Anne.Berg@Jobcenter.Example.dk")
    assert (row.phone, row.email, row.has_password) == ("43 21 12 34", "Anne.Berg@jobcenter.example.dk", True)
    listed = {u.initials: u for u in users.list_users(empty_db, ADMIN)}["ab"]
    assert (listed.phone, listed.email) == ("43 21 12 34", "Anne.Berg@jobcenter.example.dk")
    assert [(e["field"], e["old"], e["new"]) for e in _entries(empty_db, sid)] == [
        ("telefon", "", "43 21 12 34"),
        ("e-mail", "", "Anne.Berg@jobcenter.example.dk"),
    ]
    users.set_contact(empty_db, ADMIN, "ab", "43 21 12 34", "")  # the number unchanged: only the address is logged
    assert [(e["field"], e["new"]) for e in _entries(empty_db, sid)][2:] == [("e-mail", "")]
    with empty_db.read() as s:
        assert s.scalar(select(Staff.updated_by).where(Staff.id == sid)) == "admin"


def test_bad_contact_details_are_refused_and_nothing_changes(empty_db) -> None:
    sid = users.add_user(empty_db, ADMIN, "ab", "Anne Berg", "sagsbehandler", PASSWORD)
    with pytest.raises(ValidationError, match="telefonnummeret '1234' skal have 8 cifre"):
        users.set_contact(empty_db, ADMIN, "ab", "1234", "anne@kommune.dk")
    with pytest.raises(ValidationError, match="e-mailadressen 'anne@kommune' ser ikke rigtig ud"):
        users.set_contact(empty_db, ADMIN, "ab", "43211234", "anne@kommune")
    with pytest.raises(NotFound):
        users.set_contact(empty_db, ADMIN, "zz", "43211234", "")
    with empty_db.read() as s:
        assert s.execute(select(Staff.phone, Staff.email).where(Staff.id == sid)).one() == ("", "")
    assert _entries(empty_db, sid) == []


def test_only_an_administrator_changes_contact_details(demo_db) -> None:
    for role in ("sagsbehandler", "teamleder"):
        me = staff_actor(demo_db, role)
        with pytest.raises(PermissionDenied):
            users.set_contact(demo_db, me, me.initials, "43211234", "")


def test_a_new_user_gets_contact_details_at_once_and_a_bad_number_creates_no_one(empty_db) -> None:
    users.add_user(empty_db, ADMIN, "cd", "Carl Dam", "teamleder", PASSWORD, phone="4321 1234", email="cd@k.example")
    with pytest.raises(ValidationError, match="8 cifre"):
        users.add_user(empty_db, ADMIN, "ef", "Eva F", "sagsbehandler", PASSWORD, phone="12")
    rows = {u.initials: u for u in users.list_users(empty_db, ADMIN)}
    assert (rows["cd"].phone, rows["cd"].email) == ("43 21 12 34", "cd@k.example") and "ef" not in rows


def test_the_citizen_overview_carries_the_caseworkers_contact_details(demo_db) -> None:
    me = staff_actor(demo_db)
    users.set_contact(demo_db, ADMIN, me.initials, "43 21 12 34", f"{me.initials}@jobcenter.example.dk")
    ov = plans.open_citizen(demo_db, me, own_citizen(demo_db, me))
    ref = ov.primary if ov.primary is not None and ov.primary.initials == me.initials else ov.coordinator
    assert ref is not None and (ref.phone, ref.email) == ("43 21 12 34", f"{me.initials}@jobcenter.example.dk")


def test_the_demo_gives_staff_fictional_numbers_and_addresses(demo_db) -> None:
    from planner_gui.domain.contact import clean_email, clean_phone

    with demo_db.read() as s:
        rows = s.execute(select(Staff.phone, Staff.email).where(Staff.initials != "admin")).all()
    assert rows and all(p.startswith("10 90 ") and clean_phone(p) == p for p, _ in rows)
    assert all(e.endswith("@jobcenter.kommune.example") and clean_email(e) == e for _, e in rows)
