"""Hand-written SQL for the few aggregates the ORM would split into several statements.

Placeholders are written `?` and numbered for PostgreSQL here; values are converted by the
models' own fields, so a datetime compares the way Tortoise stored it on either backend.
Row scope for such SQL comes from domain.scope.organisations_sql, like every other scope."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import connections, timezone


def _numbered(sql: str) -> str:
    parts = sql.split("?")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]


async def rows(sql: str, values: list[Any]) -> list[dict[str, Any]]:
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        sql = _numbered(sql)
    return list(await connection.execute_query_dict(sql, values))


def db_value(model: Any, field: str, value: Any) -> Any:
    converted = model._meta.fields_map[field].to_db_value(value, model)
    if (
        isinstance(converted, dt.datetime)
        and connections.get("default").capabilities.dialect == "sqlite"
    ):
        # SQLite holds Tortoise's datetimes as text in the default timezone: compare alike
        return converted.astimezone(timezone.get_default_timezone()).isoformat(" ")
    return converted
