"""Partial updates (修改): a field the caller leaves out stays as it is.

An edit carries KEEP for each field it was not given, None for a field it asks to empty and
the new value otherwise. A workflow passes each given value through its field's check, which
normalises it and refuses None where the field may not be emptied (the REQUIRED error a
missing value gets), so "left out" can never mean "set to empty" or "set to a default".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final


class Keep(Enum):
    """The marker of a field not given: the stored value stays. (One member, so a type
    checker narrows `value is not KEEP` to the field's own type.)"""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP

Check = Callable[[Any], Any]


def checked(checks: Mapping[str, Check], edit: Any, *, whole: bool = False) -> dict[str, Any]:
    """The fields `edit` (a dataclass) gives, each through its check, by field name.

    With `whole` (a new record, nothing stored to keep) a field not given is checked as
    empty: None for an optional one, REQUIRED for one that must be filled."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(edit):
        if field.name not in checks:
            continue
        value = getattr(edit, field.name)
        if value is KEEP and not whole:
            continue
        values[field.name] = checks[field.name](None if value is KEEP else value)
    return values


def changed(stored: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values that differ from what `stored` (a model row) holds under the same names."""
    return {k: v for k, v in values.items() if getattr(stored, k) != v}
