"""公需科目管理: the public-subject classes an HRSS bureau publishes for its region and a year.

Seed 003 lists 公需科目管理 among the city and district HRSS bureaus' functions, and its
公需科目 guide shows what one is: a class of a year with its hours ("2018年度专业技术人员继续
教育新旧动能转换专题培训班 20学时"), that year's classes 必修 and earlier years' 选修, with a
class introduction (班级介绍). A bureau keeps the classes of its region and of the regions
below it; a person reads the classes in force where they are judged (their region and the
levels above it). A class is never deleted, only disabled (停用), so what was learned keeps
its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain import audit, events, rules, standard_book, standards
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.numbers import finite_decimal
from domain.principal import Principal
from models import PublicSubject

MAX_NAME = 128
MAX_INTRODUCTION = 500
MAX_HOURS = Decimal(200)
HOURS = Decimal("0.1")
MAX_ROWS = 500


@dataclass(frozen=True)
class PublicSubjectDraft:
    year: int
    name: str
    hours: str
    required: bool
    region_code: str | None = None
    introduction: str | None = None


def _name(text: str) -> str:
    name = text.strip()
    if not name:
        raise DomainError("REQUIRED", "请填写科目名称", "name")
    if len(name) > MAX_NAME:
        raise DomainError("TOO_LONG", f"科目名称不能超过{MAX_NAME}字", "name")
    return name


def _hours(text: str) -> Decimal:
    if len(text) > 16:
        raise DomainError("INVALID_NUMBER", "学时应为数字", "hours")
    hours = finite_decimal(text, "学时", "hours", HOURS)
    if hours <= 0 or hours > MAX_HOURS:
        raise DomainError("OUT_OF_RANGE", f"学时应大于0且不超过{MAX_HOURS}", "hours")
    return hours


def _introduction(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    if len(text.strip()) > MAX_INTRODUCTION:
        raise DomainError("TOO_LONG", f"科目介绍不能超过{MAX_INTRODUCTION}字", "introduction")
    return text.strip()


def _year(year: int) -> int:
    if not standards.FIRST_YEAR <= year <= standards.LAST_YEAR:
        raise DomainError(
            "OUT_OF_RANGE",
            f"年度应在{standards.FIRST_YEAR}至{standards.LAST_YEAR}年之间",
            "year",
        )
    return year


async def access_public_subject(principal: Principal, subject_id: int) -> PublicSubject:
    """A class of the bureau's region or below; the same NOT_FOUND for missing and out of
    reach."""
    found = await PublicSubject.get_or_none(id=subject_id)
    if found is None:
        raise NotFound("公需科目", "id")
    try:
        await standards.access_region(principal, found.region_id, "id")
    except NotFound:
        raise NotFound("公需科目", "id") from None
    return found


async def _refuse_duplicate(region: str, year: int, name: str, own_id: int | None) -> None:
    same = PublicSubject.filter(region_id=region, year=year, name=name)
    if own_id is not None:
        same = same.exclude(id=own_id)
    if await same.exists():
        raise DomainError("DUPLICATE_NAME", "本地区该年度已有同名公需科目", "name")


def _record(subject: PublicSubject) -> dict[str, Any]:
    return {
        "region": subject.region_id,
        "year": subject.year,
        "name": subject.name,
        "hours": subject.hours,
        "required": subject.required,
        "introduction": subject.introduction,
        "enabled": subject.enabled,
    }


async def save_public_subject(
    principal: Principal, subject_id: int | None, draft: PublicSubjectDraft
) -> PublicSubject:
    """添加 (no id) or 修改 a class; the region defaults to the bureau's own."""
    rules.MANAGE_STANDARDS.check(principal)
    year, name = _year(draft.year), _name(draft.name)
    hours, introduction = _hours(draft.hours), _introduction(draft.introduction)
    region = (
        await standards.access_region(principal, draft.region_code.strip(), "regionCode")
        if draft.region_code
        else await standards.bureau_region(principal)
    )
    actor = Actor.of(principal)
    async with events.atomic():
        if subject_id is None:
            await _refuse_duplicate(region, year, name, None)
            subject = await PublicSubject.create(
                region_id=region,
                year=year,
                name=name,
                hours=hours,
                required=draft.required,
                introduction=introduction,
                organisation_id=actor.organisation_id,
            )
            await audit.record(
                actor, "public_subject.add", "public_subject", subject.id, after=_record(subject)
            )
            return subject
        subject = await access_public_subject(principal, subject_id)
        await _refuse_duplicate(region, year, name, subject.id)
        before = _record(subject)
        subject.region_id, subject.year, subject.name = region, year, name
        subject.hours, subject.required, subject.introduction = (
            hours,
            draft.required,
            introduction,
        )
        await subject.save()
        await audit.record(
            actor,
            "public_subject.update",
            "public_subject",
            subject.id,
            before=before,
            after=_record(subject),
        )
        return subject


async def set_public_subject_enabled(
    principal: Principal, subject_id: int, enabled: bool
) -> PublicSubject:
    """停用 or 启用 a class."""
    rules.MANAGE_STANDARDS.check(principal)
    actor = Actor.of(principal)
    async with events.atomic():
        subject = await access_public_subject(principal, subject_id)
        if subject.enabled != enabled:
            subject.enabled = enabled
            await subject.save(update_fields=["enabled", "updated_at"])
            await audit.record(
                actor,
                "public_subject.enable" if enabled else "public_subject.disable",
                "public_subject",
                subject.id,
                before={"enabled": not enabled},
                after={"enabled": enabled},
            )
        return subject


_COLUMNS = (
    "id",
    "region_id",
    "year",
    "name",
    "hours",
    "required",
    "introduction",
    "enabled",
)


async def managed_rows(
    principal: Principal, year: int | None, region_code: str | None, include_disabled: bool
) -> list[dict[str, Any]]:
    """公需科目管理: the classes of the bureau's region and the regions below it."""
    own = await standards.bureau_region(principal)
    queryset = PublicSubject.all()
    if region_code:
        queryset = queryset.filter(
            region_id=await standards.access_region(principal, region_code, "regionCode")
        )
    if year is not None:
        queryset = queryset.filter(year=year)
    if not include_disabled:
        queryset = queryset.filter(enabled=True)
    rows = await queryset.order_by("-year", "region_id", "id").limit(MAX_ROWS).values(*_COLUMNS)
    parents, _ = await standard_book.region_parents({row["region_id"] for row in rows})
    return [row for row in rows if own in standards.chain_of(parents, row["region_id"])]


async def rows_in_force(principal: Principal, year: int | None) -> list[dict[str, Any]]:
    """The enabled classes where the caller is (their region and the levels above it): what
    a professional may learn, 必修 first."""
    region = await standards.viewer_region(principal)
    parents, roots = await standard_book.region_parents([region] if region else [])
    chain = standards.chain_of(parents, region) or roots[:1]
    queryset = PublicSubject.filter(region_id__in=chain, enabled=True)
    if year is not None:
        queryset = queryset.filter(year=year)
    return await queryset.order_by("-year", "-required", "id").limit(MAX_ROWS).values(*_COLUMNS)
