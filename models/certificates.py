from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.professionals import Professional


class Certificate(Model):
    """结业证书 (学时证明) for one passed year; verifiable by its code."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="certificates", on_delete=fields.RESTRICT
    )
    year = fields.SmallIntField()
    number = fields.CharField(max_length=32, unique=True)
    verification_code = fields.CharField(max_length=32, unique=True)
    issuer_name = fields.CharField(max_length=128)
    issued_at = fields.DatetimeField(auto_now_add=True)

    professional_id: int

    class Meta:
        table = "certificate"
        unique_together = (("professional", "year"),)
