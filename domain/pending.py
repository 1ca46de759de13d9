"""What a professional still has waiting for a decision: seed 004 Q11 allows a transfer (and
an organisation's changes) only "无待审核信息（如学时申报待审核，信息变更待审核等）". Each
item comes back as a Chinese phrase, so a refusal can name what is pending."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count

from domain.errors import DomainError
from models import Claim, OrganisationChange, Professional, ProfileChange, ReviewStep, Transfer
from models.enums import (
    LABELS,
    ChangeKind,
    ClaimStatus,
    OrgChangeKind,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
    TransferStatus,
)

TRANSFER_PENDING = (TransferStatus.OUT_PENDING, TransferStatus.IN_PENDING)

# more sources register here: (professional ids) → {professional id: [phrase, …]}
Check = Callable[[list[int]], Awaitable[dict[int, list[str]]]]
CHECKS: list[Check] = []


def register_check(check: Check) -> Check:
    CHECKS.append(check)
    return check


@register_check
async def _claims(people: list[int]) -> dict[int, list[str]]:
    rows = (
        await Claim.filter(professional_id__in=people, status=ClaimStatus.SUBMITTED)
        .annotate(n=Count("id"))
        .group_by("professional_id")
        .values_list("professional_id", "n")
    )
    return {int(p): [f"学时申报待审核{n}条"] for p, n in rows}


@register_check
async def _profile_changes(people: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for professional_id, kind in await ProfileChange.filter(
        professional_id__in=people, status=ReviewStatus.PENDING
    ).values_list("professional_id", "kind"):
        found.setdefault(int(professional_id), []).append(
            f"{LABELS[ChangeKind][ChangeKind(kind).name]}待审核"
        )
    return found


@register_check
async def _transfers(people: list[int]) -> dict[int, list[str]]:
    rows: list[Any] = await Transfer.filter(
        professional_id__in=people, status__in=list(TRANSFER_PENDING)
    ).values_list("professional_id", flat=True)
    return {int(p): ["单位调转待审核"] for p in rows}


@register_check
async def _registration(people: list[int]) -> dict[int, list[str]]:
    rows: list[Any] = await ReviewStep.filter(
        subject_type="professional",
        subject_id__in=people,
        status=ReviewStatus.PENDING,
        kind=ReviewKind.PROFESSIONAL_REGISTRATION,
    ).values_list("subject_id", flat=True)
    return {int(p): ["注册待审核"] for p in rows}


async def transfer_pending(professional_id: int) -> bool:
    return await Transfer.exists(professional_id=professional_id, status__in=list(TRANSFER_PENDING))


async def pending_of(people: list[int]) -> dict[int, list[str]]:
    """Per professional with anything pending, what it is."""
    found: dict[int, list[str]] = {}
    if not people:
        return found
    for check in CHECKS:
        for professional_id, items in (await check(people)).items():
            found.setdefault(professional_id, []).extend(items)
    return found


async def refuse_if_pending(professional_id: int, field: str | None = None) -> None:
    items = (await pending_of([professional_id])).get(professional_id)
    if items:
        raise DomainError(
            "PENDING_ITEMS", f"存在待审核事项：{'、'.join(items)}，处理完毕后方可调转单位", field
        )


async def pending_of_organisation(organisation_id: int) -> list[str]:
    """What an organisation and its own members have waiting (seed 003: 用人单位及用人单位
    下属学员没有任何待审核信息的情况下 … 修改单位信息)."""
    items: list[str] = []
    kinds: list[Any] = await OrganisationChange.filter(
        organisation_id=organisation_id, status=ReviewStatus.PENDING
    ).values_list("kind", flat=True)
    for kind in kinds:
        items.append(f"{LABELS[OrgChangeKind][OrgChangeKind(kind).name]}待审核")
    if await ReviewStep.exists(
        subject_type="organisation", subject_id=organisation_id, status=ReviewStatus.PENDING
    ):
        items.append("机构注册待审核")
    members = {"professional__organisation_id": organisation_id}
    counted: list[tuple[str, str, Any]] = [
        ("人员注册待审核", "人", Professional.filter(
            organisation_id=organisation_id, status=ProfessionalStatus.PENDING
        )),
        ("人员学时申报待审核", "条", Claim.filter(status=ClaimStatus.SUBMITTED, **members)),
        ("人员信息变更待审核", "条", ProfileChange.filter(status=ReviewStatus.PENDING, **members)),
        ("人员调转待审核", "条", Transfer.filter(
            Q(from_organisation_id=organisation_id) | Q(to_organisation_id=organisation_id),
            status__in=list(TRANSFER_PENDING),
        )),
    ]  # fmt: skip
    for label, unit, queryset in counted:
        if n := await queryset.count():
            items.append(f"{label}{n}{unit}")
    return items


async def refuse_if_organisation_pending(organisation_id: int) -> None:
    items = await pending_of_organisation(organisation_id)
    if items:
        raise DomainError(
            "PENDING_ITEMS",
            f"本单位或本单位人员存在待审核事项：{'、'.join(items)}，处理完毕后方可修改",
        )
