"""Training plans: a unit's class plans and the hours filed under them; a CE base's annual
plans, plan applications and summaries. Decisions go through reviewDecide."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import plans as flow
from domain import rules
from domain.pagination import fetch_page
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import PlanKind, ReviewStatus
from schema.input_limits import YEAR
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.claims import ClaimsFiledPayload
from schema.types.plans import (
    DOCUMENT_COLUMNS,
    PLAN_COLUMNS,
    BaseDocumentPayload,
    BaseDocumentSubmitInput,
    BaseDocumentType,
    TrainingPlanFileInput,
    TrainingPlanPayload,
    TrainingPlanSubmitInput,
    TrainingPlanType,
)


async def training_plans(
    info: Info,
    status: Annotated[
        ReviewStatus | None, strawberry.argument(description="审核状态（不填为全部）")
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[TrainingPlanType]:
    queryset = flow.list_plans(
        info.context.principal.scope, stored.ReviewStatus(status.value) if status else None
    )
    page = await fetch_page(queryset, page_request(info, first, after), *PLAN_COLUMNS)
    return connection(page, [TrainingPlanType.from_row(row) for row in page.rows])


async def base_documents(
    info: Info,
    kind: Annotated[PlanKind | None, strawberry.argument(description="类型（不填为全部）")] = None,
    year: Annotated[int | None, strawberry.argument(description="年度", directives=[YEAR])] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[BaseDocumentType]:
    queryset = flow.list_documents(
        info.context.principal.scope, stored.PlanKind(kind.value) if kind else None, year
    )
    page = await fetch_page(queryset, page_request(info, first, after), *DOCUMENT_COLUMNS)
    return connection(page, [BaseDocumentType.from_row(row) for row in page.rows])


async def _plan_row(info: Info, plan_id: int) -> TrainingPlanType:
    queryset = flow.list_plans(info.context.principal.scope, None).filter(id=plan_id)
    rows = await queryset.values("id", *PLAN_COLUMNS)
    return TrainingPlanType.from_row(rows[0])


async def training_plan_submit(info: Info, input: TrainingPlanSubmitInput) -> TrainingPlanPayload:
    plan = await flow.submit_plan(
        info.context.principal,
        flow.PlanDraft(
            class_name=input.class_name,
            subject=stored.Subject(input.subject.value),
            form=input.form,
            start_date=input.start_date,
            end_date=input.end_date,
            hours=input.hours,
            place=input.place,
            expected_attendees=input.expected_attendees,
            content=input.content,
        ),
    )
    return TrainingPlanPayload(plan=await _plan_row(info, plan.id), errors=[])


async def training_plan_file_hours(info: Info, input: TrainingPlanFileInput) -> ClaimsFiledPayload:
    filing = flow.PlanFiling(
        plan_id=parse_id(input.plan_id, "planId"),
        professional_ids=tuple(parse_id(i, "professionalIds") for i in input.professional_ids),
        hours=input.hours,
        attachments=tuple(parse_id(a, "attachments") for a in input.attachments),
        details={"score": input.score} if input.score else {},
    )
    created = await flow.file_under_plan(info.context.principal, filing)
    return ClaimsFiledPayload(claim_ids=[strawberry.ID(str(i)) for i in created], errors=[])


async def base_document_submit(info: Info, input: BaseDocumentSubmitInput) -> BaseDocumentPayload:
    document = await flow.submit_document(
        info.context.principal,
        flow.DocumentDraft(
            kind=stored.PlanKind(input.kind.value),
            year=input.year,
            title=input.title,
            content=input.content,
            attachment=parse_id(input.attachment, "attachment"),
        ),
    )
    rows = (
        await flow.list_documents(info.context.principal.scope, None, None)
        .filter(id=document.id)
        .values("id", *DOCUMENT_COLUMNS)
    )
    return BaseDocumentPayload(document=BaseDocumentType.from_row(rows[0]), errors=[])


@strawberry.type
class PlanQueries:
    training_plans: Connection[TrainingPlanType] = strawberry.field(
        resolver=training_plans,
        extensions=allow(rules.VIEW_TRAINING_PLANS),
        description="培训班计划：本单位及下级单位申报的计划与审核结果",
    )
    base_documents: Connection[BaseDocumentType] = strawberry.field(
        resolver=base_documents,
        extensions=allow(rules.VIEW_BASE_DOCUMENTS),
        description="继教机构年度培训计划、培训计划申报与年度工作总结（本机构及下级）",
    )


@strawberry.type
class PlanMutations:
    training_plan_submit: TrainingPlanPayload = strawberry.field(
        resolver=training_plan_submit,
        extensions=allow(rules.SUBMIT_TRAINING_PLAN),
        description="计划申报：提交培训班计划，由上级单位审核通过后开展培训",
    )
    training_plan_file_hours: ClaimsFiledPayload = strawberry.field(
        resolver=training_plan_file_hours,
        extensions=allow(rules.FILE_PLAN_HOURS),
        description="培训计划学时申报：培训班结束后为参加人员申报学时，须附证明材料",
    )
    base_document_submit: BaseDocumentPayload = strawberry.field(
        resolver=base_document_submit,
        extensions=allow(rules.SUBMIT_BASE_DOCUMENT),
        description="继教机构提交年度培训计划、培训计划申报或年度工作总结，由上级部门审核",
    )
