from __future__ import annotations

from typing import Any

import strawberry

from schema.context import Info
from schema.enums import RegionLevel
from schema.projection import Column, Projection, Related


@strawberry.type(description="行政区划（GB/T 2260）")
class Region:
    code: str = strawberry.field(description="行政区划代码")
    name: str = strawberry.field(description="名称")
    level: RegionLevel = strawberry.field(description="级别")
    parent_code: str | None = strawberry.field(description="上级区划代码")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Region:
        return cls(
            code=row["code"], name=row["name"], level=row["level"], parent_code=row["parent_id"]
        )

    @strawberry.field(description="上级区划")
    async def parent(self, info: Info) -> Region | None:
        if self.parent_code is None:
            return None
        row = await info.context.loaders.region_by_code.load(self.parent_code)
        return Region.from_row(row) if row else None


async def region_for(info: Info, code: str | None) -> Region | None:
    if code is None:
        return None
    row = await info.context.loaders.region_by_code.load(code)
    return Region.from_row(row) if row else None


REGION_PROJECTION: Projection = Projection(
    "Region",
    {
        "code": Column("code"),
        "name": Column("name"),
        "level": Column("level"),
        "parentCode": Column("parent_id"),
        "parent": Related(
            "parent_id", lambda c: c.loaders.region_by_code, lambda: REGION_PROJECTION, "code"
        ),
    },
)
