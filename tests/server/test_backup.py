"""`jijiao backup` of a populated, running installation, `jijiao restore` into a fresh
database and data directory: the same tables with the same row counts, the same rows, the
same stored files, the database policies in force, and nothing left to migrate.

On PostgreSQL the archive carries a pg_dump; on SQLite a copy made with the sqlite3 backup
API (server/backup.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import tarfile
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from tests.api.test_attachments import PDF, PNG, upload
from tests.api.test_claims import DECIDE_VALUES, step_of, submit, training
from tests.conftest import LiveServer, create_database, drop_database, serve, settings_for

ROOT = Path(__file__).resolve().parents[2]
# rows compared one by one, beside the counts of every table
SAMPLED = ("audit_log", "review_step", "claim", "account", "organisation", "stored_file")


def jijiao(*args: str, database_url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(data_dir)}
    for name in ("FILES_DIR", "SECRET_KEY"):
        env.pop(name, None)
    return subprocess.run(
        [str(ROOT / "jijiao"), *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
async def live(database_url: str, data_dir: Path) -> AsyncIterator[LiveServer]:
    """This module's server, whose data directory (and so its file store) the test knows."""
    async with serve(settings_for(database_url, data_dir)) as server:
        yield server


class Tables:
    """Every table of a database, read past the application."""

    def __init__(self, url: str) -> None:
        self.url = url

    async def read(self) -> tuple[dict[str, int], dict[str, list[tuple[Any, ...]]]]:
        if self.url.startswith("postgres"):
            conn = await asyncpg.connect(self.url.replace("postgres://", "postgresql://", 1))
            try:
                names = [r["tablename"] for r in await conn.fetch(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]  # fmt: skip
                counts = {n: await conn.fetchval(f'SELECT count(*) FROM "{n}"') for n in names}
                rows = {
                    n: [tuple(r.values()) for r in await conn.fetch(f'SELECT * FROM "{n}" ORDER BY 1')]
                    for n in SAMPLED if n in names
                }  # fmt: skip
            finally:
                await conn.close()
            return counts, rows
        with closing(sqlite3.connect(self.url.removeprefix("sqlite://"))) as conn:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
            counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
            rows = {
                n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall()
                for n in SAMPLED if n in names
            }  # fmt: skip
        return counts, rows


def stored_files(files_dir: Path) -> dict[str, bytes]:
    return {
        p.relative_to(files_dir).as_posix(): p.read_bytes()
        for p in files_dir.rglob("*")
        if p.is_file()
    }


async def populate(live: LiveServer, tokens: dict[str, str]) -> None:
    """Claims filed and decided, uploads stored: rows in many tables, and files."""
    admin = tokens["hospital1"]
    for year in (2022, 2023, 2024):
        claim = await submit(live, tokens["professional"], training(year=year))
        step = await step_of(live, admin, claim)
        decided = await live.data(
            DECIDE_VALUES, {"i": {"kind": "CLAIM_REVIEW", "ids": [step], "approve": True}}, admin
        )
        assert decided["reviewDecide"]["decidedCount"] == 1
    for data, name in ((PNG, "scan.png"), (PDF, "certificate.pdf")):
        status, body = await upload(live, tokens["professional"], data, name)
        assert status == 201, body


async def test_backup_then_restore_into_a_fresh_installation(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    database_url: str,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    await populate(live, tokens)
    archive = tmp_path / "jijiao-backup.tar"
    made = jijiao("backup", str(archive), database_url=database_url, data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert "backup written to" in made.stdout
    assert archive.stat().st_mode & 0o077 == 0  # readable by its owner only
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and any(n.startswith("files/") for n in names)

    fresh_url = await create_database(tmp_path / "fresh-db")
    fresh_dir = tmp_path / "fresh-data"
    try:
        done = jijiao("restore", str(archive), database_url=fresh_url, data_dir=fresh_dir)
        assert done.returncode == 0, done.stderr

        counts, rows = await Tables(database_url).read()
        restored_counts, restored_rows = await Tables(fresh_url).read()
        assert restored_counts == counts
        assert counts["claim"] >= 3 and counts["audit_log"] > 0 and counts["stored_file"] >= 2
        for table in SAMPLED:
            assert restored_rows.get(table) == rows.get(table), table
        source_files = stored_files(data_dir / "files")
        assert len(source_files) >= 2
        assert stored_files(fresh_dir / "files") == source_files
        # the server's key came back too: what it signed stays verifiable
        assert (fresh_dir / "secret_key").read_text() == (data_dir / "secret_key").read_text()

        migrated = jijiao("migrate", database_url=fresh_url, data_dir=fresh_dir)
        assert migrated.returncode == 0, migrated.stderr
        assert "none (up to date)" in migrated.stdout
        # the append-only policy came back with the data
        await refuses_audit_update(fresh_url)

        again = jijiao("restore", str(archive), database_url=fresh_url, data_dir=fresh_dir)
        assert again.returncode == 2
        assert "already has" in again.stderr and "--replace" in again.stderr
        assert len(again.stderr.strip().splitlines()) == 1  # one line, no traceback
        replaced = jijiao(
            "restore", str(archive), "--replace", database_url=fresh_url, data_dir=fresh_dir
        )
        assert replaced.returncode == 0, replaced.stderr
        assert (await Tables(fresh_url).read())[0] == counts
    finally:
        await drop_database(fresh_url)


async def refuses_audit_update(url: str) -> None:
    if url.startswith("postgres"):
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("UPDATE audit_log SET action = 'x'")
        finally:
            await conn.close()
    else:
        with (
            closing(sqlite3.connect(url.removeprefix("sqlite://"))) as conn,
            pytest.raises(sqlite3.IntegrityError),
        ):
            conn.execute("UPDATE audit_log SET action = 'x'")


def test_a_backup_never_overwrites_and_a_missing_one_is_one_line(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'db.sqlite3'}"
    existing = tmp_path / "taken.tar"
    existing.write_bytes(b"keep")
    refused = jijiao("backup", str(existing), database_url=url, data_dir=tmp_path)
    assert refused.returncode == 2 and "never overwrites" in refused.stderr
    assert existing.read_bytes() == b"keep"
    missing = jijiao("restore", str(tmp_path / "none.tar"), database_url=url, data_dir=tmp_path)
    assert missing.returncode == 2 and "no such backup" in missing.stderr
