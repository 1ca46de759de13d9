"""Certificates for passed years, and their public verification (电子证书查询验证).

A certificate is issued once per professional and year, the first time it is printed, with
a number and a random verification code. It stays genuine while the year still passes; a
later failed verification that drops the year below the standard shows it as revoked.
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from documents.certificates import CertificateView
from domain import audit, events, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.masking import mask_id_number
from domain.principal import Principal
from domain.scope import organisations_in
from models import AnnualCompletion, Certificate, Organisation, OrganisationClosure, Professional
from models.enums import OrgKind

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed


async def _issuer(professional: Professional) -> str:
    """The HRSS bureau above the professional's unit: the authority that certifies."""
    ancestors = (
        await OrganisationClosure.filter(
            descendant_id=professional.organisation_id  # type: ignore[attr-defined]
        )
        .order_by("distance")
        .values_list("ancestor_id", flat=True)
    )
    bureau = (
        await Organisation.filter(id__in=list(ancestors), kind=OrgKind.HRSS)
        .order_by("-depth")
        .first()
    )
    return bureau.name if bureau else "继续教育主管部门"


async def issue(professional_id: int, year: int, actor: Actor) -> Certificate:
    """The year's certificate, issued now if it does not exist; only for a passed year."""
    completion = await AnnualCompletion.get_or_none(professional_id=professional_id, year=year)
    if completion is None or not completion.passed:
        raise DomainError("YEAR_NOT_PASSED", f"{year}年度学时未达到合格标准，不能打印证书", "year")
    existing = await Certificate.get_or_none(professional_id=professional_id, year=year)
    if existing is not None:
        return existing
    professional = await Professional.get(id=professional_id)
    async with events.atomic():
        certificate = await Certificate.create(
            professional_id=professional_id,
            year=year,
            number=f"JJ{year}{professional_id:09d}",
            verification_code="".join(secrets.choice(_CODE_ALPHABET) for _ in range(CODE_LENGTH)),
            issuer_name=await _issuer(professional),
        )
        await audit.record(
            actor,
            "certificate.issue",
            "certificate",
            certificate.id,
            after={"year": year, "professional": professional_id},
        )
    return certificate


async def view(certificate: Certificate) -> CertificateView:
    professional = await Professional.get(id=certificate.professional_id).prefetch_related(
        "account", "organisation"
    )
    completion = await AnnualCompletion.get_or_none(
        professional_id=certificate.professional_id, year=certificate.year
    )
    return CertificateView(
        number=certificate.number,
        verification_code=certificate.verification_code,
        year=certificate.year,
        name=professional.account.name,
        id_number=mask_id_number(professional.account.id_number) or "",
        unit=professional.organisation.name,
        issuer=certificate.issuer_name,
        issued_on=certificate.issued_at.date().isoformat(),
        public_hours=completion.public_hours if completion else Decimal(0),
        professional_hours=completion.professional_hours if completion else Decimal(0),
        total_hours=completion.total_hours if completion else Decimal(0),
        valid=bool(completion and completion.passed),
    )


CODE_LENGTH = 12


def _could_be_a_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(c in _CODE_ALPHABET for c in code)


async def verify(code: str) -> CertificateView | None:
    """The certificate a verification code names; anything not shaped like a code (of any
    length or alphabet a visitor types into /verify/…) names none, without a query."""
    code = code.strip().upper()
    certificate = (
        await Certificate.get_or_none(verification_code=code) if _could_be_a_code(code) else None
    )
    return await view(certificate) if certificate else None


MAX_PRINT = 200


async def issue_for_members(
    principal: Principal, professional_ids: list[int], year: int
) -> list[Certificate]:
    """An admin prints members' certificates: every member in its scope and every year
    passed, or nothing (the error names who has not passed)."""
    rules.PRINT_MEMBER_CERTIFICATES.check(principal)
    wanted = list(dict.fromkeys(professional_ids))
    if not wanted:
        raise DomainError("NO_MEMBERS", "请选择要打印证书的人员", "ids")
    if len(wanted) > MAX_PRINT:
        raise DomainError("TOO_MANY_MEMBERS", f"一次最多打印 {MAX_PRINT} 份证书", "ids")
    members = organisations_in(
        principal.scope, Professional.filter(id__in=wanted), field="organisation_id"
    )
    found = {p.id: p for p in await members.prefetch_related("account")}
    if len(found) != len(wanted):
        raise NotFound("人员", "ids")
    passed = set(
        await AnnualCompletion.filter(
            professional_id__in=wanted, year=year, passed=True
        ).values_list("professional_id", flat=True)
    )
    failing = [found[i].account.name for i in wanted if i not in passed]
    if failing:
        raise DomainError(
            "YEAR_NOT_PASSED",
            f"{year}年度学时未达到合格标准，不能打印证书：{'、'.join(failing[:10])}"
            + (f" 等 {len(failing)} 人" if len(failing) > 10 else ""),
            "ids",
        )
    actor = Actor.of(principal)
    return [await issue(i, year, actor) for i in wanted]
