"""The audit trail: every decision and change writes one append-only record."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from models import AuditLog

if TYPE_CHECKING:
    from domain.principal import Principal


@dataclass(frozen=True)
class Actor:
    """Who acts and for which organisation; None fields mean the platform itself (CLI, demo)."""

    account_id: int | None = None
    organisation_id: int | None = None
    request_id: str | None = None

    @classmethod
    def of(cls, principal: Principal) -> Actor:
        """The signed-in account, acting for the organisation of its current role."""
        return cls(principal.account_id, principal.organisation_id)


SYSTEM = Actor()

# what each recorded action and subject type is called (the audit log's 操作 and 对象类型)
ACTION_LABELS = {
    "account.login": "登录",
    "account.login_failed": "登录失败",
    "account.logout": "退出登录",
    "account.password_change": "修改密码",
    "account.password_reset_requested": "申请找回密码",
    "account.password_reset": "重置密码",
    "account.password_reset_by_code": "找回密码",
    "account.unlock": "解除登录锁定",
    "account.register_again": "重新注册",
    "session.switch_role": "切换身份",
    "admin.provision": "开通超级管理员",
    "admin.add": "添加管理员",
    "admin.enable": "启用管理员",
    "admin.disable": "停用管理员",
    "admin.remove": "删除管理员",
    "admin.transfer_super": "转让超级管理员",
    "admin.assign_role": "分配角色",
    "role.save": "保存角色",
    "professional.register": "专业技术人员注册",
    "registration.withdraw": "撤回注册申请",
    "review.approved": "审核通过",
    "review.rejected": "审核不通过",
    "profile.basic": "修改基本信息",
    "profile.education": "修改学历信息",
    "profile.admin_post": "修改行政职务",
    "profile.practising_qualification.add": "添加职（执）业资格",
    "profile.practising_qualification.edit": "修改职（执）业资格",
    "profile.practising_qualification.remove": "删除职（执）业资格",
    "profile.academic_honour.add": "添加学术技术称号",
    "profile.academic_honour.edit": "修改学术技术称号",
    "profile.academic_honour.remove": "删除学术技术称号",
    "profile_change.request.title": "申请职称变更",
    "profile_change.request.identity": "申请姓名、证件号码变更",
    "profile_change.withdraw": "撤回变更申请",
    "organisation.add": "新增机构",
    "organisation.update": "修改单位信息",
    "organisation.move": "更换上级部门",
    "organisation.review_right": "设置学时审核权限",
    "organisation.credit_code_release": "释放未通过注册的统一社会信用代码",
    "organisation_change.submit": "提交机构变更申请",
    "organisation_change.withdraw": "撤销机构变更申请",
    "department.add": "新增部门",
    "department.update": "修改部门",
    "department.enable": "启用部门",
    "department.disable": "禁用部门",
    "department.members_move": "调整人员部门",
    "temporary_credit_code.issue": "发放临时代码",
    "temporary_credit_code.use": "使用临时代码",
    "temporary_credit_code.release": "收回临时代码",
    "claim.create": "新建学时申报",
    "claim.update": "修改学时申报",
    "claim.delete": "删除学时申报",
    "claim.submit": "提交学时申报",
    "claim.withdraw": "撤回学时申报",
    "claim.file_for": "学时代报",
    "claim.verification_failed": "学时审验不通过",
    "claims.import": "导入学时",
    "professionals.import": "导入人员",
    "transfer.start": "申请人员调转",
    "transfer.withdraw": "撤回调转申请",
    "transfer.complete": "人员调转完成",
    "plan.submit": "提交培训班计划",
    "base_document.submit": "提交继教机构计划与总结",
    "certificate.issue": "发放电子证书",
    "file.upload": "上传附件",
    "standard.set": "设置合格标准",
    "public_subject.add": "添加公需科目",
    "public_subject.update": "修改公需科目",
    "public_subject.enable": "启用公需科目",
    "public_subject.disable": "停用公需科目",
}
SUBJECT_LABELS = {
    "account": "账号",
    "admin": "管理员",
    "admin_role": "角色",
    "professional": "专业技术人员",
    "practising_qualification": "职（执）业资格",
    "academic_honour": "学术技术称号",
    "profile_change": "变更申请",
    "organisation": "机构",
    "organisation_change": "机构变更申请",
    "department": "部门",
    "temporary_credit_code": "临时代码",
    "review_step": "审核事项",
    "claim": "学时申报",
    "transfer": "调转申请",
    "training_plan": "培训班计划",
    "base_document": "继教机构计划与总结",
    "certificate": "电子证书",
    "file": "附件",
    "standard_version": "合格标准",
    "public_subject": "公需科目",
}


def action_label(action: str) -> str:
    """The Chinese name of an action; an action added without one shows its code."""
    return ACTION_LABELS.get(action, action)


def subject_label(subject_type: str) -> str:
    return SUBJECT_LABELS.get(subject_type, subject_type)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def entry(
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: int | str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """An unsaved record, for bulk writes of batch decisions."""
    return AuditLog(
        account_id=actor.account_id,
        acting_organisation_id=actor.organisation_id,
        request_id=actor.request_id,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
    )


async def record(
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: int | str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Write the record inside the caller's transaction, so it commits with the change."""
    row = entry(actor, action, subject_type, subject_id, before=before, after=after)
    await row.save()
    return row


async def record_many(
    actor: Actor,
    action: str,
    subject_type: str,
    entries: Iterable[tuple[int | str, dict[str, Any] | None]],
) -> int:
    """One record per (subject id, after) — a batch decision or filing still leaves one
    record per thing it changed — written a few statements per batch (domain.bulk), without a
    model object per row. Inside the caller's transaction; returns how many were written."""
    from domain import bulk

    return await bulk.insert(
        AuditLog,
        ("account_id", "acting_organisation_id", "request_id", "action", "subject_type",
         "subject_id", "after"),
        (
            (actor.account_id, actor.organisation_id, actor.request_id, action, subject_type,
             str(subject_id), _jsonable(after) if after is not None else None)
            for subject_id, after in entries
        ),
    )  # fmt: skip


AUDIT_COLUMNS = (
    "at",
    "account_id",
    "acting_organisation_id",
    "action",
    "subject_type",
    "subject_id",
    "before",
    "after",
)


async def list_entries(
    scope: Any,
    request: Any,
    *,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
) -> Any:
    """Audit entries of actions taken for organisations within the scope, newest last."""
    from domain.pagination import fetch_page
    from domain.scope import organisations_in

    queryset = organisations_in(scope, AuditLog.all(), field="acting_organisation_id")
    if action:
        queryset = queryset.filter(action=action)
    if subject_type:
        queryset = queryset.filter(subject_type=subject_type)
    if subject_id:
        queryset = queryset.filter(subject_id=subject_id)
    # made from the scope and the three filters alone (domain/statements.py)
    built_from = ("audit", scope, action, subject_type, subject_id)
    return await fetch_page(queryset, request, *AUDIT_COLUMNS, built_from=built_from)
