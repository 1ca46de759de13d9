"""Fault tests run in the PostgreSQL pass only: they start a PostgreSQL cluster and a Redis of
their own (tests/faults/services.py), put a small province in it, and break them on purpose."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from tortoise import Tortoise

from server.db import open_database
from server.migrations import apply_migrations
from tests.conftest import BACKEND
from tests.faults.services import PgCluster, RedisServer

SEED_YEAR = 2024


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    skip = pytest.mark.skip(reason="fault tests run in the PostgreSQL pass (own cluster)")
    for item in items:
        if "tests/faults/" in item.path.as_posix():
            item.add_marker(pytest.mark.postgres_only)
            item.add_marker(pytest.mark.slow)
            if BACKEND != "postgres":
                item.add_marker(skip)


@pytest.fixture(scope="module")
def cluster() -> Iterator[PgCluster]:
    """A PostgreSQL cluster of this module's own, which its tests may restart or stop."""
    own = PgCluster()
    try:
        own.init()
        yield own
    finally:
        own.remove()


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    own = RedisServer()
    own.start()
    try:
        yield own
    finally:
        own.stop()


async def sql(url: str, statement: str, *args: Any) -> Any:
    """One statement on a fresh connection (the test's own view, outside any worker)."""
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        return await conn.fetch(statement, *args)
    finally:
        await conn.close()


async def seed_pending_claims(unit_id: int, count: int) -> int:
    """`count` SUBMITTED online claims of the unit's professionals, each with its pending
    CLAIM_REVIEW step for the unit: what `count` submissions leave behind, written in bulk
    (filing 10,000 claims through HTTP would take the test's whole time)."""
    from tortoise import timezone

    from models import Claim, Professional, ReviewStep
    from models.enums import ClaimStatus, ReviewKind

    people = await Professional.filter(organisation_id=unit_id).values_list(
        "id", "account_id", "account__name"
    )
    now = timezone.now()
    claims = [
        Claim(professional_id=people[i % len(people)][0], year=SEED_YEAR,
              subject="PUBLIC" if i % 2 else "PROFESSIONAL", form="ONLINE",
              details={"platform": "山东省专业技术人员继续教育公共服务平台",
                       "course": f"课程{i}", "date": f"{SEED_YEAR}-06-30"},
              requested_hours=Decimal(1), status=ClaimStatus.SUBMITTED,
              filed_by_account_id=people[i % len(people)][1], submitted_at=now)
        for i in range(count)
    ]  # fmt: skip
    await Claim.bulk_create(claims, batch_size=1000)
    names = {p: n for p, _, n in people}
    made = await Claim.filter(
        status=ClaimStatus.SUBMITTED, professional__organisation_id=unit_id
    ).values_list("id", "professional_id", "subject")
    await ReviewStep.bulk_create(
        [ReviewStep(kind=ReviewKind.CLAIM_REVIEW, subject_type="claim", subject_id=c,
                    reviewer_id=unit_id, applicant_name=names[p],
                    summary={"year": SEED_YEAR, "subject": str(s), "form": "ONLINE",
                             "requestedHours": "1"})
         for c, p, s in made],
        batch_size=1000,
    )  # fmt: skip
    return len(made)


@pytest.fixture(scope="module")
async def province(cluster: PgCluster) -> AsyncIterator[tuple[str, Any]]:
    """A migrated database in the module's cluster with the small province of
    tests/fixtures/tree.py; yields its URL and the tree. No connection is left open."""
    from tests.fixtures.tree import build_tree

    name = f"jijiao_fault_{uuid.uuid4().hex[:8]}"
    await sql(cluster.url(), f'CREATE DATABASE "{name}"')
    url = cluster.url(name)
    await apply_migrations(url)
    await open_database(url)
    try:
        tree = await build_tree()
    finally:
        await Tortoise.close_connections()
    yield url, tree


def stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%H:%M:%S.%f")


def namespace() -> str:
    return f"f{uuid.uuid4().hex[:10]}"


def data_dir(tmp: Path) -> Path:
    path = tmp / "data"
    path.mkdir(exist_ok=True)
    return path
