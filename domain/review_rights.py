"""Who reviews a unit's claims: 关闭审核权限 and the re-routing of waiting claims.

A parent closes (or reopens) a unit's claim-review right; closing hands the claims waiting at
the unit to the nearest organisation above whose right is open. When a subtree moves to a new
parent, the claims of its people that wait outside it go to whoever decides them now.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Subquery

from domain import audit, events, reviews, rules
from domain import claims as claim_flow
from domain.audit import Actor
from domain.errors import NotFound
from domain.principal import Principal
from domain.scope import organisations_in
from models import Claim, Organisation, OrganisationClosure, Professional, ReviewStep
from models.enums import ReviewKind, ReviewStatus


async def set_review_enabled(principal: Principal, organisation_id: int, enabled: bool) -> int:
    """Close or reopen a unit's claim-review right. Closing hands the claims it holds to
    the nearest organisation above it whose right is open; returns how many moved."""
    own = rules.MANAGE_ORGANISATION.organisation_of(principal)
    reachable = organisations_in(principal.scope, Organisation.filter(id=organisation_id))
    target = await reachable.exclude(id=own).first()
    if target is None:
        raise NotFound("下级单位", "organisationId")
    async with events.atomic():
        await Organisation.filter(id=target.id).update(review_enabled=enabled)
        moved = 0
        if not enabled:
            above = await _open_ancestor(target.id)
            moved = await ReviewStep.filter(
                reviewer_id=target.id, kind=ReviewKind.CLAIM_REVIEW, status=ReviewStatus.PENDING
            ).update(reviewer_id=above)
            if moved:
                for reviewer in (target.id, above):
                    events.after_commit(
                        reviews.todo_channel(reviewer), {"kinds": [ReviewKind.CLAIM_REVIEW.value]}
                    )
        await audit.record(
            Actor.of(principal),
            "organisation.review_right",
            "organisation",
            target.id,
            before={"review_enabled": target.review_enabled},
            after={"review_enabled": enabled, "claims_moved": moved},
        )
    return moved


async def _open_ancestor(organisation_id: int, *, include_self: bool = False) -> int:
    """The nearest organisation above (or, with include_self, at) this one whose review
    right is open; the top of the tree when none is."""
    ancestors: list[Any] = (
        await OrganisationClosure.filter(
            descendant_id=organisation_id, distance__gte=0 if include_self else 1
        )
        .order_by("distance")
        .values_list("ancestor_id", flat=True)
    )
    open_ids = set(
        await Organisation.filter(id__in=ancestors, review_enabled=True).values_list(
            "id", flat=True
        )
    )
    return next((a for a in ancestors if a in open_ids), ancestors[-1])


async def reroute_claims(inside: list[int]) -> int:
    """After a move, the claims of the subtree's people that wait outside it go to whoever
    decides them now: review to the nearest unit above with its right open, verification
    to the nearest competent department or HRSS bureau above the unit that approved."""
    people = Subquery(Professional.filter(organisation_id__in=inside).values("id"))
    claims = Subquery(Claim.filter(professional_id__in=people).values("id"))
    waiting: list[Any] = (
        await ReviewStep.filter(
            subject_type="claim",
            subject_id__in=claims,
            status=ReviewStatus.PENDING,
            kind__in=[ReviewKind.CLAIM_REVIEW, ReviewKind.CLAIM_VERIFICATION],
        )
        .exclude(reviewer_id__in=inside)
        .values_list("id", "kind", "subject_id", "reviewer_id")
    )
    if not waiting:
        return 0
    claim_ids = [subject for _, _, subject, _ in waiting]
    unit_of = dict(
        await Claim.filter(id__in=claim_ids).values_list("id", "professional__organisation_id")
    )
    approved_by = dict(
        await ReviewStep.filter(
            subject_type="claim",
            subject_id__in=claim_ids,
            kind=ReviewKind.CLAIM_REVIEW,
            status=ReviewStatus.APPROVED,
        )
        .order_by("id")
        .values_list("subject_id", "reviewer_id")
    )
    found: dict[tuple[str, int], int | None] = {}
    targets: dict[int, list[int]] = {}
    touched: set[tuple[int, ReviewKind]] = set()
    for step_id, kind, claim_id, reviewer_id in waiting:
        kind = ReviewKind(kind)
        if kind == ReviewKind.CLAIM_REVIEW:
            key = ("review", int(unit_of[claim_id]))
            if key not in found:
                found[key] = await _open_ancestor(key[1], include_self=True)
        else:
            if claim_id not in approved_by:
                continue
            key = ("verify", int(approved_by[claim_id]))
            if key not in found:
                verifier = await claim_flow.verifier_for(key[1])
                found[key] = verifier.id if verifier else None
        target = found[key]
        if target is not None and target != reviewer_id:
            targets.setdefault(target, []).append(step_id)
            touched |= {(int(reviewer_id), kind), (target, kind)}
    for target, ids in targets.items():
        await ReviewStep.filter(id__in=ids).update(reviewer_id=target)
    for reviewer, kind in touched:
        events.after_commit(reviews.todo_channel(reviewer), {"kinds": [kind.value]})
    return sum(len(ids) for ids in targets.values())
