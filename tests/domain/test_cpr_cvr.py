"""CPR and CVR rules (DOMAIN.md): real dates, the century table, modulus 11 never deciding a CPR alone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.domain import cpr, cvr


@pytest.mark.parametrize(
    ("seventh", "yy", "expected"),
    [
        (0, 0, 1900),
        (3, 99, 1900),
        (4, 0, 2000),
        (4, 36, 2000),
        (4, 37, 1900),
        (9, 36, 2000),
        (9, 58, 1900),
        (5, 0, 2000),
        (5, 57, 2000),
        (5, 58, 1800),
        (8, 99, 1800),
        (6, 37, 2000),
    ],
)
def test_century_table(seventh: int, yy: int, expected: int) -> None:
    assert cpr.century(seventh, yy) == expected


def test_accepts_with_and_without_dash() -> None:
    assert cpr.normalize("010190-1234") == "0101901234"
    assert cpr.normalize(" 0101901234 ") == "0101901234"
    assert cpr.parse("0101901234").formatted() == "010190-1234"


def test_birth_date_uses_seventh_digit() -> None:
    assert cpr.birth_date("0101054123") == dt.date(2005, 1, 1)
    assert cpr.birth_date("0101054123".replace("4123", "0123")) == dt.date(1905, 1, 1)
    assert cpr.birth_date("0101655123") == dt.date(1865, 1, 1)


def test_modulus11_never_decides() -> None:
    digits = "0101904000"
    assert not cpr.passes_modulus11(digits)  # fails the old check ...
    assert cpr.is_valid(digits)  # ... and is still a valid CPR number


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "mangler"),
        ("31029012345", "10 cifre"),
        ("310290-123", "10 cifre"),
        ("3102901234", "gyldig dato"),  # 31 February
        ("290201-4000", "gyldig dato"),  # 2001 is no leap year
        ("01AB90-1234", "cifre"),
        ("001390-1234", "gyldig dato"),
    ],
)
def test_rejects_with_reason(text: str, fragment: str) -> None:
    with pytest.raises(cpr.CprError, match=fragment):
        cpr.normalize(text)


def test_leap_day_in_2000_is_valid() -> None:
    assert cpr.birth_date(cpr.normalize("290200-4000")) == dt.date(2000, 2, 29)


@given(st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2036, 12, 31)), st.integers(0, 9), st.integers(0, 999))
def test_every_real_birth_date_round_trips(born: dt.date, pick: int, serial: int) -> None:
    seventh = cpr.seventh_digit_for(born, pick)
    digits = f"{born:%d%m%y}{seventh}{serial:03d}"
    assert cpr.birth_date(cpr.normalize(digits)) == born


@given(st.text(max_size=20))
def test_arbitrary_text_is_valid_or_a_clear_error(text: str) -> None:
    try:
        digits = cpr.normalize(text)
    except cpr.CprError as err:
        assert str(err)
    else:
        assert len(digits) == 10 and digits.isdigit()


def test_age_on_birthday() -> None:
    assert cpr.age_on("0101901234", dt.date(2020, 1, 1)) == 30
    assert cpr.age_on("0101901234", dt.date(2019, 12, 31)) == 29


def test_cvr_checksum() -> None:
    assert cvr.normalize("10150817") == "10150817"  # weights 2,7,6,5,4,3,2,1 -> 88 = 8 * 11
    assert cvr.normalize("DK 10150817") == "10150817"
    with pytest.raises(cvr.CvrError, match="kontrolsum"):
        cvr.normalize("10150818")
    with pytest.raises(cvr.CvrError, match="8 cifre"):
        cvr.normalize("1234567")
    with pytest.raises(cvr.CvrError, match="0"):
        cvr.normalize("01234567")


@given(st.integers(1_000_000, 9_999_999))
def test_cvr_complete_gives_valid_numbers(first_seven: int) -> None:
    full = cvr.complete(str(first_seven))
    if full is not None:
        assert cvr.is_valid(full)


@given(st.text(max_size=12))
def test_cvr_arbitrary_text(text: str) -> None:
    try:
        digits = cvr.normalize(text)
    except cvr.CvrError as err:
        assert str(err)
    else:
        assert cvr.checksum_ok(digits)
