"""待办事项: how many reviews wait for the acting organisation, by kind."""

from __future__ import annotations

import strawberry

from models import enums as stored
from schema.enums import ReviewKind


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
