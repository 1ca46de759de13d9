"""`python -m bench load`: concurrency under load across two workers (PostgreSQL + Redis).

`jijiao serve --workers 2` on a fresh PostgreSQL database with the demo province
(--demo-scale), events through Redis. Professionals of one employer file and submit claims
concurrently, that employer's admin decides pending claims in batches meanwhile, and
todoCounts subscribers stay connected (spread over both workers by the kernel). At the end:
every submitted claim has exactly one CLAIM_REVIEW step, each decision counted once, the
completion table and rollup agree with the claims (`jijiao completion-rebuild`), and every
subscriber's last CLAIM_REVIEW count equals the queue. Prints throughput and p50/p95 per
operation. Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from bench.server import answers, free_port, running

ROOT = Path(__file__).resolve().parent.parent
CREATE = """mutation($i: ClaimInput!) { claimCreate(input: $i) { claim { id } errors { code } } }"""
SUBMIT = """mutation($id: ID!) { claimSubmit(input: {id: $id}) { claim { id } errors { code } } }"""
PAGE = """{ reviewSteps(kind: CLAIM_REVIEW, first: %d) { totalCount edges { node { id } } } }"""
DECIDE = """mutation($ids: [ID!]) { reviewDecide(input: {kind: CLAIM_REVIEW, ids: $ids,
    approve: true}) { decidedCount errors { code } } }"""
# the live to-do counts (待办) each subscriber watches
COUNTS_SUBSCRIPTION = "subscription { todoCounts { items { kind count } } }"
LOGIN = """mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }"""


def register(commands: Any) -> None:
    """The `load` subcommand (bench/__main__.py registers it in one line)."""
    parser = commands.add_parser(
        "load",
        help="professionals filing, admins deciding in batches and subscribers, over "
        "2 workers on PostgreSQL + Redis; consistency checks, throughput and p95",
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pg-url",
        default="postgres://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL database to create the scratch database from",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--demo-scale", type=float, default=0.05)
    parser.add_argument("--professionals", type=int, default=40, help="filing concurrently")
    parser.add_argument("--claims", type=int, default=5, help="claims each professional files")
    parser.add_argument("--batch", type=int, default=50, help="steps decided per reviewDecide")
    parser.add_argument("--subscribers", type=int, default=20, help="todoCounts subscribers")


def _asyncpg(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def _admin_sql(url: str, statement: str) -> None:
    conn = await asyncpg.connect(_asyncpg(url))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


class Timings:
    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)

    async def call(self, client: httpx.AsyncClient, name: str, query: str,
                   variables: dict[str, Any], token: str) -> dict[str, Any]:  # fmt: skip
        started = time.perf_counter()
        response = await client.post("/graphql", json={"query": query, "variables": variables},
                                     headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        self.seconds[name].append(time.perf_counter() - started)
        body = response.json()
        if response.status_code != 200 or body.get("errors"):
            self.errors[name] += 1
        return dict(body)


async def _people(url: str, count: int) -> tuple[str, list[str]]:
    """The demo employer admin's id number and sessions for `count` of its professionals,
    issued directly (argon2 logins would take longer than the claims they are for)."""
    from tortoise import Tortoise

    from domain.sessions import issue_session
    from models import Admin, Professional
    from models.enums import OrgKind, ProfessionalStatus, RoleKind
    from server.db import open_database

    await open_database(url)
    try:
        # the employer with the most professionals, and one of its admins (every demo
        # account's password is DEMO_PASSWORD)
        admins = await Admin.filter(organisation__kind=OrgKind.EMPLOYER).values_list(
            "organisation_id", "account__id_number"
        )
        sizes = {org: await Professional.filter(organisation_id=org,
                                                 status=ProfessionalStatus.ACTIVE).count()
                 for org in {o for o, _ in admins}}  # fmt: skip
        unit = max(sizes, key=lambda org: sizes[org])
        admin_id = next(str(n) for o, n in admins if o == unit)
        people = (
            await Professional.filter(organisation_id=unit, status=ProfessionalStatus.ACTIVE)
            .limit(count)
            .values_list("id", "account_id")
        )
        tokens = [(await issue_session(int(a), RoleKind.PROFESSIONAL, professional_id=int(p))).token
                  for p, a in people]  # fmt: skip
    finally:
        await Tortoise.close_connections()
    return admin_id, tokens


def _claim(n: int) -> dict[str, Any]:
    return {"year": 2024, "subject": "PROFESSIONAL", "form": "POST_TRAINING",
            "requestedHours": "4", "details": {"organiser": "山东省卫生健康培训中心",
            "className": f"负载测试班{n}", "content": "全科诊疗规范",
            "startDate": "2024-05-06", "endDate": "2024-05-10"}}  # fmt: skip


async def _subscriber(ws_url: str, token: str, last: dict[int, int], key: int,
                      stop: asyncio.Event) -> None:  # fmt: skip
    async with connect(ws_url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init",
                                  "payload": {"Authorization": f"Bearer {token}"}}))  # fmt: skip
        await ws.recv()
        subscribe = {"id": "1", "type": "subscribe", "payload": {"query": COUNTS_SUBSCRIPTION}}
        await ws.send(json.dumps(subscribe))
        while not stop.is_set():
            try:
                message = json.loads(await asyncio.wait_for(ws.recv(), 0.5))
            except TimeoutError:
                continue
            if message.get("type") == "next":
                items = message["payload"]["data"]["todoCounts"]["items"]
                last[key] = next((i["count"] for i in items if i["kind"] == "CLAIM_REVIEW"), 0)


async def _load(args: argparse.Namespace, base: str, admin_id: str, tokens: list[str]) -> int:
    timings, filed = Timings(), []
    async with httpx.AsyncClient(base_url=base, timeout=60,
                                 limits=httpx.Limits(max_connections=200)) as client:  # fmt: skip
        from domain.demo import DEMO_PASSWORD

        body = await client.post("/graphql", json={"query": LOGIN, "variables": {"input": {
            "idNumber": admin_id, "password": DEMO_PASSWORD, "portal": "EMPLOYER"}}})  # fmt: skip
        admin = body.json()["data"]["login"]["token"]
        last: dict[int, int] = {}
        stop_subs = asyncio.Event()
        ws_url = base.replace("http://", "ws://") + "/graphql"
        subs = [asyncio.create_task(_subscriber(ws_url, admin, last, k, stop_subs))
                for k in range(args.subscribers)]  # fmt: skip
        await asyncio.sleep(1)
        filing_done = asyncio.Event()
        decided = 0

        async def professional(token: str, k: int) -> None:
            for n in range(args.claims):
                made = await timings.call(client, "claimCreate", CREATE,
                                          {"i": _claim(k * 1000 + n)}, token)  # fmt: skip
                claim = ((made.get("data") or {}).get("claimCreate") or {}).get("claim")
                if claim:
                    sent = await timings.call(
                        client, "claimSubmit", SUBMIT, {"id": claim["id"]}, token
                    )
                    if (sent.get("data") or {}).get("claimSubmit", {}).get("claim"):
                        filed.append(claim["id"])

        async def decider() -> None:
            nonlocal decided
            while True:
                page = await timings.call(client, "reviewSteps", PAGE % args.batch, {}, admin)
                ids = [e["node"]["id"] for e in page["data"]["reviewSteps"]["edges"]]
                if not ids and filing_done.is_set():
                    return
                if ids:
                    done = await timings.call(client, "reviewDecide", DECIDE, {"ids": ids}, admin)
                    decided += int(done["data"]["reviewDecide"]["decidedCount"])
                await asyncio.sleep(0.2)

        started = time.perf_counter()
        deciding = asyncio.create_task(decider())
        await asyncio.gather(*(professional(t, k) for k, t in enumerate(tokens)))
        filing_done.set()
        # leave the last few pending, so the to-do counts have something to agree on
        await deciding
        elapsed = time.perf_counter() - started
        extra = [await timings.call(client, "claimCreate", CREATE, {"i": _claim(999_000 + k)}, t)
                 for k, t in enumerate(tokens[:3])]  # fmt: skip
        for k, made in enumerate(extra):
            claim_id = made["data"]["claimCreate"]["claim"]["id"]
            await timings.call(client, "claimSubmit", SUBMIT, {"id": claim_id}, tokens[k])
        await asyncio.sleep(3)  # the to-do feeds coalesce and recount
        queue = (await timings.call(client, "reviewSteps", PAGE % 1, {}, admin))["data"][
            "reviewSteps"]["totalCount"]  # fmt: skip
        stop_subs.set()
        await asyncio.gather(*subs, return_exceptions=True)

    print(f"\nload: {len(tokens)} professionals × {args.claims} claims, decisions in batches of "
          f"{args.batch}, {args.subscribers} subscribers, 2 workers: {elapsed:.1f}s")  # fmt: skip
    print(f"{'operation':<14}{'count':>7}{'errors':>8}{'per s':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for name, seconds in sorted(timings.seconds.items()):
        ordered = sorted(seconds)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(f"{name:<14}{len(ordered):>7}{timings.errors[name]:>8}{len(ordered) / elapsed:>8.1f}"
              f"{statistics.median(ordered) * 1000:>9.0f}{p95 * 1000:>9.0f}")  # fmt: skip
    failures = 0
    wrong = {k: v for k, v in last.items() if v != queue}
    heard = len(last)
    print(f"check: {heard}/{args.subscribers} subscribers heard; queue {queue}; "
          f"subscribers whose last count differs: {len(wrong)}")  # fmt: skip
    failures += bool(wrong) or heard != args.subscribers
    print(f"check: {len(filed)} claims filed, {decided} decided in batches")
    return failures


async def _checks(url: str, filed: int | None = None) -> int:
    conn = await asyncpg.connect(_asyncpg(url))
    try:
        doubled = await conn.fetchval(
            "SELECT count(*) FROM (SELECT subject_id FROM review_step WHERE kind = 'CLAIM_REVIEW' "
            "AND subject_type = 'claim' "
            "GROUP BY subject_id HAVING count(*) > 1) d")  # fmt: skip
        missing = await conn.fetchval(
            "SELECT count(*) FROM claim c WHERE c.status <> 'DRAFT' "
            "AND c.details->>'className' LIKE '负载测试班%' "
            "AND NOT EXISTS (SELECT 1 FROM review_step s WHERE s.subject_id = c.id "
            "AND s.kind = 'CLAIM_REVIEW')")  # fmt: skip
    finally:
        await conn.close()
    print(f"check: claims with more than one CLAIM_REVIEW step {doubled}, submitted without one "
          f"{missing}")  # fmt: skip
    return int(bool(doubled) or bool(missing))


def run(args: argparse.Namespace) -> int:
    name = f"jijiao_load_{uuid.uuid4().hex[:10]}"
    url = f"{args.pg_url.rsplit('/', 1)[0]}/{name}"
    asyncio.run(_admin_sql(args.pg_url, f'CREATE DATABASE "{name}"'))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="jijiao-load-") as tmp:
        env = {**os.environ, "DATABASE_URL": url, "EVENTS_URL": args.redis_url,
               "EVENTS_NAMESPACE": f"load_{uuid.uuid4().hex[:8]}", "DATA_DIR": tmp,
               "SECRET_KEY": "load-bench-secret"}  # fmt: skip
        argv = [str(ROOT / "jijiao"), "serve", "--port", str(port), "--workers", "2",
                "--demo-scale", str(args.demo_scale)]  # fmt: skip
        try:
            with running("jijiao serve", argv, env, lambda: answers(f"{base}/readyz"),
                         Path(tmp) / "serve.log", timeout=600):  # fmt: skip
                admin_id, tokens = asyncio.run(_people(url, args.professionals))
                failures = asyncio.run(_load(args, base, admin_id, tokens))
            failures += asyncio.run(_checks(url))
            rebuild = subprocess.run([sys.executable, "-m", "server", "completion-rebuild"],
                                     cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip
            print("check: " + " / ".join(rebuild.stdout.strip().splitlines()[-2:]))
            failures += rebuild.returncode != 0
        finally:
            asyncio.run(_admin_sql(args.pg_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print("load: every check passed" if not failures else f"load: {failures} check(s) FAILED")
    return 1 if failures else 0
