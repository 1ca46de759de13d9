"""Admins and roles of the acting organisation."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import admins, rules
from models import enums as stored
from resolvers.ids import parse_id
from resolvers.registration import credentials
from schema.context import Info
from schema.pagination import Connection, connection, page_request
from schema.partial import kept
from schema.permissions import allow
from schema.types.access import OkPayload
from schema.types.admins import (
    Admin,
    AdminAddInput,
    AdminAssignRoleInput,
    AdminRole,
    AdminRoleSaveInput,
    AdminSetEnabledInput,
    AdminTargetInput,
)


async def admins_list(
    info: Info,
    organisation_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="单位编号（不填为本单位及下级）")
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[Admin]:
    org = parse_id(organisation_id, "organisationId") if organisation_id else None
    page = await admins.list_admins(info.context.principal, page_request(info, first, after), org)
    return connection(page, [Admin.from_row(row) for row in page.rows])


async def admin_roles(info: Info) -> list[AdminRole]:
    return [AdminRole.from_row(row) for row in await admins.roles_of(info.context.principal)]


async def admin_add(info: Info, input: AdminAddInput) -> OkPayload:
    admin = await admins.add_admin(
        info.context.principal,
        member_account_id=parse_id(input.account_id, "accountId") if input.account_id else None,
        credentials=credentials(input.account) if input.account else None,
        role_id=parse_id(input.role_id, "roleId") if input.role_id else None,
        client_address=info.context.client_address,
    )
    return OkPayload(ok=True, message=f"已添加管理员（编号 {admin.id}）", errors=[])


async def admin_set_enabled(info: Info, input: AdminSetEnabledInput) -> OkPayload:
    await admins.set_admin_enabled(
        info.context.principal, parse_id(input.admin_id, "adminId"), input.enabled
    )
    return OkPayload(ok=True, message=None, errors=[])


async def admin_remove(info: Info, input: AdminTargetInput) -> OkPayload:
    await admins.remove_admin(info.context.principal, parse_id(input.admin_id, "adminId"))
    return OkPayload(ok=True, message=None, errors=[])


async def admin_transfer_super(info: Info, input: AdminTargetInput) -> OkPayload:
    await admins.transfer_super(info.context.principal, parse_id(input.admin_id, "adminId"))
    return OkPayload(
        ok=True, message="超级管理员已转让，原超级管理员账号不再是本单位管理员", errors=[]
    )


async def admin_assign_role(info: Info, input: AdminAssignRoleInput) -> OkPayload:
    role = parse_id(input.role_id, "roleId") if input.role_id else None
    await admins.assign_role(info.context.principal, parse_id(input.admin_id, "adminId"), role)
    return OkPayload(ok=True, message=None, errors=[])


async def admin_role_save(info: Info, input: AdminRoleSaveInput) -> OkPayload:
    role = await admins.save_role(
        info.context.principal,
        parse_id(input.id, "id") if input.id else None,
        name=kept(input.name),
        modules=kept(input.modules, lambda given: [stored.Module(m.value) for m in given]),
    )
    return OkPayload(ok=True, message=f"角色编号 {role.id}", errors=[])


@strawberry.type
class AdminQueries:
    admins: Connection[Admin] = strawberry.field(
        resolver=admins_list,
        extensions=allow(rules.MANAGE_ADMINS),
        description="本单位及下级单位的管理员",
    )
    admin_roles: list[AdminRole] = strawberry.field(
        resolver=admin_roles,
        extensions=allow(rules.MANAGE_ADMINS),
        description="本单位定义的管理员角色",
    )


@strawberry.type
class AdminMutations:
    admin_add: OkPayload = strawberry.field(
        resolver=admin_add,
        extensions=allow(rules.MANAGE_ADMINS),
        description="添加管理员：本单位人员、新账号或已有账号（需原密码）",
    )
    admin_set_enabled: OkPayload = strawberry.field(
        resolver=admin_set_enabled,
        extensions=allow(rules.MANAGE_ADMINS),
        description="启用或停用本单位或下级单位的管理员；停用后其会话立即失效",
    )
    admin_remove: OkPayload = strawberry.field(
        resolver=admin_remove,
        extensions=allow(rules.MANAGE_ADMINS),
        description="删除管理员身份（账号保留）",
    )
    admin_transfer_super: OkPayload = strawberry.field(
        resolver=admin_transfer_super,
        extensions=allow(rules.MANAGE_ADMINS),
        description="设为超级管理员：转让后不保留原超级管理员账号（不再是本单位管理员）",
    )
    admin_assign_role: OkPayload = strawberry.field(
        resolver=admin_assign_role,
        extensions=allow(rules.MANAGE_ADMINS),
        description="为本单位管理员分配角色",
    )
    admin_role_save: OkPayload = strawberry.field(
        resolver=admin_role_save,
        extensions=allow(rules.MANAGE_ADMINS),
        description="新建或修改角色（一组权限模块）",
    )
