"""Access rules, each declared once and named: who may read or do what.

A rule is the only place a role or permission module is checked. The same object is used by
`@allow(rule: …)` on a GraphQL field (so the SDL shows it), by the HTTP routes outside
GraphQL (certificates, files, imports, exports) and by the domain entries that the CLI or an
import may call without a directive in front of them. Row scope (which organisations and
people a rule's holder reaches) is a separate question, answered by domain.scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.errors import DomainError
from domain.principal import Principal
from models.enums import Module, RoleKind

ADMIN_KINDS = (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, RoleKind.BASE)
EVERY_KIND = (RoleKind.PROFESSIONAL, *ADMIN_KINDS)
# the units that have members and so move professionals between them (人员调转)
MEMBER_UNIT_KINDS = (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS)


class Forbidden(DomainError):
    def __init__(self, authenticated: bool) -> None:
        if authenticated:
            super().__init__("FORBIDDEN", "您没有执行此操作的权限")
        else:
            super().__init__("UNAUTHENTICATED", "请先登录")


class PasswordChangeRequired(DomainError):
    def __init__(self) -> None:
        super().__init__("PASSWORD_CHANGE_REQUIRED", "密码已被重置，请先修改密码")


@dataclass(frozen=True)
class Rule:
    """Roles that may act, and for admins the modules of which they need one (none: any
    admin of those roles). Professionals are not admins: modules never apply to them."""

    name: str
    description: str
    roles: tuple[RoleKind, ...]
    modules: tuple[Module, ...] = ()
    anonymous: bool = False
    # modules an admin needs all of, besides one of `modules`
    every_module: tuple[Module, ...] = ()
    # only the organisation's super admin (超级管理员)
    super_only: bool = False
    # open while an admin-reset password still has to be changed (logout, password change)
    while_password_reset: bool = False

    def permits(self, principal: Principal) -> bool:
        if self.anonymous:
            return True
        if principal.kind not in self.roles:
            return False
        if self.super_only and not principal.is_super:
            return False
        if not principal.is_admin or principal.is_super:
            return True
        held = principal.modules
        return (not self.modules or any(m in held for m in self.modules)) and all(
            m in held for m in self.every_module
        )

    def waits_for_password_change(self, principal: Principal) -> bool:
        return principal.must_change_password and not (self.anonymous or self.while_password_reset)

    def admits(self, principal: Principal) -> bool:
        """Whether the principal may act under this rule now."""
        return self.permits(principal) and not self.waits_for_password_change(principal)

    def check(self, principal: Principal) -> None:
        """Raise the typed refusal the API gives everywhere (UNAUTHENTICATED, FORBIDDEN,
        PASSWORD_CHANGE_REQUIRED)."""
        if not self.permits(principal):
            raise Forbidden(principal.is_authenticated)
        if self.waits_for_password_change(principal):
            raise PasswordChangeRequired

    def held_modules(self, principal: Principal) -> list[Module]:
        """The rule's modules the principal holds, in the rule's order (a super admin holds
        every module)."""
        if not self.permits(principal) or not principal.is_admin:
            return []
        return [m for m in self.modules if principal.is_super or m in principal.modules]

    def organisation_of(self, principal: Principal) -> int:
        """Check, then the organisation the admin acts for (every admin acts for one)."""
        self.check(principal)
        if principal.organisation_id is None:
            raise Forbidden(principal.is_authenticated)
        return principal.organisation_id


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    description: str,
    roles: Iterable[RoleKind],
    modules: Iterable[Module] = (),
    *,
    every_module: Iterable[Module] = (),
    super_only: bool = False,
    anonymous: bool = False,
    while_password_reset: bool = False,
) -> Rule:
    """Declare a rule; names are unique, modules listed once each."""
    if name in RULES:
        raise ValueError(f"rule {name} declared twice")
    declared = Rule(
        name,
        description,
        tuple(dict.fromkeys(roles)),
        tuple(dict.fromkeys(modules)),
        anonymous,
        tuple(dict.fromkeys(every_module)),
        super_only,
        while_password_reset,
    )
    RULES[name] = declared
    return declared


def any_of(name: str, description: str, parts: Iterable[Rule]) -> Rule:
    """A rule admitting whoever one of `parts` admits, as far as roles and modules tell
    (the parts must be role-and-module rules without other conditions)."""
    parts = tuple(parts)
    roles = [r for part in parts for r in part.roles]
    modules = [m for part in parts for m in part.modules]
    return rule(name, description, roles, modules)


# --- open to everyone, or to whoever is signed in ---
PUBLIC = rule("PUBLIC", "公开：无需登录", EVERY_KIND, anonymous=True)
SIGNED_IN = rule("SIGNED_IN", "已登录的任何角色", EVERY_KIND)
SIGNED_IN_DURING_RESET = rule(
    "SIGNED_IN_DURING_RESET",
    "已登录的任何角色，密码被重置后尚未修改时也可",
    EVERY_KIND,
    while_password_reset=True,
)
# a route that runs GraphQL as the caller (the API, exports, console lists): the route
# admits anyone and each field it reads decides by its own @allow rule
PER_FIELD = rule("PER_FIELD", "按所访问字段各自的 @allow 规则", EVERY_KIND, anonymous=True)
OWN_RECORDS = rule("OWN_RECORDS", "专业技术人员本人", (RoleKind.PROFESSIONAL,))
ANY_ADMIN = rule("ANY_ADMIN", "任一机构的管理员", ADMIN_KINDS)

# --- accounts and admins ---
MANAGE_ADMINS = rule(
    "MANAGE_ADMINS", "管理员管理：本单位及下级单位的管理员与角色", ADMIN_KINDS, (Module.ADMINS,)
)
SUPER_ADMIN = rule(
    "SUPER_ADMIN",
    "超级管理员：管理本单位的其他管理员（含重置其密码）、转让超级管理员",
    ADMIN_KINDS,
    super_only=True,
)
MANAGE_ACCOUNTS = rule(
    "MANAGE_ACCOUNTS", "账号管理：为成员重置密码、解除锁定", ADMIN_KINDS, (Module.ACCOUNTS,)
)
SEE_PERSONAL_DATA = rule(
    "SEE_PERSONAL_DATA", "可见证件号码、手机、邮箱全文", ADMIN_KINDS, (Module.ACCOUNTS,)
)
LIST_PERSONS = rule(
    "LIST_PERSONS",
    "专业技术人员查询（本机构及下级范围内）",
    ADMIN_KINDS,
    (Module.ACCOUNTS, Module.STATISTICS),
)
READ_AUDIT = rule("READ_AUDIT", "操作日志", ADMIN_KINDS, (Module.AUDIT,))

# --- reviews: one rule per review module; the queue admits whoever holds one of them ---
REVIEW_REGISTRATIONS = rule(
    "REVIEW_REGISTRATIONS", "注册审核", ADMIN_KINDS, (Module.REGISTRATION_REVIEW,)
)
REVIEW_CHANGES = rule("REVIEW_CHANGES", "信息变更审核", ADMIN_KINDS, (Module.CHANGE_REVIEW,))
REVIEW_TRANSFERS = rule("REVIEW_TRANSFERS", "人员调转审核", ADMIN_KINDS, (Module.TRANSFERS,))
REVIEW_CLAIMS = rule("REVIEW_CLAIMS", "学时审核", ADMIN_KINDS, (Module.CLAIM_REVIEW,))
VERIFY_CLAIMS = rule("VERIFY_CLAIMS", "学时审验", ADMIN_KINDS, (Module.CLAIM_VERIFICATION,))
REVIEW_PLANS = rule("REVIEW_PLANS", "培训计划审核", ADMIN_KINDS, (Module.PLANS,))
REVIEW_RULES = (
    REVIEW_REGISTRATIONS,
    REVIEW_CHANGES,
    REVIEW_TRANSFERS,
    REVIEW_CLAIMS,
    VERIFY_CLAIMS,
    REVIEW_PLANS,
)
REVIEW_QUEUE = any_of(
    "REVIEW_QUEUE", "审核事项：具备任一审核权限的管理员（每类事项另按其规则）", REVIEW_RULES
)

# --- claims and completion ---
FILE_FOR_MEMBERS = rule(
    "FILE_FOR_MEMBERS",
    "单位代报：为本单位及下级人员报送学时",
    MEMBER_UNIT_KINDS,
    (Module.CLAIM_FILING,),
)
INGEST_CLAIMS = rule(
    "INGEST_CLAIMS", "继教基地报送学员学时", (RoleKind.BASE,), (Module.CLAIM_FILING,)
)
LIST_FILED_CLAIMS = rule(
    "LIST_FILED_CLAIMS", "已报送学时：本机构报送的申报", ADMIN_KINDS, (Module.CLAIM_FILING,)
)
FAIL_VERIFICATION = rule(
    "FAIL_VERIFICATION",
    "审验不通过：撤销已通过的申报",
    (RoleKind.COMPETENT, RoleKind.HRSS),
    (Module.CLAIM_VERIFICATION,),
)
READ_STATISTICS = rule(
    "READ_STATISTICS", "统计查询：本单位及下级单位", ADMIN_KINDS, (Module.STATISTICS,)
)
READ_COMPREHENSIVE_STATISTICS = rule(
    "READ_COMPREHENSIVE_STATISTICS",
    "继教综合统计（人社部门、主管部门）",
    (RoleKind.HRSS, RoleKind.COMPETENT),
    (Module.STATISTICS,),
)
# whoever lists members' completion (memberCompletions) prints their certificates
PRINT_MEMBER_CERTIFICATES = rule(
    "PRINT_MEMBER_CERTIFICATES",
    "打印本单位及下级人员的证书",
    ADMIN_KINDS,
    (Module.STATISTICS,),
)
PRINT_OWN_CERTIFICATE = rule(
    "PRINT_OWN_CERTIFICATE", "专业技术人员打印本人证书", (RoleKind.PROFESSIONAL,)
)

# members' claims and their evidence are read by whoever reviews, verifies, files or counts them
READ_MEMBER_CLAIMS = rule(
    "READ_MEMBER_CLAIMS",
    "查看本单位及下级人员的学时申报及证明材料",
    ADMIN_KINDS,
    (Module.CLAIM_REVIEW, Module.CLAIM_VERIFICATION, Module.CLAIM_FILING, Module.STATISTICS),
)

# 学时申报记录: the members' claims listed, for the units that have members (a CE base has
# none below it: what it reported is its 已报送学时)
LIST_MEMBER_CLAIMS = rule(
    "LIST_MEMBER_CLAIMS",
    "学时申报记录：本单位及下级人员的学时申报",
    MEMBER_UNIT_KINDS,
    (Module.CLAIM_REVIEW, Module.CLAIM_VERIFICATION, Module.CLAIM_FILING, Module.STATISTICS),
)

# --- transfers ---
LIST_TRANSFERS = rule(
    "LIST_TRANSFERS", "调转记录：本单位及下级单位", MEMBER_UNIT_KINDS, (Module.TRANSFERS,)
)
APPLY_TRANSFER = rule(
    "APPLY_TRANSFER",
    "提交或撤回调转申请：专业技术人员本人，或原单位管理员",
    (RoleKind.PROFESSIONAL, *MEMBER_UNIT_KINDS),
    (Module.TRANSFERS,),
)

# --- organisations and departments ---
BROWSE_ORGANISATIONS = rule("BROWSE_ORGANISATIONS", "机构查询：本机构及下级机构", ADMIN_KINDS)
VIEW_DEPARTMENTS = rule(
    "VIEW_DEPARTMENTS",
    "查看本单位的内设部门",
    ADMIN_KINDS,
    (Module.ORGANISATION_INFO, Module.ACCOUNTS),
)
MANAGE_ORGANISATION = rule(
    "MANAGE_ORGANISATION",
    "单位信息：修改本单位信息、部门、上级部门与下级审核权限",
    ADMIN_KINDS,
    (Module.ORGANISATION_INFO,),
)
MOVE_DEPARTMENT_MEMBERS = rule(
    "MOVE_DEPARTMENT_MEMBERS", "调整人员所在部门", ADMIN_KINDS, (Module.ACCOUNTS,)
)
VIEW_ORGANISATION_CHANGES = rule(
    "VIEW_ORGANISATION_CHANGES",
    "机构变更记录",
    ADMIN_KINDS,
    (Module.ORGANISATION_INFO, Module.CHANGE_REVIEW),
)
ISSUE_TEMPORARY_CODES = rule(
    "ISSUE_TEMPORARY_CODES",
    "临时代码：仅省级人社部门（平台运营方）",
    (RoleKind.HRSS,),
    (Module.ORGANISATION_INFO,),
)

# --- profile changes, plans ---
VIEW_PROFILE_CHANGES = rule(
    "VIEW_PROFILE_CHANGES", "查看人员的变更申请", ADMIN_KINDS, (Module.CHANGE_REVIEW,)
)
# who files hours under an approved plan (学时报送) chooses it from this list, so it is open to
# that module too: otherwise the filing form's plan picker is refused for a filing-only admin
VIEW_TRAINING_PLANS = rule(
    "VIEW_TRAINING_PLANS",
    "培训班计划：本单位及下级",
    ADMIN_KINDS,
    (Module.PLANS, Module.CLAIM_FILING),
)
SUBMIT_TRAINING_PLAN = rule(
    "SUBMIT_TRAINING_PLAN", "用人单位申报培训班计划", (RoleKind.EMPLOYER,), (Module.PLANS,)
)
FILE_PLAN_HOURS = rule(
    "FILE_PLAN_HOURS",
    "用人单位为培训班参加人员申报学时",
    (RoleKind.EMPLOYER,),
    (Module.CLAIM_FILING,),
)
VIEW_BASE_DOCUMENTS = rule(
    "VIEW_BASE_DOCUMENTS",
    "继教机构年度计划、计划申报与年度总结：本机构及下级",
    (RoleKind.BASE, RoleKind.COMPETENT, RoleKind.HRSS),
    (Module.PLANS,),
)
SUBMIT_BASE_DOCUMENT = rule(
    "SUBMIT_BASE_DOCUMENT",
    "继教机构提交年度计划、计划申报或总结",
    (RoleKind.BASE,),
    (Module.PLANS,),
)

# --- files, Excel ---
UPLOAD_FILES = rule("UPLOAD_FILES", "上传附件（证明材料）", EVERY_KIND)
READ_FILES = rule("READ_FILES", "下载本人上传的或可查看的申报所附的附件", EVERY_KIND)
DOWNLOAD_TEMPLATES = rule(
    "DOWNLOAD_TEMPLATES", "下载导入模板", ADMIN_KINDS, (Module.IMPORT_EXPORT,)
)
IMPORT_PROFESSIONALS = rule(
    "IMPORT_PROFESSIONALS",
    "批量导入专业技术人员（用人单位）",
    (RoleKind.EMPLOYER,),
    (Module.IMPORT_EXPORT,),
)
IMPORT_CLAIMS = rule(
    "IMPORT_CLAIMS",
    "批量导入岗位培训学时（用人单位，另需学时申报权限）",
    (RoleKind.EMPLOYER,),
    (Module.IMPORT_EXPORT,),
    every_module=(Module.CLAIM_FILING,),
)

# --- standards and public subjects (各年度继续教育合格标准, 公需科目管理) ---
MANAGE_STANDARDS = rule(
    "MANAGE_STANDARDS",
    "合格标准与公需科目：人社部门为本地区及下级地区设置（省人社厅定全省标准，市、区县可定本地标准）",
    (RoleKind.HRSS,),
    (Module.STANDARDS,),
)
