"""The floor of the http-floor bench: a bare Starlette app under the same uvicorn, answering
POST /graphql with a fixed JSON document (the authenticated viewer answer, given in the
BARE_ANSWER environment variable). It reads the body, as any endpoint must, and does nothing
else: no GraphQL, no database, no middleware. `uvicorn --factory bench.bare:app_factory`."""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def app_factory() -> Starlette:
    answer = os.environ.get("BARE_ANSWER", '{"data":{"__typename":"Query"}}').encode()

    async def graphql(request: Request) -> Response:
        await request.body()
        return Response(answer, media_type="application/json")

    async def healthz(request: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    return Starlette(
        routes=[Route("/graphql", graphql, methods=["POST"]), Route("/healthz", healthz)]
    )
