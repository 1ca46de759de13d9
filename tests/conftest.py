"""Shared fixtures: a fresh migrated database per test module, on SQLite or PostgreSQL.

The backend is chosen by JIJIAO_TEST_DB (sqlite | postgres); `./dev test` runs the
suite once per backend. PostgreSQL databases are created per module and dropped after.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from tortoise import Tortoise

from server.db import open_database
from server.migrations import apply_migrations

BACKEND = os.environ.get("JIJIAO_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("JIJIAO_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")


def pytest_report_header() -> str:
    return f"jijiao database backend: {BACKEND}"


async def _pg(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def create_database(tmp_path: Path) -> str:
    """A new, empty database of the suite's backend; returns its URL."""
    if BACKEND == "postgres":
        name = f"jijiao_t_{uuid.uuid4().hex[:12]}"
        await _pg(f'CREATE DATABASE "{name}"')
        return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    return f"sqlite://{tmp_path / 'test.sqlite3'}"


async def drop_database(url: str) -> None:
    if url.startswith("postgres"):
        await _pg(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture(scope="module")
async def empty_database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    url = await create_database(tmp_path_factory.mktemp("db"))
    yield url
    await drop_database(url)


@pytest.fixture(scope="module")
async def database_url(empty_database_url: str) -> str:
    """A migrated, empty database (no connection left open)."""
    await apply_migrations(empty_database_url)
    return empty_database_url


@pytest.fixture(scope="module")
async def db(database_url: str) -> AsyncIterator[str]:
    """Tortoise opened on a migrated, empty database for this module's tests."""
    await open_database(database_url)
    yield database_url
    await Tortoise.close_connections()
