"""`jijiao backup FILE` and `jijiao restore FILE`: the database and the file store, in one tar.

The archive holds
- manifest.json: when, which database dialect, the migrations applied, every stored file
  with its size and SHA-256 (checked again on restore), the row count of every table;
- database.dump (PostgreSQL: `pg_dump --format=custom`, with the policy triggers of
  server/db_policies.py) or database.sqlite3 (SQLite: the sqlite3 backup API, a consistent
  copy even while the server writes);
- files/…: the upload store (FILES_DIR), stored by content hash;
- secret_key, when SECRET_KEY lives in DATA_DIR rather than the environment (what the
  server signed stays verifiable after a restore; the archive is as secret as the data).

Order matters for consistency under load: the database is dumped first, then the files are
copied. An upload's bytes are written before its row commits, so every file a dumped row
names is already on disk when the copy starts; files uploaded meanwhile are extra bytes that
nothing references (`jijiao files-gc` collects them).

Restore refuses a target database that has tables, or a FILES_DIR that has files, unless
--replace is given (then pg_restore --clean drops what the dump holds, and the file store is
emptied first). The restored database is at the migrations of the backup: `jijiao migrate`
(which `serve` runs) brings it to the code's.

pg_dump must be at least the server's major version (it refuses older servers' newer
formats the other way round); the check says so in one line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from server.settings import ConfigError, Settings

FORMAT = 1


@dataclass(frozen=True)
class Summary:
    path: Path
    tables: int
    rows: int
    files: int
    bytes: int


# --- PostgreSQL through libpq's environment (a password never shows in the process list) ---


def pg_environment(database_url: str) -> dict[str, str]:
    parts = urlsplit(database_url)
    env = {
        "PGHOST": parts.hostname or "localhost",
        "PGPORT": str(parts.port or 5432),
        "PGDATABASE": unquote(parts.path.lstrip("/")),
    }
    if parts.username:
        env["PGUSER"] = unquote(parts.username)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    ssl = parse_qs(parts.query).get("ssl") or parse_qs(parts.query).get("sslmode")
    if ssl:
        env["PGSSLMODE"] = ssl[0]
    return {**os.environ, **env}


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ConfigError(f"{name} not found: install the PostgreSQL client (postgresql-client)")
    return found


def _major(version_text: str) -> int:
    match = re.search(r"(\d+)(?:\.\d+)?", version_text)
    if match is None:
        raise ConfigError(f"cannot read a version from {version_text!r}")
    return int(match.group(1))


def _check_client_version(tool: str, server_version_num: int) -> None:
    client = _major(subprocess.run([tool, "--version"], capture_output=True, text=True).stdout)
    server = server_version_num // 10000
    if client < server:
        raise ConfigError(
            f"{Path(tool).name} {client} is older than the PostgreSQL server ({server}): "
            f"install postgresql-client-{server}"
        )


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise ConfigError(f"{Path(command[0]).name}: {reason}")


# --- what the database holds (for the manifest and the emptiness check) ---


async def _inventory(settings: Settings) -> dict[str, Any]:
    """Tables with their row counts, the applied migrations and the server's version."""
    from tortoise import Tortoise, connections

    from server.db import open_database

    await open_database(settings.database_url)
    try:
        connection = connections.get("default")
        if settings.dialect == "postgres":
            _, rows = await connection.execute_query(
                "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
            )
            _, version = await connection.execute_query("SHOW server_version_num")
            server_version = int(version[0]["server_version_num"])
        else:
            _, rows = await connection.execute_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            server_version = 0
        counts: dict[str, int] = {}
        for row in sorted(rows, key=lambda r: r["name"]):
            _, found = await connection.execute_query(f'SELECT count(*) AS n FROM "{row["name"]}"')
            counts[row["name"]] = int(found[0]["n"])
        migrations: list[str] = []
        if "aerich" in counts:
            _, applied = await connection.execute_query(
                "SELECT version FROM aerich WHERE app = 'models' ORDER BY id"
            )
            migrations = [r["version"] for r in applied]
        return {"tables": counts, "migrations": migrations, "server_version": server_version}
    finally:
        await Tortoise.close_connections()


def inventory(settings: Settings) -> dict[str, Any]:
    import asyncio

    return asyncio.run(_inventory(settings))


# --- the file store ---


def _stored_files(files_dir: Path) -> Iterator[Path]:
    if not files_dir.is_dir():
        return
    for path in sorted(files_dir.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            yield path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- backup ---


def backup(settings: Settings, target: Path) -> Summary:
    if target.exists():
        raise ConfigError(f"{target} exists: a backup never overwrites a file")
    before = inventory(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    with tempfile.TemporaryDirectory(prefix="jijiao-backup-") as scratch:
        dump = Path(scratch) / "dump"
        if settings.dialect == "postgres":
            pg_dump = _tool("pg_dump")
            _check_client_version(pg_dump, before["server_version"])
            env = pg_environment(settings.database_url)
            # --no-owner / --no-privileges: the restore's user owns what it restores
            _run([pg_dump, "--format=custom", "--no-owner", "--no-privileges",
                  f"--file={dump}"], env)  # fmt: skip
            name = "database.dump"
        else:
            source = settings.database_url.removeprefix("sqlite://")
            with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(dump)) as dst:
                src.backup(dst)
            name = "database.sqlite3"
        files = [
            {"path": path.relative_to(settings.files_dir).as_posix(),
             "size": path.stat().st_size, "sha256": _sha256(path)}
            for path in _stored_files(settings.files_dir)
        ]  # fmt: skip
        secret = settings.data_dir / "secret_key"
        manifest = {
            "format": FORMAT,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "dialect": settings.dialect,
            "database": name,
            "migrations": before["migrations"],
            "tables": before["tables"],
            "files": files,
            "secret_key": secret.is_file(),
        }
        with tarfile.open(partial, "w") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(dump, arcname=name)
            for entry in files:
                archive.add(settings.files_dir / entry["path"], arcname=f"files/{entry['path']}")
            if secret.is_file():
                archive.add(secret, arcname="secret_key")
    partial.chmod(0o600)  # it holds every record (and perhaps the signing key)
    partial.rename(target)
    return Summary(
        target,
        len(before["tables"]),
        sum(before["tables"].values()),
        len(files),
        sum(entry["size"] for entry in files),
    )


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(dt.datetime.now().timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


# --- restore ---


def restore(settings: Settings, source: Path, replace: bool = False) -> Summary:
    if not source.is_file():
        raise ConfigError(f"{source}: no such backup")
    with tarfile.open(source, "r") as archive:
        manifest = json.loads(_member(archive, "manifest.json"))
        if manifest.get("format") != FORMAT:
            raise ConfigError(f"{source}: not a jijiao backup of format {FORMAT}")
        if manifest["dialect"] != settings.dialect:
            raise ConfigError(
                f"{source} holds a {manifest['dialect']} database; DATABASE_URL is "
                f"{settings.dialect}"
            )
        _check_targets(settings, replace)
        with tempfile.TemporaryDirectory(prefix="jijiao-restore-") as scratch:
            dump = Path(scratch) / "database"
            _extract(archive, manifest["database"], dump)
            if settings.dialect == "postgres":
                _restore_postgres(settings, dump, replace)
            else:
                _restore_sqlite(settings, dump)
        _restore_files(settings, archive, manifest["files"], replace)
        if manifest.get("secret_key"):
            _restore_secret(settings, _member(archive, "secret_key"))
    after = inventory(settings)
    return Summary(
        source,
        len(after["tables"]),
        sum(after["tables"].values()),
        len(manifest["files"]),
        sum(entry["size"] for entry in manifest["files"]),
    )


def _open_member(archive: tarfile.TarFile, name: str) -> Any:
    try:
        handle = archive.extractfile(name)
    except KeyError:
        handle = None
    if handle is None:
        raise ConfigError(f"the backup lacks {name}")
    return handle


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    with _open_member(archive, name) as handle:
        data: bytes = handle.read()
    return data


def _extract(archive: tarfile.TarFile, name: str, target: Path) -> str:
    """Stream a member to `target` (a dump may be gigabytes); returns its SHA-256."""
    digest = hashlib.sha256()
    with _open_member(archive, name) as handle, target.open("wb") as out:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def _check_targets(settings: Settings, replace: bool) -> None:
    if replace:
        return
    tables = inventory(settings)["tables"]
    if tables:
        raise ConfigError(
            f"the target database already has {len(tables)} tables: restore into an empty "
            "database, or pass --replace"
        )
    if any(True for _ in _stored_files(settings.files_dir)):
        raise ConfigError(f"{settings.files_dir} already holds files: empty it or pass --replace")


def _restore_postgres(settings: Settings, dump: Path, replace: bool) -> None:
    pg_restore = _tool("pg_restore")
    env = pg_environment(settings.database_url)
    command = [pg_restore, "--no-owner", "--no-privileges", "--exit-on-error",
               "--single-transaction", f"--dbname={env['PGDATABASE']}"]  # fmt: skip
    if replace:
        command += ["--clean", "--if-exists"]
    _run([*command, str(dump)], env)


def _restore_sqlite(settings: Settings, dump: Path) -> None:
    target = settings.database_url.removeprefix("sqlite://")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    # the backup API writes the whole database in one step, replacing what the target held
    with closing(sqlite3.connect(dump)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _restore_files(
    settings: Settings, archive: tarfile.TarFile, files: list[dict[str, Any]], replace: bool
) -> None:
    if replace and settings.files_dir.is_dir():
        shutil.rmtree(settings.files_dir)
    settings.files_dir.mkdir(parents=True, exist_ok=True)
    root = settings.files_dir.resolve()
    for entry in files:
        target = (settings.files_dir / entry["path"]).resolve()
        if not target.is_relative_to(root):  # a crafted archive cannot write elsewhere
            raise ConfigError(f"the backup names a file outside the store: {entry['path']}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if _extract(archive, f"files/{entry['path']}", target) != entry["sha256"]:
            target.unlink()
            raise ConfigError(f"the backup's copy of {entry['path']} is damaged")


def _restore_secret(settings: Settings, key: bytes) -> None:
    """The backup's key replaces the target's: a target that passed the emptiness check
    holds only the key generated when this command started (or --replace was asked)."""
    path = settings.data_dir / "secret_key"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key)
    path.chmod(0o600)
