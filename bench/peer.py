"""The peer: PostGraphile 4 under node over the same PostgreSQL database.

Pinned in bench/peer/package.json + package-lock.json and installed into
bench/peer/node_modules with `npm ci` the first time the bench needs it (not by ./dev setup,
so the app's own assets stay small).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.server import answers, free_port, running
from server.settings import ROOT

PEER_DIR = ROOT / "bench" / "peer"
CLI = PEER_DIR / "node_modules" / "postgraphile" / "cli.js"
INSTALLED_LOCK = PEER_DIR / "node_modules" / ".jijiao-lock"

# the fields our query touches, as PostGraphile 4 names them by default (checked at start)
EXPECTED_FIELDS = {
    "Query": {"allProfessionals"},
    "Professional": {
        "id", "titleSeries", "titleGrade", "accountByAccountId", "organisationByOrganisationId",
    },
    "Account": {"name", "idNumber"},
    "Organisation": {"id", "name", "organisationByParentId"},
}  # fmt: skip

QUERY = """query($first: Int) {
  allProfessionals(first: $first, orderBy: PRIMARY_KEY_ASC) {
    edges { node {
      id titleSeries titleGrade
      accountByAccountId { name idNumber }
      organisationByOrganisationId { id name organisationByParentId { id name } }
    } }
  }
}"""


def ensure_installed() -> None:
    lock = PEER_DIR / "package-lock.json"
    installed = INSTALLED_LOCK.read_bytes() if INSTALLED_LOCK.exists() else None
    if CLI.exists() and installed == lock.read_bytes():
        return
    if shutil.which("npm") is None:
        raise SystemExit("bench: the peer needs node and npm (./dev setup installs them)")
    print("peer: installing PostGraphile 4 (npm ci in bench/peer)", flush=True)
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=PEER_DIR, check=True
    )
    shutil.copyfile(lock, INSTALLED_LOCK)


@contextmanager
def peer_server(database_url: str) -> Iterator[str]:
    """Serve PostGraphile over `database_url`; yields its /graphql URL."""
    ensure_installed()
    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    argv = [
        shutil.which("node") or "node", str(CLI),
        "--connection", database_url, "--schema", "public",
        "--host", "127.0.0.1", "--port", str(port),
        "--disable-graphiql", "--disable-query-log", "--dynamic-json",
        "--no-setof-functions-contain-nulls", "--no-ignore-rbac", "--simple-collections", "omit",
        "--legacy-relations", "omit",
    ]  # fmt: skip
    env = {**os.environ, "NODE_ENV": "production"}
    probe = {"query": "{ __typename }"}
    with tempfile.TemporaryDirectory(prefix="jijiao-peer-") as tmp, running(
        "PostGraphile", argv, env, lambda: answers(url, "POST", probe), Path(tmp) / "peer.log",
        cwd=PEER_DIR,
    ):  # fmt: skip
        _check_names(url)
        print(f"peer: PostGraphile 4 (node {_node_version()}) on {url}", flush=True)
        yield url


def _check_names(url: str) -> None:
    """Fail early, naming what is missing, if PostGraphile named things differently."""
    query = "query($n: String!) { __type(name: $n) { fields { name } } }"
    for type_name, wanted in EXPECTED_FIELDS.items():
        body = httpx.post(url, json={"query": query, "variables": {"n": type_name}}).json()
        described = (body.get("data") or {}).get("__type") or {}
        found = {field["name"] for field in described.get("fields") or []}
        if missing := wanted - found:
            raise SystemExit(
                f"bench: PostGraphile's {type_name} lacks {sorted(missing)}; it has {sorted(found)}"
            )


def _node_version() -> str:
    node = shutil.which("node") or "node"
    return subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
