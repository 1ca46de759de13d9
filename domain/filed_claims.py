"""已报送学时: the claims an organisation has filed for people — a unit's 单位代报 and
培训计划学时申报, its Excel claims import, a CE base's or online platform's 学时报送.

A CE base has no review queue of its own, so this list is how it sees what it fed and how
an integrator reconciles its records (by its own external reference) with ours. The scope is
the caller's own organisation's filings, not its subtree: a competent department does not see
what the units below it filed here (their claims reach it as verification steps), and the
people filed for may belong to any unit (a base trains people from everywhere).

Newest first, paged by keyset on descending ids over the (filed_by_organisation, id) index,
so a platform with a million fed claims pages as fast on page 1000 as on page 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Subquery
from tortoise.functions import Max

from domain import rules
from domain.claims import handlers_by_claim
from domain.errors import DomainError
from domain.pagination import Page, PageRequest, fetch_newest_page
from domain.principal import Principal
from models import Claim, Professional, ReviewStep
from models.enums import ClaimStatus, ReviewKind

MAX_NAME = 64
MAX_REF = 64


@dataclass(frozen=True)
class FiledFilter:
    year: int | None = None
    # the filer's own record id, matched exactly (after trimming)
    external_ref: str | None = None
    name_contains: str | None = None
    statuses: tuple[ClaimStatus, ...] = ()


def _check(principal: Principal) -> int:
    return rules.LIST_FILED_CLAIMS.organisation_of(principal)


def _filtered(organisation_id: int, criteria: FiledFilter) -> Any:
    queryset = Claim.filter(filed_by_organisation_id=organisation_id)
    if criteria.year is not None:
        queryset = queryset.filter(year=criteria.year)
    ref = (criteria.external_ref or "").strip()
    if ref:
        if len(ref) > MAX_REF:
            raise DomainError("INVALID_REFERENCE", "外部编号应为1至64个字符", "externalRef")
        queryset = queryset.filter(external_ref=ref)
    name = (criteria.name_contains or "").strip()
    if name:
        if len(name) > MAX_NAME:
            raise DomainError("NAME_TOO_LONG", f"姓名最多{MAX_NAME}个字符", "nameContains")
        people = Professional.filter(account__name__icontains=name).values("id")
        queryset = queryset.filter(professional_id__in=Subquery(people))
    if criteria.statuses:
        queryset = queryset.filter(status__in=list(dict.fromkeys(criteria.statuses)))
    return queryset


async def filed_claims(
    principal: Principal, criteria: FiledFilter, request: PageRequest
) -> Page[dict]:
    """One page of the claims the principal's organisation filed, newest first; each row
    carries the person, the unit, the plan and when the claim was last decided."""
    organisation_id = _check(principal)
    page = await fetch_newest_page(
        _filtered(organisation_id, criteria),
        request,
        "external_ref",
        "year",
        "subject",
        "form",
        "requested_hours",
        "recognised_hours",
        "status",
        "created_at",
        "plan_id",
        # _filtered is made from the organisation and the criteria alone (domain/statements.py)
        built_from=("filed claims", organisation_id, criteria),
        name="professional__account__name",
        id_number="professional__account__id_number",
        unit="professional__organisation__name",
        plan_name="plan__class_name",
    )
    rows = page.rows
    ids = [row["id"] for row in rows]
    decided = await _decided_at(ids)
    verifiers = await _verifiers(ids)
    handlers = await handlers_by_claim(ids)
    for row in rows:
        row["decided_at"] = decided.get(row["id"])
        row["reviewing_unit"] = verifiers.get(row["id"])
        row["current_handler"] = handlers.get(row["id"])
    return page


async def _decided_at(claim_ids: list[int]) -> dict[int, datetime]:
    """The latest decision on each claim: the filing itself (recorded as the first review),
    or a later verification."""
    if not claim_ids:
        return {}
    rows = (
        await ReviewStep.filter(
            subject_type="claim", subject_id__in=claim_ids, decided_at__isnull=False
        )
        .annotate(last=Max("decided_at"))
        .group_by("subject_id")
        .values("subject_id", "last")
    )
    return {int(row["subject_id"]): row["last"] for row in rows}


async def _verifiers(claim_ids: list[int]) -> dict[int, str]:
    """审核单位 of each filed claim: the filer vouches for it, so the unit that verifies it
    (审验: the nearest competent department or HRSS bureau above the filer) is the one that
    reviews what the filer reported; the latest such step wins."""
    if not claim_ids:
        return {}
    rows = (
        await ReviewStep.filter(
            kind=ReviewKind.CLAIM_VERIFICATION, subject_type="claim", subject_id__in=claim_ids
        )
        .order_by("id")
        .values("subject_id", "reviewer__name")
    )
    return {int(row["subject_id"]): row["reviewer__name"] for row in rows}
