"""Latency samples, their summary, and a closed-loop throughput run."""

from __future__ import annotations

import inspect
import math
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Call = Callable[[], Any]


@dataclass(frozen=True)
class Latency:
    rounds: int
    median_ms: float
    p95_ms: float
    min_ms: float
    max_ms: float

    @classmethod
    def of(cls, seconds: list[float]) -> Latency:
        ordered = sorted(seconds)
        # nearest rank: the smallest sample at or above 95 % of all samples
        p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
        return cls(
            rounds=len(ordered),
            median_ms=statistics.median(ordered) * 1000,
            p95_ms=p95 * 1000,
            min_ms=ordered[0] * 1000,
            max_ms=ordered[-1] * 1000,
        )


@dataclass(frozen=True)
class Throughput:
    clients: int
    seconds: float
    requests: int
    errors: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def interleaved(calls: dict[str, Call], rounds: int, warmup: int = 10) -> dict[str, Latency]:
    """Time each call `rounds` times, one request at a time, after `warmup` untimed rounds.

    The calls take turns (round robin, the order rotating each round), so a machine that
    slows down for a while slows every way alike instead of whichever ran then. A call may
    be plain or return an awaitable; either way it is timed to completion.
    """
    labels = list(calls)
    samples: dict[str, list[float]] = {label: [] for label in labels}
    for i in range(warmup + rounds):
        shift = i % len(labels)
        for label in labels[shift:] + labels[:shift]:
            started = time.perf_counter()
            await complete(calls[label]())
            if i >= warmup:
                samples[label].append(time.perf_counter() - started)
    return {label: Latency.of(samples[label]) for label in labels}


async def complete(result: Any) -> Any:
    """The result, awaited if it is awaitable."""
    return await result if inspect.isawaitable(result) else result


def concurrent(
    make_call: Callable[[], Callable[[], Any]], clients: int, seconds: float
) -> Throughput:
    """`clients` threads, each with its own `make_call()`, calling back to back until
    `seconds` have passed (a closed loop, like wrk's connections).

    Requests still in flight at the deadline finish and count; the elapsed time runs to
    the last of them, so the rate is completed requests over the time they took.
    """
    calls = [make_call() for _ in range(clients)]
    done = [0] * clients
    failed = [0] * clients
    start = threading.Barrier(clients + 1)
    deadline = 0.0

    def client(i: int) -> None:
        start.wait()
        while time.perf_counter() < deadline:
            try:
                calls[i]()
            except Exception:  # a failed request is counted, not fatal
                failed[i] += 1
            else:
                done[i] += 1

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    deadline = started + seconds
    start.wait()
    for thread in threads:
        thread.join()
    return Throughput(clients, time.perf_counter() - started, sum(done), sum(failed))
