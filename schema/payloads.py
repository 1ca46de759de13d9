"""Failures mapped once: a DomainError raised while a mutation runs becomes its payload's
`errors`, every other field of the payload left empty — no try/except in the resolvers
(Saleor's BaseMutation, as a field extension).

The extension sits innermost, right around the resolver, so a refusal by the field's @allow
rule still answers as a GraphQL error (the caller may not call this at all) while what the
workflow refuses is a typed user error on the payload.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.extensions.field_extension import FieldExtension
from strawberry.types.base import StrawberryList, StrawberryOptional, get_object_definition
from strawberry.types.field import StrawberryField

from domain.errors import DomainError
from schema.types.errors import UserError

# what a failed mutation answers in a payload field that cannot be null
_EMPTY_SCALARS: dict[object, object] = {bool: False, int: 0}


def empty_payload(payload: type) -> dict[str, Any]:
    """The payload's fields other than `errors`, each as empty as its type allows; a field
    that has no empty value (a required object or string) is a mistake in the payload."""
    definition = get_object_definition(payload)
    if definition is None or "errors" not in {f.python_name for f in definition.fields}:
        raise TypeError(f"{payload.__name__}: a mutation answers a payload with errors")
    empty: dict[str, Any] = {}
    for field in definition.fields:
        kind = field.type
        if field.python_name == "errors":
            continue
        if isinstance(kind, StrawberryOptional):
            empty[field.python_name] = None
        elif isinstance(kind, StrawberryList):
            empty[field.python_name] = []
        elif kind in _EMPTY_SCALARS:
            empty[field.python_name] = _EMPTY_SCALARS[kind]
        else:
            raise TypeError(
                f"{payload.__name__}.{field.python_name}: a failed mutation leaves it empty, "
                "so it must be optional, a list, a Boolean or an Int"
            )
    payload(**empty, errors=[])  # every field the payload needs has a value
    return empty


class DomainErrorsOnPayload(FieldExtension):
    """Turns a DomainError from the mutation into its payload's `errors`."""

    payload: type
    empty: dict[str, Any]

    def apply(self, field: StrawberryField) -> None:
        payload = field.type
        if not isinstance(payload, type):
            raise TypeError(f"{field.python_name}: a mutation answers one payload type")
        self.payload, self.empty = payload, empty_payload(payload)

    def failed(self, error: DomainError) -> object:
        return self.payload(**self.empty, errors=[UserError.of(error)])

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        try:
            return next_(source, info, **kwargs)
        except DomainError as error:
            return self.failed(error)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        try:
            return await next_(source, info, **kwargs)
        except DomainError as error:
            return self.failed(error)


def errors_on_payloads(mutation: type) -> type:
    """Every field of the mutation root maps domain errors onto its payload (innermost of
    its extensions, inside the @allow check)."""
    for field in mutation.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        if not any(isinstance(e, DomainErrorsOnPayload) for e in field.extensions):
            field.extensions.insert(0, DomainErrorsOnPayload())
    return mutation
