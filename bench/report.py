"""Figures as a table on the terminal and as JSON under bench/results/."""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.dataset import Dataset, scale_text
from bench.timing import Latency, Throughput
from server.settings import ROOT

RESULTS_DIR = ROOT / "bench" / "results"


def latency_text(latency: Latency) -> str:
    return f"median {latency.median_ms:8.2f} ms  p95 {latency.p95_ms:8.2f} ms"


def throughput_text(result: Throughput) -> str:
    errors = f", {result.errors} errors" if result.errors else ""
    return (
        f"{result.per_second:8.1f} req/s ({result.clients} clients, {result.seconds:.1f}s{errors})"
    )


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def _ratios(row: dict[str, Latency], ours: str) -> dict[str, dict[str, float | None]]:
    """ours ÷ each other way, for the median and the p95."""
    mine = row[ours]
    return {
        label: {"median": _ratio(mine.median_ms, other.median_ms),
                "p95": _ratio(mine.p95_ms, other.p95_ms)}
        for label, other in row.items() if label != ours
    }  # fmt: skip


def _commit() -> str | None:
    """The checked-out commit, read from .git without running git."""
    head = ROOT / ".git" / "HEAD"
    try:
        text = head.read_text().strip()
        if text.startswith("ref: "):
            return (ROOT / ".git" / text[5:]).read_text().strip()
        return text
    except OSError:
        return None


def show(
    args: argparse.Namespace,
    dataset: Dataset,
    figures: dict[str, Any],
    ours: str,
    peer: str,
    query: str,
    peer_query: str,
) -> Path:
    latency: dict[int, dict[str, Latency]] = figures["latency"]
    throughput: dict[int, dict[str, Throughput]] = figures["throughput"]
    how = "reused; built" if dataset.reused else "built"
    print()
    print(
        f"list-query on {dataset.dialect}, scale {scale_text(dataset.scale)}: "
        f"{dataset.professionals:,} professionals (dataset {how} in {dataset.load_seconds:.1f}s)"
    )
    print(f"{'rows':>5}  {'method':<42} {'median ms':>10} {'p95 ms':>9} {'ours÷this':>10}")
    for size, row in latency.items():
        ratios = _ratios(row, ours)
        for label, figure in row.items():
            ratio = ratios.get(label, {}).get("median")
            shown = "" if label == ours else (f"{ratio:.1f}×" if ratio else "-")
            print(
                f"{size:>5}  {label:<42} {figure.median_ms:>10.2f} {figure.p95_ms:>9.2f} "
                f"{shown:>10}"
            )
    if any(throughput.values()):
        print(f"\nthroughput, {args.clients} concurrent clients for {args.duration:g}s each:")
        for size, row in throughput.items():
            for label, result in row.items():
                print(f"{size:>5}  {label:<42} {throughput_text(result)}")
            if ours in row and peer in row:
                ratio = _ratio(row[ours].per_second, row[peer].per_second)
                print(f"{size:>5}  {'ours÷peer (req/s)':<42} {ratio}")
    document = {
        "benchmark": "list-query",
        "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "commit": _commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_at_end": os.getloadavg(),
                    "others_busy_before": figures.get("busy_before")},
        "dataset": asdict(dataset),
        "query": query,
        "peer_query": peer_query if any(peer in row for row in latency.values()) else None,
        "latency_ms": {
            str(size): {label: asdict(figure) for label, figure in row.items()}
            for size, row in latency.items()
        },
        "ratios_ours_over": {str(size): _ratios(row, ours) for size, row in latency.items()},
        "throughput": {
            str(size): {label: {**asdict(r), "per_second": round(r.per_second, 1)}
                        for label, r in row.items()}
            for size, row in throughput.items()
        },
    }  # fmt: skip
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    name = f"list-query-{dataset.dialect}-scale{scale_text(dataset.scale)}-{stamp}.json"
    path = RESULTS_DIR / name
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"\nfigures written to {path.relative_to(ROOT)}")
    return path
