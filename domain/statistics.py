"""Statistics (查询统计): counts an admin sees of its own subtree, computed by SQL aggregates
over indexed columns and the annual completion table, never by walking rows in Python.

Every query starts from `domain.scope` (`organisations_in`, or `organisations_sql` for the
hand-written aggregates), so a sibling never sees another's numbers. Region roll-ups group
by the stored region code in SQL and fold the few hundred codes into the asked region's
children here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import timezone
from tortoise.expressions import Subquery
from tortoise.functions import Count

from domain import sql
from domain.errors import DomainError, NotFound
from domain.identity import normalise_resident_id
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, organisations_in, organisations_sql, subtree_filter
from models import AnnualCompletion, Department, Organisation, Professional, Region
from models.enums import OrgKind, OrgStatus, ProfessionalStatus, TitleGrade

GRADES = (TitleGrade.JUNIOR, TitleGrade.INTERMEDIATE, TitleGrade.SENIOR, TitleGrade.NONE)
NO_SERIES = "（未填写）"


def today() -> dt.date:
    """The date where the platform keeps its time (Asia/Shanghai), not the server's."""
    return timezone.localtime().date()


def rate(part: int, whole: int) -> Decimal:
    """A percentage with one decimal; 0 when there is nobody to count."""
    return (Decimal(part * 100) / whole).quantize(Decimal("0.1")) if whole else Decimal("0.0")


def region_prefix(code: str) -> str:
    """370000 → 37 (province), 370100 → 3701 (city), 370102 → 370102 (district)."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def _people(scope: Scope) -> Any:
    return organisations_in(
        scope, Professional.filter(status=ProfessionalStatus.ACTIVE), field="organisation_id"
    )


def _within(queryset: Any, organisation_id: int | None, *, field: str) -> Any:
    return (
        queryset
        if organisation_id is None
        else queryset.filter(subtree_filter(organisation_id, field=field))
    )


# ── 职称系列分布 ──────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class TitleFilter:
    region_code: str | None = None
    organisation_id: int | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None


@dataclass
class SeriesRow:
    series: str
    by_grade: dict[TitleGrade, int] = field(default_factory=lambda: dict.fromkeys(GRADES, 0))

    @property
    def total(self) -> int:
        return sum(self.by_grade.values())


async def title_distribution(scope: Scope, criteria: TitleFilter) -> list[SeriesRow]:
    """Professionals by title series × grade (初级/中级/高级/无), largest series first."""
    people = _within(_people(scope), criteria.organisation_id, field="organisation_id")
    if criteria.region_code:
        people = people.filter(region_id__startswith=region_prefix(criteria.region_code))
    if criteria.effective_from:
        people = people.filter(title_effective_date__gte=criteria.effective_from)
    if criteria.effective_to:
        people = people.filter(title_effective_date__lte=criteria.effective_to)
    grouped = (
        await people.annotate(n=Count("id"))
        .group_by("title_series", "title_grade")
        .values("title_series", "title_grade", "n")
    )
    rows: dict[str, SeriesRow] = {}
    for item in grouped:
        series = item["title_series"] or NO_SERIES
        row = rows.setdefault(series, SeriesRow(series))
        row.by_grade[TitleGrade(item["title_grade"])] += int(item["n"])
    return sorted(rows.values(), key=lambda r: (-r.total, r.series))


# ── 继教完成情况（按单位） ────────────────────────────────────────────────────


async def completion_by_unit(
    scope: Scope, year: int, parent_id: int | None, request: PageRequest
) -> Page[dict]:
    """A page of units (employers, or every organisation under `parent_id`) with their own
    members' numbers for the year. Counting runs for the page's units only."""
    units = organisations_in(scope, Organisation.filter(kind=OrgKind.EMPLOYER))
    units = _within(units, parent_id, field="id")
    page = await fetch_page(units, request, "name")
    ids = [row["id"] for row in page.rows]
    people = dict(
        await Professional.filter(organisation_id__in=ids, status=ProfessionalStatus.ACTIVE)
        .annotate(n=Count("id"))
        .group_by("organisation_id")
        .values_list("organisation_id", "n")
    )
    marks = ", ".join("?" for _ in ids) or "NULL"
    counted = await sql.rows(
        "SELECT organisation_id, SUM(learners) AS learners, SUM(passed) AS passed"
        f" FROM completion_rollup WHERE year = ? AND organisation_id IN ({marks})"
        " GROUP BY organisation_id",
        [year, *ids],
    )
    learners = {r["organisation_id"]: r["learners"] or 0 for r in counted}
    passed = {r["organisation_id"]: r["passed"] or 0 for r in counted}
    for row in page.rows:
        row["professionals"] = int(people.get(row["id"], 0))
        row["learners"] = int(learners.get(row["id"], 0))
        row["passed"] = int(passed.get(row["id"], 0))
    return page


# ── 继教综合统计（按地区） ────────────────────────────────────────────────────


@dataclass
class RegionSummary:
    code: str
    name: str
    competent: int = 0
    employers: int = 0
    bases: int = 0
    professionals: int = 0
    learners: int = 0
    passed: int = 0

    @property
    def pass_rate(self) -> Decimal:
        return rate(self.passed, self.professionals)

    def add(self, other: RegionSummary) -> None:
        for name in ("competent", "employers", "bases", "professionals", "learners", "passed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


async def _child_regions(code: str) -> list[Region]:
    children = await Region.filter(parent_id=code).order_by("code")
    if not children:
        found = await Region.get_or_none(code=code)
        if found is None:
            raise NotFound("地区", "regionCode")
        return [found]
    return list(children)


async def comprehensive(
    scope: Scope, region_code: str, as_of: dt.date
) -> tuple[list[RegionSummary], RegionSummary]:
    """Seed 003's 继教综合统计: per child region of `region_code`, as of a date — the
    organisations and professionals registered by then, and that year's learners and
    passes — with the total row."""
    if as_of > today():
        raise DomainError("DATE_IN_FUTURE", "统计时间不能晚于今天", "asOf")
    regions = await _child_regions(region_code)
    rows = {region_prefix(r.code): RegionSummary(r.code, r.name) for r in regions}
    # organisations registered at the asked region's own level (a city bureau, a city-wide
    # competent department) belong to none of its children: they get a row of their own
    parent = await Region.get_or_none(code=region_code)
    own = RegionSummary(region_code, f"{parent.name}本级" if parent else region_code)
    prefix = region_prefix(region_code)
    # the end of that day where the platform keeps its time (Asia/Shanghai): SQLite compares
    # stored times as text, so the bound must carry the same offset as what it stored
    until = dt.datetime.combine(
        as_of + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_default_timezone()
    )

    def bucket(code: str | None) -> RegionSummary | None:
        if not code:
            return None
        if code == region_code and region_code not in {r.code for r in regions}:
            return own
        for key, row in rows.items():
            if code.startswith(key):
                return row
        return None

    organisations = organisations_in(
        scope,
        Organisation.filter(region_id__startswith=prefix, created_at__lt=until).exclude(
            status=OrgStatus.DISABLED
        ),
    )
    grouped = (
        await organisations.annotate(n=Count("id"))
        .group_by("region_id", "kind")
        .values("region_id", "kind", "n")
    )
    attribute_of = {
        OrgKind.COMPETENT: "competent",
        OrgKind.EMPLOYER: "employers",
        OrgKind.BASE: "bases",
    }
    for item in grouped:
        row = bucket(item["region_id"])
        attribute = attribute_of.get(OrgKind(item["kind"]))
        if row is not None and attribute:
            setattr(row, attribute, getattr(row, attribute) + int(item["n"]))
    # people from the people table (registered by the date); that year's learners and passes
    # from the rollup the deciding transactions keep (domain.completion), not by joining a
    # million people to their completion rows
    scoped, scope_values = organisations_sql(scope, "p.organisation_id")
    for item in await sql.rows(
        "SELECT p.region_id AS region_id, COUNT(*) AS n FROM professional p"
        " WHERE p.status = ? AND p.region_id LIKE ? AND p.created_at < ?"
        f"{scoped} GROUP BY p.region_id",
        [
            ProfessionalStatus.ACTIVE.value,
            f"{prefix}%",
            sql.db_value(Professional, "created_at", until),
            *scope_values,
        ],
    ):
        if (row := bucket(item["region_id"])) is not None:
            row.professionals += int(item["n"])
    scoped, scope_values = organisations_sql(scope, "r.organisation_id")
    for item in await sql.rows(
        "SELECT r.region_id AS region_id, SUM(r.learners) AS learners, SUM(r.passed) AS passed"
        f" FROM completion_rollup r WHERE r.year = ? AND r.region_id LIKE ?{scoped}"
        " GROUP BY r.region_id",
        [as_of.year, f"{prefix}%", *scope_values],
    ):
        if (row := bucket(item["region_id"])) is not None:
            row.learners += int(item["learners"] or 0)
            row.passed += int(item["passed"] or 0)
    listed = list(rows.values())
    if own.competent or own.employers or own.bases or own.professionals:
        listed.insert(0, own)
    total = RegionSummary(region_code, "总计")
    for row in listed:
        total.add(row)
    return listed, total


# ── 专业技术人员数量 ──────────────────────────────────────────────────────────


@dataclass(frozen=True)
class HeadCount:
    name: str
    kind: str  # UNIT (a child organisation, its whole subtree) or DEPARTMENT
    id: int | None
    count: int


async def head_counts(scope: Scope, organisation_id: int) -> list[HeadCount]:
    """专业技术人员数量查询: each child unit with its subtree's professionals, then the
    organisation's own departments, then its own members in no department."""
    reachable = await organisations_in(scope, Organisation.filter(id=organisation_id)).exists()
    if not reachable:
        raise NotFound("单位", "organisationId")
    children = (
        await Organisation.filter(parent_id=organisation_id).order_by("id").values("id", "name")
    )
    counts: list[HeadCount] = []
    child_ids = [child["id"] for child in children]
    subtree_counts: dict[int, int] = {}
    if child_ids:
        marks = ", ".join("?" for _ in child_ids)
        subtree_counts = {
            int(r["ancestor_id"]): int(r["n"])
            for r in await sql.rows(
                "SELECT t.ancestor_id AS ancestor_id, COUNT(*) AS n FROM professional p"
                " JOIN organisation_closure t ON t.descendant_id = p.organisation_id"
                f" WHERE p.status = ? AND t.ancestor_id IN ({marks}) GROUP BY t.ancestor_id",
                [ProfessionalStatus.ACTIVE.value, *child_ids],
            )
        }
    for child in children:
        counts.append(
            HeadCount(child["name"], "UNIT", child["id"], subtree_counts.get(child["id"], 0))
        )
    own = Professional.filter(organisation_id=organisation_id, status=ProfessionalStatus.ACTIVE)
    by_department = dict(
        await own.annotate(n=Count("id"))
        .group_by("department_id")
        .values_list("department_id", "n")
    )
    for department in await Department.filter(organisation_id=organisation_id).order_by("id"):
        counts.append(
            HeadCount(
                department.name,
                "DEPARTMENT",
                department.id,
                int(by_department.get(department.id, 0)),
            )
        )
    if by_department.get(None):
        counts.append(HeadCount("未分配部门", "DEPARTMENT", None, int(by_department[None])))
    return counts


# ── 学习记录验证 ──────────────────────────────────────────────────────────────


async def learning_records(
    scope: Scope, id_number: str | None, name: str | None, request: PageRequest
) -> Page[dict]:
    """Seed 003's 学习记录验证: a person's years (public, professional, total, result),
    found by ID number or name within the admin's subtree."""
    if not (id_number and id_number.strip()) and not (name and name.strip()):
        raise DomainError("FILTER_REQUIRED", "请输入证件号或姓名", "idNumber")
    people = _people(scope)
    if id_number and id_number.strip():
        people = people.filter(account__id_number=normalise_resident_id(id_number))
    if name and name.strip():
        people = people.filter(account__name=name.strip())
    records = AnnualCompletion.filter(professional_id__in=Subquery(people.values("id")))
    return await fetch_page(
        records.order_by("professional_id", "-year"),
        request,
        "year",
        "public_hours",
        "professional_hours",
        "total_hours",
        "passed",
        name="professional__account__name",
        id_number="professional__account__id_number",
        unit="professional__organisation__name",
    )
