"""The reference client of the protocol, `graphql-ws` from npm, run by node: it connects with
its connectionParams, receives the counts at once, and sees them change on a submission."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD
from tests.realtime.clients import TODO

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("graphql_ws_client.mjs")


async def line(process: asyncio.subprocess.Process, timeout: float = 10) -> dict[str, Any]:
    assert process.stdout is not None
    raw = await asyncio.wait_for(process.stdout.readline(), timeout)
    assert raw, "the node client exited"
    return json.loads(raw)


def counts(message: dict[str, Any]) -> dict[str, int]:
    items = message["next"]["data"]["todoCounts"]["items"]
    return {i["kind"]: i["count"] for i in items}


async def test_the_graphql_ws_npm_client_follows_the_counts(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "graphql-ws").is_dir():
        pytest.fail("node and node_modules/graphql-ws are installed by ./dev setup")
    process = await asyncio.create_subprocess_exec(
        node, str(SCRIPT), live.ws_url, tokens["hospital2"], TODO, cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert await line(process) == {"connected": True}
        before = counts(await line(process))["CLAIM_REVIEW"]
        person = await login_token(live, tree.people["陈静"], PASSWORD, "PROFESSIONAL")
        claim = (await live.data(CREATE, {"i": training(year=2024)}, person))["claimCreate"]
        await live.data(ACT % "claimSubmit", {"id": claim["claim"]["id"]}, person)
        assert counts(await line(process))["CLAIM_REVIEW"] == before + 1
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), 5)
        except TimeoutError:
            process.kill()


async def test_the_npm_client_is_refused_without_a_session(live: LiveServer) -> None:
    node = shutil.which("node")
    assert node is not None
    process = await asyncio.create_subprocess_exec(
        node, str(SCRIPT), live.ws_url, "not-a-token", TODO, cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        message = await line(process)
        if message == {"connected": True}:
            message = await line(process)
        assert message["code"] == 4403  # graphql-transport-ws: the server refused the init
    finally:
        if process.returncode is None:
            process.kill()
