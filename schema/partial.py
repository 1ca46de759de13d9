"""Update inputs (…UpdateInput, the edit side of …SaveInput): a field the request leaves out
changes nothing.

Such a field is declared nullable with `default=UNSET`, so the SDL shows it without a
default; left out it arrives as UNSET, which the workflows read as KEEP (domain/patch.py). An
explicit null asks to empty the field, which the workflow allows or refuses with a typed
error. Nothing in an update input is required or defaulted, so no client (and no console
form) has to resend, or may overwrite with a preset, a value it does not mean to change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from strawberry.types.unset import UnsetType

from domain.patch import KEEP, Keep

T = TypeVar("T")


def kept(value: Any, convert: Callable[[Any], T] | None = None) -> T | Keep | None:
    """An input field's value for a workflow: KEEP when left out, None when null, else the
    value (through `convert`, e.g. a schema enum to the stored one)."""
    if isinstance(value, UnsetType):
        return KEEP
    if value is None:
        return None
    return convert(value) if convert is not None else value
