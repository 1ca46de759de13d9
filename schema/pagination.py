"""Relay-style connections with opaque cursors and an on-demand totalCount."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry

from domain.errors import DomainError
from domain.pagination import DEFAULT_PAGE_SIZE, MAX_ROW_ID, Page, PageRequest
from schema.projection import EdgesPlan

Node = TypeVar("Node")
_PREFIX = "cursor:"


def encode_cursor(row_id: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{row_id}".encode()).decode()


def decode_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        digits = text[len(_PREFIX) :]
        if text.startswith(_PREFIX) and digits.isascii() and digits.isdigit():
            row_id = int(digits)
            if row_id <= MAX_ROW_ID:
                return row_id
    except (binascii.Error, UnicodeError, ValueError):
        pass
    raise DomainError("INVALID_CURSOR", "分页游标无效，请从第一页重新查询", "after")


def page_request(info: Any, first: int | None, after: str | None) -> PageRequest:
    """The page a list argument asks for, bounded by the server's maximum page size."""
    limit = info.context.max_page_size
    size = min(DEFAULT_PAGE_SIZE, limit) if first is None else first
    if not 0 <= size <= limit:
        raise DomainError("PAGE_SIZE_OUT_OF_RANGE", f"每页条数应在0到{limit}之间", "first")
    return PageRequest(first=size, after_id=decode_cursor(after))


@strawberry.type(description="分页信息")
class PageInfo:
    has_next_page: bool = strawberry.field(description="是否有下一页")
    has_previous_page: bool = strawberry.field(description="是否有上一页")
    start_cursor: str | None = strawberry.field(description="本页第一条的游标")
    end_cursor: str | None = strawberry.field(description="本页最后一条的游标，传给 after 取下一页")


@strawberry.type
class Edge(Generic[Node]):
    cursor: str
    node: Node


@strawberry.type
class Connection(Generic[Node]):
    edges: list[Edge[Node]]
    page_info: PageInfo
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="符合条件的总条数（仅在选择时计算）")
    async def total_count(self) -> int:
        return await self._count()


def connection(page: Page[dict], nodes: Sequence[Node]) -> Connection[Node]:
    cursors = [encode_cursor(row["id"]) for row in page.rows]
    return Connection(
        edges=[Edge(cursor=c, node=n) for c, n in zip(cursors, nodes, strict=True)],
        page_info=_page_info(page, cursors),
        _count=page.count,
    )


async def projected_connection(page: Page[dict], plan: EdgesPlan, context: Any) -> Connection[Any]:
    """A connection whose edges are built straight from the page's rows (see projection)."""
    cursors = [encode_cursor(row["id"]) for row in page.rows]
    edges: Any = await plan.render(context, page.rows, cursors)
    return Connection(
        edges=edges,
        page_info=_page_info(page, cursors),
        _count=page.count,
    )


def _page_info(page: Page[dict], cursors: Sequence[str]) -> PageInfo:
    return PageInfo(
        has_next_page=page.has_next_page,
        has_previous_page=page.has_previous_page,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )
