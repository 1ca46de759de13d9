from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.scalars import JSON

from domain import claims as claim_flow
from domain import field_catalogue as catalogue
from domain.forms import SUBJECT_LABELS, FormField, LearningForm
from models import Account
from models import Claim as StoredClaim
from models import ReviewStep as StoredReviewStep
from schema.context import Info
from schema.enums import ClaimStatus, Subject
from schema.input_limits import ID_NUMBER, NUMBER_TEXT, YEAR, column
from schema.pii import mask_id_number, pii
from schema.types.errors import UserError


def hours_text(value: Decimal | str | None) -> str:
    """Hours always leave with one decimal place, whatever the database returned."""
    return f"{Decimal(str(value or 0)):.1f}"


@strawberry.type(description="学习形式的一个填写项")
class LearningFormField:
    name: str = strawberry.field(description="字段名（details 中的键）")
    label: str = strawberry.field(description="中文名称")
    type: str = strawberry.field(description="text、textarea、date、integer、decimal")
    required: bool = strawberry.field(description="是否必填")
    hint: str | None = strawberry.field(description="填写提示")
    max_length: int = strawberry.field(description="文字最大长度")
    minimum: str | None = strawberry.field(description="数值下限")
    maximum: str | None = strawberry.field(description="数值上限")

    @classmethod
    def of(cls, field: FormField) -> LearningFormField:
        return cls(
            name=field.name,
            label=field.label,
            type=field.type,
            required=field.required,
            hint=field.hint,
            max_length=field.max_length,
            minimum=str(field.minimum) if field.minimum is not None else None,
            maximum=str(field.maximum) if field.maximum is not None else None,
        )


@strawberry.type(name="LearningForm", description="学习形式：由服务器描述其填写项与规则")
class LearningFormType:
    code: str = strawberry.field(description="代码")
    label: str = strawberry.field(description="名称")
    subjects: list[Subject] = strawberry.field(description="可申报的科目")
    subject_labels: list[str] = strawberry.field(description="可申报科目的中文名")
    max_hours: str = strawberry.field(description="每次申报学时上限")
    fields: list[LearningFormField] = strawberry.field(description="填写项")
    evidence: str = strawberry.field(description="应上传的证明材料（经 POST /files 上传）")
    evidence_required: bool = strawberry.field(description="证明材料是否必须上传")

    @classmethod
    def of(cls, form: LearningForm) -> LearningFormType:
        return cls(
            code=form.code,
            label=form.label,
            subjects=[Subject[s] for s in form.subjects],
            subject_labels=[SUBJECT_LABELS[s] for s in form.subjects],
            max_hours=str(form.max_hours),
            fields=[LearningFormField.of(f) for f in form.fields],
            evidence=form.evidence,
            evidence_required=form.evidence_required,
        )


@strawberry.type(description="附件：经 POST /files 上传，GET url 下载（须登录且有权查看）")
class Attachment:
    id: strawberry.ID
    filename: str = strawberry.field(description="文件名")
    size: int = strawberry.field(description="字节数")
    media_type: str = strawberry.field(description="按内容识别的文件类型")
    url: str = strawberry.field(description="下载地址")

    @classmethod
    def of(cls, stored: Any) -> Attachment:
        return cls(
            id=strawberry.ID(str(stored.id)),
            filename=stored.filename,
            size=stored.size,
            media_type=stored.media_type,
            url=f"/files/{stored.id}",
        )


@strawberry.type(description="学习形式的一项填写内容")
class FormAnswer:
    field: str = strawberry.field(description="字段（details 中的键）")
    label: str = strawberry.field(description="字段中文名")
    value: str = strawberry.field(description="填写内容")


def form_answers(form: Any, details: Any) -> list[FormAnswer]:
    """The answers labelled as the claim's learning form labels them, in its order."""
    return [
        FormAnswer(field=name, label=label, value=text)
        for name, label, text in catalogue.form_answers(form, details)
    ]


@strawberry.type(name="Claim", description="学时申报")
class ClaimType:
    id: strawberry.ID
    year: int = strawberry.field(description="计入年度")
    subject: Subject = strawberry.field(description="学习科目")
    form_label: str = strawberry.field(description="学习形式")
    form: str = strawberry.field(description="学习形式代码（见学习形式目录）")
    details: JSON = strawberry.field(description="学习形式的填写内容（键见 learningForms）")
    answers: list[FormAnswer] = strawberry.field(description="学习形式的填写内容")
    requested_hours: str = strawberry.field(description="申报学时")
    recognised_hours: str | None = strawberry.field(description="认定学时")
    status: ClaimStatus = strawberry.field(description="状态")
    submitted_at: dt.datetime | None = strawberry.field(description="提交时间")
    external_ref: str | None = strawberry.field(description="报送方的外部编号（学时报送）")
    plan_id: strawberry.ID | None = strawberry.field(description="所属培训计划（按计划申报时）")
    filed_by_organisation_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, claim: Any) -> ClaimType:
        def text(value: Decimal | None) -> str | None:
            return None if value is None else hours_text(value)

        return cls(
            id=strawberry.ID(str(claim.id)),
            year=claim.year,
            subject=claim.subject.value,
            form_label=catalogue.FORM_LABELS.get(claim.form, claim.form),
            form=claim.form,
            details=claim.details,
            answers=form_answers(claim.form, claim.details),
            requested_hours=hours_text(claim.requested_hours),
            recognised_hours=text(claim.recognised_hours),
            status=claim.status.value,
            submitted_at=claim.submitted_at,
            external_ref=claim.external_ref,
            plan_id=strawberry.ID(str(claim.plan_id)) if claim.plan_id else None,
            filed_by_organisation_id=claim.filed_by_organisation_id,
        )

    @strawberry.field(description="代报或报送的机构（本人申报时为空）")
    async def filed_by_organisation(self) -> str | None:
        if self.filed_by_organisation_id is None:
            return None
        return await claim_flow.organisation_name(self.filed_by_organisation_id)

    @strawberry.field(description="证明材料（附件）")
    async def attachments(self, info: Info) -> list[Attachment]:
        found = await info.context.loaders.attachments_by_claim.load(int(self.id))
        return [Attachment.of(f) for f in found]

    @strawberry.field(description="当前处理人（审核单位），无待审时为空")
    async def current_handler(self, info: Info) -> str | None:
        return await info.context.loaders.handler_by_claim.load(int(self.id))

    @strawberry.field(description="不通过原因（审核或审验不通过时）")
    async def reason(self, info: Info) -> str | None:
        return await info.context.loaders.reason_by_claim.load(int(self.id))


@strawberry.input(description="学时申报内容")
class ClaimInput:
    year: int = strawberry.field(directives=[YEAR], description="计入年度")
    subject: Subject = strawberry.field(description="学习科目")
    form: str = strawberry.field(
        directives=[column(StoredClaim, "form")], description="学习形式（学习形式目录中的代码）"
    )
    requested_hours: str = strawberry.field(directives=[NUMBER_TEXT], description="申报学时")
    details: JSON = strawberry.field(description="学习形式的填写内容")
    attachments: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="证明材料：POST /files 返回的附件编号"
    )


@strawberry.input(description="修改待提交的申报")
class ClaimUpdateInput:
    id: strawberry.ID = strawberry.field(description="申报编号")
    claim: ClaimInput = strawberry.field(description="新的内容")


@strawberry.input(description="对一条申报的操作")
class ClaimTargetInput:
    id: strawberry.ID = strawberry.field(description="申报编号")


@strawberry.type(description="申报操作结果")
class ClaimPayload:
    claim: ClaimType | None = strawberry.field(description="申报")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.type(name="Completion", description="年度完成情况")
class CompletionType:
    year: int = strawberry.field(description="年度")
    public_hours: str = strawberry.field(description="公需科目学时")
    public_met: bool = strawberry.field(description="公需科目是否达标")
    professional_hours: str = strawberry.field(description="专业科目学时")
    professional_met: bool = strawberry.field(description="专业科目是否达标")
    total_hours: str = strawberry.field(description="总学时")
    passed: bool = strawberry.field(description="是否合格")


@strawberry.input(description="审验不通过")
class ClaimFailInput:
    claim_id: strawberry.ID = strawberry.field(description="学时申报")
    reason: str = strawberry.field(
        directives=[column(StoredReviewStep, "reason")], description="原因"
    )


@strawberry.type(description="证书验证结果")
class CertificateCheck:
    valid: bool = strawberry.field(description="是否真实有效（年度学时仍合格）")
    number: str = strawberry.field(description="证书编号")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="身份证号（脱敏）")
    year: int = strawberry.field(description="年度")
    total_hours: str = strawberry.field(description="合计学时")
    issuer: str = strawberry.field(description="发证机构")


@strawberry.input(description="单位代报：为选中的人员各报一条相同的学时（全部成功或全部不报）")
class ClaimsFileInput:
    professional_ids: list[strawberry.ID] = strawberry.field(description="人员编号")
    claim: ClaimInput = strawberry.field(description="申报内容")


@strawberry.type(description="代报结果")
class ClaimsFiledPayload:
    claim_ids: list[strawberry.ID] = strawberry.field(description="新建的申报编号")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="一条报送的学时记录")
class ClaimRecordInput:
    external_ref: str = strawberry.field(
        directives=[column(StoredClaim, "external_ref")],
        description="报送方的记录编号：重复报送同一编号不会重复计入",
    )
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="学员身份证号")
    name: str = strawberry.field(
        directives=[column(Account, "name")], description="学员姓名（须与身份证号一致）"
    )
    claim: ClaimInput = strawberry.field(description="学时内容")


@strawberry.type(description="学时报送结果")
class ClaimsIngestPayload:
    created: list[strawberry.ID] = strawberry.field(description="新计入的申报编号")
    unchanged: list[strawberry.ID] = strawberry.field(
        description="此前已报送、本次未改变的申报编号"
    )
    errors: list[UserError] = strawberry.field(description="失败原因（有任何错误时本批不计入）")


@strawberry.input(description="人员年度完成情况查询条件")
class MemberCompletionFilter:
    year: int = strawberry.field(directives=[YEAR], description="年度")
    organisation_id: strawberry.ID | None = strawberry.field(default=None, description="单位")
    include_subunits: bool = strawberry.field(default=True, description="包含下级单位")
    passed: bool | None = strawberry.field(
        default=None, description="是否合格：true 仅合格，false 仅不合格，不填为全部"
    )


@strawberry.type(description="一名人员某年度的完成情况")
class MemberCompletion:
    professional_id: strawberry.ID = strawberry.field(description="人员编号")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    unit: str = strawberry.field(description="工作单位")
    year: int = strawberry.field(description="年度")
    public_hours: str = strawberry.field(description="公需科目学时")
    public_met: bool = strawberry.field(description="公需科目是否达标")
    professional_hours: str = strawberry.field(description="专业科目学时")
    professional_met: bool = strawberry.field(description="专业科目是否达标")
    total_hours: str = strawberry.field(description="总学时")
    passed: bool = strawberry.field(description="是否合格")
