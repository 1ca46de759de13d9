"""Uploaded evidence: checked by content, stored once per content hash, read only by those who
may see a claim it is attached to.

The type is decided by the file's first bytes, never by its name or the client's declared
type: a renamed executable is refused whatever it is called.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import hashlib
import os
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from tortoise import timezone
from tortoise.expressions import Subquery
from tortoise.functions import Sum
from tortoise.models import Model

from domain import audit, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.principal import Principal
from domain.scope import organisations_in, own_records
from models import Claim, ClaimAttachment, Professional, StoredFile

MAX_BYTES = 4 * 1024 * 1024
# what one account may upload in a day: a claim's evidence is a few files of a few MB
DAILY_QUOTA_BYTES = 200 * 1024 * 1024
# an upload not attached to anything within this time is collected (files-gc)
UNREFERENCED_GRACE = dt.timedelta(days=7)
MAX_ATTACHMENTS = 10
ALLOWED_LABEL = "JPG、PNG、GIF、BMP、PDF"


@dataclass(frozen=True)
class Kind:
    media_type: str
    extension: str


def sniff(data: bytes) -> Kind | None:
    """The file's real type from its magic bytes, or None when it is none we accept."""
    if data.startswith(b"\xff\xd8\xff"):
        return Kind("image/jpeg", "jpg")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind("image/png", "png")
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return Kind("image/gif", "gif")
    # "BM" alone is two letters any text may start with: the header's file size must agree
    if (
        data.startswith(b"BM")
        and len(data) >= 14
        and int.from_bytes(data[2:6], "little") == len(data)
    ):
        return Kind("image/bmp", "bmp")
    if data.startswith(b"%PDF-"):
        return Kind("application/pdf", "pdf")
    return None


def too_large() -> DomainError:
    return DomainError("FILE_TOO_LARGE", "单个文件不能超过 4 MB", "file")


def path_of(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def _write_once(files_dir: Path, sha256: str, data: bytes) -> None:
    """Content-addressed: the same bytes land at the same path, written atomically once."""
    target = path_of(files_dir, sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    # uploads run in threads: each writes its own partial file, then one rename wins
    partial = target.with_name(f".{sha256}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as error:
        # a full disk left the partial file half-written and answered a bare 500: remove
        # it, and tell the uploader in words; nothing of the upload is recorded
        partial.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DomainError(
                "STORAGE_FULL", "服务器存储空间不足，暂时无法上传，请稍后重试或联系管理员", "file"
            ) from error
        raise


def _clean_filename(name: str | None, kind: Kind) -> str:
    """The client's name without its path, and with the extension of the type the content
    really is: `x.html` holding a PDF is kept as `x.pdf`, so no download is ever saved or
    opened as a page or a program."""
    base = Path((name or "").replace("\\", "/")).name.strip()
    base = "".join(ch for ch in base if ch.isprintable())
    stem = base.rsplit(".", 1)[0].strip(". ") if "." in base else base
    return f"{(stem or '附件')[:96]}.{kind.extension}"


async def store(
    files_dir: Path, principal: Principal, data: bytes, filename: str | None
) -> StoredFile:
    if not principal.is_authenticated:
        raise DomainError("UNAUTHENTICATED", "请先登录")
    if not data:
        raise DomainError("EMPTY_FILE", "文件为空", "file")
    if len(data) > MAX_BYTES:
        raise too_large()
    await _check_quota(principal.account_id, len(data))
    kind = sniff(data)
    if kind is None:
        raise DomainError(
            "FILE_TYPE_NOT_ALLOWED", f"仅支持 {ALLOWED_LABEL} 格式的文件（按文件内容判断）", "file"
        )
    sha256 = hashlib.sha256(data).hexdigest()
    await asyncio.to_thread(_write_once, files_dir, sha256, data)
    stored = await StoredFile.create(
        sha256=sha256,
        size=len(data),
        media_type=kind.media_type,
        filename=_clean_filename(filename, kind),
        uploaded_by_account_id=principal.account_id,
    )
    await audit.record(
        Actor.of(principal),
        "file.upload",
        "file",
        stored.id,
        after={"sha256": sha256, "size": len(data), "mediaType": kind.media_type},
    )
    return stored


async def _check_quota(account_id: int | None, size: int) -> None:
    since = timezone.now() - dt.timedelta(days=1)
    used = (
        await StoredFile.filter(uploaded_by_account_id=account_id, created_at__gte=since)
        .annotate(total=Sum("size"))
        .values_list("total", flat=True)
    )
    total = used[0] if used else None
    if int(total or 0) + size > DAILY_QUOTA_BYTES:  # type: ignore[arg-type]
        raise DomainError(
            "UPLOAD_QUOTA_EXCEEDED",
            f"今日上传已达上限（{DAILY_QUOTA_BYTES // 1024 // 1024} MB），请明日再试",
            "file",
        )


def _references() -> list[tuple[type[Model], str]]:
    """Every (model, column) that points at a stored file, read from the models themselves,
    so a new kind of attachment is never collected by mistake."""
    meta = StoredFile._meta
    return [
        (meta.fields_map[name].related_model, meta.fields_map[name].relation_field)  # type: ignore[attr-defined]
        for name in sorted(meta.backward_fk_fields)
    ]


@dataclass(frozen=True)
class Collected:
    rows: int
    blobs: int


async def collect_unreferenced(
    files_dir: Path, grace: dt.timedelta = UNREFERENCED_GRACE
) -> Collected:
    """Delete uploads that nothing refers to and that are older than `grace`, and the bytes
    no remaining upload shares."""
    references = _references()
    if not references:
        raise RuntimeError("no model refers to stored files: are the models loaded?")
    queryset = StoredFile.filter(created_at__lt=timezone.now() - grace)
    for model, column in references:
        queryset = queryset.exclude(id__in=Subquery(model.all().values(column)))
    doomed = await queryset.values("id", "sha256")
    if not doomed:
        return Collected(0, 0)
    await StoredFile.filter(id__in=[row["id"] for row in doomed]).delete()
    hashes = {row["sha256"] for row in doomed}
    kept = set(await StoredFile.filter(sha256__in=list(hashes)).values_list("sha256", flat=True))
    gone = hashes - kept
    for sha256 in gone:
        await asyncio.to_thread(path_of(files_dir, sha256).unlink, missing_ok=True)
    return Collected(len(doomed), len(gone))


async def own_uploads(principal: Principal, file_ids: list[int]) -> list[StoredFile]:
    """Only files the principal uploaded itself can be attached: a forged or another's id
    is refused as missing."""
    wanted = list(dict.fromkeys(file_ids))
    if len(wanted) > MAX_ATTACHMENTS:
        raise DomainError(
            "TOO_MANY_ATTACHMENTS", f"附件不能超过 {MAX_ATTACHMENTS} 个", "attachments"
        )
    found = {
        f.id: f
        for f in await StoredFile.filter(id__in=wanted, uploaded_by_account_id=principal.account_id)
    }
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound("附件", "attachments")
    return [found[i] for i in wanted]


# other subjects that carry evidence say who may read it: (principal, file id) → may read
Reader = Callable[[Principal, int], Awaitable[bool]]
READERS: list[Reader] = []


def register_reader(reader: Reader) -> Reader:
    READERS.append(reader)
    return reader


async def readable(principal: Principal, file_id: int) -> StoredFile:
    """The file, if the principal uploaded it or may see a claim it is attached to."""
    stored = await StoredFile.get_or_none(id=file_id)
    if stored is None or not principal.is_authenticated:
        raise NotFound("附件")
    if stored.uploaded_by_account_id == principal.account_id:
        return stored
    claim_ids = Subquery(ClaimAttachment.filter(file_id=file_id).values("claim_id"))
    claims = Claim.filter(id__in=claim_ids)
    if rules.READ_MEMBER_CLAIMS.admits(principal):
        people = organisations_in(principal.scope, Professional.all(), field="organisation_id")
        claims = claims.filter(professional_id__in=Subquery(people.values("id")))
    else:
        claims = own_records(principal.scope, claims)
    if await claims.exists():
        return stored
    for reader in READERS:
        if await reader(principal, file_id):
            return stored
    raise NotFound("附件")
