"""The professional's profile: read, edit sections, request title and identity changes."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import profile as flow
from domain import profile_changes as changes
from domain import rules
from domain.errors import DomainError
from domain.principal import Principal
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import ChangeKind
from schema.partial import kept
from schema.permissions import allow
from schema.types.profile import (
    AcademicHonourSaveInput,
    AcademicHonourType,
    IdentityChangeRequestInput,
    PractisingQualificationSaveInput,
    PractisingQualificationType,
    Profile,
    ProfileAdminPostInput,
    ProfileBasicInput,
    ProfileChangePayload,
    ProfileChangeType,
    ProfileChangeWithdrawInput,
    ProfileEducationInput,
    ProfileItemRemoveInput,
    ProfilePayload,
    TitleChangeRequestInput,
)


async def _profile(principal: Principal) -> Profile:
    me = await flow.own_professional(principal)
    await me.fetch_related("organisation", "department", "region")
    return Profile(
        id=strawberry.ID(str(me.id)),
        name=me.account.name,
        id_type=me.account.id_type.value,
        id_number=me.account.id_number,
        phone=me.account.phone,
        email=me.account.email,
        landline=me.account.landline,
        organisation=me.organisation.name,
        department_id=strawberry.ID(str(me.department.id)) if me.department else None,
        department=me.department.name if me.department else None,
        region=me.region.name if me.region else None,
        region_code=me.region_id,  # type: ignore[attr-defined]
        sex=me.sex.value if me.sex else None,
        birth_date=me.birth_date,
        native_place=me.native_place,
        ethnicity=me.ethnicity,
        education=me.education.value if me.education else None,
        school=me.school,
        major=me.major,
        graduation_date=me.graduation_date,
        degree=me.degree.value if me.degree else None,
        postdoctoral=me.postdoctoral,
        admin_post=me.admin_post,
        admin_level=me.admin_level,
        title_series=me.title_series,
        title_specialty=me.title_specialty,
        title_grade=me.title_grade.value,
        title_qualification=me.title_qualification,
        title_effective_date=me.title_effective_date,
        title_certificate_no=me.title_certificate_no,
        title_appointment_date=me.title_appointment_date,
        practising_qualifications=[
            PractisingQualificationType.of(q) for q in await flow.qualifications_of(me.id)
        ],
        academic_honours=[AcademicHonourType.of(h) for h in await flow.honours_of(me.id)],
    )


async def my_profile(info: Info) -> Profile:
    return await _profile(info.context.principal)


async def _saved(info: Info, item_id: int | None = None) -> ProfilePayload:
    return ProfilePayload(
        profile=await _profile(info.context.principal),
        item_id=strawberry.ID(str(item_id)) if item_id is not None else None,
        errors=[],
    )


async def profile_basic_update(info: Info, input: ProfileBasicInput) -> ProfilePayload:
    await flow.update_basic(
        info.context.principal,
        flow.BasicInfo(
            phone=kept(input.phone),
            email=kept(input.email),
            landline=kept(input.landline),
            sex=kept(input.sex, lambda v: stored.Sex(v.value)),
            birth_date=kept(input.birth_date),
            native_place=kept(input.native_place),
            ethnicity=kept(input.ethnicity),
            department_id=kept(input.department_id, lambda v: parse_id(v, "departmentId")),
            region_code=kept(input.region_code),
        ),
    )
    return await _saved(info)


async def profile_education_update(info: Info, input: ProfileEducationInput) -> ProfilePayload:
    await flow.update_education(
        info.context.principal,
        flow.EducationInfo(
            education=kept(input.education, lambda v: stored.Education(v.value)),
            school=kept(input.school),
            major=kept(input.major),
            graduation_date=kept(input.graduation_date),
            degree=kept(input.degree, lambda v: stored.Degree(v.value)),
            postdoctoral=kept(input.postdoctoral),
        ),
    )
    return await _saved(info)


async def profile_admin_post_update(info: Info, input: ProfileAdminPostInput) -> ProfilePayload:
    await flow.update_admin_post(
        info.context.principal,
        flow.AdminPost(admin_post=kept(input.admin_post), admin_level=kept(input.admin_level)),
    )
    return await _saved(info)


def _item_id(value: strawberry.ID | None) -> int | None:
    return parse_id(value, "id") if value else None


async def practising_qualification_save(
    info: Info, input: PractisingQualificationSaveInput
) -> ProfilePayload:
    item = flow.QualificationItem(
        _item_id(input.id),
        series=kept(input.series),
        name=kept(input.name),
        obtained_on=kept(input.obtained_on),
        certificate_no=kept(input.certificate_no),
    )
    saved = await flow.save_qualification(info.context.principal, item)
    return await _saved(info, saved)


async def practising_qualification_remove(
    info: Info, input: ProfileItemRemoveInput
) -> ProfilePayload:
    await flow.remove_qualification(info.context.principal, parse_id(input.id, "id"))
    return await _saved(info)


async def academic_honour_save(info: Info, input: AcademicHonourSaveInput) -> ProfilePayload:
    item = flow.HonourItem(
        _item_id(input.id),
        level=kept(input.level, lambda v: stored.HonourLevel(v.value)),
        name=kept(input.name),
        awarded_on=kept(input.awarded_on),
    )
    saved = await flow.save_honour(info.context.principal, item)
    return await _saved(info, saved)


async def academic_honour_remove(info: Info, input: ProfileItemRemoveInput) -> ProfilePayload:
    await flow.remove_honour(info.context.principal, parse_id(input.id, "id"))
    return await _saved(info)


async def _change_payload(change_id: int) -> ProfileChangePayload:
    change = await changes.ProfileChange.get(id=change_id).prefetch_related("reviewer")
    name = await changes.applicant_name(change.professional_id)
    return ProfileChangePayload(change=ProfileChangeType.of(change, name), errors=[])


def _files(ids: list[strawberry.ID]) -> tuple[int, ...]:
    return tuple(parse_id(i, "attachments") for i in ids)


async def title_change_request(info: Info, input: TitleChangeRequestInput) -> ProfileChangePayload:
    change = await changes.request_title_change(
        info.context.principal,
        changes.TitleRequest(
            series=input.title_series,
            specialty=input.title_specialty,
            qualification=input.title_qualification,
            grade=stored.TitleGrade(input.title_grade.value),
            effective_date=input.title_effective_date,
            certificate_no=input.title_certificate_no,
            appointment_date=input.title_appointment_date,
            note=input.note,
            attachments=_files(input.attachments),
        ),
    )
    return await _change_payload(change.id)


async def identity_change_request(
    info: Info, input: IdentityChangeRequestInput
) -> ProfileChangePayload:
    change = await changes.request_identity_change(
        info.context.principal,
        changes.IdentityRequest(
            name=input.name,
            id_number=input.id_number,
            note=input.note,
            attachments=_files(input.attachments),
        ),
    )
    return await _change_payload(change.id)


async def profile_change_withdraw(
    info: Info, input: ProfileChangeWithdrawInput
) -> ProfileChangePayload:
    change = await changes.withdraw_change(info.context.principal, parse_id(input.id, "id"))
    return await _change_payload(change.id)


async def my_profile_changes(
    info: Info,
    kind: Annotated[
        ChangeKind | None, strawberry.argument(description="变更类型（不填为全部）")
    ] = None,
) -> list[ProfileChangeType]:
    principal = info.context.principal
    found = await changes.my_changes(
        principal, stored.ChangeKind(kind.value) if kind is not None else None
    )
    name = (await flow.own_professional(principal)).account.name if found else ""
    return [ProfileChangeType.of(c, name) for c in found]


async def profile_change(
    info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="变更申请编号")]
) -> ProfileChangeType | None:
    """变更明细 for a reviewer: None when missing or out of reach."""
    try:
        change = await changes.access_change(info.context.principal, parse_id(id, "id"))
    except DomainError:
        return None
    return ProfileChangeType.of(change, change.professional.account.name)


@strawberry.type
class ProfileQueries:
    my_profile: Profile = strawberry.field(
        resolver=my_profile,
        extensions=allow(rules.OWN_RECORDS),
        description="本人资料：基本信息、学历学位、行政职务、职称、职（执）业资格、学术技术称号",
    )
    my_profile_changes: list[ProfileChangeType] = strawberry.field(
        resolver=my_profile_changes,
        extensions=allow(rules.OWN_RECORDS),
        description="变更记录：本人的职称及姓名、证件号码变更申请与审核结果",
    )
    profile_change: ProfileChangeType | None = strawberry.field(
        resolver=profile_change,
        extensions=allow(rules.VIEW_PROFILE_CHANGES),
        description="变更明细：一条变更申请（本单位审核的或本单位及下级人员的）",
    )


@strawberry.type
class ProfileMutations:
    profile_basic_update: ProfilePayload = strawberry.field(
        resolver=profile_basic_update,
        extensions=allow(rules.OWN_RECORDS),
        description="基本信息修改：保存后立即生效",
    )
    profile_education_update: ProfilePayload = strawberry.field(
        resolver=profile_education_update,
        extensions=allow(rules.OWN_RECORDS),
        description="学历及学位情况修改：保存后立即生效",
    )
    profile_admin_post_update: ProfilePayload = strawberry.field(
        resolver=profile_admin_post_update,
        extensions=allow(rules.OWN_RECORDS),
        description="行政职务修改：保存后立即生效",
    )
    practising_qualification_save: ProfilePayload = strawberry.field(
        resolver=practising_qualification_save,
        extensions=allow(rules.OWN_RECORDS),
        description="新增或修改职（执）业资格",
    )
    practising_qualification_remove: ProfilePayload = strawberry.field(
        resolver=practising_qualification_remove,
        extensions=allow(rules.OWN_RECORDS),
        description="删除职（执）业资格",
    )
    academic_honour_save: ProfilePayload = strawberry.field(
        resolver=academic_honour_save,
        extensions=allow(rules.OWN_RECORDS),
        description="新增或修改学术技术称号",
    )
    academic_honour_remove: ProfilePayload = strawberry.field(
        resolver=academic_honour_remove,
        extensions=allow(rules.OWN_RECORDS),
        description="删除学术技术称号",
    )
    title_change_request: ProfileChangePayload = strawberry.field(
        resolver=title_change_request,
        extensions=allow(rules.OWN_RECORDS),
        description="职称变更：提交后由所在单位审核，通过后生效（同时只能有一条待审核）",
    )
    identity_change_request: ProfileChangePayload = strawberry.field(
        resolver=identity_change_request,
        extensions=allow(rules.OWN_RECORDS),
        description="姓名、证件号码变更：附证明材料，由省级人社部门（平台运营方）审核",
    )
    profile_change_withdraw: ProfileChangePayload = strawberry.field(
        resolver=profile_change_withdraw,
        extensions=allow(rules.OWN_RECORDS),
        description="撤回待审核的变更申请",
    )
