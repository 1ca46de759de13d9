"""Administrative regions (GB/T 2260)."""

from __future__ import annotations

from typing import Any

from models import Region


async def region_rows(parent_code: str | None) -> list[dict[str, Any]]:
    queryset = (
        Region.filter(parent_id=parent_code) if parent_code else Region.filter(parent_id=None)
    )
    return await queryset.order_by("code").values("code", "name", "level", "parent_id")


async def regions_by_code(codes: list[str]) -> dict[str, dict[str, Any]]:
    rows = await Region.filter(code__in=codes).values("code", "name", "level", "parent_id")
    return {row["code"]: row for row in rows}
