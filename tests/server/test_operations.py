"""What an operator relies on, through a live server: readiness beside liveness, request ids
that join a user's INTERNAL_ERROR to the JSON log line with its traceback, /metrics behind
its token, and a shutdown that tells WebSocket clients to reconnect (1012)."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import websockets

from server.app import create_app
from server.db_policies import POLICIES, SQLITE_POLICIES
from server.logs import JsonFormatter
from server.settings import Settings
from tests.conftest import LiveServer, serve
from tests.fixtures.claims import submit_claim
from tests.realtime.clients import TODO

TOKEN = "metrics-token-for-tests-0123456789abcdef"


def settings_with_metrics(database_url: str, tmp: Path, **more: str) -> Settings:
    return Settings.from_env({
        "DATABASE_URL": database_url, "DATA_DIR": str(tmp), "SECRET_KEY": "test-secret",
        "METRICS": "on", "METRICS_TOKEN": TOKEN, **more,
    })  # fmt: skip


@pytest.fixture(scope="module")
async def live(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveServer]:
    """This module's server runs with METRICS=on."""
    settings = settings_with_metrics(database_url, tmp_path_factory.mktemp("data"))
    async with serve(settings) as server:
        yield server


async def sql(database_url: str, statement: str) -> None:
    """A statement on the live database, past the server (an operator at a psql prompt)."""
    if database_url.startswith("postgres"):
        conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute(statement)
        finally:
            await conn.close()
    else:
        with closing(sqlite3.connect(database_url.removeprefix("sqlite://"))) as conn:
            conn.executescript(statement)


async def scrape(live: LiveServer) -> str:
    response = await live.client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return response.text


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample of the exposition (0 when absent)."""
    for line in text.splitlines():
        if line.startswith(name + ("{" if labels else " ")) and all(
            f'{key}="{value}"' in line for key, value in labels.items()
        ):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


# --- liveness and readiness ---


async def test_readiness_checks_database_migrations_and_event_bus(live: LiveServer) -> None:
    ready = await live.client.get("/readyz")
    assert ready.status_code == 200, ready.text
    checks = ready.json()["checks"]
    assert {name: check["status"] for name, check in checks.items()} == {
        "database": "ok", "migrations": "ok", "event_bus": "ok",
    }  # fmt: skip
    assert checks["event_bus"]["lag_ms"] >= 0
    assert (await live.client.get("/healthz")).json() == {"status": "ok", "database": "ok"}


async def test_a_missing_migration_or_policy_makes_the_worker_not_ready_but_alive(
    live: LiveServer, database_url: str
) -> None:
    await sql(database_url, "CREATE TABLE aerich_saved AS SELECT * FROM aerich")
    newest = "SELECT max(id) FROM aerich"
    try:
        await sql(database_url, f"DELETE FROM aerich WHERE id = ({newest})")
        ready = await live.client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["migrations"] == {
            "status": "unavailable",
            "reason": "1 migrations pending, 0 policies missing",
        }
        assert (await live.client.get("/healthz")).status_code == 200  # alive all the same
    finally:
        await sql(database_url, "DELETE FROM aerich; INSERT INTO aerich SELECT * FROM aerich_saved")
        await sql(database_url, "DROP TABLE aerich_saved")
    postgres = database_url.startswith("postgres")
    trigger = "jijiao_decided_step_is_final"
    await sql(database_url, f"DROP TRIGGER {trigger}" + (" ON review_step" if postgres else ""))
    try:
        missing = (await live.client.get("/readyz")).json()["checks"]["migrations"]
        assert missing["reason"] == "0 migrations pending, 1 policies missing", missing
    finally:
        await sql(database_url, POLICIES if postgres else SQLITE_POLICIES)
    assert (await live.client.get("/readyz")).status_code == 200


# --- request ids and logs ---


async def test_an_internal_error_names_the_request_id_of_its_json_log_line(
    live: LiveServer, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A real fault (a table gone under the server): the client sees INTERNAL_ERROR with an
    incident, which is the response's X-Request-Id and the request_id of the log line that
    holds the traceback."""
    await sql(database_url, "ALTER TABLE region RENAME TO region_away")
    try:
        with caplog.at_level(logging.ERROR, logger="jijiao.graphql"):
            response = await live.client.post("/graphql", json={"query": "{ regions { code } }"})
    finally:
        await sql(database_url, "ALTER TABLE region_away RENAME TO region")
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    request_id = response.headers["x-request-id"]
    assert error["extensions"]["incident"] == request_id
    (record,) = [r for r in caplog.records if request_id in r.getMessage()]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == request_id and line["level"] == "error"
    assert line["logger"] == "jijiao.graphql" and "region" in line["message"]
    # every answer names its request, and no two requests share an id
    ids = {(await live.client.get("/healthz")).headers["x-request-id"] for _ in range(5)}
    assert len(ids) == 5


async def test_a_client_cannot_choose_its_request_id(live: LiveServer) -> None:
    sent = "attacker-chosen\nforged log line"
    response = await live.client.get("/healthz", headers={"X-Request-Id": "abc"})
    assert response.headers["x-request-id"] not in ("abc", sent)
    assert len(response.headers["x-request-id"]) == 16


# --- /metrics ---


async def test_metrics_need_their_token(live: LiveServer) -> None:
    assert (await live.client.get("/metrics")).status_code == 401
    wrong = await live.client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert (wrong.status_code, wrong.json()["code"]) == (401, "UNAUTHENTICATED")
    assert "jijiao_" not in wrong.text


async def test_metrics_are_off_unless_turned_on(database_url: str, tmp_path: Path) -> None:
    """Without METRICS=on there is no such route: the app answers 404 (asked through ASGI,
    without a second server, whose shutdown would close this process's database)."""
    settings = Settings.from_env(
        {"DATABASE_URL": database_url, "DATA_DIR": str(tmp_path), "SECRET_KEY": "s"}
    )
    assert not settings.metrics
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404


async def test_metrics_count_operations_by_outcome_with_latency(live: LiveServer) -> None:
    before = await scrape(live)
    for _ in range(3):
        await live.gql("{ regions { code } }")
    await live.gql("{ noSuchField }")
    await live.client.get("/healthz")
    after = await scrape(live)
    label = {"operation": "query regions"}
    assert (
        sample(after, "jijiao_graphql_operations_total", **label, outcome="ok")
        == sample(before, "jijiao_graphql_operations_total", **label, outcome="ok") + 3
    )
    assert (
        sample(
            after,
            "jijiao_graphql_operations_total",
            operation="query noSuchField",
            outcome="refused",
        )
        >= 1
    )
    assert sample(after, "jijiao_graphql_operation_duration_seconds_count", **label) >= 3
    assert (
        sample(after, "jijiao_graphql_operation_duration_seconds_bucket", **label, le="+Inf") >= 3
    )
    assert (
        sample(after, "jijiao_http_requests_total", route="/healthz", method="GET", status="200")
        >= 1
    )
    # routes are labelled by template, so ids never multiply the series
    assert "/files/{file_id}" not in after or 'route="/files/1"' not in after
    assert "jijiao_event_bus_up" in after and "jijiao_db_pool_size" in after


async def test_operation_labels_are_bounded_by_the_schema_not_the_client(
    live: LiveServer,
) -> None:
    await live.client.post(
        "/graphql",
        json={"query": "query Whatever { regions { code } }", "operationName": "Whatever"},
    )
    await live.client.post(
        "/graphql", json={"query": "{ regions { code } }", "operationName": {"evil": 1}}
    )
    text = await scrape(live)
    assert "Whatever" not in text and "evil" not in text


async def test_open_subscriptions_are_counted_and_closed_with_1012_on_shutdown(
    database_url: str, tmp_path: Path, tree: Any, tokens: dict[str, str], live: LiveServer
) -> None:
    """A server with a subscriber is stopped: the subscriber was counted, and it is told
    1012 (Service Restart), the code graphql-ws clients reconnect on."""
    await submit_claim(live, tokens["professional"])
    settings = settings_with_metrics(database_url, tmp_path)
    async with serve(settings) as server:
        socket = await websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"])
        auth = {"Authorization": f"Bearer {tokens['hospital1']}"}
        await socket.send(json.dumps({"type": "connection_init", "payload": auth}))
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        await socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": TODO}}))
        first = json.loads(await asyncio.wait_for(socket.recv(), 5))
        assert first["type"] == "next", first
        text = await scrape(server)
        assert sample(text, "jijiao_graphql_ws_operations") == 1
        assert sample(text, "jijiao_websocket_connections") == 1
    # leaving `serve` stopped the server the way SIGTERM does
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await asyncio.wait_for(socket.recv(), 5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012
