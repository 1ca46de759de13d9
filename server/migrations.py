"""Schema migrations with aerich: one migration set per dialect, generated together.

aerich writes raw SQL for the database it was generated against (a SQLite migration says
AUTOINCREMENT, which PostgreSQL rejects), so migrations/sqlite and migrations/postgres are
kept side by side and `jijiao makemigrations NAME` regenerates both from the same models.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from server.db import migrations_location, tortoise_config
from server.db_policies import apply_policies
from server.settings import ROOT

APP = "models"
SCRATCH_PG_DATABASE = "jijiao_makemigrations"


async def _fresh_init(database_url: str) -> None:
    # aerich skips Tortoise.init when a context exists, even one whose connections were
    # closed; initialising ourselves makes every call start from working connections
    await Tortoise.init(config=tortoise_config(database_url))


async def apply_migrations(database_url: str) -> list[str]:
    """Bring the database to the newest migration; returns the versions applied."""
    location = migrations_location(database_url)
    command = Command(tortoise_config(database_url), app=APP, location=location)
    try:
        await _fresh_init(database_url)
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
        # triggers the database enforces (append-only audit, final review decisions): not
        # an aerich migration, see server/db_policies.py for why
        await apply_policies()
        return applied
    finally:
        await Tortoise.close_connections()


async def pending_migrations(database_url: str) -> list[str]:
    location = migrations_location(database_url)
    command = Command(tortoise_config(database_url), app=APP, location=location)
    try:
        await _fresh_init(database_url)
        await command.init()
        return await command.heads()
    finally:
        await Tortoise.close_connections()


async def _make_for(database_url: str, name: str) -> str | None:
    """Diff the models against the last migration, writing SQL for the URL's dialect."""
    location = migrations_location(database_url)
    command = Command(tortoise_config(database_url), app=APP, location=location)
    try:
        if not any(Path(location, APP).glob("*.py")):
            await command.init_db(safe=True)
            return "initial"
        # offline: the previous state comes from the last migration file's MODELS_STATE;
        # the scratch database only tells aerich which SQL dialect to write
        await _fresh_init(database_url)
        await command.init(offline=True)
        return await command.migrate(name, no_input=True, offline=True)
    finally:
        await Tortoise.close_connections()


def make_migrations(name: str, postgres_admin_url: str) -> None:
    """Generate the next migration for both dialects, each in a fresh scratch database."""
    with tempfile.TemporaryDirectory() as tmp:
        _run_child(f"sqlite://{tmp}/scratch.sqlite3", name)
    _recreate_pg_database(postgres_admin_url)
    try:
        _run_child(f"{postgres_admin_url.rsplit('/', 1)[0]}/{SCRATCH_PG_DATABASE}", name)
    finally:
        _drop_pg_database(postgres_admin_url)


def _run_child(database_url: str, name: str) -> None:
    # aerich keeps its state on class attributes: one dialect per process keeps them apart
    subprocess.run(
        [sys.executable, "-m", "server.migrations", database_url, name], check=True, cwd=ROOT
    )


def _pg_execute(admin_url: str, sql: str) -> None:
    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run())


def _recreate_pg_database(admin_url: str) -> None:
    _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{SCRATCH_PG_DATABASE}" WITH (FORCE)')
    _pg_execute(admin_url, f'CREATE DATABASE "{SCRATCH_PG_DATABASE}"')


def _drop_pg_database(admin_url: str) -> None:
    _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{SCRATCH_PG_DATABASE}" WITH (FORCE)')


_ADD_FOREIGN_KEY = re.compile(
    r'\s*ALTER TABLE "(?P<table>\w+)" ADD CONSTRAINT "\w+" FOREIGN KEY \("(?P<column>\w+)"\) '
    r"(?P<reference>REFERENCES [^;]+);"
)


def fix_sqlite_migration(text: str) -> str:
    """SQLite cannot ALTER TABLE … ADD CONSTRAINT; it can add a column that references.

    aerich writes the PostgreSQL form for both: fold each foreign key into the statement
    adding its column, and refuse any other ADD CONSTRAINT so a migration that SQLite would
    reject never gets committed.
    """
    fixed = text
    for match in list(_ADD_FOREIGN_KEY.finditer(text)):
        table, column, reference = match["table"], match["column"], match["reference"]
        add_column = re.compile(rf'(ALTER TABLE "{table}" ADD "{column}" [^;]+);')
        if add_column.search(fixed) is None:
            continue
        fixed = fixed.replace(match.group(0), "", 1)
        fixed = add_column.sub(lambda m, ref=reference: f"{m[1]} {ref};", fixed, count=1)
    if "ADD CONSTRAINT" in fixed:
        raise RuntimeError("SQLite cannot add this constraint: write the migration by hand")
    return fixed


def _sqlite_ignores_comment_changes() -> None:
    # SQLite keeps column comments only inside CREATE TABLE; a changed comment (an enum
    # gaining a member changes its column's comment) is cosmetic there, so write nothing
    from aerich.ddl.sqlite import SqliteDDL

    SqliteDDL.set_comment = lambda self, model, field_describe: ""  # type: ignore[method-assign]


if __name__ == "__main__":
    url, migration_name = sys.argv[1], sys.argv[2]
    if url.startswith("sqlite"):
        _sqlite_ignores_comment_changes()
    made = asyncio.run(_make_for(url, migration_name))
    if made and made != "initial":
        written = Path(migrations_location(url), APP, made)
        # aerich escapes "/" in comments as "\\/": an invalid escape in the Python file
        text = written.read_text(encoding="utf-8").replace("\\/", "/")
        if url.startswith("sqlite"):
            text = fix_sqlite_migration(text)
        written.write_text(text, encoding="utf-8")
    print(f"{url.split(':', 1)[0]}: {made or 'no changes'}")
    shutil.rmtree(Path(migrations_location(url), APP, "__pycache__"), ignore_errors=True)
