"""Who a figure counts, written once. Every list, count, statistic, export and drill-down of
people asks here, so a row and its drill-down cannot disagree.

- **A member of a unit** is a professional whose registration the unit approved and who is
  still there (ACTIVE). PENDING, REJECTED and WITHDRAWN registrants are not members (seed 004
  Q16: 专技人员信息查询 shows 已审核通过 people); a person who withdrew from the wrong unit is
  on no list of it.
- **A unit counts** once its registration is approved (ACTIVE): a pending 用人单位 is not in
  用人单位总数, and a disabled one is no longer counted.
- **A person of a region** is a member of a unit registered in that region: the unit's
  注册所在地, not the person's own 所在地区. So figures by region and by unit add up, and a
  person editing her 所在地区 moves no figure.
- **What an HRSS bureau's statistics reach**: its subtree and every unit of its region (seed
  003: 人社部门及本区域下主管部门、用人单位、继教基地及专业技术人员), so a city bureau's figures
  for its city are the province bureau's row for that city.
- **A year's figures place a person where that year is credited**: a transfer fixes the years
  already on record to the old unit (domain.completion.fix_credit); other years follow her
  current unit. Only a completed transfer credits a year elsewhere, so the few such people are
  found through the transfer table.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tortoise.expressions import Q, Subquery

from domain import sql
from domain.scope import Scope, organisations_in, subtree_filter
from models import Organisation, Professional
from models.enums import OrgKind, OrgStatus, ProfessionalStatus, TransferStatus

MEMBER = ProfessionalStatus.ACTIVE
COUNTED_UNIT = OrgStatus.ACTIVE


def members(queryset: Any, *, prefix: str = "") -> Any:
    """Narrow a queryset of professionals (or of rows pointing at one through `prefix`,
    e.g. "professional__") to members."""
    return queryset.filter(**{f"{prefix}status": MEMBER})


def member_sql(alias: str) -> str:
    """The same for hand-written SQL: `<alias>.status = 'ACTIVE'` (a constant, not input)."""
    return f"{alias}.status = '{MEMBER.value}'"


def region_prefix(code: str) -> str:
    """370000 → 37 (province), 370100 → 3701 (city), 370102 → 370102 (district)."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def of_region(code: str, *, unit: str = "organisation__") -> Q:
    """People (or rows) whose unit is registered in the region `code` or below it."""
    return Q(**{f"{unit}region_id__startswith": region_prefix(code)})


async def reach(scope: Scope) -> Scope:
    """What a statistic of this scope counts: the scope, and for an HRSS bureau every unit
    registered in its region besides its subtree — resolved here to the list of units, once
    per statistic, so the database plans with the real number of units."""
    if scope.whole_tree or not scope.roots:
        return scope
    regions = scope.bureau_regions
    if regions is None:
        bureaus = await Organisation.filter(
            id__in=sorted(scope.roots), kind=OrgKind.HRSS
        ).values_list("region_id", flat=True)
        regions = frozenset(region_prefix(str(code)) for code in bureaus if code)
    if not regions:
        return scope
    widened = replace(scope, regions=scope.regions | regions)
    units = await organisations_in(widened, Organisation.all()).values_list("id", flat=True)
    return replace(widened, units=frozenset(int(unit) for unit in units))


def for_region(reached: Scope, code: str) -> Scope:
    """The scope to apply beside a filter to the region `code`: everything when the region
    lies within one the scope reaches whole (a city bureau asking about its city), so the
    database is not asked to check each row twice; else the scope itself."""
    prefix = region_prefix(code)
    if any(prefix.startswith(whole) for whole in reached.regions):
        return Scope.everything()
    return reached


async def moved_years(year: int) -> list[tuple[int, int, int]]:
    """Members whose `year` is credited to a unit other than their current one:
    (professional, credited unit, current unit). Only a completed transfer credits a year
    elsewhere, so the search starts from the transfer table, not from every year on record."""
    rows = await sql.rows(
        "SELECT DISTINCT c.professional_id AS professional_id,"
        " c.credited_organisation_id AS credited, p.organisation_id AS current"
        " FROM annual_completion c JOIN professional p ON p.id = c.professional_id"
        " WHERE c.year = ? AND c.credited_organisation_id IS NOT NULL"
        " AND c.credited_organisation_id <> p.organisation_id"
        f" AND {member_sql('p')}"
        " AND c.professional_id IN (SELECT professional_id FROM transfer WHERE status = ?)",
        [year, TransferStatus.COMPLETED.value],
    )
    return [(int(r["professional_id"]), int(r["credited"]), int(r["current"])) for r in rows]


async def year_members(
    scope: Scope, year: int, organisation_id: int | None, include_subunits: bool
) -> Any:
    """The members counted in `year` for the units the scope reaches (narrowed to one unit,
    or to its subtree): its members now, less those whose year a transfer credited to a unit
    outside, plus those credited to a unit inside. A queryset of professionals."""
    reached = await reach(scope)

    def narrowed(queryset: Any, field: str) -> Any:
        queryset = organisations_in(reached, queryset, field=field)
        if organisation_id is None:
            return queryset
        if include_subunits:
            return queryset.filter(subtree_filter(organisation_id, field=field))
        return queryset.filter(**{field: organisation_id})

    people = narrowed(members(Professional.all()), "organisation_id")
    moved = await moved_years(year)
    if not moved:
        return people
    credited = sorted({unit for _, unit, _ in moved})
    inside = set(
        await narrowed(Organisation.filter(id__in=credited), "id").values_list("id", flat=True)
    )
    arriving = [person for person, unit, _ in moved if unit in inside]
    staying = people.exclude(id__in=[person for person, _, _ in moved])
    if not arriving:
        return staying
    return Professional.filter(Q(id__in=Subquery(staying.values("id"))) | Q(id__in=arriving))
