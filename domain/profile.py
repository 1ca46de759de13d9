"""The professional's own profile (用户资料管理): the sections edited directly.

Basic info, education and degrees, administrative post, practising qualifications and
academic honours are saved at once (seed 003: "点击保存后个人信息才会有效"). The employer,
the name and the ID number are not editable here (seed 000); the professional title goes
through a change request (domain.profile_changes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from domain import audit, events
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import validate_email, validate_landline, validate_mobile
from domain.principal import Principal
from domain.scope import own_records
from models import (
    AcademicHonour,
    Account,
    Department,
    PractisingQualification,
    Professional,
    Region,
)
from models.enums import Degree, Education, HonourLevel, Sex

MAX_ITEMS = 20  # qualifications or honours per person


@dataclass(frozen=True)
class BasicInfo:
    """基本信息修改: account contact details and personal data."""

    phone: str
    email: str
    landline: str | None
    sex: Sex
    birth_date: dt.date
    native_place: str
    ethnicity: str
    department_id: int | None
    region_code: str | None


@dataclass(frozen=True)
class EducationInfo:
    """学历及学位情况."""

    education: Education
    school: str
    major: str
    graduation_date: dt.date | None
    degree: Degree
    postdoctoral: bool


@dataclass(frozen=True)
class AdminPost:
    """行政职务 and 行政级别; both may be empty."""

    admin_post: str | None
    admin_level: str | None


@dataclass(frozen=True)
class QualificationItem:
    """职（执）业资格; id None adds one."""

    id: int | None
    series: str
    name: str
    obtained_on: dt.date | None
    certificate_no: str | None


@dataclass(frozen=True)
class HonourItem:
    """学术技术称号; id None adds one."""

    id: int | None
    level: HonourLevel
    name: str
    awarded_on: dt.date | None


def required(value: str | None, field: str, label: str, max_length: int = 64) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError("REQUIRED", f"请填写{label}", field)
    if len(text) > max_length:
        raise DomainError("TOO_LONG", f"{label}不能超过{max_length}个字", field)
    return text


def optional(value: str | None, field: str, label: str, max_length: int = 64) -> str | None:
    text = (value or "").strip()
    return required(text, field, label, max_length) if text else None


def _not_future(value: dt.date | None, field: str, label: str) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise DomainError("DATE_IN_FUTURE", f"{label}不能晚于今天", field)
    return value


async def own_professional(principal: Principal) -> Professional:
    """The principal's own professional record, with its account."""
    found = (
        await own_records(principal.scope, Professional.all(), field="id")
        .prefetch_related("account")
        .first()
    )
    if found is None:
        raise NotFound("专业技术人员")
    return found


async def update_basic(principal: Principal, info: BasicInfo) -> Professional:
    me = await own_professional(principal)
    account_values = {
        "phone": validate_mobile(info.phone),
        "email": validate_email(info.email),
        "landline": validate_landline(info.landline or "")
        if (info.landline or "").strip()
        else None,
    }
    if info.department_id is not None and not await Department.exists(
        id=info.department_id,
        organisation_id=me.organisation_id,  # type: ignore[attr-defined]
    ):
        raise NotFound("所在部门", "departmentId")
    if info.region_code and not await Region.exists(code=info.region_code.strip()):
        raise NotFound("所在地区", "regionCode")
    values: dict[str, Any] = {
        "sex": info.sex,
        "birth_date": _not_future(info.birth_date, "birthDate", "出生日期"),
        "native_place": required(info.native_place, "nativePlace", "籍贯"),
        "ethnicity": required(info.ethnicity, "ethnicity", "民族", 16),
        "department_id": info.department_id,
        "region_id": info.region_code.strip() if info.region_code else me.region_id,  # type: ignore[attr-defined]
    }
    before = {key: getattr(me.account, key) for key in account_values} | {
        key: getattr(me, key) for key in values
    }
    async with events.atomic():
        await Account.filter(id=me.account.id).update(**account_values)
        await Professional.filter(id=me.id).update(**values)
        await audit.record(
            Actor.of(principal),
            "profile.basic",
            "professional",
            me.id,
            before=before,
            after=account_values | values,
        )
    return await own_professional(principal)


async def update_education(principal: Principal, info: EducationInfo) -> Professional:
    me = await own_professional(principal)
    values: dict[str, Any] = {
        "education": info.education,
        "school": required(info.school, "school", "毕业院校", 128),
        "major": required(info.major, "major", "所学专业"),
        "graduation_date": _not_future(info.graduation_date, "graduationDate", "毕业时间"),
        "degree": info.degree,
        "postdoctoral": info.postdoctoral,
    }
    await _save(principal, me, "profile.education", values)
    return await own_professional(principal)


async def update_admin_post(principal: Principal, info: AdminPost) -> Professional:
    me = await own_professional(principal)
    values = {
        "admin_post": optional(info.admin_post, "adminPost", "行政职务"),
        "admin_level": optional(info.admin_level, "adminLevel", "行政级别", 32),
    }
    await _save(principal, me, "profile.admin_post", values)
    return await own_professional(principal)


async def _save(principal: Principal, me: Professional, action: str, values: dict) -> None:
    before = {key: getattr(me, key) for key in values}
    async with events.atomic():
        await Professional.filter(id=me.id).update(**values)
        await audit.record(
            Actor.of(principal), action, "professional", me.id, before=before, after=values
        )


async def save_qualification(principal: Principal, item: QualificationItem) -> int:
    me = await own_professional(principal)
    values = {
        "series": required(item.series, "series", "职（执）业资格所属系列"),
        "name": required(item.name, "name", "职（执）业资格名称", 128),
        "obtained_on": _not_future(item.obtained_on, "obtainedOn", "取得日期"),
        "certificate_no": optional(item.certificate_no, "certificateNo", "证书编号"),
    }
    return await _save_item(principal, me, PractisingQualification, item.id, values)


async def save_honour(principal: Principal, item: HonourItem) -> int:
    me = await own_professional(principal)
    values = {
        "level": item.level,
        "name": required(item.name, "name", "学术技术称号名称", 128),
        "awarded_on": _not_future(item.awarded_on, "awardedOn", "取得日期"),
    }
    return await _save_item(principal, me, AcademicHonour, item.id, values)


_LABELS = {PractisingQualification: "职（执）业资格", AcademicHonour: "学术技术称号"}


async def _save_item(
    principal: Principal, me: Professional, model: Any, item_id: int | None, values: dict
) -> int:
    """Add (id None) or edit one of the professional's own items; another's is missing."""
    action = f"profile.{model.Meta.table}"
    async with events.atomic():
        if item_id is None:
            if await model.filter(professional_id=me.id).count() >= MAX_ITEMS:
                raise DomainError("TOO_MANY_ITEMS", f"{_LABELS[model]}最多填写{MAX_ITEMS}项")
            row = await model.create(professional_id=me.id, **values)
            await audit.record(
                Actor.of(principal), f"{action}.add", model.Meta.table, row.id, after=values
            )
            return int(row.id)
        row = await model.get_or_none(id=item_id, professional_id=me.id)
        if row is None:
            raise NotFound(_LABELS[model], "id")
        before = {key: getattr(row, key) for key in values}
        await model.filter(id=row.id).update(**values)
        await audit.record(
            Actor.of(principal),
            f"{action}.edit",
            model.Meta.table,
            row.id,
            before=before,
            after=values,
        )
        return int(row.id)


async def remove_qualification(principal: Principal, item_id: int) -> None:
    await _remove_item(principal, PractisingQualification, item_id)


async def remove_honour(principal: Principal, item_id: int) -> None:
    await _remove_item(principal, AcademicHonour, item_id)


async def _remove_item(principal: Principal, model: Any, item_id: int) -> None:
    me = await own_professional(principal)
    row = await model.get_or_none(id=item_id, professional_id=me.id)
    if row is None:
        raise NotFound(_LABELS[model], "id")
    before = {k: v for k, v in row.__dict__.items() if not k.startswith("_")}
    async with events.atomic():
        await model.filter(id=row.id).delete()
        await audit.record(
            Actor.of(principal),
            f"profile.{model.Meta.table}.remove",
            model.Meta.table,
            row.id,
            before=before,
        )


async def qualifications_of(professional_id: int) -> list[PractisingQualification]:
    return await PractisingQualification.filter(professional_id=professional_id).order_by("id")


async def honours_of(professional_id: int) -> list[AcademicHonour]:
    return await AcademicHonour.filter(professional_id=professional_id).order_by("id")
