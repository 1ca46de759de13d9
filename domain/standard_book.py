"""Which standard a region's year is judged by (各年度继续教育合格标准).

A region's standard is the newest version it set in force from that year or earlier; a region
that set none, or whose version says it follows the level above, takes its parent's: district →
city → province. A year or region nobody set is judged by the law's minimums. Reading is pure
once the versions and the region chain are loaded: a verdict, a page and a recomputation all
ask the same `StandardBook`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain import bulk, sql
from models import Organisation, Professional, Region, StandardVersion

# total ≥ 90 a year by law, professional subjects normally two thirds of it
DEFAULT_PUBLIC_MIN = Decimal(30)
DEFAULT_PROFESSIONAL_MIN = Decimal(60)
DEFAULT_TOTAL_MIN = Decimal(90)

# a region nobody knows reads the province's standard
UNKNOWN_REGION = ""


@dataclass(frozen=True)
class Standard:
    year: int
    public_min: Decimal
    professional_min: Decimal
    total_min: Decimal
    # where and from which year the standard was set; None: the law's minimums
    region_code: str | None = None
    from_year: int | None = None
    version_id: int | None = None

    def passes(self, public: Decimal, professional: Decimal) -> bool:
        return (
            public >= self.public_min
            and professional >= self.professional_min
            and public + professional >= self.total_min
        )

    def same_minimums(self, other: Standard) -> bool:
        return (self.public_min, self.professional_min, self.total_min) == (
            other.public_min,
            other.professional_min,
            other.total_min,
        )


@dataclass(frozen=True)
class Version:
    id: int
    region_code: str
    from_year: int
    follows_parent: bool
    public_min: Decimal | None
    professional_min: Decimal | None
    total_min: Decimal | None


def _version(row: dict[str, Any]) -> Version:
    def amount(value: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    return Version(
        int(row["id"]),
        row["region_id"],
        int(row["from_year"]),
        bool(row["follows_parent"]),
        amount(row["public_min"]),
        amount(row["professional_min"]),
        amount(row["total_min"]),
    )


class StandardBook:
    """The versions in force and the region chains they are read along."""

    def __init__(
        self, versions: Iterable[Version], parents: dict[str, str | None], roots: list[str]
    ) -> None:
        self.by_region: dict[str, list[Version]] = {}
        for version in sorted(versions, key=lambda v: (v.region_code, v.from_year, v.id)):
            self.by_region.setdefault(version.region_code, []).append(version)
        self.parents = parents
        self.roots = roots

    def chain(self, region_code: str) -> list[str]:
        """The region, its parent, … up to the province; an unknown region reads the
        province's."""
        found: list[str] = []
        code: str | None = region_code or None
        while code is not None and code not in found and code in self.parents:
            found.append(code)
            code = self.parents[code]
        return found or list(self.roots[:1])

    def resolve(self, region_code: str, year: int) -> Standard:
        for code in self.chain(region_code):
            in_force = [v for v in self.by_region.get(code, ()) if v.from_year <= year]
            if not in_force:
                continue
            version = in_force[-1]
            if version.follows_parent:
                continue
            assert version.public_min is not None and version.professional_min is not None
            assert version.total_min is not None
            return Standard(
                year,
                version.public_min,
                version.professional_min,
                version.total_min,
                code,
                version.from_year,
                version.id,
            )
        return Standard(year, DEFAULT_PUBLIC_MIN, DEFAULT_PROFESSIONAL_MIN, DEFAULT_TOTAL_MIN)


async def active_versions() -> list[Version]:
    rows = await StandardVersion.filter(replaced_at__isnull=True).values(
        "id",
        "region_id",
        "from_year",
        "follows_parent",
        "public_min",
        "professional_min",
        "total_min",
    )
    return [_version(row) for row in rows]


async def region_parents(codes: Iterable[str]) -> tuple[dict[str, str | None], list[str]]:
    """Parents of the regions and of their ancestors, and the province (root) codes."""
    parents: dict[str, str | None] = {}
    wanted = {c for c in codes if c}
    while wanted:
        rows = await Region.filter(code__in=sorted(wanted)).values("code", "parent_id")
        parents.update({row["code"]: row["parent_id"] for row in rows})
        wanted = {row["parent_id"] for row in rows if row["parent_id"]} - set(parents)
    roots = [
        str(code)
        for code in await Region.filter(parent_id=None)
        .order_by("code")
        .values_list("code", flat=True)
    ]
    return parents, roots


async def load(region_codes: Iterable[str], versions: list[Version] | None = None) -> StandardBook:
    """The book for judging these regions (the versions in force unless given)."""
    if versions is None:
        versions = await active_versions()
    if not versions:
        # nobody set any standard: every region reads the law's minimums, no chain needed
        return StandardBook([], {}, [])
    parents, roots = await region_parents(region_codes)
    return StandardBook(versions, parents, roots)


# --- where a year is judged: the region of the unit it is credited to (domain.membership's
# "a person of a region": the unit's 注册所在地, not the person's own 所在地区) ---


async def person_regions(people: Iterable[int]) -> dict[int, str]:
    """The registered region of each person's unit now (a year not fixed by a transfer
    follows it)."""
    ids, parameters = bulk.id_in("p.id", sorted(set(people)))
    rows = await sql.rows(
        f"SELECT p.id AS id, o.region_id AS region_id FROM {Professional._meta.db_table} p"
        f" JOIN {Organisation._meta.db_table} o ON o.id = p.organisation_id WHERE {ids}",
        parameters,
    )
    return {int(row["id"]): row["region_id"] or UNKNOWN_REGION for row in rows}


async def unit_regions(units: Iterable[int]) -> dict[int, str]:
    """Each unit's registered region (注册所在地)."""
    wanted = sorted(set(units))
    if not wanted:
        return {}
    ids, parameters = bulk.id_in("id", wanted)
    rows = await sql.rows(
        f"SELECT id, region_id FROM {Organisation._meta.db_table} WHERE {ids}", parameters
    )
    return {int(row["id"]): row["region_id"] or UNKNOWN_REGION for row in rows}
