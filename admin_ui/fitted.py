"""A page never calls what its viewer may not use.

Forms are generated per input type, and one input can serve several kinds of caller (a
transfer started by the professional or by its unit's admin); a picker in it reads a list
only some of them may read. The app for one principal is fitted once it is built: a choice
whose options come from a field the principal may not use is left out when the input can do
without it (the API fills it in for the caller, as the professional's own transfer names
the professional). `may_use` is the API's own rule (navigation.Audience.may_use).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from graphql import OperationDefinitionNode, parse

MayUse = Callable[[str, str], bool]  # (operation kind, root field) → allowed


@cache
def root_fields(document: str) -> tuple[tuple[str, str], ...]:
    """The (operation kind, root field) pairs a GraphQL document calls."""
    found: list[tuple[str, str]] = []
    for definition in parse(document).definitions:
        if isinstance(definition, OperationDefinitionNode):
            kind = definition.operation.value
            found.extend(
                (kind, selection.name.value)  # type: ignore[attr-defined]
                for selection in definition.selection_set.selections
            )
    return tuple(found)


def _calls_forbidden(control: dict[str, Any], may_use: MayUse) -> bool:
    for key in ("source", "autoComplete"):
        api = control.get(key)
        document = api.get("graphql") if isinstance(api, dict) else None
        if isinstance(document, str) and not all(
            may_use(kind, name) for kind, name in root_fields(document)
        ):
            return True
    return False


def fitted(value: Any, may_use: MayUse) -> Any:
    """`value` (a page, an app) without the optional choices the principal could not fill."""
    if isinstance(value, list):
        return [
            fitted(item, may_use)
            for item in value
            if not (
                isinstance(item, dict)
                and not item.get("required")
                and _calls_forbidden(item, may_use)
            )
        ]
    if isinstance(value, dict):
        return {key: fitted(inner, may_use) for key, inner in value.items()}
    return value
