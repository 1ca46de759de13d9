"""Statistics (查询统计) as GraphQL types: every count an admin's dashboard and exports show."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry

from domain import statistics as stats
from models import Region as StoredRegion
from models.enums import TitleGrade
from schema.input_limits import column
from schema.pii import mask_id_number, pii


@strawberry.type(description="某职称系列各级别人数")
class TitleSeriesCount:
    series: str = strawberry.field(description="职称系列（专业技术职务）")
    junior: int = strawberry.field(description="初级")
    intermediate: int = strawberry.field(description="中级")
    senior: int = strawberry.field(description="高级")
    none: int = strawberry.field(description="无")
    total: int = strawberry.field(description="人数")

    @classmethod
    def of(cls, row: stats.SeriesRow) -> TitleSeriesCount:
        return cls(
            series=row.series,
            junior=row.by_grade[TitleGrade.JUNIOR],
            intermediate=row.by_grade[TitleGrade.INTERMEDIATE],
            senior=row.by_grade[TitleGrade.SENIOR],
            none=row.by_grade[TitleGrade.NONE],
            total=row.total,
        )


@strawberry.type(description="职称系列分布")
class TitleDistribution:
    rows: list[TitleSeriesCount] = strawberry.field(description="各系列")
    total: TitleSeriesCount = strawberry.field(description="合计")


@strawberry.input(description="职称系列分布查询条件")
class TitleDistributionFilter:
    region_code: str | None = strawberry.field(
        directives=[column(StoredRegion, "code")], default=None, description="地区代码"
    )
    organisation_id: strawberry.ID | None = strawberry.field(
        default=None, description="单位（含下级）"
    )
    effective_from: dt.date | None = strawberry.field(default=None, description="取得职称时间起")
    effective_to: dt.date | None = strawberry.field(default=None, description="取得职称时间止")


@strawberry.type(description="一个单位某年度的继续教育完成情况")
class UnitCompletion:
    organisation_id: strawberry.ID = strawberry.field(description="单位编号")
    name: str = strawberry.field(description="单位名称")
    professionals: int = strawberry.field(
        description="专技人员数（该年度本单位已审核通过的在册人员，不含下级单位；"
        "调转前已有学时的年度计入原单位）"
    )
    learners: int = strawberry.field(description="参加学习人数（其中该年度有认定学时的人数）")
    non_learners: int = strawberry.field(
        description="未参加学习人数（其中该年度没有认定学时的人数）"
    )
    passed: int = strawberry.field(description="合格人数（其中该年度达到合格标准的人数）")
    pass_rate: float = strawberry.field(
        description="合格率（百分比，0–100：合格人数 ÷ 专技人员数 × 100）"
    )

    @classmethod
    def of(cls, row: dict) -> UnitCompletion:
        return cls(
            organisation_id=strawberry.ID(str(row["id"])),
            name=row["name"],
            professionals=row["professionals"],
            learners=row["learners"],
            non_learners=row["professionals"] - row["learners"],
            passed=row["passed"],
            pass_rate=stats.rate(row["passed"], row["professionals"]),
        )


@strawberry.type(description="一个地区的继续教育综合统计（截至统计时间）")
class RegionStatistics:
    region_code: str = strawberry.field(description="地区代码")
    region_name: str = strawberry.field(description="区域")
    competent: int = strawberry.field(
        description="主管部门总数（截至统计时间已审核通过、注册所在地在该地区的主管部门）"
    )
    employers: int = strawberry.field(
        description="用人单位总数（截至统计时间已审核通过、注册所在地在该地区的用人单位）"
    )
    bases: int = strawberry.field(
        description="继教基地总数（截至统计时间已审核通过、注册所在地在该地区的继续教育基地）"
    )
    professionals: int = strawberry.field(
        description="专技人员总数（截至统计时间已审核通过、所在单位注册地在该地区的人员）"
    )
    learners: int = strawberry.field(
        description="学习总数（其中统计年度截至统计时间有认定学时的人数）"
    )
    non_learners: int = strawberry.field(
        description="未参加学习总数（其中统计年度截至统计时间没有认定学时的人数）"
    )
    passed: int = strawberry.field(
        description="合格总数（其中统计年度截至统计时间达到合格标准的人数）"
    )
    pass_rate: float = strawberry.field(
        description="合格率（百分比，0–100：合格总数 ÷ 专技人员总数 × 100）"
    )

    @classmethod
    def of(cls, row: stats.RegionSummary) -> RegionStatistics:
        return cls(
            region_code=row.code,
            region_name=row.name,
            competent=row.competent,
            employers=row.employers,
            bases=row.bases,
            professionals=row.professionals,
            learners=row.learners,
            non_learners=row.non_learners,
            passed=row.passed,
            pass_rate=row.pass_rate,
        )


@strawberry.type(description="继教综合统计（截至统计时间）")
class ComprehensiveStatistics:
    as_of: dt.date = strawberry.field(description="统计时间")
    rows: list[RegionStatistics] = strawberry.field(description="各地区")
    total: RegionStatistics = strawberry.field(description="总计")


@strawberry.enum(description="人员数量的统计对象")
class HeadCountKind(Enum):
    UNIT = strawberry.enum_value("UNIT", description="下级单位（含其下级）")
    DEPARTMENT = strawberry.enum_value("DEPARTMENT", description="内设部门")


@strawberry.type(description="单位或部门的专业技术人员数量")
class HeadCount:
    id: strawberry.ID | None = strawberry.field(description="单位或部门编号")
    kind: HeadCountKind = strawberry.field(description="类型：下级单位或内设部门")
    name: str = strawberry.field(description="单位/部门")
    count: int = strawberry.field(
        description="专业技术人员数量（已审核通过的在册人员；下级单位含其下级）"
    )


@strawberry.type(description="学习记录：一人一年度的学时认定结果")
class LearningRecord:
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号", extensions=pii(mask_id_number))
    unit: str = strawberry.field(description="单位")
    year: int = strawberry.field(description="年度")
    public_hours: str = strawberry.field(description="完成公需课时")
    professional_hours: str = strawberry.field(description="完成专业课学时")
    total_hours: str = strawberry.field(description="总完成学时")
    passed: bool = strawberry.field(description="认定结果（是否通过）")
