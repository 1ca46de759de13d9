"""Events published by workflows after commit, delivered to subscriptions.

The broker is chosen by EVENTS_URL: in-memory (one process) by default; Redis or PostgreSQL
LISTEN/NOTIFY through `broadcaster` to cross workers. Workflows never publish from inside a
transaction: they note events with `after_commit` inside `atomic()`, which sends them once
the outermost transaction has committed — a rolled-back change announces nothing.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol
from urllib.parse import urlsplit

import orjson
from tortoise.transactions import in_transaction

Event = dict[str, Any]

# a subscriber that stops reading loses its oldest events instead of growing the server
SUBSCRIBER_BUFFER = 256

log = logging.getLogger(__name__)


class Broker(Protocol):
    async def publish(self, channel: str, event: Event) -> None: ...

    def subscribe(self, channel: str) -> Any:  # async context manager yielding AsyncIterator
        ...

    async def connect(self) -> None: ...

    async def disconnect(self) -> None: ...


class MemoryBroker:
    def __init__(self) -> None:
        self._queues: dict[str, set[asyncio.Queue[Event]]] = defaultdict(set)

    async def connect(self) -> None:
        return None

    async def disconnect(self) -> None:
        return None

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


class BroadcastBroker:
    """Redis pub/sub or PostgreSQL LISTEN/NOTIFY through `broadcaster`, so an event published
    by one worker reaches subscribers on every worker. Channels carry a namespace so several
    deployments (or test runs) can share one Redis."""

    def __init__(self, url: str, namespace: str = "jijiao") -> None:
        from broadcaster import Broadcast

        self._broadcast = Broadcast(url)
        self._namespace = namespace

    async def connect(self) -> None:
        await self._broadcast.connect()

    async def disconnect(self) -> None:
        await self._broadcast.disconnect()

    def _channel(self, channel: str) -> str:
        # PostgreSQL NOTIFY channel names are identifiers: keep them plain
        return f"{self._namespace}_{channel}".replace(".", "_").replace(":", "_")

    async def publish(self, channel: str, event: Event) -> None:
        await self._broadcast.publish(self._channel(channel), orjson.dumps(event).decode())

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Event]]:
        async with self._broadcast.subscribe(self._channel(channel)) as subscriber:

            async def events() -> AsyncIterator[Event]:
                async for message in subscriber:  # type: ignore[union-attr]
                    if message is not None:
                        yield orjson.loads(message.message)

            yield events()


def broker_for(url: str, namespace: str = "jijiao") -> Broker:
    scheme = urlsplit(url).scheme
    if scheme == "memory":
        return MemoryBroker()
    if scheme == "postgresql":
        url = "postgres" + url[len("postgresql") :]
    return BroadcastBroker(url, namespace)


_broker: Broker = MemoryBroker()


def use_broker(broker: Broker) -> None:
    global _broker
    _broker = broker


def current_broker() -> Broker:
    return _broker


async def publish(channel: str, event: Event) -> None:
    """Call only after the transaction that made the change has committed."""
    await _broker.publish(channel, event)


_pending: contextvars.ContextVar[list[tuple[str, Event]] | None] = contextvars.ContextVar(
    "jijiao_pending_events", default=None
)


@asynccontextmanager
async def atomic() -> AsyncIterator[Any]:
    """A transaction whose noted events are published when, and only if, it commits."""
    if _pending.get() is not None:  # nested: the outermost one publishes
        async with in_transaction() as connection:
            yield connection
        return
    noted: list[tuple[str, Event]] = []
    token = _pending.set(noted)
    try:
        async with in_transaction() as connection:
            yield connection
    finally:
        _pending.reset(token)
    for channel, event in _merge(noted):
        try:
            await publish(channel, event)
        except Exception:  # the change is committed; a lost notification must not undo it
            log.exception("could not publish %s", channel)


def after_commit(channel: str, event: Event) -> None:
    noted = _pending.get()
    if noted is None:
        raise RuntimeError("after_commit() outside events.atomic(): the event would be lost")
    noted.append((channel, event))


def _merge(noted: list[tuple[str, Event]]) -> list[tuple[str, Event]]:
    """One event per channel per transaction: a batch of 1,000 decisions touching one
    organisation announces itself once. List values are united, other keys kept last."""
    merged: dict[str, Event] = {}
    for channel, event in noted:
        into = merged.setdefault(channel, {})
        for key, value in event.items():
            if isinstance(value, list):
                into[key] = list(dict.fromkeys([*into.get(key, []), *value]))
            else:
                into[key] = value
    return list(merged.items())
