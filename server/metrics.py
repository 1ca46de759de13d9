"""/metrics in Prometheus text format (METRICS=on; off by default).

What is measured:
- jijiao_http_requests_total{route,method,status} and jijiao_http_request_duration_seconds
  {route}: every HTTP route, labelled by its template (/files/{file_id}), never by raw path;
- jijiao_graphql_operations_total{operation,outcome} and jijiao_graphql_operation_duration_
  seconds{operation}: GraphQL over HTTP, by operation label — the operation type and its root
  fields, which the schema bounds, not the client's operationName, which nothing bounds —
  and outcome (ok, error, refused before execution, internal_error, timeout);
- jijiao_websocket_connections and jijiao_graphql_ws_operations (open subscriptions);
- jijiao_event_bus_lag_seconds: a probe published through the event bus and received back
  every PROBE_SECONDS (the same path a subscription's event takes across workers), and
  jijiao_event_bus_up (0 when the probe did not come back in PROBE_TIMEOUT);
- jijiao_db_pool_size / jijiao_db_pool_idle / jijiao_db_pool_max (PostgreSQL's pool).

Several workers (`serve --workers N`): each worker is a process with its own counters, and a
scrape reaches one of them. `jijiao serve` then points PROMETHEUS_MULTIPROC_DIR at a fresh
directory before the workers start; prometheus_client's multiprocess mode writes each
worker's values there and a scrape sums them (gauges of live workers only).

Who may read it: whoever sends `Authorization: Bearer <METRICS_TOKEN>`. A scraper holds no
session, so the route is declared PUBLIC for the session rules and the token is its gate;
a wrong token counts against the client address in the login throttle, like every other
secret check.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import os
import time
import uuid
from contextlib import suppress
from typing import Any

from graphql import GraphQLError, OperationDefinitionNode, parse
from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from tortoise import connections

from domain import events, rules, throttle
from domain.errors import DomainError
from server.auth import bearer_token, declare, http_error

log = logging.getLogger("jijiao.metrics")

PROBE_SECONDS = 15.0
PROBE_TIMEOUT = 5.0
PROBE_CHANNEL = "ops_probe"
RESEND_SECONDS = 0.25
# distinct operation labels kept; past it a new combination of root fields counts as "other"
MAX_OPERATION_LABELS = 500
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


class Metrics:
    """The process's metrics, registered in a registry of their own (an app made twice in one
    process — tests — does not collide with itself)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.http_requests = Counter(
            "jijiao_http_requests", "HTTP requests answered", ["route", "method", "status"],
            registry=r,
        )  # fmt: skip
        self.http_latency = Histogram(
            "jijiao_http_request_duration_seconds", "HTTP request latency", ["route"],
            buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.operations = Counter(
            "jijiao_graphql_operations", "GraphQL operations over HTTP",
            ["operation", "outcome"], registry=r,
        )  # fmt: skip
        self.operation_latency = Histogram(
            "jijiao_graphql_operation_duration_seconds", "GraphQL operation latency",
            ["operation"], buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.websockets = Gauge(
            "jijiao_websocket_connections", "open WebSocket connections",
            multiprocess_mode="livesum", registry=r,
        )  # fmt: skip
        self.ws_operations = Gauge(
            "jijiao_graphql_ws_operations", "open operations (subscriptions) over WebSocket",
            multiprocess_mode="livesum", registry=r,
        )  # fmt: skip
        self.bus_lag = Histogram(
            "jijiao_event_bus_lag_seconds", "event bus round trip of a probe event",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            registry=r,
        )  # fmt: skip
        self.bus_up = Gauge(
            "jijiao_event_bus_up", "1 when the last probe came back through the event bus",
            multiprocess_mode="livemin", registry=r,
        )  # fmt: skip
        self.pool_size = Gauge(
            "jijiao_db_pool_size", "database connections open", multiprocess_mode="livesum",
            registry=r,
        )  # fmt: skip
        self.pool_idle = Gauge(
            "jijiao_db_pool_idle", "database connections idle", multiprocess_mode="livesum",
            registry=r,
        )  # fmt: skip
        self.pool_max = Gauge(
            "jijiao_db_pool_max", "database connections allowed", multiprocess_mode="livesum",
            registry=r,
        )  # fmt: skip
        self._labels: set[str] = set()

    # --- GraphQL operations ---

    def observe_operation(self, label: str, outcome: str, seconds: float) -> None:
        if label not in self._labels:
            if len(self._labels) >= MAX_OPERATION_LABELS:
                label = "other"  # a client inventing root-field combinations adds no series
            else:
                self._labels.add(label)
        self.operations.labels(label, outcome).inc()
        self.operation_latency.labels(label).observe(seconds)

    # --- database pool ---

    def sample_pool(self) -> None:
        with suppress(Exception):  # no connection yet, or SQLite: nothing to sample
            pool = getattr(connections.get("default"), "_pool", None)
            if pool is not None:
                self.pool_size.set(pool.get_size())
                self.pool_idle.set(pool.get_idle_size())
                self.pool_max.set(pool.get_max_size())

    # --- the scrape ---

    def exposition(self) -> bytes:
        self.sample_pool()
        directory = multiprocess_dir()
        if directory:
            forget_dead_workers(directory)
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


def forget_dead_workers(directory: str) -> None:
    """uvicorn has no hook when a worker dies (gunicorn's child_exit): a worker's files stay,
    so its live gauges would still count. Each scrape forgets the processes that are gone."""
    pids = set()
    for name in os.listdir(directory):
        stem = name.rsplit(".", 1)[0]
        pid = stem.rsplit("_", 1)[-1]
        if pid.isdigit():
            pids.add(int(pid))
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            multiprocess.mark_process_dead(pid, directory)  # type: ignore[no-untyped-call]
        except PermissionError:
            continue


def operation_label(query: object, operation_name: object) -> str:
    """The operation type and root fields: "query organisations", "mutation reviewDecide",
    "query persons+regions"; documents repeat, so each is parsed once (the cache), and
    "invalid" when it does not parse. What a client sent is not trusted to be text (an
    operationName may be an object)."""
    if not isinstance(query, str) or not query:
        return "invalid"
    return _label(query, operation_name if isinstance(operation_name, str) else None)


@functools.lru_cache(maxsize=2048)
def _label(query: str, operation_name: str | None) -> str:
    try:
        document = parse(query, no_location=True)
    except GraphQLError:
        return "invalid"
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = next(
        (o for o in operations if o.name is not None and o.name.value == operation_name),
        operations[0] if len(operations) == 1 else None,
    )
    if chosen is None:
        return "invalid"
    names = sorted({_root_name(s) for s in chosen.selection_set.selections})
    shown = "+".join(names[:3]) + ("+…" if len(names) > 3 else "")
    return f"{chosen.operation.value} {shown}"[:120]


def _root_name(selection: Any) -> str:
    name = getattr(selection, "name", None)
    return name.value if name is not None else "…"  # a fragment spread or inline fragment


def outcome_of(result: Any, refused: bool) -> str:
    if refused:
        return "refused"
    codes = [(getattr(e, "extensions", None) or {}).get("code") for e in result.errors or ()]
    if "INTERNAL_ERROR" in codes:
        return "internal_error"
    if "TIMEOUT" in codes:
        return "timeout"
    return "error" if codes else "ok"


class HttpMetrics:
    """ASGI middleware: count and time every HTTP request by its route template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            self.metrics.websockets.inc()
            try:
                return await self.app(scope, receive, send)
            finally:
                self.metrics.websockets.dec()
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.http_requests.labels(route, scope["method"], str(status)).inc()
            self.metrics.http_latency.labels(route).observe(time.perf_counter() - started)


class CountedTransportWS(BaseGraphQLTransportWSHandler):  # type: ignore[type-arg]
    """graphql-transport-ws, counting the operations (subscriptions) open on this worker."""

    metrics: Metrics | None = None

    async def run_operation(self, operation: Any) -> None:
        gauge = self.metrics.ws_operations if self.metrics is not None else None
        if gauge is not None:
            gauge.inc()
        try:
            await super().run_operation(operation)
        finally:
            if gauge is not None:
                gauge.dec()


def transport_ws_for(metrics: Metrics | None) -> type[BaseGraphQLTransportWSHandler]:  # type: ignore[type-arg]
    return type("CountedTransportWS", (CountedTransportWS,), {"metrics": metrics})


async def probe_event_bus(broker: events.Broker, timeout: float = PROBE_TIMEOUT) -> float:
    """Publish a probe on a channel of this process and wait for it to come back through the
    bus; returns the round trip in seconds (TimeoutError when none comes back).

    A subscription to Redis or PostgreSQL takes effect a moment after it is asked for, and
    an event published before that is not delivered: the probe is sent again every
    RESEND_SECONDS, and the lag is that of the copy that came back."""
    channel = f"{PROBE_CHANNEL}_{os.getpid()}"
    sent: dict[str, float] = {}

    async def send() -> None:
        while True:
            marker = uuid.uuid4().hex
            sent[marker] = time.perf_counter()
            await broker.publish(channel, {"probe": marker})
            await asyncio.sleep(RESEND_SECONDS)

    async with asyncio.timeout(timeout), broker.subscribe(channel) as stream:
        sender = asyncio.create_task(send())
        try:
            async for event in stream:
                started = sent.get(str(event.get("probe")))
                if started is not None:
                    return time.perf_counter() - started
        finally:
            sender.cancel()
    raise TimeoutError  # the stream ended without the probe


async def watch_event_bus(metrics: Metrics) -> None:
    """Every PROBE_SECONDS: the bus lag, and whether the bus answers at all."""
    while True:
        try:
            lag = await probe_event_bus(events.current_broker())
        except Exception as exc:  # an unreachable bus is what this measures
            metrics.bus_up.set(0)
            log.warning("event bus probe failed: %s", type(exc).__name__)
        else:
            metrics.bus_up.set(1)
            metrics.bus_lag.observe(lag)
        await asyncio.sleep(PROBE_SECONDS)


def metrics_endpoint(metrics: Metrics, token: str) -> Any:
    expected = token.encode()

    @declare(rules.PUBLIC)  # no session rule: METRICS_TOKEN is this route's gate
    async def scrape(request: Request) -> Response:
        address = request.client.host if request.client else None
        sent = bearer_token(request.headers.get("authorization")) or ""
        try:
            if await throttle.held_until(throttle.address_key(address)) is not None:
                return http_error(429, "TOO_MANY_ATTEMPTS", "尝试次数过多，请稍后再试")
            if not hmac.compare_digest(sent.encode(), expected):
                await throttle.count_existence_answer(address)
                return http_error(401, "UNAUTHENTICATED", "需要有效的指标访问令牌")
        except DomainError as error:  # held back by this very failure
            return http_error(429, error.code, error.message)
        # the classic text format (0.0.4), which every Prometheus version scrapes
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_PLAIN_0_0_4)

    return scrape
