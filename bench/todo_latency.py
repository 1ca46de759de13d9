"""`python -m bench todo-latency`: how soon admins hear that their to-do counts changed, and
what their open subscriptions cost the server.

N admins subscribe to `todoCounts` over graphql-transport-ws on one uvicorn worker; a
professional then submits and withdraws a claim, round after round, each time changing the
CLAIM_REVIEW count of one employer. Measured: the delay from the mutation's HTTP response to
each of that employer's subscribers receiving its `next` message, and the server's resident
memory idle, with N subscribers connected, after the rounds and after they hang up.

The subscribers are one asyncio process (the `websockets` client speaking the protocol by
hand): they only wait, and an update reaches about a hundred of them, so one process keeps up
and its timestamps are taken by readers that are otherwise idle.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from bench.client import GraphQLClient
from bench.dataset import DEFAULT_PG_URL, ensure_dataset, scale_text
from bench.server import answers, free_port, running

SUBSCRIPTION = "subscription { todoCounts { total items { kind count } } }"
CREATE = """mutation($i: ClaimInput!) { claimCreate(input: $i) {
  claim { id } errors { code field } } }"""
ACT = (
    """mutation($id: ID!) { %s(input: {id: $id}) { claim { id status } errors { code field } } }"""
)
KIND = "CLAIM_REVIEW"
PROTOCOL = Subprotocol("graphql-transport-ws")
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL bench database")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again")
    parser.add_argument("--subscribers", type=int, default=1000, help="open subscriptions")
    parser.add_argument(
        "--org-subscribers",
        type=int,
        default=100,
        help="how many of them are admins of the employer whose counts change",
    )
    parser.add_argument(
        "--rounds", type=int, default=50, help="rounds of submit + withdraw (2 updates each)"
    )
    parser.add_argument("--events", choices=("memory", "redis"), default="memory")
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="for --events redis")
    parser.add_argument(
        "--connect-concurrency", type=int, default=50, help="WebSocket handshakes in flight"
    )
    parser.add_argument(
        "--no-deflate",
        action="store_true",
        help="do not offer permessage-deflate (browsers offer it, so by default we do too)",
    )
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for one update to arrive"
    )


# ---------------------------------------------------------------------------------------------
# who subscribes: sessions created directly in the database


@dataclass(frozen=True)
class Seat:
    """One subscriber's session: an admin of `organisation_id`."""

    organisation_id: int
    token: str


@dataclass(frozen=True)
class Cast:
    seats: list[Seat]
    watched_id: int  # the employer reviewing the professional's claims
    watched_name: str
    professional_name: str
    professional_token: str
    organisations: int
    token_hashes: list[str]


async def _with_database(url: str, work: Callable[[], Awaitable[Any]]) -> Any:
    from tortoise import Tortoise

    from server.db import open_database

    await open_database(url)
    try:
        return await work()
    finally:
        await Tortoise.close_connections()


async def _cast(subscribers: int, org_subscribers: int) -> Cast:
    """Sessions for `subscribers` admins and the demo professional.

    Issued directly (domain.sessions.issue_session), not by logging in: a login hashes the
    password with argon2 (~40 ms), so 1,000 logins would take most of a minute. The demo has
    one super admin per organisation; an admin may hold many sessions, so the reviewing
    employer's admin holds `org_subscribers` of them and the rest go round the other
    organisations' admins. Super admins only: they hold every module, so each sees
    CLAIM_REVIEW.
    """
    from domain.claims import reviewer_for
    from domain.demo import demo_logins
    from domain.principal import ADMIN_KIND_OF_ORG
    from domain.sessions import issue_session, token_hash
    from models import Account, Admin, Professional
    from models.enums import AccountStatus, OrgStatus, RoleKind

    login = next(login for login in demo_logins() if login.role == "专业技术人员")
    account = await Account.get(id_number=login.id_number)
    professional = await Professional.get(account_id=account.id)
    reviewer = await reviewer_for(professional)
    admins = (
        await Admin.filter(
            status=AccountStatus.ACTIVE, is_super=True, organisation__status=OrgStatus.ACTIVE
        )
        .order_by("id")
        .values("id", "account_id", "organisation_id", "organisation__kind")
    )
    ours = [a for a in admins if a["organisation_id"] == reviewer.id]
    others = [a for a in admins if a["organisation_id"] != reviewer.id]
    if not ours:
        raise SystemExit(f"bench: {reviewer.name} (reviewer of the claims) has no super admin")
    watched = min(org_subscribers, subscribers)
    chosen = [ours[i % len(ours)] for i in range(watched)]
    chosen += [others[i % len(others)] for i in range(subscribers - watched)] if others else []
    seats = []
    for admin in chosen:
        issued = await issue_session(
            admin["account_id"],
            ADMIN_KIND_OF_ORG[admin["organisation__kind"]],
            admin_id=admin["id"],
        )
        seats.append(Seat(admin["organisation_id"], issued.token))
    own = await issue_session(account.id, RoleKind.PROFESSIONAL, professional_id=professional.id)
    tokens = [seat.token for seat in seats] + [own.token]
    return Cast(
        seats=seats,
        watched_id=reviewer.id,
        watched_name=reviewer.name,
        professional_name=account.name,
        professional_token=own.token,
        organisations=len({seat.organisation_id for seat in seats}),
        token_hashes=[token_hash(token) for token in tokens],
    )


async def _drop_sessions(token_hashes: list[str]) -> None:
    """The bench's sessions go when it ends: a reused dataset should not pile them up."""
    from models import Session

    for start in range(0, len(token_hashes), 500):
        await Session.filter(token_hash__in=token_hashes[start : start + 500]).delete()


# ---------------------------------------------------------------------------------------------
# the server, and what the kernel says about its process


@dataclass(frozen=True)
class Served:
    http_url: str
    ws_url: str
    pid: int
    log_path: Path


@contextmanager
def _server(database_url: str, events_url: str) -> Iterator[Served]:
    """Our server as bench.server.our_server starts it, but with EVENTS_URL kept (our_server
    drops it) and the process id exposed, whose memory and CPU time we read."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="jijiao-bench-") as tmp:
        env = {
            **os.environ, "DATABASE_URL": database_url, "DATA_DIR": tmp, "PORT": str(port),
            "EVENTS_URL": events_url,
            # a private channel prefix: tests or another bench may share the Redis
            "EVENTS_NAMESPACE": f"bench_todo_{os.getpid()}",
        }  # fmt: skip
        argv = [
            sys.executable, "-m", "uvicorn", "--factory", "server.asgi:app_factory",
            "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
            "--log-level", "warning", "--no-access-log",
        ]  # fmt: skip
        log_path = Path(tmp) / "server.log"
        with running(
            "jijiao (uvicorn)", argv, env, lambda: answers(f"{base}/healthz"), log_path
        ) as process:
            print(f"ours: uvicorn on {base} (one worker, pid {process.pid})", flush=True)
            yield Served(f"{base}/graphql", f"ws://127.0.0.1:{port}/graphql", process.pid, log_path)


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise SystemExit(f"bench: no VmRSS for pid {pid}")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process so far."""
    with open(f"/proc/{pid}/stat") as stat:
        # the command name may hold spaces: fields are counted after its closing parenthesis
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class CpuWatch:
    """The server's CPU use over a phase, as a share of one core."""

    pid: int
    cpu0: float = 0.0
    wall0: float = 0.0

    def start(self) -> CpuWatch:
        self.cpu0, self.wall0 = _cpu_seconds(self.pid), time.perf_counter()
        return self

    def share(self) -> tuple[float, float]:
        """(share of one core, seconds) since start()."""
        wall = time.perf_counter() - self.wall0
        return (_cpu_seconds(self.pid) - self.cpu0) / max(wall, 1e-9), wall


def _server_trouble(log_path: Path) -> list[str]:
    """Lines of the server's log that say something went wrong (it logs warnings and up)."""
    try:
        lines = log_path.read_text(errors="replace").splitlines()
    except OSError:
        return []
    return [line for line in lines if line.strip()]


# ---------------------------------------------------------------------------------------------
# subscribers: graphql-transport-ws by hand


@dataclass
class Update:
    arrived: float  # time.perf_counter() when the reader got the message
    count: int  # the CLAIM_REVIEW count it carried


@dataclass(eq=False)
class Subscriber:
    seat: Seat
    watched: bool  # an admin of the organisation whose counts change
    ws: ClientConnection | None = None
    initial: int | None = None
    updates: list[Update] = field(default_factory=list)
    failure: str | None = None
    reader: asyncio.Task[None] | None = None


class Arrivals:
    """How many updates the watched subscribers have received; wakes whoever waits."""

    def __init__(self) -> None:
        self.count = 0
        self.changed = asyncio.Event()

    def note(self) -> None:
        self.count += 1
        self.changed.set()

    async def reach(self, target: int, timeout: float) -> bool:
        deadline = time.perf_counter() + timeout
        while self.count < target:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return False
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                return False
        return True


def _claim_count(message: dict[str, Any]) -> int:
    payload = message.get("payload") or {}
    if payload.get("errors"):
        raise RuntimeError(f"subscription error: {payload['errors']}")
    items = payload["data"]["todoCounts"]["items"]
    return next((item["count"] for item in items if item["kind"] == KIND), 0)


async def _next_message(ws: ClientConnection) -> dict[str, Any]:
    """The next protocol message, answering the server's pings on the way."""
    while True:
        message = json.loads(await ws.recv())
        if message.get("type") == "ping":
            await ws.send(json.dumps({"type": "pong"}))
            continue
        return message


async def _subscribe(sub: Subscriber, url: str, deflate: bool) -> None:
    """connection_init → connection_ack → subscribe → the first `next` (counts now)."""
    ws = await connect(
        url,
        subprotocols=[PROTOCOL],
        compression="deflate" if deflate else None,
        proxy=None,
        # the server (uvicorn) pings every 20 s on its own; the client need not add its pings
        ping_interval=None,
        open_timeout=60,
    )
    sub.ws = ws
    auth = {"Authorization": f"Bearer {sub.seat.token}"}
    await ws.send(json.dumps({"type": "connection_init", "payload": auth}))
    ack = await _next_message(ws)
    if ack.get("type") != "connection_ack":
        raise RuntimeError(f"no connection_ack: {ack}")
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
    first = await _next_message(ws)
    if first.get("type") != "next":
        raise RuntimeError(f"first message {first.get('type')}: {first}")
    sub.initial = _claim_count(first)


async def _read(sub: Subscriber, arrivals: Arrivals) -> None:
    """Stamp every later `next` the moment it is read; anything else ends the subscriber."""
    assert sub.ws is not None
    try:
        while True:
            raw = await sub.ws.recv()
            arrived = time.perf_counter()
            message = json.loads(raw)
            if message.get("type") == "ping":
                await sub.ws.send(json.dumps({"type": "pong"}))
            elif message.get("type") == "next":
                sub.updates.append(Update(arrived, _claim_count(message)))
                if sub.watched:
                    arrivals.note()
            else:
                sub.failure = f"unexpected {message.get('type')}: {str(message)[:120]}"
                return
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # a closed or broken connection is counted, not fatal
        sub.failure = f"{type(exc).__name__}: {exc}"[:160]


async def _open_all(
    subscribers: list[Subscriber], url: str, deflate: bool, concurrency: int, arrivals: Arrivals
) -> float:
    """Subscribe everyone, `concurrency` handshakes at a time; returns the seconds it took."""
    gate = asyncio.Semaphore(concurrency)

    async def one(sub: Subscriber) -> None:
        async with gate:
            try:
                await asyncio.wait_for(_subscribe(sub, url, deflate), 60)
            except Exception as exc:  # refused or broken: counted and shown, not fatal
                sub.failure = f"{type(exc).__name__}: {exc}"[:160]
                return
        sub.reader = asyncio.create_task(_read(sub, arrivals))

    started = time.perf_counter()
    await asyncio.gather(*(one(sub) for sub in subscribers))
    return time.perf_counter() - started


async def _close_all(subscribers: list[Subscriber]) -> None:
    for sub in subscribers:
        if sub.reader is not None:
            sub.reader.cancel()
    await asyncio.gather(
        *(sub.ws.close() for sub in subscribers if sub.ws is not None), return_exceptions=True
    )


# ---------------------------------------------------------------------------------------------
# the professional's mutations


def _call(url: str, token: str, query: str, variables: dict[str, Any]) -> tuple[Any, float]:
    """POST one mutation (blocking, so run it in a thread); returns the payload and the
    moment the response had arrived."""
    client = GraphQLClient(url, query, variables, token)
    try:
        raw = client.post()
        arrived = time.perf_counter()
    finally:
        client.close()
    body = json.loads(raw)
    if body.get("errors"):
        raise SystemExit(f"bench: {query.split('(')[0]} failed: {body['errors']}")
    payload = next(iter(body["data"].values()))
    if payload.get("errors"):
        raise SystemExit(f"bench: mutation refused: {payload['errors']}")
    return payload, arrived


def _claim(round_no: int) -> dict[str, Any]:
    # ONLINE needs no attachment; PUBLIC hours up to 90; the year may not be in the future
    today = dt.date.today()
    return {"year": today.year, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": "1",
            "details": {"platform": "bench", "course": f"todo-latency round {round_no}",
                        "date": today.isoformat()}}  # fmt: skip


class Professional:
    """The demo professional, whose submissions the watched employer reviews. Calls run in
    threads so the event loop keeps stamping subscriber messages while they are in flight."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.token = token

    async def _do(self, query: str, variables: dict[str, Any]) -> tuple[Any, float]:
        return await asyncio.to_thread(_call, self.url, self.token, query, variables)

    async def create(self, round_no: int) -> str:
        payload, _ = await self._do(CREATE, {"i": _claim(round_no)})
        return str(payload["claim"]["id"])

    async def act(self, action: str, claim_id: str) -> tuple[float, float]:
        """(response arrived, response time) of claimSubmit / claimWithdraw / claimDelete."""
        sent = time.perf_counter()
        _, arrived = await self._do(ACT % action, {"id": claim_id})
        return arrived, arrived - sent


# ---------------------------------------------------------------------------------------------
# the measurement


@dataclass
class Delivery:
    """One count change: when the mutation answered, and when each watched subscriber heard."""

    action: str
    response_seconds: float
    delays: list[float]  # update − response, per watched subscriber that got the right count
    wrong: int  # watched subscribers whose next update carried another count


@dataclass
class Figures:
    connected: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    connect_seconds: float = 0.0
    watched: int = 0
    deflate: str = ""
    rss_kib: dict[str, int] = field(default_factory=dict)
    cpu: dict[str, tuple[float, float]] = field(default_factory=dict)
    deliveries: list[Delivery] = field(default_factory=list)
    strays: int = 0
    lost: list[str] = field(default_factory=list)  # subscribers that failed after subscribing


async def _deliver(
    action: str,
    claim_id: str,
    expected: int,
    professional: Professional,
    watched: list[Subscriber],
    arrivals: Arrivals,
    timeout: float,
) -> Delivery:
    """Run one mutation and wait until every watched subscriber has its update (or timeout)."""
    seen = [len(sub.updates) for sub in watched]
    target = arrivals.count + len(watched)
    responded, response_seconds = await professional.act(action, claim_id)
    await arrivals.reach(target, timeout)
    delays, wrong = [], 0
    for sub, before in zip(watched, seen, strict=True):
        if len(sub.updates) > before:
            update = sub.updates[before]
            if update.count == expected:
                delays.append(update.arrived - responded)
            else:
                wrong += 1
    return Delivery(action, response_seconds, delays, wrong)


async def _rounds(
    args: argparse.Namespace,
    professional: Professional,
    watched: list[Subscriber],
    arrivals: Arrivals,
    baseline: int,
) -> list[Delivery]:
    deliveries = []
    for round_no in range(args.rounds):
        claim_id = await professional.create(round_no)
        for action, expected in (("claimSubmit", baseline + 1), ("claimWithdraw", baseline)):
            delivery = await _deliver(
                action, claim_id, expected, professional, watched, arrivals, args.timeout
            )
            deliveries.append(delivery)
        # the withdrawn draft goes, so reruns leave the dataset as they found it
        await professional.act("claimDelete", claim_id)
    return deliveries


async def _settle_cpu(pid: int, seconds: float) -> tuple[float, float]:
    """The server's CPU share over `seconds` in which nothing is asked of it."""
    watch = CpuWatch(pid).start()
    await asyncio.sleep(seconds)
    return watch.share()


async def _measure(args: argparse.Namespace, served: Served, cast: Cast) -> Figures:
    figures = Figures()
    professional = Professional(served.http_url, cast.professional_token)
    # one draft made and deleted before anything is read: the claim is valid and the
    # mutation path is warm, so "idle" is a server that has served a request
    warm_id = await professional.create(-1)
    await professional.act("claimDelete", warm_id)
    await asyncio.sleep(1.0)
    figures.rss_kib["idle"] = _rss_kib(served.pid)

    subscribers = [Subscriber(seat, seat.organisation_id == cast.watched_id) for seat in cast.seats]
    arrivals = Arrivals()
    connect_cpu = CpuWatch(served.pid).start()
    figures.connect_seconds = await _open_all(
        subscribers, served.ws_url, not args.no_deflate, args.connect_concurrency, arrivals
    )
    figures.cpu["connecting"] = connect_cpu.share()
    live = [sub for sub in subscribers if sub.failure is None]
    figures.connected = len(live)
    figures.failures = Counter(sub.failure for sub in subscribers if sub.failure is not None)
    print(
        f"subscribed: {len(live):,} of {len(subscribers):,} in {figures.connect_seconds:.1f}s",
        flush=True,
    )
    try:
        watched = [sub for sub in live if sub.watched]
        figures.watched = len(watched)
        if not watched:
            raise SystemExit("bench: none of the reviewing employer's subscribers connected")
        first_ws = watched[0].ws
        assert first_ws is not None and first_ws.response is not None
        figures.deflate = first_ws.response.headers.get("Sec-WebSocket-Extensions", "")
        figures.cpu["idle, all connected"] = await _settle_cpu(served.pid, 3.0)
        figures.rss_kib["connected"] = _rss_kib(served.pid)

        baselines = {sub.initial for sub in watched}
        if len(baselines) != 1:
            raise SystemExit(f"bench: watched subscribers disagree on the count: {baselines}")
        rounds_cpu = CpuWatch(served.pid).start()
        figures.deliveries = await _rounds(args, professional, watched, arrivals, baselines.pop())
        figures.cpu["rounds"] = rounds_cpu.share()
        await asyncio.sleep(1.0)  # late or stray updates have time to arrive before counting
        figures.strays = sum(len(sub.updates) for sub in live if not sub.watched)
        figures.lost = [sub.failure for sub in live if sub.failure is not None]
        figures.rss_kib["after rounds"] = _rss_kib(served.pid)
    finally:
        await _close_all(subscribers)
    await asyncio.sleep(2.0)
    figures.rss_kib["after hang-up"] = _rss_kib(served.pid)
    return figures


# ---------------------------------------------------------------------------------------------
# the report


def _rank(ordered: list[float], share: float) -> float:
    """Nearest rank: the smallest sample at or above `share` of all samples."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _spread_text(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    if not ordered:
        return "no samples"
    ms = [value * 1000 for value in ordered]
    return (
        f"median {statistics.median(ms):7.1f}  p95 {_rank(ms, 0.95):7.1f}  "
        f"p99 {_rank(ms, 0.99):7.1f}  max {ms[-1]:7.1f}  min {ms[0]:7.1f} ms"
    )


def _mib(kib: int) -> str:
    return f"{kib / 1024:7.1f} MiB"


def _show(args: argparse.Namespace, dataset: Any, cast: Cast, figures: Figures) -> None:
    from domain.todo import COALESCE_SECONDS

    deliveries = figures.deliveries
    delays = [delay for d in deliveries for delay in d.delays]
    reached = [len(d.delays) for d in deliveries]
    print()
    print(
        f"todo-latency on {args.db}, scale {scale_text(dataset.scale)}, events {args.events}: "
        f"{len(cast.seats):,} subscribers over {cast.organisations} organisations on one worker"
    )
    print(
        f"  watched: {figures.watched} subscribers are admins of {cast.watched_name} "
        f"(reviewer of {cast.professional_name}'s claims)"
    )
    print(
        "  client: one asyncio process (websockets, graphql-transport-ws by hand); "
        f"WebSocket extensions: {figures.deflate or 'none'}"
    )
    print(
        f"  subscribed {figures.connected:,} of {len(cast.seats):,} in "
        f"{figures.connect_seconds:.1f}s ({args.connect_concurrency} handshakes in flight)"
    )
    for reason, n in figures.failures.most_common():
        print(f"    failed to subscribe ×{n}: {reason}")
    actions = Counter(d.action for d in deliveries)
    print(
        f"  updates: {len(deliveries)} count changes ("
        + ", ".join(f"{n} {action}" for action, n in actions.items())
        + f"); each reached min {min(reached, default=0)} / max {max(reached, default=0)} "
        f"of {figures.watched} watched subscribers"
        f" (all of them {sum(n == figures.watched for n in reached)} times)"
    )
    wrong = sum(d.wrong for d in deliveries)
    if wrong:
        print(f"    {wrong} subscriber-updates carried an unexpected count")
    print(f"  updates to other organisations' subscribers: {figures.strays} (expected 0)")
    for reason in figures.lost:
        print(f"    a subscriber dropped during the run: {reason}")
    print(
        f"  delay, mutation response → subscriber's `next`, over {len(delays):,} "
        f"subscriber-updates (includes the server's {COALESCE_SECONDS * 1000:.0f} ms "
        "coalescing window, domain/todo.py COALESCE_SECONDS):"
    )
    print(f"    {'all':<13} {_spread_text(delays)}")
    for action in actions:
        mine = [delay for d in deliveries if d.action == action for delay in d.delays]
        print(f"    {action:<13} {_spread_text(mine)}")
    fan_out = [max(d.delays) - min(d.delays) for d in deliveries if d.delays]
    print(f"    fan-out (last − first subscriber of one update) {_spread_text(fan_out)}")
    for action in actions:
        responses = [d.response_seconds for d in deliveries if d.action == action]
        print(f"  {action} response time  {_spread_text(responses)}")
    rss = figures.rss_kib
    print("  server RSS (VmRSS of the uvicorn process):")
    for phase, kib in rss.items():
        print(f"    {phase:<22} {_mib(kib)}")
    if figures.connected and "connected" in rss:
        per = (rss["connected"] - rss["idle"]) / figures.connected
        shown = f"{per:7.1f} KiB  ((connected − idle) / {figures.connected:,})"
        print(f"    per subscriber         {shown}")
    if delays and "after rounds" in rss:
        # what stays behind per message sent: 0 for a server that keeps nothing per update
        per = (rss["after rounds"] - rss["connected"]) / len(delays)
        shown = f"{per:7.2f} KiB  ((after rounds − connected) / {len(delays):,} subscriber-updates)"
        print(f"    per update sent        {shown}")
    print("  server CPU, share of one core:")
    for phase, (share, seconds) in figures.cpu.items():
        print(f"    {phase:<22} {share:7.0%} over {seconds:.1f}s")


# ---------------------------------------------------------------------------------------------


def _raise_fd_limit(needed: int) -> None:
    """Each subscriber is a socket here and one in the server, which inherits our limits."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = needed + 512
    if soft < wanted:
        raise_to = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (raise_to, hard))
        if raise_to < wanted:
            print(f"bench: warning: open files limited to {raise_to}", flush=True)


def run(args: argparse.Namespace) -> int:
    _raise_fd_limit(args.subscribers)
    events_url = args.redis_url if args.events == "redis" else "memory://"
    dataset = asyncio.run(ensure_dataset(args.db, args.scale, args.seed, args.pg_url, args.rebuild))
    started = time.perf_counter()
    cast: Cast = asyncio.run(
        _with_database(dataset.database_url, lambda: _cast(args.subscribers, args.org_subscribers))
    )
    print(
        f"sessions: {len(cast.token_hashes):,} created in the database in "
        f"{time.perf_counter() - started:.1f}s",
        flush=True,
    )
    try:
        with _server(dataset.database_url, events_url) as served:
            figures = asyncio.run(_measure(args, served, cast))
            trouble = _server_trouble(served.log_path)
    finally:
        asyncio.run(_with_database(dataset.database_url, lambda: _drop_sessions(cast.token_hashes)))
    _show(args, dataset, cast, figures)
    if trouble:
        print(f"\nthe server logged {len(trouble)} lines (warnings and up); the last ones:")
        for line in trouble[-20:]:
            print(f"  {line}")
    return 0
