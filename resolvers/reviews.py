"""Review queues and decisions: every kind of review is one engine (domain/reviews.py)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import reviews, rules
from domain.errors import DomainError
from models import Claim as StoredClaim
from models import ReviewStep as StoredReviewStep
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import ReviewKind, ReviewStatus, Subject
from schema.input_limits import YEAR, column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.reviews import (
    ReviewDecideInput,
    ReviewDecidePayload,
    ReviewHideInput,
    ReviewHidePayload,
    ReviewSkipped,
    ReviewStep,
)


def _kind(value: ReviewKind) -> stored.ReviewKind:
    return stored.ReviewKind(value.value)


def _claim_criteria(
    organisation_id: strawberry.ID | None,
    learning_form: str | None,
    subject: Subject | None,
    year: int | None,
) -> reviews.ClaimCriteria:
    """The claim filters of a queue: the same for listing it and for deciding all of it."""
    return reviews.ClaimCriteria(
        organisation_id=parse_id(organisation_id, "organisationId") if organisation_id else None,
        form=learning_form or None,
        subject=stored.Subject(subject.value) if subject else None,
        year=year,
    )


async def review_steps(
    info: Info,
    kind: Annotated[ReviewKind, strawberry.argument(description="审核事项")],
    decided: Annotated[
        bool, strawberry.argument(description="已审核（true）或待审核（false）")
    ] = False,
    applicant_contains: Annotated[
        str | None,
        strawberry.argument(
            description="申请人包含", directives=[column(StoredReviewStep, "applicant_name")]
        ),
    ] = None,
    organisation_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="单位（学时申报人的所在单位）")
    ] = None,
    learning_form: Annotated[
        str | None,
        strawberry.argument(
            description="学习形式（学习形式目录中的代码）",
            directives=[column(StoredClaim, "form")],
        ),
    ] = None,
    subject: Annotated[Subject | None, strawberry.argument(description="学习科目")] = None,
    year: Annotated[
        int | None, strawberry.argument(description="计入年度", directives=[YEAR])
    ] = None,
    status: Annotated[
        ReviewStatus | None, strawberry.argument(description="审核结果（已审核时）")
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[ReviewStep]:
    claim = _claim_criteria(organisation_id, learning_form, subject, year)
    criteria = reviews.StepFilter(
        _kind(kind),
        decided,
        applicant_contains,
        claim=claim,
        status=stored.ReviewStatus(status.value) if status else None,
    )
    page = await reviews.list_steps(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [ReviewStep.from_row(row) for row in page.rows])


async def review_step(
    info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="事项编号")]
) -> ReviewStep:
    step = await reviews.access_step(info.context.principal, parse_id(id, "id"))
    row = {name: getattr(step, name) for name in reviews.STEP_COLUMNS}
    return ReviewStep.from_row({**row, "id": step.id})


async def review_decide(info: Info, input: ReviewDecideInput) -> ReviewDecidePayload:
    if input.ids is None and not input.all_matching:
        raise DomainError("NOTHING_SELECTED", "请选择要审核的事项，或选择全部", "ids")
    ids = None if input.all_matching else tuple(parse_id(i, "ids") for i in input.ids or ())
    claim = _claim_criteria(input.organisation_id, input.learning_form, input.subject, input.year)
    criteria = reviews.StepFilter(
        _kind(input.kind), False, input.applicant_contains, ids, claim=claim
    )
    values = {parse_id(v.id, "values.id"): v.value for v in input.values or ()}
    decision = await reviews.decide(
        info.context.principal,
        criteria,
        approve=input.approve,
        reason=input.reason,
        values=values,
    )
    return ReviewDecidePayload(
        decided_count=len(decision.decided),
        decided_ids=[strawberry.ID(str(i)) for i in decision.decided],
        skipped=[ReviewSkipped(id=strawberry.ID(str(i)), code=c) for i, c in decision.skipped],
        errors=[],
    )


async def review_hide(info: Info, input: ReviewHideInput) -> ReviewHidePayload:
    ids = [parse_id(i, "ids") for i in input.ids]
    hidden = await reviews.hide(info.context.principal, _kind(input.kind), ids)
    return ReviewHidePayload(hidden_count=hidden, errors=[])


@strawberry.type
class ReviewQueries:
    review_steps: Connection[ReviewStep] = strawberry.field(
        resolver=review_steps,
        extensions=allow(rules.REVIEW_QUEUE),
        description="本机构的审核事项：待审核（decided=false）或已审核",
    )
    review_step: ReviewStep = strawberry.field(
        resolver=review_step,
        extensions=allow(rules.REVIEW_QUEUE),
        description="本机构的一项审核事项（含学时申报的填写内容与证明材料）",
    )


@strawberry.type
class ReviewMutations:
    review_decide: ReviewDecidePayload = strawberry.field(
        resolver=review_decide,
        extensions=allow(rules.REVIEW_QUEUE),
        description="审核通过或不通过：所选事项或全部符合条件的待审核事项",
    )
    review_hide: ReviewHidePayload = strawberry.field(
        resolver=review_hide,
        extensions=allow(rules.REVIEW_QUEUE),
        description="删除记录：从已审核列表隐藏，记录保留",
    )
