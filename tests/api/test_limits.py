"""Every request is bounded: size, tokens, depth, aliases, directives, page size, time,
subscriptions per connection; no batching, no field suggestions."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path
from typing import Any

import websockets

from schema.limits import MAX_SUBSCRIPTIONS_PER_CONNECTION
from tests.conftest import LiveServer, serve, settings_for


def code(body: dict[str, Any]) -> str:
    return body["errors"][0]["extensions"]["code"]


async def test_aliases_are_counted_through_fragments(live: LiveServer) -> None:
    fifteen = " ".join(f"a{i}: regions {{ code }}" for i in range(15))
    assert "errors" not in await live.gql("{ " + fifteen + " }")
    via_fragment = "{ ...F a15: regions { code } } fragment F on Query { " + fifteen + " }"
    assert code(await live.gql(via_fragment)) == "GRAPHQL_VALIDATION_FAILED"


async def test_depth_is_at_most_ten(live: LiveServer, tokens: dict[str, str]) -> None:
    def nested(levels: int) -> str:
        inner = "name"
        for _ in range(levels):
            inner = f"parent {{ {inner} }}"
        return "{ organisations { edges { node { " + inner + " } } } }"

    admin = tokens["jinan"]
    assert "errors" not in await live.gql(nested(6), token=admin)
    assert code(await live.gql(nested(8), token=admin)) == "GRAPHQL_VALIDATION_FAILED"


async def test_directives_query_size_and_page_size(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    many = " ".join(f"a{i}: regions @include(if: true) {{ code }}" for i in range(11))
    many += " " + " ".join(f"b{i}: regions @skip(if: false) {{ code }}" for i in range(11))
    body = await live.gql("{ " + many + " }")
    assert any(e["extensions"]["code"] == "TOO_MANY_DIRECTIVES" for e in body["errors"])
    huge = "{ regions { code } }" + " " * 20_001
    assert code(await live.gql(huge)) == "QUERY_TOO_LARGE"
    admin = tokens["jinan"]
    assert "errors" not in await live.gql(
        "{ organisations(first: 100) { totalCount } }", token=admin
    )
    too_many = await live.gql("{ organisations(first: 101) { totalCount } }", token=admin)
    assert code(too_many) == "PAGE_SIZE_OUT_OF_RANGE" and "100" in too_many["errors"][0]["message"]


async def test_no_batching_and_no_suggestions(live: LiveServer) -> None:
    batch = [{"query": "{ regions { code } }"}, {"query": "{ regions { name } }"}]
    assert (await live.client.post("/graphql", json=batch)).status_code == 400
    body = await live.gql("{ organisatons { totalCount } }")
    assert "Did you mean" not in body["errors"][0]["message"]


async def test_subscriptions_per_connection_are_bounded(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    query = "subscription($id: ID!) { organisationAdded(withinId: $id) { name } }"
    init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {tokens['jinan']}"}}
    from models import Organisation

    jinan = await Organisation.get(name="济南市人力资源和社会保障局")
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(json.dumps(init))
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        for n in range(MAX_SUBSCRIPTIONS_PER_CONNECTION + 1):
            payload = {"query": query, "variables": {"id": str(jinan.id)}}
            await socket.send(json.dumps({"id": str(n), "type": "subscribe", "payload": payload}))
        message = json.loads(await asyncio.wait_for(socket.recv(), timeout=5))
        assert message["id"] == str(MAX_SUBSCRIPTIONS_PER_CONNECTION), message
        errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
        assert errors[0]["extensions"]["code"] == "TOO_MANY_SUBSCRIPTIONS", message


async def test_production_switch_turns_off_introspection_and_graphiql(
    database_url: str, tmp_path: Path
) -> None:
    settings = dataclasses.replace(settings_for(database_url, tmp_path), introspection=False)
    async with serve(settings) as server:
        body = await server.gql("{ __schema { queryType { name } } }")
        assert code(body) == "GRAPHQL_VALIDATION_FAILED"
        page = await server.client.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code != 200 or "graphiql" not in page.text.lower()
        assert "errors" not in await server.gql("{ regions { code } }")


async def test_slow_operations_time_out(database_url: str, tmp_path: Path) -> None:
    settings = dataclasses.replace(
        settings_for(database_url, tmp_path), execution_timeout_seconds=0
    )
    async with serve(settings) as server:
        assert code(await server.gql("{ regions { code } }")) == "TIMEOUT"
