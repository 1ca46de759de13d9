"""Personal data declared once: `@pii(fullFor: [...])` masks a field's value unless the
principal is an admin holding one of the named modules. The same rule serves ordinary
resolution (a field extension) and projected lists (Column.mask)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.schema_directive import Location

from domain.masking import mask_email, mask_id_number, mask_phone
from domain.principal import Principal
from models import enums as stored
from schema.enums import Module


def sees_full(principal: Principal, modules: tuple[stored.Module, ...]) -> bool:
    return any(principal.may_use(module) for module in modules)


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    name="pii",
    description="个人信息：仅具备所列权限模块的管理员可见全文，其他人见到脱敏值",
)
class PiiDirective:
    full_for: list[Module] = strawberry.field(description="可见全文的权限模块")


class MaskPii(FieldExtension):
    def __init__(self, mask: Callable[[Any], Any], modules: tuple[stored.Module, ...]) -> None:
        self.mask = mask
        self.modules = modules

    def apply(self, field: Any) -> None:
        # fields are shared by every schema built in the process: declare the directive once
        if not any(isinstance(d, PiiDirective) for d in field.directives):
            field.directives.append(PiiDirective(full_for=[Module[m.name] for m in self.modules]))

    def _finish(self, value: Any, info: Any) -> Any:
        return value if sees_full(info.context.principal, self.modules) else self.mask(value)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        return self._finish(next_(source, info, **kwargs), info)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        return self._finish(await next_(source, info, **kwargs), info)


PII_FULL_FOR = (stored.Module.ACCOUNTS,)


def pii(mask: Callable[[Any], Any]) -> list[FieldExtension]:
    return [MaskPii(mask, PII_FULL_FOR)]


def masker(mask: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    """The same rule for projected columns: (value, context) → value or masked value."""
    return lambda value, context: (
        value if sees_full(context.principal, PII_FULL_FOR) else mask(value)
    )


__all__ = ["mask_email", "mask_id_number", "mask_phone", "masker", "pii"]
