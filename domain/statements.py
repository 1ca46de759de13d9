"""Statements the ORM built, kept by what they were built from.

Building a page's SELECT and its COUNT through Tortoise (resolving filters, joins, then
pypika rendering the text) cost about half of a portal screen's CPU (bench http-floor's
portal screen, ~1 ms on SQLite), more than running them. A list whose queryset is a function
of a few hashable values alone — its reached scope, its filter, the page asked for — gives
those values as `built_from`; the statement text, its parameters and the column conversions
are then kept under them, and the same list asked again runs the kept statement.

What is kept is the statement, never its rows: the database answers each time. The one rule
for a caller: the queryset must depend on `built_from` and nothing else — no clock, no value
read from the database that is not itself in `built_from` (domain.membership.reach's units
are: they are part of the reached scope). Kept per SQL dialect (the text is the same for
every database of one dialect; each run goes to the connection of the moment, a
transaction's included), bounded.

A test runs lists both ways and compares the answers (tests/domain/test_statements.py).
"""

from __future__ import annotations

import types
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from tortoise import connections

# tests switch this off to compare every answer with a statement built afresh
ENABLED = True
STATEMENT_CACHE_SIZE = 512


@dataclass(frozen=True)
class _Kept:
    sql: str
    params: list[Any]
    # values: (alias, conversion) as Tortoise's ValuesQuery applies them; count: its bounds
    columns: list[tuple[str, Callable[[Any], Any]]]
    offset: int = 0
    limit: int | None = None


_kept: OrderedDict[Hashable, _Kept] = OrderedDict()


def _find(key: Hashable) -> _Kept | None:
    kept = _kept.get(key)
    if kept is not None:
        _kept.move_to_end(key)
    return kept


def _keep(key: Hashable, kept: _Kept) -> None:
    _kept[key] = kept
    if len(_kept) > STATEMENT_CACHE_SIZE:
        _kept.popitem(last=False)


def _values_statement(query: Any) -> _Kept:
    """What awaiting a ValuesQuery would run (tortoise.queryset.ValuesQuery.__await__ and
    _execute), taken apart so it can be run again."""
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, params = query.query.get_parameterized_sql()
    conversions = [
        (alias, query.resolve_to_python_value(query.model, field))
        for alias, field in query._fields_for_select.items()
    ]
    # as Tortoise does: a plain function there is its "leave the value as read"
    columns = [pair for pair in conversions if not isinstance(pair[1], types.LambdaType)]
    return _Kept(sql, list(params), columns)


def _count_statement(query: Any) -> _Kept:
    """The same for a CountQuery (tortoise.queryset.CountQuery)."""
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, params = query.query.get_parameterized_sql()
    return _Kept(sql, list(params), [], query._offset or 0, query._limit)


def _kept_statement(
    kind: str, built_from: Hashable, build: Callable[[], Any], take_apart: Callable[[Any], _Kept]
) -> tuple[Any, _Kept]:
    """The connection of the moment and the statement kept under `built_from`, built by
    `build()` and taken apart the first time it is asked for."""
    client = connections.get("default")
    key = (kind, client.capabilities.dialect, built_from)
    kept = _find(key)
    if kept is None:
        kept = take_apart(build())
        _keep(key, kept)
    return client, kept


async def values(built_from: Hashable | None, build: Callable[[], Any]) -> list[dict[str, Any]]:
    """The rows of the ValuesQuery `build()` makes, its statement kept under `built_from`."""
    if built_from is None or not ENABLED:
        return list(await build())
    client, kept = _kept_statement("values", built_from, build, _values_statement)
    rows = list(await client.execute_query_dict(kept.sql, list(kept.params)))
    for row in rows:
        for alias, convert in kept.columns:
            row[alias] = convert(row[alias])
    return rows


async def count(built_from: Hashable | None, build: Callable[[], Any]) -> int:
    """The number the CountQuery `build()` makes answers, its statement kept likewise."""
    if built_from is None or not ENABLED:
        return int(await build())
    client, kept = _kept_statement("count", built_from, build, _count_statement)
    _, result = await client.execute_query(kept.sql, list(kept.params))
    if not result:
        return 0
    total = max(0, next(iter(dict(result[0]).values())) - kept.offset)
    return kept.limit if kept.limit is not None and total > kept.limit else total
