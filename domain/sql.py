"""Hand-written SQL for the few aggregates the ORM would split into several statements.

Placeholders are written `?` and numbered for PostgreSQL here; values are converted by the
models' own fields, so a datetime compares the way Tortoise stored it on either backend."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import connections, timezone

from domain.scope import Scope


def _numbered(sql: str) -> str:
    parts = sql.split("?")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]


async def rows(sql: str, values: list[Any]) -> list[dict[str, Any]]:
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        sql = _numbered(sql)
    return list(await connection.execute_query_dict(sql, values))


def in_scope(scope: Scope, column: str) -> tuple[str, list[Any]]:
    """`AND <column> IN (the scope's organisations)`, or nothing for an unrestricted scope."""
    if scope.roots is None:
        return "", []
    if not scope.roots:
        return " AND 1 = 0", []
    marks = ", ".join("?" for _ in scope.roots)
    return (
        f" AND {column} IN (SELECT descendant_id FROM organisation_closure"
        f" WHERE ancestor_id IN ({marks}))",
        sorted(scope.roots),
    )


def db_value(model: Any, field: str, value: Any) -> Any:
    converted = model._meta.fields_map[field].to_db_value(value, model)
    if (
        isinstance(converted, dt.datetime)
        and connections.get("default").capabilities.dialect == "sqlite"
    ):
        # SQLite holds Tortoise's datetimes as text in the default timezone: compare alike
        return converted.astimezone(timezone.get_default_timezone()).isoformat(" ")
    return converted
