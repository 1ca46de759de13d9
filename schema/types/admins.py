from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry import UNSET

from models import AdminRole as StoredAdminRole
from schema.context import Info
from schema.enums import AccountStatus, Module
from schema.input_limits import column
from schema.pii import mask_id_number, pii
from schema.types.organisations import Organisation, organisation_for
from schema.types.registration import AccountInput


@strawberry.type(description="管理员角色：一组权限模块")
class AdminRole:
    id: strawberry.ID
    name: str = strawberry.field(description="角色名称")
    modules: list[Module] = strawberry.field(description="权限模块")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AdminRole:
        return cls(
            id=strawberry.ID(str(row["id"])),
            name=row["name"],
            modules=[Module[m] for m in row["modules"]],
        )


@strawberry.type(description="机构管理员")
class Admin:
    id: strawberry.ID
    account_id: strawberry.ID = strawberry.field(description="账号编号")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="身份证号码", extensions=pii(mask_id_number))
    is_super: bool = strawberry.field(description="是否超级管理员")
    status: AccountStatus = strawberry.field(description="状态")
    role_id: strawberry.ID | None = strawberry.field(description="角色编号")
    role_name: str | None = strawberry.field(description="角色（未分配为空）")
    created_at: dt.datetime = strawberry.field(description="添加时间")
    _organisation_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Admin:
        return cls(
            id=strawberry.ID(str(row["id"])),
            account_id=strawberry.ID(str(row["account_id"])),
            name=row["name"],
            id_number=row["id_number"],
            is_super=row["is_super"],
            status=row["status"],
            role_id=strawberry.ID(str(row["role_id"])) if row["role_id"] else None,
            role_name=row.get("role_name"),
            created_at=row["created_at"],
            _organisation_id=row["organisation_id"],
        )

    @strawberry.field(description="所属机构")
    async def organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._organisation_id)


@strawberry.input(
    description="添加管理员：选择本单位人员（accountId），或填写账号信息（新账号，或勾选已是本系统用户并输入原密码）"
)
class AdminAddInput:
    account_id: strawberry.ID | None = strawberry.field(
        default=None, description="本单位人员的账号"
    )
    account: AccountInput | None = strawberry.field(default=None, description="新账号或已有账号")
    role_id: strawberry.ID | None = strawberry.field(default=None, description="角色")


@strawberry.input(description="管理员操作")
class AdminTargetInput:
    admin_id: strawberry.ID = strawberry.field(description="管理员编号")


@strawberry.input(description="启用或停用管理员")
class AdminSetEnabledInput:
    admin_id: strawberry.ID = strawberry.field(description="管理员编号")
    enabled: bool = strawberry.field(description="true 启用；false 停用")


@strawberry.input(description="为管理员分配角色（不填则无权限模块）")
class AdminAssignRoleInput:
    admin_id: strawberry.ID = strawberry.field(description="管理员编号")
    role_id: strawberry.ID | None = strawberry.field(default=None, description="角色")


@strawberry.input(description="新建或修改角色：不填编号为新建；修改时只传要修改的项，未传的项不变")
class AdminRoleSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="修改时填写")
    name: str | None = strawberry.field(
        directives=[column(StoredAdminRole, "name")],
        default=UNSET,
        description="角色名称（新建时必填）",
    )
    modules: list[Module] | None = strawberry.field(
        default=UNSET, description="权限模块（新建时必填）"
    )
