"""Identity rules: every bad ID number, credit code, phone and e-mail gets a typed error."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.errors import DomainError
from domain.identity import (
    birth_date_of,
    credit_code_check_char,
    resident_id_check_char,
    sex_of,
    validate_credit_code,
    validate_email,
    validate_landline,
    validate_mobile,
    validate_phone,
    validate_resident_id,
)

# the worked example of GB 11643-1999 appendix, and a few of our own built with it
VALID_ID = "11010519491231002X"


def with_check(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def test_standard_example_is_valid() -> None:
    assert validate_resident_id(VALID_ID) == VALID_ID


def test_lower_case_x_is_accepted_and_normalised() -> None:
    assert validate_resident_id(" 11010519491231002x ") == VALID_ID


def test_check_digit_zero_to_ten_all_roundtrip() -> None:
    seen = set()
    for seq in range(100, 160):
        number = with_check(f"37010219900101{seq}")
        seen.add(number[-1])
        assert validate_resident_id(number) == number
    assert "X" in seen and "0" in seen


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1101051949123100", "ID_NUMBER_LENGTH"),
        ("11010519491231002X1", "ID_NUMBER_LENGTH"),
        ("11010519491231002Y", "ID_NUMBER_FORMAT"),
        ("1101051949123100AX", "ID_NUMBER_FORMAT"),
        ("１１010519491231002X", "ID_NUMBER_FORMAT"),
        ("99010519491231002X", "ID_NUMBER_REGION"),
        (with_check("11010519490230002"), "ID_NUMBER_BIRTH_DATE"),
        (with_check("11010518991231002"), "ID_NUMBER_BIRTH_DATE"),
        (with_check("11010530000101002"), "ID_NUMBER_BIRTH_DATE"),
        (with_check("11010519491301002"), "ID_NUMBER_BIRTH_DATE"),
        ("110105194912310021", "ID_NUMBER_CHECK_DIGIT"),
    ],
)
def test_bad_id_numbers_are_rejected_with_a_code(raw: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        validate_resident_id(raw)
    assert caught.value.code == code
    assert caught.value.field == "idNumber"
    assert "身份证" in caught.value.message


def test_birth_date_may_not_be_after_today() -> None:
    number = with_check("37010220260101001")
    assert validate_resident_id(number, today=dt.date(2026, 1, 1)) == number
    with pytest.raises(DomainError) as caught:
        validate_resident_id(number, today=dt.date(2025, 12, 31))
    assert caught.value.code == "ID_NUMBER_BIRTH_DATE"


def test_birth_date_and_sex_are_read_from_the_number() -> None:
    assert birth_date_of(VALID_ID) == dt.date(1949, 12, 31)
    assert sex_of(VALID_ID) == "FEMALE"
    assert sex_of(with_check("37010219900101011")) == "MALE"


@pytest.mark.parametrize(
    "code",
    [
        "91350100M000100Y43",
        "91110000600037341L",
        "91370102MA3C0000" + "1" + credit_code_check_char("91370102MA3C00001"),
    ],
)
def test_valid_credit_codes(code: str) -> None:
    assert validate_credit_code(code.lower()) == code


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("91350100M000100Y4", "CREDIT_CODE_LENGTH"),
        ("91350100M000100Y4I", "CREDIT_CODE_FORMAT"),
        ("913501O0M000100Y43", "CREDIT_CODE_FORMAT"),
        ("91AB0100M000100Y43", "CREDIT_CODE_FORMAT"),
        ("91350100M000100Y44", "CREDIT_CODE_CHECK_DIGIT"),
    ],
)
def test_bad_credit_codes(raw: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        validate_credit_code(raw)
    assert caught.value.code == code
    assert caught.value.field == "creditCode"


def test_credit_code_check_char_can_be_zero() -> None:
    # (31 - 0) % 31 == 0: the case a naive "31 - sum % 31" gets wrong
    for body in ("91370100MA3C0000", "91370100MA3C0001", "91370100MA3C0002"):
        for last in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            first17 = body + last
            if credit_code_check_char(first17) == "0":
                assert validate_credit_code(first17 + "0") == first17 + "0"
                return
    pytest.fail("no code with check character 0 found in the sample")


def test_phone_rules() -> None:
    assert validate_mobile(" 13800138000 ") == "13800138000"
    assert validate_landline("0531-88888888") == "0531-88888888"
    assert validate_phone("053188888888") == "053188888888"
    for bad, check in [
        ("12800138000", validate_mobile),
        ("1380013800", validate_mobile),
        ("531-8888888", validate_landline),
        ("abc", validate_phone),
    ]:
        with pytest.raises(DomainError) as caught:
            check(bad)
        assert caught.value.code in ("PHONE_FORMAT", "LANDLINE_FORMAT")


def test_email_rules() -> None:
    assert validate_email("Li.Ming@Example.CN") == "li.ming@example.cn"
    for bad in ("li@", "@example.cn", "li ming@example.cn", "li@example", "a" * 130 + "@x.cn"):
        with pytest.raises(DomainError) as caught:
            validate_email(bad)
        assert caught.value.code == "EMAIL_FORMAT"
