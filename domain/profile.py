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

from domain import audit, completion, events
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import validate_email, validate_landline, validate_mobile
from domain.patch import KEEP, Check, Keep, changed, checked
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
    """基本信息修改: account contact details and personal data; KEEP leaves a field as it is."""

    phone: str | Keep | None = KEEP
    email: str | Keep | None = KEEP
    landline: str | Keep | None = KEEP
    sex: Sex | Keep | None = KEEP
    birth_date: dt.date | Keep | None = KEEP
    native_place: str | Keep | None = KEEP
    ethnicity: str | Keep | None = KEEP
    department_id: int | Keep | None = KEEP
    region_code: str | Keep | None = KEEP


@dataclass(frozen=True)
class EducationInfo:
    """学历及学位情况; KEEP leaves a field as it is."""

    education: Education | Keep | None = KEEP
    school: str | Keep | None = KEEP
    major: str | Keep | None = KEEP
    graduation_date: dt.date | Keep | None = KEEP
    degree: Degree | Keep | None = KEEP
    postdoctoral: bool | Keep | None = KEEP


@dataclass(frozen=True)
class AdminPost:
    """行政职务 and 行政级别; both may be emptied, KEEP leaves one as it is."""

    admin_post: str | Keep | None = KEEP
    admin_level: str | Keep | None = KEEP


@dataclass(frozen=True)
class QualificationItem:
    """职（执）业资格; id None adds one (a field not given is empty), else edits it (a field
    not given stays)."""

    id: int | None
    series: str | Keep | None = KEEP
    name: str | Keep | None = KEEP
    obtained_on: dt.date | Keep | None = KEEP
    certificate_no: str | Keep | None = KEEP


@dataclass(frozen=True)
class HonourItem:
    """学术技术称号; id None adds one, else edits it (as QualificationItem)."""

    id: int | None
    level: HonourLevel | Keep | None = KEEP
    name: str | Keep | None = KEEP
    awarded_on: dt.date | Keep | None = KEEP


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


def chosen(value: Any, field: str, label: str) -> Any:
    """A choice (or a date) that may be changed but not emptied."""
    if value is None:
        raise DomainError("REQUIRED", f"请选择{label}", field)
    return value


def _not_future(value: dt.date | None, field: str, label: str) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise DomainError("DATE_IN_FUTURE", f"{label}不能晚于今天", field)
    return value


# each field's check: the value to store, or a typed error (None empties only where allowed)
ACCOUNT_CHECKS: dict[str, Check] = {
    "phone": lambda v: validate_mobile(required(v, "phone", "手机号码", 20)),
    "email": lambda v: validate_email(required(v, "email", "电子邮箱", 128)),
    "landline": lambda v: validate_landline(v) if (v or "").strip() else None,
}
PERSONAL_CHECKS: dict[str, Check] = {
    "sex": lambda v: chosen(v, "sex", "性别"),
    "birth_date": lambda v: _not_future(
        chosen(v, "birthDate", "出生日期"), "birthDate", "出生日期"
    ),
    "native_place": lambda v: required(v, "nativePlace", "籍贯"),
    "ethnicity": lambda v: required(v, "ethnicity", "民族", 16),
}
EDUCATION_CHECKS: dict[str, Check] = {
    "education": lambda v: chosen(v, "education", "最高学历"),
    "school": lambda v: required(v, "school", "毕业院校", 128),
    "major": lambda v: required(v, "major", "所学专业"),
    "graduation_date": lambda v: _not_future(v, "graduationDate", "毕业时间"),
    "degree": lambda v: chosen(v, "degree", "学位"),
    "postdoctoral": lambda v: chosen(v, "postdoctoral", "是否有博士后经历"),
}
ADMIN_POST_CHECKS: dict[str, Check] = {
    "admin_post": lambda v: optional(v, "adminPost", "行政职务"),
    "admin_level": lambda v: optional(v, "adminLevel", "行政级别", 32),
}
QUALIFICATION_CHECKS: dict[str, Check] = {
    "series": lambda v: required(v, "series", "职（执）业资格所属系列"),
    "name": lambda v: required(v, "name", "职（执）业资格名称", 128),
    "obtained_on": lambda v: _not_future(v, "obtainedOn", "取得日期"),
    "certificate_no": lambda v: optional(v, "certificateNo", "证书编号"),
}
HONOUR_CHECKS: dict[str, Check] = {
    "level": lambda v: chosen(v, "level", "学术技术称号级别"),
    "name": lambda v: required(v, "name", "学术技术称号名称", 128),
    "awarded_on": lambda v: _not_future(v, "awardedOn", "取得日期"),
}


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


async def _department(me: Professional, department_id: int | None) -> int | None:
    """A department of the professional's own unit, or None (未分配)."""
    if department_id is not None and not await Department.exists(
        id=department_id,
        organisation_id=me.organisation_id,  # type: ignore[attr-defined]
    ):
        raise NotFound("所在部门", "departmentId")
    return department_id


async def _region(code: str | None) -> str:
    text = chosen((code or "").strip() or None, "regionCode", "所在地区")
    if not await Region.exists(code=text):
        raise NotFound("所在地区", "regionCode")
    return str(text)


async def update_basic(principal: Principal, info: BasicInfo) -> Professional:
    """Saves the fields `info` gives; the others stay as they are."""
    me = await own_professional(principal)
    account_values = changed(me.account, checked(ACCOUNT_CHECKS, info))
    values = checked(PERSONAL_CHECKS, info)
    if info.department_id is not KEEP:
        values["department_id"] = await _department(me, info.department_id)
    if info.region_code is not KEEP:
        values["region_id"] = await _region(info.region_code)
    values = changed(me, values)
    if not account_values and not values:
        return me
    before = {key: getattr(me.account, key) for key in account_values} | {
        key: getattr(me, key) for key in values
    }
    async with events.atomic():
        if account_values:
            await Account.filter(id=me.account.id).update(**account_values)
        if values:
            await Professional.filter(id=me.id).update(**values)
        if "region_id" in values:  # her years may be judged by another region's standard
            await completion.follow_move([me.id])
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
    await _save(principal, me, "profile.education", checked(EDUCATION_CHECKS, info))
    return await own_professional(principal)


async def update_admin_post(principal: Principal, info: AdminPost) -> Professional:
    me = await own_professional(principal)
    await _save(principal, me, "profile.admin_post", checked(ADMIN_POST_CHECKS, info))
    return await own_professional(principal)


async def _save(principal: Principal, me: Professional, action: str, values: dict) -> None:
    """Stores and records what differs from the stored values; nothing when nothing does."""
    values = changed(me, values)
    if not values:
        return
    before = {key: getattr(me, key) for key in values}
    async with events.atomic():
        await Professional.filter(id=me.id).update(**values)
        await audit.record(
            Actor.of(principal), action, "professional", me.id, before=before, after=values
        )


async def save_qualification(principal: Principal, item: QualificationItem) -> int:
    me = await own_professional(principal)
    values = checked(QUALIFICATION_CHECKS, item, whole=item.id is None)
    return await _save_item(principal, me, PractisingQualification, item.id, values)


async def save_honour(principal: Principal, item: HonourItem) -> int:
    me = await own_professional(principal)
    values = checked(HONOUR_CHECKS, item, whole=item.id is None)
    return await _save_item(principal, me, AcademicHonour, item.id, values)


_LABELS = {PractisingQualification: "职（执）业资格", AcademicHonour: "学术技术称号"}


async def _save_item(
    principal: Principal, me: Professional, model: Any, item_id: int | None, values: dict
) -> int:
    """Add (id None) or edit one of the professional's own items; another's is missing.
    An edit stores only the values that differ."""
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
        values = changed(row, values)
        if not values:
            return int(row.id)
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
