"""`python -m bench excel-import`: a 100,000-row professionals import through HTTP.

On a scratch copy of the demo province (`--scale`, reused from bench/data like the other
benches), the demo employer's admin uploads a generated workbook to our server running as
its own process (uvicorn, one worker): a dry run, the commit, the same file again (every row
unchanged), and the failed-rows workbook. Each step prints its time and the server
process's peak resident memory (VmHWM from /proc, which only grows: each figure is the peak
so far). About 1% of the rows are made bad on purpose (a wrong check digit), so the report,
the commit and the failed-rows workbook all have something to do.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from bench.client import GraphQLClient
from bench.dataset import DATA_DIR, DEFAULT_PG_URL, Dataset, asyncpg_url, ensure_dataset
from bench.server import answers, free_port, running

LOGIN = """mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }"""
HEADERS = ("姓名*", "身份证号*", "性别", "手机号码", "电子邮箱", "工作单位", "内设部门", "学历",
           "职称系列", "职称级别", "取得职称时间", "职称证书编号")  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯晨欣怡子涵"
EDUCATION = ("博士研究生", "硕士研究生", "大学本科", "大学本科", "大学专科", "中专")
GRADES = ("初级", "中级", "高级", "无")
SERIES = ("卫生技术", "工程技术", "中小学教师", "会计", "经济")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="demo province: 1 ≈ 1,000")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL bench database")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again")
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the workbook")
    parser.add_argument("--bad", type=float, default=0.01, help="share of bad rows")


def generated_rows(rows: int, bad_share: float, departments: list[str]) -> Iterator[list[Any]]:
    """The rows to upload. ID numbers use Beijing's area code, which the demo province
    (Shandong) never does, so none is registered already; about `bad_share` of them carry
    a wrong check digit."""
    from domain.identity import resident_id_check_char

    rng = random.Random(rows)
    for i in range(rows):
        block = i // 900
        birth = 19600101 + block % 40 * 10000 + (i // 36000) % 12 * 100 + block % 28
        first17 = f"110101{birth}{i % 900 + 100:03d}"
        check = resident_id_check_char(first17)
        if rng.random() < bad_share:
            check = "0" if check != "0" else "1"
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
        yield [
            name,
            first17 + check,
            None,
            f"13{rng.randrange(10**9):09d}",
            f"p{i}@example.com" if i % 3 == 0 else None,
            None,
            rng.choice(departments) if departments and i % 2 else None,
            rng.choice(EDUCATION),
            rng.choice(SERIES),
            rng.choice(GRADES),
            f"{2000 + i % 24}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"ZC{i:08d}",
        ]


def write_workbook(path: Path, rows: Iterator[list[Any]]) -> str:
    """The workbook as a person's spreadsheet program saves it: LibreOffice converts a CSV
    (ID, phone and certificate numbers as text; dates recognised), which gives what Excel,
    WPS and Calc all write — shared strings and a sheet dimension. Without LibreOffice,
    openpyxl's write-only mode writes it (inline strings, no dimension: slower to read)."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("人员信息")
        sheet.append(list(HEADERS))
        for row in rows:
            sheet.append(row)
        book.save(path)
        return "openpyxl (write-only)"
    source = path.with_suffix(".csv")
    with source.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
    subprocess.run(
        [binary, f"-env:UserInstallation=file://{path.parent}/lo-profile", "--headless",
         "--infilter=CSV:44,34,76,1,2/2/4/2/12/2", "--convert-to", "xlsx",
         "--outdir", str(path.parent), str(source)],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    return "LibreOffice (from CSV)"


def _scratch_sqlite(dataset: Dataset) -> str:
    target = DATA_DIR / "imports-scratch.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source = dataset.database_url.removeprefix("sqlite://")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return f"sqlite://{target}"


async def _pg(url: str, sql: str) -> None:
    import asyncpg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    conn = await asyncpg.connect(asyncpg_url(admin))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def scratch_copy(dataset: Dataset) -> str:
    if dataset.dialect == "sqlite":
        return _scratch_sqlite(dataset)
    name = urlsplit(dataset.database_url).path.lstrip("/")
    scratch = f"{name}_imports"
    await _pg(dataset.database_url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    await _pg(dataset.database_url, f'CREATE DATABASE "{scratch}" TEMPLATE "{name}"')
    return urlunsplit(urlsplit(dataset.database_url)._replace(path=f"/{scratch}"))


async def drop_scratch(url: str) -> None:
    if url.startswith("sqlite://"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url.removeprefix('sqlite://')}{suffix}").unlink(missing_ok=True)
    else:
        await _pg(url, f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)')


async def employer(url: str) -> tuple[str, list[str]]:
    """The demo employer admin's ID number and its unit's department names."""
    from domain.demo import demo_logins
    from models import Account, Admin, Department
    from server.db import close_database, open_database

    login = next(x for x in demo_logins() if x.role == "用人单位管理员")
    await open_database(url)
    try:
        admin = await Admin.get(account_id=(await Account.get(id_number=login.id_number)).id)
        names = await Department.filter(organisation_id=admin.organisation_id).values_list(
            "name", flat=True
        )
    finally:
        await close_database()
    return login.id_number, sorted(set(names))


def peak_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (and its finished threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _login(base: str, id_number: str) -> str:
    from domain.demo import DEMO_PASSWORD

    variables: dict[str, object] = {
        "input": {"idNumber": id_number, "password": DEMO_PASSWORD, "portal": "EMPLOYER"}
    }
    client = GraphQLClient(f"{base}/graphql", LOGIN, variables)
    try:
        body = json.loads(client.post())
    finally:
        client.close()
    token = ((body.get("data") or {}).get("login") or {}).get("token")
    if not token:
        raise SystemExit(f"bench: logging in as the employer admin failed: {body}")
    return str(token)


def _upload(base: str, token: str, path: Path, url_path: str, **params: str) -> httpx.Response:
    with path.open("rb") as upload:
        response = httpx.post(
            f"{base}{url_path}",
            params=params,
            files={"file": (path.name, upload, "application/octet-stream")},
            headers={"Authorization": f"Bearer {token}"},
            timeout=3600,
        )
    if response.status_code != 200:
        raise SystemExit(f"bench: {url_path} answered {response.status_code}: {response.text}")
    return response


def measure(base: str, pid: int, token: str, path: Path) -> None:
    def step(label: str, url_path: str, **params: str) -> httpx.Response:
        started, cpu = time.perf_counter(), cpu_seconds(pid)
        response = _upload(base, token, path, url_path, **params)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds(pid) - cpu
        rss, peak = peak_mb(pid)
        summary = ""
        if response.headers["content-type"].startswith("application/json"):
            body: dict[str, Any] = response.json()
            summary = ", ".join(
                f"{k} {body[k]:,}"
                for k in ("total", "valid", "imported", "unchanged", "failedCount")
            )
        else:
            summary = f"{len(response.content):,} bytes, {response.headers['x-import-failed']} rows"
        print(
            f"{label:<22} {seconds:6.1f} s (server CPU {cpu:5.1f} s)   server RSS {rss:4.0f} MB, "
            f"peak {peak:4.0f} MB   ({summary})",
            flush=True,
        )
        return response

    rss, peak = peak_mb(pid)
    print(f"{'server after login':<46}   server RSS {rss:4.0f} MB, peak {peak:4.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work slows it)")
    step("dry run", "/imports/professionals")
    step("commit", "/imports/professionals", mode="commit")
    step("commit again (no-op)", "/imports/professionals", mode="commit")
    step("failed rows (xlsx)", "/imports/professionals/failed.xlsx")


def run(args: argparse.Namespace) -> int:
    dataset = asyncio.run(ensure_dataset(args.db, args.scale, args.seed, args.pg_url, args.rebuild))
    url = asyncio.run(scratch_copy(dataset))
    try:
        admin_id, departments = asyncio.run(employer(url))
        with tempfile.TemporaryDirectory(prefix="jijiao-bench-import-") as tmp:
            path = Path(tmp) / "professionals.xlsx"
            started = time.perf_counter()
            writer = write_workbook(path, generated_rows(args.rows, args.bad, departments))
            print(
                f"workbook: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, written by "
                f"{writer} in {time.perf_counter() - started:.1f}s",
                flush=True,
            )
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": tmp, "PORT": str(port)}
            env.pop("EVENTS_URL", None)
            argv = [
                sys.executable, "-m", "uvicorn", "--factory", "server.asgi:app_factory",
                "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
                "--log-level", "warning", "--no-access-log",
            ]  # fmt: skip
            ready = lambda: answers(f"{base}/healthz")  # noqa: E731
            with running("jijiao (uvicorn)", argv, env, ready, Path(tmp) / "server.log") as server:
                print(f"server: uvicorn on {base}, pid {server.pid}, {args.db}", flush=True)
                measure(base, server.pid, _login(base, admin_id), path)
    finally:
        asyncio.run(drop_scratch(url))
    return 0
