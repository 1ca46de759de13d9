"""Professionals as a searchable list: basic search by name, ID number and unit."""

from __future__ import annotations

from dataclasses import dataclass

from domain.identity import normalise_resident_id
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, organisations_in, subtree_filter
from models import Professional

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


async def list_persons(
    scope: Scope, criteria: PersonFilter, request: PageRequest, columns: set[str]
) -> Page[dict]:
    queryset = organisations_in(scope, Professional.all(), field="organisation_id")
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
    wanted = {name: PERSON_COLUMNS[name] for name in columns if name in PERSON_COLUMNS}
    return await fetch_page(queryset, request, **wanted)
