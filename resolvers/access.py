"""Login, logout, password change and the viewer."""

from __future__ import annotations

import strawberry

from domain import accounts, password_reset, role_switch, rules
from domain import login as login_flow
from models import Account
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import RoleKind
from schema.permissions import allow, public, signed_in
from schema.types.access import (
    AccountPasswordResetInput,
    AccountPasswordResetPayload,
    LoginInput,
    LoginPayload,
    LogoutPayload,
    OkPayload,
    PasswordChangeInput,
    PasswordChangePayload,
    PasswordResetInput,
    PasswordResetRequestInput,
    SessionSwitchRoleInput,
    Viewer,
)


async def login(info: Info, input: LoginInput) -> LoginPayload:
    organisation_id = (
        parse_id(input.organisation_id, "organisationId") if input.organisation_id else None
    )
    success = await login_flow.login(
        input.id_number,
        input.password,
        stored.RoleKind(input.portal.value),
        organisation_id=organisation_id,
        client_address=info.context.client_address,
    )
    return _signed_in(success)


async def session_switch_role(info: Info, input: SessionSwitchRoleInput) -> LoginPayload:
    organisation_id = (
        parse_id(input.organisation_id, "organisationId") if input.organisation_id else None
    )
    success = await role_switch.switch_role(
        info.context.principal,
        stored.RoleKind(input.portal.value),
        organisation_id,
        info.context.client_address,
    )
    return _signed_in(success)


def _signed_in(success: login_flow.LoginSuccess) -> LoginPayload:
    return LoginPayload(
        token=success.session.token,
        expires_at=success.session.expires_at,
        must_change_password=success.must_change_password,
        errors=[],
    )


async def logout(info: Info) -> LogoutPayload:
    ended = await accounts.log_out(info.context.principal, info.context.token)
    return LogoutPayload(ok=ended, errors=[])


async def password_change(info: Info, input: PasswordChangeInput) -> PasswordChangePayload:
    issued = await accounts.change_password(
        info.context.principal,
        input.old_password,
        input.new_password,
        info.context.client_address,
    )
    return PasswordChangePayload(token=issued.token, errors=[])


async def viewer(info: Info) -> Viewer | None:
    principal = info.context.principal
    if principal.account_id is None or principal.kind is None:
        return None
    # principal_for_token reads the name and ID number with the session; another principal
    # (built without the account) has them looked up
    name, id_number, must_change = (
        principal.name,
        principal.id_number,
        principal.must_change_password,
    )
    if name is None or id_number is None:
        account = await Account.get(id=principal.account_id)
        name, id_number = account.name, account.id_number
        must_change = account.must_change_password
    return Viewer(
        account_id=strawberry.ID(str(principal.account_id)),
        name=name,
        id_number=id_number,
        kind=RoleKind[principal.kind.name],
        is_super=principal.is_super,
        must_change_password=must_change,
        _organisation_id=principal.organisation_id,
        _modules=principal.modules,
    )


async def account_password_reset(
    info: Info, input: AccountPasswordResetInput
) -> AccountPasswordResetPayload:
    account_id = parse_id(input.account_id, "accountId")
    await accounts.reset_member_password(info.context.principal, account_id)
    return AccountPasswordResetPayload(ok=True, errors=[])


async def password_reset_request(info: Info, input: PasswordResetRequestInput) -> OkPayload:
    await password_reset.request_reset(input.id_number, input.contact, info.context.client_address)
    # the same answer whether or not the account and contact match
    return OkPayload(ok=True, message="如账号与联系方式匹配，验证码已发送，30分钟内有效", errors=[])


async def password_reset_with_code(info: Info, input: PasswordResetInput) -> OkPayload:
    await password_reset.reset_password(
        input.id_number, input.code, input.new_password, info.context.client_address
    )
    return OkPayload(ok=True, message="密码已重置，请用新密码登录", errors=[])


async def account_unlock(info: Info, input: AccountPasswordResetInput) -> OkPayload:
    await accounts.unlock_member(info.context.principal, parse_id(input.account_id, "accountId"))
    return OkPayload(ok=True, message="已解除登录锁定", errors=[])


@strawberry.type
class AccessQueries:
    viewer: Viewer | None = strawberry.field(
        resolver=viewer,
        extensions=public(),
        description="当前登录者；未登录时为空",
    )


@strawberry.type
class AccessMutations:
    login: LoginPayload = strawberry.field(
        resolver=login,
        extensions=public(),
        description="以身份证号、密码和登录角色登录，返回会话令牌",
    )
    logout: LogoutPayload = strawberry.field(
        resolver=logout,
        extensions=signed_in(while_password_reset=True),
        description="退出登录",
    )
    password_change: PasswordChangePayload = strawberry.field(
        resolver=password_change,
        extensions=signed_in(while_password_reset=True),
        description="修改密码（需原密码）；其他会话随之失效",
    )
    session_switch_role: LoginPayload = strawberry.field(
        resolver=session_switch_role,
        extensions=signed_in(),
        description="切换角色：结束当前会话，以本账号的另一角色或另一单位重新签发会话令牌",
    )
    account_password_reset: AccountPasswordResetPayload = strawberry.field(
        resolver=account_password_reset,
        extensions=allow(rules.MANAGE_ACCOUNTS),
        description="为本单位及下级的成员重置密码（身份证号后六位，下次登录须修改）",
    )
    account_unlock: OkPayload = strawberry.field(
        resolver=account_unlock,
        extensions=allow(rules.MANAGE_ACCOUNTS),
        description="解除成员的登录锁定",
    )
    password_reset_request: OkPayload = strawberry.field(
        resolver=password_reset_request,
        extensions=public(),
        description="忘记密码：验证身份证号与注册手机号或邮箱后发送验证码",
    )
    password_reset: OkPayload = strawberry.field(
        resolver=password_reset_with_code,
        extensions=public(),
        description="重置密码：以收到的验证码设置新密码；账号的全部会话随之失效",
    )
