"""On PostgreSQL a session's principal row is kept between requests (domain/principal_rows.py)
while the database's change feed is connected (server/principal_feed.py), and a change made
by anyone — the application, another worker, an operator at a psql prompt — empties it as
soon as the change commits. Without the feed nothing is kept. On SQLite nothing is kept.

The changes here are made past the server, on a connection of their own, as an operator
would: no domain function announces them; only the triggers of server/db_policies.py can."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import pytest

from domain import principal_rows
from domain.principal_rows import PrincipalRows
from domain.sessions import token_hash
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

VIEWER = "{ viewer { name kind } }"
# a notification reaches the feed within milliseconds of the commit; this only bounds a hang
DELIVERED_WITHIN = 2.0


async def _operator(database_url: str, statement: str, *args: Any) -> None:
    connection = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(statement, *args)
    finally:
        await connection.close()


async def _until(check: Callable[[], Awaitable[bool]], within: float) -> float:
    started = time.monotonic()
    while not await check():
        assert time.monotonic() - started < within, "not within the bound"
        await asyncio.sleep(0.01)
    return time.monotonic() - started


def _postgres(database_url: str) -> None:
    if not database_url.startswith("postgres"):
        pytest.skip("PostgreSQL only: SQLite keeps no principal rows (see the test below)")


async def test_sqlite_keeps_nothing(live: LiveServer, tree: Any, database_url: str) -> None:
    if database_url.startswith("postgres"):
        pytest.skip("the SQLite pass")
    token = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "PROFESSIONAL"
    assert principal_rows.current() is None


async def test_every_change_to_what_a_principal_is_read_from_empties_the_kept_rows(
    live: LiveServer, tree: Any, database_url: str
) -> None:
    _postgres(database_url)
    keeper = principal_rows.current()
    assert keeper is not None, "the feed is connected once the server has started"
    number = tree.people["王芳"]
    token = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    admin = await login_token(live, tree.admins["hospital1"], PASSWORD, "EMPLOYER")

    async def viewer(of: str) -> Any:
        return (await live.data(VIEWER, token=of))["viewer"]

    assert (await viewer(token))["name"] == "王芳"
    assert (await viewer(admin))["kind"] == "EMPLOYER"
    assert keeper.get(token_hash(token)) is not None  # kept: the next request reads nothing

    # (what an operator changes, what it is put back to, what the next request must show)
    changes: list[tuple[str, str, Callable[[], Awaitable[bool]]]] = [
        (
            "UPDATE account SET name = '王芳（改）' WHERE id_number = $1",
            "UPDATE account SET name = '王芳' WHERE id_number = $1",
            lambda: _shows(viewer(token), lambda v: v is not None and v["name"] == "王芳（改）"),
        ),
        (
            "UPDATE account SET status = 'DISABLED' WHERE id_number = $1",
            "UPDATE account SET status = 'ACTIVE' WHERE id_number = $1",
            lambda: _shows(viewer(token), lambda v: v is None),
        ),
        (
            "UPDATE professional SET status = 'TRANSFERRED_OUT'"
            " WHERE account_id = (SELECT id FROM account WHERE id_number = $1)",
            "UPDATE professional SET status = 'ACTIVE'"
            " WHERE account_id = (SELECT id FROM account WHERE id_number = $1)",
            lambda: _shows(viewer(token), lambda v: v is None),
        ),
        (
            "UPDATE admin SET status = 'DISABLED'"
            " WHERE account_id = (SELECT id FROM account WHERE id_number = $1)",
            "UPDATE admin SET status = 'ACTIVE'"
            " WHERE account_id = (SELECT id FROM account WHERE id_number = $1)",
            lambda: _shows(viewer(admin), lambda v: v is None),
        ),
        (
            "UPDATE organisation SET status = 'DISABLED' WHERE id = (SELECT organisation_id"
            " FROM admin WHERE account_id = (SELECT id FROM account WHERE id_number = $1))",
            "UPDATE organisation SET status = 'ACTIVE' WHERE id = (SELECT organisation_id"
            " FROM admin WHERE account_id = (SELECT id FROM account WHERE id_number = $1))",
            lambda: _shows(viewer(admin), lambda v: v is None),
        ),
    ]
    subjects = [number, number, number, tree.admins["hospital1"], tree.admins["hospital1"]]
    for (change, undo, shown), subject in zip(changes, subjects, strict=True):
        await _operator(database_url, change, subject)
        await _until(shown, DELIVERED_WITHIN)
        await _operator(database_url, undo, subject)
        assert await _until(lambda: _shows(viewer(token), lambda v: v is not None), 2.0) >= 0
        assert await _until(lambda: _shows(viewer(admin), lambda v: v is not None), 2.0) >= 0

    # a revoked session (the session table itself)
    await _operator(database_url, "UPDATE session SET revoked_at = now() WHERE token_hash = $1",
                    token_hash(token))  # fmt: skip
    await _until(lambda: _shows(viewer(token), lambda v: v is None), DELIVERED_WITHIN)


async def _shows(answer: Awaitable[Any], test: Callable[[Any], bool]) -> bool:
    return test(await answer)


async def test_without_the_feed_nothing_is_kept_and_it_comes_back(
    live: LiveServer, tree: Any, database_url: str
) -> None:
    _postgres(database_url)
    number = tree.people["王芳"]
    token = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "PROFESSIONAL"
    assert principal_rows.current() is not None

    # the feed's connection is cut (a database restart, a network fault, an operator)
    await _operator(
        database_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'",
    )

    async def detached() -> bool:
        return principal_rows.current() is None

    await _until(detached, 2.0)
    # from now on every request reads fresh: a change shows on the very next request
    await _operator(database_url, "UPDATE account SET name = '王芳（停）' WHERE id_number = $1",
                    number)  # fmt: skip
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "王芳（停）"
    await _operator(database_url, "UPDATE account SET name = '王芳' WHERE id_number = $1", number)
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "王芳"

    async def reconnected() -> bool:
        return principal_rows.current() is not None

    await _until(reconnected, 10.0)


def test_a_row_read_while_something_changed_is_not_kept() -> None:
    rows = PrincipalRows()
    seen = rows.generation
    rows.changed()  # a change committed while the row was being read
    rows.keep("k", {"id": 1}, seen)
    assert rows.get("k") is None
    rows.keep("k", {"id": 1}, rows.generation)
    assert rows.get("k") == {"id": 1}
    rows.changed()
    assert rows.get("k") is None


def test_rows_are_kept_a_few_seconds_and_a_bounded_number() -> None:
    rows = PrincipalRows(max_age=0.05, max_rows=3)
    for key in "abcd":
        rows.keep(key, {"id": key}, rows.generation)
    assert rows.get("a") is None and rows.get("d") == {"id": "d"}
    time.sleep(0.06)
    assert rows.get("d") is None


def test_every_column_the_principal_is_read_from_has_its_trigger() -> None:
    """The triggers' column lists follow _PRINCIPAL_SQL: a column added to the statement
    without its trigger would let a kept row outlive a change to it."""
    import re

    from domain.sessions import _PRINCIPAL_SQL
    from server.db_policies import POLICIES

    aliases = dict(
        (alias, table.strip('"'))
        for table, alias in re.findall(r'(?:FROM|JOIN)\s+("?\w+"?)\s+(\w+)\b', _PRINCIPAL_SQL)
    )
    read = {(aliases[a], c) for a, c in re.findall(r"\b(\w+)\.(\w+)\b", _PRINCIPAL_SQL)
            if a in aliases}  # fmt: skip
    watched: set[tuple[str, str]] = set()
    for columns, table in re.findall(
        r"AFTER (?:INSERT OR )?UPDATE OF ([\w, ]+?)\s+OR DELETE OR TRUNCATE\s+ON \"?(\w+)\"?",
        POLICIES,
    ):
        watched |= {(table, c.strip()) for c in columns.split(",")}
    # what never changes (ids, the token's hash) or is judged on every request anyway
    # (last_seen_at: a kept row that looks idle or due a touch is read again)
    settled = {(table, "id") for table, _ in read} | {
        ("session", "token_hash"),
        ("session", "last_seen_at"),
    }
    assert read - settled - watched == set()
    assert {t for t, _ in read} == set(aliases.values())
