"""Numbers that arrive as text (study hours, scores, form answers): a finite decimal or a
typed error. Python's Decimal reads "NaN", "Infinity" and "1e999" without complaint, and
NaN only fails later, in a comparison, as an unexpected error."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from domain.errors import DomainError


def finite_decimal(text: object, label: str, field: str, places: Decimal | None = None) -> Decimal:
    """`text` as a finite Decimal (rounded to `places` when given), else INVALID_NUMBER
    against `field`, saying "<label>应为数字"."""
    try:
        number = Decimal(str(text).strip())
        if number.is_finite() and places is not None:
            number = number.quantize(places)  # past the context's precision: InvalidOperation
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise DomainError("INVALID_NUMBER", f"{label}应为数字", field)
    return number
