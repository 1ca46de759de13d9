"""Statistics resolvers: parse the filters, ask domain.statistics within the principal's
scope, shape the answer."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry

from domain import rules
from domain import statistics as stats
from models import Account, Region
from resolvers.ids import parse_id
from schema.context import Info
from schema.input_limits import ID_NUMBER, YEAR, column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.claims import hours_text
from schema.types.statistics import (
    ComprehensiveStatistics,
    HeadCount,
    HeadCountKind,
    LearningRecord,
    RegionStatistics,
    TitleDistribution,
    TitleDistributionFilter,
    TitleSeriesCount,
    UnitCompletion,
)


async def title_distribution(
    info: Info, filter: TitleDistributionFilter | None = None
) -> TitleDistribution:
    given = filter or TitleDistributionFilter()
    rows = await stats.title_distribution(
        info.context.principal.scope,
        stats.TitleFilter(
            region_code=given.region_code,
            organisation_id=(
                parse_id(given.organisation_id, "filter.organisationId")
                if given.organisation_id
                else None
            ),
            effective_from=given.effective_from,
            effective_to=given.effective_to,
        ),
    )
    total = stats.SeriesRow("合计")
    for row in rows:
        for grade, n in row.by_grade.items():
            total.by_grade[grade] += n
    return TitleDistribution(
        rows=[TitleSeriesCount.of(r) for r in rows], total=TitleSeriesCount.of(total)
    )


async def unit_completions(
    info: Info,
    year: Annotated[int, strawberry.argument(description="年度", directives=[YEAR])],
    parent_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="上级单位编号（不填为本单位）")
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[UnitCompletion]:
    page = await stats.completion_by_unit(
        info.context.principal.scope,
        year,
        parse_id(parent_id, "parentId") if parent_id else None,
        page_request(info, first, after),
    )
    return connection(page, [UnitCompletion.of(r) for r in page.rows])


async def comprehensive_statistics(
    info: Info,
    region_code: Annotated[
        str, strawberry.argument(description="地区", directives=[column(Region, "code")])
    ],
    as_of: Annotated[
        dt.date | None, strawberry.argument(description="统计截止日期（不填为今天）")
    ] = None,
) -> ComprehensiveStatistics:
    day = as_of or stats.today()
    rows, total = await stats.comprehensive(info.context.principal.scope, region_code, day)
    return ComprehensiveStatistics(
        as_of=day, rows=[RegionStatistics.of(r) for r in rows], total=RegionStatistics.of(total)
    )


async def head_counts(
    info: Info,
    organisation_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="单位编号（不填为本单位）")
    ] = None,
) -> list[HeadCount]:
    principal = info.context.principal
    target = (
        parse_id(organisation_id, "organisationId")
        if organisation_id
        else principal.organisation_id or 0
    )
    return [
        HeadCount(
            id=strawberry.ID(str(c.id)) if c.id is not None else None,
            kind=HeadCountKind(c.kind),
            name=c.name,
            count=c.count,
        )
        for c in await stats.head_counts(principal.scope, target)
    ]


async def learning_records(
    info: Info,
    id_number: Annotated[
        str | None, strawberry.argument(description="证件号码", directives=[ID_NUMBER])
    ] = None,
    name: Annotated[
        str | None, strawberry.argument(description="姓名", directives=[column(Account, "name")])
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[LearningRecord]:
    page = await stats.learning_records(
        info.context.principal.scope, id_number, name, page_request(info, first, after)
    )
    return connection(
        page,
        [
            LearningRecord(
                name=r["name"],
                id_number=r["id_number"],
                unit=r["unit"],
                year=r["year"],
                public_hours=hours_text(r["public_hours"]),
                professional_hours=hours_text(r["professional_hours"]),
                total_hours=hours_text(r["total_hours"]),
                passed=r["passed"],
            )
            for r in page.rows
        ],
    )


@strawberry.type
class StatisticsQueries:
    title_distribution: TitleDistribution = strawberry.field(
        resolver=title_distribution,
        extensions=allow(rules.READ_STATISTICS),
        description="职称系列分布：各系列初级、中级、高级、无的人数",
    )
    unit_completions: Connection[UnitCompletion] = strawberry.field(
        resolver=unit_completions,
        extensions=allow(rules.READ_STATISTICS),
        description=(
            "继教完成情况（按单位）：各用人单位该年度的专技人员数、参加学习与未参加学习人数、"
            "合格人数、合格率"
        ),
    )
    comprehensive_statistics: ComprehensiveStatistics = strawberry.field(
        resolver=comprehensive_statistics,
        extensions=allow(rules.READ_COMPREHENSIVE_STATISTICS),
        description=(
            "继教综合统计：截至统计时间各地区的机构、人员、学习与合格人数"
            "（按单位的注册所在地计入地区；人社部门统计本区域下所有单位）"
        ),
    )
    head_counts: list[HeadCount] = strawberry.field(
        resolver=head_counts,
        extensions=allow(rules.READ_STATISTICS),
        description="专业技术人员数量查询：下级单位与内设部门的人数",
    )
    learning_records: Connection[LearningRecord] = strawberry.field(
        resolver=learning_records,
        extensions=allow(rules.READ_STATISTICS),
        description="学习记录验证：按证件号或姓名查询各年度学时与认定结果",
    )
