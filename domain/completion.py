"""Annual completion (年度完成情况): per professional and year, public, professional and total
hours against that year's standard. Kept current inside every transaction that changes
approved hours, so statistics read one indexed table instead of summing claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models import AnnualCompletion, Claim, YearStandard
from models.enums import ClaimStatus, Subject

# approved hours count until a verifier fails them
COUNTED = (ClaimStatus.APPROVED, ClaimStatus.VERIFIED)

# total ≥ 90 a year by law, professional subjects normally two thirds of it
DEFAULT_PUBLIC_MIN = Decimal(30)
DEFAULT_PROFESSIONAL_MIN = Decimal(60)
DEFAULT_TOTAL_MIN = Decimal(90)


@dataclass(frozen=True)
class Standard:
    year: int
    public_min: Decimal
    professional_min: Decimal
    total_min: Decimal

    def passes(self, public: Decimal, professional: Decimal) -> bool:
        return (
            public >= self.public_min
            and professional >= self.professional_min
            and public + professional >= self.total_min
        )


async def standards(years: Iterable[int]) -> dict[int, Standard]:
    wanted = sorted(set(years))
    stored = {row.year: row for row in await YearStandard.filter(year__in=wanted)}
    return {
        year: Standard(year, row.public_min, row.professional_min, row.total_min)
        if (row := stored.get(year))
        else Standard(year, DEFAULT_PUBLIC_MIN, DEFAULT_PROFESSIONAL_MIN, DEFAULT_TOTAL_MIN)
        for year in wanted
    }


async def refresh(pairs: Iterable[tuple[int, int]]) -> None:
    """Recompute the completion rows of these (professional, year) pairs from approved claims.
    Call inside the transaction that changed the claims."""
    pairs = set(pairs)
    if not pairs:
        return
    people = {p for p, _ in pairs}
    years = {y for _, y in pairs}
    hours: dict[tuple[int, int], dict[Subject, Decimal]] = defaultdict(
        lambda: {Subject.PUBLIC: Decimal(0), Subject.PROFESSIONAL: Decimal(0)}
    )
    rows = await Claim.filter(
        professional_id__in=list(people), year__in=list(years), status__in=list(COUNTED)
    ).values("professional_id", "year", "subject", "recognised_hours")
    for row in rows:
        hours[(row["professional_id"], row["year"])][Subject(row["subject"])] += Decimal(
            str(row["recognised_hours"] or 0)
        )
    by_year = await standards(years)
    existing = {
        (c.professional_id, c.year): c
        for c in await AnnualCompletion.filter(
            professional_id__in=list(people), year__in=list(years)
        )
    }
    created = []
    for pair in pairs:
        public, professional = hours[pair][Subject.PUBLIC], hours[pair][Subject.PROFESSIONAL]
        values: dict[str, Any] = {
            "public_hours": public,
            "professional_hours": professional,
            "total_hours": public + professional,
            "passed": by_year[pair[1]].passes(public, professional),
        }
        if pair in existing:
            await AnnualCompletion.filter(id=existing[pair].id).update(**values)
        else:
            created.append(AnnualCompletion(professional_id=pair[0], year=pair[1], **values))
    if created:
        await AnnualCompletion.bulk_create(created)


async def completion_rows(professional_id: int, years: list[int] | None) -> list[dict[str, Any]]:
    queryset = AnnualCompletion.filter(professional_id=professional_id)
    if years:
        queryset = queryset.filter(year__in=years)
    return await queryset.order_by("-year").values(
        "year", "public_hours", "professional_hours", "total_hours", "passed"
    )
