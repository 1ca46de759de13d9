"""各年度继续教育合格标准 and 公需科目: the standards in force, their decisions, the
public-subject catalogue, and the inputs that change them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry

from domain.standard_book import Standard
from models import PublicSubject as StoredPublicSubject
from models import Region as StoredRegion
from models import StandardVersion as StoredVersion
from schema.context import Info
from schema.input_limits import NUMBER_TEXT, YEAR, column
from schema.types.claims import hours_text
from schema.types.errors import UserError
from schema.types.regions import Region, region_for


def _hours(value: Decimal | str | None) -> str | None:
    return None if value is None else hours_text(value)


async def _region(root: Any, info: Info) -> Region | None:
    """The region of a row by name, first in its list (its code stays one click away)."""
    return await region_for(info, root.region_code)


@strawberry.type(name="YearStandard", description="某年度继续教育合格标准")
class YearStandardType:
    year: int = strawberry.field(description="年度")
    public_min: str = strawberry.field(description="公需科目最低学时")
    professional_min: str = strawberry.field(description="专业科目最低学时")
    total_min: str = strawberry.field(description="总学时最低要求")
    from_year: int | None = strawberry.field(
        description="标准自哪一年度起执行（空：未设定，按国家规定每年不少于90学时）"
    )
    region: Region | None = strawberry.field(
        resolver=_region, description="制定标准的地区（市、区县未自定的沿用上级标准）"
    )
    region_code: str | None = strawberry.field(description="制定标准的地区代码")

    @classmethod
    def of(cls, standard: Standard) -> YearStandardType:
        return cls(
            year=standard.year,
            public_min=hours_text(standard.public_min),
            professional_min=hours_text(standard.professional_min),
            total_min=hours_text(standard.total_min),
            from_year=standard.from_year,
            region_code=standard.region_code,
        )


@strawberry.type(name="StandardVersion", description="合格标准调整记录")
class StandardVersionType:
    region: Region | None = strawberry.field(resolver=_region, description="地区")
    from_year: int = strawberry.field(description="自该年度起执行")
    public_min: str | None = strawberry.field(description="公需科目最低学时")
    professional_min: str | None = strawberry.field(description="专业科目最低学时")
    total_min: str | None = strawberry.field(description="总学时最低要求")
    reason: str = strawberry.field(description="调整理由")
    set_by: str | None = strawberry.field(description="设置人")
    created_at: dt.datetime = strawberry.field(description="设置时间")
    follows_parent: bool = strawberry.field(description="是否沿用上级标准")
    recomputed_years: int = strawberry.field(description="重新认定的已有年度数")
    replaced_at: dt.datetime | None = strawberry.field(
        description="被替代时间（同一地区同一起始年度的新决定取代此条）"
    )
    region_code: str = strawberry.field(description="地区代码")
    id: strawberry.ID

    @classmethod
    def from_row(cls, row: dict[str, Any], set_by: str | None) -> StandardVersionType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            region_code=row["region_id"],
            from_year=row["from_year"],
            follows_parent=bool(row["follows_parent"]),
            public_min=_hours(row["public_min"]),
            professional_min=_hours(row["professional_min"]),
            total_min=_hours(row["total_min"]),
            reason=row["reason"],
            recomputed_years=row["recomputed_years"],
            set_by=set_by,
            created_at=row["created_at"],
            replaced_at=row["replaced_at"],
        )


@strawberry.input(
    description=(
        "设置合格标准：某地区自某年度起的公需、专业与总学时最低要求；"
        "已有认定结果的年度须选择重新认定"
    )
)
class StandardSetInput:
    region_code: str = strawberry.field(
        directives=[column(StoredRegion, "code")],
        description="地区代码（本人社部门所在地区或其下级地区）",
    )
    from_year: int = strawberry.field(directives=[YEAR], description="自该年度起执行")
    reason: str = strawberry.field(
        directives=[column(StoredVersion, "reason")], description="调整理由"
    )
    public_min: str | None = strawberry.field(
        directives=[NUMBER_TEXT], default=None, description="公需科目最低学时"
    )
    professional_min: str | None = strawberry.field(
        directives=[NUMBER_TEXT], default=None, description="专业科目最低学时"
    )
    total_min: str | None = strawberry.field(
        directives=[NUMBER_TEXT], default=None, description="总学时最低要求"
    )
    follows_parent: bool = strawberry.field(
        default=False, description="沿用上级标准（不再自定；省级不可选）"
    )
    recompute: bool = strawberry.field(
        default=False,
        description="重新认定已有结果：按新标准重新认定受影响年度已有的完成情况",
    )


@strawberry.type(description="设置合格标准结果")
class StandardSetPayload:
    standard: StandardVersionType | None = strawberry.field(description="新的标准")
    recomputed_years: list[int] = strawberry.field(description="重新认定的年度")
    changed_verdicts: int = strawberry.field(description="认定结果改变的人次")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.type(name="PublicSubject", description="公需科目")
class PublicSubjectType:
    year: int = strawberry.field(description="年度")
    name: str = strawberry.field(description="科目名称")
    hours: str = strawberry.field(description="学时")
    required: bool = strawberry.field(description="必修（否：选修）")
    region: Region | None = strawberry.field(resolver=_region, description="地区")
    enabled: bool = strawberry.field(description="是否启用")
    introduction: str | None = strawberry.field(description="科目介绍")
    region_code: str = strawberry.field(description="地区代码")
    id: strawberry.ID

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PublicSubjectType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            region_code=row["region_id"],
            year=row["year"],
            name=row["name"],
            hours=hours_text(row["hours"]),
            required=bool(row["required"]),
            introduction=row["introduction"],
            enabled=bool(row["enabled"]),
        )


@strawberry.input(description="添加或修改公需科目（不填编号为添加）")
class PublicSubjectSaveInput:
    year: int = strawberry.field(directives=[YEAR], description="年度")
    name: str = strawberry.field(
        directives=[column(StoredPublicSubject, "name")], description="科目名称"
    )
    hours: str = strawberry.field(directives=[NUMBER_TEXT], description="学时")
    required: bool = strawberry.field(default=True, description="必修（否：选修）")
    id: strawberry.ID | None = strawberry.field(default=None, description="公需科目（修改时）")
    region_code: str | None = strawberry.field(
        directives=[column(StoredRegion, "code")],
        default=None,
        description="地区代码（不填为本人社部门所在地区）",
    )
    introduction: str | None = strawberry.field(
        directives=[column(StoredPublicSubject, "introduction")],
        default=None,
        description="科目介绍",
    )


@strawberry.input(description="启用或停用公需科目")
class PublicSubjectSetEnabledInput:
    id: strawberry.ID = strawberry.field(description="公需科目")
    enabled: bool = strawberry.field(description="true 启用；false 停用")


@strawberry.type(description="公需科目操作结果")
class PublicSubjectPayload:
    public_subject: PublicSubjectType | None = strawberry.field(description="公需科目")
    errors: list[UserError] = strawberry.field(description="失败原因")
