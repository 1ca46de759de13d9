"""`python -m bench claims`: the path of hours under load, against our server over HTTP.

Four measurements on a scratch copy of the bench dataset, so the shared dataset stays as
built and the other benches' figures are not moved by the rows this one adds:

1. submit: professionals each create and submit one ONLINE claim, several clients at once;
2. approve: one `reviewDecide(allMatching)` by a unit's admin over a full batch of seeded
   pending CLAIM_REVIEW steps, then a check of the claims and the annual_completion rows;
3. completions: `memberCompletions` for that unit, topped up to thousands of professionals;
4. certificates: PDFs per second, one and two at a time, and one many-page PDF.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import http.client
import json
import os
import platform
import queue
import random
import re
import sqlite3
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bench import report
from bench.client import LOGIN, GraphQLClient
from bench.dataset import DATA_DIR, DEFAULT_PG_URL, Dataset, asyncpg_url, ensure_dataset, scale_text
from bench.list_query import _busy_share
from bench.server import our_server
from bench.timing import Latency, interleaved
from server.settings import ROOT

# domain and models are imported where they are used, as in bench/dataset.py, so that the
# other subcommands (and --help) do not pay for them

# claims made through the API may not lie in the future; the seeded years are distinct so
# that approving one year's batch cannot touch the completion rows another phase reads
THIS_YEAR = dt.date.today().year
SUBMIT_YEAR = THIS_YEAR
APPROVE_YEAR = THIS_YEAR - 1
COMPLETION_YEAR = THIS_YEAR - 2
# the demo's employer admin (赵丽娜, 济南市历下区人民医院): a known login for the unit measured
UNIT_ROLE = "用人单位管理员"
# people the bench adds get Beijing-issued ID numbers: demo people are all from Shandong, so
# no added number can collide with a generated one
ID_REGION = "110101"
FIRST_BIRTH = dt.date(1965, 1, 1)
BIRTH_DAYS = 9000
PLATFORM = "山东省专业技术人员继续教育网络学习平台"

CREATE = """mutation($i: ClaimInput!) { claimCreate(input: $i) {
  claim { id status } errors { code field message } } }"""
SUBMIT = """mutation($id: ID!) { claimSubmit(input: {id: $id}) {
  claim { id status } errors { code field message } } }"""
DECIDE = """mutation { reviewDecide(input: {kind: CLAIM_REVIEW, allMatching: true, approve: true}) {
  decidedCount errors { code field message } } }"""
COMPLETIONS = """query($year: Int!, $unit: ID!) {
  memberCompletions(filter: {year: $year, organisationId: $unit}, first: 100) {
    totalCount edges { node { name idNumber totalHours passed } } } }"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL bench database")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy afterwards")
    parser.add_argument("--submitters", type=int, default=200, help="professionals submitting")
    parser.add_argument("--clients", type=int, default=8, help="concurrent submitting clients")
    parser.add_argument("--batch", type=int, default=10_000, help="pending claims approved at once")
    parser.add_argument("--unit-size", type=int, default=5000, help="professionals in the unit")
    parser.add_argument("--rounds", type=int, default=30, help="timed completion queries")
    parser.add_argument("--pdfs", type=int, default=20, help="single PDFs per concurrency level")
    parser.add_argument("--pages", type=int, default=50, help="certificates in the one big PDF")


# --- the scratch copy -------------------------------------------------------------------


def _sqlite_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite://"))


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy_sqlite(dataset: Dataset) -> str:
    """The dataset copied page by page with SQLite's backup API, which also takes what is
    still in the source's WAL file (a plain file copy could miss it)."""
    target = DATA_DIR / f"claims-scratch-scale{scale_text(dataset.scale)}.sqlite3"
    _remove_sqlite(target)
    source = _sqlite_file(dataset.database_url)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return f"sqlite://{target}"


def _pg_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(asyncpg_url(_pg_database(url, "postgres")))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _copy_postgres(dataset: Dataset) -> str:
    """CREATE DATABASE … TEMPLATE: a file-level copy, seconds even at large scales."""
    import asyncpg

    name = urlsplit(dataset.database_url).path.lstrip("/")
    scratch = f"{name}_claims"
    await _pg_admin(dataset.database_url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    try:
        await _pg_admin(dataset.database_url, f'CREATE DATABASE "{scratch}" TEMPLATE "{name}"')
    except asyncpg.ObjectInUseError as exc:
        raise SystemExit(f"bench: cannot copy {name} while others use it: {exc}") from exc
    return _pg_database(dataset.database_url, scratch)


async def scratch_copy(dataset: Dataset) -> str:
    started = time.perf_counter()
    if dataset.dialect == "sqlite":
        url = _copy_sqlite(dataset)
    else:
        url = await _copy_postgres(dataset)
    print(f"scratch copy: {_where(url)} in {time.perf_counter() - started:.1f}s", flush=True)
    return url


async def drop_scratch(url: str) -> None:
    if url.startswith("sqlite://"):
        _remove_sqlite(_sqlite_file(url))
    else:
        name = urlsplit(url).path.lstrip("/")
        await _pg_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _where(url: str) -> str:
    if url.startswith("sqlite://"):
        return str(_sqlite_file(url).relative_to(ROOT))
    return f"PostgreSQL database {urlsplit(url).path.lstrip('/')}"


# --- seeding, directly in the database --------------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    region_id: str
    admin_id_number: str


@dataclass(frozen=True)
class Member:
    professional_id: int
    account_id: int
    name: str


@dataclass(frozen=True)
class Expected:
    """What approving the seeded batch must leave in annual_completion for its year."""

    claims: int
    people: int
    total_hours: Decimal
    passed: int


@dataclass(frozen=True)
class Setup:
    unit: Unit
    members: int
    added: int
    expected: Expected
    completion_rows: int
    printable: list[int]
    warmup_tokens: list[str]
    submit_tokens: list[str]
    seconds: float


async def _find_unit() -> Unit:
    from domain.demo import demo_logins
    from models import Admin
    from models.enums import OrgKind

    login = next(x for x in demo_logins() if x.role == UNIT_ROLE)
    admin = (
        await Admin.filter(account__id_number=login.id_number, organisation__kind=OrgKind.EMPLOYER)
        .prefetch_related("organisation")
        .first()
    )
    if admin is None:
        raise SystemExit(f"bench: the demo's {UNIT_ROLE} is missing from the dataset")
    org = admin.organisation
    return Unit(org.id, org.name, org.region_id, login.id_number)  # type: ignore[attr-defined]


def _id_number(i: int) -> str:
    """The i-th added person's resident ID number: unique per (birth day, sequence)."""
    from domain.identity import resident_id_check_char, validate_resident_id

    birth = FIRST_BIRTH + dt.timedelta(days=i % BIRTH_DAYS)
    first17 = f"{ID_REGION}{birth:%Y%m%d}{i // BIRTH_DAYS:02d}{i % 2}"
    return validate_resident_id(first17 + resident_id_check_char(first17))


async def _top_up(unit: Unit, size: int, seed: int) -> int:
    """Add professionals to the unit until it has `size`; returns how many were added.

    They share the demo's password hash, so each could log in with the demo password."""
    from domain.demo.names import person_name
    from domain.identity import birth_date_of, sex_of
    from models import Account, Professional

    have = await Professional.filter(organisation_id=unit.id).count()
    missing = max(0, size - have)
    if not missing:
        return 0
    rng = random.Random(seed)
    password_hash = (await Account.get(id_number=unit.admin_id_number)).password_hash
    numbers = [_id_number(i) for i in range(missing)]
    await Account.bulk_create(
        [Account(id_number=n, name=person_name(rng, sex_of(n) == "MALE"),
                 password_hash=password_hash) for n in numbers],
        batch_size=1000,
    )  # fmt: skip
    ids = dict(await Account.filter(id_number__in=numbers).values_list("id_number", "id"))
    await Professional.bulk_create(
        [Professional(account_id=ids[n], organisation_id=unit.id, region_id=unit.region_id,
                      sex=sex_of(n), birth_date=birth_date_of(n)) for n in numbers],
        batch_size=1000,
    )  # fmt: skip
    return missing


async def _members(unit: Unit) -> list[Member]:
    from models import Professional
    from models.enums import ProfessionalStatus

    rows = (
        await Professional.filter(organisation_id=unit.id, status=ProfessionalStatus.ACTIVE)
        .order_by("id")
        .values_list("id", "account_id", "account__name")
    )
    return [Member(int(p), int(a), str(n)) for p, a, n in rows]


def _batch_claim(i: int, people: int) -> tuple[str, Decimal]:
    """Claim i goes to member i % people: public hours in even rounds, professional hours in
    odd ones; every fourth member claims too few professional hours to pass."""
    member = i % people
    if (i // people) % 2 == 0:
        return "PUBLIC", Decimal(30)
    return "PROFESSIONAL", Decimal(45 if member % 4 == 3 else 60)


async def _expected(hours: dict[int, dict[str, Decimal]], claims: int) -> Expected:
    from domain import completion

    standard = (await completion.standards([APPROVE_YEAR]))[APPROVE_YEAR]
    passed = sum(
        standard.passes(h.get("PUBLIC", Decimal(0)), h.get("PROFESSIONAL", Decimal(0)))
        for h in hours.values()
    )
    total = sum((sum(h.values(), Decimal(0)) for h in hours.values()), Decimal(0))
    return Expected(claims, len(hours), total, passed)


async def _seed_pending_claims(unit: Unit, members: list[Member], batch: int) -> Expected:
    """`batch` SUBMITTED claims of the unit's members, each with its pending CLAIM_REVIEW
    step for the unit: what `batch` submissions would have left behind."""
    from tortoise import timezone

    from models import Claim, ReviewStep
    from models.enums import ClaimStatus, ReviewKind

    now = timezone.now()
    hours: dict[int, dict[str, Decimal]] = defaultdict(dict)
    claims = []
    for i in range(batch):
        member = members[i % len(members)]
        subject, requested = _batch_claim(i, len(members))
        hours[member.professional_id][subject] = (
            hours[member.professional_id].get(subject, Decimal(0)) + requested
        )
        details = {"platform": PLATFORM, "course": f"专业课程{i % 97 + 1}",
                   "date": f"{APPROVE_YEAR}-06-30"}  # fmt: skip
        claims.append(
            Claim(professional_id=member.professional_id, year=APPROVE_YEAR, subject=subject,
                  form="ONLINE", details=details, requested_hours=requested,
                  status=ClaimStatus.SUBMITTED, filed_by_account_id=member.account_id,
                  submitted_at=now)
        )  # fmt: skip
    await Claim.bulk_create(claims, batch_size=1000)
    names = {m.professional_id: m.name for m in members}
    made = await Claim.filter(year=APPROVE_YEAR, professional__organisation_id=unit.id).values_list(
        "id", "professional_id", "subject", "requested_hours"
    )
    await ReviewStep.bulk_create(
        [ReviewStep(kind=ReviewKind.CLAIM_REVIEW, subject_type="claim", subject_id=c,
                    reviewer_id=unit.id, applicant_name=names[p],
                    summary={"year": APPROVE_YEAR, "subject": str(s), "form": "ONLINE",
                             "requestedHours": str(h)})
         for c, p, s, h in made],
        batch_size=1000,
    )  # fmt: skip
    return await _expected(hours, len(made))


async def _seed_completions(members: list[Member]) -> tuple[int, list[int]]:
    """annual_completion rows for most of the unit: a tenth have none (the query shows them
    with zero hours), and some fall short. Returns the row count and who passed."""
    from domain import completion
    from models import AnnualCompletion

    standard = (await completion.standards([COMPLETION_YEAR]))[COMPLETION_YEAR]
    rows, passed = [], []
    for k, member in enumerate(members):
        if k % 10 == 9:
            continue
        public, professional = Decimal(18 if k % 6 == 5 else 30), Decimal(60 + 5 * (k % 5))
        ok = standard.passes(public, professional)
        rows.append(
            AnnualCompletion(professional_id=member.professional_id, year=COMPLETION_YEAR,
                             public_hours=public, professional_hours=professional,
                             total_hours=public + professional, passed=ok)
        )  # fmt: skip
        if ok:
            passed.append(member.professional_id)
    await AnnualCompletion.bulk_create(rows, batch_size=1000)
    return len(rows), passed


async def _submitter_tokens(unit: Unit, count: int) -> list[str]:
    """Sessions for `count` professionals outside the unit (their claims go to their own
    employers, not into the batch the approve phase decides), issued directly: argon2
    logins would take longer than the claims they are for."""
    from tortoise.transactions import in_transaction

    from domain.sessions import issue_session
    from models import OrganisationClosure, Professional
    from models.enums import ProfessionalStatus, RoleKind

    inside = await OrganisationClosure.filter(ancestor_id=unit.id).values_list(
        "descendant_id", flat=True
    )
    people = (
        await Professional.filter(status=ProfessionalStatus.ACTIVE)
        .exclude(organisation_id__in=list(inside))
        .order_by("id")
        .limit(count)
        .values_list("id", "account_id")
    )
    if len(people) < count:
        raise SystemExit(f"bench: only {len(people)} professionals to submit, {count} wanted")
    async with in_transaction():
        issued = [
            await issue_session(int(a), RoleKind.PROFESSIONAL, professional_id=int(p))
            for p, a in people
        ]
    return [session.token for session in issued]


async def _vacuum_postgres() -> None:
    """Planner statistics and the visibility map for the seeded rows: what autovacuum would
    otherwise do soon, possibly while the bench is timing."""
    from tortoise import connections

    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script("VACUUM ANALYZE")


async def seed(args: argparse.Namespace) -> Setup:
    started = time.perf_counter()
    unit = await _find_unit()
    added = await _top_up(unit, args.unit_size, args.seed)
    members = await _members(unit)
    expected = await _seed_pending_claims(unit, members, args.batch)
    completion_rows, printable = await _seed_completions(members)
    # one untimed claim per client first: the first requests pay for cold caches
    warmup = args.clients
    tokens = await _submitter_tokens(unit, warmup + args.submitters)
    await _vacuum_postgres()
    seconds = time.perf_counter() - started
    print(
        f"seeded in {seconds:.1f}s: {unit.name} has {len(members):,} professionals "
        f"({added:,} added), {expected.claims:,} pending claims for {APPROVE_YEAR}, "
        f"{completion_rows:,} completion rows for {COMPLETION_YEAR}, "
        f"{len(tokens):,} professional sessions",
        flush=True,
    )
    return Setup(unit, len(members), added, expected, completion_rows, printable,
                 tokens[:warmup], tokens[warmup:], seconds)  # fmt: skip


# --- HTTP clients -----------------------------------------------------------------------


class _Caller(GraphQLClient):
    """GraphQLClient's keep-alive connection and error handling, with the request (and the
    session) given per call: a submit names the claim its create just made."""

    def __init__(self, url: str) -> None:
        super().__init__(url, "", {})

    def data(self, query: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
        self.body = json.dumps({"query": query, "variables": variables}).encode()
        self.headers["authorization"] = f"Bearer {token}"
        body = json.loads(self.post())
        if body.get("errors"):
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        return dict(body["data"])


class _PdfClient:
    """GETs certificate PDFs as one admin over one keep-alive connection."""

    def __init__(self, base_url: str, token: str) -> None:
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port or 80, timeout=300
        )
        self.headers = {"authorization": f"Bearer {token}"}

    def fetch(self, year: int, ids: Sequence[int]) -> bytes:
        path = f"/certificates/{year}.pdf?ids={','.join(map(str, ids))}"
        try:
            self.connection.request("GET", path, headers=self.headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        if response.status != 200 or not data.startswith(b"%PDF"):
            raise RuntimeError(f"HTTP {response.status} from {path}: {data[:200]!r}")
        return data

    def close(self) -> None:
        self.connection.close()


def _login(url: str, id_number: str, portal: str) -> str:
    from domain.demo import DEMO_PASSWORD

    login = {"idNumber": id_number, "password": DEMO_PASSWORD, "portal": portal}
    variables: dict[str, object] = {"input": login}
    client = GraphQLClient(url, LOGIN, variables)
    try:
        body = json.loads(client.post())
    finally:
        client.close()
    token = ((body.get("data") or {}).get("login") or {}).get("token")
    if not token:
        raise SystemExit(f"bench: logging in as {id_number} ({portal}) failed: {body}")
    return str(token)


@dataclass
class Work:
    """A fixed amount of work shared by client threads; what each item took, and failures."""

    seconds: float = 0.0
    samples: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: int = 0
    first_error: str | None = None

    def latency(self, name: str) -> Latency | None:
        found = self.samples.get(name)
        return Latency.of(found) if found else None


def _share(
    items: Sequence[Any], clients: int, open_client: Callable[[], Any],
    do: Callable[[Any, Any], dict[str, float]],
) -> Work:  # fmt: skip
    """`clients` threads, each with its own `open_client()`, take `items` from one queue
    until none is left; `do(client, item)` returns the named seconds it measured."""
    work = Work()
    pending: queue.SimpleQueue[Any] = queue.SimpleQueue()
    for item in items:
        pending.put(item)
    start = threading.Barrier(clients + 1)
    lock = threading.Lock()

    def client() -> None:
        opened = open_client()
        start.wait()
        try:
            while True:
                try:
                    item = pending.get_nowait()
                except queue.Empty:
                    return
                try:
                    measured = do(opened, item)
                except Exception as exc:  # counted and shown once, not fatal
                    with lock:
                        work.errors += 1
                        work.first_error = work.first_error or repr(exc)[:300]
                    continue
                with lock:
                    for name, seconds in measured.items():
                        work.samples[name].append(seconds)
        finally:
            opened.close()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    work.seconds = time.perf_counter() - started
    return work


# --- 1. submitting claims ---------------------------------------------------------------


def online_claim() -> dict[str, Any]:
    """A valid 网络学习 claim: the ONLINE form needs no attachment."""
    details = {"platform": PLATFORM, "course": "专业技术人员职业道德与诚信建设",
               "date": f"{SUBMIT_YEAR}-03-15"}  # fmt: skip
    return {"year": SUBMIT_YEAR, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": "12",
            "details": details}  # fmt: skip


def _payload(data: dict[str, Any], mutation: str, status: str) -> dict[str, Any]:
    payload = data[mutation]
    if payload["errors"] or payload["claim"]["status"] != status:
        raise RuntimeError(f"{mutation}: {payload}")
    return dict(payload["claim"])


def _create_and_submit(caller: _Caller, token: str) -> dict[str, float]:
    started = time.perf_counter()
    claim = _payload(caller.data(CREATE, {"i": online_claim()}, token), "claimCreate", "DRAFT")
    created = time.perf_counter()
    _payload(caller.data(SUBMIT, {"id": claim["id"]}, token), "claimSubmit", "SUBMITTED")
    return {"create": created - started, "submit": time.perf_counter() - created}


def measure_submit(url: str, setup: Setup, clients: int) -> Work:
    # the first claims pay for cold caches and imports; they are not timed
    _share(setup.warmup_tokens, clients, lambda: _Caller(url), _create_and_submit)
    work = _share(setup.submit_tokens, clients, lambda: _Caller(url), _create_and_submit)
    done = len(setup.submit_tokens) - work.errors
    print(
        f"submit: {done} claims by {clients} clients in {work.seconds:.2f}s = "
        f"{done / work.seconds:.1f} claims/s"
        + (f", {work.errors} errors, first: {work.first_error}" if work.errors else ""),
        flush=True,
    )
    for name in ("create", "submit"):
        if (figure := work.latency(name)) is not None:
            print(f"  claim{name.title():<7} {report.latency_text(figure)}", flush=True)
    return work


async def check_submitted(tokens: int) -> dict[str, int]:
    from models import Claim, ReviewStep
    from models.enums import ClaimStatus, ReviewKind, ReviewStatus

    # the scratch copy has no claims of SUBMIT_YEAR but the ones this phase made
    made = await Claim.filter(year=SUBMIT_YEAR).values_list("id", flat=True)
    submitted = await Claim.filter(year=SUBMIT_YEAR, status=ClaimStatus.SUBMITTED).count()
    opened = await ReviewStep.filter(
        kind=ReviewKind.CLAIM_REVIEW, status=ReviewStatus.PENDING, subject_id__in=list(made)
    ).count()
    print(f"  check: {submitted} claims SUBMITTED, {opened} review steps opened "
          f"(of {tokens} submitters incl. warm-up)", flush=True)  # fmt: skip
    return {"submitted": submitted, "steps_opened": opened}


# --- 2. approving one batch -------------------------------------------------------------


def measure_approve(url: str, token: str) -> dict[str, Any]:
    client = GraphQLClient(url, DECIDE, {}, token)
    try:
        started = time.perf_counter()
        body = json.loads(client.post())
        seconds = time.perf_counter() - started
    finally:
        client.close()
    payload = (body.get("data") or {}).get("reviewDecide") or {}
    decided = int(payload.get("decidedCount") or 0)
    errors = body.get("errors") or payload.get("errors") or None
    print(
        f"approve: one reviewDecide(allMatching) took {seconds:.2f}s, decidedCount {decided:,}"
        + (f" = {decided / seconds:,.0f} steps/s" if decided else "")
        + (f"; errors: {errors}" if errors else ""),
        flush=True,
    )
    return {"seconds": seconds, "decided": decided, "errors": errors}


def _hours(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.1")))


async def check_approved(setup: Setup) -> dict[str, Any]:
    """What the batch left behind, against what the seeded claims say it must."""
    from models import AnnualCompletion, Claim, ReviewStep
    from models.enums import ClaimStatus, ReviewKind, ReviewStatus

    unit = setup.unit.id
    claims = Claim.filter(year=APPROVE_YEAR, professional__organisation_id=unit)
    approved = await claims.filter(status=ClaimStatus.APPROVED).count()
    left = await ReviewStep.filter(
        reviewer_id=unit, kind=ReviewKind.CLAIM_REVIEW, status=ReviewStatus.PENDING
    ).count()
    verifying = await ReviewStep.filter(kind=ReviewKind.CLAIM_VERIFICATION).count()
    rows = await AnnualCompletion.filter(
        year=APPROVE_YEAR, professional__organisation_id=unit
    ).values_list("total_hours", "passed")
    found = {"approved": approved, "pending_left": left, "verification_steps": verifying,
             "completion_rows": len(rows),
             "total_hours": _hours(sum((Decimal(str(h)) for h, _ in rows), Decimal(0))),
             "passed": sum(1 for _, p in rows if p)}  # fmt: skip
    want = setup.expected
    wanted = {"approved": want.claims, "pending_left": 0, "verification_steps": want.claims,
              "completion_rows": want.people, "total_hours": _hours(want.total_hours),
              "passed": want.passed}  # fmt: skip
    for key, value in found.items():
        mark = "ok" if value == wanted[key] else f"MISMATCH, expected {wanted[key]}"
        print(f"  check: {key:<19} {value}  {mark}", flush=True)
    return {"found": found, "expected": wanted}


# --- 3. the completion query ------------------------------------------------------------


async def measure_completions(url: str, token: str, unit: Unit, rounds: int) -> dict[str, Any]:
    variables = {"year": COMPLETION_YEAR, "unit": str(unit.id)}
    client = GraphQLClient(url, COMPLETIONS, variables, token)
    try:
        body = json.loads(client.post())
        if body.get("errors"):
            raise SystemExit(f"bench: memberCompletions answered with errors: {body['errors']}")
        answer = body["data"]["memberCompletions"]
        latency = (await interleaved({"memberCompletions": client.post}, rounds, warmup=5))[
            "memberCompletions"
        ]
    finally:
        client.close()
    print(
        f"completions: memberCompletions(first: 100) of {answer['totalCount']:,} in the unit, "
        f"{len(answer['edges'])} rows: {report.latency_text(latency)} ({rounds} rounds)",
        flush=True,
    )
    return {"total_count": answer["totalCount"], "rows": len(answer["edges"]),
            "latency": asdict(latency)}  # fmt: skip


# --- 4. certificate PDFs ----------------------------------------------------------------


def _pages(pdf: bytes) -> int:
    """Pages in a PDF; weasyprint packs its page objects into compressed object streams."""
    texts = [pdf]
    for body in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            texts.append(zlib.decompress(body))
        except zlib.error:
            continue
    return sum(len(re.findall(rb"/Type\s*/Page\b", text)) for text in texts)


def _print_one(client: _PdfClient, professional_id: int) -> dict[str, float]:
    started = time.perf_counter()
    client.fetch(COMPLETION_YEAR, [professional_id])
    return {"pdf": time.perf_counter() - started}


def _pdf_run(base: str, token: str, ids: Sequence[int], clients: int) -> dict[str, Any]:
    work = _share(ids, clients, lambda: _PdfClient(base, token), _print_one)
    done = len(ids) - work.errors
    latency = work.latency("pdf")
    print(
        f"  {clients} at a time: {done} PDFs in {work.seconds:.2f}s = "
        f"{done / work.seconds:.2f} PDFs/s"
        + (f"; {report.latency_text(latency)}" if latency else "")
        + (f"; {work.errors} errors, first: {work.first_error}" if work.errors else ""),
        flush=True,
    )
    return {"clients": clients, "pdfs": done, "seconds": work.seconds,
            "per_second": done / work.seconds, "errors": work.errors,
            "latency": asdict(latency) if latency else None}  # fmt: skip


def _pdf_pages(base: str, token: str, ids: Sequence[int]) -> dict[str, Any]:
    client = _PdfClient(base, token)
    try:
        started = time.perf_counter()
        pdf = client.fetch(COMPLETION_YEAR, ids)
        seconds = time.perf_counter() - started
    finally:
        client.close()
    pages = _pages(pdf)
    print(
        f"  {len(ids)} ids in one request: {seconds:.2f}s, {pages} pages, {len(pdf):,} bytes = "
        f"{len(ids) / seconds:.2f} certificates/s",
        flush=True,
    )
    return {"ids": len(ids), "seconds": seconds, "pages": pages, "bytes": len(pdf),
            "per_second": len(ids) / seconds}  # fmt: skip


def measure_pdfs(url: str, token: str, printable: list[int], count: int, pages: int) -> dict:
    """Every request prints people not printed before, so each issues its certificate (an
    insert and an audit row) as a first print does, then renders it."""
    needed = 1 + 2 * count + pages
    if len(printable) < needed:
        raise SystemExit(f"bench: {len(printable)} passed professionals, {needed} needed")
    base = url.removesuffix("/graphql")
    warm = _PdfClient(base, token)
    try:
        started = time.perf_counter()
        warm.fetch(COMPLETION_YEAR, printable[:1])  # loads weasyprint and the fonts
        cold = time.perf_counter() - started
    finally:
        warm.close()
    print(f"certificates: first PDF (cold) {cold:.2f}s", flush=True)
    one = _pdf_run(base, token, printable[1 : 1 + count], 1)
    two = _pdf_run(base, token, printable[1 + count : 1 + 2 * count], 2)
    many = _pdf_pages(base, token, printable[1 + 2 * count : needed])
    return {"cold_seconds": cold, "one_at_a_time": one, "two_at_a_time": two, "many": many}


# --- the run ----------------------------------------------------------------------------


def _warn_if_busy() -> float | None:
    busy = _busy_share()
    if busy is not None and busy > 0.15:
        print(f"bench: warning: other processes keep the CPUs {busy:.0%} busy; "
              "figures will be noisy", flush=True)  # fmt: skip
    return busy


async def _measure(args: argparse.Namespace, scratch_url: str, setup: Setup) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with our_server(scratch_url, 100) as url:
        admin = _login(url, setup.unit.admin_id_number, "EMPLOYER")
        submit = measure_submit(url, setup, args.clients)
        figures["submit"] = {
            "clients": args.clients, "claims": len(setup.submit_tokens) - submit.errors,
            "seconds": submit.seconds, "errors": submit.errors,
            "per_second": (len(setup.submit_tokens) - submit.errors) / submit.seconds,
            "create": _dict(submit.latency("create")), "submit": _dict(submit.latency("submit")),
            "check": await check_submitted(len(setup.warmup_tokens) + len(setup.submit_tokens)),
        }  # fmt: skip
        figures["approve"] = measure_approve(url, admin)
        figures["approve"]["check"] = await check_approved(setup)
        figures["completions"] = await measure_completions(url, admin, setup.unit, args.rounds)
        figures["certificates"] = measure_pdfs(url, admin, setup.printable, args.pdfs, args.pages)
    return figures


def _dict(latency: Latency | None) -> dict[str, Any] | None:
    return asdict(latency) if latency else None


async def _run(args: argparse.Namespace) -> tuple[Dataset, Setup, dict[str, Any]]:
    from tortoise import Tortoise

    from server.db import open_database

    dataset = await ensure_dataset(args.db, args.scale, args.seed, args.pg_url, args.rebuild)
    scratch = await scratch_copy(dataset)
    try:
        await open_database(scratch)
        try:
            setup = await seed(args)
            figures = {"busy_before": _warn_if_busy(), **await _measure(args, scratch, setup)}
        finally:
            await Tortoise.close_connections()
    finally:
        if args.keep:
            print(f"scratch copy kept: {_where(scratch)}")
        else:
            await drop_scratch(scratch)
    return dataset, setup, figures


def _summary(args: argparse.Namespace, dataset: Dataset, setup: Setup, figures: dict) -> None:
    submit, approve = figures["submit"], figures["approve"]
    completions, pdfs = figures["completions"], figures["certificates"]
    check = approve["check"]
    checks_ok = check["found"] == check["expected"]
    print(f"\nclaims on {dataset.dialect}, scale {scale_text(dataset.scale)}: "
          f"{dataset.professionals:,} demo professionals; unit {setup.unit.name} with "
          f"{setup.members:,} ({setup.added:,} added)")  # fmt: skip
    latency = submit["submit"]
    print(f"  submit       {submit['per_second']:8.1f} claims/s ({submit['claims']} claims, "
          f"{submit['clients']} clients); claimSubmit median {_ms(latency, 'median_ms')} "
          f"p95 {_ms(latency, 'p95_ms')}")  # fmt: skip
    print(f"  approve      {approve['seconds']:8.2f} s for one reviewDecide of "
          f"{approve['decided']:,} steps; checks {'ok' if checks_ok else 'FAILED'}")  # fmt: skip
    lat = completions["latency"]
    print(f"  completions  median {lat['median_ms']:.1f} ms p95 {lat['p95_ms']:.1f} ms "
          f"(first 100 of {completions['total_count']:,})")  # fmt: skip
    print(f"  pdf          {pdfs['one_at_a_time']['per_second']:.2f} PDFs/s one at a time, "
          f"{pdfs['two_at_a_time']['per_second']:.2f} two at a time, "
          f"{pdfs['many']['per_second']:.2f}/s in one {pdfs['many']['ids']}-page PDF")  # fmt: skip
    _write(args, dataset, setup, figures)


def _ms(latency: dict[str, Any] | None, key: str) -> str:
    return f"{latency[key]:.1f} ms" if latency else "-"


def _write(args: argparse.Namespace, dataset: Dataset, setup: Setup, figures: dict) -> None:
    document = {
        "benchmark": "claims",
        "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "commit": report._commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_at_end": os.getloadavg()},
        "dataset": asdict(dataset),
        "arguments": {k: v for k, v in vars(args).items() if k != "handler"},
        "setup": {"unit": asdict(setup.unit), "members": setup.members, "added": setup.added,
                  "seed_seconds": setup.seconds, "completion_rows": setup.completion_rows},
        "figures": figures,
    }  # fmt: skip
    report.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    name = f"claims-{dataset.dialect}-scale{scale_text(dataset.scale)}-{stamp}.json"
    path = report.RESULTS_DIR / name
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"\nfigures written to {path.relative_to(ROOT)}")


def run(args: argparse.Namespace) -> int:
    dataset, setup, figures = asyncio.run(_run(args))
    _summary(args, dataset, setup, figures)
    return 0
