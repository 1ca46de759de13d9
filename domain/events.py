"""Events published by workflows after commit, delivered to subscriptions.

The broker is chosen by EVENTS_URL: in-memory (one process) by default; Redis or PostgreSQL
LISTEN/NOTIFY through `broadcaster` to cross workers. Workflows never publish from inside a
transaction: they note events with `after_commit` inside `atomic()`, which sends them once
the outermost transaction has committed — a rolled-back change announces nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
import uuid
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
# how often each worker checks that its bus still delivers, and how long a silence it takes
# for a lost connection (a cost of one tiny message per worker per second)
HEARTBEAT_SECONDS = 1.0
BUS_SILENT_SECONDS = 3.0

log = logging.getLogger(__name__)


class Broker(Protocol):
    async def publish(self, channel: str, event: Event) -> None: ...

    def subscribe(self, channel: str, after_gap: Event | None = None) -> Any:
        # an async context manager yielding an AsyncIterator of events; `after_gap` is what
        # the subscriber is sent when the bus may have lost events (it reconnected)
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
    async def subscribe(
        self, channel: str, after_gap: Event | None = None
    ) -> AsyncIterator[AsyncIterator[Event]]:
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
    deployments (or test runs) can share one Redis.

    Each channel is relayed once per process into a local MemoryBroker that fans out to
    bounded queues: broadcaster's own fan-out has unbounded queues, and two subscribers
    opening the same new channel at once could lose one of them."""

    def __init__(self, url: str, namespace: str = "jijiao") -> None:
        self._url = url
        self._broadcast = self._new_broadcast()
        self._namespace = namespace
        self._local = MemoryBroker()
        self._relays: dict[str, asyncio.Task[None]] = {}
        self._turn = asyncio.Lock()
        self._after_gap: dict[str, Event] = {}
        self._watchdog: asyncio.Task[None] | None = None

    def _new_broadcast(self) -> Any:
        from broadcaster import Broadcast

        if urlsplit(self._url).scheme == "postgres":
            return Broadcast(backend=_serial_postgres_backend(self._url))
        if urlsplit(self._url).scheme in ("redis", "rediss"):
            return Broadcast(backend=_subscribed_redis_backend(self._url))
        return Broadcast(self._url)

    async def connect(self) -> None:
        await self._broadcast.connect()
        self._watchdog = asyncio.create_task(self._watch())

    async def disconnect(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
        for relay in self._relays.values():
            relay.cancel()
        with contextlib.suppress(Exception):  # a bus already gone has nothing to close
            await self._broadcast.disconnect()

    async def _watch(self) -> None:
        """Redis restarted or a LISTEN connection cut: broadcaster's listener dies with its
        connection and never comes back, so every subscription on this worker would go
        silent for good. A heartbeat goes round the bus every HEARTBEAT_SECONDS; when none
        has come back for BUS_SILENT_SECONDS, the bus is rebuilt and re-subscribed."""
        channel = f"bus_heartbeat_{uuid.uuid4().hex[:12]}"
        heard = time.monotonic()

        async def listen() -> None:
            nonlocal heard
            async with self.subscribe(channel) as stream:
                async for _ in stream:
                    heard = time.monotonic()

        listener = asyncio.create_task(listen())
        try:
            while True:
                await asyncio.sleep(HEARTBEAT_SECONDS)
                if listener.done():  # it could not subscribe while the bus was away
                    listener = asyncio.create_task(listen())
                with contextlib.suppress(Exception):  # an unreachable bus is what this watches
                    await self.publish(channel, {})
                if time.monotonic() - heard > BUS_SILENT_SECONDS:
                    await self._reconnect()
                    heard = time.monotonic()
        finally:
            listener.cancel()

    async def _reconnect(self) -> None:
        log.warning("event bus silent for %ss: reconnecting", BUS_SILENT_SECONDS)
        async with self._turn:
            for relay in self._relays.values():
                relay.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._broadcast.disconnect(), 5)
            while True:
                fresh = self._new_broadcast()
                try:
                    await asyncio.wait_for(fresh.connect(), 5)
                    break
                except Exception:  # still away: try again shortly
                    await asyncio.sleep(HEARTBEAT_SECONDS)
            self._broadcast = fresh
            for channel in list(self._relays):
                ready = asyncio.Event()
                self._relays[channel] = asyncio.create_task(self._relay(channel, ready))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(ready.wait(), 10)
        log.warning("event bus reconnected; %d channels subscribed again", len(self._relays))
        # what was published meanwhile is lost: subscribers that can catch up are told to
        for channel, event in list(self._after_gap.items()):
            await self._local.publish(channel, event)

    def _channel(self, channel: str) -> str:
        # PostgreSQL NOTIFY channel names are identifiers: keep them plain
        return f"{self._namespace}_{channel}".replace(".", "_").replace(":", "_")

    async def publish(self, channel: str, event: Event) -> None:
        await self._broadcast.publish(self._channel(channel), orjson.dumps(event).decode())

    async def _relay(self, channel: str, ready: asyncio.Event) -> None:
        async with self._broadcast.subscribe(self._channel(channel)) as subscriber:
            ready.set()
            async for message in subscriber:  # type: ignore[union-attr]
                if message is not None:
                    await self._local.publish(channel, orjson.loads(message.message))

    @asynccontextmanager
    async def subscribe(
        self, channel: str, after_gap: Event | None = None
    ) -> AsyncIterator[AsyncIterator[Event]]:
        if after_gap is not None:
            self._after_gap[channel] = after_gap
        async with self._local.subscribe(channel) as stream:
            async with self._turn:
                if channel not in self._relays:
                    ready = asyncio.Event()
                    self._relays[channel] = asyncio.create_task(self._relay(channel, ready))
                    await asyncio.wait_for(ready.wait(), timeout=10)
            try:
                yield stream
            finally:
                if not self._local.subscriber_count(channel) - 1 and channel in self._relays:
                    self._relays.pop(channel).cancel()
                    self._after_gap.pop(channel, None)


def _serial_postgres_backend(url: str) -> Any:
    """broadcaster's PostgreSQL backend LISTENs and NOTIFYs on one asyncpg connection, which
    refuses a second operation while one is running ("another operation is in progress"):
    a subscription opening while a revocation watcher subscribes lost its feed. Take turns."""
    from broadcaster._backends.postgres import PostgresBackend

    class SerialPostgresBackend(PostgresBackend):
        def __init__(self, url: str) -> None:
            super().__init__(url)
            self._turn = asyncio.Lock()

        async def subscribe(self, channel: str) -> None:
            async with self._turn:
                await super().subscribe(channel)

        async def unsubscribe(self, channel: str) -> None:
            async with self._turn:
                await super().unsubscribe(channel)

        async def publish(self, channel: str, message: str) -> None:
            async with self._turn:
                await super().publish(channel, message)

    return SerialPostgresBackend(url)


def _subscribed_redis_backend(url: str) -> Any:
    """broadcaster's Redis backend wakes its listener before SUBSCRIBE has completed: the
    listener then finds no channel subscribed, `listen()` ends at once and the listener waits
    for the next subscription — so the first channel of a process (the revocation watcher's,
    or a worker's first to-do feed) never delivered an event. Wake it only once subscribed."""
    from broadcaster._backends.redis import RedisBackend

    class SubscribedRedisBackend(RedisBackend):
        async def subscribe(self, channel: str) -> None:
            await self._pubsub.subscribe(channel)
            self._ready.set()

    return SubscribedRedisBackend(url)


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
