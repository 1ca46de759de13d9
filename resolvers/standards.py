"""各年度继续教育合格标准 and 公需科目管理: reading the standards in force, the decisions behind
them and the public-subject catalogue; setting them (province, city and district bureaus)."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from domain import public_subjects as catalogue
from domain import rules, standards
from models import Account, Region, StandardVersion
from resolvers.ids import parse_id
from schema.context import Info
from schema.input_limits import YEAR, column
from schema.permissions import allow, public
from schema.types.standards import (
    PublicSubjectPayload,
    PublicSubjectSaveInput,
    PublicSubjectSetEnabledInput,
    PublicSubjectType,
    StandardSetInput,
    StandardSetPayload,
    StandardVersionType,
    YearStandardType,
)

# a page of years at most (the console's 各年度 page asks a range)
MAX_YEARS = 50


def _region_argument(description: str) -> Any:
    return Annotated[
        str | None,
        strawberry.argument(description=description, directives=[column(Region, "code")]),
    ]


RegionArgument = _region_argument("地区代码（不填：本人所在地区；未登录为全省）")
ManagedRegion = _region_argument("地区代码（不填：本地区及下级地区全部）")


async def year_standards(
    info: Info,
    years: Annotated[list[int], strawberry.argument(description="年度", directives=[YEAR])],
    region_code: RegionArgument = None,
) -> list[YearStandardType]:
    region = (region_code or "").strip() or await standards.viewer_region(info.context.principal)
    found = await standards.standards_for(region, sorted(set(years[:MAX_YEARS])))
    return [YearStandardType.of(s) for s in found]


async def _versions(rows: list[dict]) -> list[StandardVersionType]:
    names = dict(
        await Account.filter(
            id__in=sorted({r["set_by_account_id"] for r in rows if r["set_by_account_id"]})
        ).values_list("id", "name")
    )
    return [StandardVersionType.from_row(r, names.get(r["set_by_account_id"])) for r in rows]


async def standard_versions(
    info: Info,
    region_code: ManagedRegion = None,
    include_replaced: Annotated[
        bool, strawberry.argument(description="包括已被替代的决定")
    ] = False,
) -> list[StandardVersionType]:
    criteria = standards.VersionFilter((region_code or "").strip() or None, include_replaced)
    return await _versions(await standards.version_rows(info.context.principal, criteria))


async def public_subjects(
    info: Info,
    year: Annotated[int | None, strawberry.argument(description="年度", directives=[YEAR])] = None,
) -> list[PublicSubjectType]:
    rows = await catalogue.rows_in_force(info.context.principal, year)
    return [PublicSubjectType.from_row(r) for r in rows]


async def managed_public_subjects(
    info: Info,
    year: Annotated[int | None, strawberry.argument(description="年度", directives=[YEAR])] = None,
    region_code: RegionArgument = None,
    include_disabled: Annotated[bool, strawberry.argument(description="包括已停用的")] = True,
) -> list[PublicSubjectType]:
    rows = await catalogue.managed_rows(
        info.context.principal, year, (region_code or "").strip() or None, include_disabled
    )
    return [PublicSubjectType.from_row(r) for r in rows]


async def standard_set(info: Info, input: StandardSetInput) -> StandardSetPayload:
    decision = await standards.set_standard(
        info.context.principal,
        standards.StandardDraft(
            region_code=input.region_code,
            from_year=input.from_year,
            reason=input.reason,
            follows_parent=input.follows_parent,
            public_min=input.public_min,
            professional_min=input.professional_min,
            total_min=input.total_min,
            recompute=input.recompute,
        ),
    )
    row = await StandardVersion.filter(id=decision.version.id).values()
    return StandardSetPayload(
        standard=(await _versions(row))[0],
        recomputed_years=decision.recomputed_years,
        changed_verdicts=decision.changed_verdicts,
        errors=[],
    )


_SUBJECT_COLUMNS = ("id", "region_id", "year", "name", "hours", "required", "introduction",
                    "enabled")  # fmt: skip


def _subject(found: object) -> PublicSubjectPayload:
    row = {name: getattr(found, name) for name in _SUBJECT_COLUMNS}
    return PublicSubjectPayload(public_subject=PublicSubjectType.from_row(row), errors=[])


async def public_subject_save(info: Info, input: PublicSubjectSaveInput) -> PublicSubjectPayload:
    saved = await catalogue.save_public_subject(
        info.context.principal,
        parse_id(input.id, "id") if input.id is not None else None,
        catalogue.PublicSubjectDraft(
            year=input.year,
            name=input.name,
            hours=input.hours,
            required=input.required,
            region_code=input.region_code,
            introduction=input.introduction,
        ),
    )
    return _subject(saved)


async def public_subject_set_enabled(
    info: Info, input: PublicSubjectSetEnabledInput
) -> PublicSubjectPayload:
    changed = await catalogue.set_public_subject_enabled(
        info.context.principal, parse_id(input.id, "id"), input.enabled
    )
    return _subject(changed)


@strawberry.type
class StandardQueries:
    year_standards: list[YearStandardType] = strawberry.field(
        resolver=year_standards,
        extensions=public(),
        description="各年度继续教育合格标准（按地区：市、区县未自定的沿用上级标准）",
    )
    standard_versions: list[StandardVersionType] = strawberry.field(
        resolver=standard_versions,
        extensions=allow(rules.MANAGE_STANDARDS),
        description="合格标准调整记录：本地区、上级与下级地区的标准决定（谁、何时、为何）",
    )
    public_subjects: list[PublicSubjectType] = strawberry.field(
        resolver=public_subjects,
        extensions=allow(rules.OWN_RECORDS),
        description="公需科目：本人所在地区及上级地区启用的公需科目（必修在前）",
    )
    managed_public_subjects: list[PublicSubjectType] = strawberry.field(
        resolver=managed_public_subjects,
        extensions=allow(rules.MANAGE_STANDARDS),
        description="公需科目管理：本地区及下级地区的公需科目",
    )


@strawberry.type
class StandardMutations:
    standard_set: StandardSetPayload = strawberry.field(
        resolver=standard_set,
        extensions=allow(rules.MANAGE_STANDARDS),
        description="设置合格标准：自某年度起执行；改变已有认定结果须选择重新认定并说明理由",
    )
    public_subject_save: PublicSubjectPayload = strawberry.field(
        resolver=public_subject_save,
        extensions=allow(rules.MANAGE_STANDARDS),
        description="添加或修改公需科目",
    )
    public_subject_set_enabled: PublicSubjectPayload = strawberry.field(
        resolver=public_subject_set_enabled,
        extensions=allow(rules.MANAGE_STANDARDS),
        description="启用或停用公需科目",
    )
