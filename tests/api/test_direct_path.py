"""A plain JSON POST of one valid query or mutation is executed directly on graphql-core
(schema/direct.py); every other request goes through Strawberry's view. Both must answer
alike — the same data, the same typed errors, the same masking — whoever asks.

A body with a key of its own (`"x": 1`, which GraphQL over HTTP lets a server ignore) is left
to Strawberry's view, so each request here is sent both ways and the answers compared."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import LiveServer
from tests.server.test_operations import sql

# (query, variables, operationName)
REQUESTS: list[tuple[str, dict[str, Any] | None, str | None]] = [
    ("{ __typename }", None, None),
    ("{ viewer { name kind } }", None, None),
    # a page with the caller's rows and their units (loaders), and its count
    (
        "query($n: Int) { persons(first: $n) { totalCount edges { node {"
        " id name idNumber organisation { id name parent { id name } } } } } }",
        {"n": 3},
        None,
    ),
    # a field the caller's rule refuses: FORBIDDEN on that field, the rest answered
    ("{ viewer { name } auditLog(first: 1) { totalCount } }", None, None),
    # variables that do not coerce: refused before execution
    ("query($n: Int) { persons(first: $n) { totalCount } }", {"n": "many"}, None),
    # a domain refusal from a resolver (page size out of range)
    ("{ persons(first: 100000) { totalCount } }", None, None),
    # two operations, one chosen by name
    ("query A { __typename } query B { viewer { kind } }", None, "B"),
    # a mutation on a claim that is not the caller's (forged id): refused, nothing changed
    (
        "mutation($i: ClaimTargetInput!) { claimWithdraw(input: $i) {"
        " claim { id } errors { code } } }",
        {"i": {"id": "999999"}},
        None,
    ),
    # refused before execution whichever way: syntax, unknown field, no operation of that name
    ("{ viewer { ", None, None),
    ("{ noSuchField }", None, None),
    ("query A { __typename }", None, "Missing"),
]


async def _both_ways(
    live: LiveServer, query: str, variables: Any, name: str | None, token: str | None
) -> tuple[httpx.Response, httpx.Response]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body: dict[str, Any] = {"query": query, "variables": variables, "operationName": name}
    direct = await live.client.post("/graphql", json=body, headers=headers)
    through_view = await live.client.post("/graphql", json={**body, "x": 1}, headers=headers)
    return direct, through_view


def _comparable(response: httpx.Response) -> tuple[int, str, Any]:
    body = response.json()
    for error in body.get("errors") or []:
        # an incident id names the request: each request has its own
        (error.get("extensions") or {}).pop("incident", None)
    return response.status_code, response.headers["content-type"], body


@pytest.mark.parametrize("who", [None, "hospital1", "jinan", "professional"])
async def test_the_direct_path_answers_as_strawberrys_view(
    live: LiveServer, tokens: dict[str, str], who: str | None
) -> None:
    token = tokens[who] if who else None
    for query, variables, name in REQUESTS:
        direct, through_view = await _both_ways(live, query, variables, name, token)
        assert _comparable(direct) == _comparable(through_view), query


async def test_the_media_type_a_client_asks_for_is_kept_on_the_direct_path(
    live: LiveServer,
) -> None:
    accept = {"Accept": "application/graphql-response+json"}
    refused = {"query": "query($n: Int) { persons(first: $n) { totalCount } }",
               "variables": {"n": "many"}}  # fmt: skip
    for body in (refused, {**refused, "x": 1}):
        response = await live.client.post("/graphql", json=body, headers=accept)
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("application/graphql-response+json")
        assert "data" not in response.json()


async def test_an_unexpected_error_is_masked_on_the_direct_path(
    live: LiveServer, database_url: str
) -> None:
    await sql(database_url, "ALTER TABLE region RENAME TO region_gone")
    try:
        direct, through_view = await _both_ways(live, "{ regions { code } }", None, None, None)
    finally:
        await sql(database_url, "ALTER TABLE region_gone RENAME TO region")
    for response in (direct, through_view):
        error = response.json()["errors"][0]
        assert error["extensions"]["code"] == "INTERNAL_ERROR"
        assert error["extensions"]["incident"] == response.headers["x-request-id"]
        assert "region" not in error["message"]
    assert _comparable(direct) == _comparable(through_view)
