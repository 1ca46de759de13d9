"""The floors of the http-floor bench: small Starlette apps under the same uvicorn, each doing
only part of what jijiao does for a request, so its figures can be read against what the
stack itself costs. `uvicorn --factory bench.bare:app_factory`, BARE_MODE choosing:

- `answer` (bare Starlette): reads the body and answers a fixed JSON document (BARE_ANSWER,
  the authenticated viewer's answer): no GraphQL, no database, no middleware;
- `graphql-core`: decodes the body and executes `{ __typename }` with graphql-core on a
  one-type schema, the document parsed once: the floor of any server built on graphql-core
  for the anonymous way, with no validation, no middleware, no context;
- `principal`: decodes the body and reads the session's principal by jijiao's own statement
  (domain.sessions.PRINCIPAL_SQL) for the bearer token, as jijiao does (SQLite: a read-only
  connection in the loop's thread; PostgreSQL: an asyncpg pool), then answers the viewer's
  name and kind from the row: what signing a request in costs, before any GraphQL;
- `principal+graphql-core`: both, the viewer executed by graphql-core through one async
  resolver returning the row: the floor of an authenticated GraphQL request on this stack.

DATABASE_URL names the bench's dataset for the modes that read the principal.
"""

from __future__ import annotations

import os
import pathlib
import sqlite3
from typing import Any

import orjson
from graphql import build_schema, execute, parse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

MODES = ("answer", "graphql-core", "principal", "principal+graphql-core")

_SCHEMA = build_schema("type Query { viewer: Viewer } type Viewer { name: String kind: String }")
_ANONYMOUS = parse("{ __typename }")
_VIEWER = parse("{ viewer { name kind } }")


async def _viewer(_root: Any, info: Any) -> dict[str, Any]:
    row = info.context
    return {"name": row["account_name"], "kind": row["kind"]}


_SCHEMA.query_type.fields["viewer"].resolve = _viewer
_SCHEMA.get_type("Viewer").fields["name"].resolve = lambda row, _info: row["name"]  # type: ignore[union-attr]
_SCHEMA.get_type("Viewer").fields["kind"].resolve = lambda row, _info: row["kind"]  # type: ignore[union-attr]


async def _executed(document: Any, context: Any = None) -> dict[str, Any]:
    result = execute(_SCHEMA, document, context_value=context)
    if not isinstance(result, dict) and hasattr(result, "__await__"):
        result = await result
    return {"data": result.data}


class _PrincipalReader:
    """jijiao's principal statement for a bearer token, run the way jijiao runs it."""

    def __init__(self, database_url: str) -> None:
        from domain.sessions import PRINCIPAL_SQL

        self.url = database_url
        self.sql = PRINCIPAL_SQL
        self.sqlite: sqlite3.Connection | None = None
        self.pool: Any = None
        if database_url.startswith("sqlite://"):
            path = pathlib.Path(database_url.removeprefix("sqlite://")).resolve()
            self.sqlite = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, isolation_level=None, timeout=0
            )
            self.sqlite.row_factory = sqlite3.Row
        else:
            from domain.sql import numbered

            self.sql = numbered(PRINCIPAL_SQL)

    async def row(self, request: Request) -> dict[str, Any]:
        from domain.sessions import token_hash

        token = (request.headers.get("authorization") or "").removeprefix("Bearer ")
        values = [token_hash(token)]
        if self.sqlite is not None:
            found = self.sqlite.execute(self.sql, values).fetchone()
        else:
            if self.pool is None:
                import asyncpg

                from bench.dataset import asyncpg_url

                self.pool = await asyncpg.create_pool(asyncpg_url(self.url), min_size=1)
            found = await self.pool.fetchrow(self.sql, *values)
        if found is None:
            raise LookupError("no session for this token")
        return dict(found)


def app_factory() -> Starlette:
    mode = os.environ.get("BARE_MODE", "answer")
    if mode not in MODES:
        raise SystemExit(f"BARE_MODE must be one of {', '.join(MODES)}")
    answer = os.environ.get("BARE_ANSWER", '{"data":{"__typename":"Query"}}').encode()
    reader = _PrincipalReader(os.environ["DATABASE_URL"]) if "principal" in mode else None

    async def graphql(request: Request) -> Response:
        body = await request.body()
        if mode == "answer":
            return Response(answer, media_type="application/json")
        orjson.loads(body)
        if mode == "graphql-core":
            document = await _executed(_ANONYMOUS)
        else:
            assert reader is not None
            row = await reader.row(request)
            if mode == "principal":
                viewer = {"name": row["account_name"], "kind": row["kind"]}
                document = {"data": {"viewer": viewer}}
            else:
                document = await _executed(_VIEWER, row)
        return Response(orjson.dumps(document), media_type="application/json")

    async def healthz(request: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    return Starlette(
        routes=[Route("/graphql", graphql, methods=["POST"]), Route("/healthz", healthz)]
    )
