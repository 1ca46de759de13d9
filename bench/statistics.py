"""`python -m bench statistics`: every statistic (查询统计) over HTTP, for the province and for
one city, on the demo province with ten claims per professional.

A scratch copy of the bench dataset gets claims generated in SQL (10 per professional: 10M
rows at scale 1000) and the annual_completion rows computed from them, then each statistic
is asked over and over through our server (one uvicorn worker) as the province HRSS admin,
whose scope is everything, and as the Jinan city HRSS admin. Figures only: the targets
(province < 1 s, city < 200 ms at 1M professionals and 10M claims on PostgreSQL) are printed
next to them, nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import http.client
import json
import os
import platform
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bench import report
from bench.claims import _login
from bench.client import GraphQLClient
from bench.dataset import (
    DATA_DIR,
    DEFAULT_PG_URL,
    Dataset,
    _migrate,
    asyncpg_url,
    ensure_dataset,
    scale_text,
)
from bench.list_query import _busy_share
from bench.server import our_server
from bench.timing import Latency, interleaved
from server.settings import ROOT

# bump when the scratch copy needs seeding differently
FORMAT = 1
THIS_YEAR = dt.date.today().year
# claims spread over these years; the current year is among them, so that
# comprehensiveStatistics as of today (its default) counts learners and passes
FIRST_YEAR = 2022
LAST_YEAR = max(2025, THIS_YEAR)
YEAR = THIS_YEAR
# the annual standard when year_standard has no row (domain.completion's defaults)
PUBLIC_MIN, PROFESSIONAL_MIN, TOTAL_MIN = 30, 60, 90
# professionals per INSERT … SELECT while seeding (ten claims each)
CHUNK = 100_000
PROVINCE_ROLE = "省人社厅超级管理员"
CITY_ROLE = "市人社局管理员"
PROVINCE_CODE = "370000"
CITY_CODE = "370100"  # 济南市
DISTRICT_CODE = "370102"  # 历下区, in 济南市
# the targets, in ms
TARGETS = {"province": 1000.0, "city": 200.0}

TITLES = """query($f: TitleDistributionFilter) { titleDistribution(filter: $f) {
  rows { series junior intermediate senior none total } total { total } } }"""
UNITS = """query($y: Int!) { unitCompletions(year: $y, first: 100) { totalCount
  edges { node { organisationId name professionals learners passed passRate } } } }"""
COMPREHENSIVE = """query($r: String!) { comprehensiveStatistics(regionCode: $r) {
  asOf rows { regionCode regionName competent employers bases professionals learners passed
  passRate } total { competent employers bases professionals learners passed passRate } } }"""
MEMBERS = """query($y: Int!) { memberCompletions(filter: {year: $y}, first: 100) { totalCount
  edges { node { name idNumber unit totalHours passed } } } }"""
RECORDS = """query($n: String) { learningRecords(name: $n) {
  edges { node { name idNumber unit year totalHours passed } } } }"""
PERSONS = """query($s: String) { persons(filter: {titleSeries: $s}, first: 50) { totalCount
  edges { node { id name idNumber titleSeries titleGrade } } } }"""
HEADS = "query { headCounts { id kind name count } }"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--scale", type=float, default=None,
        help="1 ≈ 1,000 professionals; default 1000 on postgres, 1 on sqlite",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL bench database")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the dataset and seed the scratch copy again"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the seeded scratch copy for the next run"
    )
    parser.add_argument("--claims", type=int, default=10, help="claims per professional")
    parser.add_argument("--rounds", type=int, default=20, help="timed requests per statistic")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests per statistic")


# --- the seeded scratch copy ------------------------------------------------------------


def _wanted(args: argparse.Namespace) -> dict[str, Any]:
    return {"format": FORMAT, "scale": args.scale, "seed": args.seed,
            "claims_per_professional": args.claims, "years": [FIRST_YEAR, LAST_YEAR]}  # fmt: skip


class _Scratch:
    """Where the seeded copy lives and its marker: a JSON file beside the SQLite file, the
    database's comment on PostgreSQL (as bench/dataset.py keeps the dataset's)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.dialect = args.db
        if args.db == "sqlite":
            self.path = DATA_DIR / f"statistics-scratch-scale{scale_text(args.scale)}.sqlite3"
            self.marker_path = self.path.with_name(self.path.name + ".seeded.json")
            self.url = f"sqlite://{self.path}"
        else:
            parts = urlsplit(args.pg_url)
            self.base = parts.path.lstrip("/")
            self.name = f"{self.base}_statistics"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))

    def describe(self) -> str:
        if self.dialect == "sqlite":
            return str(self.path.relative_to(ROOT))
        return f"PostgreSQL database {self.name}"

    async def _admin(self, sql: str, *params: Any) -> Any:
        import asyncpg

        conn = await asyncpg.connect(asyncpg_url(self.admin_url))
        try:
            return await conn.fetchval(sql, *params)
        finally:
            await conn.close()

    async def read_marker(self) -> dict[str, Any] | None:
        if self.dialect == "sqlite":
            if not (self.path.exists() and self.marker_path.exists()):
                return None
            return dict(json.loads(self.marker_path.read_text()))
        comment = await self._admin(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1",
            self.name,
        )
        try:
            return dict(json.loads(comment)) if comment else None
        except ValueError:
            return None

    async def write_marker(self, marker: dict[str, Any]) -> None:
        if self.dialect == "sqlite":
            self.marker_path.write_text(json.dumps(marker, indent=2) + "\n")
            return
        text = json.dumps(marker).replace("'", "''")
        await self._admin(f"COMMENT ON DATABASE \"{self.name}\" IS '{text}'")

    async def copy_from(self, dataset: Dataset) -> None:
        """A fresh copy of the dataset: SQLite's backup API (it also takes what is still in
        the WAL file), or CREATE DATABASE … TEMPLATE (a file-level copy)."""
        await self.drop()
        if self.dialect == "sqlite":
            source = Path(dataset.database_url.removeprefix("sqlite://"))
            with (
                closing(sqlite3.connect(source)) as src,
                closing(sqlite3.connect(self.path)) as dst,
            ):
                src.backup(dst)
            return
        import asyncpg

        try:
            await self._admin(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.base}"')
        except asyncpg.ObjectInUseError as exc:
            raise SystemExit(f"bench: cannot copy {self.base} while others use it: {exc}") from exc

    async def drop(self) -> None:
        if self.dialect == "sqlite":
            self.marker_path.unlink(missing_ok=True)
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        else:
            await self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _claims_sql(dialect: str, per_person: int, low: int, high: int) -> str:
    """`per_person` claims for each professional with low ≤ id ≤ high, from a hash of (id, k):
    one PUBLIC claim in each year for k ≤ the number of years, PROFESSIONAL ones after; 85 %
    APPROVED and 8 % VERIFIED (both counted, recognised_hours = requested), the rest
    SUBMITTED or REJECTED (no recognised hours)."""
    years = LAST_YEAR - FIRST_YEAR + 1
    if dialect == "postgres":
        series = f"generate_series(1, {per_person}) AS k(n)"
    else:
        series = (
            f"(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
            f"WHERE n < {per_person}) SELECT n FROM s) AS k"
        )
    return f"""
INSERT INTO claim (professional_id, year, subject, form, details, requested_hours,
                   recognised_hours, status, filed_by_account_id, created_at, updated_at,
                   submitted_at)
SELECT id, year, subject, 'ONLINE', '{{}}', hours,
       CASE WHEN status IN ('APPROVED', 'VERIFIED') THEN hours END,
       status, 0, created_at, created_at, created_at
FROM (
  SELECT id, created_at, year, subject,
         CASE WHEN subject = 'PUBLIC' THEN 24 + h % 17 ELSE 45 + h % 46 END AS hours,
         CASE WHEN (h / 1000) % 100 < 85 THEN 'APPROVED'
              WHEN (h / 1000) % 100 < 93 THEN 'VERIFIED'
              WHEN (h / 1000) % 100 < 97 THEN 'SUBMITTED'
              ELSE 'REJECTED' END AS status
  FROM (
    SELECT p.id, p.created_at,
           {FIRST_YEAR} + (p.id + k.n) % {years} AS year,
           CASE WHEN k.n <= {years} THEN 'PUBLIC' ELSE 'PROFESSIONAL' END AS subject,
           (CAST(p.id AS BIGINT) * 2654435761 + k.n * 40503) % 1000003 AS h
    FROM professional p CROSS JOIN {series}
    WHERE p.id BETWEEN {low} AND {high}
  ) AS hashed
) AS generated"""


def _completions_sql(low: int, high: int) -> str:
    """annual_completion from the counted claims of professionals low ≤ id ≤ high, as
    domain.completion.refresh would compute them under the default standard."""
    return f"""
INSERT INTO annual_completion (professional_id, year, public_hours, professional_hours,
                               total_hours, passed, updated_at)
SELECT professional_id, year, pub, pro, pub + pro,
       (pub >= {PUBLIC_MIN} AND pro >= {PROFESSIONAL_MIN} AND pub + pro >= {TOTAL_MIN}), at
FROM (
  SELECT professional_id, year,
         SUM(CASE WHEN subject = 'PUBLIC' THEN recognised_hours ELSE 0 END) AS pub,
         SUM(CASE WHEN subject = 'PROFESSIONAL' THEN recognised_hours ELSE 0 END) AS pro,
         MAX(updated_at) AS at
  FROM claim
  WHERE status IN ('APPROVED', 'VERIFIED') AND professional_id BETWEEN {low} AND {high}
  GROUP BY professional_id, year
) AS summed"""


class _Sql:
    """The scratch copy through a bare driver: asyncpg, or stdlib sqlite3."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.pg: Any = None
        self.lite: sqlite3.Connection | None = None

    async def __aenter__(self) -> _Sql:
        if self.url.startswith("sqlite://"):
            self.lite = sqlite3.connect(self.url.removeprefix("sqlite://"))
        else:
            import asyncpg

            self.pg = await asyncpg.connect(asyncpg_url(self.url))
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.lite is not None:
            self.lite.close()
        if self.pg is not None:
            await self.pg.close()

    async def execute(self, sql: str) -> int:
        """Runs one statement; returns the rows it touched."""
        if self.lite is not None:
            cursor = self.lite.execute(sql)
            self.lite.commit()
            return cursor.rowcount
        status = await self.pg.execute(sql)
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def rows(self, sql: str) -> list[tuple[Any, ...]]:
        if self.lite is not None:
            return list(self.lite.execute(sql).fetchall())
        return [tuple(r) for r in await self.pg.fetch(sql)]

    async def value(self, sql: str) -> Any:
        found = await self.rows(sql)
        return found[0][0] if found else None


async def _seed(url: str, dialect: str, per_person: int) -> dict[str, Any]:
    """Claims and completion rows in the scratch copy, range by range of professional ids;
    then VACUUM ANALYZE on PostgreSQL."""
    started = time.perf_counter()
    claims = completions = 0
    async with _Sql(url) as db:
        if dialect == "postgres":
            await db.execute("SET synchronous_commit = off")
        low, high = (await db.rows("SELECT MIN(id), MAX(id) FROM professional"))[0]
        first, last = int(low or 0), int(high or 0)
        print(f"seeding: {per_person} claims per professional, years {FIRST_YEAR}–{LAST_YEAR}",
              flush=True)  # fmt: skip
        for start in range(first, last + 1, CHUNK):
            end = min(start + CHUNK - 1, last)
            claims += await db.execute(_claims_sql(dialect, per_person, start, end))
            completions += await db.execute(_completions_sql(start, end))
            print(f"  professionals ≤ {end:,}: {claims:,} claims, {completions:,} completion "
                  f"rows ({time.perf_counter() - started:.0f}s)", flush=True)  # fmt: skip
        inserted = time.perf_counter() - started
        if dialect == "postgres":
            await db.execute("VACUUM ANALYZE")
    seconds = time.perf_counter() - started
    vacuum = f", {seconds - inserted:.1f}s VACUUM ANALYZE" if dialect == "postgres" else ""
    print(f"seeded in {seconds:.1f}s ({inserted:.1f}s inserting{vacuum}): {claims:,} claims, "
          f"{completions:,} completion rows", flush=True)  # fmt: skip
    return {"claims": claims, "completions": completions, "seed_seconds": seconds,
            "insert_seconds": inserted}  # fmt: skip


async def _ensure_rollup(url: str) -> None:
    """The statistics rollup the server keeps in its deciding transactions; rows seeded in
    SQL bypass those, so it is rebuilt here the way `jijiao completion-rebuild --fix` does."""
    from domain.completion import ROLLUP_FROM_TABLE

    async with _Sql(url) as db:
        if await db.value("SELECT COUNT(*) FROM completion_rollup"):
            return
        started = time.perf_counter()
        await db.execute(
            "INSERT INTO completion_rollup (year, organisation_id, region_id, learners, passed)"
            " SELECT year, organisation_id, region_id, learners, passed"
            f" FROM ({ROLLUP_FROM_TABLE}) t WHERE learners > 0 OR passed > 0"
        )
        if url.startswith("postgres"):
            await db.execute("ANALYZE completion_rollup")
    print(f"rollup: built in {time.perf_counter() - started:.1f}s", flush=True)


async def prepare(args: argparse.Namespace) -> tuple[Dataset, str, dict[str, Any]]:
    """The seeded scratch copy, reused when a marker says it was seeded the same way."""
    scratch = _Scratch(args)
    marker = None if args.rebuild else await scratch.read_marker()
    wanted = _wanted(args)
    if marker is not None and all(marker.get(k) == v for k, v in wanted.items()):
        print(
            f"scratch: reusing {scratch.describe()} ({marker['professionals']:,} professionals, "
            f"{marker['claims']:,} claims, seeded in {marker['seed_seconds']:.1f}s by an earlier "
            "run; --rebuild to seed it again)",
            flush=True,
        )
        await _migrate(scratch.url)
        await _ensure_rollup(scratch.url)
        dataset = Dataset(
            marker["dataset_url"], args.db, args.scale, args.seed, marker["professionals"],
            marker["dataset_load_seconds"], True,
        )  # fmt: skip
        return dataset, scratch.url, {**marker, "reused": True}
    dataset = await ensure_dataset(args.db, args.scale, args.seed, args.pg_url, args.rebuild)
    started = time.perf_counter()
    await scratch.copy_from(dataset)
    print(f"scratch: copied to {scratch.describe()} in {time.perf_counter() - started:.1f}s",
          flush=True)  # fmt: skip
    seeded = await _seed(scratch.url, args.db, args.claims)
    await _ensure_rollup(scratch.url)
    marker = {**wanted, **seeded, "professionals": dataset.professionals,
              "dataset_url": dataset.database_url,
              "dataset_load_seconds": dataset.load_seconds,
              "seeded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}  # fmt: skip
    await scratch.write_marker(marker)
    return dataset, scratch.url, {**marker, "reused": False}


# --- what is asked ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ask:
    scope: str  # province or city
    label: str
    query: str
    variables: dict[str, Any]
    describe: Callable[[dict[str, Any]], str]

    @property
    def key(self) -> str:
        return f"{self.scope} {self.label}"


def _titles(d: dict[str, Any]) -> str:
    t = d["titleDistribution"]
    return f"{len(t['rows'])} series, {t['total']['total']:,} people"


def _paged(field: str, what: str) -> Callable[[dict[str, Any]], str]:
    def describe(d: dict[str, Any]) -> str:
        found = d[field]
        total = f"{found['totalCount']:,} {what}, " if "totalCount" in found else ""
        return f"{total}{len(found['edges'])} rows"

    return describe


def _comprehensive(d: dict[str, Any]) -> str:
    c = d["comprehensiveStatistics"]
    t = c["total"]
    return (f"{len(c['rows'])} regions, {t['professionals']:,} people, {t['learners']:,} "
            f"learners, {t['passed']:,} passed")  # fmt: skip


def _heads(d: dict[str, Any]) -> str:
    rows = d["headCounts"]
    return f"{len(rows)} rows, {sum(r['count'] for r in rows):,} people"


def asks(common: dict[str, tuple[str, str]]) -> list[Ask]:
    """Every statistic for the province and for the city (the city's admin sees only its
    subtree, so the same request answers for the city); `common` is each scope's most
    common name and title series."""
    made = []
    for scope, region, code in (
        ("province", CITY_CODE, PROVINCE_CODE),
        ("city", DISTRICT_CODE, CITY_CODE),
    ):
        name, series = common[scope]
        made += [
            Ask(scope, "titleDistribution", TITLES, {}, _titles),
            Ask(scope, f"titleDistribution(regionCode {region})", TITLES,
                {"f": {"regionCode": region}}, _titles),
            Ask(scope, f"unitCompletions({YEAR}, first 100)", UNITS, {"y": YEAR},
                _paged("unitCompletions", "units")),
            Ask(scope, f"comprehensiveStatistics({code})", COMPREHENSIVE, {"r": code},
                _comprehensive),
            Ask(scope, f"memberCompletions({YEAR}, first 100)", MEMBERS, {"y": YEAR},
                _paged("memberCompletions", "people")),
            Ask(scope, f"learningRecords(name {name})", RECORDS, {"n": name},
                _paged("learningRecords", "")),
            Ask(scope, f"persons(titleSeries {series}, first 50)", PERSONS, {"s": series},
                _paged("persons", "people")),
            Ask(scope, "headCounts", HEADS, {}, _heads),
        ]  # fmt: skip
    return made


async def _common(url: str, role: str) -> tuple[str, str]:
    """The most common professional name and title series in the subtree of the demo
    login's HRSS organisation."""
    from domain.demo import demo_logins

    login = next(x for x in demo_logins() if x.role == role)
    within = (
        "p.organisation_id IN (SELECT c.descendant_id FROM organisation_closure c "
        "JOIN admin ad ON ad.organisation_id = c.ancestor_id "
        "JOIN account ac ON ac.id = ad.account_id "
        "JOIN organisation o ON o.id = ad.organisation_id "
        f"WHERE ac.id_number = '{login.id_number}' AND o.kind = 'HRSS')"
    )
    async with _Sql(url) as db:
        name = await db.value(
            "SELECT a.name FROM professional p JOIN account a ON a.id = p.account_id "
            f"WHERE {within} GROUP BY a.name ORDER BY COUNT(*) DESC, a.name LIMIT 1"
        )
        series = await db.value(
            f"SELECT p.title_series FROM professional p WHERE {within} AND p.title_series "
            "IS NOT NULL GROUP BY p.title_series ORDER BY COUNT(*) DESC, p.title_series LIMIT 1"
        )
    return str(name), str(series)


async def _expected(url: str) -> dict[str, int]:
    """What the province's comprehensive total must say for this year, straight from SQL."""
    async with _Sql(url) as db:
        people = await db.value("SELECT COUNT(*) FROM professional WHERE status = 'ACTIVE'")
        learners = await db.value(
            f"SELECT COUNT(*) FROM annual_completion c JOIN professional p "
            f"ON p.id = c.professional_id WHERE c.year = {YEAR} AND c.total_hours > 0 "
            "AND p.status = 'ACTIVE'"
        )
        passed = await db.value(
            f"SELECT COUNT(*) FROM annual_completion c JOIN professional p "
            f"ON p.id = c.professional_id WHERE c.year = {YEAR} AND c.passed "
            "AND p.status = 'ACTIVE'"
        )
    return {"professionals": int(people), "learners": int(learners), "passed": int(passed)}


# --- timing -----------------------------------------------------------------------------


class _Caller:
    """One statistic's request over the keep-alive connection all statistics share: they
    take turns, so it is never idle for long (uvicorn closes a connection idle for 5 s,
    which a connection per statistic would be while the slow ones run). A GraphQL error
    (TIMEOUT after the server's 10 s) is counted, not fatal, and its time still counts."""

    def __init__(self, connection: GraphQLClient, ask: Ask, token: str) -> None:
        self.connection = connection
        self.body = json.dumps({"query": ask.query, "variables": ask.variables}).encode()
        self.headers = {**connection.headers, "authorization": f"Bearer {token}"}
        self.errors: list[str] = []

    def _post(self) -> bytes:
        self.connection.body, self.connection.headers = self.body, self.headers
        try:
            return self.connection.post()
        except (OSError, http.client.HTTPException):
            # dropped anyway (the server restarted its keep-alive timer too late): once more
            return self.connection.post()

    def first(self) -> dict[str, Any]:
        body = json.loads(self._post())
        if body.get("errors"):
            self.errors.append(str(body["errors"])[:300])
        return dict(body)

    def __call__(self) -> None:
        body = self._post()
        if b'"errors"' in body:
            self.errors.append(body[:300].decode(errors="replace"))


async def measure(url: str, tokens: dict[str, str], wanted: list[Ask], args: argparse.Namespace
                  ) -> dict[str, Any]:  # fmt: skip
    connection = GraphQLClient(url, "", {})
    callers = {ask.key: _Caller(connection, ask, tokens[ask.scope]) for ask in wanted}
    answers: dict[str, str] = {}
    bodies: dict[str, Any] = {}
    try:
        for ask in wanted:
            started = time.perf_counter()
            body = callers[ask.key].first()
            seconds = time.perf_counter() - started
            bodies[ask.key] = body
            if body.get("errors"):
                answers[ask.key] = f"ERROR {body['errors'][0].get('message', '')[:60]}"
            else:
                answers[ask.key] = ask.describe(body["data"])
            print(f"  first {_pad(ask.key, 58)} {seconds * 1000:9.1f} ms  {answers[ask.key]}",
                  flush=True)  # fmt: skip
        # all statistics take turns, so a slow spell of the machine hits every one alike
        latency = await interleaved(
            {key: caller for key, caller in callers.items()}, args.rounds, warmup=args.warmup
        )
    finally:
        connection.close()
    errors = {key: c.errors for key, c in callers.items() if c.errors}
    return {"latency": latency, "answers": answers, "errors": errors, "bodies": bodies}


# --- the run ----------------------------------------------------------------------------


def _token(url: str, role: str) -> str:
    from domain.demo import demo_logins

    login = next(x for x in demo_logins() if x.role == role)
    return _login(url, login.id_number, "HRSS")


def _show(dataset: Dataset, seeded: dict[str, Any], wanted: list[Ask], figures: dict[str, Any],
          args: argparse.Namespace) -> None:  # fmt: skip
    latency: dict[str, Latency] = figures["latency"]
    print()
    print(
        f"statistics on {dataset.dialect}, scale {scale_text(dataset.scale)}: "
        f"{seeded['professionals']:,} professionals, {seeded['claims']:,} claims, "
        f"{seeded['completions']:,} completion rows (years {FIRST_YEAR}–{LAST_YEAR}); "
        f"year asked {YEAR}; {args.rounds} rounds after {args.warmup} warm-up, one at a time"
    )
    print(f"{'scope':<9}{_pad('statistic', 46)}{'median ms':>10}{'p95 ms':>10}  "
          f"{'target':<16}answer")  # fmt: skip
    for ask in wanted:
        figure = latency[ask.key]
        target = TARGETS[ask.scope]
        verdict = "ok" if figure.p95_ms < target else (
            "p95 over" if figure.median_ms < target else "OVER")  # fmt: skip
        errors = figures["errors"].get(ask.key)
        note = f"  ({len(errors)} errors, first: {errors[0][:80]})" if errors else ""
        print(f"{ask.scope:<9}{_pad(ask.label, 46)}{figure.median_ms:>10.1f}"
              f"{figure.p95_ms:>10.1f}  {f'<{target:g} {verdict}':<16}"
              f"{figures['answers'][ask.key]}{note}")  # fmt: skip
    check = figures.get("check")
    if check:
        print(f"check: province comprehensive total {check['found']} vs SQL {check['expected']}: "
              f"{'ok' if check['found'] == check['expected'] else 'MISMATCH'}")  # fmt: skip
    if dataset.dialect != "postgres" or seeded["professionals"] < 900_000:
        print("(the targets are for 1,000,000 professionals and 10,000,000 claims on PostgreSQL)")


def _pad(text: str, width: int) -> str:
    """`text` left-aligned in `width` terminal columns; CJK characters take two."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(1, width - used)


def _check(body: dict[str, Any], expected: dict[str, int]) -> dict[str, Any] | None:
    total = ((body.get("data") or {}).get("comprehensiveStatistics") or {}).get("total")
    if not total:
        return None
    found = {k: int(total[k]) for k in expected}
    return {"found": found, "expected": expected}


def _write(dataset: Dataset, seeded: dict[str, Any], wanted: list[Ask], figures: dict[str, Any],
           args: argparse.Namespace) -> None:  # fmt: skip
    document = {
        "benchmark": "statistics",
        "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "commit": report._commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_at_end": os.getloadavg(),
                    "others_busy_before": figures.get("busy_before")},
        "dataset": asdict(dataset),
        "scratch": {k: v for k, v in seeded.items() if k != "dataset_url"},
        "arguments": {k: v for k, v in vars(args).items() if k != "handler"},
        "year": YEAR,
        "targets_ms": TARGETS,
        "statistics": [
            {"scope": a.scope, "statistic": a.label, "query": a.query, "variables": a.variables,
             "answer": figures["answers"][a.key], "errors": figures["errors"].get(a.key),
             "latency_ms": asdict(figures["latency"][a.key])}
            for a in wanted
        ],
        "check": figures.get("check"),
    }  # fmt: skip
    report.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    name = f"statistics-{dataset.dialect}-scale{scale_text(dataset.scale)}-{stamp}.json"
    path = report.RESULTS_DIR / name
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"\nfigures written to {path.relative_to(ROOT)}")


async def _run(args: argparse.Namespace) -> int:
    dataset, scratch_url, seeded = await prepare(args)
    try:
        common = {"province": await _common(scratch_url, PROVINCE_ROLE),
                  "city": await _common(scratch_url, CITY_ROLE)}  # fmt: skip
        expected = await _expected(scratch_url)
        wanted = asks(common)
        busy = _busy_share()
        if busy is not None and busy > 0.15:
            print(f"bench: warning: other processes keep the CPUs {busy:.0%} busy; "
                  "figures will be noisy", flush=True)  # fmt: skip
        with our_server(scratch_url, 100) as url:
            tokens = {"province": _token(url, PROVINCE_ROLE), "city": _token(url, CITY_ROLE)}
            figures = await measure(url, tokens, wanted, args)
        figures["busy_before"] = busy
        province = next(a for a in wanted if a.scope == "province" and "comprehensive" in a.label)
        figures["check"] = _check(figures["bodies"][province.key], expected)
    finally:
        if args.keep:
            print(f"scratch kept: {_Scratch(args).describe()}", flush=True)
        else:
            await _Scratch(args).drop()
    _show(dataset, seeded, wanted, figures, args)
    _write(dataset, seeded, wanted, figures, args)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.scale is None:
        args.scale = 1000.0 if args.db == "postgres" else 1.0
    return asyncio.run(_run(args))
