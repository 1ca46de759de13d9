"""Masked forms of personal data, for every place that shows it to someone not entitled to it."""

from __future__ import annotations


def mask_id_number(value: str | None) -> str | None:
    """3701021990****1234: region and birth year stay readable, the rest does not."""
    if not value:
        return value
    return (
        value[:10] + "*" * max(len(value) - 14, 0) + value[-4:]
        if len(value) > 14
        else "*" * len(value)
    )


def mask_phone(value: str | None) -> str | None:
    if not value:
        return value
    return value[:3] + "****" + value[-4:] if len(value) >= 11 else "*" * len(value)


def mask_email(value: str | None) -> str | None:
    if not value or "@" not in value:
        return value
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"
