"""Masked forms of personal data, for every place that shows it to someone not entitled to it."""

from __future__ import annotations


def mask_id_number(value: str | None) -> str | None:
    """370102********1234: the region of issue and the last four stay readable. The birth
    date is hidden whole: with the year shown, month and day were the only unknowns and the
    check digit left about 32 candidates, which an existence answer could try one by one."""
    if not value:
        return value
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str | None:
    if not value:
        return value
    return value[:3] + "****" + value[-4:] if len(value) >= 11 else "*" * len(value)


def mask_email(value: str | None) -> str | None:
    if not value or "@" not in value:
        return value
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"
