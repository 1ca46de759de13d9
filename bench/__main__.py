"""`python -m bench SUBCOMMAND …` (also `./dev bench …`); see bench/README.md."""

from __future__ import annotations

import argparse
import sys

from bench import (
    claims,
    excel_import,
    http_floor,
    list_query,
    login_burst,
    standards,
    statistics,
    todo_latency,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description="jijiao benchmarks")
    commands = parser.add_subparsers(dest="command", required=True)
    lists = commands.add_parser(
        "list-query",
        help="one GraphQL list query: our API against hand-written SQL and PostGraphile",
    )
    list_query.add_arguments(lists)
    lists.set_defaults(handler=list_query.run)
    floor = commands.add_parser(
        "http-floor",
        help="the fixed cost of a request: bare Starlette, anonymous, authenticated viewer and "
        "a portal screen, each as a share of bare Starlette's req/s",
    )
    http_floor.add_arguments(floor)
    floor.set_defaults(handler=http_floor.run)
    burst = commands.add_parser(
        "login-burst", help="a cheap query's latency alone and during a burst of logins"
    )
    login_burst.add_arguments(burst)
    burst.set_defaults(handler=login_burst.run)
    claim_path = commands.add_parser(
        "claims",
        help="claims submitted, a 10,000-claim batch approved, a unit's completion query, "
        "certificate PDFs",
    )
    claims.add_arguments(claim_path)
    claim_path.set_defaults(handler=claims.run)
    todo = commands.add_parser(
        "todo-latency",
        help="todoCounts subscribers on one worker: delay from a mutation to their update, "
        "server memory",
    )
    todo_latency.add_arguments(todo)
    todo.set_defaults(handler=todo_latency.run)
    stats = commands.add_parser(
        "statistics",
        help="every statistic for the province and one city over HTTP, on 10 claims per "
        "professional",
    )
    statistics.add_arguments(stats)
    stats.set_defaults(handler=statistics.run)
    imports = commands.add_parser(
        "excel-import",
        help="a 100,000-row professionals workbook through HTTP: dry run, commit, re-import, "
        "failed rows; time and server memory",
    )
    excel_import.add_arguments(imports)
    imports.set_defaults(handler=excel_import.run)
    decision = commands.add_parser(
        "standards",
        help="a province standards decision that judges a year again: time, verdicts changed, "
        "drift afterwards",
    )
    standards.add_arguments(decision)
    decision.set_defaults(handler=standards.run)
    __import__("bench.load").load.register(commands)  # concurrency under load (bench/load.py)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
