"""Servers under test as real separate processes: ours (uvicorn, one worker) and helpers the
peer shares (free port, readiness wait, orderly stop)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from server.settings import ROOT


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextmanager
def running(
    name: str,
    argv: list[str],
    env: dict[str, str],
    ready: Callable[[], bool],
    log_path: Path,
    cwd: Path = ROOT,
    timeout: float = 60.0,
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `argv`, wait until `ready()` is true, yield the process, stop it on exit."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + timeout
        while not ready():
            if process.poll() is not None:
                raise SystemExit(
                    f"bench: {name} exited with {process.returncode}:\n{_tail(log_path)}"
                )
            if time.monotonic() > deadline:
                raise SystemExit(
                    f"bench: {name} not ready after {timeout:.0f}s:\n{_tail(log_path)}"
                )
            time.sleep(0.2)
        try:
            yield process
        except Exception:
            # whatever went wrong, the server's own account of it is the first thing to read
            print(f"bench: {name}'s log ends with:\n{_tail(log_path)}", file=sys.stderr)
            raise
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def answers(url: str, method: str = "GET", json: object = None) -> bool:
    try:
        response = httpx.request(method, url, json=json, timeout=2.0)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


@contextmanager
def our_server(database_url: str, max_page_size: int) -> Iterator[str]:
    """Serve jijiao over `database_url` with uvicorn; yields the /graphql URL.

    MAX_PAGE_SIZE is raised to the largest page the bench asks for (the API's default is
    smaller than the 1,000-row page).
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="jijiao-bench-") as tmp:
        env = {
            **os.environ, "DATABASE_URL": database_url, "DATA_DIR": tmp, "PORT": str(port),
            "MAX_PAGE_SIZE": str(max_page_size),
        }  # fmt: skip
        env.pop("EVENTS_URL", None)
        argv = [
            sys.executable, "-m", "uvicorn", "--factory", "server.asgi:app_factory",
            "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
            "--log-level", "warning", "--no-access-log",
        ]  # fmt: skip
        with running(
            "jijiao (uvicorn)", argv, env, lambda: answers(f"{base}/healthz"),
            Path(tmp) / "server.log",
        ):  # fmt: skip
            print(f"ours: uvicorn on {base} (one worker)", flush=True)
            yield f"{base}/graphql"
