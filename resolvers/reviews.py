"""Review queues and decisions, registrations and their progress."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import registration as reg
from domain import reviews
from domain.errors import DomainError
from models import enums as stored
from resolvers.context import Info
from resolvers.ids import parse_id
from schema.enums import ReviewKind, ReviewStatus
from schema.pagination import Connection, connection, page_request
from schema.types.errors import UserError
from schema.types.reviews import (
    AccountInput,
    OrganisationRegisterInput,
    ProfessionalRegisterInput,
    RegisterPayload,
    RegistrationProgress,
    RegistrationWithdrawInput,
    RegistrationWithdrawPayload,
    ReviewDecideInput,
    ReviewDecidePayload,
    ReviewHideInput,
    ReviewHidePayload,
    ReviewSkipped,
    ReviewStep,
)


def _kind(value: ReviewKind) -> stored.ReviewKind:
    return stored.ReviewKind(value.value)


async def review_steps(
    info: Info,
    kind: Annotated[ReviewKind, strawberry.argument(description="审核事项")],
    decided: Annotated[
        bool, strawberry.argument(description="已审核（true）或待审核（false）")
    ] = False,
    applicant_contains: Annotated[str | None, strawberry.argument(description="申请人包含")] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[ReviewStep]:
    criteria = reviews.StepFilter(_kind(kind), decided, applicant_contains)
    page = await reviews.list_steps(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [ReviewStep.from_row(row) for row in page.rows])


async def review_decide(info: Info, input: ReviewDecideInput) -> ReviewDecidePayload:
    try:
        if input.ids is None and not input.all_matching:
            raise DomainError("NOTHING_SELECTED", "请选择要审核的事项，或选择全部", "ids")
        ids = None if input.all_matching else tuple(parse_id(i, "ids") for i in input.ids or ())
        criteria = reviews.StepFilter(_kind(input.kind), False, input.applicant_contains, ids)
        values = {parse_id(v.id, "values.id"): v.value for v in input.values or ()}
        decision = await reviews.decide(
            info.context.principal,
            criteria,
            approve=input.approve,
            reason=input.reason,
            values=values,
        )
    except DomainError as error:
        return ReviewDecidePayload(
            decided_count=0, decided_ids=[], skipped=[], errors=[UserError.of(error)]
        )
    return ReviewDecidePayload(
        decided_count=len(decision.decided),
        decided_ids=[strawberry.ID(str(i)) for i in decision.decided],
        skipped=[ReviewSkipped(id=strawberry.ID(str(i)), code=c) for i, c in decision.skipped],
        errors=[],
    )


async def review_hide(info: Info, input: ReviewHideInput) -> ReviewHidePayload:
    try:
        ids = [parse_id(i, "ids") for i in input.ids]
        hidden = await reviews.hide(info.context.principal, _kind(input.kind), ids)
    except DomainError as error:
        return ReviewHidePayload(hidden_count=0, errors=[UserError.of(error)])
    return ReviewHidePayload(hidden_count=hidden, errors=[])


def _credentials(given: AccountInput) -> reg.Credentials:
    return reg.Credentials(
        id_number=given.id_number,
        name=given.name,
        password=given.password,
        phone=given.phone,
        email=given.email,
        existing_account=given.existing_account,
    )


async def professional_register(info: Info, input: ProfessionalRegisterInput) -> RegisterPayload:
    try:
        professional = await reg.register_professional(
            reg.ProfessionalApplication(
                credentials=_credentials(input.account),
                organisation_id=parse_id(input.organisation_id, "organisationId"),
                department_id=parse_id(input.department_id, "departmentId")
                if input.department_id
                else None,
                native_place=input.native_place,
                ethnicity=input.ethnicity,
                education=stored.Education(input.education.value),
                school=input.school,
                major=input.major,
                graduation_date=input.graduation_date,
                degree=stored.Degree(input.degree.value),
                postdoctoral=input.postdoctoral,
                title_series=input.title_series,
                title_specialty=input.title_specialty,
                title_qualification=input.title_qualification,
                title_grade=stored.TitleGrade(input.title_grade.value),
            ),
            info.context.client_address,
        )
    except DomainError as error:
        return RegisterPayload(ok=False, reviewer=None, errors=[UserError.of(error)])
    await professional.fetch_related("organisation")
    return RegisterPayload(ok=True, reviewer=professional.organisation.name, errors=[])


async def organisation_register(info: Info, input: OrganisationRegisterInput) -> RegisterPayload:
    try:
        organisation = await reg.register_organisation(
            reg.OrganisationApplication(
                credentials=_credentials(input.admin),
                kind=stored.OrgKind(input.kind.value),
                name=input.name,
                credit_code=input.credit_code,
                parent_id=parse_id(input.parent_id, "parentId"),
                region_code=input.region_code,
                nature=stored.OrgNature(input.nature.value),
                level=stored.OrgLevel(input.level.value),
                industry=input.industry,
                phone=input.phone,
                address=input.address,
                base_level=stored.BaseLevel(input.base_level.value) if input.base_level else None,
            ),
            info.context.client_address,
        )
    except DomainError as error:
        return RegisterPayload(ok=False, reviewer=None, errors=[UserError.of(error)])
    await organisation.fetch_related("parent")
    return RegisterPayload(ok=True, reviewer=organisation.parent.name, errors=[])


async def registration_progress(
    info: Info, id_number: Annotated[str, strawberry.argument(description="身份证号码")]
) -> list[RegistrationProgress]:
    return [
        RegistrationProgress(
            kind=ReviewKind[p.kind.name],
            applicant=p.applicant,
            reviewer=p.reviewer,
            status=ReviewStatus[p.status.name],
            reason=p.reason,
            submitted_at=p.submitted_at,
        )
        for p in await reg.registration_progress(id_number)
    ]


async def registration_withdraw(
    info: Info, input: RegistrationWithdrawInput
) -> RegistrationWithdrawPayload:
    try:
        count = await reg.withdraw_registration(
            input.id_number, input.password, info.context.client_address
        )
    except DomainError as error:
        return RegistrationWithdrawPayload(withdrawn_count=0, errors=[UserError.of(error)])
    return RegistrationWithdrawPayload(withdrawn_count=count, errors=[])
