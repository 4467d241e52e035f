"""Registering and finding companies (CVR validated)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from planner_gui.domain.cvr import CvrError
from planner_gui.errors import PermissionDenied, ValidationError
from planner_gui.services import companies
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import AuditEntry

WORKER = Actor("kw", "sagsbehandler")
VALID = "10150817"  # 1*2+0*7+1*6+5*5+0*4+8*3+1*2+7*1 = 66 = 6*11


def test_register_and_search(empty_db) -> None:
    row = companies.register_company(empty_db, WORKER, "DK 1015 0817", "  Café   Kanten ", social_economy=True)
    assert row.cvr == VALID and row.name == "Café Kanten" and row.social_economy
    assert row.label == "Café Kanten (CVR 10150817)"
    assert companies.search_companies(empty_db, "kant") == (row,)
    assert companies.search_companies(empty_db, "1015") == (row,)
    assert companies.search_companies(empty_db, "bager") == ()
    assert companies.list_companies(empty_db) == (row,)
    assert companies.get_company(empty_db, row.id) == row
    with empty_db.read() as s:
        e = s.execute(
            select(AuditEntry.user, AuditEntry.action, AuditEntry.details).where(AuditEntry.entity == "company")
        ).one()
    assert e.user == "kw" and e.action == "create" and json.loads(e.details)["cvr"] == VALID


@pytest.mark.parametrize(
    ("cvr", "message"),
    [
        ("10150818", "kontrolsum"),
        ("1015081", "8 cifre"),
        ("1015O817", "kun indeholde cifre"),
        ("", "mangler"),
        ("01234567", "begynde med 0"),
    ],
)
def test_bad_cvr_is_refused_with_a_clear_message(empty_db, cvr: str, message: str) -> None:
    with pytest.raises(CvrError, match=message):
        companies.register_company(empty_db, WORKER, cvr, "Firma")
    assert companies.list_companies(empty_db) == ()


def test_duplicate_and_missing_name(empty_db) -> None:
    companies.register_company(empty_db, WORKER, VALID, "Bageriet")
    with pytest.raises(ValidationError, match="allerede registreret som 'Bageriet'"):
        companies.register_company(empty_db, WORKER, VALID, "Andet navn")
    with pytest.raises(ValidationError, match="navn mangler"):
        companies.register_company(empty_db, WORKER, "12345674", "  ")


def test_unknown_role_may_not_register(empty_db) -> None:
    with pytest.raises(PermissionDenied):
        companies.register_company(empty_db, Actor("x", "gæst"), VALID, "Firma")


def test_search_folds_danish_letters_on_both_databases(empty_db) -> None:
    """Searching for øster or ØSTER finds Østerbro Auto on the laptop's SQLite as on the server (SQLite's lower() and
    LIKE fold ASCII letters only)."""
    row = companies.register_company(empty_db, WORKER, VALID, "Østerbro Auto")
    other = companies.register_company(empty_db, WORKER, "12345674", "Bageriet på Ærø")
    for text in ("øster", "ØSTER", "Øster", "østerbro auto"):
        assert companies.search_companies(empty_db, text) == (row,), text
    for text in ("ærø", "ÆRØ", "på ærø"):
        assert companies.search_companies(empty_db, text) == (other,), text
