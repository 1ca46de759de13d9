"""Permissions declared once: `@allow` on a field says who may read or call it.

One `Allow` permission both prints the directive into the SDL (portal teams read the rules
in schema.graphql) and enforces it through Strawberry's PermissionExtension. Row scope is
not decided here: resolvers pass the principal's scope to the domain (domain/scope.py).
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema_directive import Location
from strawberry.types.field import StrawberryField

from domain.errors import DomainError
from domain.principal import Principal
from models import enums as stored
from schema.enums import Module, RoleKind

ADMIN_KINDS = (
    stored.RoleKind.EMPLOYER,
    stored.RoleKind.COMPETENT,
    stored.RoleKind.HRSS,
    stored.RoleKind.BASE,
)
EVERY_KIND = (stored.RoleKind.PROFESSIONAL, *ADMIN_KINDS)


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    name="allow",
    description="访问规则：哪些角色可读取或调用此字段；modules 为管理员还需具备的权限模块之一",
)
class AllowDirective:
    roles: list[RoleKind] = strawberry.field(description="允许的角色类型")
    modules: list[Module] = strawberry.field(description="管理员需具备其一的权限模块")
    anonymous: bool = strawberry.field(description="是否允许未登录访问")


class PasswordChangeRequired(DomainError):
    def __init__(self) -> None:
        super().__init__("PASSWORD_CHANGE_REQUIRED", "密码已被重置，请先修改密码")


class Forbidden(DomainError):
    def __init__(self, authenticated: bool) -> None:
        if authenticated:
            super().__init__("FORBIDDEN", "您没有执行此操作的权限")
        else:
            super().__init__("UNAUTHENTICATED", "请先登录")


class Allow(BasePermission):
    def __init__(
        self,
        roles: tuple[stored.RoleKind, ...],
        modules: tuple[stored.Module, ...] = (),
        anonymous: bool = False,
        while_password_reset: bool = False,
    ) -> None:
        self.roles = roles
        self.modules = modules
        self.anonymous = anonymous
        self.while_password_reset = while_password_reset

    def permits(self, principal: Principal) -> bool:
        if self.anonymous:
            return True
        if principal.kind not in self.roles:
            return False
        if principal.is_admin and self.modules:
            return any(principal.may_use(module) for module in self.modules)
        return True

    def waits_for_password_change(self, principal: Principal) -> bool:
        return principal.must_change_password and not (self.anonymous or self.while_password_reset)

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        principal = info.context.principal
        if not self.permits(principal):
            raise Forbidden(principal.is_authenticated)
        if self.waits_for_password_change(principal):
            raise PasswordChangeRequired
        return True

    @property
    def schema_directive(self) -> object:
        return AllowDirective(
            roles=[RoleKind[r.name] for r in self.roles],  # type: ignore[misc]
            modules=[Module[m.name] for m in self.modules],  # type: ignore[misc]
            anonymous=self.anonymous,
        )


def rule_of(field: StrawberryField) -> Allow | None:
    """The `@allow` rule a field declares, if any."""
    for extension in field.extensions:
        if isinstance(extension, PermissionExtension):
            for permission in extension.permissions:
                if isinstance(permission, Allow):
                    return permission
    return None


def may_use_field(principal: Principal, field: StrawberryField) -> bool:
    """Whether the principal may read or call the field now: the rule its `@allow` declares,
    exactly as the API enforces it (deny when the field declares none). The console shows
    only what this answers yes to."""
    rule = rule_of(field)
    return (
        rule is not None
        and rule.permits(principal)
        and not rule.waits_for_password_change(principal)
    )


def allow(
    *roles: stored.RoleKind,
    modules: tuple[stored.Module, ...] = (),
    anonymous: bool = False,
    while_password_reset: bool = False,
) -> list[FieldExtension]:
    """Field extensions for `strawberry.field(extensions=allow(...))`."""
    rule = Allow(roles, modules, anonymous, while_password_reset)
    return [PermissionExtension(permissions=[rule])]


def public() -> list[FieldExtension]:
    return allow(*EVERY_KIND, anonymous=True)


def signed_in(*, while_password_reset: bool = False) -> list[FieldExtension]:
    return allow(*EVERY_KIND, while_password_reset=while_password_reset)
