"""`python -m bench standards`: how long a standards decision that judges a year again takes.

A scratch database (its own SQLite file or PostgreSQL database, never the shared bench
dataset) gets the demo province at `--scale` and one year of completion rows for every
professional (hours spread so that about half pass either way), then the province bureau
decides, with `recompute`, between the law's 30 / 60 / 90 and seed 003's 24 / 66 / 90 for that
year, back and forth. Each decision judges every person-year of the province again, moves the
rollup and writes its record in one transaction. Printed: the time per decision, the verdicts
it changed, and afterwards the rollup's drift from the table and the verdicts that disagree
with the last decision (both must be 0).
Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.dataset import DEFAULT_PG_URL, _load, _migrate

YEAR = 2016
CHOICES = (("24", "66", "90"), ("30", "60", "90"))
SCRATCH_PG = "jijiao_bench_standards"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=10.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--rounds", type=int, default=4, help="decisions to time")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)


async def _scratch(args: argparse.Namespace, tmp: Path) -> str:
    if args.db == "sqlite":
        return f"sqlite://{tmp}/standards.sqlite3"
    import asyncpg

    from bench.dataset import asyncpg_url

    admin_url = asyncpg_url(args.pg_url.rsplit("/", 1)[0] + "/postgres")
    admin = await asyncpg.connect(admin_url)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {SCRATCH_PG}")
        await admin.execute(f"CREATE DATABASE {SCRATCH_PG}")
    finally:
        await admin.close()
    return args.pg_url.rsplit("/", 1)[0] + f"/{SCRATCH_PG}"


async def _seed_year() -> int:
    """One completion row per professional for YEAR: public 20–34 and professional 56–70
    hours, so 24 / 66 and 30 / 60 each pass a different part of the province."""
    from domain import completion, sql

    await sql.rows(f"DELETE FROM annual_completion WHERE year = {YEAR}", [])
    await sql.rows(
        "INSERT INTO annual_completion (professional_id, year, public_hours, professional_hours,"
        " total_hours, passed, updated_at)"
        f" SELECT id, {YEAR}, 20 + (id * 7) % 15, 56 + (id * 11) % 15,"
        " 76 + (id * 7) % 15 + (id * 11) % 15, ?, CURRENT_TIMESTAMP FROM professional",
        [False],
    )
    await completion.rebuild_rollup()
    rows = await sql.rows(f"SELECT COUNT(*) AS n FROM annual_completion WHERE year = {YEAR}", [])
    return int(rows[0]["n"])


async def _disagreeing(args: argparse.Namespace) -> int:
    """Rows of YEAR whose verdict is not the last decision's (every demo region follows the
    province). The seeded rows have no claims behind them, so `completion.rebuild`, which
    sums claims, is not the check here."""
    from decimal import Decimal

    from domain import sql
    from domain.standard_book import Standard

    public, professional, total = CHOICES[(args.rounds - 1) % 2]
    last = Standard(YEAR, Decimal(public), Decimal(professional), Decimal(total))
    rows = await sql.rows(
        "SELECT public_hours, professional_hours, passed FROM annual_completion"
        f" WHERE year = {YEAR}",
        [],
    )
    return sum(
        last.passes(Decimal(str(r["public_hours"])), Decimal(str(r["professional_hours"])))
        != bool(r["passed"])
        for r in rows
    )


async def _province_admin() -> Any:
    from domain.principal import ALL_MODULES, Principal
    from domain.scope import Scope
    from models import Admin, Organisation
    from models.enums import RoleKind

    province = await Organisation.filter(parent_id=None).order_by("id").first()
    assert province is not None
    admin = await Admin.filter(organisation_id=province.id, is_super=True).first()
    assert admin is not None
    return Principal(
        account_id=admin.account_id,  # type: ignore[attr-defined]
        kind=RoleKind.HRSS,
        organisation_id=province.id,
        admin_id=admin.id,
        is_super=True,
        modules=ALL_MODULES,
        scope=Scope.everything(),
    ), province.region_id


async def _run(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from domain import completion, standards
    from server.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        url = await _scratch(args, Path(tmp))
        await _migrate(url)
        started = time.perf_counter()
        people = await _load(url, args.scale, args.seed)
        print(f"demo province: {people:,} professionals in {time.perf_counter() - started:.1f}s")
        await open_database(url)
        try:
            rows = await _seed_year()
            principal, region = await _province_admin()
            print(f"{rows:,} completion rows of {YEAR}; deciding for region {region} on {args.db}")
            timings: list[float] = []
            for round_ in range(args.rounds):
                public, professional, total = CHOICES[round_ % 2]
                draft = standards.StandardDraft(
                    region_code=region,
                    from_year=YEAR,
                    reason="bench",
                    public_min=public,
                    professional_min=professional,
                    total_min=total,
                    recompute=True,
                )
                began = time.perf_counter()
                decision = await standards.set_standard(principal, draft)
                timings.append(time.perf_counter() - began)
                print(
                    f"  {public}/{professional}/{total}: {timings[-1] * 1000:,.0f} ms, "
                    f"{decision.changed_verdicts:,} verdicts changed, "
                    f"years {decision.recomputed_years}"
                )
            print(f"median decision: {statistics.median(timings) * 1000:,.0f} ms")
            print(f"rollup drift afterwards: {await completion.rollup_drift()} rows")
            print(f"verdicts disagreeing with the standard afterwards: {await _disagreeing(args)}")
        finally:
            await Tortoise.close_connections()
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))
