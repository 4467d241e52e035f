"""Control and bidi characters in names, codes and initials (issue 12, item 10), and the small things of item 12:
full-width digits in a CPR number and a password-protected workbook.

The rule lives in :mod:`planner_gui.domain.text`; import (``sheet!row column: reason``), the citizen, company and
user services use it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.domain import cpr as cprmod
from planner_gui.domain import text as textrule
from planner_gui.errors import UserError, ValidationError
from planner_gui.interchange.read import read_rows, validate
from tests.conftest import PASSWORD
from tests.interchange.wb import make_workbook
from tests.security import bombs

RLO, NUL, ESC, CR, ZWSP = "\u202e", "\x00", "\x1b", "\r", "\u200b"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (f"Jens{RLO}nesnaH", "vender skriveretningen (U+202E RIGHT-TO-LEFT OVERRIDE) på plads 5"),
        (f"Je{NUL}ns", "kontroltegn (U+0000 NUL)"),
        (f"Jens{ESC}[31m", "kontroltegn (U+001B ESC)"),
        (f"Jens{CR}", "kontroltegn (U+000D CR)"),
        ("Jens\u2066x\u2069", "vender skriveretningen (U+2066 LEFT-TO-RIGHT ISOLATE)"),
        ("Jens\u200f", "vender skriveretningen (U+200F RIGHT-TO-LEFT MARK)"),
        ("Jens\x85", "kontroltegn (U+0085"),
        ("Jens\u2028", "linjeskift (U+2028 LINE SEPARATOR)"),
        ("Jens\ud800", "enlig surrogat"),
        ("Jens\tHansen", "kontroltegn (U+0009 TAB)"),
        (ZWSP, "består kun af usynlige tegn"),
        (f" {ZWSP}\u2060\ufeff ", "består kun af usynlige tegn"),
        ("   ", "mangler"),
    ],
)
def test_names_refuse_control_bidi_and_invisible_only(value: str, words: str) -> None:
    with pytest.raises(textrule.TextError, match=re.escape(words)):
        textrule.clean_name(value)


def test_names_are_nfc_and_may_hold_joiners() -> None:
    decomposed = "Jose\u0301 Ørsted"
    assert unicodedata.is_normalized("NFC", decomposed) is False
    assert textrule.clean_name(decomposed) == "José Ørsted"
    assert textrule.clean_name("  Ali\u200cReza ") == "Ali\u200cReza"  # ZWNJ is part of Persian spelling
    assert textrule.clean_name("Hans-Jørgen Ølgaard") == "Hans-Jørgen Ølgaard"


def test_codes_and_initials_refuse_invisible_characters() -> None:
    assert textrule.clean_code(" ab ") == "ab"
    for bad in ("a\u200bb", "a b", "ab\u00ad", f"ab{RLO}", "a\tb"):
        with pytest.raises(textrule.TextError):
            textrule.clean_code(bad)


def test_free_text_keeps_tab_and_new_line_only() -> None:
    assert textrule.clean_free_text("a\tb\r\nc\rd") == "a\tb\nc\nd"
    for bad in (f"note{RLO}", f"note{NUL}", f"note{ESC}", "note\u2067"):
        with pytest.raises(textrule.TextError):
            textrule.clean_free_text(bad)


# ---------------------------------------------------------------------------------------------------- import


def test_import_reports_each_bad_name_where_it_is(empty_db: object, tmp_path: Path) -> None:
    from planner_gui.storage.db import Database

    assert isinstance(empty_db, Database)
    path = make_workbook(
        tmp_path / "navne.xlsx",
        {
            "medarbejdere": [
                [f"a{ZWSP}b", "Anne Bach", "Team Job", "sagsbehandler"],
                ["cd", f"Carl{RLO}nesraD", "Team_x001B_", "sagsbehandler"],
            ],
            "borgere": [
                ["010190-1234", f"Jens{RLO}", "Hansen"],
                ["0202854321", "Fatima", ZWSP],
                ["0303854321", "Ole_x0000_", "Olsen"],
                ["0404854321", "Jose\u0301", "Nu\u0308r"],
            ],
            "virksomheder": [["10150817", "Kanten_x000D_ApS", "ja"]],
        },
    )
    errors: list[str] = []
    rows = read_rows(path, errors)
    assert errors == []
    with empty_db.read() as s:
        parsed = validate(rows, s, errors)
    assert errors == [
        "medarbejdere!2 initialer: indeholder usynligt tegn eller mellemrum (U+200B ZERO WIDTH SPACE) på plads 2",
        "medarbejdere!3 navn: indeholder tegn der vender skriveretningen (U+202E RIGHT-TO-LEFT OVERRIDE) på plads 5",
        "medarbejdere!3 team: indeholder kontroltegn (U+001B ESC) på plads 5",
        "virksomheder!2 navn: indeholder kontroltegn (U+000D CR) på plads 7",
        "borgere!2 fornavn: indeholder tegn der vender skriveretningen (U+202E RIGHT-TO-LEFT OVERRIDE) på plads 5",
        "borgere!3 efternavn: består kun af usynlige tegn",
        "borgere!4 fornavn: indeholder kontroltegn (U+0000 NUL) på plads 4",
    ]
    assert parsed.citizens["0404854321"] == ("José", "Nür")  # NFC


def test_the_cli_refuses_an_rlo_name_with_exit_2(
    cli_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = make_workbook(tmp_path / "rlo.xlsx", {"borgere": [["010190-1234", f"Jens{RLO}nesnaH", "Hansen"]]})
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    assert main(["import", "--db", cli_db, str(path)]) == 2
    err = capsys.readouterr().err
    assert "borgere!2 fornavn: indeholder tegn der vender skriveretningen" in err


# ---------------------------------------------------------------------------------------------------- services


@pytest.mark.parametrize("first", [f"Jens{RLO}", f"Je{NUL}ns", f"Jens{ESC}", f"Jens{CR}x", ZWSP])
def test_creating_a_citizen_refuses_the_same_names(first: str, empty_db: object, admin: object) -> None:
    from planner_gui.services.auth import Actor
    from planner_gui.services.citizens import create_citizen
    from planner_gui.storage.db import Database

    assert isinstance(empty_db, Database) and isinstance(admin, Actor)
    with pytest.raises(ValidationError, match="Fornavn"):
        create_citizen(empty_db, admin, "010190-1234", first, "Hansen")


def test_creating_a_citizen_stores_nfc(empty_db: object, admin: object) -> None:
    from sqlalchemy import select

    from planner_gui.services.auth import Actor
    from planner_gui.services.citizens import create_citizen
    from planner_gui.storage.db import Database
    from planner_gui.storage.tables import Citizen

    assert isinstance(empty_db, Database) and isinstance(admin, Actor)
    create_citizen(empty_db, admin, "010190-1234", "Jose\u0301", "Hansen")
    with empty_db.read() as s:
        assert s.scalar(select(Citizen.first_name)) == "José"


@pytest.mark.parametrize(("initials", "name"), [(f"x{ZWSP}y", "Xenia Yde"), ("xy", f"Xenia{RLO}"), ("xy", ZWSP)])
def test_creating_a_user_refuses_the_same(initials: str, name: str, empty_db: object, admin: object) -> None:
    from planner_gui.services.auth import Actor, create_user
    from planner_gui.storage.db import Database

    assert isinstance(empty_db, Database) and isinstance(admin, Actor)
    with pytest.raises(ValidationError, match="initialer, navn eller team"):
        create_user(empty_db, admin, initials, name, "sagsbehandler", None)


def test_registering_a_company_refuses_the_same(empty_db: object, admin: object) -> None:
    from planner_gui.services.auth import Actor
    from planner_gui.services.companies import register_company
    from planner_gui.storage.db import Database

    assert isinstance(empty_db, Database) and isinstance(admin, Actor)
    with pytest.raises(ValidationError, match="vender skriveretningen"):
        register_company(empty_db, admin, "10150817", f"Kanten{RLO}")


# ---------------------------------------------------------------------------------------------------- item 12


def test_full_width_digits_in_a_cpr_number_say_what_is_wrong() -> None:
    with pytest.raises(cprmod.CprError) as info:
        cprmod.normalize("０１０１９０-１２３４")
    message = str(info.value)
    assert "cifrene 0-9" in message and "U+FF10" in message
    assert "fik 10" not in message
    with pytest.raises(cprmod.CprError, match=r"U\+0660"):
        cprmod.normalize("٠١٠١٩٠-١٢٣٤")  # Arabic-Indic digits: refused the same way, never read as a number


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (bombs.encrypted_xlsx(), "beskyttet med en adgangskode"),
        (bombs.old_xls(), "gammel Excel-fil (.xls"),
    ],
)
def test_an_ole2_file_is_named_for_what_it_is(
    data: bytes,
    words: str,
    cli_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "beskyttet.xlsx"
    path.write_bytes(data)
    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    assert main(["import", "--db", cli_db, str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and ".xlsx" in err, err
    assert "ikke en Excel-projektmappe" not in err
    with pytest.raises(UserError, match="gem den"):
        read_rows(path, [])
