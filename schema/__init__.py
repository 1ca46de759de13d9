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

from models.enums import Module, RoleKind
from resolvers import access as access_resolvers
from resolvers import admins as admin_resolvers
from resolvers import audit as audit_resolvers
from resolvers import claims as claim_resolvers
from resolvers import organisations as organisation_resolvers
from resolvers import persons as person_resolvers
from resolvers import reviews as review_resolvers
from resolvers import statistics as statistics_resolvers
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
from schema.types.admins import Admin, AdminRole
from schema.types.audit import AuditEntry
from schema.types.claims import (
    CertificateCheck,
    ClaimPayload,
    ClaimsFiledPayload,
    ClaimsIngestPayload,
    ClaimType,
    CompletionType,
    LearningFormType,
    MemberCompletion,
    YearStandardType,
)
from schema.types.organisations import Organisation
from schema.types.persons import Person
from schema.types.regions import Region
from schema.types.reviews import (
    RegisterPayload,
    RegistrationProgress,
    RegistrationWithdrawPayload,
    ReviewDecidePayload,
    ReviewHidePayload,
    ReviewStep,
)
from schema.types.statistics import (
    ComprehensiveStatistics,
    HeadCount,
    LearningRecord,
    TitleDistribution,
    UnitCompletion,
)

# the review queues' modules; the engine checks the module of each kind
REVIEW_MODULES = (Module.REGISTRATION_REVIEW, Module.CLAIM_REVIEW, Module.CLAIM_VERIFICATION)


def admins_rule() -> list[Any]:
    return allow(*ADMIN_KINDS, modules=(Module.ADMINS,))


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
    review_steps: Connection[ReviewStep] = strawberry.field(
        resolver=review_resolvers.review_steps,
        extensions=allow(*ADMIN_KINDS, modules=REVIEW_MODULES),
        description="本机构的审核事项：待审核（decided=false）或已审核",
    )
    admins: Connection[Admin] = strawberry.field(
        resolver=admin_resolvers.admins_list,
        extensions=allow(*ADMIN_KINDS, modules=(Module.ADMINS,)),
        description="本单位及下级单位的管理员",
    )
    admin_roles: list[AdminRole] = strawberry.field(
        resolver=admin_resolvers.admin_roles,
        extensions=allow(*ADMIN_KINDS, modules=(Module.ADMINS,)),
        description="本单位定义的管理员角色",
    )
    audit_log: Connection[AuditEntry] = strawberry.field(
        resolver=audit_resolvers.audit_log,
        extensions=allow(*ADMIN_KINDS, modules=(Module.AUDIT,)),
        description="本单位及下级单位管理员的操作日志",
    )
    learning_forms: list[LearningFormType] = strawberry.field(
        resolver=claim_resolvers.learning_forms,
        extensions=public(),
        description="学习形式目录：每种形式的填写项、可申报科目与学时上限",
    )
    my_claims: list[ClaimType] = strawberry.field(
        resolver=claim_resolvers.my_claims,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="本人的学时申报",
    )
    year_standards: list[YearStandardType] = strawberry.field(
        resolver=claim_resolvers.year_standards,
        extensions=public(),
        description="各年度继续教育合格标准",
    )
    member_completions: Connection[MemberCompletion] = strawberry.field(
        resolver=claim_resolvers.member_completions,
        extensions=allow(*ADMIN_KINDS, modules=(Module.STATISTICS,)),
        description="本单位及下级单位人员某年度的完成情况（无学时者计为0）",
    )
    title_distribution: TitleDistribution = strawberry.field(
        resolver=statistics_resolvers.title_distribution,
        extensions=allow(*ADMIN_KINDS, modules=(Module.STATISTICS,)),
        description="职称系列分布：各系列初级、中级、高级、无的人数",
    )
    unit_completions: Connection[UnitCompletion] = strawberry.field(
        resolver=statistics_resolvers.unit_completions,
        extensions=allow(*ADMIN_KINDS, modules=(Module.STATISTICS,)),
        description="继教完成情况（按单位）：专技人员数、参加学习人数、合格人数、合格率",
    )
    comprehensive_statistics: ComprehensiveStatistics = strawberry.field(
        resolver=statistics_resolvers.comprehensive_statistics,
        extensions=allow(RoleKind.HRSS, RoleKind.COMPETENT, modules=(Module.STATISTICS,)),
        description="继教综合统计：截至统计时间各地区的机构、人员、学习与合格人数",
    )
    head_counts: list[HeadCount] = strawberry.field(
        resolver=statistics_resolvers.head_counts,
        extensions=allow(*ADMIN_KINDS, modules=(Module.STATISTICS,)),
        description="专业技术人员数量查询：下级单位与内设部门的人数",
    )
    learning_records: Connection[LearningRecord] = strawberry.field(
        resolver=statistics_resolvers.learning_records,
        extensions=allow(*ADMIN_KINDS, modules=(Module.STATISTICS,)),
        description="学习记录验证：按证件号或姓名查询各年度学时与认定结果",
    )
    my_completion: list[CompletionType] = strawberry.field(
        resolver=claim_resolvers.my_completion,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="本人各年度完成情况",
    )
    verify_certificate: CertificateCheck | None = strawberry.field(
        resolver=claim_resolvers.verify_certificate,
        extensions=public(),
        description=(
            "电子证书查询验证（按验证码）；"
            "证书 PDF：GET /certificates/{year}.pdf，验证页：/verify/{code}"
        ),
    )
    registration_progress: list[RegistrationProgress] = strawberry.field(
        resolver=review_resolvers.registration_progress,
        extensions=public(),
        description="注册审核进度查询（按身份证号）",
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
    account_unlock: OkPayload = strawberry.field(
        resolver=access_resolvers.account_unlock,
        extensions=allow(*ADMIN_KINDS, modules=(Module.ACCOUNTS,)),
        description="解除成员的登录锁定",
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
    professional_register: RegisterPayload = strawberry.field(
        resolver=review_resolvers.professional_register,
        extensions=public(),
        description="专业技术人员注册，由所在单位审核",
    )
    organisation_register: RegisterPayload = strawberry.field(
        resolver=review_resolvers.organisation_register,
        extensions=public(),
        description="主管部门、用人单位、继续教育基地注册，由所选上级单位审核",
    )
    registration_withdraw: RegistrationWithdrawPayload = strawberry.field(
        resolver=review_resolvers.registration_withdraw,
        extensions=public(),
        description="以注册密码撤回待审核的注册申请",
    )
    review_decide: ReviewDecidePayload = strawberry.field(
        resolver=review_resolvers.review_decide,
        extensions=allow(*ADMIN_KINDS, modules=REVIEW_MODULES),
        description="审核通过或不通过：所选事项或全部符合条件的待审核事项",
    )
    review_hide: ReviewHidePayload = strawberry.field(
        resolver=review_resolvers.review_hide,
        extensions=allow(*ADMIN_KINDS, modules=REVIEW_MODULES),
        description="删除记录：从已审核列表隐藏，记录保留",
    )
    admin_add: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_add,
        extensions=admins_rule(),
        description="添加管理员：本单位人员、新账号或已有账号（需原密码）",
    )
    admin_set_enabled: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_set_enabled,
        extensions=admins_rule(),
        description="启用或停用本单位或下级单位的管理员；停用后其会话立即失效",
    )
    admin_remove: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_remove,
        extensions=admins_rule(),
        description="删除管理员身份（账号保留）",
    )
    admin_transfer_super: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_transfer_super,
        extensions=admins_rule(),
        description="设为超级管理员：转让后原超级管理员成为普通管理员",
    )
    admin_assign_role: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_assign_role,
        extensions=admins_rule(),
        description="为本单位管理员分配角色",
    )
    admin_role_save: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_role_save,
        extensions=admins_rule(),
        description="新建或修改角色（一组权限模块）",
    )
    claim_create: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_create,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="新建学时申报（待提交）",
    )
    claim_update: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_update,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="修改待提交的申报",
    )
    claim_delete: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_delete,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="删除待提交的申报",
    )
    claim_submit: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_submit,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="提交申报，由所在单位审核（单位审核权限关闭时由上级审核）",
    )
    claim_withdraw: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_withdraw,
        extensions=allow(RoleKind.PROFESSIONAL),
        description="撤回尚未审核的申报，回到待提交",
    )
    claim_fail_verification: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_fail_verification,
        extensions=allow(RoleKind.COMPETENT, RoleKind.HRSS, modules=(Module.CLAIM_VERIFICATION,)),
        description="审验不通过：已通过的申报不再计入学时，专业技术人员需重新申报",
    )
    claims_file_for_members: ClaimsFiledPayload = strawberry.field(
        resolver=claim_resolvers.claims_file_for_members,
        extensions=allow(
            RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, modules=(Module.CLAIM_FILING,)
        ),
        description="单位代报：为选中人员各报一条学时，视同单位初审通过，随后由上级审验",
    )
    claims_ingest: ClaimsIngestPayload = strawberry.field(
        resolver=claim_resolvers.claims_ingest,
        extensions=allow(RoleKind.BASE, modules=(Module.CLAIM_FILING,)),
        description=(
            "继教基地（含网络学习平台）报送学员学时：按外部编号幂等，全部成功或全部不计入；"
            "视同初审通过，随后由上级审验"
        ),
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
