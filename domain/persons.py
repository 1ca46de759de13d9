"""Members as a searchable list: by name, ID number, unit, and the filters of seed
003's 专技人员信息查询 (region, competent department, certificate, education, title series,
qualification)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Subquery

from domain.identity import normalise_resident_id
from domain.membership import for_region, members, of_region, reach
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, organisations_in, subtree_filter
from models import PractisingQualification, Professional

# GraphQL-facing column names → ORM lookups; the read path fetches only what is selected
PERSON_COLUMNS: dict[str, str] = {
    "account_id": "account_id",
    "name": "account__name",
    "id_number": "account__id_number",
    "id_type": "account__id_type",
    "phone": "account__phone",
    "email": "account__email",
    "organisation_id": "organisation_id",
    "department_id": "department_id",
    "region_id": "region_id",
    "status": "status",
    "sex": "sex",
    "birth_date": "birth_date",
    "education": "education",
    "degree": "degree",
    "title_series": "title_series",
    "title_specialty": "title_specialty",
    "title_qualification": "title_qualification",
    "title_grade": "title_grade",
    "title_effective_date": "title_effective_date",
    "title_certificate_no": "title_certificate_no",
}


@dataclass(frozen=True)
class PersonFilter:
    name: str | None = None
    id_number: str | None = None
    organisation_id: int | None = None
    include_subunits: bool = False
    # seed 003's 专技人员信息查询 filters
    region_code: str | None = None
    competent_id: int | None = None
    certificate_no: str | None = None
    education: str | None = None
    title_series: str | None = None
    qualification: str | None = None


async def list_persons(
    scope: Scope, criteria: PersonFilter, request: PageRequest, columns: set[str]
) -> Page[dict]:
    # 专技人员信息查询 lists members (domain.membership), as every statistic counts them
    reached = await reach(scope)
    if criteria.region_code:  # the region filter below then bounds what the scope would
        reached = for_region(reached, criteria.region_code)
    queryset = organisations_in(reached, members(Professional.all()), field="organisation_id")
    if criteria.name:
        queryset = queryset.filter(account__name__startswith=criteria.name.strip())
    if criteria.id_number:
        queryset = queryset.filter(account__id_number=normalise_resident_id(criteria.id_number))
    if criteria.organisation_id is not None:
        if criteria.include_subunits:
            queryset = queryset.filter(
                subtree_filter(criteria.organisation_id, field="organisation_id")
            )
        else:
            queryset = queryset.filter(organisation_id=criteria.organisation_id)
    if criteria.region_code:
        queryset = queryset.filter(of_region(criteria.region_code))
    if criteria.competent_id is not None:
        queryset = queryset.filter(subtree_filter(criteria.competent_id, field="organisation_id"))
    if criteria.certificate_no:
        queryset = queryset.filter(title_certificate_no=criteria.certificate_no.strip())
    if criteria.education:
        queryset = queryset.filter(education=criteria.education)
    if criteria.title_series:
        queryset = queryset.filter(title_series=criteria.title_series.strip())
    if criteria.qualification:
        holders = PractisingQualification.filter(
            name__contains=criteria.qualification.strip()
        ).values("professional_id")
        queryset = queryset.filter(id__in=Subquery(holders))
    wanted = {name: PERSON_COLUMNS[name] for name in columns if name in PERSON_COLUMNS}
    # the queryset above is made from the reached scope and the criteria alone
    return await fetch_page(queryset, request, built_from=("persons", reached, criteria), **wanted)
