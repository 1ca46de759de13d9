"""Real services a fault test owns and may stop: a PostgreSQL cluster of its own (initdb and
pg_ctl on a spare port, trust auth, in a temporary directory), a Redis of its own on another
spare port, and jijiao workers as separate processes. Never the machine's shared PostgreSQL
(5432) or Redis (6379): stopping those would break every other test running beside us."""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"{name} not found under /usr/lib/postgresql/*/bin")
    return found[-1]


def _as_postgres(argv: list[str]) -> list[str]:
    # initdb and the server refuse to run as root: run them as the postgres system user
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


@dataclass
class PgCluster:
    """A PostgreSQL cluster of the test's own, started and stopped with pg_ctl."""

    port: int = field(default_factory=free_port)
    directory: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="jijiao-pg-")))

    @property
    def data(self) -> Path:
        return self.directory / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _ctl(self, *args: str, timeout: float = 60) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres([_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options,
                          "-l", str(self.directory / "server.log"), "-w", *args]),
            check=True, timeout=timeout, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        subprocess.run(
            _as_postgres([_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres",
                          "-A", "trust", "-E", "UTF8", "--no-sync"]),
            check=True, timeout=120, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        self.start()

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        # fast: open transactions are rolled back and their connections closed, as when an
        # operator restarts the server or a failover happens
        self._ctl("-m", "fast", "stop")

    def restart(self) -> None:
        self._ctl("-m", "fast", "restart")

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._ctl("-m", "immediate", "stop")
        shutil.rmtree(self.directory, ignore_errors=True)

    def log(self) -> str:
        path = self.directory / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


@dataclass
class RedisServer:
    """redis-server of the test's own, in the foreground of a child process."""

    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # as a crash or a cut network: no goodbye to the clients
            self.process.wait(10)
        self.process = None


@dataclass
class Worker:
    """One jijiao worker process (uvicorn with the app factory), as `jijiao serve` runs each."""

    env: dict[str, str]
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def start(self, timeout: float = 40) -> None:
        argv = ["python", "-m", "uvicorn", "--factory", "server.asgi:app_factory",
                "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]  # fmt: skip
        argv[0] = str(ROOT / ".venv" / "bin" / "python")
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"worker did not start:\n{self.output()}")
            time.sleep(0.1)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def worker_env(
    database_url: str, events_url: str, data_dir: Path, namespace: str
) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, "EVENTS_URL": events_url,
            "EVENTS_NAMESPACE": namespace, "DATA_DIR": str(data_dir),
            "SECRET_KEY": "fault-test-secret"}  # fmt: skip
