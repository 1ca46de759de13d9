from __future__ import annotations

import datetime as dt

import strawberry

from domain import accounts
from models import Account
from models.enums import Module as DomainModule
from schema.context import Info
from schema.enums import Module, RoleKind
from schema.input_limits import ID_NUMBER, PASSWORD, RESET_CODE, column
from schema.types.errors import UserError
from schema.types.organisations import Organisation, organisation_for


@strawberry.type(description="账号可用的一个角色")
class ViewerRole:
    kind: RoleKind = strawberry.field(description="角色类型")
    organisation_id: strawberry.ID = strawberry.field(description="所属机构")
    organisation_name: str = strawberry.field(description="所属机构名称")
    is_super: bool = strawberry.field(description="是否为超级管理员")


@strawberry.type(description="当前登录者")
class Viewer:
    account_id: strawberry.ID = strawberry.field(description="账号编号")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号码（本人可见全文）")
    kind: RoleKind = strawberry.field(description="当前以何种角色操作")
    is_super: bool = strawberry.field(description="是否为当前机构的超级管理员")
    must_change_password: bool = strawberry.field(description="是否须先修改密码")
    _organisation_id: strawberry.Private[int | None]
    _modules: strawberry.Private[frozenset[DomainModule]]

    # listed only when asked for: a super admin holds every module, ~10 µs to sort and name
    @strawberry.field(description="当前角色拥有的权限模块")
    def modules(self) -> list[Module]:
        return [Module[m.name] for m in sorted(self._modules)]

    # read only when asked for: most screens ask the viewer for its name and role alone
    @strawberry.field(description="该账号的全部角色")
    async def roles(self) -> list[ViewerRole]:
        return [
            ViewerRole(
                kind=RoleKind[role.kind.name],
                organisation_id=strawberry.ID(str(role.organisation_id)),
                organisation_name=role.organisation_name,
                is_super=role.is_super,
            )
            for role in await accounts.account_roles(int(self.account_id))
        ]

    @strawberry.field(description="当前角色所属机构")
    async def organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._organisation_id)


@strawberry.input(description="登录")
class LoginInput:
    id_number: str = strawberry.field(
        directives=[ID_NUMBER], description="身份证号码（末位x自动转为大写）"
    )
    password: str = strawberry.field(directives=[PASSWORD], description="密码")
    portal: RoleKind = strawberry.field(description="登录角色")
    organisation_id: strawberry.ID | None = strawberry.field(
        default=None, description="管理多个单位时，选择以哪个单位登录"
    )


@strawberry.input(description="切换角色：以本账号的另一角色（或另一单位）操作，无需再次输入密码")
class SessionSwitchRoleInput:
    portal: RoleKind = strawberry.field(description="切换到的登录角色")
    organisation_id: strawberry.ID | None = strawberry.field(
        default=None, description="管理多个单位时，选择以哪个单位操作"
    )


@strawberry.type(description="登录结果")
class LoginPayload:
    token: str | None = strawberry.field(description="会话令牌：HTTP 以 Authorization: Bearer 发送")
    expires_at: dt.datetime | None = strawberry.field(description="会话最迟失效时间")
    must_change_password: bool = strawberry.field(description="是否须先修改密码")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="修改密码")
class PasswordChangeInput:
    old_password: str = strawberry.field(directives=[PASSWORD], description="原密码")
    new_password: str = strawberry.field(
        directives=[PASSWORD], description="新密码（8位以上，不能过于常见）"
    )


@strawberry.type(description="修改密码结果；成功后其他会话全部失效，需用新令牌")
class PasswordChangePayload:
    token: str | None = strawberry.field(description="新的会话令牌")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.type(description="退出登录结果")
class LogoutPayload:
    ok: bool = strawberry.field(description="是否已退出")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="管理员为成员重置密码：重置为身份证号后六位，成员下次登录须修改")
class AccountPasswordResetInput:
    account_id: strawberry.ID = strawberry.field(description="成员账号编号")


@strawberry.type(description="重置密码结果")
class AccountPasswordResetPayload:
    ok: bool = strawberry.field(description="是否已重置")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="忘记密码：以身份证号和注册时的手机号或邮箱获取验证码")
class PasswordResetRequestInput:
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="身份证号码")
    contact: str = strawberry.field(
        directives=[column(Account, "email")], description="注册时填写的手机号码或电子邮箱"
    )


@strawberry.input(description="以验证码重置密码")
class PasswordResetInput:
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="身份证号码")
    code: str = strawberry.field(directives=[RESET_CODE], description="收到的6位验证码")
    new_password: str = strawberry.field(directives=[PASSWORD], description="新密码")


@strawberry.type(description="操作结果")
class OkPayload:
    ok: bool = strawberry.field(description="是否成功")
    message: str | None = strawberry.field(description="提示")
    errors: list[UserError] = strawberry.field(description="失败原因")
