"""Permissions declared once: `@allow(rule: …)` on a field names the rule that decides who
may read or call it.

The rules themselves live in domain.rules, where the HTTP routes and domain entries use the
very same objects; this module only prints a rule into the SDL (portal teams read it in
schema.graphql) and enforces it through Strawberry's PermissionExtension. Row scope is not
decided here: resolvers pass the principal's scope to the domain (domain/scope.py).
"""

from __future__ import annotations

import inspect
from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema_directive import Location
from strawberry.types.field import StrawberryField

from domain import rules
from domain.principal import Principal
from domain.rules import Rule
from schema.enums import Module, RoleKind


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    name="allow",
    description=(
        "访问规则：rule 为规则名；roles 为允许的角色类型；管理员还需具备 modules 之一"
        "（若有）及 everyModules 全部"
    ),
)
class AllowDirective:
    rule: str = strawberry.field(description="规则名（同一规则也用于文件、证书、导入导出等接口）")
    roles: list[RoleKind] = strawberry.field(description="允许的角色类型")
    modules: list[Module] = strawberry.field(description="管理员需具备其一的权限模块")
    every_modules: list[Module] = strawberry.field(description="管理员还需全部具备的权限模块")
    anonymous: bool = strawberry.field(description="是否允许未登录访问")


class Allow(BasePermission):
    """Strawberry's side of a domain rule: refuses with the rule's own typed error."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        self.rule.check(info.context.principal)
        return True

    @property
    def schema_directive(self) -> object:
        return AllowDirective(
            rule=self.rule.name,
            roles=[RoleKind[r.name] for r in self.rule.roles],  # type: ignore[misc]
            modules=[Module[m.name] for m in self.rule.modules],  # type: ignore[misc]
            every_modules=[Module[m.name] for m in self.rule.every_module],  # type: ignore[misc]
            anonymous=self.rule.anonymous,
        )


def rule_of(field: StrawberryField) -> Rule | None:
    """The rule a field's `@allow` declares, if any."""
    for extension in field.extensions:
        if isinstance(extension, PermissionExtension):
            for permission in extension.permissions:
                if isinstance(permission, Allow):
                    return permission.rule
    return None


def may_use_field(principal: Principal, field: StrawberryField) -> bool:
    """Whether the principal may read or call the field now: the rule its `@allow` declares,
    exactly as the API enforces it (deny when the field declares none). The console shows
    only what this answers yes to."""
    rule = rule_of(field)
    return rule is not None and rule.admits(principal)


class RuleCheck(PermissionExtension):
    """Strawberry's permission extension for one rule, checked without its generic walk
    (awaiting each permission, type-checking its answer): every field of every request runs
    this, and a rule's check is plain and synchronous — it passes or raises its error."""

    def __init__(self, rule: Rule) -> None:
        super().__init__(permissions=[Allow(rule)])
        self.rule = rule

    def resolve(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        self.rule.check(info.context.principal)
        return next_(source, info, **kwargs)

    async def resolve_async(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        self.rule.check(info.context.principal)
        result = next_(source, info, **kwargs)
        if inspect.isasyncgen(result):  # a subscription's stream
            return result
        return await result


def allow(rule: Rule) -> list[FieldExtension]:
    """Field extensions for `strawberry.field(extensions=allow(rules.X))`."""
    return [RuleCheck(rule)]


def public() -> list[FieldExtension]:
    return allow(rules.PUBLIC)


def signed_in(*, while_password_reset: bool = False) -> list[FieldExtension]:
    return allow(rules.SIGNED_IN_DURING_RESET if while_password_reset else rules.SIGNED_IN)
