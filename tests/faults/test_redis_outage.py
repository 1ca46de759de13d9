"""Redis (the event bus between workers) killed and started again on the same port, the
test's own redis-server, two worker processes over the test's own PostgreSQL. No request
fails while Redis is away; the subscriptions opened before stay open on each worker; when
Redis returns, every subscriber's to-do counts catch up with the queue, and events cross
the workers again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx

from tests.api.test_claims import ACT, CREATE, training
from tests.faults.conftest import data_dir, namespace
from tests.faults.services import RedisServer, Worker, worker_env
from tests.faults.test_postgres_restart import QUEUE, login, post
from tests.realtime.clients import TODO, Feed, counts, subscribed


async def submit(client: httpx.AsyncClient, token: str) -> None:
    created = await post(client, CREATE, {"i": training(year=2024)}, token)
    assert not created.get("errors"), created  # Redis away fails no request
    claim = created["data"]["claimCreate"]["claim"]["id"]
    submitted = await post(client, ACT % "claimSubmit", {"id": claim}, token)
    assert not submitted.get("errors"), submitted
    assert submitted["data"]["claimSubmit"]["errors"] == [], submitted


async def settles_at(feed: Feed, expected: int, seconds: float) -> int | None:
    """The subscriber's CLAIM_REVIEW count once it reaches `expected`, or the last one seen
    after `seconds` (None when nothing came)."""
    last = None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = await feed.next(timeout=max(0.05, deadline - time.monotonic()))
        except TimeoutError:
            break
        assert "error" not in result, result  # the subscription itself never failed
        last = counts(result)["CLAIM_REVIEW"]
        if last == expected:
            return last
    return last


async def test_b_redis_away_and_back(
    province: tuple[str, Any], redis_server: RedisServer, tmp_path: Path
) -> None:
    url, tree = province
    env = worker_env(url, redis_server.url, data_dir(tmp_path), namespace())
    a, b = Worker(env, tmp_path / "a.log"), Worker(env, tmp_path / "b.log")
    a.start()
    b.start()
    try:
        async with (
            httpx.AsyncClient(base_url=a.url, timeout=30) as on_a,
            httpx.AsyncClient(base_url=b.url, timeout=30) as on_b,
        ):
            admin = await login(on_a, tree.admins["hospital1"], "EMPLOYER")
            person = await login(on_a, tree.people["王芳"], "PROFESSIONAL")

            async def queue() -> int:
                body = await post(on_b, QUEUE, token=admin)
                return int(body["data"]["reviewSteps"]["totalCount"])

            async with (
                subscribed(a.ws_url, admin, TODO) as feed_a,
                subscribed(b.ws_url, admin, TODO) as feed_b,
            ):
                start = await queue()
                assert counts(await feed_a.next())["CLAIM_REVIEW"] == start
                assert counts(await feed_b.next())["CLAIM_REVIEW"] == start
                await submit(on_a, person)  # the bus works: both workers hear it
                assert await settles_at(feed_a, start + 1, 5) == start + 1
                assert await settles_at(feed_b, start + 1, 5) == start + 1

                redis_server.stop()
                await submit(on_a, person)  # on either worker, nothing fails
                await submit(on_b, person)
                assert (await post(on_b, QUEUE, token=admin))["data"], "reads work too"
                away_a = await settles_at(feed_a, start + 3, 1.5)
                away_b = await settles_at(feed_b, start + 3, 1.5)
                print(f"while Redis was away: A saw {away_a}, B saw {away_b}, queue {start + 3}")

                redis_server.start()
                # without any new change, both subscribers catch up with the queue
                caught_a = await settles_at(feed_a, start + 3, 15)
                caught_b = await settles_at(feed_b, start + 3, 15)
                print(f"after Redis returned: A {caught_a}, B {caught_b}, queue {await queue()}")
                assert (caught_a, caught_b) == (start + 3, start + 3)
                # and events cross the workers again
                await submit(on_b, person)
                assert await settles_at(feed_a, start + 4, 5) == start + 4
                assert await settles_at(feed_b, start + 4, 5) == start + 4
                assert await queue() == start + 4
        assert a.alive() and b.alive()
    finally:
        a.stop()
        b.stop()
