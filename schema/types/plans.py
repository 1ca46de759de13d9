"""Training plans (培训计划): a unit's class plans, a CE base's plans and summaries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain import field_catalogue as catalogue
from domain import plans as plan_flow
from models import BaseDocument as StoredDocument
from models import TrainingPlan as StoredPlan
from schema.context import Info
from schema.enums import PlanKind, ReviewStatus, Subject
from schema.input_limits import NUMBER_TEXT, YEAR, column
from schema.types.claims import Attachment, hours_text
from schema.types.errors import UserError

PLAN_COLUMNS = (
    "organisation_id",
    "class_name",
    "subject",
    "form",
    "start_date",
    "end_date",
    "hours",
    "place",
    "expected_attendees",
    "content",
    "status",
    "reviewer_id",
    "reason",
    "created_at",
    "decided_at",
)
DOCUMENT_COLUMNS = (
    "organisation_id",
    "kind",
    "year",
    "title",
    "content",
    "file_id",
    "status",
    "reviewer_id",
    "reason",
    "created_at",
    "decided_at",
)


async def _name(info: Info, organisation_id: int) -> str | None:
    """An organisation's name through the request's loader: one query for a whole page."""
    row = await info.context.loaders.organisation_by_id.load(organisation_id)
    return row["name"] if row else None


@strawberry.type(name="TrainingPlan", description="培训班计划（计划申报）")
class TrainingPlanType:
    id: strawberry.ID
    class_name: str = strawberry.field(description="培训班名称")
    subject: Subject = strawberry.field(description="学习科目")
    form: str = strawberry.field(description="学习形式代码")
    form_label: str = strawberry.field(description="学习形式")
    start_date: dt.date = strawberry.field(description="开始日期")
    end_date: dt.date = strawberry.field(description="结束日期")
    hours: str = strawberry.field(description="学时")
    place: str = strawberry.field(description="培训地点")
    expected_attendees: int = strawberry.field(description="预计参加人数")
    content: str | None = strawberry.field(description="培训内容")
    status: ReviewStatus = strawberry.field(description="审核状态")
    reason: str | None = strawberry.field(description="不通过原因")
    submitted_at: dt.datetime = strawberry.field(description="提交时间")
    decided_at: dt.datetime | None = strawberry.field(description="审核时间")
    _organisation_id: strawberry.Private[int]
    _reviewer_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> TrainingPlanType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            class_name=row["class_name"],
            subject=row["subject"],
            form=row["form"],
            form_label=catalogue.FORM_LABELS.get(row["form"], row["form"]),
            start_date=row["start_date"],
            end_date=row["end_date"],
            hours=hours_text(row["hours"]),
            place=row["place"],
            expected_attendees=row["expected_attendees"],
            content=row["content"],
            status=row["status"],
            reason=row["reason"],
            submitted_at=row["created_at"],
            decided_at=row["decided_at"],
            _organisation_id=row["organisation_id"],
            _reviewer_id=row["reviewer_id"],
        )

    @strawberry.field(description="申报单位")
    async def organisation(self, info: Info) -> str | None:
        return await _name(info, self._organisation_id)

    @strawberry.field(description="审核单位")
    async def reviewer(self, info: Info) -> str | None:
        return await _name(info, self._reviewer_id)


@strawberry.type(
    name="BaseDocument", description="继教机构年度培训计划、培训计划申报或年度工作总结"
)
class BaseDocumentType:
    id: strawberry.ID
    kind: PlanKind = strawberry.field(description="类型")
    year: int = strawberry.field(description="年度")
    title: str = strawberry.field(description="标题")
    content: str | None = strawberry.field(description="内容摘要")
    status: ReviewStatus = strawberry.field(description="审核状态")
    reason: str | None = strawberry.field(description="不通过原因")
    submitted_at: dt.datetime = strawberry.field(description="提交时间")
    decided_at: dt.datetime | None = strawberry.field(description="审核时间")
    _organisation_id: strawberry.Private[int]
    _reviewer_id: strawberry.Private[int]
    _file_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> BaseDocumentType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            kind=row["kind"],
            year=row["year"],
            title=row["title"],
            content=row["content"],
            status=row["status"],
            reason=row["reason"],
            submitted_at=row["created_at"],
            decided_at=row["decided_at"],
            _organisation_id=row["organisation_id"],
            _reviewer_id=row["reviewer_id"],
            _file_id=row["file_id"],
        )

    @strawberry.field(description="继教机构")
    async def organisation(self, info: Info) -> str | None:
        return await _name(info, self._organisation_id)

    @strawberry.field(description="审核单位")
    async def reviewer(self, info: Info) -> str | None:
        return await _name(info, self._reviewer_id)

    @strawberry.field(description="附件")
    async def attachment(self) -> Attachment | None:
        stored = await plan_flow.stored_file(self._file_id)
        return Attachment.of(stored) if stored else None


@strawberry.input(description="计划申报：培训班计划，由上级单位审核通过后开展培训")
class TrainingPlanSubmitInput:
    class_name: str = strawberry.field(
        directives=[column(StoredPlan, "class_name")], description="培训班名称"
    )
    subject: Subject = strawberry.field(description="学习科目")
    form: str = strawberry.field(
        directives=[column(StoredPlan, "form")],
        description="学习形式（学习形式目录中的代码，一般为岗位培训）",
    )
    start_date: dt.date = strawberry.field(description="开始日期")
    end_date: dt.date = strawberry.field(description="结束日期")
    hours: str = strawberry.field(directives=[NUMBER_TEXT], description="学时")
    place: str = strawberry.field(directives=[column(StoredPlan, "place")], description="培训地点")
    expected_attendees: int = strawberry.field(description="预计参加人数")
    content: str | None = strawberry.field(
        directives=[column(StoredPlan, "content")], default=None, description="培训内容"
    )


@strawberry.type(description="计划申报结果")
class TrainingPlanPayload:
    plan: TrainingPlanType | None = strawberry.field(description="培训计划")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="培训班结束后为参加人员申报学时（视同单位初审通过，随后由上级审验）")
class TrainingPlanFileInput:
    plan_id: strawberry.ID = strawberry.field(description="已审核通过的培训计划")
    professional_ids: list[strawberry.ID] = strawberry.field(description="参加人员编号")
    hours: str = strawberry.field(
        directives=[NUMBER_TEXT], description="每人学时（不超过计划学时）"
    )
    attachments: list[strawberry.ID] = strawberry.field(
        description="证明材料（必填）：POST /files 返回的附件编号"
    )
    score: str | None = strawberry.field(default=None, description="考核成绩")


@strawberry.input(
    description="继教机构提交年度培训计划、培训计划申报或年度工作总结，由上级部门审核"
)
class BaseDocumentSubmitInput:
    kind: PlanKind = strawberry.field(description="类型")
    year: int = strawberry.field(directives=[YEAR], description="年度")
    title: str = strawberry.field(directives=[column(StoredDocument, "title")], description="标题")
    content: str | None = strawberry.field(
        directives=[column(StoredDocument, "content")], default=None, description="内容摘要"
    )
    attachment: strawberry.ID = strawberry.field(description="附件（必填）：POST /files 返回的编号")


@strawberry.type(description="提交结果")
class BaseDocumentPayload:
    document: BaseDocumentType | None = strawberry.field(description="提交的材料")
    errors: list[UserError] = strawberry.field(description="失败原因")
