"""Tortoise configuration and lifecycle for one database URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise

from domain import sql
from server.settings import ROOT, dialect_of

MODEL_MODULES = ["models", "aerich.models"]


def tortoise_config(database_url: str) -> dict[str, Any]:
    connection = database_url.replace("postgresql://", "postgres://", 1)
    if dialect_of(database_url) == "sqlite":
        # Tortoise's SQLite client already turns on WAL and foreign keys
        path = database_url.removeprefix("sqlite://")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    else:
        connection = _postgres(connection)
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


# Per-session planner settings, measured on the statistics bench at 1,000,000 professionals:
# asyncpg's reused prepared statements fell to PostgreSQL's generic plans after five runs
# (nested loops over a million rows: 5.4 s where the custom plan took 1.5 s), and with the
# default random_page_cost of 4 a city's statistics read the whole people table instead of
# its index (265–685 ms → 71 ms at 1.1, the value for SSDs and cached data).
POSTGRES_SESSION = {"plan_cache_mode": "force_custom_plan", "random_page_cost": "1.1"}


def _postgres(url: str) -> dict[str, Any]:
    from tortoise.backends.base.config_generator import expand_db_url

    config = expand_db_url(url)
    credentials = config["credentials"]
    credentials["server_settings"] = {
        **POSTGRES_SESSION,
        **credentials.get("server_settings", {}),
    }
    credentials["reset"] = _keep_session
    return config


async def _keep_session(connection: Any) -> None:
    """What a pooled connection runs when released: nothing. asyncpg's default reset sent
    `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL;` after every query
    Tortoise ran (one more round trip each: a fifth of a 50-row list's server time), to undo
    session state this application never makes on pooled connections — no advisory locks,
    cursors WITH HOLD, LISTEN (the event bus has its own connection) or SET outside a
    transaction; the planner settings above are startup parameters, which RESET ALL keeps
    anyway. asyncpg still rolls back a transaction left open before calling this."""


def migrations_location(database_url: str) -> str:
    return str(ROOT / "migrations" / dialect_of(database_url))


async def open_database(database_url: str) -> None:
    # The ASGI lifespan runs in its own task; requests run in others. Tortoise 1.x keeps
    # its context in a contextvar, so without the global fallback requests would see
    # "No TortoiseContext is currently active".
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)


async def close_database() -> None:
    sql.close_readers()
    await Tortoise.close_connections()


def database_unavailable(error: BaseException) -> bool:
    """True when `error` (or what caused it) says the database cannot be reached right now —
    refused, cut mid-operation, shutting down, or a pooled connection left unusable by that —
    rather than that a statement was wrong: the request may be tried again shortly."""
    import asyncpg
    from tortoise.exceptions import DBConnectionError

    kinds = (OSError, DBConnectionError, asyncpg.PostgresConnectionError,
             asyncpg.InterfaceError, asyncpg.exceptions.OperatorInterventionError,
             asyncpg.exceptions.InternalClientError)  # fmt: skip
    seen: BaseException | None = error
    for _ in range(5):  # Tortoise and asyncpg wrap one another a few levels deep at most
        if seen is None:
            return False
        if isinstance(seen, kinds):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
