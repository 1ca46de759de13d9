"""GraphQL over HTTP as the spec says: the audit of the npm package `graphql-http` (pinned in
package.json) run by node against the live server passes every check, warnings included —
the spec's application/graphql-response+json (4xx for requests refused before execution)
as well as application/json for older clients."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LiveServer

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("graphql_http_audit.mjs")


async def audit(url: str) -> list[dict[str, Any]]:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "graphql-http").is_dir():
        pytest.fail("node and node_modules/graphql-http are installed by ./dev setup")
    process = await asyncio.create_subprocess_exec(
        node, str(SCRIPT), url, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


async def test_the_graphql_http_audit_passes_every_check(live: LiveServer) -> None:
    results = await audit(f"{live.url}/graphql")
    # the package's whole list ran (61 audits in 1.23.1), not a truncated one
    assert len(results) >= 60, results
    failed = [result for result in results if result["status"] != "ok"]
    assert failed == [], json.dumps(failed, ensure_ascii=False, indent=1)


async def test_graphql_response_json_refusals_carry_no_data(live: LiveServer) -> None:
    """What fails before execution answers 4xx in the new media type, without a data key;
    what executes answers 200 with data, errors beside it."""
    accept = {"Accept": "application/graphql-response+json"}
    refused = await live.client.post("/graphql", json={"query": "{ noSuchField }"}, headers=accept)
    assert refused.status_code == 400
    assert refused.headers["content-type"].startswith("application/graphql-response+json")
    body = refused.json()
    assert "data" not in body and body["errors"][0]["extensions"]["code"] == (
        "GRAPHQL_VALIDATION_FAILED"
    )
    ran = await live.client.post("/graphql", json={"query": "{ __typename }"}, headers=accept)
    assert ran.status_code == 200 and ran.json() == {"data": {"__typename": "Query"}}
    assert ran.headers["content-type"].startswith("application/graphql-response+json")
    # an older client asking for application/json keeps 200 for a validation failure
    legacy = await live.client.post(
        "/graphql", json={"query": "{ noSuchField }"}, headers={"Accept": "application/json"}
    )
    assert legacy.status_code == 200 and legacy.headers["content-type"].startswith(
        "application/json"
    )
    assert legacy.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
