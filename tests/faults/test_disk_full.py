"""The files directory full (a 2 MB tmpfs mounted for the test as FILES_DIR; root only):
an upload that no longer fits is refused with a typed error, leaves no stored-file row, no
audit row and no partial file behind; the file that fitted is intact and a small upload
still works afterwards."""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.faults.conftest import data_dir, namespace, sql
from tests.faults.services import Worker, worker_env
from tests.faults.test_postgres_restart import login

SIZE = "2m"


def pdf(size: int) -> bytes:
    """A PDF-looking file of `size` bytes that no filesystem can compress."""
    return b"%PDF-1.4\n" + os.urandom(size - 9)


@pytest.fixture
def small_disk() -> Iterator[Path]:
    mount = Path(tempfile.mkdtemp(prefix="jijiao-full-"))
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
                          capture_output=True, text=True)  # fmt: skip
    if made.returncode != 0:
        mount.rmdir()
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()


def files_on(mount: Path) -> list[Path]:
    return sorted(p for p in mount.rglob("*") if p.is_file())


async def upload(client: httpx.AsyncClient, token: str, content: bytes) -> httpx.Response:
    return await client.post(
        "/files",
        files={"file": ("证明.pdf", content, "application/pdf")},
        headers={"Authorization": f"Bearer {token}"},
    )


async def test_d_uploads_on_a_full_disk_are_refused_whole(
    province: tuple[str, Any], small_disk: Path, tmp_path: Path
) -> None:
    url, tree = province
    env = {**worker_env(url, "memory://", data_dir(tmp_path), namespace()),
           "FILES_DIR": str(small_disk)}  # fmt: skip
    worker = Worker(env, tmp_path / "worker.log")
    worker.start()
    try:
        async with httpx.AsyncClient(base_url=worker.url, timeout=60) as client:
            person = await login(client, tree.people["王芳"], "PROFESSIONAL")
            first = pdf(1_500_000)
            fitted = await upload(client, person, first)
            assert fitted.status_code == 201, fitted.text
            rows_before = await sql(url, "SELECT count(*) AS n FROM stored_file")
            audit_before = await sql(
                url, "SELECT count(*) AS n FROM audit_log WHERE action = 'file.upload'"
            )

            full = await upload(client, person, pdf(1_500_000))  # 3 MB on a 2 MB disk
            print(f"upload on a full disk: {full.status_code} {full.text[:200]}")
            assert full.status_code == 507, full.text
            assert full.json()["code"] == "STORAGE_FULL"
            assert await sql(url, "SELECT count(*) AS n FROM stored_file") == rows_before
            assert (
                await sql(url, "SELECT count(*) AS n FROM audit_log WHERE action = 'file.upload'")
                == audit_before
            )
            # nothing half-written: only the first file, whole
            [kept] = files_on(small_disk)
            assert (
                hashlib.sha256(kept.read_bytes()).hexdigest() == hashlib.sha256(first).hexdigest()
            )

            small = await upload(client, person, pdf(50_000))  # room for this one still
            assert small.status_code == 201, small.text
            again = await client.get(
                f"/files/{fitted.json()['id']}", headers={"Authorization": f"Bearer {person}"}
            )
            assert again.status_code == 200 and again.content == first
    finally:
        worker.stop()
