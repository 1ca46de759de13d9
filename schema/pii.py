"""Personal data declared once: `@pii` masks a field's value unless the principal passes the
named rule SEE_PERSONAL_DATA (domain.rules). The same rule serves ordinary
resolution (a field extension) and projected lists (Column.mask)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.schema_directive import Location

from domain import rules
from domain.masking import mask_email, mask_id_number, mask_phone
from domain.principal import Principal
from schema.enums import Module


def sees_full(principal: Principal) -> bool:
    return rules.SEE_PERSONAL_DATA.admits(principal)


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    name="pii",
    description=(
        "个人信息：符合规则 rule 的管理员（具备 fullFor 所列权限模块之一）可见全文，"
        "其他人见到脱敏值"
    ),
)
class PiiDirective:
    rule: str = strawberry.field(description="可见全文的规则名")
    full_for: list[Module] = strawberry.field(description="可见全文的权限模块")


class MaskPii(FieldExtension):
    def __init__(self, mask: Callable[[Any], Any]) -> None:
        self.mask = mask

    def apply(self, field: Any) -> None:
        # fields are shared by every schema built in the process: declare the directive once
        if not any(isinstance(d, PiiDirective) for d in field.directives):
            rule = rules.SEE_PERSONAL_DATA
            modules = [Module[m.name] for m in rule.modules]  # type: ignore[misc]
            field.directives.append(PiiDirective(rule=rule.name, full_for=modules))

    def _finish(self, value: Any, info: Any) -> Any:
        return value if sees_full(info.context.principal) else self.mask(value)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        return self._finish(next_(source, info, **kwargs), info)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        return self._finish(await next_(source, info, **kwargs), info)


def pii(mask: Callable[[Any], Any]) -> list[FieldExtension]:
    return [MaskPii(mask)]


class MaskPiiWhere(MaskPii):
    """A field holding personal data on some rows only (a line of 变更明细 is an ID number on
    one row, a title on the next): the row names its mask, the same rule decides who sees it
    in full."""

    def __init__(self, mask_of: Callable[[Any], Callable[[Any], Any] | None]) -> None:
        super().__init__(lambda value: value)
        self.mask_of = mask_of

    def _finish_row(self, value: Any, source: Any, info: Any) -> Any:
        mask = self.mask_of(source)
        if mask is None or sees_full(info.context.principal):
            return value
        return mask(value)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        return self._finish_row(next_(source, info, **kwargs), source, info)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        return self._finish_row(await next_(source, info, **kwargs), source, info)


def pii_where(mask_of: Callable[[Any], Callable[[Any], Any] | None]) -> list[FieldExtension]:
    """@pii for a field whose rows say whether they hold personal data (`mask_of(row)`)."""
    return [MaskPiiWhere(mask_of)]


def masker(mask: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    """The same rule for projected columns: (value, context) → value or masked value."""
    return lambda value, context: value if sees_full(context.principal) else mask(value)


__all__ = ["mask_email", "mask_id_number", "mask_phone", "masker", "pii", "pii_where"]
