"""A masked ID number cannot be reversed: the whole birth date is hidden (8 digits, not the
4 of month and day that the check digit narrowed to about 32 candidates). The masks served
through HTTP are checked in tests/api/test_pii.py and the export and certificate tests."""

from __future__ import annotations

from domain.identity import validate_resident_id
from domain.masking import mask_id_number
from tests.fixtures.tree import make_id_number


def test_the_birth_date_is_hidden_whole() -> None:
    number = validate_resident_id(make_id_number("370102", "19850312", 2))
    masked = mask_id_number(number)
    assert masked == number[:6] + "********" + number[-4:]
    assert "1985" not in masked and "0312" not in masked


def test_candidates_left_are_too_many_to_try() -> None:
    number = validate_resident_id(make_id_number("370102", "19850312", 2))
    masked = mask_id_number(number)
    assert masked is not None
    # every valid number agreeing with the mask: any birth date of a century, same check digit
    candidates = sum(
        1
        for year in range(1926, 2026)
        for month in range(1, 13)
        for day in range(1, 29)
        if _valid(masked[:6] + f"{year}{month:02d}{day:02d}" + masked[-4:])
    )
    assert candidates > 1000


def _valid(number: str) -> bool:
    try:
        validate_resident_id(number)
    except Exception:
        return False
    return True
