"""The claim lifecycle (学时申报): draft → submitted → employer review.

A professional drafts, edits and deletes drafts, submits, and withdraws a submitted claim
back to draft while nobody has decided it. Submitting opens a CLAIM_REVIEW step for the
employer — or, when a parent has closed the employer's review right (关闭审核权限), for the
nearest organisation above that still has it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise import timezone
from tortoise.expressions import Subquery

from domain import audit, bulk, completion, events, files, pending, reviews, rules, sql
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.forms import form_of, validate_details
from domain.numbers import finite_decimal
from domain.principal import Principal
from domain.scope import own_records
from models import (
    Claim,
    ClaimAttachment,
    Organisation,
    OrganisationClosure,
    Professional,
    ReviewStep,
    StoredFile,
)
from models.enums import ClaimStatus, OrgKind, ReviewKind, ReviewStatus, Subject

FIRST_YEAR = 2000


@dataclass(frozen=True)
class ClaimDraft:
    year: int
    subject: Subject
    form: str
    requested_hours: str
    details: dict[str, Any]
    attachments: tuple[int, ...] = ()


def _hours(text: str) -> Decimal:
    return finite_decimal(text, "学时", "requestedHours", places=Decimal("0.1"))


def clean(draft: ClaimDraft) -> dict[str, Any]:
    if not FIRST_YEAR <= draft.year <= dt.date.today().year:
        raise DomainError("YEAR_OUT_OF_RANGE", "计入年度不正确", "year")
    hours = _hours(draft.requested_hours)
    form = form_of(draft.form)
    details = validate_details(form, draft.subject.value, hours, draft.details)
    if form.evidence_required and not draft.attachments:
        raise DomainError("ATTACHMENT_REQUIRED", f"请上传{form.evidence}", "attachments")
    return {
        "year": draft.year,
        "subject": draft.subject,
        "form": draft.form,
        "requested_hours": hours,
        "details": details,
    }


def step_summary(values: dict[str, Any]) -> dict[str, Any]:
    """What a claim's review steps keep for the queue (schema ClaimSummary): the raw facts —
    subject and learning form as codes, the form's answers as given."""
    return {
        "year": values["year"],
        "subject": Subject(values["subject"]).value,
        "form": values["form"],
        "requestedHours": str(values["requested_hours"]),
        "details": values["details"],
    }


def claims_channel(professional_id: int) -> str:
    """Where a professional's claims announce their status changes."""
    return f"claims.{professional_id}"


async def owners(claim_ids: list[int]) -> list[tuple[int, int, int]]:
    """(claim, professional, year) of each claim; the ids go as one parameter, since a
    batch names ten thousand."""
    if not claim_ids:
        return []
    where, parameters = bulk.id_in("id", claim_ids)
    rows = await sql.rows(
        f"SELECT id, professional_id, year FROM {Claim._meta.db_table} WHERE {where}", parameters
    )
    return [(int(r["id"]), int(r["professional_id"]), int(r["year"])) for r in rows]


async def announce(claim_ids: list[int], known: list[tuple[int, int, int]] | None = None) -> None:
    """Note, for after the commit, which professionals' claims changed status. `known`: the
    claims' `owners`, when the caller has read them already."""
    rows = known if known is not None else await owners(claim_ids)
    by_person: dict[int, list[int]] = {}
    for claim_id, professional_id, _ in rows:
        by_person.setdefault(int(professional_id), []).append(int(claim_id))
    for professional_id, ids in by_person.items():
        events.after_commit(claims_channel(professional_id), {"claimIds": ids})


async def access_own_claim(principal: Principal, claim_id: int) -> Claim:
    """The principal's own claim; NotFound for another's as for a missing one."""
    claim = await own_records(principal.scope, Claim.filter(id=claim_id)).first()
    if claim is None:
        raise NotFound("学时申报", "id")
    return claim


async def attach(claim_ids: list[int], file_ids: list[int], *, replace: bool = False) -> None:
    """The same evidence on each claim; `replace` drops what a draft had before."""
    if replace:
        await ClaimAttachment.filter(claim_id__in=claim_ids).delete()
    await bulk.insert(
        ClaimAttachment, ("claim_id", "file_id"), [(c, f) for c in claim_ids for f in file_ids]
    )


async def create_claim(principal: Principal, draft: ClaimDraft) -> Claim:
    values = clean(draft)
    evidence = await files.own_uploads(principal, list(draft.attachments))
    async with events.atomic():
        claim = await Claim.create(
            professional_id=principal.professional_id,
            filed_by_account_id=principal.account_id,
            **values,
        )
        await attach([claim.id], [f.id for f in evidence])
        await audit.record(
            Actor.of(principal),
            "claim.create",
            "claim",
            claim.id,
            after={**values, "attachments": [f.id for f in evidence]},
        )
    return claim


# a claim its reviewer refused is corrected and submitted again: saving it makes it a draft
EDITABLE = (ClaimStatus.DRAFT, ClaimStatus.REJECTED)


async def update_claim(principal: Principal, claim_id: int, draft: ClaimDraft) -> Claim:
    claim = await access_own_claim(principal, claim_id)
    if claim.status not in EDITABLE:
        raise DomainError("NOT_A_DRAFT", "只有待提交或审核不通过的申报可以修改", "id")
    values = clean(draft)
    evidence = await files.own_uploads(principal, list(draft.attachments))
    async with events.atomic():
        before = {"requested_hours": claim.requested_hours, "details": claim.details}
        moved = await Claim.filter(id=claim.id, status__in=EDITABLE).update(
            **values, status=ClaimStatus.DRAFT
        )
        if not moved:
            raise DomainError("NOT_A_DRAFT", "只有待提交或审核不通过的申报可以修改", "id")
        await attach([claim.id], [f.id for f in evidence], replace=True)
        await audit.record(
            Actor.of(principal), "claim.update", "claim", claim.id, before=before, after=values
        )
        if claim.status != ClaimStatus.DRAFT:
            await announce([claim.id])
    return await Claim.get(id=claim.id)


async def delete_claim(principal: Principal, claim_id: int) -> None:
    """Drafts only: nothing has reviewed them, so nothing depends on them."""
    claim = await access_own_claim(principal, claim_id)
    async with events.atomic():
        if claim.status == ClaimStatus.DRAFT:
            await ClaimAttachment.filter(claim_id=claim.id).delete()
        deleted = await Claim.filter(id=claim.id, status=ClaimStatus.DRAFT).delete()
        if not deleted:
            raise DomainError("NOT_A_DRAFT", "只有待提交的申报可以删除", "id")
        await audit.record(
            Actor.of(principal),
            "claim.delete",
            "claim",
            claim.id,
            before={"form": claim.form, "hours": claim.requested_hours},
        )


async def reviewer_for(professional: Professional) -> Organisation:
    """The employer, or the nearest organisation above it whose review right is open."""
    ancestors: list[Any] = (
        await OrganisationClosure.filter(
            descendant_id=professional.organisation_id  # type: ignore[attr-defined]
        )
        .order_by("distance")
        .values_list("ancestor_id", flat=True)
    )
    rows = {o.id: o for o in await Organisation.filter(id__in=list(ancestors))}
    for ancestor in ancestors:
        if rows[ancestor].review_enabled:
            return rows[ancestor]
    return rows[ancestors[-1]]


async def submit_claim(principal: Principal, claim_id: int) -> Organisation:
    claim = await access_own_claim(principal, claim_id)
    if await pending.transfer_pending(claim.professional_id):
        raise DomainError("TRANSFER_PENDING", "单位调转审核中，暂不能提交申报", "id")
    professional = await Professional.get(id=claim.professional_id).prefetch_related("account")
    reviewer = await reviewer_for(professional)
    async with events.atomic():
        moved = await Claim.filter(id=claim.id, status=ClaimStatus.DRAFT).update(
            status=ClaimStatus.SUBMITTED, submitted_at=timezone.now()
        )
        if not moved:
            raise DomainError("NOT_A_DRAFT", "该申报已提交", "id")
        await reviews.open_step(
            ReviewKind.CLAIM_REVIEW,
            "claim",
            claim.id,
            reviewer.id,
            professional.account.name,
            step_summary(
                {
                    "year": claim.year,
                    "subject": claim.subject,
                    "form": claim.form,
                    "requested_hours": claim.requested_hours,
                    "details": claim.details,
                }
            ),
        )
        await audit.record(
            Actor.of(principal), "claim.submit", "claim", claim.id, after={"reviewer": reviewer.id}
        )
        await announce([claim.id])
    return reviewer


async def withdraw_claim(principal: Principal, claim_id: int) -> None:
    """Back to draft while no one has decided it."""
    claim = await access_own_claim(principal, claim_id)
    async with events.atomic():
        withdrawn = await reviews.withdraw_subject("claim", claim.id)
        moved = await Claim.filter(id=claim.id, status=ClaimStatus.SUBMITTED).update(
            status=ClaimStatus.DRAFT, submitted_at=None
        )
        if not (withdrawn and moved):
            raise DomainError("CANNOT_WITHDRAW", "该申报已审核或未提交，不能撤回", "id")
        await audit.record(Actor.of(principal), "claim.withdraw", "claim", claim.id)
        await announce([claim.id])


async def _approve(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    """认定学时: the reviewer's figure for a step, at most the requested hours; the requested
    hours where none is given. One UPDATE for the rest of the batch."""
    claim_ids = [s.subject_id for s in steps]
    given = {s.subject_id: values[s.id] for s in steps if s.id in values}
    requested = dict(await Claim.filter(id__in=list(given)).values_list("id", "requested_hours"))
    for claim_id, text in given.items():
        hours = _hours(text)
        if not Decimal(0) <= hours <= Decimal(str(requested[claim_id])):
            raise DomainError(
                "RECOGNISED_HOURS_OUT_OF_RANGE", "认定学时不能超过申报学时", "recognisedHours"
            )
        await Claim.filter(id=claim_id).update(status=ClaimStatus.APPROVED, recognised_hours=hours)
    rest = [i for i in claim_ids if i not in given]
    if rest:
        where, parameters = bulk.id_in("id", rest)
        await sql.rows(
            f"UPDATE {Claim._meta.db_table} SET status = ?, recognised_hours = requested_hours"
            f" WHERE {where}",
            [ClaimStatus.APPROVED.value, *parameters],
        )
    found = await owners(claim_ids)
    await completion.refresh((p, y) for _, p, y in found)
    await open_verification(
        [(s.subject_id, s.reviewer_id, s.applicant_name, s.summary) for s in steps]
    )
    await announce(claim_ids, found)


async def verifier_for(reviewer_id: int) -> Organisation | None:
    """审验: the nearest competent department or HRSS bureau above the reviewing unit."""
    ancestors: list[Any] = (
        await OrganisationClosure.filter(descendant_id=reviewer_id, distance__gt=0)
        .order_by("distance")
        .values_list("ancestor_id", flat=True)
    )
    above = {o.id: o for o in await Organisation.filter(id__in=list(ancestors))}
    for ancestor in ancestors:
        if above[ancestor].kind in (OrgKind.COMPETENT, OrgKind.HRSS):
            return above[ancestor]
    return None


async def open_verification(approved: list[reviews.StepRow]) -> None:
    """One verification step per approved claim — given as (claim, the organisation that
    approved it, applicant name, summary) — written a few statements per batch (domain.bulk)."""
    verifiers: dict[int, Organisation | None] = {}
    opened = []
    for claim_id, reviewer_id, applicant_name, summary in approved:
        if reviewer_id not in verifiers:
            verifiers[reviewer_id] = await verifier_for(reviewer_id)
        verifier = verifiers[reviewer_id]
        if verifier is not None:
            opened.append((claim_id, verifier.id, applicant_name, summary))
    await reviews.open_many(ReviewKind.CLAIM_VERIFICATION, "claim", opened)


async def _verified(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    claim_ids = [s.subject_id for s in steps]
    where, parameters = bulk.id_in("id", claim_ids)
    await sql.rows(
        f"UPDATE {Claim._meta.db_table} SET status = ? WHERE status = ? AND {where}",
        [ClaimStatus.VERIFIED.value, ClaimStatus.APPROVED.value, *parameters],
    )
    await announce(claim_ids)


async def _failed_verification(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await fail_claims([s.subject_id for s in steps])


async def fail_claims(claim_ids: list[int]) -> None:
    """The hours leave the year's total; the professional must claim again."""
    await bulk.update(Claim, claim_ids, status=ClaimStatus.VERIFY_FAILED)
    found = await owners(claim_ids)
    await completion.refresh((p, y) for _, p, y in found)
    await announce(claim_ids, found)


async def fail_verified_claim(principal: Principal, claim_id: int, reason: str) -> None:
    """Later, a verifier may still fail an approved or verified claim, with a reason."""
    rules.FAIL_VERIFICATION.check(principal)
    reason = reason.strip()
    if not reason:
        raise DomainError("REASON_REQUIRED", "请填写审验不通过的原因", "reason")
    step = (
        await ReviewStep.filter(
            kind=ReviewKind.CLAIM_VERIFICATION,
            subject_id=claim_id,
            reviewer_id=principal.organisation_id,
        )
        .order_by("-id")
        .first()
    )
    if step is None:
        raise NotFound("学时申报", "claimId")
    async with events.atomic():
        moved = await Claim.filter(
            id=claim_id, status__in=[ClaimStatus.APPROVED, ClaimStatus.VERIFIED]
        ).count()
        if not moved:
            raise DomainError("NOT_COUNTED", "该申报未处于已通过状态", "claimId")
        await ReviewStep.filter(id=step.id).update(
            status=ReviewStatus.REJECTED,
            reason=reason,
            decided_at=timezone.now(),
            decided_by_account_id=principal.account_id,
        )
        await fail_claims([claim_id])
        events.after_commit(
            reviews.todo_channel(principal.organisation_id or 0),
            {"kinds": [ReviewKind.CLAIM_VERIFICATION.value]},
        )
        await audit.record(
            Actor.of(principal),
            "claim.verification_failed",
            "claim",
            claim_id,
            after={"reason": reason},
        )


async def _reject(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    claim_ids = [s.subject_id for s in steps]
    await bulk.update(Claim, claim_ids, status=ClaimStatus.REJECTED)
    await announce(claim_ids)


reviews.register_handler(
    ReviewKind.CLAIM_REVIEW,
    reviews.Handler(
        rules.REVIEW_CLAIMS,
        _approve,
        _reject,
        # the employer, or the nearest unit above it with its review right open
        receivers=frozenset({OrgKind.EMPLOYER, OrgKind.COMPETENT, OrgKind.HRSS}),
    ),
)
reviews.register_handler(
    ReviewKind.CLAIM_VERIFICATION,
    reviews.Handler(
        rules.VERIFY_CLAIMS,
        _verified,
        _failed_verification,
        receivers=frozenset({OrgKind.COMPETENT, OrgKind.HRSS}),  # verifier_for
    ),
)


async def organisation_name(organisation_id: int) -> str | None:
    found = await Organisation.filter(id=organisation_id).values_list("name", flat=True)
    return str(found[0]) if found else None


async def attachments_by_claim(claim_ids: list[int]) -> dict[int, list[StoredFile]]:
    """The evidence of each claim, in upload order: one query for a page of claims."""
    links = await ClaimAttachment.filter(claim_id__in=claim_ids).values("claim_id", "file_id")
    stored = {f.id: f for f in await StoredFile.filter(id__in={r["file_id"] for r in links})}
    found: dict[int, list[StoredFile]] = {}
    for link in sorted(links, key=lambda r: r["file_id"]):
        found.setdefault(link["claim_id"], []).append(stored[link["file_id"]])
    return found


async def handlers_by_claim(claim_ids: list[int]) -> dict[int, str]:
    """当前处理人 of each claim that waits for a decision: the organisation holding it."""
    rows = await ReviewStep.filter(
        subject_type="claim", subject_id__in=claim_ids, status=ReviewStatus.PENDING
    ).values("subject_id", "reviewer__name")
    return {r["subject_id"]: r["reviewer__name"] for r in rows}


async def reasons_by_claim(claim_ids: list[int]) -> dict[int, str]:
    """不通过原因 of each claim refused by its latest decision (review or verification), kept
    on a refused claim corrected back into a draft until it is submitted again."""
    refused = await Claim.filter(
        id__in=claim_ids,
        status__in=[ClaimStatus.REJECTED, ClaimStatus.VERIFY_FAILED, ClaimStatus.DRAFT],
    ).values_list("id", flat=True)
    rows = (
        await ReviewStep.filter(
            subject_type="claim", subject_id__in=list(refused), status=ReviewStatus.REJECTED
        )
        .order_by("decided_at", "id")
        .values("subject_id", "reason")
    )
    return {r["subject_id"]: r["reason"] for r in rows if r["reason"]}  # latest wins


async def units_by_claim(claim_ids: list[int]) -> dict[int, str]:
    """The unit of each claim's professional (单位), by name."""
    rows = await Claim.filter(id__in=claim_ids).values("id", "professional__organisation__name")
    return {r["id"]: r["professional__organisation__name"] for r in rows}


@files.register_reader
async def _reviewer_reads_evidence(principal: Principal, file_id: int) -> bool:
    """An organisation deciding a claim's review or verification reads its evidence, under the
    rule of that step's kind — whether or not the claimant is in its subtree."""
    if not principal.is_admin or principal.organisation_id is None:
        return False
    claims = ClaimAttachment.filter(file_id=file_id).values("claim_id")
    kinds = await ReviewStep.filter(
        subject_type="claim",
        subject_id__in=Subquery(claims),
        reviewer_id=principal.organisation_id,
    ).values_list("kind", flat=True)
    return any(reviews.HANDLERS[ReviewKind(str(k))].rule.permits(principal) for k in set(kinds))
