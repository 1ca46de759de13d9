"""Organisations: browse within scope, the public directory, regions, units added live."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry

from domain import events, rules
from domain import organisations as orgs
from domain.regions import region_rows
from models import Organisation as StoredOrganisation
from models import Region as StoredRegion
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import OrgKind, OrgStatus, stored_values
from schema.input_limits import CREDIT_CODE, column
from schema.limits import subscription_slot
from schema.pagination import Connection, connection, page_request, projected_connection
from schema.permissions import allow, public
from schema.projection import plan_edges, single_edges_field
from schema.types.organisations import ORGANISATION_PROJECTION, DirectoryEntry, Organisation
from schema.types.regions import Region


@strawberry.input(description="机构查询条件")
class OrganisationFilter:
    name_contains: str | None = strawberry.field(
        default=None, description="名称包含", directives=[column(StoredOrganisation, "name")]
    )
    kinds: list[OrgKind] | None = strawberry.field(default=None, description="机构类型")
    statuses: list[OrgStatus] | None = strawberry.field(default=None, description="状态")
    region_code: str | None = strawberry.field(
        default=None, description="注册所在地区划代码", directives=[column(StoredRegion, "code")]
    )
    within_id: strawberry.ID | None = strawberry.field(
        default=None, description="只查该机构及其全部下级"
    )
    credit_code: str | None = strawberry.field(
        default=None, description="统一社会信用代码", directives=[CREDIT_CODE]
    )


async def organisation(
    info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="机构编号")]
) -> Organisation:
    row = await orgs.access_organisation(info.context.principal.scope, parse_id(id, "id"))
    return Organisation.from_row(row)


async def organisations(
    info: Info,
    filter: OrganisationFilter | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[Organisation]:
    given = filter or OrganisationFilter()
    criteria = orgs.OrganisationFilter(
        name_contains=given.name_contains,
        kinds=stored_values(given.kinds, stored.OrgKind),
        statuses=stored_values(given.statuses, stored.OrgStatus),
        region_code=given.region_code,
        within_id=parse_id(given.within_id, "filter.withinId") if given.within_id else None,
        credit_code=given.credit_code,
    )
    page = await orgs.list_organisations(
        info.context.principal.scope, criteria, page_request(info, first, after)
    )
    plan = plan_edges(single_edges_field(info.selected_fields), ORGANISATION_PROJECTION)
    if plan is not None:
        return await projected_connection(page, plan, info.context)
    return connection(page, [Organisation.from_row(row) for row in page.rows])


async def organisation_directory(
    info: Info,
    name_contains: Annotated[
        str | None,
        strawberry.argument(
            description="名称包含", directives=[column(StoredOrganisation, "name")]
        ),
    ] = None,
    kinds: Annotated[list[OrgKind] | None, strawberry.argument(description="机构类型")] = None,
) -> list[DirectoryEntry]:
    rows = await orgs.directory(name_contains, list(stored_values(kinds, stored.OrgKind)))
    return [
        DirectoryEntry(
            id=strawberry.ID(str(row["id"])), name=row["name"], kind=OrgKind[row["kind"]]
        )
        for row in rows
    ]


async def regions(
    info: Info,
    parent_code: Annotated[
        str | None,
        strawberry.argument(
            description="上级区划代码（不填为省级）", directives=[column(StoredRegion, "code")]
        ),
    ] = None,
) -> list[Region]:
    return [Region.from_row(row) for row in await region_rows(parent_code)]


@strawberry.type
class OrganisationQueries:
    organisation: Organisation = strawberry.field(
        resolver=organisation,
        extensions=allow(rules.BROWSE_ORGANISATIONS),
        description="按编号查询机构",
    )
    organisations: Connection[Organisation] = strawberry.field(
        resolver=organisations,
        extensions=allow(rules.BROWSE_ORGANISATIONS),
        description="机构列表",
    )
    organisation_directory: list[DirectoryEntry] = strawberry.field(
        resolver=organisation_directory,
        extensions=public(),
        description="机构目录：按名称查找正常状态的机构（最多50个），用于选择上级单位、调入单位",
    )
    regions: list[Region] = strawberry.field(
        resolver=regions,
        extensions=public(),
        description="行政区划；不给上级代码时返回顶层",
    )


@strawberry.type
class OrganisationSubscriptions:
    @strawberry.subscription(
        description="某机构树下新增的机构（实时推送）",
        extensions=allow(rules.BROWSE_ORGANISATIONS),
    )
    async def organisation_added(
        self, info: Info, within_id: strawberry.ID
    ) -> AsyncGenerator[Organisation, None]:
        # take the slot before the first await, so concurrent subscribes count in order
        async with subscription_slot(info.context):
            scope = info.context.principal.scope
            root = await orgs.access_organisation(scope, parse_id(within_id, "withinId"))
            async with events.current_broker().subscribe(orgs.ORGANISATION_ADDED) as stream:
                async for event in stream:
                    if root["id"] in event["ancestorIds"]:
                        rows = await orgs.organisation_rows([event["id"]])
                        if event["id"] in rows:
                            yield Organisation.from_row(rows[event["id"]])
