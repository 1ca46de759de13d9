"""Shared fixtures: a fresh migrated database per test module, on SQLite or PostgreSQL.

The backend is chosen by JIJIAO_TEST_DB (sqlite | postgres); `./dev test` runs the suite on
SQLite, then again on PostgreSQL without the tests marked backend_independent. Migrations run
once per session into a template database; each module gets a copy of it (PostgreSQL's
CREATE DATABASE … TEMPLATE, a file copy on SQLite), dropped after the module.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import closing
from pathlib import Path

import asyncpg
import pytest
from tortoise import Tortoise

from server.db import open_database
from server.migrations import apply_migrations

BACKEND = os.environ.get("JIJIAO_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("JIJIAO_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent

# Run once, in the SQLite pass: what these check does not depend on the database engine —
# the console in a browser, the printed schema, PDFs and workbooks, the CLI (whose embedded
# default is SQLite), the HTTP and WebSocket edge, pure rules, the source's layout. What a
# database does (queries, scope, migrations, bulk writes, events across workers, races and
# postgres_only tests) stays in both passes.
BACKEND_INDEPENDENT = (
    "tests/console/",
    "tests/documents/",
    "tests/schema/",
    "tests/domain/test_identity.py",
    "tests/realtime/test_graphql_ws_npm.py",
    "tests/server/test_cli.py",
    "tests/server/test_http.py",
    "tests/server/test_imports.py",
    "tests/server/test_layering.py",
    "tests/server/test_layout.py",
    "tests/server/test_static_checks.py",
)


def pytest_report_header() -> str:
    return f"jijiao database backend: {BACKEND}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.relative_to(ROOT).as_posix().startswith(BACKEND_INDEPENDENT):
            if item.get_closest_marker("postgres_only"):
                # it would never meet PostgreSQL: that pass leaves these paths out
                raise pytest.UsageError(
                    f"{item.nodeid}: postgres_only in a backend-independent path"
                )
            item.add_marker(pytest.mark.backend_independent)


async def _pg(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _pg_url(name: str) -> str:
    return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"


async def create_database(tmp_path: Path, template: str | None = None) -> str:
    """A new database of the suite's backend, empty or a copy of `template` (a URL of the
    same backend with no connection open); returns its URL."""
    if BACKEND == "postgres":
        name = f"jijiao_t_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template.rsplit("/", 1)[1]}"' if template else ""
        await _pg(f'CREATE DATABASE "{name}"{copy}')
        return _pg_url(name)
    path = tmp_path / "test.sqlite3"
    if template:
        # the backup API copies a consistent database whatever the journal mode left behind
        with (
            closing(sqlite3.connect(template.removeprefix("sqlite://"))) as source,
            closing(sqlite3.connect(path)) as target,
        ):
            source.backup(target)
    return f"sqlite://{path}"


async def drop_database(url: str) -> None:
    if url.startswith("postgres"):
        await _pg(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture(scope="session")
async def template_database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    """Every migration applied once for the session; each module's database copies it."""
    if BACKEND == "postgres":
        url = _pg_url(f"jijiao_template_{uuid.uuid4().hex[:12]}")
        await _pg(f'CREATE DATABASE "{url.rsplit("/", 1)[1]}"')
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('template') / 'template.sqlite3'}"
    try:
        await apply_migrations(url)
        yield url
    finally:
        await drop_database(url)


@pytest.fixture(scope="module")
async def empty_database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    """A database with no table at all, for tests of the migrations themselves."""
    url = await create_database(tmp_path_factory.mktemp("db"))
    yield url
    await drop_database(url)


@pytest.fixture(scope="module")
async def database_url(
    template_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A migrated, empty database of this module's own (no connection left open)."""
    url = await create_database(tmp_path_factory.mktemp("db"), template=template_database_url)
    yield url
    await drop_database(url)


@pytest.fixture(scope="module")
async def db(database_url: str) -> AsyncIterator[str]:
    """Tortoise opened on a migrated, empty database for this module's tests."""
    await open_database(database_url)
    yield database_url
    await Tortoise.close_connections()


# --- a live server: real HTTP and WebSocket on a local port, the app's own lifespan ---

import asyncio  # noqa: E402
import contextlib  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from server.app import create_app  # noqa: E402
from server.settings import Settings  # noqa: E402


@dataclass
class LiveServer:
    url: str
    client: httpx.AsyncClient

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/graphql"

    async def gql(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """POST a GraphQL request; returns the decoded body (data and errors)."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert response.status_code in (200, 400), response.text
        return response.json()

    async def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The data of a request that must succeed."""
        body = await self.gql(query, variables, token)
        assert not body.get("errors"), body["errors"]
        return body["data"]


def settings_for(database_url: str, tmp: Path) -> Settings:
    return Settings.from_env(
        {"DATABASE_URL": database_url, "DATA_DIR": str(tmp), "SECRET_KEY": "test-secret"}
    )


@contextlib.asynccontextmanager
async def serve(settings: Settings) -> AsyncIterator[LiveServer]:
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=0,
        lifespan="on",
        log_level="warning",
        proxy_headers=False,  # as `jijiao serve` runs it: only TRUSTED_PROXIES are believed
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        try:
            yield LiveServer(url, client)
        finally:
            server.should_exit = True
            await task


@pytest.fixture(scope="module")
async def live(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveServer]:
    """The app served on a random local port. The app's lifespan owns the ORM connection,
    and test code may use the ORM through it while the server runs."""
    async with serve(settings_for(database_url, tmp_path_factory.mktemp("data"))) as server:
        yield server


@pytest.fixture(scope="module")
async def tree(live: LiveServer) -> Any:
    """The small province of tests/fixtures/tree.py, loaded into the live server's database."""
    from tests.fixtures.tree import build_tree

    return await build_tree()


LOGIN = """mutation($input: LoginInput!) { login(input: $input) {
    token mustChangePassword errors { code message field } } }"""


async def login_token(live: LiveServer, id_number: str, password: str, portal: str) -> str:
    body = await live.data(
        LOGIN, {"input": {"idNumber": id_number, "password": password, "portal": portal}}
    )
    assert body["login"]["errors"] == [], body
    return body["login"]["token"]


@pytest.fixture(scope="module")
async def tokens(live: LiveServer, tree: Any) -> dict[str, str]:
    """A session per named principal of the small province (see tests/fixtures/tree.py)."""
    from tests.fixtures.tree import PASSWORD

    portals = {"jinan": "HRSS", "qingdao": "HRSS", "health": "COMPETENT", "base": "BASE"}
    found = {
        key: await login_token(live, number, PASSWORD, portals.get(key, "EMPLOYER"))
        for key, number in tree.admins.items()
    }
    found["professional"] = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    return found


@pytest.fixture
def kept_statement_spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Every statement domain/statements.py builds while the test runs, in order."""
    from tests.fixtures.kept_statements import spy_on_building

    yield from spy_on_building(monkeypatch)
