"""Batch writes without a model object per row: a batch decision or filing writes tens of
thousands of rows, and building a Tortoise object for each costs more than the database.

Values are converted by the models' own fields, as `bulk_create` would; columns not named
get what a new object would have (its field default, now for auto_now fields, else null).
Call inside the caller's transaction (domain.events.atomic). SQLite gets multi-row VALUES
(a thousand rows, at most 30,000 parameters a statement); PostgreSQL gets one array per
column through unnest (five thousand rows a statement)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from tortoise import connections, timezone
from tortoise.models import Model

CHUNK = 1000
# bound parameters per statement: PostgreSQL takes 32,767, SQLite (since 3.32) 32,766
MAX_PARAMETERS = 30_000


def _dialect() -> str:
    return str(connections.get("default").capabilities.dialect)


def _defaults(model: type[Model], named: Sequence[str]) -> tuple[list[str], list[Any]]:
    """The columns a new object would fill by itself, and with what."""
    columns, values = [], []
    # as Tortoise fills auto_now fields: the default timezone's local time (SQLite keeps the
    # text, and domain.sql compares with it)
    now = timezone.localtime()
    for name in model._meta.db_fields:
        if name in named or name == model._meta.pk_attr:
            continue
        field = model._meta.fields_map[name]
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            value: Any = now
        elif field.default is not None:
            value = field.default() if callable(field.default) else field.default
        else:
            value = None
        columns.append(name)
        values.append(value)
    return columns, values


class _Rows:
    """How `columns` of `model` are written: the column list, what a row adds for the columns
    not named (converted once), and each named value converted by its field."""

    def __init__(self, model: type[Model], columns: Sequence[str]) -> None:
        extra, extra_values = _defaults(model, columns)
        self.model = model
        self.width = len(columns) + len(extra)
        projection = model._meta.fields_db_projection
        self.columns = ", ".join(f'"{projection[name]}"' for name in [*columns, *extra])
        self.fields = [model._meta.fields_map[name] for name in columns]
        self.extra = [
            model._meta.fields_map[name].to_db_value(value, model)
            for name, value in zip(extra, extra_values, strict=True)
        ]
        self.chunk = max(1, MAX_PARAMETERS // self.width)

    def values(self, row: Sequence[Any]) -> list[Any]:
        model = self.model
        converted = [f.to_db_value(v, model) for f, v in zip(self.fields, row, strict=True)]
        converted.extend(self.extra)
        return converted

    def statement(self, rows: int, postgres: bool, returning: str = "") -> str:
        width = self.width
        marks = ", ".join(
            "("
            + ", ".join(f"${i * width + k + 1}" if postgres else "?" for k in range(width))
            + ")"
            for i in range(rows)
        )
        table = self.model._meta.db_table
        return f'INSERT INTO "{table}" ({self.columns}) VALUES {marks}{returning}'


async def insert(
    model: type[Model],
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    chunk: int = CHUNK,
) -> int:
    """INSERT `rows` (tuples of values in `columns` order), `chunk` rows per statement.
    Returns the number of rows written. Ids are not read back."""
    connection = connections.get("default")
    postgres = _dialect() == "postgres"
    if postgres:
        return await _insert_arrays(model, columns, rows, chunk=UNNEST_CHUNK)
    shape = _Rows(model, columns)
    chunk = min(chunk, shape.chunk)
    written = 0
    batch: list[Any] = []
    count = 0
    for row in rows:
        batch.extend(shape.values(row))
        count += 1
        if count == chunk:
            await connection.execute_query(shape.statement(count, postgres), batch)
            written += count
            batch, count = [], 0
    if count:
        await connection.execute_query(shape.statement(count, postgres), batch)
        written += count
    return written


# PostgreSQL: the column types of each table written, read once (format_type, e.g. jsonb)
_PG_TYPES: dict[str, dict[str, str]] = {}
UNNEST_CHUNK = 5000


async def _pg_types(table: str) -> dict[str, str]:
    types = _PG_TYPES.get(table)
    if types is None:
        rows = await connections.get("default").execute_query_dict(
            "SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute"
            " WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped",
            [f'"{table}"'],
        )
        types = _PG_TYPES[table] = {str(r["name"]): str(r["type"]) for r in rows}
    return types


async def _insert_arrays(
    model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[Any]], *, chunk: int
) -> int:
    """PostgreSQL: `INSERT … SELECT * FROM unnest($1::type[], …)`, one array per column.
    Thousands of rows as a handful of parameters: a VALUES list with one parameter per value
    costs more to send, parse and bind than the rows cost to write."""
    shape = _Rows(model, columns)
    table = model._meta.db_table
    types = await _pg_types(table)
    projection = model._meta.fields_db_projection
    extra, _ = _defaults(model, columns)
    names = [projection[name] for name in [*columns, *extra]]
    arrays = ", ".join(f"${k + 1}::{types[name]}[]" for k, name in enumerate(names))
    statement = f'INSERT INTO "{table}" ({shape.columns}) SELECT * FROM unnest({arrays})'
    connection = connections.get("default")
    written = 0
    batch: list[list[Any]] = []

    async def flush() -> None:
        await connection.execute_query(
            statement, [list(column) for column in zip(*batch, strict=True)]
        )

    for row in rows:
        batch.append(shape.values(row))
        if len(batch) == chunk:
            await flush()
            written += len(batch)
            batch = []
    if batch:
        await flush()
        written += len(batch)
    return written


def id_in(column: str, ids: Sequence[int]) -> tuple[str, list[Any]]:
    """`column IN (ids)` as one parameter for `domain.sql.rows`: an array on PostgreSQL, a
    JSON array on SQLite. Ten thousand placeholders cost more to build than to run."""
    if _dialect() == "postgres":
        return f"{column} = ANY(?::int[])", [list(ids)]
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


async def update(model: type[Model], ids: Sequence[int], **values: Any) -> None:
    """`UPDATE … SET values WHERE id IN ids` in one statement, the ids one parameter.
    Like QuerySet.update, it sets only what is named (no auto_now)."""
    if not ids:
        return
    from domain import sql

    fields = model._meta.fields_map
    projection = model._meta.fields_db_projection
    where, parameters = id_in(f'"{projection[model._meta.pk_attr]}"', ids)
    sets = ", ".join(f'"{projection[name]}" = ?' for name in values)
    converted = [fields[name].to_db_value(value, model) for name, value in values.items()]
    await sql.rows(
        f'UPDATE "{model._meta.db_table}" SET {sets} WHERE {where}', [*converted, *parameters]
    )


async def create(
    model: type[Model], columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """`insert` that returns the new rows' ids, in the order of `rows`.

    PostgreSQL: the ids are drawn from the table's sequence first and written explicitly, so
    they are known whatever order the database inserts in. SQLite: one writer at a time and
    each row gets the next rowid, so within one statement ids grow in the order of VALUES;
    RETURNING's order is not promised, so the returned ids are sorted."""
    if not rows:
        return []
    pk = model._meta.fields_db_projection[model._meta.pk_attr]
    table = model._meta.db_table
    connection = connections.get("default")
    if _dialect() == "postgres":
        drawn = await connection.execute_query_dict(
            f"SELECT nextval(pg_get_serial_sequence('{table}', '{pk}')) AS id"
            " FROM generate_series(1, $1)",
            [len(rows)],
        )
        drawn_ids = [int(row["id"]) for row in drawn]
        await insert(
            model,
            [model._meta.pk_attr, *columns],
            [(i, *row) for i, row in zip(drawn_ids, rows, strict=True)],
        )
        return drawn_ids
    ids: list[int] = []
    shape = _Rows(model, columns)
    chunk = min(CHUNK, shape.chunk)
    for start in range(0, len(rows), chunk):
        batch = rows[start : start + chunk]
        values = [value for row in batch for value in shape.values(row)]
        _, returned = await connection.execute_query(
            shape.statement(len(batch), False, f' RETURNING "{pk}"'), values
        )
        ids.extend(sorted(int(r[0]) for r in returned))
    return ids
