"""The professional's claims: drafts, submission, withdrawal."""

from __future__ import annotations

from typing import Any

from domain import certificates, completion
from domain import claims as flow
from domain.errors import DomainError
from domain.forms import FORMS
from domain.masking import mask_id_number
from models import Claim
from models import enums as stored
from resolvers.context import Info
from resolvers.ids import parse_id
from schema.types.claims import (
    CertificateCheck,
    ClaimFailInput,
    ClaimInput,
    ClaimPayload,
    ClaimTargetInput,
    ClaimType,
    ClaimUpdateInput,
    CompletionType,
    LearningFormType,
    YearStandardType,
    hours_text,
)
from schema.types.errors import UserError


def learning_forms(info: Info) -> list[LearningFormType]:
    return [LearningFormType.of(form) for form in FORMS.values()]


async def my_claims(info: Info, year: int | None = None) -> list[ClaimType]:
    queryset = Claim.filter(professional_id=info.context.principal.professional_id)
    if year is not None:
        queryset = queryset.filter(year=year)
    return [ClaimType.from_model(c) for c in await queryset.order_by("-id")]


def _draft(given: ClaimInput) -> flow.ClaimDraft:
    details: Any = given.details
    if not isinstance(details, dict):
        raise DomainError("INVALID_DETAILS", "details 应为对象", "details")
    return flow.ClaimDraft(
        year=given.year,
        subject=stored.Subject(given.subject.value),
        form=given.form,
        requested_hours=given.requested_hours,
        details=details,
    )


def _failed(error: DomainError) -> ClaimPayload:
    return ClaimPayload(claim=None, errors=[UserError.of(error)])


async def claim_create(info: Info, input: ClaimInput) -> ClaimPayload:
    try:
        claim = await flow.create_claim(info.context.principal, _draft(input))
    except DomainError as error:
        return _failed(error)
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_update(info: Info, input: ClaimUpdateInput) -> ClaimPayload:
    try:
        claim = await flow.update_claim(
            info.context.principal, parse_id(input.id, "id"), _draft(input.claim)
        )
    except DomainError as error:
        return _failed(error)
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_delete(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    try:
        await flow.delete_claim(info.context.principal, parse_id(input.id, "id"))
    except DomainError as error:
        return _failed(error)
    return ClaimPayload(claim=None, errors=[])


async def _after(info: Info, claim_id: int) -> ClaimPayload:
    claim = await flow.access_own_claim(info.context.principal, claim_id)
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_submit(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    try:
        claim_id = parse_id(input.id, "id")
        await flow.submit_claim(info.context.principal, claim_id)
        return await _after(info, claim_id)
    except DomainError as error:
        return _failed(error)


async def claim_withdraw(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    try:
        claim_id = parse_id(input.id, "id")
        await flow.withdraw_claim(info.context.principal, claim_id)
        return await _after(info, claim_id)
    except DomainError as error:
        return _failed(error)


async def year_standards(info: Info, years: list[int]) -> list[YearStandardType]:
    found = await completion.standards(years[:50])
    return [
        YearStandardType(
            year=s.year,
            public_min=str(s.public_min),
            professional_min=str(s.professional_min),
            total_min=str(s.total_min),
        )
        for s in found.values()
    ]


async def my_completion(info: Info, years: list[int] | None = None) -> list[CompletionType]:
    rows = await completion.completion_rows(info.context.principal.professional_id or 0, years)
    by_year = await completion.standards(row["year"] for row in rows)
    return [
        CompletionType(
            year=row["year"],
            public_hours=hours_text(row["public_hours"]),
            public_met=row["public_hours"] >= by_year[row["year"]].public_min,
            professional_hours=hours_text(row["professional_hours"]),
            professional_met=row["professional_hours"] >= by_year[row["year"]].professional_min,
            total_hours=hours_text(row["total_hours"]),
            passed=row["passed"],
        )
        for row in rows
    ]


async def claim_fail_verification(info: Info, input: ClaimFailInput) -> ClaimPayload:
    try:
        await flow.fail_verified_claim(
            info.context.principal, parse_id(input.claim_id, "claimId"), input.reason
        )
    except DomainError as error:
        return _failed(error)
    return ClaimPayload(
        claim=ClaimType.from_model(await Claim.get(id=int(input.claim_id))), errors=[]
    )


async def verify_certificate(info: Info, code: str) -> CertificateCheck | None:
    view = await certificates.verify(code[:64])
    if view is None:
        return None
    return CertificateCheck(
        valid=view.valid,
        number=view.number,
        name=view.name,
        id_number=mask_id_number(view.id_number) or "",
        year=view.year,
        total_hours=hours_text(view.total_hours),
        issuer=view.issuer,
    )
