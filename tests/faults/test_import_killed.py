"""A worker killed (SIGKILL: no shutdown, no rollback of its own) in the middle of an
Excel import's commit, on the test's own PostgreSQL: the import is all-or-nothing — no
person of the file, no audit row of it — and the same file imported through a fresh worker
lands each person exactly once."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from pathlib import Path
from typing import Any

import httpx

from tests.faults.conftest import data_dir, namespace, sql
from tests.faults.services import Worker, worker_env
from tests.faults.test_postgres_restart import login
from tests.fixtures.workbooks import PEOPLE, new_id, person, workbook

ROWS = int(os.environ.get("JIJIAO_FAULT_IMPORT_ROWS", "3000"))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def people(count: int) -> list[list[Any]]:
    first = dt.date(1980, 1, 1)
    return [
        person(f"导入{i}", new_id(f"{first + dt.timedelta(days=i // 900):%Y%m%d}", i % 900 + 1))
        for i in range(count)
    ]


async def imported(url: str, numbers: list[str]) -> tuple[int, int, int]:
    """(accounts, professionals, import audit rows) of the file's people."""
    accounts = await sql(
        url, "SELECT count(*) AS n FROM account WHERE id_number = ANY($1)", numbers
    )
    pros = await sql(
        url,
        "SELECT count(*) AS n FROM professional p JOIN account a ON a.id = p.account_id "
        "WHERE a.id_number = ANY($1)",
        numbers,
    )
    audit = await sql(url, "SELECT count(*) AS n FROM audit_log WHERE action LIKE '%.import'")
    return accounts[0]["n"], pros[0]["n"], audit[0]["n"]


async def _writing(url: str) -> str | None:
    """The statement of the worker's backend whose transaction has written something."""
    rows = await sql(
        url,
        "SELECT query FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
    )
    return str(rows[0]["query"])[:50] if rows else None


async def test_c_worker_killed_mid_import_leaves_nothing_then_imports_once(
    province: tuple[str, Any], tmp_path: Path
) -> None:
    url, tree = province
    rows = people(ROWS)
    numbers = [str(row[1]) for row in rows]
    content = workbook(PEOPLE, rows)
    env = worker_env(url, "memory://", data_dir(tmp_path), namespace())
    worker = Worker(env, tmp_path / "killed.log")
    worker.start()
    try:
        async with httpx.AsyncClient(base_url=worker.url, timeout=120) as client:
            admin = await login(client, tree.admins["hospital1"], "EMPLOYER")
            upload = asyncio.create_task(
                client.post(
                    "/imports/professionals",
                    params={"mode": "commit"},
                    files={"file": ("导入.xlsx", content, XLSX)},
                    headers={"Authorization": f"Bearer {admin}"},
                )
            )
            started = time.monotonic()
            while (statement := await _writing(url)) is None:
                assert not upload.done(), ("the import ended before it was seen writing",
                                           upload.result().text[:300])  # fmt: skip
                await asyncio.sleep(0.02)
            worker.kill()
            killed_after = time.monotonic() - started
            try:
                await upload
                answered = "an answer"
            except httpx.HTTPError as error:
                answered = type(error).__name__
    finally:
        worker.kill()
    after_kill = await imported(url, numbers)
    print(f"{ROWS} rows: SIGKILL {killed_after:.2f}s after the upload, the client got "
          f"{answered}; it was running {statement!r}; "
          f"(accounts, professionals, audit) of the file after it: {after_kill}")  # fmt: skip
    assert after_kill == (0, 0, 0), "a killed import left part of itself behind"

    fresh = Worker(env, tmp_path / "fresh.log")
    fresh.start()
    try:
        async with httpx.AsyncClient(base_url=fresh.url, timeout=180) as client:
            admin = await login(client, tree.admins["hospital1"], "EMPLOYER")
            response = await client.post(
                "/imports/professionals",
                params={"mode": "commit"},
                files={"file": ("导入.xlsx", content, XLSX)},
                headers={"Authorization": f"Bearer {admin}"},
            )
            assert response.status_code == 200, response.text[:500]
            body = response.json()
            assert (body["imported"], body["failedCount"]) == (ROWS, 0), body
    finally:
        fresh.stop()
    assert await imported(url, numbers) == (ROWS, ROWS, 1)
