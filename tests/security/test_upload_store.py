"""Uploads are bounded per account and day, and uploads attached to nothing are collected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from tortoise import timezone

from domain import files
from domain.principal import Principal
from models import Claim, ClaimAttachment, Professional, StoredFile
from models.enums import RoleKind, Subject
from tests.conftest import LiveServer

PDF = b"%PDF-1.4\n%%EOF\n"


async def upload(live: LiveServer, token: str, content: bytes) -> Any:
    return await live.client.post(
        "/files",
        files={"file": ("a.pdf", content)},
        headers={"Authorization": f"Bearer {token}"},
    )


async def test_one_account_uploads_a_bounded_amount_a_day(
    live: LiveServer, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "DAILY_QUOTA_BYTES", 3 * len(PDF) + 10)
    token = tokens["professional"]
    for n in range(3):
        assert (await upload(live, token, PDF + b"%" * n)).status_code == 201
    refused = await upload(live, token, PDF + b"%%%")
    assert refused.status_code == 429 and refused.json()["code"] == "UPLOAD_QUOTA_EXCEEDED"
    # another account's quota is its own
    assert (await upload(live, tokens["hospital1"], PDF)).status_code == 201


async def test_uploads_attached_to_nothing_are_collected_after_the_grace(
    live: LiveServer, tree: Any, tmp_path: Path
) -> None:
    person = await Professional.get(account__id_number=tree.people["刘洋"])
    uploader = Principal(account_id=person.account_id, kind=RoleKind.PROFESSIONAL)  # type: ignore[attr-defined]
    kept = await files.store(tmp_path, uploader, PDF + b"kept", "kept.pdf")
    lost = await files.store(tmp_path, uploader, PDF + b"lost", "lost.pdf")
    claim = await Claim.create(professional_id=person.id, year=2022, subject=Subject.PUBLIC,
                               form="ONLINE", details={}, requested_hours="1",
                               filed_by_account_id=0)  # fmt: skip
    await ClaimAttachment.create(claim_id=claim.id, file_id=kept.id)

    fresh = await files.store(tmp_path, uploader, PDF + b"fresh", "fresh.pdf")
    week_ago = timezone.now() - dt.timedelta(days=8)
    await StoredFile.filter(id__in=[kept.id, lost.id]).update(created_at=week_ago)

    collected = await files.collect_unreferenced(tmp_path)
    assert collected == files.Collected(rows=1, blobs=1)
    assert not await StoredFile.exists(id=lost.id)
    assert not files.path_of(tmp_path, lost.sha256).exists()
    # attached, or still within the grace period to be attached: kept
    for stays in (kept, fresh):
        assert await StoredFile.exists(id=stays.id)
        assert files.path_of(tmp_path, stays.sha256).exists()
