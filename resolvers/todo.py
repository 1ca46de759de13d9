"""待办事项: the live count of reviews waiting for the acting organisation."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from domain import rules, todo
from schema.assembly import share_renders
from schema.context import Info
from schema.limits import subscription_slot
from schema.permissions import allow
from schema.types.todo import TodoCounts


@strawberry.type
class TodoSubscriptions:
    @strawberry.subscription(
        description="待办事项数量：订阅时立即推送一次，此后任一数量变化时推送（跨进程）",
        extensions=allow(rules.ANY_ADMIN),
    )
    async def todo_counts(self, info: Info) -> AsyncGenerator[TodoCounts, None]:
        async with subscription_slot(info.context):
            async for view in todo.todo_counts(info.context.principal):
                # one TodoCounts per update and set of kinds, rendered once for all of the
                # organisation's subscribers asking the same selection: its fields are the
                # counts alone, the same whoever asks
                counts = view.renders.get(TodoCounts)
                if counts is None:
                    counts = view.renders[TodoCounts] = share_renders(TodoCounts.of(view.counts))
                yield counts
