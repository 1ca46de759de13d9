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

from domain import rules
from resolvers import access as access_resolvers
from resolvers import admins as admin_resolvers
from resolvers import audit as audit_resolvers
from resolvers import claims as claim_resolvers
from resolvers import credit_codes as credit_code_resolvers
from resolvers import filed_claims as filed_claim_resolvers
from resolvers import org_changes as org_change_resolvers
from resolvers import organisations as organisation_resolvers
from resolvers import persons as person_resolvers
from resolvers import plans as plan_resolvers
from resolvers import profile as profile_resolvers
from resolvers import reviews as review_resolvers
from resolvers import statistics as statistics_resolvers
from resolvers import transfers as transfer_resolvers
from schema.extensions import ErrorPolicy, JijiaoSchema
from schema.limits import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, MaxDirectivesRule
from schema.pagination import Connection
from schema.permissions import allow, public, signed_in
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
from schema.types.credit_codes import TemporaryCreditCodeIssuePayload, TemporaryCreditCodeType
from schema.types.filed_claims import FiledClaim
from schema.types.org_changes import (
    DepartmentEntry,
    DepartmentMembersMovePayload,
    DepartmentPayload,
    OrganisationChangePayload,
    OrganisationChangeType,
    OrganisationReviewRightPayload,
    OrganisationUpdatePayload,
)
from schema.types.organisations import DirectoryEntry, Organisation
from schema.types.persons import Person
from schema.types.plans import (
    BaseDocumentPayload,
    BaseDocumentType,
    TrainingPlanPayload,
    TrainingPlanType,
)
from schema.types.profile import Profile, ProfileChangePayload, ProfileChangeType, ProfilePayload
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
from schema.types.transfers import TransferPayload, TransferType


@strawberry.type
class Query:
    viewer: Viewer | None = strawberry.field(
        resolver=access_resolvers.viewer,
        extensions=public(),
        description="当前登录者；未登录时为空",
    )
    organisation: Organisation = strawberry.field(
        resolver=organisation_resolvers.organisation,
        extensions=allow(rules.BROWSE_ORGANISATIONS),
        description="按编号查询机构",
    )
    organisations: Connection[Organisation] = strawberry.field(
        resolver=organisation_resolvers.organisations,
        extensions=allow(rules.BROWSE_ORGANISATIONS),
        description="机构列表",
    )
    organisation_directory: list[DirectoryEntry] = strawberry.field(
        resolver=organisation_resolvers.organisation_directory,
        extensions=public(),
        description="机构目录：按名称查找正常状态的机构（最多50个），用于选择上级单位、调入单位",
    )
    regions: list[Region] = strawberry.field(
        resolver=organisation_resolvers.regions,
        extensions=public(),
        description="行政区划；不给上级代码时返回顶层",
    )
    persons: Connection[Person] = strawberry.field(
        resolver=person_resolvers.persons,
        extensions=allow(rules.LIST_PERSONS),
        description="专业技术人员查询（本机构及下级范围内）",
    )
    review_steps: Connection[ReviewStep] = strawberry.field(
        resolver=review_resolvers.review_steps,
        extensions=allow(rules.REVIEW_QUEUE),
        description="本机构的审核事项：待审核（decided=false）或已审核",
    )
    admins: Connection[Admin] = strawberry.field(
        resolver=admin_resolvers.admins_list,
        extensions=allow(rules.MANAGE_ADMINS),
        description="本单位及下级单位的管理员",
    )
    admin_roles: list[AdminRole] = strawberry.field(
        resolver=admin_resolvers.admin_roles,
        extensions=allow(rules.MANAGE_ADMINS),
        description="本单位定义的管理员角色",
    )
    audit_log: Connection[AuditEntry] = strawberry.field(
        resolver=audit_resolvers.audit_log,
        extensions=allow(rules.READ_AUDIT),
        description="本单位及下级单位管理员的操作日志",
    )
    learning_forms: list[LearningFormType] = strawberry.field(
        resolver=claim_resolvers.learning_forms,
        extensions=public(),
        description="学习形式目录：每种形式的填写项、可申报科目与学时上限",
    )
    my_claims: list[ClaimType] = strawberry.field(
        resolver=claim_resolvers.my_claims,
        extensions=allow(rules.OWN_RECORDS),
        description="本人的学时申报",
    )
    year_standards: list[YearStandardType] = strawberry.field(
        resolver=claim_resolvers.year_standards,
        extensions=public(),
        description="各年度继续教育合格标准",
    )
    member_completions: Connection[MemberCompletion] = strawberry.field(
        resolver=claim_resolvers.member_completions,
        extensions=allow(rules.READ_STATISTICS),
        description="本单位及下级单位人员某年度的完成情况（无学时者计为0）",
    )
    title_distribution: TitleDistribution = strawberry.field(
        resolver=statistics_resolvers.title_distribution,
        extensions=allow(rules.READ_STATISTICS),
        description="职称系列分布：各系列初级、中级、高级、无的人数",
    )
    unit_completions: Connection[UnitCompletion] = strawberry.field(
        resolver=statistics_resolvers.unit_completions,
        extensions=allow(rules.READ_STATISTICS),
        description="继教完成情况（按单位）：专技人员数、参加学习人数、合格人数、合格率",
    )
    comprehensive_statistics: ComprehensiveStatistics = strawberry.field(
        resolver=statistics_resolvers.comprehensive_statistics,
        extensions=allow(rules.READ_COMPREHENSIVE_STATISTICS),
        description="继教综合统计：截至统计时间各地区的机构、人员、学习与合格人数",
    )
    head_counts: list[HeadCount] = strawberry.field(
        resolver=statistics_resolvers.head_counts,
        extensions=allow(rules.READ_STATISTICS),
        description="专业技术人员数量查询：下级单位与内设部门的人数",
    )
    learning_records: Connection[LearningRecord] = strawberry.field(
        resolver=statistics_resolvers.learning_records,
        extensions=allow(rules.READ_STATISTICS),
        description="学习记录验证：按证件号或姓名查询各年度学时与认定结果",
    )
    filed_claims: Connection[FiledClaim] = strawberry.field(
        resolver=filed_claim_resolvers.filed_claims,
        extensions=allow(rules.LIST_FILED_CLAIMS),
        description=(
            "已报送学时：本机构代报、导入或报送的学时申报（仅本机构自己报送的，不含下级单位），"
            "最新的在前"
        ),
    )
    my_completion: list[CompletionType] = strawberry.field(
        resolver=claim_resolvers.my_completion,
        extensions=allow(rules.OWN_RECORDS),
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

    transfers: Connection[TransferType] = strawberry.field(
        resolver=transfer_resolvers.transfers,
        extensions=allow(rules.LIST_TRANSFERS),
        description="调转记录：调入或调出本单位及下级单位的人员调转",
    )
    my_transfers: list[TransferType] = strawberry.field(
        resolver=transfer_resolvers.my_transfers,
        extensions=allow(rules.OWN_RECORDS),
        description="本人的单位调转申请及审核情况",
    )
    departments: list[DepartmentEntry] = strawberry.field(
        resolver=org_change_resolvers.departments,
        extensions=allow(rules.VIEW_DEPARTMENTS),
        description="管理内设部门：本单位的部门（按层级排列）",
    )
    organisation_changes: Connection[OrganisationChangeType] = strawberry.field(
        resolver=org_change_resolvers.organisation_changes,
        extensions=allow(rules.VIEW_ORGANISATION_CHANGES),
        description="变更记录：本单位及下级单位的机构信息修改与更换上级部门申请（含申请调入本单位的）",
    )
    temporary_credit_codes: Connection[TemporaryCreditCodeType] = strawberry.field(
        resolver=credit_code_resolvers.temporary_credit_codes,
        extensions=allow(rules.ISSUE_TEMPORARY_CODES),
        description="临时代码：平台运营方（省级人社部门）发放的临时代码及使用单位",
    )

    my_profile: Profile = strawberry.field(
        resolver=profile_resolvers.my_profile,
        extensions=allow(rules.OWN_RECORDS),
        description="本人资料：基本信息、学历学位、行政职务、职称、职（执）业资格、学术技术称号",
    )
    my_profile_changes: list[ProfileChangeType] = strawberry.field(
        resolver=profile_resolvers.my_profile_changes,
        extensions=allow(rules.OWN_RECORDS),
        description="变更记录：本人的职称及姓名、证件号码变更申请与审核结果",
    )
    profile_change: ProfileChangeType | None = strawberry.field(
        resolver=profile_resolvers.profile_change,
        extensions=allow(rules.VIEW_PROFILE_CHANGES),
        description="变更明细：一条变更申请（本单位审核的或本单位及下级人员的）",
    )

    training_plans: Connection[TrainingPlanType] = strawberry.field(
        resolver=plan_resolvers.training_plans,
        extensions=allow(rules.VIEW_TRAINING_PLANS),
        description="培训班计划：本单位及下级单位申报的计划与审核结果",
    )
    base_documents: Connection[BaseDocumentType] = strawberry.field(
        resolver=plan_resolvers.base_documents,
        extensions=allow(rules.VIEW_BASE_DOCUMENTS),
        description="继教机构年度培训计划、培训计划申报与年度工作总结（本机构及下级）",
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
    session_switch_role: LoginPayload = strawberry.field(
        resolver=access_resolvers.session_switch_role,
        extensions=signed_in(),
        description="切换角色：结束当前会话，以本账号的另一角色或另一单位重新签发会话令牌",
    )

    account_password_reset: AccountPasswordResetPayload = strawberry.field(
        resolver=access_resolvers.account_password_reset,
        extensions=allow(rules.MANAGE_ACCOUNTS),
        description="为本单位及下级的成员重置密码（身份证号后六位，下次登录须修改）",
    )
    account_unlock: OkPayload = strawberry.field(
        resolver=access_resolvers.account_unlock,
        extensions=allow(rules.MANAGE_ACCOUNTS),
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
        description="重置密码：以收到的验证码设置新密码；账号的全部会话随之失效",
    )
    professional_register: RegisterPayload = strawberry.field(
        resolver=review_resolvers.professional_register,
        extensions=public(),
        description="专业技术人员注册，由所在单位审核",
    )
    organisation_register: RegisterPayload = strawberry.field(
        resolver=review_resolvers.organisation_register,
        extensions=public(),
        description="单位注册：主管部门、用人单位、继续教育基地注册，由所选上级单位审核",
    )
    registration_withdraw: RegistrationWithdrawPayload = strawberry.field(
        resolver=review_resolvers.registration_withdraw,
        extensions=public(),
        description="撤回注册：以注册密码撤回待审核的注册申请",
    )
    review_decide: ReviewDecidePayload = strawberry.field(
        resolver=review_resolvers.review_decide,
        extensions=allow(rules.REVIEW_QUEUE),
        description="审核通过或不通过：所选事项或全部符合条件的待审核事项",
    )
    review_hide: ReviewHidePayload = strawberry.field(
        resolver=review_resolvers.review_hide,
        extensions=allow(rules.REVIEW_QUEUE),
        description="删除记录：从已审核列表隐藏，记录保留",
    )
    admin_add: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_add,
        extensions=allow(rules.MANAGE_ADMINS),
        description="添加管理员：本单位人员、新账号或已有账号（需原密码）",
    )
    admin_set_enabled: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_set_enabled,
        extensions=allow(rules.MANAGE_ADMINS),
        description="启用或停用本单位或下级单位的管理员；停用后其会话立即失效",
    )
    admin_remove: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_remove,
        extensions=allow(rules.MANAGE_ADMINS),
        description="删除管理员身份（账号保留）",
    )
    admin_transfer_super: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_transfer_super,
        extensions=allow(rules.MANAGE_ADMINS),
        description="设为超级管理员：转让后原超级管理员成为普通管理员",
    )
    admin_assign_role: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_assign_role,
        extensions=allow(rules.MANAGE_ADMINS),
        description="为本单位管理员分配角色",
    )
    admin_role_save: OkPayload = strawberry.field(
        resolver=admin_resolvers.admin_role_save,
        extensions=allow(rules.MANAGE_ADMINS),
        description="新建或修改角色（一组权限模块）",
    )
    claim_create: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_create,
        extensions=allow(rules.OWN_RECORDS),
        description="新建学时申报（待提交）",
    )
    claim_update: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_update,
        extensions=allow(rules.OWN_RECORDS),
        description="修改待提交的申报",
    )
    claim_delete: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_delete,
        extensions=allow(rules.OWN_RECORDS),
        description="删除待提交的申报",
    )
    claim_submit: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_submit,
        extensions=allow(rules.OWN_RECORDS),
        description="提交申报，由所在单位审核（单位审核权限关闭时由上级审核）",
    )
    claim_withdraw: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_withdraw,
        extensions=allow(rules.OWN_RECORDS),
        description="撤回尚未审核的申报，回到待提交",
    )
    claim_fail_verification: ClaimPayload = strawberry.field(
        resolver=claim_resolvers.claim_fail_verification,
        extensions=allow(rules.FAIL_VERIFICATION),
        description="审验不通过：已通过的申报不再计入学时，专业技术人员需重新申报",
    )
    claims_file_for_members: ClaimsFiledPayload = strawberry.field(
        resolver=claim_resolvers.claims_file_for_members,
        extensions=allow(rules.FILE_FOR_MEMBERS),
        description="单位代报：为选中人员各报一条学时，视同单位初审通过，随后由上级审验",
    )
    claims_ingest: ClaimsIngestPayload = strawberry.field(
        resolver=claim_resolvers.claims_ingest,
        extensions=allow(rules.INGEST_CLAIMS),
        description=(
            "继教基地（含网络学习平台）报送学员学时：按外部编号幂等，全部成功或全部不计入；"
            "视同初审通过，随后由上级审验"
        ),
    )

    transfer_start: TransferPayload = strawberry.field(
        resolver=transfer_resolvers.transfer_start,
        extensions=allow(rules.APPLY_TRANSFER),
        description="人员调转：提交转出申请，先由原单位审核调出，再由调入单位审核调入",
    )
    transfer_withdraw: TransferPayload = strawberry.field(
        resolver=transfer_resolvers.transfer_withdraw,
        extensions=allow(rules.APPLY_TRANSFER),
        description="撤回待审核的调转申请（仅申请人）",
    )
    department_add: DepartmentPayload = strawberry.field(
        resolver=org_change_resolvers.department_add,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="添加部门：一级部门，或所选部门的下级",
    )
    department_update: DepartmentPayload = strawberry.field(
        resolver=org_change_resolvers.department_update,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="编辑部门：修改名称或上级部门（连同其下级部门）",
    )
    department_set_enabled: DepartmentPayload = strawberry.field(
        resolver=org_change_resolvers.department_set_enabled,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="禁用或启用部门",
    )
    department_members_move: DepartmentMembersMovePayload = strawberry.field(
        resolver=org_change_resolvers.department_members_move,
        extensions=allow(rules.MOVE_DEPARTMENT_MEMBERS),
        description="调整部门：把所选本单位人员调入某部门或设为未分配",
    )
    organisation_update: OrganisationUpdatePayload = strawberry.field(
        resolver=org_change_resolvers.organisation_update,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description=(
            "修改单位信息：电话、地址等直接生效；统一社会信用代码、名称、注册所在地"
            "经上级部门审核后生效（本单位及人员无待审核事项时方可提交）"
        ),
    )
    organisation_parent_change: OrganisationChangePayload = strawberry.field(
        resolver=org_change_resolvers.organisation_parent_change,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="更换上级部门：经原上级部门、新上级部门先后审核通过后生效，下级机构随之迁移",
    )
    organisation_change_withdraw: OrganisationChangePayload = strawberry.field(
        resolver=org_change_resolvers.organisation_change_withdraw,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="撤销本单位待审核的变更申请",
    )
    organisation_set_review_enabled: OrganisationReviewRightPayload = strawberry.field(
        resolver=org_change_resolvers.organisation_set_review_enabled,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="关闭或开启下级单位的学时审核权限：关闭后其学时申报由上级审核",
    )
    temporary_credit_code_issue: TemporaryCreditCodeIssuePayload = strawberry.field(
        resolver=credit_code_resolvers.temporary_credit_code_issue,
        extensions=allow(rules.ISSUE_TEMPORARY_CODES),
        description="发放临时代码：为无统一社会信用代码的单位发放（仅省级人社部门），凭代码注册",
    )

    profile_basic_update: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.profile_basic_update,
        extensions=allow(rules.OWN_RECORDS),
        description="基本信息修改：保存后立即生效",
    )
    profile_education_update: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.profile_education_update,
        extensions=allow(rules.OWN_RECORDS),
        description="学历及学位情况修改：保存后立即生效",
    )
    profile_admin_post_update: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.profile_admin_post_update,
        extensions=allow(rules.OWN_RECORDS),
        description="行政职务修改：保存后立即生效",
    )
    practising_qualification_save: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.practising_qualification_save,
        extensions=allow(rules.OWN_RECORDS),
        description="新增或修改职（执）业资格",
    )
    practising_qualification_remove: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.practising_qualification_remove,
        extensions=allow(rules.OWN_RECORDS),
        description="删除职（执）业资格",
    )
    academic_honour_save: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.academic_honour_save,
        extensions=allow(rules.OWN_RECORDS),
        description="新增或修改学术技术称号",
    )
    academic_honour_remove: ProfilePayload = strawberry.field(
        resolver=profile_resolvers.academic_honour_remove,
        extensions=allow(rules.OWN_RECORDS),
        description="删除学术技术称号",
    )
    title_change_request: ProfileChangePayload = strawberry.field(
        resolver=profile_resolvers.title_change_request,
        extensions=allow(rules.OWN_RECORDS),
        description="职称变更：提交后由所在单位审核，通过后生效（同时只能有一条待审核）",
    )
    identity_change_request: ProfileChangePayload = strawberry.field(
        resolver=profile_resolvers.identity_change_request,
        extensions=allow(rules.OWN_RECORDS),
        description="姓名、证件号码变更：附证明材料，由省级人社部门（平台运营方）审核",
    )
    profile_change_withdraw: ProfileChangePayload = strawberry.field(
        resolver=profile_resolvers.profile_change_withdraw,
        extensions=allow(rules.OWN_RECORDS),
        description="撤回待审核的变更申请",
    )

    training_plan_submit: TrainingPlanPayload = strawberry.field(
        resolver=plan_resolvers.training_plan_submit,
        extensions=allow(rules.SUBMIT_TRAINING_PLAN),
        description="计划申报：提交培训班计划，由上级单位审核通过后开展培训",
    )
    training_plan_file_hours: ClaimsFiledPayload = strawberry.field(
        resolver=plan_resolvers.training_plan_file_hours,
        extensions=allow(rules.FILE_PLAN_HOURS),
        description="培训计划学时申报：培训班结束后为参加人员申报学时，须附证明材料",
    )
    base_document_submit: BaseDocumentPayload = strawberry.field(
        resolver=plan_resolvers.base_document_submit,
        extensions=allow(rules.SUBMIT_BASE_DOCUMENT),
        description="继教机构提交年度培训计划、培训计划申报或年度工作总结，由上级部门审核",
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
