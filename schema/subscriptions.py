from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from domain import events
from domain import organisations as orgs
from resolvers.context import Info
from resolvers.ids import parse_id
from schema.limits import subscription_slot
from schema.permissions import ADMIN_KINDS, allow
from schema.types.organisations import Organisation


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="某机构树下新增的机构（实时推送）", extensions=allow(*ADMIN_KINDS)
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
