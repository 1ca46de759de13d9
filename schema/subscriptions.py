from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from domain import claim_updates, events, rules, todo
from domain import organisations as orgs
from domain.scope import own_records
from models import Claim
from models import enums as stored
from resolvers.context import Info
from resolvers.ids import parse_id
from schema.enums import ReviewKind
from schema.limits import subscription_slot
from schema.permissions import allow
from schema.types.claims import ClaimType
from schema.types.organisations import Organisation


@strawberry.type(description="一类待办事项的数量")
class TodoCount:
    kind: ReviewKind = strawberry.field(description="审核事项类型")
    label: str = strawberry.field(description="中文名称")
    count: int = strawberry.field(description="待处理数量")


@strawberry.type(description="待办事项：本机构待处理的各类审核数量")
class TodoCounts:
    items: list[TodoCount] = strawberry.field(description="各类数量（仅本角色权限内的类型）")
    total: int = strawberry.field(description="合计")

    @classmethod
    def of(cls, counts: dict[stored.ReviewKind, int]) -> TodoCounts:
        labels = stored.LABELS[stored.ReviewKind]
        return cls(
            items=[
                TodoCount(kind=kind.value, label=labels[kind.name], count=n)  # type: ignore[arg-type]
                for kind, n in counts.items()
            ],
            total=sum(counts.values()),
        )


@strawberry.type
class Subscription:
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

    @strawberry.subscription(
        description="待办事项数量：订阅时立即推送一次，此后任一数量变化时推送（跨进程）",
        extensions=allow(rules.ANY_ADMIN),
    )
    async def todo_counts(self, info: Info) -> AsyncGenerator[TodoCounts, None]:
        async with subscription_slot(info.context):
            async for counts in todo.todo_counts(info.context.principal):
                yield TodoCounts.of(counts)

    @strawberry.subscription(
        description="本人学时申报的状态变化（提交、审核、审验等）",
        extensions=allow(rules.OWN_RECORDS),
    )
    async def my_claim_updates(self, info: Info) -> AsyncGenerator[ClaimType, None]:
        async with subscription_slot(info.context):
            scope = info.context.principal.scope
            assert scope.professional_id is not None
            async for ids in claim_updates.changed_claims(scope.professional_id):
                for claim in await own_records(scope, Claim.filter(id__in=ids)):
                    yield ClaimType.from_model(claim)
