"""Hand-written SQL for the few aggregates the ORM would split into several statements.

Placeholders are written `?` and numbered for PostgreSQL here; values are converted by the
models' own fields, so a datetime compares the way Tortoise stored it on either backend.
Row scope for such SQL comes from domain.scope.organisations_sql, like every other scope."""

from __future__ import annotations

import datetime as dt
import pathlib
import sqlite3
from collections.abc import Hashable
from typing import Any

from tortoise import connections, timezone


def numbered(sql: str) -> str:
    parts = sql.split("?")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]


async def rows(sql: str, values: list[Any]) -> list[dict[str, Any]]:
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        sql = numbered(sql)
    return list(await connection.execute_query_dict(sql, values))


async def first_row(sql: str, values: list[Any]) -> dict[str, Any] | None:
    """The first row of a small indexed read that every request makes (the principal).

    Over a SQLite file it runs on a read-only connection of its own, in the calling thread:
    the statement takes ~20 µs, far less than the trip to aiosqlite's worker thread and back
    that every other statement pays (bench http-floor). It reads committed data, as any
    other connection does in WAL mode. Elsewhere it is an ordinary statement."""
    connection = connections.get("default")
    reader = _sqlite_reader(connection)
    if reader is not None:
        try:
            row = reader.execute(sql, values).fetchone()
        except sqlite3.OperationalError:
            pass  # the file is busy (a checkpoint, a recovery): never wait on the loop's thread
        else:
            return dict(row) if row is not None else None
    found = await rows(sql, values)
    return found[0] if found else None


def committed_state() -> Hashable | None:
    """A value that stays equal between two calls only while nothing is committed to the
    database, where the database can tell it without a round trip: over a SQLite file, the
    reader's `PRAGMA data_version` (~4 µs), which changes with every commit another
    connection makes — the ORM's own connection, another worker, another process alike.
    None where there is no such check (PostgreSQL, an in-memory database, a busy file).

    Read it before the rows it is to vouch for: a commit landing between the two then
    changes the next reading, so a kept answer is dropped, never kept too long."""
    reader = _sqlite_reader(connections.get("default"))
    if reader is None:
        return None
    try:
        version = reader.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.OperationalError:
        return None
    # the reader itself is part of the value: each connection counts its own versions
    return (reader, version)


def _sqlite_reader(connection: Any) -> sqlite3.Connection | None:
    """The read-only twin of a Tortoise SQLite client, opened once and kept on the client
    (a client built anew, say over a recreated file, gets its own)."""
    if connection.capabilities.dialect != "sqlite":
        return None
    reader = getattr(connection, "_jijiao_reader", None)
    if reader is None:
        if getattr(connection, "_connection", None) is None:
            return None  # not connected yet: the ORM's own connection opens the file first
        filename = getattr(connection, "filename", ":memory:")
        if filename == ":memory:" or "mode=memory" in filename:
            return None  # another connection would see another database
        reader = sqlite3.connect(
            f"file:{pathlib.Path(filename).resolve()}?mode=ro",
            uri=True,
            check_same_thread=False,
            isolation_level=None,
            timeout=0,  # busy means "read through the ORM instead", not "block the loop"
        )
        reader.row_factory = sqlite3.Row
        connection._jijiao_reader = reader
    return reader


def close_readers() -> None:
    for connection in connections.all():
        reader = getattr(connection, "_jijiao_reader", None)
        if reader is not None:
            reader.close()
            connection._jijiao_reader = None


async def rows_by_id(
    model: Any, columns: tuple[str, ...], ids: list[int], *, and_referenced_by: str | None = None
) -> dict[int, dict]:
    """{id: row} for the rows of `model` with these ids, each row the columns as the ORM's
    `.values("id", *columns)` gives them. The loaders' one statement, written here because
    building it through the ORM cost more than running it (bench http-floor's portal screen:
    ~0.4 ms of CPU per loader batch); on PostgreSQL the ids travel as one array, so it is one
    prepared statement whatever their number. `and_referenced_by` (a column of the same table,
    such as parent_id) adds the rows those ids point to, in the same statement."""
    if not ids:
        return {}
    meta = model._meta
    names = ("id", *columns)
    fields = [meta.fields_map[name] for name in names]
    stored = [meta.fields_db_projection[name] for name in names]
    selected = ", ".join(f'"{column}"' for column in stored)
    connection = connections.get("default")
    table = f'"{meta.db_table}"'
    postgres = connection.capabilities.dialect == "postgres"
    values: list[Any]
    if postgres:
        match, values = '"id" = ANY($1::int[])', [list(ids)]
    else:
        match, values = f'"id" IN ({", ".join("?" * len(ids))})', list(ids)
    where = match
    if and_referenced_by is not None:
        pointer = meta.fields_db_projection[and_referenced_by]
        where = f'{match} OR "id" IN (SELECT "{pointer}" FROM {table} WHERE {match})'
        if not postgres:
            values = values * 2  # SQLite's marks are positional; PostgreSQL's $1 is named
    statement = f"SELECT {selected} FROM {table} WHERE {where}"
    found = await connection.execute_query_dict(statement, values)
    rows: dict[int, dict] = {}
    for raw in found:
        row: dict[str, Any] = {}
        for name, field, column in zip(names, fields, stored, strict=True):
            value = raw[column]
            row[name] = None if value is None else field.to_python_value(value)
        rows[int(row["id"])] = row
    return rows


def stored_datetime(value: Any) -> dt.datetime | None:
    """A timestamp column as read back: SQLite holds Tortoise's ISO text, PostgreSQL a
    datetime (the standard library parses the text ten times faster than Tortoise's
    field conversion, which every request paid three times)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def db_value(model: Any, field: str, value: Any) -> Any:
    converted = model._meta.fields_map[field].to_db_value(value, model)
    if (
        isinstance(converted, dt.datetime)
        and connections.get("default").capabilities.dialect == "sqlite"
    ):
        # SQLite holds Tortoise's datetimes as text in the default timezone: compare alike
        return converted.astimezone(timezone.get_default_timezone()).isoformat(" ")
    return converted
