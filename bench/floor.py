"""The floor: one hand-written SQL query giving the same answer, through a bare driver.

Two ways each: the database builds the whole JSON document (json_agg / json_group_array, as
PostGraphile does), or plain rows come back and Python assembles and serialises the same
document. Each returns the GraphQL response text our API would send for the list query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from bench.dataset import asyncpg_url

FloorCall = Callable[[int], Awaitable[str]]

# professional → account → employer → employer's parent, in id order
ROWS_SQL = """
SELECT p.id, a.name, a.id_number, p.title_series, p.title_grade,
       o.id AS org_id, o.name AS org_name, q.id AS parent_id, q.name AS parent_name
FROM professional p
JOIN account a ON a.id = p.account_id
LEFT JOIN organisation o ON o.id = p.organisation_id
LEFT JOIN organisation q ON q.id = o.parent_id
ORDER BY p.id
LIMIT {limit}
"""

PG_JSON_SQL = """
SELECT json_build_object('data', json_build_object('persons', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', json_build_object(
    'id', t.id::text, 'name', t.name, 'idNumber', t.id_number,
    'titleSeries', t.title_series, 'titleGrade', t.title_grade,
    'organisation', CASE WHEN t.org_id IS NULL THEN NULL ELSE json_build_object(
      'id', t.org_id::text, 'name', t.org_name,
      'parent', CASE WHEN t.parent_id IS NULL THEN NULL ELSE json_build_object(
        'id', t.parent_id::text, 'name', t.parent_name) END) END
  )) ORDER BY t.id), '[]'::json))))::text
FROM ({rows}) t
"""

# SQLite 3.40 has no ORDER BY inside aggregates: json_group_array keeps the subquery's
# order in practice, and the bench checks the answer before timing it
SQLITE_JSON_SQL = """
SELECT json_object('data', json_object('persons', json_object('edges',
  json_group_array(json_object('node', json_object(
    'id', CAST(t.id AS TEXT), 'name', t.name, 'idNumber', t.id_number,
    'titleSeries', t.title_series, 'titleGrade', t.title_grade,
    'organisation', CASE WHEN t.org_id IS NULL THEN NULL ELSE json_object(
      'id', CAST(t.org_id AS TEXT), 'name', t.org_name,
      'parent', CASE WHEN t.parent_id IS NULL THEN NULL ELSE json_object(
        'id', CAST(t.parent_id AS TEXT), 'name', t.parent_name) END) END
  ))))))
FROM ({rows}) t
"""


def assemble(rows: Sequence[Sequence[Any]]) -> str:
    """The GraphQL response document built from plain rows in Python."""
    edges = [
        {"node": {
            "id": str(r[0]), "name": r[1], "idNumber": r[2], "titleSeries": r[3],
            "titleGrade": r[4],
            "organisation": None if r[5] is None else {
                "id": str(r[5]), "name": r[6],
                "parent": None if r[7] is None else {"id": str(r[7]), "name": r[8]},
            },
        }}
        for r in rows
    ]  # fmt: skip
    return json.dumps({"data": {"persons": {"edges": edges}}})


@asynccontextmanager
async def open_floor(dialect: str, database_url: str) -> AsyncIterator[dict[str, FloorCall]]:
    """The floor's ways of answering, by label, over one connection each."""
    opener = _postgres if dialect == "postgres" else _sqlite
    async with opener(database_url) as calls:
        yield calls


@asynccontextmanager
async def _postgres(database_url: str) -> AsyncIterator[dict[str, FloorCall]]:
    import asyncpg

    conn = await asyncpg.connect(asyncpg_url(database_url))

    # The page size goes in as a literal. As a parameter, PostgreSQL re-plans the join on
    # every execution (custom plans: +0.5 ms), or its generic plan ignores the LIMIT and
    # hash-joins whole tables (20 ms). asyncpg prepares each text once and reuses it.
    def rows_sql(n: int) -> str:
        return ROWS_SQL.format(limit=int(n))

    async def json_in_sql(n: int) -> str:
        return str(await conn.fetchval(PG_JSON_SQL.format(rows=rows_sql(n))))

    async def rows_in_python(n: int) -> str:
        return assemble(await conn.fetch(rows_sql(n)))

    try:
        yield {
            "floor: json_agg SQL (asyncpg)": json_in_sql,
            "floor: rows + Python (asyncpg)": rows_in_python,
        }
    finally:
        await conn.close()


@asynccontextmanager
async def _sqlite(database_url: str) -> AsyncIterator[dict[str, FloorCall]]:
    conn = sqlite3.connect(database_url.removeprefix("sqlite://"))
    rows_sql = ROWS_SQL.format(limit="?")
    json_sql = SQLITE_JSON_SQL.format(rows=rows_sql)

    async def json_in_sql(n: int) -> str:
        return str(conn.execute(json_sql, (n,)).fetchone()[0])

    async def rows_in_python(n: int) -> str:
        return assemble(conn.execute(rows_sql, (n,)).fetchall())

    try:
        yield {
            "floor: json_group_array SQL (sqlite3)": json_in_sql,
            "floor: rows + Python (sqlite3)": rows_in_python,
        }
    finally:
        conn.close()
