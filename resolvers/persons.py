from __future__ import annotations

import strawberry

from domain import rules
from domain.persons import PersonFilter as DomainPersonFilter
from domain.persons import list_persons
from models import Account, PractisingQualification, Professional, Region
from resolvers.ids import parse_id
from resolvers.selection import selected_names
from schema.context import Info
from schema.enums import Education
from schema.input_limits import ID_NUMBER, column
from schema.pagination import Connection, connection, page_request, projected_connection
from schema.permissions import allow
from schema.projection import plan_edges, single_edges_field
from schema.types.persons import PERSON_PROJECTION, PERSON_RELATION_COLUMNS, Person


@strawberry.input(description="人员查询条件")
class PersonFilter:
    name: str | None = strawberry.field(
        default=None, description="姓名（前缀匹配）", directives=[column(Account, "name")]
    )
    id_number: str | None = strawberry.field(
        default=None, description="证件号码", directives=[ID_NUMBER]
    )
    organisation_id: strawberry.ID | None = strawberry.field(default=None, description="工作单位")
    include_subunits: bool = strawberry.field(default=False, description="包含下级单位")
    region_code: str | None = strawberry.field(
        default=None, description="地区代码（含下级地区）", directives=[column(Region, "code")]
    )
    competent_id: strawberry.ID | None = strawberry.field(
        default=None, description="主管部门（其下所有单位）"
    )
    certificate_no: str | None = strawberry.field(
        default=None,
        description="职称证书编号",
        directives=[column(Professional, "title_certificate_no")],
    )
    education: Education | None = strawberry.field(default=None, description="学历")
    title_series: str | None = strawberry.field(
        default=None, description="职称系列", directives=[column(Professional, "title_series")]
    )
    qualification: str | None = strawberry.field(
        default=None,
        description="职（执）业资格名称（包含）",
        directives=[column(PractisingQualification, "name")],
    )


async def persons(
    info: Info,
    filter: PersonFilter | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[Person]:
    given = filter or PersonFilter()
    criteria = DomainPersonFilter(
        name=given.name,
        id_number=given.id_number,
        organisation_id=(
            parse_id(given.organisation_id, "filter.organisationId")
            if given.organisation_id
            else None
        ),
        include_subunits=given.include_subunits,
        region_code=given.region_code,
        competent_id=(
            parse_id(given.competent_id, "filter.competentId") if given.competent_id else None
        ),
        certificate_no=given.certificate_no,
        education=given.education.value if given.education else None,
        title_series=given.title_series,
        qualification=given.qualification,
    )
    plan = plan_edges(single_edges_field(info.selected_fields), PERSON_PROJECTION)
    if plan is not None:
        columns = plan.columns()
    else:
        selected = selected_names(info, "edges", "node")
        columns = {PERSON_RELATION_COLUMNS.get(name, name) for name in selected}
    scope = info.context.principal.scope
    page = await list_persons(scope, criteria, page_request(info, first, after), columns)
    if plan is not None:
        return await projected_connection(page, plan, info.context)
    return connection(page, [Person.from_row(row) for row in page.rows])


@strawberry.type
class PersonQueries:
    persons: Connection[Person] = strawberry.field(
        resolver=persons,
        extensions=allow(rules.LIST_PERSONS),
        description=(
            "专业技术人员查询（已审核通过的在册人员；本机构及下级范围内，"
            "人社部门含本区域下所有单位）"
        ),
    )
