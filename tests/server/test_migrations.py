"""Migrations and models agree: the database the migrations build has exactly the tables,
columns, nullability and indexes that the models describe — on the suite's backend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tortoise import Tortoise, connections
from tortoise.utils import generate_schema_for_client

from server.db import tortoise_config
from server.migrations import apply_migrations, pending_migrations
from tests.conftest import BACKEND, create_database, drop_database

SQLITE_SHAPE = """
SELECT m.name AS tbl, p.name AS col, upper(p.type) AS type, p."notnull" AS required, p.pk AS is_pk
FROM sqlite_master m JOIN pragma_table_info(m.name) p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name != 'aerich'
"""
SQLITE_INDEXES = """
SELECT m.name AS tbl, il."unique" AS uniq, group_concat(ii.name, ',') AS cols
FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
WHERE m.type = 'table' AND m.name != 'aerich' GROUP BY m.name, il.name
"""
# a column added to a table with rows needs a database DEFAULT the models never declare: only
# whether a column is serial matters here, not whether it has some default
PG_SHAPE = """
SELECT table_name AS tbl, column_name AS col, data_type AS type, is_nullable AS nullable,
       COALESCE(column_default LIKE 'nextval%', false) AS serial
FROM information_schema.columns WHERE table_schema = 'public' AND table_name != 'aerich'
"""
PG_INDEXES = """
SELECT t.relname AS tbl, ix.indisunique AS uniq,
       string_agg(a.attname, ',' ORDER BY array_position(ix.indkey, a.attnum)) AS cols
FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(ix.indkey)
WHERE n.nspname = 'public' AND t.relname != 'aerich' GROUP BY t.relname, i.relname, ix.indisunique
"""


async def _shape(url: str, build: str) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """(columns, indexes) of a database built by migrations or by the models directly."""
    if build == "migrations":
        await apply_migrations(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        connection = connections.get("default")
        if build == "models":
            await generate_schema_for_client(connection, safe=False)
        shape_sql, index_sql = (
            (SQLITE_SHAPE, SQLITE_INDEXES) if BACKEND == "sqlite" else (PG_SHAPE, PG_INDEXES)
        )
        columns = {
            tuple(row) if BACKEND == "sqlite" else tuple(row.values())
            for row in (await connection.execute_query(shape_sql))[1]
        }
        indexes = {
            tuple(row) if BACKEND == "sqlite" else tuple(row.values())
            for row in (await connection.execute_query(index_sql))[1]
        }
        return columns, indexes
    finally:
        await Tortoise.close_connections()


async def test_migrations_build_what_the_models_describe(tmp_path: Path) -> None:
    migrated_url = await create_database(tmp_path / "a")
    modelled_url = await create_database(tmp_path / "b")
    try:
        migrated = await _shape(migrated_url, "migrations")
        modelled = await _shape(modelled_url, "models")
    finally:
        await drop_database(migrated_url)
        await drop_database(modelled_url)
    assert migrated[0] == modelled[0], "columns differ: run ./jijiao makemigrations NAME"
    assert migrated[1] == modelled[1], "indexes differ: run ./jijiao makemigrations NAME"
    assert any(col == "descendant_id" for _, col, *_ in migrated[0])


async def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    url = await create_database(tmp_path / "c")
    try:
        assert await apply_migrations(url)
        assert await apply_migrations(url) == []
        assert await pending_migrations(url) == []
    finally:
        await drop_database(url)


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_each_dialect_has_its_own_migration_set(dialect: str) -> None:
    root = Path(__file__).resolve().parents[2] / "migrations" / dialect / "models"
    files = sorted(root.glob("*.py"))
    assert files, f"no migrations for {dialect}"
    text = files[0].read_text()
    assert ("AUTOINCREMENT" in text) is (dialect == "sqlite")
    assert ("SERIAL" in text) is (dialect == "postgres")
