"""Statistics (查询统计): counts an admin sees, computed by SQL aggregates over indexed columns
and the annual completion rollup, never by walking rows in Python.

Who is counted is domain.membership's one definition — members (approved, still there), units
whose registration was approved, a person placed by her unit's region, a year placed where it
is credited — and what is reached is `membership.reach(scope)`: the scope, and for an HRSS
bureau every unit of its region. So a unit's row equals its drill-down, and a city bureau's
figures for its city equal the province bureau's row for that city.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import connections, timezone
from tortoise.expressions import Subquery
from tortoise.functions import Count

from domain import completion, sql
from domain.errors import DomainError, NotFound
from domain.identity import normalise_resident_id
from domain.membership import (
    COUNTED_UNIT,
    for_region,
    member_sql,
    members,
    moved_years,
    of_region,
    reach,
    region_prefix,
)
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, organisations_in, organisations_sql, subtree_filter
from models import (
    AnnualCompletion,
    Department,
    Organisation,
    Professional,
    Region,
)
from models.enums import (
    ClaimStatus,
    OrgKind,
    ReviewKind,
    ReviewStatus,
    Subject,
    TitleGrade,
)

__all__ = ["region_prefix"]

GRADES = (TitleGrade.JUNIOR, TitleGrade.INTERMEDIATE, TitleGrade.SENIOR, TitleGrade.NONE)
NO_SERIES = "（未填写）"


def today() -> dt.date:
    """The date where the platform keeps its time (Asia/Shanghai), not the server's."""
    return timezone.localtime().date()


def rate(part: int, whole: int) -> float:
    """A percentage (0–100) with one decimal; 0 when there is nobody to count."""
    return float((Decimal(part * 100) / whole).quantize(Decimal("0.1"))) if whole else 0.0


async def _people(scope: Scope, region_code: str | None = None) -> Any:
    """Members the scope's statistics reach, in the region `region_code` when given."""
    reached = await reach(scope)
    people = members(Professional.all())
    if region_code:
        reached = for_region(reached, region_code)
        people = people.filter(of_region(region_code))
    return organisations_in(reached, people, field="organisation_id")


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
    people = await _people(scope, criteria.region_code)
    people = _within(people, criteria.organisation_id, field="organisation_id")
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
    """A page of approved employers (all reached, or those under `parent_id`) with their own
    members' numbers for the year: members placed there that year, those with hours (the
    rollup), those without, and those who passed. Counting runs for the page's units only."""
    units = organisations_in(
        await reach(scope), Organisation.filter(kind=OrgKind.EMPLOYER, status=COUNTED_UNIT)
    )
    units = _within(units, parent_id, field="id")
    page = await fetch_page(units, request, "name")
    ids = [row["id"] for row in page.rows]
    people = await year_members_by_unit(ids, year)
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


async def year_members_by_unit(ids: list[int], year: int) -> dict[int, int]:
    """How many members each unit has in `year`: its members now, less those whose year a
    transfer credited to another unit, plus those it credited here."""
    counts: dict[int, int] = defaultdict(int)
    if not ids:
        return counts
    for unit, n in (
        await members(Professional.filter(organisation_id__in=ids))
        .annotate(n=Count("id"))
        .group_by("organisation_id")
        .values_list("organisation_id", "n")
    ):
        counts[int(unit)] += int(n)
    wanted = set(ids)
    for _, credited, current in await moved_years(year):
        if current in wanted:
            counts[current] -= 1
        if credited in wanted:
            counts[credited] += 1
    return counts


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
    def non_learners(self) -> int:
        """Registered members without an hour that year (未参加学习)."""
        return self.professionals - self.learners

    @property
    def pass_rate(self) -> float:
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


class _Table:
    """The rows of one 继教综合统计 table: a row per child region, and the asked region's own
    level (本级: a city bureau, a city-wide competent department) when it has children."""

    def __init__(self, region_code: str, regions: list[Region], parent: Region | None) -> None:
        self.code = region_code
        self.rows = {region_prefix(r.code): RegionSummary(r.code, r.name) for r in regions}
        self.leaf = [r.code for r in regions] == [region_code]
        self.own = RegionSummary(region_code, f"{parent.name}本级" if parent else region_code)

    def bucket(self, code: str | None) -> RegionSummary | None:
        if not code:
            return None
        if code == self.code and not self.leaf:
            return self.own
        for key, row in self.rows.items():
            if code.startswith(key):
                return row
        return None

    def listed(self) -> list[RegionSummary]:
        return list(self.rows.values()) if self.leaf else [self.own, *self.rows.values()]


async def comprehensive(
    scope: Scope, region_code: str, as_of: dt.date
) -> tuple[list[RegionSummary], RegionSummary]:
    """Seed 003's 继教综合统计: per child region of `region_code`, the whole table as it stood
    at the end of `as_of` — the approved units and members registered by then (by the date
    they registered: an approval's date is not kept for imported people), and the year's
    members who had hours recognised by then and who passed on them — with the total row.
    Today's learning is read from the rollup; a past day's is recomputed from claims."""
    if as_of > today():
        raise DomainError("DATE_IN_FUTURE", "统计时间不能晚于今天", "asOf")
    reached = for_region(await reach(scope), region_code)
    table = _Table(
        region_code, await _child_regions(region_code), await Region.get_or_none(code=region_code)
    )
    like = f"{region_prefix(region_code)}%"
    # the end of that day where the platform keeps its time (Asia/Shanghai): SQLite compares
    # stored times as text, so the bound must carry the same offset as what it stored
    until = dt.datetime.combine(
        as_of + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_default_timezone()
    )
    await _count_units(table, reached, like, until)
    await _count_members(table, reached, like, until, as_of.year)
    if as_of == today():
        await _count_learning_today(table, reached, like, as_of.year)
    else:
        await _count_learning_then(table, reached, like, until, as_of.year)
    listed = table.listed()
    total = RegionSummary(region_code, "总计")
    for row in listed:
        total.add(row)
    return listed, total


_ATTRIBUTE_OF = {
    OrgKind.COMPETENT: "competent",
    OrgKind.EMPLOYER: "employers",
    OrgKind.BASE: "bases",
}


def _before(column: str) -> str:
    """`column < ?` for a stored moment and the bound of `_bound`. SQLite keeps moments as
    text, some in the platform's offset and some in UTC (bulk writes): datetime() brings both
    sides to UTC before comparing."""
    if connections.get("default").capabilities.dialect == "sqlite":
        return f"datetime({column}) < datetime(?)"
    return f"{column} < ?"


def _bound(until: dt.datetime) -> Any:
    return sql.db_value(Professional, "created_at", until)


async def _count_units(table: _Table, reached: Scope, like: str, until: dt.datetime) -> None:
    scoped, scope_values = organisations_sql(reached, "o.id")
    for item in await sql.rows(
        "SELECT o.region_id AS region_id, o.kind AS kind, COUNT(*) AS n FROM organisation o"
        f" WHERE o.region_id LIKE ? AND o.status = ? AND {_before('o.created_at')}{scoped}"
        " GROUP BY o.region_id, o.kind",
        [like, COUNTED_UNIT.value, _bound(until), *scope_values],
    ):
        row = table.bucket(item["region_id"])
        attribute = _ATTRIBUTE_OF.get(OrgKind(item["kind"]))
        if row is not None and attribute:
            setattr(row, attribute, getattr(row, attribute) + int(item["n"]))


async def _count_members(
    table: _Table, reached: Scope, like: str, until: dt.datetime, year: int
) -> None:
    """Members registered by then, by their unit's region; a member whose year a transfer
    credited to another unit is counted there, as the year's learning is."""
    scoped, scope_values = organisations_sql(reached, "p.organisation_id")
    for item in await sql.rows(
        "SELECT o.region_id AS region_id, COUNT(*) AS n FROM professional p"
        " JOIN organisation o ON o.id = p.organisation_id"
        f" WHERE {member_sql('p')} AND o.region_id LIKE ? AND {_before('p.created_at')}"
        f"{scoped} GROUP BY o.region_id",
        [like, _bound(until), *scope_values],
    ):
        if (row := table.bucket(item["region_id"])) is not None:
            row.professionals += int(item["n"])
    moved = await moved_years(year)
    if not moved:
        return
    marks = ", ".join("?" for _ in moved)
    registered = {
        int(r["id"])
        for r in await sql.rows(
            f"SELECT p.id AS id FROM professional p WHERE p.id IN ({marks})"
            f" AND {_before('p.created_at')}",
            [*(p for p, _, _ in moved), _bound(until)],
        )
    }
    units = {u for _, credited, current in moved for u in (credited, current)}
    region_of = dict(
        await organisations_in(reached, Organisation.filter(id__in=sorted(units))).values_list(
            "id", "region_id"
        )
    )
    for person, credited, current in moved:
        if person not in registered:
            continue
        if (row := table.bucket(region_of.get(current))) is not None:
            row.professionals -= 1
        if (row := table.bucket(region_of.get(credited))) is not None:
            row.professionals += 1


async def _count_learning_today(table: _Table, reached: Scope, like: str, year: int) -> None:
    scoped, scope_values = organisations_sql(reached, "r.organisation_id")
    for item in await sql.rows(
        "SELECT o.region_id AS region_id, SUM(r.learners) AS learners, SUM(r.passed) AS passed"
        " FROM completion_rollup r JOIN organisation o ON o.id = r.organisation_id"
        f" WHERE r.year = ? AND o.region_id LIKE ?{scoped} GROUP BY o.region_id",
        [year, like, *scope_values],
    ):
        if (row := table.bucket(item["region_id"])) is not None:
            row.learners += int(item["learners"] or 0)
            row.passed += int(item["passed"] or 0)


# a claim's hours count from the day its review approved them (a filing is approved as it is
# filed; a claim loaded without a review step, from when it was submitted or written) until a
# verifier failed them
_RECOGNISED_AT = (
    "COALESCE((SELECT MIN(s.decided_at) FROM review_step s WHERE s.subject_type = 'claim'"
    " AND s.subject_id = c.id AND s.kind = ? AND s.status = ?), c.submitted_at, c.created_at)"
)


def _failed_by() -> str:
    return (
        "EXISTS (SELECT 1 FROM review_step f WHERE f.subject_type = 'claim'"
        f" AND f.subject_id = c.id AND f.kind = ? AND f.status = ? AND {_before('f.decided_at')})"
    )


_PLACED_UNIT = "COALESCE(a.credited_organisation_id, p.organisation_id)"


async def _count_learning_then(
    table: _Table, reached: Scope, like: str, until: dt.datetime, year: int
) -> None:
    """The year's learning as it stood at `until`: each member registered by then, placed
    where the year is credited, with the hours recognised by then and the verdict on them."""
    scoped, scope_values = organisations_sql(reached, _PLACED_UNIT)
    decided_by = _bound(until)
    counted = (ClaimStatus.APPROVED.value, ClaimStatus.VERIFIED.value)
    rows = await sql.rows(
        "SELECT c.professional_id AS professional_id, o.region_id AS region_id,"
        " c.subject AS subject, SUM(c.recognised_hours) AS hours"
        " FROM claim c JOIN professional p ON p.id = c.professional_id"
        " LEFT JOIN annual_completion a ON a.professional_id = p.id AND a.year = c.year"
        f" JOIN organisation o ON o.id = {_PLACED_UNIT}"
        f" WHERE c.year = ? AND {member_sql('p')} AND {_before('p.created_at')}"
        f" AND o.region_id LIKE ? AND (c.status IN (?, ?) OR (c.status = ? AND NOT {_failed_by()}))"
        f" AND {_before(_RECOGNISED_AT)}{scoped}"
        " GROUP BY c.professional_id, o.region_id, c.subject",
        [
            year,
            decided_by,
            like,
            *counted,
            ClaimStatus.VERIFY_FAILED.value,
            ReviewKind.CLAIM_VERIFICATION.value,
            ReviewStatus.REJECTED.value,
            decided_by,
            ReviewKind.CLAIM_REVIEW.value,
            ReviewStatus.APPROVED.value,
            decided_by,
            *scope_values,
        ],
    )
    hours: dict[int, dict[Subject, Decimal]] = defaultdict(
        lambda: {Subject.PUBLIC: Decimal(0), Subject.PROFESSIONAL: Decimal(0)}
    )
    region: dict[int, str] = {}
    for item in rows:
        person = int(item["professional_id"])
        hours[person][Subject(item["subject"])] += Decimal(str(item["hours"] or 0))
        region[person] = item["region_id"]
    standards = await completion.person_standards((person, year) for person in hours)
    for person, by_subject in hours.items():
        public, professional = by_subject[Subject.PUBLIC], by_subject[Subject.PROFESSIONAL]
        row = table.bucket(region[person])
        if row is None or public + professional <= 0:
            continue
        row.learners += 1
        row.passed += standards[(person, year)].passes(public, professional)


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
    reachable = await organisations_in(
        await reach(scope), Organisation.filter(id=organisation_id)
    ).exists()
    if not reachable:
        raise NotFound("单位", "organisationId")
    children = (
        await Organisation.filter(parent_id=organisation_id, status=COUNTED_UNIT)
        .order_by("id")
        .values("id", "name")
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
                f" WHERE {member_sql('p')} AND t.ancestor_id IN ({marks}) GROUP BY t.ancestor_id",
                child_ids,
            )
        }
    for child in children:
        counts.append(
            HeadCount(child["name"], "UNIT", child["id"], subtree_counts.get(child["id"], 0))
        )
    own = members(Professional.filter(organisation_id=organisation_id))
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
    people = await _people(scope)
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
