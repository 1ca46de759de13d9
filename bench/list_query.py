"""`python -m bench list-query`: one GraphQL list query, ours against the floor and the peer.

The query lists professionals with their employer and the employer's parent. Every way of
answering is checked to give the same data (ids and names in the same order) before any of
them is timed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Callable
from contextlib import ExitStack
from functools import partial
from typing import Any

from bench import peer, report
from bench.client import GraphQLClient, demo_admin_token
from bench.dataset import DEFAULT_PG_URL, ensure_dataset
from bench.floor import open_floor
from bench.server import our_server
from bench.timing import Latency, Throughput, complete, concurrent, interleaved

OURS = "ours: jijiao over HTTP"
PEER = "peer: PostGraphile 4 over HTTP"

QUERY = """query($first: Int) {
  persons(first: $first) {
    edges { node {
      id name idNumber titleSeries titleGrade
      organisation { id name parent { id name } }
    } }
  }
}"""

Answer = list[tuple[Any, ...]]
Call = Callable[[], Any]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=100.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL bench database")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again")
    parser.add_argument(
        "--rounds", type=int, help="timed rounds per size (default 50 for 50 rows, 20 for 1,000)"
    )
    parser.add_argument("--sizes", default="50,1000", help="page sizes, comma-separated")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument(
        "--duration", type=float, default=5.0, help="seconds per throughput run (0: skip)"
    )
    parser.add_argument("--no-peer", action="store_true", help="skip PostGraphile")


def _sizes(args: argparse.Namespace) -> list[int]:
    return [int(size) for size in args.sizes.split(",")]


def default_rounds(size: int) -> int:
    return 50 if size <= 50 else 20


def _ours_rows(body: dict[str, Any]) -> Answer:
    edges = body["data"]["persons"]["edges"]
    return [_row(e["node"], e["node"]) for e in edges]


def _peer_rows(body: dict[str, Any]) -> Answer:
    edges = body["data"]["allProfessionals"]["edges"]
    return [_row(e["node"], e["node"]["accountByAccountId"], peer_names=True) for e in edges]


def _row(node: dict[str, Any], person: dict[str, Any], peer_names: bool = False) -> tuple[Any, ...]:
    org = node["organisationByOrganisationId" if peer_names else "organisation"]
    parent = (org or {}).get("organisationByParentId" if peer_names else "parent")
    return (
        str(node["id"]), person["name"], person["idNumber"], node["titleSeries"],
        node["titleGrade"],
        org and str(org["id"]), org and org["name"],
        parent and str(parent["id"]), parent and parent["name"],
    )  # fmt: skip


def _decode(label: str, text: str | bytes, rows: Callable[[dict[str, Any]], Answer]) -> Answer:
    body = json.loads(text)
    if body.get("errors"):
        raise SystemExit(f"bench: {label} answered with errors: {body['errors']}")
    return rows(body)


def verify(size: int, answers: dict[str, Answer]) -> None:
    """Every way answers the same rows in the same order, or the bench stops."""
    reference_label, reference = next(iter(answers.items()))
    if not reference:
        raise SystemExit(f"bench: {reference_label} returned no rows for first={size}")
    for label, answer in answers.items():
        if answer == reference:
            continue
        if len(answer) != len(reference):
            raise SystemExit(
                f"bench: first={size}: {label} gave {len(answer)} rows, "
                f"{reference_label} {len(reference)}"
            )
        i = next(i for i, (a, b) in enumerate(zip(answer, reference, strict=True)) if a != b)
        raise SystemExit(
            f"bench: first={size}: {label} differs from {reference_label} at row {i}:\n"
            f"  {answer[i]}\n  {reference[i]}"
        )
    print(f"verified first={size}: {len(reference)} rows, same in {len(answers)} ways", flush=True)


def _http_post(
    url: str, query: str, size: int, opened: list[GraphQLClient], token: str | None = None
) -> Call:
    client = GraphQLClient(url, query, {"first": size}, token)
    opened.append(client)
    return client.post


async def _measure(args: argparse.Namespace, dataset_url: str, urls: dict[str, str]) -> dict:
    sizes = _sizes(args)
    queries = {OURS: QUERY, PEER: peer.QUERY}
    latency: dict[int, dict[str, Latency]] = {}
    throughput: dict[int, dict[str, Throughput]] = {}
    opened: list[GraphQLClient] = []
    # our API answers lists to a signed-in admin only; the peer has no sessions
    tokens = {OURS: demo_admin_token(urls[OURS]), PEER: None}
    try:
        async with open_floor(args.db, dataset_url) as floor:
            for size in sizes:
                calls: dict[str, Call] = {
                    OURS: _http_post(urls[OURS], QUERY, size, opened, tokens[OURS])
                }
                decoders = {OURS: _ours_rows}
                for label, floor_call in floor.items():
                    calls[label] = partial(floor_call, size)
                    decoders[label] = _ours_rows
                if PEER in urls:
                    calls[PEER] = _http_post(urls[PEER], peer.QUERY, size, opened)
                    decoders[PEER] = _peer_rows
                answers = {}
                for label, call in calls.items():
                    answers[label] = _decode(label, await complete(call()), decoders[label])
                verify(size, answers)
                latency[size] = await interleaved(calls, args.rounds or default_rounds(size))
                for label, figure in latency[size].items():
                    print(f"  first={size:<5} {label:<42} {report.latency_text(figure)}")
                throughput[size] = {}
                for label in (OURS, PEER) if args.duration > 0 else ():
                    if label in urls:
                        result = concurrent(
                            partial(
                                _http_post, urls[label], queries[label], size, opened, tokens[label]
                            ),
                            args.clients,
                            args.duration,
                        )
                        throughput[size][label] = result
                        print(f"  first={size:<5} {label:<42} {report.throughput_text(result)}")
    finally:
        for client in opened:
            client.close()
    return {"latency": latency, "throughput": throughput}


def _busy_share(seconds: float = 1.0) -> float | None:
    """The share of CPU time other processes used over `seconds` (Linux), before we start."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    return 1 - (idle1 - idle0) / max(total1 - total0, 1)


def _warn_if_busy() -> float | None:
    busy = _busy_share()
    if busy is not None and busy > 0.15:
        print(
            f"bench: warning: other processes keep the CPUs {busy:.0%} busy; figures will be noisy",
            flush=True,
        )


def run(args: argparse.Namespace) -> int:
    dataset = asyncio.run(ensure_dataset(args.db, args.scale, args.seed, args.pg_url, args.rebuild))
    busy_before = _warn_if_busy()
    with ExitStack() as stack:
        largest = max(_sizes(args))
        urls = {OURS: stack.enter_context(our_server(dataset.database_url, largest))}
        if args.db == "postgres" and not args.no_peer:
            urls[PEER] = stack.enter_context(peer.peer_server(dataset.database_url))
        figures = asyncio.run(_measure(args, dataset.database_url, urls))
    figures["busy_before"] = busy_before
    report.show(args, dataset, figures, OURS, PEER, QUERY, peer.QUERY)
    return 0
