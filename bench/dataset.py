"""The benchmark's dataset: a migrated database holding the demo province at a given scale.

Built once per (database, scale, seed) and reused: a marker records what was loaded. On
SQLite the marker is a JSON file beside the database file; on PostgreSQL it is the
database's comment, so it lives and dies with the data.
"""

from __future__ import annotations

import asyncio
import json
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from server.settings import ROOT

DATA_DIR = ROOT / "bench" / "data"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/jijiao_bench"
# bump when the bench needs a dataset built differently
FORMAT = 1


@dataclass(frozen=True)
class Dataset:
    database_url: str
    dialect: str
    scale: float
    seed: int
    professionals: int
    load_seconds: float
    reused: bool


def scale_text(scale: float) -> str:
    return f"{scale:g}"


def sqlite_path(scale: float) -> Path:
    return DATA_DIR / f"jijiao-scale{scale_text(scale)}.sqlite3"


def _wanted(scale: float, seed: int) -> dict[str, Any]:
    return {"format": FORMAT, "scale": scale, "seed": seed}


def _matches(marker: dict[str, Any] | None, scale: float, seed: int) -> bool:
    return marker is not None and all(marker.get(k) == v for k, v in _wanted(scale, seed).items())


async def ensure_dataset(
    dialect: str, scale: float, seed: int, pg_url: str = DEFAULT_PG_URL, rebuild: bool = False
) -> Dataset:
    """The dataset at `scale`, reusing a complete earlier build unless `rebuild`."""
    store: _Store = _SqliteStore(scale) if dialect == "sqlite" else _PostgresStore(pg_url)
    marker = None if rebuild else await store.read_marker()
    if _matches(marker, scale, seed):
        assert marker is not None
        print(
            f"dataset: reusing {store.describe()} (scale {scale_text(scale)}, "
            f"{marker['professionals']:,} professionals, built in {marker['load_seconds']:.1f}s "
            "by an earlier run; --rebuild to build it again)",
            flush=True,
        )
        # a migration added since the build is applied to the existing data
        await _migrate(store.url)
        return Dataset(
            store.url, dialect, scale, seed, marker["professionals"], marker["load_seconds"], True
        )
    print(f"dataset: building {store.describe()} at scale {scale_text(scale)}", flush=True)
    await store.reset()
    started = time.perf_counter()
    await _migrate(store.url)
    professionals = await _load(store.url, scale, seed)
    await store.after_load()
    seconds = time.perf_counter() - started
    print(f"dataset: built in {seconds:.1f}s ({professionals:,} professionals)", flush=True)
    await store.write_marker(
        {**_wanted(scale, seed), "professionals": professionals, "load_seconds": seconds,
         "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    )  # fmt: skip
    return Dataset(store.url, dialect, scale, seed, professionals, seconds, False)


async def _migrate(url: str) -> None:
    from server.migrations import apply_migrations

    applied = await apply_migrations(url)
    if applied:
        print(f"dataset: migrations applied: {', '.join(applied)}", flush=True)


async def _load(url: str, scale: float, seed: int) -> int:
    from tortoise import Tortoise, connections

    from domain.demo import load_demo
    from server.db import open_database

    await open_database(url)
    try:
        await load_demo(scale=scale, seed=seed, progress=_progress)
        _, rows = await connections.get("default").execute_query(
            "SELECT COUNT(*) AS n FROM professional"
        )
        return int(dict(rows[0])["n"])
    finally:
        await Tortoise.close_connections()


def _progress(line: str) -> None:
    print(f"  {line}", flush=True)


class _Store(ABC):
    """Where a dataset lives (a SQLite file or a PostgreSQL database) and its marker."""

    url: str

    @abstractmethod
    def describe(self) -> str: ...

    @abstractmethod
    async def read_marker(self) -> dict[str, Any] | None: ...

    @abstractmethod
    async def write_marker(self, marker: dict[str, Any]) -> None: ...

    @abstractmethod
    async def reset(self) -> None: ...

    async def after_load(self) -> None:
        return None


class _SqliteStore(_Store):
    def __init__(self, scale: float) -> None:
        self.path = sqlite_path(scale)
        self.marker = self.path.with_name(self.path.name + ".built.json")
        self.url = f"sqlite://{self.path}"

    def describe(self) -> str:
        return str(self.path.relative_to(ROOT))

    async def read_marker(self) -> dict[str, Any] | None:
        if not (self.path.exists() and self.marker.exists()):
            return None
        return json.loads(self.marker.read_text())

    async def write_marker(self, marker: dict[str, Any]) -> None:
        self.marker.write_text(json.dumps(marker, indent=2) + "\n")

    async def reset(self) -> None:
        self.marker.unlink(missing_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)


class _PostgresStore(_Store):
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.url = url
        self.name = parts.path.lstrip("/")
        if not self.name or '"' in self.name:
            raise SystemExit(f"bench: --pg-url needs a database name, got {url!r}")
        self.admin_url = urlunsplit(parts._replace(path="/postgres"))

    def describe(self) -> str:
        return f"PostgreSQL database {self.name}"

    async def _admin(self, sql: str, *args: Any) -> Any:
        import asyncpg

        try:
            conn = await asyncio.wait_for(asyncpg.connect(asyncpg_url(self.admin_url)), 10)
        except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
            raise SystemExit(f"bench: PostgreSQL not usable at {self.admin_url}: {exc}") from exc
        try:
            return await conn.fetchval(sql, *args)
        finally:
            await conn.close()

    async def read_marker(self) -> dict[str, Any] | None:
        comment = await self._admin(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1",
            self.name,
        )
        try:
            return json.loads(comment) if comment else None
        except ValueError:
            return None

    async def write_marker(self, marker: dict[str, Any]) -> None:
        text = json.dumps(marker).replace("'", "''")
        await self._admin(f"COMMENT ON DATABASE \"{self.name}\" IS '{text}'")

    async def reset(self) -> None:
        await self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        await self._admin(f'CREATE DATABASE "{self.name}"')

    async def after_load(self) -> None:
        # what autovacuum would do soon after a bulk load: planner statistics, visibility map
        import asyncpg

        conn = await asyncpg.connect(asyncpg_url(self.url))
        try:
            await conn.execute("VACUUM ANALYZE")
        finally:
            await conn.close()


def asyncpg_url(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)
