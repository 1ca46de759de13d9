from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import ClaimStatus, Subject
from models.professionals import Professional


class Claim(Model):
    """学时申报: hours a professional claims for one year, in one subject and learning form."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="claims", on_delete=fields.RESTRICT
    )
    year = fields.SmallIntField()
    subject = fields.CharEnumField(Subject, max_length=16)
    form = fields.CharField(max_length=32)
    # the form's fields, validated against domain.forms
    details: Any = fields.JSONField(default=dict)
    requested_hours = fields.DecimalField(max_digits=6, decimal_places=1)
    recognised_hours = fields.DecimalField(max_digits=6, decimal_places=1, null=True)
    status = fields.CharEnumField(ClaimStatus, max_length=16, default=ClaimStatus.DRAFT)
    filed_by_account_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    submitted_at = fields.DatetimeField(null=True)

    professional_id: int

    class Meta:
        table = "claim"
        indexes = (("professional", "year"), ("status",))
