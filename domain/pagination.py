"""Keyset pagination over ascending ids: stable under inserts, cheap at any depth."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from domain import statements
from domain.errors import DomainError

Row = TypeVar("Row")

DEFAULT_PAGE_SIZE = 50
# the domain's hard ceiling; the API narrows it further (settings.max_page_size)
MAX_PAGE_SIZE = 1000
# ids are INTEGER columns (the audit log's BIGINT is not near it): an id or a cursor past it
# names no row, and PostgreSQL refuses to even compare one with the column
MAX_ROW_ID = 2**31 - 1


@dataclass(frozen=True)
class PageRequest:
    first: int = DEFAULT_PAGE_SIZE
    after_id: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.first <= MAX_PAGE_SIZE:
            raise DomainError(
                "PAGE_SIZE_OUT_OF_RANGE", f"每页条数应在0到{MAX_PAGE_SIZE}之间", "first"
            )


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: list[Row]
    has_next_page: bool
    has_previous_page: bool
    # counting is a second query: run only when a client asks for totalCount
    count: Callable[[], Awaitable[int]]


async def fetch_page(
    queryset: Any,
    request: PageRequest,
    *values: str,
    built_from: Hashable | None = None,
    **named: str,
) -> Page[dict]:
    """One page of `queryset` as dicts of the given columns, ordered by id.

    `queryset` is a Tortoise QuerySet; rows come from `.values()` so no model object is built.
    `built_from`: the values the queryset is a function of, alone (domain/statements.py):
    given, the page's and the count's statements are kept under them.
    """
    return await _page(queryset, request, values, named, built_from, newest_first=False)


async def fetch_newest_page(
    queryset: Any,
    request: PageRequest,
    *values: str,
    built_from: Hashable | None = None,
    **named: str,
) -> Page[dict]:
    """The same, newest (highest id) first: the cursor points down."""
    return await _page(queryset, request, values, named, built_from, newest_first=True)


async def _page(
    queryset: Any,
    request: PageRequest,
    values: tuple[str, ...],
    named: dict[str, str],
    built_from: Hashable | None,
    *,
    newest_first: bool,
) -> Page[dict]:
    def page_query() -> Any:
        page_qs = queryset
        if request.after_id is not None:
            after = {"id__lt" if newest_first else "id__gt": request.after_id}
            page_qs = page_qs.filter(**after)
        ordered = page_qs.order_by("-id" if newest_first else "id")
        return ordered.limit(request.first + 1).values("id", *values, **named)

    page_key = None
    if built_from is not None:
        page_key = (built_from, newest_first, request, values, tuple(sorted(named.items())))
    rows = await statements.values(page_key, page_query)

    async def count() -> int:
        return await statements.count(built_from, queryset.count)

    return Page(
        rows=rows[: request.first],
        has_next_page=len(rows) > request.first,
        has_previous_page=request.after_id is not None,
        count=count,
    )
