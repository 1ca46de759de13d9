"""`jijiao serve --workers 2` as a province runs it (on PostgreSQL, events across workers
by LISTEN/NOTIFY, in the PostgreSQL pass): JSON log lines carrying request ids, /readyz, /metrics summed over both
workers, and SIGTERM answered by closing WebSockets with 1012 and exiting in time."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pytest
import websockets

from tests.conftest import BACKEND, create_database, drop_database

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "metrics-token-for-serve-tests-0123456789"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _metric(text: str, name: str, *labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and all(label in line for label in labels):
            total += float(line.rsplit(" ", 1)[1])
    return total


@pytest.mark.slow
async def test_two_workers_log_json_share_metrics_and_stop_gracefully(tmp_path: Path) -> None:
    env = {
        **os.environ, "DATA_DIR": str(tmp_path), "SECRET_KEY": "serve-test-secret",
        "METRICS": "on", "METRICS_TOKEN": TOKEN, "LOG_FORMAT": "json", "SHUTDOWN_TIMEOUT": "10",
    }  # fmt: skip
    database_url = None
    if BACKEND == "postgres":
        database_url = await create_database(tmp_path)
        env["DATABASE_URL"] = database_url
        # LISTEN/NOTIFY: the events cross the workers through the same PostgreSQL (Redis
        # through broadcaster is exercised by tests/realtime/test_cross_worker.py)
        env["EVENTS_URL"] = database_url
        env["EVENTS_NAMESPACE"] = f"serve_{uuid.uuid4().hex[:8]}"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(ROOT / "jijiao"), "serve", "--port", str(port), "--workers", "2",
             "--demo-scale", "0.02"],
            env=env, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
    try:
        async with httpx.AsyncClient(base_url=base, timeout=5) as client:
            deadline = time.monotonic() + 120
            while True:
                assert process.poll() is None, log_path.read_text()
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "server did not become ready"
                await asyncio.sleep(0.3)
            for _ in range(20):
                # a fresh connection each time, so both workers take their share
                async with httpx.AsyncClient(base_url=base) as once:
                    assert (await once.get("/healthz")).status_code == 200
            auth = {"Authorization": f"Bearer {TOKEN}"}
            for _ in range(4):  # whichever worker answers, the count is the whole server's
                async with httpx.AsyncClient(base_url=base) as once:
                    text = (await once.get("/metrics", headers=auth)).text
                assert _metric(text, "jijiao_http_requests_total", 'route="/healthz"',
                               'status="200"') == 20, text  # fmt: skip
            socket_ = await websockets.connect(
                f"ws://127.0.0.1:{port}/graphql", subprotocols=["graphql-transport-ws"]
            )
            await socket_.send(json.dumps({"type": "connection_init", "payload": {}}))
            assert json.loads(await socket_.recv())["type"] == "connection_ack"
        stopped = time.monotonic()
        process.send_signal(signal.SIGTERM)
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(socket_.recv(), 15)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012
        assert await asyncio.to_thread(process.wait, 30) == 0
        assert time.monotonic() - stopped < 25
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if database_url is not None:
            await drop_database(database_url)
    lines = [line for line in log_path.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    access = [e for e in entries if e["logger"] == "jijiao.access" and e["path"] == "/healthz"]
    assert len(access) == 20
    assert all(len(e["request_id"]) == 16 and e["status"] == 200 for e in access)
    assert len({e["request_id"] for e in access}) == 20
    assert any(e["logger"].startswith("uvicorn") for e in entries)  # uvicorn's own, as JSON
