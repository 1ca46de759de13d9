from __future__ import annotations

from domain.errors import DomainError
from domain.pagination import MAX_ROW_ID


def parse_id(value: str | None, field: str) -> int:
    """Database ids travel as decimal strings; anything else is a typed input error."""
    text = (value or "").strip()
    if not text.isdigit() or not text.isascii() or int(text) > MAX_ROW_ID:
        raise DomainError("INVALID_ID", "编号格式不正确", field)
    return int(text)


def parse_optional_id(value: str | None, field: str) -> int | None:
    """An id the input may leave out (null); given, it must be well formed."""
    return parse_id(value, field) if value is not None else None
