"""The audit trail: every decision and change writes one append-only record."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models import AuditLog


@dataclass(frozen=True)
class Actor:
    """Who acts and for which organisation; None fields mean the platform itself (CLI, demo)."""

    account_id: int | None = None
    organisation_id: int | None = None
    request_id: str | None = None


SYSTEM = Actor()


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def entry(
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: int | str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """An unsaved record, for bulk writes of batch decisions."""
    return AuditLog(
        account_id=actor.account_id,
        acting_organisation_id=actor.organisation_id,
        request_id=actor.request_id,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
    )


async def record(
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: int | str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Write the record inside the caller's transaction, so it commits with the change."""
    row = entry(actor, action, subject_type, subject_id, before=before, after=after)
    await row.save()
    return row


async def record_many(
    actor: Actor,
    action: str,
    subject_type: str,
    entries: Iterable[tuple[int | str, dict[str, Any] | None]],
) -> int:
    """One record per (subject id, after) — a batch decision or filing still leaves one
    record per thing it changed — written a few statements per batch (domain.bulk), without a
    model object per row. Inside the caller's transaction; returns how many were written."""
    from domain import bulk

    return await bulk.insert(
        AuditLog,
        ("account_id", "acting_organisation_id", "request_id", "action", "subject_type",
         "subject_id", "after"),
        (
            (actor.account_id, actor.organisation_id, actor.request_id, action, subject_type,
             str(subject_id), _jsonable(after) if after is not None else None)
            for subject_id, after in entries
        ),
    )  # fmt: skip


AUDIT_COLUMNS = (
    "at",
    "account_id",
    "acting_organisation_id",
    "action",
    "subject_type",
    "subject_id",
    "before",
    "after",
)


async def list_entries(
    scope: Any,
    request: Any,
    *,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
) -> Any:
    """Audit entries of actions taken for organisations within the scope, newest last."""
    from domain.pagination import fetch_page
    from domain.scope import organisations_in

    queryset = organisations_in(scope, AuditLog.all(), field="acting_organisation_id")
    if action:
        queryset = queryset.filter(action=action)
    if subject_type:
        queryset = queryset.filter(subject_type=subject_type)
    if subject_id:
        queryset = queryset.filter(subject_id=subject_id)
    return await fetch_page(queryset, request, *AUDIT_COLUMNS)
