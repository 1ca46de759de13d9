"""Claims filed by an organisation for people: a unit for selected members (单位代报), a CE
base or an online-learning integrator for its trainees (学时报送).

One rule for both: the filing organisation vouches for what it files, so its first review is
the filing itself — the claims are approved at once (a CLAIM_REVIEW step recorded as decided
by the filer keeps one history of decisions) and go on to verification (审验) by the
competent department or HRSS bureau above the filer, like any approved claim. Both are all or
none: one bad member or record and nothing is filed.

Ingested records carry the integrator's own reference; re-sending a record already filed
under that reference changes nothing, so an integrator may retry a whole batch safely.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import timezone

from domain import audit, bulk, completion, events, files, reviews, rules
from domain.audit import Actor
from domain.claims import ClaimDraft, announce, attach, clean, open_verification, step_summary
from domain.errors import DomainError, NotFound
from domain.identity import validate_resident_id
from domain.principal import Principal
from domain.scope import organisations_in
from models import Claim, Professional
from models.enums import ClaimStatus, ReviewKind, ReviewStatus

MAX_MEMBERS = 500
MAX_RECORDS = 1000


@dataclass(frozen=True)
class IngestRecord:
    external_ref: str
    id_number: str
    name: str
    draft: ClaimDraft


@dataclass
class IngestResult:
    created: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)


async def file_claims(
    principal: Principal,
    professionals: list[Professional],
    drafts: list[dict[str, Any]],
    evidence: list[int],
    refs: list[str | None],
    note: str,
    plan_id: int | None = None,
) -> list[int]:
    """Create approved claims and their decided review steps, refresh completion, open
    verification; inside the caller's transaction. The one way an organisation files
    (unit filing, CE-base ingestion, the Excel import of domain.imports)."""
    if principal.organisation_id is None:  # only an organisation's admin files
        raise DomainError("FORBIDDEN", "您没有学时申报（代报）的权限")
    now = timezone.now()
    # in bulk (domain.bulk): claims, steps, attachments and audit records a few statements
    # each, no model object per row
    claim_ids = await bulk.create(
        Claim,
        ("professional_id", "filed_by_account_id", "filed_by_organisation_id", "external_ref",
         "plan_id", "status", "recognised_hours", "submitted_at", "year", "subject", "form",
         "requested_hours", "details"),
        [
            (p.id, principal.account_id, principal.organisation_id, ref, plan_id,
             ClaimStatus.APPROVED, values["requested_hours"], now, values["year"],
             values["subject"], values["form"], values["requested_hours"], values["details"])
            for p, values, ref in zip(professionals, drafts, refs, strict=True)
        ],
    )  # fmt: skip
    decided: list[reviews.StepRow] = [
        (claim_id, principal.organisation_id, p.account.name, step_summary(values))
        for claim_id, p, values in zip(claim_ids, professionals, drafts, strict=True)
    ]
    await reviews.record_decided_many(
        ReviewKind.CLAIM_REVIEW,
        "claim",
        decided,
        status=ReviewStatus.APPROVED,
        decided_by_account_id=principal.account_id,
        reason=note,
    )
    if evidence:
        await attach(claim_ids, evidence)
    await completion.refresh(
        (p.id, values["year"]) for p, values in zip(professionals, drafts, strict=True)
    )
    await open_verification(decided)
    await announce(
        claim_ids,
        [
            (claim_id, p.id, values["year"])
            for claim_id, p, values in zip(claim_ids, professionals, drafts, strict=True)
        ],
    )
    await audit.record_many(
        Actor.of(principal),
        "claim.file_for",
        "claim",
        [
            (claim_id, step_summary(values))
            for claim_id, values in zip(claim_ids, drafts, strict=True)
        ],
    )
    return claim_ids


async def file_for_members(
    principal: Principal,
    professional_ids: list[int],
    draft: ClaimDraft,
    *,
    plan_id: int | None = None,
    check: Callable[[list[int]], Awaitable[None]] | None = None,
) -> list[int]:
    """单位代报: one claim per selected member of the unit's subtree, all or none. Filed
    under an approved training plan (domain.plans), the claims reference it; `check` runs
    inside the transaction, before anything is written, with the members' ids."""
    rules.FILE_FOR_MEMBERS.check(principal)
    wanted = list(dict.fromkeys(professional_ids))
    if not wanted:
        raise DomainError("NO_MEMBERS", "请选择要代报的人员", "professionalIds")
    if len(wanted) > MAX_MEMBERS:
        raise DomainError("TOO_MANY_MEMBERS", f"一次最多为 {MAX_MEMBERS} 人代报", "professionalIds")
    values = clean(draft)
    evidence = [f.id for f in await files.own_uploads(principal, list(draft.attachments))]
    members = organisations_in(
        principal.scope, Professional.filter(id__in=wanted), field="organisation_id"
    )
    found = {p.id: p for p in await members.prefetch_related("account")}
    if len(found) != len(wanted):
        # missing and out of scope look the same: name the first, file nobody
        first = next(i for i in wanted if i not in found)
        raise NotFound(f"人员 {first} ", "professionalIds")
    async with events.atomic():
        if check is not None:
            await check(wanted)
        return await file_claims(
            principal,
            [found[i] for i in wanted],
            [values] * len(wanted),
            evidence,
            [None] * len(wanted),
            "培训计划学时申报" if plan_id is not None else "单位代报",
            plan_id,
        )


async def ingest(principal: Principal, records: list[IngestRecord]) -> IngestResult:
    """学时报送 by a CE base or integrator: identified by ID number and name, idempotent by
    the filer's external reference, all or none."""
    rules.INGEST_CLAIMS.check(principal)
    if not records:
        raise DomainError("NO_RECORDS", "没有要报送的学时记录", "records")
    if len(records) > MAX_RECORDS:
        raise DomainError("TOO_MANY_RECORDS", f"一次最多报送 {MAX_RECORDS} 条", "records")
    refs = [r.external_ref.strip() for r in records]
    for index, ref in enumerate(refs):
        if not ref or len(ref) > 64:
            raise DomainError(
                "INVALID_REFERENCE", "外部编号应为1至64个字符", f"records.{index}.externalRef"
            )
    seen: dict[str, int] = {}
    for index, ref in enumerate(refs):
        if ref in seen:
            raise DomainError(
                "DUPLICATE_REFERENCE",
                f"外部编号 {ref} 在本批中重复",
                f"records.{index}.externalRef",
            )
        seen[ref] = index
    existing = {
        row["external_ref"]: row
        for row in await Claim.filter(
            filed_by_organisation_id=principal.organisation_id, external_ref__in=refs
        ).values("id", "external_ref", "year", "subject", "form", "requested_hours")
    }
    result = IngestResult()
    fresh: list[tuple[int, IngestRecord, dict[str, Any]]] = []
    for index, record in enumerate(records):
        try:
            values = clean(record.draft)
        except DomainError as error:
            raise error.at(f"records.{index}.{error.field}") from None
        before = existing.get(refs[index])
        if before is not None:
            if not _same(before, values):
                raise DomainError(
                    "REFERENCE_CONFLICT",
                    f"外部编号 {refs[index]} 已报送过内容不同的记录",
                    f"records.{index}.externalRef",
                )
            result.unchanged.append(before["id"])
            continue
        fresh.append((index, record, values))
    people = await _trainees(fresh)
    # each record's own evidence (a form that requires it is refused without it, in clean)
    evidence: list[list[int]] = []
    for index, record, _ in fresh:
        try:
            owned = await files.own_uploads(principal, list(record.draft.attachments))
        except DomainError as error:
            raise error.at(f"records.{index}.attachments") from None
        evidence.append([f.id for f in owned])
    if fresh:
        async with events.atomic():
            result.created = await file_claims(
                principal,
                [people[index] for index, _, _ in fresh],
                [values for _, _, values in fresh],
                [],
                [refs[index] for index, _, _ in fresh],
                "继教基地报送",
            )
            for claim_id, file_ids in zip(result.created, evidence, strict=True):
                if file_ids:
                    await attach([claim_id], file_ids)
    return result


def _same(before: dict[str, Any], values: dict[str, Any]) -> bool:
    return (
        before["year"] == values["year"]
        and before["subject"] == values["subject"]
        and before["form"] == values["form"]
        and Decimal(str(before["requested_hours"])) == values["requested_hours"]
    )


async def _trainees(
    fresh: list[tuple[int, IngestRecord, dict[str, Any]]],
) -> dict[int, Professional]:
    """A trainee is found by ID number and must bear the name sent: a base learns nothing
    of people it cannot name."""
    numbers: dict[int, str] = {}
    for index, record, _ in fresh:
        try:
            numbers[index] = validate_resident_id(record.id_number)
        except DomainError as error:
            raise error.at(f"records.{index}.idNumber") from None
    found = {
        p.account.id_number: p
        for p in await Professional.filter(
            account__id_number__in=list(set(numbers.values()))
        ).prefetch_related("account")
    }
    people: dict[int, Professional] = {}
    for index, record, _ in fresh:
        person = found.get(numbers[index])
        if person is None or person.account.name != record.name.strip():
            raise DomainError(
                "PERSON_NOT_FOUND",
                "未找到该专业技术人员（身份证号与姓名不符或未注册）",
                f"records.{index}.idNumber",
            )
        people[index] = person
    return people
