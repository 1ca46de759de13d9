"""Registration: professionals and units apply, follow their progress, withdraw."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import registration as reg
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import ReviewKind, ReviewStatus
from schema.input_limits import ID_NUMBER
from schema.permissions import public
from schema.types.registration import (
    AccountInput,
    OrganisationRegisterInput,
    ProfessionalRegisterInput,
    RegisterPayload,
    RegistrationProgress,
    RegistrationWithdrawInput,
    RegistrationWithdrawPayload,
)


def credentials(given: AccountInput) -> reg.Credentials:
    return reg.Credentials(
        id_number=given.id_number,
        name=given.name,
        password=given.password,
        phone=given.phone,
        email=given.email,
        existing_account=given.existing_account,
    )


async def professional_register(info: Info, input: ProfessionalRegisterInput) -> RegisterPayload:
    professional = await reg.register_professional(
        reg.ProfessionalApplication(
            credentials=credentials(input.account),
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
    await professional.fetch_related("organisation")
    return RegisterPayload(ok=True, reviewer=professional.organisation.name, errors=[])


async def organisation_register(info: Info, input: OrganisationRegisterInput) -> RegisterPayload:
    organisation = await reg.register_organisation(
        reg.OrganisationApplication(
            credentials=credentials(input.admin),
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
    await organisation.fetch_related("parent")
    return RegisterPayload(ok=True, reviewer=organisation.parent.name, errors=[])


async def registration_progress(
    info: Info,
    id_number: Annotated[
        str, strawberry.argument(description="身份证号码", directives=[ID_NUMBER])
    ],
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
    count = await reg.withdraw_registration(
        input.id_number, input.password, info.context.client_address
    )
    return RegistrationWithdrawPayload(withdrawn_count=count, errors=[])


@strawberry.type
class RegistrationQueries:
    registration_progress: list[RegistrationProgress] = strawberry.field(
        resolver=registration_progress,
        extensions=public(),
        description="注册审核进度查询（按身份证号）",
    )


@strawberry.type
class RegistrationMutations:
    professional_register: RegisterPayload = strawberry.field(
        resolver=professional_register,
        extensions=public(),
        description="专业技术人员注册，由所在单位审核",
    )
    organisation_register: RegisterPayload = strawberry.field(
        resolver=organisation_register,
        extensions=public(),
        description="单位注册：主管部门、用人单位、继续教育基地注册，由所选上级单位审核",
    )
    registration_withdraw: RegistrationWithdrawPayload = strawberry.field(
        resolver=registration_withdraw,
        extensions=public(),
        description="撤回注册：以注册密码撤回待审核的注册申请",
    )
