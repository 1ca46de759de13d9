"""The review queue: steps waiting for an organisation's decision, batch decisions and hiding."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from models import Claim as StoredClaim
from models import ReviewStep as StoredReviewStep
from schema.context import Info
from schema.enums import ReviewKind, ReviewStatus, Subject
from schema.input_limits import NUMBER_TEXT, YEAR, column
from schema.types.claims import ClaimType
from schema.types.errors import UserError
from schema.types.summaries import ReviewSummary, summary_of


@strawberry.type(description="审核事项（一个等待某机构决定的对象）")
class ReviewStep:
    id: strawberry.ID
    kind: ReviewKind = strawberry.field(description="事项类型")
    subject_id: strawberry.ID = strawberry.field(description="被审核对象编号")
    applicant_name: str = strawberry.field(description="申请人或申请单位")
    learning_form: str | None = strawberry.field(description="学习形式（学时审核、审验）")
    requested_hours: str | None = strawberry.field(description="申报学时（学时审核、审验）")
    summary: ReviewSummary = strawberry.field(description="申请摘要")
    status: ReviewStatus = strawberry.field(description="状态")
    submitted_at: dt.datetime = strawberry.field(description="提交时间")
    decided_at: dt.datetime | None = strawberry.field(description="审核时间")
    reason: str | None = strawberry.field(description="不通过原因")
    _claim_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ReviewStep:
        summary = summary_of(row["kind"], row["summary"])
        of_claim = row["subject_type"] == "claim"
        return cls(
            id=strawberry.ID(str(row["id"])),
            kind=row["kind"],
            subject_id=strawberry.ID(str(row["subject_id"])),
            applicant_name=row["applicant_name"],
            learning_form=summary.form if of_claim else None,
            requested_hours=summary.requested_hours if of_claim else None,
            summary=summary,
            status=row["status"],
            submitted_at=row["created_at"],
            decided_at=row["decided_at"],
            reason=row["reason"],
            _claim_id=int(row["subject_id"]) if of_claim else None,
        )

    @strawberry.field(description="单位（学时申报人的所在单位）")
    async def unit(self, info: Info) -> str | None:
        if self._claim_id is None:
            return None
        return await info.context.loaders.unit_by_claim.load(self._claim_id)

    @strawberry.field(description="认定学时（学时审核通过后）")
    async def recognised_hours(self, info: Info) -> str | None:
        claim = await self._claim(info)
        return None if claim is None else claim.recognised_hours

    @strawberry.field(description="所审核的学时申报：填写内容与证明材料（学时审核、审验）")
    async def claim(self, info: Info) -> ClaimType | None:
        return await self._claim(info)

    async def _claim(self, info: Info) -> ClaimType | None:
        if self._claim_id is None:
            return None
        found = await info.context.loaders.claim_by_id.load(self._claim_id)
        return None if found is None else ClaimType.from_model(found)


@strawberry.input(description="某一事项的审核取值（如认定学时）")
class ReviewValueInput:
    id: strawberry.ID = strawberry.field(description="事项编号")
    value: str = strawberry.field(directives=[NUMBER_TEXT], description="取值")


@strawberry.input(description="审核：通过或不通过所选事项，或全部符合条件的待审核事项")
class ReviewDecideInput:
    kind: ReviewKind = strawberry.field(description="事项类型")
    ids: list[strawberry.ID] | None = strawberry.field(default=None, description="所选事项")
    all_matching: bool = strawberry.field(default=False, description="全部符合条件的待审核事项")
    applicant_contains: str | None = strawberry.field(
        directives=[column(StoredReviewStep, "applicant_name")],
        default=None,
        description="申请人包含",
    )
    # allMatching decides exactly what the queue shows under the same filters
    organisation_id: strawberry.ID | None = strawberry.field(
        default=None, description="单位（学时申报人的所在单位；全部符合条件时）"
    )
    learning_form: str | None = strawberry.field(
        directives=[column(StoredClaim, "form")],
        default=None,
        description="学习形式（代码；全部符合条件时）",
    )
    subject: Subject | None = strawberry.field(
        default=None, description="学习科目（全部符合条件时）"
    )
    year: int | None = strawberry.field(
        directives=[YEAR], default=None, description="计入年度（全部符合条件时）"
    )
    approve: bool = strawberry.field(description="true 通过；false 不通过")
    reason: str | None = strawberry.field(
        directives=[column(StoredReviewStep, "reason")],
        default=None,
        description="不通过原因（不通过时必填）",
    )
    values: list[ReviewValueInput] | None = strawberry.field(
        default=None,
        description="逐项取值：学时审核时为认定学时（不超过申报学时；不填则按申报学时）",
    )


@strawberry.type(description="未处理的事项及原因")
class ReviewSkipped:
    id: strawberry.ID = strawberry.field(description="事项编号")
    code: str = strawberry.field(description="NOT_FOUND 或 ALREADY_DECIDED")


@strawberry.type(description="审核结果")
class ReviewDecidePayload:
    decided_count: int = strawberry.field(description="本次决定的事项数")
    decided_ids: list[strawberry.ID] = strawberry.field(description="本次决定的事项")
    skipped: list[ReviewSkipped] = strawberry.field(description="未处理的所选事项")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="删除记录：从已审核列表中隐藏（记录保留）")
class ReviewHideInput:
    kind: ReviewKind = strawberry.field(description="事项类型")
    ids: list[strawberry.ID] = strawberry.field(description="已审核事项")


@strawberry.type(description="隐藏结果")
class ReviewHidePayload:
    hidden_count: int = strawberry.field(description="隐藏的条数")
    errors: list[UserError] = strawberry.field(description="失败原因")
