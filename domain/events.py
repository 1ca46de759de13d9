"""Events published by workflows after commit, delivered to subscriptions.

The broker is chosen by EVENTS_URL. The in-memory broker serves one process; brokers that
cross workers (Redis, PostgreSQL NOTIFY) plug in behind the same two calls.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

Event = dict[str, Any]

# a subscriber that stops reading loses its oldest events instead of growing the server
SUBSCRIBER_BUFFER = 256


class Broker(Protocol):
    async def publish(self, channel: str, event: Event) -> None: ...

    def subscribe(self, channel: str) -> Any:  # async context manager yielding AsyncIterator
        ...


class MemoryBroker:
    def __init__(self) -> None:
        self._queues: dict[str, set[asyncio.Queue[Event]]] = defaultdict(set)

    async def publish(self, channel: str, event: Event) -> None:
        for queue in list(self._queues.get(channel, ())):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Event]]:
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=SUBSCRIBER_BUFFER)
        self._queues[channel].add(queue)

        async def events() -> AsyncIterator[Event]:
            while True:
                yield await queue.get()

        try:
            yield events()
        finally:
            self._queues[channel].discard(queue)
            if not self._queues[channel]:
                del self._queues[channel]

    def subscriber_count(self, channel: str) -> int:
        return len(self._queues.get(channel, ()))


_broker: Broker = MemoryBroker()


def use_broker(broker: Broker) -> None:
    global _broker
    _broker = broker


def current_broker() -> Broker:
    return _broker


async def publish(channel: str, event: Event) -> None:
    """Call only after the transaction that made the change has committed."""
    await _broker.publish(channel, event)
