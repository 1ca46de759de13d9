"""学时申报记录: every submitted claim of the members an admin reaches (seed 001 §5.2.3,
seed 002 §5.2.2, seed 003 5.5/3.5 "查看申报记录"), whoever filed it — the person, the unit, a
competent department or bureau above, a CE base — with the seed's filters: 认定结果 (the
claim's status), year, learning form, subject and unit.

Read under the named rule LIST_MEMBER_CLAIMS (whoever reviews, verifies, files or counts the
members' claims) and within the principal's scope (domain.scope): the claims of people whose
unit the scope reaches. Drafts are the person's own until submitted and never listed here.
Newest first, paged by keyset on descending ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Subquery

from domain import rules
from domain.claims import handlers_by_claim
from domain.errors import DomainError
from domain.forms import FORMS
from domain.pagination import Page, PageRequest, fetch_newest_page
from domain.principal import Principal
from domain.scope import organisations_in
from models import Claim, OrganisationClosure, Professional
from models.enums import ClaimStatus, Subject

MAX_NAME = 64
LISTED = tuple(s for s in ClaimStatus if s != ClaimStatus.DRAFT)


@dataclass(frozen=True)
class MemberClaimFilter:
    statuses: tuple[ClaimStatus, ...] = ()
    year: int | None = None
    form: str | None = None
    subject: Subject | None = None
    organisation_id: int | None = None
    # with organisation_id: its units below too (branches)
    include_subunits: bool = True
    name_contains: str | None = None
    # true: filed by an organisation (代报、报送), false: the person's own, None: both
    filed_by_organisation: bool | None = None


def _filtered(principal: Principal, criteria: MemberClaimFilter) -> Any:
    rules.LIST_MEMBER_CLAIMS.check(principal)
    queryset = organisations_in(principal.scope, Claim.all(), field="professional__organisation_id")
    asked = [s for s in dict.fromkeys(criteria.statuses) if s in LISTED]
    if criteria.statuses and not asked:
        return queryset.filter(id__in=[])  # drafts only: none are listed here
    # said as the statuses left out: an IN over the status index would make the planner read
    # every matching claim and sort them for one page (700 ms on 100,000 claims, SQLite);
    # NOT IN keeps the newest-first walk down the primary key, stopping at the page's end
    queryset = queryset.exclude(status__in=[s for s in ClaimStatus if s not in (asked or LISTED)])
    if criteria.year is not None:
        queryset = queryset.filter(year=criteria.year)
    if criteria.form:
        if criteria.form not in FORMS:
            raise DomainError("UNKNOWN_FORM", "没有这种学习形式", "form")
        queryset = queryset.filter(form=criteria.form)
    if criteria.subject is not None:
        queryset = queryset.filter(subject=criteria.subject)
    if criteria.organisation_id is not None:
        if criteria.include_subunits:
            units = Subquery(
                OrganisationClosure.filter(ancestor_id=criteria.organisation_id).values(
                    "descendant_id"
                )
            )
            queryset = queryset.filter(professional__organisation_id__in=units)
        else:
            queryset = queryset.filter(professional__organisation_id=criteria.organisation_id)
    name = (criteria.name_contains or "").strip()
    if name:
        if len(name) > MAX_NAME:
            raise DomainError("NAME_TOO_LONG", f"姓名最多{MAX_NAME}个字符", "nameContains")
        people = Professional.filter(account__name__icontains=name).values("id")
        queryset = queryset.filter(professional_id__in=Subquery(people))
    if criteria.filed_by_organisation is not None:
        queryset = queryset.filter(
            filed_by_organisation_id__isnull=not criteria.filed_by_organisation
        )
    return queryset


async def member_claims(
    principal: Principal, criteria: MemberClaimFilter, request: PageRequest
) -> Page[dict]:
    """One page of the members' claims, newest first; each row names the person, the unit,
    who filed it (None: the person) and who holds it now (当前处理人)."""
    page = await fetch_newest_page(
        _filtered(principal, criteria),
        request,
        "year",
        "subject",
        "form",
        "requested_hours",
        "recognised_hours",
        "status",
        "submitted_at",
        # _filtered is made from the scope and the criteria alone (domain/statements.py)
        built_from=("member claims", principal.scope, criteria),
        name="professional__account__name",
        id_number="professional__account__id_number",
        unit="professional__organisation__name",
        filed_by="filed_by_organisation__name",
    )
    handlers = await handlers_by_claim([row["id"] for row in page.rows])
    for row in page.rows:
        row["current_handler"] = handlers.get(row["id"])
    return page
