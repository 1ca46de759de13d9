from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import ReviewKind, ReviewStatus
from models.organisations import Organisation


class ReviewStep(Model):
    """One subject waiting for (or decided by) one organisation: the review engine's table."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(ReviewKind, max_length=40)
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.IntField()
    step = fields.SmallIntField(default=1)
    reviewer: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="review_steps", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.PENDING)
    # what the review lists show without joining the subject (name, ID number, unit…)
    summary: Any = fields.JSONField(default=dict)
    applicant_name = fields.CharField(max_length=128, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_by_account_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    reason = fields.CharField(max_length=500, null=True)
    # 删除记录 in the seeds' review lists: hidden from the reviewer, never destroyed
    hidden = fields.BooleanField(default=False)

    reviewer_id: int

    class Meta:
        table = "review_step"
        indexes = (("reviewer", "kind", "status", "hidden"), ("subject_type", "subject_id"))
