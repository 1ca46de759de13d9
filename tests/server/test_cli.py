"""The jijiao command: one clear line on bad configuration; `serve` runs the real stack."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKEND

ROOT = Path(__file__).resolve().parents[2]


def jijiao(
    *args: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / "jijiao"), *args], env={**os.environ, **env}, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"DATABASE_URL": "mysql://root@localhost/x"}, "DATABASE_URL must start with"),
        ({"DATABASE_URL": "postgres://postgres@127.0.0.1:1/none"}, "database unavailable"),
        ({"EVENTS_URL": "kafka://x"}, "EVENTS_URL must be"),
        ({"PORT": "eighty"}, "PORT must be a TCP port number"),
        ({"METRICS": "on", "METRICS_TOKEN": ""}, "METRICS=on needs METRICS_TOKEN"),
        ({"METRICS": "on", "METRICS_TOKEN": "short"}, "at least 32"),
        ({"METRICS": "yes"}, "METRICS must be on or off"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT must be json or text"),
        ({"SHUTDOWN_TIMEOUT": "-1"}, "SHUTDOWN_TIMEOUT must be whole seconds"),
    ],
)
def test_bad_configuration_is_one_clear_line(
    tmp_path: Path, env: dict[str, str], says: str
) -> None:
    result = jijiao("migrate", env={"DATA_DIR": str(tmp_path), **env})
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_schema_command_prints_the_sdl() -> None:
    result = jijiao("schema", env={})
    assert result.returncode == 0
    assert result.stdout == (ROOT / "schema.graphql").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_migrates_loads_the_demo_and_answers(tmp_path: Path) -> None:
    """The real process: uvicorn runs the lifespan in one task and requests in others,
    which is where Tortoise 1.x loses its context unless the global fallback is on."""
    env = {"DATA_DIR": str(tmp_path), "SECRET_KEY": ""}
    if BACKEND == "postgres":
        pytest.skip(
            "serve's embedded default is SQLite; PostgreSQL serving is covered by live tests"
        )
    port = _free_port()
    process = subprocess.Popen(
        [str(ROOT / "jijiao"), "serve", "--port", str(port), "--demo-scale", "0.05"],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not come up"
            time.sleep(0.2)
        # the public directory, as a registration form reads it without signing in
        query = "{ organisationDirectory(kinds: [HRSS]) { name } }"
        body = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": query}).json()
        bureaus = [entry["name"] for entry in body["data"]["organisationDirectory"]]
        assert "山东省人力资源和社会保障厅" in bureaus
        assert len(bureaus) > 16
        assert (tmp_path / "jijiao.sqlite3").exists()
        assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    finally:
        process.terminate()
        output = process.communicate(timeout=20)[0]
    assert "demo logins" in output and "Jijiao@2026" in output, output


def test_hrss_add_provisions_a_bureau_and_its_super_admin(tmp_path: Path) -> None:
    if BACKEND == "postgres":
        pytest.skip("the CLI's embedded default is SQLite")
    env = {"DATA_DIR": str(tmp_path), "JIJIAO_ADMIN_PASSWORD": "Bureau-admin-2026"}
    assert jijiao("demo", "--scale", "0.02", env=env).returncode == 0
    args = ["hrss-add", "--name", "测试区人力资源和社会保障局", "--region", "370112",
            "--parent-id", "1", "--admin-name", "测试管理员"]  # fmt: skip
    bad = jijiao(*args, "--admin-id-number", "370181199001011234", env=env)
    assert bad.returncode == 2 and "ID_NUMBER_CHECK_DIGIT" in bad.stderr
    wrong_parent = jijiao(
        *args[:5], "--parent-id", "2", *args[7:], "--admin-id-number", "370181199001011237", env=env
    )
    assert wrong_parent.returncode == 2 and "PARENT_NOT_HRSS" in wrong_parent.stderr
    made = jijiao(*args, "--admin-id-number", "370181199001011237", env=env)
    assert made.returncode == 0, made.stderr
    assert "HRSS bureau" in made.stdout and "super admin account" in made.stdout
    again = jijiao(*args, "--admin-id-number", "370181199001011237", env=env)
    assert again.returncode == 2 and "NAME_TAKEN" in again.stderr


def test_outbox_command_reads_the_outbox(tmp_path: Path) -> None:
    if BACKEND == "postgres":
        pytest.skip("the CLI's embedded default is SQLite")
    env = {"DATA_DIR": str(tmp_path)}
    assert jijiao("migrate", env=env).returncode == 0
    result = jijiao("outbox", "--limit", "5", env=env)
    assert result.returncode == 0 and result.stdout == ""
