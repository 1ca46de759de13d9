"""Identity rules: resident ID numbers (GB 11643), unified social credit codes (GB 32100),
phone numbers and e-mail addresses. Pure functions; each failure is a typed DomainError."""

from __future__ import annotations

import datetime as dt
import re

from domain.errors import DomainError

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
# first two digits: province-level divisions of GB/T 2260 (incl. Taiwan, Hong Kong, Macao)
_PROVINCE_PREFIXES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ]
)
_ID_EARLIEST_BIRTH = dt.date(1900, 1, 1)

_USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUES = {ch: i for i, ch in enumerate(_USCC_CHARSET)}

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def resident_id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def normalise_resident_id(raw: str) -> str:
    """Strip spaces and upper-case a trailing x, as every lookup and store must."""
    return raw.strip().upper()


def validate_resident_id(raw: str, *, today: dt.date | None = None) -> str:
    """Return the normalised 18-character ID number or raise the first rule it breaks."""
    value = normalise_resident_id(raw)
    if len(value) != 18:
        raise DomainError("ID_NUMBER_LENGTH", "身份证号码应为18位", "idNumber")
    if not (value[:17].isdigit() and value[:17].isascii()) or value[17] not in "0123456789X":
        raise DomainError(
            "ID_NUMBER_FORMAT", "身份证号码格式不正确：前17位应为数字，末位为数字或X", "idNumber"
        )
    if value[:2] not in _PROVINCE_PREFIXES:
        raise DomainError("ID_NUMBER_REGION", "身份证号码的地区码不正确", "idNumber")
    birth = birth_date_of(value)
    if birth is None or not _ID_EARLIEST_BIRTH <= birth <= (today or dt.date.today()):
        raise DomainError("ID_NUMBER_BIRTH_DATE", "身份证号码中的出生日期不正确", "idNumber")
    if resident_id_check_char(value[:17]) != value[17]:
        raise DomainError("ID_NUMBER_CHECK_DIGIT", "身份证号码校验位不正确，请核对", "idNumber")
    return value


def birth_date_of(id_number: str) -> dt.date | None:
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def sex_of(id_number: str) -> str:
    """GB 11643: the 17th digit is odd for men and even for women."""
    return "MALE" if int(id_number[16]) % 2 else "FEMALE"


def credit_code_check_char(first17: str) -> str:
    total = sum(_USCC_VALUES[ch] * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARSET[(31 - total % 31) % 31]


def validate_credit_code(raw: str) -> str:
    """Return the normalised unified social credit code or raise the first rule it breaks."""
    value = raw.strip().upper()
    if len(value) != 18:
        raise DomainError("CREDIT_CODE_LENGTH", "统一社会信用代码应为18位", "creditCode")
    if any(ch not in _USCC_VALUES for ch in value):
        raise DomainError(
            "CREDIT_CODE_FORMAT",
            "统一社会信用代码只能由数字和大写字母组成（不含I、O、Z、S、V）",
            "creditCode",
        )
    if not value[2:8].isdigit():
        raise DomainError(
            "CREDIT_CODE_FORMAT", "统一社会信用代码第3至8位应为行政区划码", "creditCode"
        )
    if credit_code_check_char(value[:17]) != value[17]:
        raise DomainError(
            "CREDIT_CODE_CHECK_DIGIT", "统一社会信用代码校验位不正确，请核对", "creditCode"
        )
    return value


def validate_mobile(raw: str) -> str:
    value = raw.strip()
    if not _MOBILE.fullmatch(value):
        raise DomainError("PHONE_FORMAT", "手机号码格式不正确，应为11位数字", "phone")
    return value


def validate_landline(raw: str) -> str:
    value = raw.strip()
    if not _LANDLINE.fullmatch(value):
        raise DomainError("LANDLINE_FORMAT", "固定电话格式不正确，例如 0531-88888888", "landline")
    return value


def validate_phone(raw: str) -> str:
    """An organisation's phone: a mobile or a landline number."""
    value = raw.strip()
    if _MOBILE.fullmatch(value) or _LANDLINE.fullmatch(value):
        return value
    raise DomainError("PHONE_FORMAT", "联系电话格式不正确，应为手机号码或固定电话", "phone")


def validate_email(raw: str) -> str:
    value = raw.strip()
    if len(value) > 128 or not _EMAIL.fullmatch(value):
        raise DomainError("EMAIL_FORMAT", "电子邮箱格式不正确", "email")
    return value.lower()
