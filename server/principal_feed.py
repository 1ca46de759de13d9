"""The database's own account of principal changes (PostgreSQL): `LISTEN jijiao_principals`
on a connection of its own, fed by the triggers of server/db_policies.py.

While the feed is connected, the ORM client carries a PrincipalRows keeper
(domain/principal_rows.py) and each notification empties it; the moment the connection is
lost (its termination, or a heartbeat that fails) the keeper is emptied and detached, so
every request reads its principal fresh until the feed is back. SQLite has no feed and no
keeper: its principal statement runs in the loop's own thread and costs ~20 µs.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import asyncpg
from tortoise import connections

from domain.principal_rows import PrincipalRows, attach
from server.db_policies import PRINCIPALS_CHANNEL

log = logging.getLogger("jijiao.principals")

# how often a quiet feed proves it is still connected; well under principal_rows.MAX_AGE
HEARTBEAT_SECONDS = 2.0
RETRY_SECONDS = 1.0


async def follow(database_url: str) -> None:
    """Keep the feed connected for as long as the application runs (cancel to stop)."""
    client = connections.get("default")
    dsn = database_url.replace("postgres://", "postgresql://", 1)
    quiet = False  # an outage is logged once, not at every retry
    while True:
        try:
            await _connected(client, dsn)
            quiet = False
            log.warning("principal feed lost: principals are read fresh until it is back")
        except asyncio.CancelledError:
            raise
        except Exception as error:  # any failure: read fresh, try again shortly
            if not quiet:
                log.warning("principal feed unavailable, principals read fresh: %r", error)
            quiet = True
        await asyncio.sleep(RETRY_SECONDS)


async def _connected(client: Any, dsn: str) -> None:
    keeper = PrincipalRows()
    lost = asyncio.Event()

    def stop(*_: object) -> None:
        keeper.changed()
        attach(client, None)
        lost.set()

    connection = await asyncpg.connect(dsn, timeout=5)
    try:
        connection.add_termination_listener(stop)
        await connection.add_listener(PRINCIPALS_CHANNEL, lambda *_: keeper.changed())
        attach(client, keeper)  # only now: every change from here on is announced
        log.info("principal feed connected")
        while not lost.is_set():
            try:
                await asyncio.wait_for(lost.wait(), HEARTBEAT_SECONDS)
            except TimeoutError:
                await asyncio.wait_for(connection.fetchval("SELECT 1"), HEARTBEAT_SECONDS)
    finally:
        stop()
        connection.terminate()
