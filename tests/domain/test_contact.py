"""A member of staff's phone number and e-mail address (domain/contact.py): Danish numbers, the basic e-mail shape."""

from __future__ import annotations

import pytest

from planner_gui.domain.contact import ContactError, clean_email, clean_phone


@pytest.mark.parametrize(
    "typed",
    ["43211234", "43 21 12 34", "+45 43 21 12 34", "+4543211234", "0045 4321 1234", "4321-1234", " 43.21.12.34 "],
)
def test_a_danish_number_is_stored_as_four_pairs(typed: str) -> None:
    assert clean_phone(typed) == "43 21 12 34"


@pytest.mark.parametrize("typed", ["4321123", "432112345", "+46 43211234", "43 21 12 3x", "tlf. 43211234", "+45"])
def test_a_number_without_eight_digits_is_refused_in_plain_danish(typed: str) -> None:
    with pytest.raises(ContactError, match="skal have 8 cifre, eventuelt med \\+45 foran"):
        clean_phone(typed)


def test_empty_means_no_number_or_address() -> None:
    assert clean_phone("  ") == "" and clean_email("") == ""


def test_an_address_keeps_its_name_and_lowers_its_domain() -> None:
    assert clean_email(" Anne.Berg@Jobcenter.Kommune.DK ") == "Anne.Berg@jobcenter.kommune.dk"


@pytest.mark.parametrize(
    "typed", ["anne", "anne@", "@kommune.dk", "anne@kommune", "an ne@kommune.dk", "a@b@c.dk", "a@b..dk"]
)
def test_an_address_of_the_wrong_shape_is_refused(typed: str) -> None:
    with pytest.raises(
        ContactError, match=r"e-mailadressen .* ser ikke rigtig ud; den skal have formen navn@kommune\.dk"
    ):
        clean_email(typed)


def test_control_characters_are_refused_as_in_every_other_text() -> None:
    with pytest.raises(ValueError):
        clean_email("anne@kommune.dk\u202e")
