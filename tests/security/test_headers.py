"""Security headers on every page and API answer: the console and GraphiQL cannot be framed
(no clickjacking of 全部通过), content types are not sniffed, referrers are not sent, and
scripts come only from this server. The console's own tests run under the same policy."""

from __future__ import annotations

import pytest

from tests.conftest import LiveServer


@pytest.mark.parametrize(
    ("path", "accept"),
    [("/console", "text/html"), ("/graphql", "text/html"), ("/healthz", "*/*")],
)
async def test_every_answer_carries_the_security_headers(
    live: LiveServer, path: str, accept: str
) -> None:
    response = await live.client.get(path, headers={"Accept": accept})
    assert response.status_code == 200
    headers = response.headers
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    policy = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'self'" in policy and "http:" not in policy


async def test_the_api_answer_carries_them_too(live: LiveServer) -> None:
    response = await live.client.post("/graphql", json={"query": "{ __typename }"})
    assert response.headers["x-frame-options"] == "DENY"
