from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.enums import RegionLevel


class Region(Model):
    """An administrative division, keyed by its six-digit GB-T-2260 code."""

    code = fields.CharField(max_length=6, primary_key=True)
    name = fields.CharField(max_length=64)
    level = fields.CharEnumField(RegionLevel, max_length=16)
    parent: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name="children", null=True, on_delete=fields.RESTRICT
    )

    children: fields.ReverseRelation[Region]

    class Meta:
        table = "region"
