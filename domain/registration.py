"""Registration for every self-registering role, reviewed by the parent organisation.

Order (seed 004): competent department → employer → professional. A professional waits for
its employer; an organisation waits for the parent it chose. The account part
("如果已是本系统用户", registering again after a rejection or withdrawal) is domain.applicants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from domain import audit, credit_codes, events, reviews, rules, throttle
from domain.applicants import (
    UNAPPROVED_ORGANISATION,
    Credentials,
    account_for_application,
    prove_applicant,
    required,
)
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import (
    birth_date_of,
    sex_of,
    validate_credit_code,
    validate_phone,
    validate_resident_id,
)
from domain.login import password_holds
from domain.organisations import add_organisation
from models import (
    Account,
    Admin,
    Department,
    Organisation,
    Professional,
    ReviewStep,
)
from models.enums import (
    BaseLevel,
    Degree,
    Education,
    OrgKind,
    OrgLevel,
    OrgNature,
    OrgStatus,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
    TitleGrade,
)

# which parent kinds each registering kind may choose (DOMAIN.md, seed 004's special cases)
ALLOWED_PARENTS = {
    OrgKind.COMPETENT: (OrgKind.HRSS,),
    OrgKind.EMPLOYER: (OrgKind.COMPETENT, OrgKind.EMPLOYER, OrgKind.HRSS),
    OrgKind.BASE: (OrgKind.COMPETENT, OrgKind.HRSS),
}


@dataclass(frozen=True)
class ProfessionalApplication:
    credentials: Credentials
    organisation_id: int
    department_id: int | None
    native_place: str
    ethnicity: str
    education: Education
    school: str
    major: str
    graduation_date: dt.date
    degree: Degree
    postdoctoral: bool
    title_series: str
    title_specialty: str
    title_qualification: str
    title_grade: TitleGrade


@dataclass(frozen=True)
class OrganisationApplication:
    credentials: Credentials
    kind: OrgKind
    name: str
    credit_code: str
    parent_id: int
    region_code: str
    nature: OrgNature
    level: OrgLevel
    industry: str
    phone: str
    address: str
    base_level: BaseLevel | None = None


async def register_professional(
    application: ProfessionalApplication, client_address: str | None = None
) -> Professional:
    await throttle.count_registration(client_address)  # every attempt, valid or not
    employer = await Organisation.get_or_none(
        id=application.organisation_id, kind=OrgKind.EMPLOYER, status=OrgStatus.ACTIVE
    )
    if employer is None:
        raise NotFound("所在单位", "organisationId")
    if application.department_id is not None and not await Department.exists(
        id=application.department_id, organisation_id=employer.id, enabled=True
    ):
        raise NotFound("所在部门", "departmentId")
    fields = {
        "native_place": required(application.native_place, "nativePlace", "籍贯"),
        "ethnicity": required(application.ethnicity, "ethnicity", "民族"),
        "school": required(application.school, "school", "毕业院校"),
        "major": required(application.major, "major", "所学专业"),
        "title_series": required(application.title_series, "titleSeries", "专业技术职务系列"),
        "title_specialty": required(application.title_specialty, "titleSpecialty", "从事专业"),
        "title_qualification": required(
            application.title_qualification, "titleQualification", "专业技术职务任职资格"
        ),
    }
    applicant = await prove_applicant(application.credentials, client_address)
    async with events.atomic():
        account, _ = await account_for_application(applicant)
        existing = await Professional.get_or_none(account_id=account.id)
        if existing is not None and existing.status in (
            ProfessionalStatus.PENDING,
            ProfessionalStatus.ACTIVE,
        ):
            raise DomainError("ALREADY_REGISTERED", "该账号已注册为专业技术人员", "idNumber")
        values: dict[str, Any] = dict(
            organisation_id=employer.id,
            department_id=application.department_id,
            region_id=employer.region_id,
            status=ProfessionalStatus.PENDING,
            sex=sex_of(account.id_number),
            birth_date=birth_date_of(account.id_number),
            education=application.education,
            graduation_date=application.graduation_date,
            degree=application.degree,
            postdoctoral=application.postdoctoral,
            title_grade=application.title_grade,
            **fields,
        )
        if existing is None:
            professional = await Professional.create(account_id=account.id, **values)
        else:  # a rejected or withdrawn registration is filed again on the same profile
            await Professional.filter(id=existing.id).update(**values)
            professional = await Professional.get(id=existing.id)
        await reviews.open_step(
            ReviewKind.PROFESSIONAL_REGISTRATION,
            "professional",
            professional.id,
            employer.id,
            account.name,
            {
                "idNumber": account.id_number,
                "phone": account.phone,
                "email": account.email,
                "unit": employer.name,
                "titleSeries": fields["title_series"],
                "titleGrade": application.title_grade.value,
            },
        )
        await audit.record(
            Actor(account.id),
            "professional.register",
            "professional",
            professional.id,
            after={"organisation": employer.id},
        )
    return professional


async def register_organisation(
    application: OrganisationApplication, client_address: str | None = None
) -> Organisation:
    await throttle.count_registration(client_address)  # every attempt, valid or not
    if application.kind not in ALLOWED_PARENTS:
        raise DomainError("KIND_NOT_REGISTRABLE", "人社部门由平台开通，不能自行注册", "kind")
    parent = await Organisation.get_or_none(id=application.parent_id, status=OrgStatus.ACTIVE)
    if parent is None:
        raise NotFound("上级单位", "parentId")
    if parent.kind not in ALLOWED_PARENTS[application.kind]:
        raise DomainError("PARENT_KIND_NOT_ALLOWED", "所选上级单位的类型不符合注册要求", "parentId")
    name = required(application.name, "name", "单位名称")
    # 临时代码: issued by the platform for this unit name (domain.credit_codes)
    temporary = None
    others = Organisation.all()
    if credit_codes.is_temporary(application.credit_code):
        temporary = await credit_codes.check_code(application.credit_code, name)
        credit_code = temporary.code
        if temporary.released is not None:  # its rejected registration gives way
            others = others.exclude(id=temporary.released)
    else:
        credit_code = validate_credit_code(application.credit_code)
    # a registration that ended unapproved holds neither its code nor its name (seed 004:
    # "驳回注册信息后重新注册"); it gives the code up inside the transaction below
    others = others.exclude(status__in=list(UNAPPROVED_ORGANISATION))
    if await others.filter(credit_code=credit_code).exists():
        raise DomainError("CREDIT_CODE_TAKEN", "该统一社会信用代码已注册", "creditCode")
    if await others.filter(name=name).exists():
        raise DomainError("NAME_TAKEN", "该单位名称已注册", "name")
    phone = validate_phone(application.phone)
    applicant = await prove_applicant(application.credentials, client_address)
    async with events.atomic():
        account, _ = await account_for_application(applicant)
        if temporary is not None:
            await credit_codes.take_code(temporary, Actor(account.id))
        await _release_code(credit_code, Actor(account.id))
        organisation = await add_organisation(
            Actor(account.id),
            kind=application.kind,
            name=name,
            credit_code=credit_code,
            credit_code_temporary=temporary is not None,
            parent_id=parent.id,
            region_id=application.region_code,
            nature=application.nature,
            level=application.level,
            industry=required(application.industry, "industry", "所属行业"),
            phone=phone,
            address=required(application.address, "address", "单位地址"),
            base_level=application.base_level,
            status=OrgStatus.PENDING,
        )
        await Admin.create(account=account, organisation=organisation, is_super=True)
        if temporary is not None:
            await credit_codes.mark_used(temporary, organisation.id, Actor(account.id))
        await reviews.open_step(
            ReviewKind.ORGANISATION_REGISTRATION,
            "organisation",
            organisation.id,
            parent.id,
            name,
            {
                "kind": application.kind.value,
                "creditCode": credit_code,
                "admin": account.name,
                "adminPhone": account.phone,
            },
        )
    return organisation


async def _release_code(credit_code: str, actor: Actor) -> None:
    """An unapproved registration's credit code passes to the new one (the column is
    unique); the old record keeps its review history under no code."""
    held: list[Any] = await Organisation.filter(
        credit_code=credit_code, status__in=list(UNAPPROVED_ORGANISATION)
    ).values_list("id", flat=True)
    for organisation_id in held:
        await Organisation.filter(id=organisation_id).update(
            credit_code=None, credit_code_temporary=False
        )
        await audit.record(
            actor,
            "organisation.credit_code_release",
            "organisation",
            organisation_id,
            before={"credit_code": credit_code},
        )


@dataclass(frozen=True)
class Progress:
    kind: ReviewKind
    applicant: str
    reviewer: str
    status: ReviewStatus
    reason: str | None
    submitted_at: dt.datetime


async def registration_progress(id_number: str) -> list[Progress]:
    """注册审核进度查询: public by ID number, as in the seeds."""
    account = await Account.get_or_none(id_number=validate_resident_id(id_number))
    if account is None:
        return []
    subjects = await _subjects(account.id)
    steps = (
        await ReviewStep.filter(
            kind__in=list(_SUBJECTS), subject_id__in=[subject_id for _, subject_id in subjects]
        )
        .prefetch_related("reviewer")
        .order_by("id")
    )
    return [
        Progress(s.kind, s.applicant_name, s.reviewer.name, s.status, s.reason, s.created_at)
        for s in steps
        if (s.subject_type, s.subject_id) in subjects
    ]


_SUBJECTS = {
    ReviewKind.PROFESSIONAL_REGISTRATION: "professional",
    ReviewKind.ORGANISATION_REGISTRATION: "organisation",
}


async def _subjects(account_id: int) -> set[tuple[str, int]]:
    professionals: list[Any] = await Professional.filter(account_id=account_id).values_list(
        "id", flat=True
    )
    organisations: list[Any] = await Admin.filter(account_id=account_id, is_super=True).values_list(
        "organisation_id", flat=True
    )
    return {("professional", p) for p in professionals} | {
        ("organisation", o) for o in organisations
    }


async def withdraw_registration(id_number: str, password: str, client_address: str | None) -> int:
    """撤回申请 by the applicant, with the password (through the login throttle), while
    pending."""
    account = await Account.get_or_none(id_number=validate_resident_id(id_number))
    if account is None:
        await throttle.count_existence_answer(client_address, field="password")
    if account is None or not await password_holds(
        account, password, client_address, field="password"
    ):
        raise DomainError("WRONG_CREDENTIALS", "身份证号或密码不正确", "password")
    withdrawn = 0
    async with events.atomic():
        for subject_type, subject_id in await _subjects(account.id):
            if await reviews.withdraw_subject(subject_type, subject_id):
                withdrawn += 1
                if subject_type == "professional":
                    await Professional.filter(id=subject_id).update(
                        status=ProfessionalStatus.WITHDRAWN
                    )
                else:
                    await Organisation.filter(id=subject_id).update(status=OrgStatus.WITHDRAWN)
                await audit.record(
                    Actor(account.id), "registration.withdraw", subject_type, subject_id
                )
    if not withdrawn:
        raise DomainError("NOTHING_PENDING", "没有待审核的注册申请", None)
    return withdrawn


async def _set_professionals(steps: list[ReviewStep], status: ProfessionalStatus) -> None:
    await Professional.filter(id__in=[s.subject_id for s in steps]).update(status=status)


async def _set_organisations(steps: list[ReviewStep], status: OrgStatus) -> None:
    await Organisation.filter(id__in=[s.subject_id for s in steps]).update(status=status)


async def _approve_professionals(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await _set_professionals(steps, ProfessionalStatus.ACTIVE)


async def _reject_professionals(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await _set_professionals(steps, ProfessionalStatus.REJECTED)


async def _approve_organisations(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await _set_organisations(steps, OrgStatus.ACTIVE)


async def _reject_organisations(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await _set_organisations(steps, OrgStatus.REJECTED)


# the kinds an organisation can have as its parent, so the kinds that decide registrations
PARENT_KINDS = frozenset(kind for kinds in ALLOWED_PARENTS.values() for kind in kinds)

reviews.register_handler(
    ReviewKind.PROFESSIONAL_REGISTRATION,
    reviews.Handler(
        rules.REVIEW_REGISTRATIONS,
        _approve_professionals,
        _reject_professionals,
        receivers=frozenset({OrgKind.EMPLOYER}),  # the employer the registrant chose
    ),
)
reviews.register_handler(
    ReviewKind.ORGANISATION_REGISTRATION,
    reviews.Handler(
        rules.REVIEW_REGISTRATIONS,
        _approve_organisations,
        _reject_organisations,
        receivers=PARENT_KINDS,  # the parent the registrant chose
    ),
)
