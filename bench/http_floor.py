"""`python -m bench http-floor`: the fixed cost of a request, next to bare Starlette.

In one run, under the same uvicorn (one worker, no access log) and the same load generator
(wrk, one thread, keep-alive connections), each in its own process:

- bare: a Starlette app answering POST /graphql with the viewer's JSON (bench/bare.py);
- anonymous `{ __typename }` through jijiao;
- authenticated `{ viewer { name kind } }` (a bearer token, the employer admin);
- a portal screen: the employer admin's first page of members.

Each way runs `--duration` seconds per round, `--rounds` rounds taking turns (the order
rotating), so a machine that slows down for a while slows every way alike; reported per
way: the median over rounds of req/s, p50 and p99, and req/s as a share of bare's in the
same round (the median of those shares).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from bench.client import LOGIN, GraphQLClient
from bench.dataset import DEFAULT_PG_URL, ensure_dataset
from bench.report import RESULTS_DIR
from bench.server import answers, free_port, our_server, running

BARE = "bare Starlette"
ANONYMOUS = "anonymous { __typename }"
VIEWER = "authenticated { viewer { name kind } }"
SCREEN = "portal screen (members, first 20)"
# the stack's own floors (bench/bare.py): what part of a request costs with nothing of ours
FLOOR_ANONYMOUS = "floor: graphql-core { __typename }"
FLOOR_PRINCIPAL = "floor: principal read, no GraphQL"
FLOOR_VIEWER = "floor: principal + graphql-core viewer"
FLOORS = {FLOOR_ANONYMOUS: "graphql-core", FLOOR_PRINCIPAL: "principal",
          FLOOR_VIEWER: "principal+graphql-core"}  # fmt: skip
# each of our ways beside the floor that does the least of the same work
OURS_OVER_FLOOR = ((ANONYMOUS, FLOOR_ANONYMOUS), (VIEWER, FLOOR_VIEWER))

TYPENAME = "{ __typename }"
VIEWER_QUERY = "{ viewer { name kind } }"
SCREEN_QUERY = """query($first: Int) { persons(first: $first) { totalCount edges { node {
  id name idNumber titleSeries titleGrade organisation { id name } } } } }"""
BENCH_ROLE = "用人单位管理员"  # the demo's anchor employer admin (issue 17's measurement)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="1 ≈ 1,000 professionals")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--connections", type=int, default=16, help="wrk keep-alive connections")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per way per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--role", default=BENCH_ROLE, help="demo login the token is for")
    parser.add_argument(
        "--no-floors", action="store_true", help="leave out the stack's floors (bench/bare.py)"
    )


@dataclass(frozen=True)
class Run:
    per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad: int  # non-2xx answers and socket errors
    cpu_ms: float = 0.0  # the server process's CPU time (user + system) per request


def server_pid(url: str) -> int | None:
    """The uvicorn process this bench started for `url` (its child, by its --port)."""
    port = str(urlsplit(url).port)
    me = os.getpid()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        if ppid == me and b"--port" in argv and argv[argv.index(b"--port") + 1] == port.encode():
            return int(entry.name)
    return None


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of `pid` so far (Linux), 0 when unknown."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ensure_wrk() -> str:
    """wrk from Debian, installed the way ./dev installs packages when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    if shutil.which("apt-get") is None:
        raise SystemExit(
            "bench: http-floor needs wrk (Debian package `wrk`), and apt-get is absent"
        )
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("bench: installing the Debian package wrk", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit("bench: wrk still missing after apt-get install wrk")
    return found


_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNIT[unit]


def parse_wrk(output: str) -> Run:
    def find(pattern: str) -> re.Match[str] | None:
        return re.search(pattern, output, flags=re.MULTILINE)

    rate, p50, p99 = (
        find(r"^Requests/sec:\s+([\d.]+)"),
        find(r"^\s+50%\s+(\S+)"),
        find(r"^\s+99%\s+(\S+)"),
    )
    total = find(r"^\s+(\d+) requests in")
    if not (rate and p50 and p99 and total):
        raise SystemExit(f"bench: could not read wrk's output:\n{output}")
    bad = sum(
        int(m.group(1))
        for m in re.finditer(r"(?:Non-2xx or 3xx responses|errors):\s*(\d+)", output)
    )
    errors = find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
    if errors:
        bad += sum(int(g) for g in errors.groups())
    return Run(float(rate.group(1)), _ms(p50.group(1)), _ms(p99.group(1)), int(total.group(1)), bad)


def _script(directory: Path, name: str, body: bytes, token: str | None) -> Path:
    """A wrk Lua script POSTing `body` (read from a file: no quoting to get wrong)."""
    body_path = directory / f"{name}.json"
    body_path.write_bytes(body)
    lines = [
        'wrk.method = "POST"',
        f'local f = assert(io.open("{body_path}", "rb"))',
        "wrk.body = f:read('*a')",
        "f:close()",
        'wrk.headers["Content-Type"] = "application/json"',
        'wrk.headers["Accept"] = "application/json"',
    ]
    if token:
        lines.append(f'wrk.headers["Authorization"] = "Bearer {token}"')
    script = directory / f"{name}.lua"
    script.write_text("\n".join(lines) + "\n")
    return script


def _wrk(
    wrk: str, url: str, script: Path, connections: int, seconds: float, pid: int | None = None
) -> Run:
    argv = [
        wrk, "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency",
        "--timeout", "10s", "-s", str(script), url,
    ]  # fmt: skip
    cpu_before = cpu_seconds(pid)
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    run = parse_wrk(done.stdout)
    cpu = cpu_seconds(pid) - cpu_before
    return replace(run, cpu_ms=1000 * cpu / run.requests if run.requests else 0.0)


def _check(url: str, body: bytes, token: str | None) -> bytes:
    """One request before timing: it must answer 200 with data and no errors."""
    payload = json.loads(body)
    client = GraphQLClient(url, payload["query"], payload.get("variables") or {}, token)
    try:
        answer = client.post()
    finally:
        client.close()
    decoded = json.loads(answer)
    if decoded.get("errors") or not decoded.get("data"):
        raise SystemExit(f"bench: {url} answered {answer[:300]!r}")
    return answer


def _login(url: str, role: str) -> str:
    from domain.demo import demo_logins

    login = next(login for login in demo_logins() if login.role == role)
    portals = {"专业技术人员": "PROFESSIONAL", "用人单位管理员": "EMPLOYER",
               "主管部门管理员": "COMPETENT", "继续教育基地管理员": "BASE"}  # fmt: skip
    portal = portals.get(role, "HRSS")
    variables = {"input": {"idNumber": login.id_number, "password": login.password,
                           "portal": portal}}  # fmt: skip
    client = GraphQLClient(url, LOGIN, variables)
    try:
        body = json.loads(client.post())
    finally:
        client.close()
    token = ((body.get("data") or {}).get("login") or {}).get("token")
    if not token:
        raise SystemExit(f"bench: logging in as {role} failed: {body}")
    return str(token)


def _bare_server(
    stack: ExitStack, answer: bytes, tmp: Path, mode: str = "answer", database_url: str = ""
) -> str:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "BARE_ANSWER": answer.decode(), "BARE_MODE": mode,
           "DATABASE_URL": database_url}  # fmt: skip
    argv = [
        sys.executable, "-m", "uvicorn", "--factory", "bench.bare:app_factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    stack.enter_context(
        running(
            f"bare Starlette, {mode} (uvicorn)",
            argv,
            env,
            lambda: answers(f"{base}/healthz"),
            tmp / f"bare-{mode}.log",
        )
    )
    print(f"bare ({mode}): uvicorn on {base} (one worker)", flush=True)
    return f"{base}/graphql"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def run(args: argparse.Namespace) -> int:
    wrk = ensure_wrk()
    dataset = asyncio.run(ensure_dataset(args.db, args.scale, args.seed, args.pg_url))
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    print(f"load average before: {' '.join(load_before)}", flush=True)
    rounds: list[dict[str, Run]] = []
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="jijiao-floor-") as tmpdir:
        tmp = Path(tmpdir)
        ours = stack.enter_context(our_server(dataset.database_url, 100))
        token = _login(ours, args.role)
        bodies = {
            ANONYMOUS: (json.dumps({"query": TYPENAME}).encode(), None),
            VIEWER: (json.dumps({"query": VIEWER_QUERY}).encode(), token),
            SCREEN: (json.dumps({"query": SCREEN_QUERY, "variables": {"first": 20}}).encode(),
                     token),
        }  # fmt: skip
        viewer_answer = b""
        for label, (body, bearer) in bodies.items():
            answer = _check(ours, body, bearer)
            if label == VIEWER:
                viewer_answer = answer
        bare = _bare_server(stack, viewer_answer, tmp)
        urls = {BARE: bare, ANONYMOUS: ours, VIEWER: ours, SCREEN: ours}
        bodies[BARE] = bodies[VIEWER]
        labels = [BARE, ANONYMOUS, VIEWER, SCREEN]
        if not args.no_floors:
            for label, mode in FLOORS.items():
                urls[label] = _bare_server(stack, b"", tmp, mode, dataset.database_url)
                bodies[label] = bodies[ANONYMOUS if label == FLOOR_ANONYMOUS else VIEWER]
                answer = _check(urls[label], *bodies[label])
                if label != FLOOR_ANONYMOUS and json.loads(answer) != json.loads(viewer_answer):
                    raise SystemExit(f"bench: {label} answered {answer!r}, ours {viewer_answer!r}")
                labels.append(label)
        scripts = {
            label: _script(tmp, f"way{i}", body, bearer)
            for i, (label, (body, bearer)) in enumerate(bodies.items())
        }
        pids = {label: server_pid(urls[label]) for label in labels}
        for label in labels:  # warm-up: imports, caches, the database's pages
            _wrk(wrk, urls[label], scripts[label], args.connections, 1)
        for i in range(args.rounds):
            shift = i % len(labels)
            this: dict[str, Run] = {}
            for label in labels[shift:] + labels[:shift]:
                this[label] = _wrk(wrk, urls[label], scripts[label], args.connections,
                                   args.duration, pids[label])  # fmt: skip
            rounds.append(this)
            print(
                f"round {i + 1}: "
                + ", ".join(
                    f"{label.split()[0]} {this[label].per_second:,.0f}/s" for label in labels
                ),
                flush=True,
            )
    load_after = Path("/proc/loadavg").read_text().split()[:3]
    summary = {}
    print(
        f"\nhttp-floor ({args.db}, scale {args.scale:g}; wrk -t1 -c{args.connections}, "
        f"{args.rounds} × {args.duration:g}s per way; one uvicorn worker each)"
    )
    print(
        f"{'way':<42} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'÷ bare':>7}"
        f" {'CPU ms/req':>10} {'÷ bare':>7}  bad"
    )
    for label in labels:
        runs = [r[label] for r in rounds]
        share = _median([r[label].per_second / r[BARE].per_second for r in rounds])
        # bare's CPU per request ÷ ours: the share of bare's rate a server with a core of
        # its own would reach; steadier than req/s when other processes take the CPUs
        cpu_share = _median([r[BARE].cpu_ms / r[label].cpu_ms for r in rounds if r[label].cpu_ms])
        figures = {
            "per_second": _median([r.per_second for r in runs]),
            "p50_ms": _median([r.p50_ms for r in runs]),
            "p99_ms": _median([r.p99_ms for r in runs]),
            "share_of_bare": share,
            "cpu_ms_per_request": _median([r.cpu_ms for r in runs]),
            "cpu_share_of_bare": cpu_share,
            "bad": sum(r.bad for r in runs),
            "rounds": [asdict(r) for r in runs],
        }
        summary[label] = figures
        print(
            f"{label:<42} {figures['per_second']:>9,.0f} {figures['p50_ms']:>8.2f} "
            f"{figures['p99_ms']:>8.2f} {share:>7.0%} {figures['cpu_ms_per_request']:>10.3f}"
            f" {cpu_share:>7.0%}  {figures['bad']}"
        )
    if not args.no_floors:
        print("\nours ÷ the stack's floor for the same work (req/s; CPU per request)")
        for ours_label, floor in OURS_OVER_FLOOR:
            rate = _median([r[ours_label].per_second / r[floor].per_second for r in rounds])
            cpu = _median(
                [r[floor].cpu_ms / r[ours_label].cpu_ms for r in rounds if r[ours_label].cpu_ms]
            )
            summary[ours_label]["share_of_floor"] = {"floor": floor, "rate": rate, "cpu": cpu}
            print(f"{ours_label:<42} ÷ {floor:<40} {rate:>5.0%} {cpu:>5.0%}")
    print(f"load average before {' '.join(load_before)}, after {' '.join(load_after)}")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = RESULTS_DIR / f"http-floor-{args.db}-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "db": args.db, "scale": args.scale, "connections": args.connections,
                "duration": args.duration, "rounds": args.rounds, "role": args.role,
                "load_before": load_before, "load_after": load_after,
                "machine": platform.platform(), "cpus": os.cpu_count(), "ways": summary,
            },
            indent=2,
        )
    )  # fmt: skip
    print(f"figures: {out}")
    return 0
