"""Review summaries (申请摘要): what a reviewer reads in the queue, one type per subject family.

The workflow that opens a step stores raw facts (codes, full values, the changed fields'
stored values) in the step's JSON column; these types read them, so @pii masks the personal
data, enums carry their Chinese labels and names are camelCase like everywhere else. A
member is chosen by the step's kind, never by the stored keys; a key missing from an older
row reads as null.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

import strawberry

from domain import field_catalogue as catalogue
from models import enums as stored
from schema.context import Info
from schema.enums import OrgChangeKind, OrgKind, PlanKind, Subject, TitleGrade
from schema.pii import mask_email, mask_id_number, mask_phone, pii
from schema.types.changes import FieldChange, field_changes
from schema.types.claims import FormAnswer, form_answers


def _code(source: type[StrEnum], value: Any) -> Any:
    """A stored code of `source`, or None for anything else (older rows stored labels)."""
    return value if isinstance(value, str) and value in source.__members__ else None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _hours(value: Any) -> str | None:
    return None if value is None or value == "" else catalogue.hours_text(value)


def _form(value: Any) -> str | None:
    return catalogue.FORM_LABELS.get(str(value), _text(value)) if value else None


@strawberry.type(description="专业技术人员注册摘要")
class ProfessionalRegistrationSummary:
    id_number: str | None = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    phone: str | None = strawberry.field(description="手机号码", extensions=pii(mask_phone))
    email: str | None = strawberry.field(description="电子邮箱", extensions=pii(mask_email))
    unit: str | None = strawberry.field(description="所在单位")
    title_series: str | None = strawberry.field(description="专业技术职务系列")
    title_grade: TitleGrade | None = strawberry.field(description="职称级别")

    @classmethod
    def of(cls, s: dict[str, Any]) -> ProfessionalRegistrationSummary:
        return cls(
            id_number=_text(s.get("idNumber")),
            phone=_text(s.get("phone")),
            email=_text(s.get("email")),
            unit=_text(s.get("unit")),
            title_series=_text(s.get("titleSeries")),
            title_grade=_code(stored.TitleGrade, s.get("titleGrade")),
        )


@strawberry.type(description="机构注册摘要")
class OrganisationRegistrationSummary:
    organisation_kind: OrgKind | None = strawberry.field(description="机构类型")
    credit_code: str | None = strawberry.field(description="统一社会信用代码")
    admin: str | None = strawberry.field(description="超级管理员")
    admin_phone: str | None = strawberry.field(
        description="管理员手机号码", extensions=pii(mask_phone)
    )

    @classmethod
    def of(cls, s: dict[str, Any]) -> OrganisationRegistrationSummary:
        return cls(
            organisation_kind=_code(stored.OrgKind, s.get("kind")),
            credit_code=_text(s.get("creditCode")),
            admin=_text(s.get("admin")),
            admin_phone=_text(s.get("adminPhone")),
        )


@strawberry.type(description="学时申报摘要")
class ClaimSummary:
    year: int | None = strawberry.field(description="计入年度")
    subject: Subject | None = strawberry.field(description="学习科目")
    form: str | None = strawberry.field(description="学习形式")
    requested_hours: str | None = strawberry.field(description="申报学时")
    answers: list[FormAnswer] = strawberry.field(description="学习形式的填写内容")

    @classmethod
    def of(cls, s: dict[str, Any]) -> ClaimSummary:
        return cls(
            year=_int(s.get("year")),
            subject=_code(stored.Subject, s.get("subject")),
            form=_form(s.get("form")),
            requested_hours=_hours(s.get("requestedHours")),
            answers=form_answers(s.get("form"), s.get("details")),
        )


@strawberry.type(description="人员调转摘要")
class TransferSummary:
    id_number: str | None = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    phone: str | None = strawberry.field(description="联系电话", extensions=pii(mask_phone))
    from_unit: str | None = strawberry.field(description="调出单位")
    to_unit: str | None = strawberry.field(description="调入单位")
    title_series: str | None = strawberry.field(description="专业技术职务系列")
    title_specialty: str | None = strawberry.field(description="从事专业")
    title_qualification: str | None = strawberry.field(description="任职资格")
    reason: str | None = strawberry.field(description="调转原因")

    @classmethod
    def of(cls, s: dict[str, Any]) -> TransferSummary:
        return cls(
            id_number=_text(s.get("idNumber")),
            phone=_text(s.get("phone")),
            from_unit=_text(s.get("fromUnit")),
            to_unit=_text(s.get("toUnit")),
            title_series=_text(s.get("titleSeries")),
            title_specialty=_text(s.get("titleSpecialty")),
            title_qualification=_text(s.get("titleQualification")),
            reason=_text(s.get("reason")),
        )


def _sides(s: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed fields' stored values before and after; rows written before these types
    held display lines instead, read as they are."""
    if "after" in s or "changes" not in s:
        return dict(s.get("before") or {}), dict(s.get("after") or {})
    old = [c for c in s["changes"] if isinstance(c, dict) and "field" in c]
    return {c["field"]: c.get("before") for c in old}, {c["field"]: c.get("after") for c in old}


@strawberry.type(description="个人信息变更摘要（职称，或姓名、证件号码）")
class ProfileChangeSummary:
    id_number: str | None = strawberry.field(
        description="申请人证件号码", extensions=pii(mask_id_number)
    )
    _before: strawberry.Private[dict[str, Any]]
    _after: strawberry.Private[dict[str, Any]]

    @classmethod
    def of(cls, s: dict[str, Any]) -> ProfileChangeSummary:
        before, after = _sides(s)
        return cls(id_number=_text(s.get("idNumber")), _before=before, _after=after)

    @strawberry.field(description="变更明细")
    async def changes(self, info: Info) -> list[FieldChange]:
        return await field_changes(info, self._before, self._after, "profile_change")


@strawberry.type(description="机构变更摘要（机构信息修改，或更换上级部门）")
class OrganisationChangeSummary:
    credit_code: str | None = strawberry.field(description="统一社会信用代码")
    change_kind: OrgChangeKind | None = strawberry.field(description="信息修改类型")
    admin: str | None = strawberry.field(description="管理员")
    phone: str | None = strawberry.field(description="单位电话")
    _before: strawberry.Private[dict[str, Any]]
    _after: strawberry.Private[dict[str, Any]]

    @classmethod
    def of(cls, s: dict[str, Any]) -> OrganisationChangeSummary:
        before, after = _sides(s)
        return cls(
            credit_code=_text(s.get("creditCode")),
            change_kind=_code(stored.OrgChangeKind, s.get("changeKind")),
            admin=_text(s.get("admin")),
            phone=_text(s.get("phone")),
            _before=before,
            _after=after,
        )

    @strawberry.field(description="变更明细")
    async def changes(self, info: Info) -> list[FieldChange]:
        return await field_changes(info, self._before, self._after, "organisation_change")


@strawberry.type(description="培训班计划摘要")
class PlanSummary:
    class_name: str | None = strawberry.field(description="培训班名称")
    subject: Subject | None = strawberry.field(description="学习科目")
    form: str | None = strawberry.field(description="学习形式")
    start_date: dt.date | None = strawberry.field(description="开始日期")
    end_date: dt.date | None = strawberry.field(description="结束日期")
    hours: str | None = strawberry.field(description="学时")
    place: str | None = strawberry.field(description="培训地点")
    expected_attendees: int | None = strawberry.field(description="预计参加人数")

    @classmethod
    def of(cls, s: dict[str, Any]) -> PlanSummary:
        return cls(
            class_name=_text(s.get("className")),
            subject=_code(stored.Subject, s.get("subject")),
            form=_form(s.get("form")),
            start_date=_date(s.get("startDate")),
            end_date=_date(s.get("endDate")),
            hours=_hours(s.get("hours")),
            place=_text(s.get("place")),
            expected_attendees=_int(s.get("expectedAttendees")),
        )


@strawberry.type(description="继教机构计划与总结摘要")
class BaseDocumentSummary:
    document_kind: PlanKind | None = strawberry.field(description="类型")
    year: int | None = strawberry.field(description="年度")
    title: str | None = strawberry.field(description="标题")

    @classmethod
    def of(cls, s: dict[str, Any]) -> BaseDocumentSummary:
        return cls(
            document_kind=_code(stored.PlanKind, s.get("kind")),
            year=_int(s.get("year")),
            title=_text(s.get("title")),
        )


ReviewSummary = Annotated[
    ProfessionalRegistrationSummary
    | OrganisationRegistrationSummary
    | ClaimSummary
    | TransferSummary
    | ProfileChangeSummary
    | OrganisationChangeSummary
    | PlanSummary
    | BaseDocumentSummary,
    strawberry.union("ReviewSummary", description="申请摘要：按事项类型为以下之一"),
]

_BY_KIND: dict[stored.ReviewKind, Any] = {
    stored.ReviewKind.PROFESSIONAL_REGISTRATION: ProfessionalRegistrationSummary,
    stored.ReviewKind.ORGANISATION_REGISTRATION: OrganisationRegistrationSummary,
    stored.ReviewKind.CLAIM_REVIEW: ClaimSummary,
    stored.ReviewKind.CLAIM_VERIFICATION: ClaimSummary,
    stored.ReviewKind.TRANSFER_OUT: TransferSummary,
    stored.ReviewKind.TRANSFER_IN: TransferSummary,
    stored.ReviewKind.TITLE_CHANGE: ProfileChangeSummary,
    stored.ReviewKind.IDENTITY_CHANGE: ProfileChangeSummary,
    stored.ReviewKind.ORGANISATION_CHANGE: OrganisationChangeSummary,
    stored.ReviewKind.PARENT_CHANGE_OUT: OrganisationChangeSummary,
    stored.ReviewKind.PARENT_CHANGE_IN: OrganisationChangeSummary,
    stored.ReviewKind.PLAN_REVIEW: PlanSummary,
    stored.ReviewKind.BASE_ANNUAL_PLAN: BaseDocumentSummary,
    stored.ReviewKind.BASE_PLAN_APPLICATION: BaseDocumentSummary,
    stored.ReviewKind.BASE_ANNUAL_SUMMARY: BaseDocumentSummary,
}


def summary_of(kind: Any, stored_summary: Any) -> Any:
    """The typed summary of a step of this kind from what its workflow stored."""
    given = stored_summary if isinstance(stored_summary, dict) else {}
    return _BY_KIND[stored.ReviewKind(kind)].of(given)
