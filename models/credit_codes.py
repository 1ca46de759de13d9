from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.accounts import Account
from models.organisations import Organisation
from models.regions import Region


class TemporaryCreditCode(Model):
    """临时代码: issued by the platform operator to a unit without a unified social credit
    code (seed 004 Q17), for one unit name; the unit registers with it and later files its
    real code. `LS` + region + sequence: S never occurs in a real code, so the two never meet.
    Never deleted: the sequence is the number of codes issued so far."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=18, unique=True)
    unit_name = fields.CharField(max_length=128)
    region: fields.ForeignKeyRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name=False, on_delete=fields.RESTRICT
    )
    issued_by: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name=False, on_delete=fields.RESTRICT
    )
    # the operator organisation (the province HRSS bureau) that issued it
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name=False, on_delete=fields.RESTRICT
    )
    issued_at = fields.DatetimeField(auto_now_add=True)
    # the organisation that registered with it; a rejected or withdrawn one frees it again
    used_by: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    used_at = fields.DatetimeField(null=True)
    note = fields.CharField(max_length=500, null=True)

    region_id: str
    issued_by_id: int
    organisation_id: int
    used_by_id: int | None

    class Meta:
        table = "temporary_credit_code"
        indexes = (("organisation", "id"),)
