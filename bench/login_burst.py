"""`python -m bench login-burst`: does a burst of logins stall other requests?

argon2id costs ~19 MiB and tens of milliseconds of CPU per login by design; hashing runs in
a worker thread so the event loop keeps serving. The bench measures a cheap query's latency
alone, then again while N clients log in as fast as they can, and the login rate.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time

from bench.client import LOGIN, GraphQLClient
from bench.dataset import DEFAULT_PG_URL, ensure_dataset
from bench.server import our_server
from bench.timing import Latency

CHEAP = "{ regions { code } }"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--clients", type=int, default=8, help="concurrent login clients")
    parser.add_argument("--rounds", type=int, default=200, help="cheap queries timed per phase")


def _time_cheap(url: str, rounds: int) -> Latency:
    client = GraphQLClient(url, CHEAP, {})
    samples = []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            client.post()
            samples.append(time.perf_counter() - started)
    finally:
        client.close()
    return Latency.of(samples)


def _login_loop(
    url: str, variables: dict[str, object], stop: threading.Event, done: list[int]
) -> None:
    client = GraphQLClient(url, LOGIN, variables)
    try:
        while not stop.is_set():
            client.post()
            done.append(1)
    finally:
        client.close()


def run(args: argparse.Namespace) -> int:
    from domain.demo import demo_logins

    dataset = asyncio.run(ensure_dataset(args.db, args.scale, args.seed, args.pg_url))
    person = next(login for login in demo_logins() if login.role == "专业技术人员")
    variables = {"input": {"idNumber": person.id_number, "password": person.password,
                           "portal": "PROFESSIONAL"}}  # fmt: skip
    with our_server(dataset.database_url, 100) as url:
        _time_cheap(url, 20)  # warm-up
        alone = _time_cheap(url, args.rounds)
        stop, done = threading.Event(), []
        threads = [
            threading.Thread(target=_login_loop, args=(url, variables, stop, done), daemon=True)
            for _ in range(args.clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # let the burst build up
        loaded = _time_cheap(url, args.rounds)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    print(f"\nlogin-burst on {args.db}, {args.clients} clients logging in without pause")
    print(
        f"  cheap query alone        median {alone.median_ms:7.2f} ms  p95 {alone.p95_ms:7.2f} ms"
    )
    print(
        f"  cheap query under burst  median {loaded.median_ms:7.2f} ms  p95 {loaded.p95_ms:7.2f} ms"
    )
    print(f"  logins completed         {len(done)} in {elapsed:.1f}s = {len(done) / elapsed:.1f}/s")
    return 0
