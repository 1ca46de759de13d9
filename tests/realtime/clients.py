"""Subscription clients nobody here wrote: gql (Python) over graphql-transport-ws, and the
`graphql-ws` npm client run by node (see graphql_ws_client.mjs)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport

TODO = "subscription { todoCounts { total items { kind label count } } }"
CLAIMS = "subscription { myClaimUpdates { id status recognisedHours } }"


class Feed:
    """A running subscription whose results collect in a queue, for tests to await."""

    def __init__(self) -> None:
        self.results: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def next(self, timeout: float = 5.0) -> dict[str, Any]:
        return await asyncio.wait_for(self.results.get(), timeout)

    async def quiet(self, seconds: float = 0.4) -> bool:
        """True when nothing more arrives for a while."""
        try:
            await asyncio.wait_for(self.results.get(), seconds)
        except TimeoutError:
            return True
        return False


@contextlib.asynccontextmanager
async def subscribed(ws_url: str, token: str, query: str) -> AsyncIterator[Feed]:
    transport = WebsocketsTransport(
        url=ws_url,
        init_payload={"Authorization": f"Bearer {token}"},
        subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL],
    )
    feed = Feed()
    async with Client(transport=transport, fetch_schema_from_transport=False) as session:

        async def pump() -> None:
            try:
                async for result in session.subscribe(gql(query)):
                    await feed.results.put(result)
            except Exception as error:  # the server refused: tests read the reason
                await feed.results.put({"error": error})

        task = asyncio.create_task(pump())
        try:
            yield feed
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def counts(result: dict[str, Any]) -> dict[str, int]:
    return {item["kind"]: item["count"] for item in result["todoCounts"]["items"]}
