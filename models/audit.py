from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditImmutableError(RuntimeError):
    pass


class AuditLog(Model):
    """Append-only record of every decision and change: who, for which organisation, what."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    account_id = fields.IntField(null=True, db_index=True)
    acting_organisation_id = fields.IntField(null=True, db_index=True)
    action = fields.CharField(max_length=64)
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.CharField(max_length=64)
    before: Any = fields.JSONField(null=True)
    after: Any = fields.JSONField(null=True)
    request_id = fields.CharField(max_length=32, null=True)

    class Meta:
        table = "audit_log"
        indexes = (("subject_type", "subject_id"),)

    async def save(self, *args: Any, **kwargs: Any) -> None:
        # ids are assigned on insert only, so an existing id means an attempted rewrite
        if not self._saved_in_db:
            await super().save(*args, **kwargs)
            return
        raise AuditImmutableError("audit records are append-only")

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        raise AuditImmutableError("audit records are append-only")
