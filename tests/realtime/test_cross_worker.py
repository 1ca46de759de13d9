"""Two server processes sharing one database and one event bus: a claim submitted through
worker A updates a subscriber connected to worker B, and a logout on A closes B's socket.
Runs against Redis, and against PostgreSQL LISTEN/NOTIFY when the suite runs on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import BACKEND, LOGIN
from tests.fixtures.tree import PASSWORD
from tests.realtime.clients import TODO, counts, subscribed

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("JIJIAO_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
BUSES = ["redis", *(["postgres"] if BACKEND == "postgres" else [])]


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def worker(env: dict[str, str], log: Path) -> Iterator[str]:
    port = _free_port()
    argv = [sys.executable, "-m", "uvicorn", "--factory", "server.asgi:app_factory",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"worker did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@contextlib.asynccontextmanager
async def two_workers(database_url: str, events_url: str, tmp: Path) -> AsyncIterator[list[str]]:
    env = {**os.environ, "DATABASE_URL": database_url, "EVENTS_URL": events_url,
           "EVENTS_NAMESPACE": f"t{uuid.uuid4().hex[:10]}", "DATA_DIR": str(tmp),
           "SECRET_KEY": "test-secret"}  # fmt: skip
    with worker(env, tmp / "a.log") as a, worker(env, tmp / "b.log") as b:
        yield [a, b]


async def gql(url: str, query: str, variables: dict[str, Any], token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        body = (await client.post("/graphql", json={"query": query, "variables": variables},
                                  headers=headers)).json()  # fmt: skip
    assert not body.get("errors"), body
    return body["data"]


async def login(url: str, id_number: str, portal: str) -> str:
    body = await gql(url, LOGIN, {"input": {"idNumber": id_number, "password": PASSWORD, "portal": portal}})  # fmt: skip
    return str(body["login"]["token"])


@pytest.mark.parametrize("bus", BUSES)
async def test_a_submission_on_one_worker_updates_a_subscriber_on_another(
    bus: str, tree: Any, database_url: str, tmp_path: Path
) -> None:
    if bus == "redis" and not _redis_up():
        if os.environ.get("JIJIAO_REQUIRE_REDIS"):
            pytest.fail(f"Redis is required here and not reachable at {REDIS_URL}")
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    events_url = REDIS_URL if bus == "redis" else database_url
    async with two_workers(database_url, events_url, tmp_path) as (a, b):
        admin = await login(a, tree.admins["hospital1"], "EMPLOYER")
        person = await login(a, tree.people["王芳"], "PROFESSIONAL")
        ws_b = b.replace("http://", "ws://") + "/graphql"
        async with subscribed(ws_b, admin, TODO) as feed:
            before = counts(await feed.next())["CLAIM_REVIEW"]
            claim = (await gql(a, CREATE, {"i": training(year=2024)}, person))["claimCreate"]
            await gql(a, ACT % "claimSubmit", {"id": claim["claim"]["id"]}, person)
            assert counts(await feed.next())["CLAIM_REVIEW"] == before + 1
            # a logout through worker A ends the session's socket on worker B
            await gql(a, "mutation { logout { ok } }", {}, admin)
            ended = await feed.next()
            assert "error" in ended
        await asyncio.sleep(0)
