"""Readiness (/readyz), distinct from liveness (/healthz).

/healthz says the process answers and reaches its database: a supervisor restarts a worker
that fails it. /readyz says this worker should receive traffic now: the database answers,
its schema is at the newest migration this code ships (and the database policies of
server/db_policies.py are in place), and the event bus carries an event there and back — a
load balancer takes a worker that fails it out of rotation without restarting it (a
database being migrated, Redis restarting). Each check is bounded in time.
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise import connections

from domain import events, rules
from server.auth import declare
from server.db import migrations_location
from server.db_policies import policies_missing
from server.metrics import probe_event_bus

log = logging.getLogger("jijiao.readiness")

CHECK_TIMEOUT = 3.0


@cache
def shipped_migrations(location: str) -> frozenset[str]:
    """The migration files this code carries (aerich records each by its file name)."""
    return frozenset(path.name for path in Path(location, "models").glob("*.py"))


async def _database() -> dict[str, Any]:
    await connections.get("default").execute_query("SELECT 1")
    return {}


async def _migrations(database_url: str) -> dict[str, Any]:
    connection = connections.get("default")
    _, rows = await connection.execute_query("SELECT version FROM aerich WHERE app = 'models'")
    applied = {row["version"] for row in rows}
    pending = sorted(shipped_migrations(migrations_location(database_url)) - applied)
    missing = await policies_missing()
    if pending or missing:
        log.warning("readiness: pending migrations %s, missing policies %s", pending, missing)
        raise RuntimeError(f"{len(pending)} migrations pending, {len(missing)} policies missing")
    return {}


async def _event_bus() -> dict[str, Any]:
    lag = await probe_event_bus(events.current_broker(), timeout=CHECK_TIMEOUT)
    return {"lag_ms": round(lag * 1000, 2)}


async def _check(name: str, check: Any) -> tuple[str, dict[str, Any]]:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            detail = await check
    except Exception as exc:  # whatever fails makes the worker not ready
        # the route is public: a stranger learns the kind of failure, the log the detail
        log.warning("readiness: %s not ready: %r", name, exc)
        reason = str(exc) if isinstance(exc, RuntimeError) else type(exc).__name__
        return name, {"status": "unavailable", "reason": reason}
    return name, {"status": "ok", **detail}


@declare(rules.PUBLIC)
async def readyz(request: Request) -> JSONResponse:
    database_url = request.app.state.settings.database_url
    database = await _check("database", _database())
    if database[1]["status"] != "ok":
        migrations = ("migrations", {"status": "unknown", "reason": "database unreachable"})
    else:
        migrations = await _check("migrations", _migrations(database_url))
    bus = await _check("event_bus", _event_bus())
    checks = dict([database, migrations, bus])
    ready = all(check["status"] == "ok" for check in checks.values())
    body = {"status": "ready" if ready else "unavailable", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)
