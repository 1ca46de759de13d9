"""The one GraphQL schema of jijiao, printed to schema.graphql."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
    max_aliases,
    query_depth_limiter,
)
from strawberry.schema.config import StrawberryConfig

from models.enums import Module
from resolvers import access as access_resolvers
from resolvers import organisations as organisation_resolvers
from resolvers import persons as person_resolvers
from schema.extensions import ErrorPolicy, JijiaoSchema
from schema.limits import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, MaxDirectivesRule
from schema.pagination import Connection
from schema.permissions import ADMIN_KINDS, allow, public, signed_in
from schema.projection import ProjectingExecutionContext
from schema.subscriptions import Subscription
from schema.types.access import (
    AccountPasswordResetPayload,
    LoginPayload,
    LogoutPayload,
    OkPayload,
    PasswordChangePayload,
    Viewer,
)
from schema.types.organisations import Organisation
from schema.types.persons import Person
from schema.types.regions import Region


@strawberry.type
class Query:
    viewer: Viewer | None = strawberry.field(
        resolver=access_resolvers.viewer,
        extensions=public(),
        description="当前登录者；未登录时为空",
    )
    # the organisation directory is public: registration forms pick a parent unit from it
    organisation: Organisation = strawberry.field(
        resolver=organisation_resolvers.organisation,
        extensions=public(),
        description="按编号查询机构",
    )
    organisations: Connection[Organisation] = strawberry.field(
        resolver=organisation_resolvers.organisations,
        extensions=public(),
        description="机构列表",
    )
    regions: list[Region] = strawberry.field(
        resolver=organisation_resolvers.regions,
        extensions=public(),
        description="行政区划；不给上级代码时返回顶层",
    )
    persons: Connection[Person] = strawberry.field(
        resolver=person_resolvers.persons,
        extensions=allow(*ADMIN_KINDS, modules=(Module.ACCOUNTS, Module.STATISTICS)),
        description="专业技术人员查询（本机构及下级范围内）",
    )


@strawberry.type
class Mutation:
    login: LoginPayload = strawberry.field(
        resolver=access_resolvers.login,
        extensions=public(),
        description="以身份证号、密码和登录角色登录，返回会话令牌",
    )
    logout: LogoutPayload = strawberry.field(
        resolver=access_resolvers.logout,
        extensions=signed_in(while_password_reset=True),
        description="退出登录",
    )
    password_change: PasswordChangePayload = strawberry.field(
        resolver=access_resolvers.password_change,
        extensions=signed_in(while_password_reset=True),
        description="修改密码（需原密码）；其他会话随之失效",
    )

    account_password_reset: AccountPasswordResetPayload = strawberry.field(
        resolver=access_resolvers.account_password_reset,
        extensions=allow(*ADMIN_KINDS, modules=(Module.ACCOUNTS,)),
        description="为本单位及下级的成员重置密码（身份证号后六位，下次登录须修改）",
    )
    password_reset_request: OkPayload = strawberry.field(
        resolver=access_resolvers.password_reset_request,
        extensions=public(),
        description="忘记密码：验证身份证号与注册手机号或邮箱后发送验证码",
    )
    password_reset: OkPayload = strawberry.field(
        resolver=access_resolvers.password_reset_with_code,
        extensions=public(),
        description="以验证码重置密码；账号的全部会话随之失效",
    )


VALIDATION_RULES = [
    max_aliases.create_validator(MAX_ALIASES),
    query_depth_limiter.create_validator(MAX_DEPTH, None, None),
    MaxDirectivesRule,
]


def build_schema(*, introspection: bool = True) -> JijiaoSchema:
    extensions: list[Any] = [
        # factories: strawberry builds fresh extensions per request; the parse and
        # validation caches live at module level, so they are shared all the same
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        # one list of rule classes for the process: the validation cache keys on them, so
        # rules built per request (as the limiter extensions do) would never hit the cache
        lambda: AddValidationRules(VALIDATION_RULES),
        ErrorPolicy,
    ]
    if not introspection:
        extensions.append(DisableIntrospection)
    return JijiaoSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        execution_context_class=ProjectingExecutionContext,
        config=StrawberryConfig(disable_field_suggestions=True),
        extensions=extensions,
    )


def print_sdl() -> str:
    return build_schema().as_str() + "\n"
