from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.enums import BaseLevel, OrgKind, OrgLevel, OrgNature, OrgStatus
from models.regions import Region


class Organisation(Model):
    """Every organisation kind lives in one tree: HRSS → competent → employer or CE base."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(OrgKind, max_length=16)
    parent: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    depth = fields.SmallIntField(default=0)
    # 统一社会信用代码, or a temporary code issued by the platform (credit_code_temporary)
    credit_code = fields.CharField(max_length=18, unique=True, null=True)
    credit_code_temporary = fields.BooleanField(default=False)
    name = fields.CharField(max_length=128, db_index=True)
    region: fields.ForeignKeyRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name="organisations", on_delete=fields.RESTRICT
    )
    nature = fields.CharEnumField(OrgNature, max_length=32, null=True)
    level = fields.CharEnumField(OrgLevel, max_length=16, null=True)
    industry = fields.CharField(max_length=64, null=True)
    phone = fields.CharField(max_length=32, null=True)
    address = fields.CharField(max_length=255, null=True)
    code_certificate_file = fields.CharField(max_length=80, null=True)
    base_level = fields.CharEnumField(BaseLevel, max_length=16, null=True)
    # 关闭审核权限: when false, the children's claims go straight to the level above
    review_enabled = fields.BooleanField(default=True)
    status = fields.CharEnumField(OrgStatus, max_length=16, default=OrgStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    children: fields.ReverseRelation[Organisation]
    parent_id: int | None
    region_id: str

    class Meta:
        table = "organisation"
        indexes = (("kind", "status"), ("region", "kind"), ("parent",))


class OrganisationClosure(Model):
    """Closure table of the organisation tree: one row per (ancestor, descendant), self included.

    Subtree and ancestor queries become one indexed lookup on either column.
    """

    id = fields.BigIntField(primary_key=True)
    ancestor: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name=False, on_delete=fields.CASCADE
    )
    descendant: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name=False, on_delete=fields.CASCADE
    )
    distance = fields.SmallIntField()
    ancestor_id: int
    descendant_id: int

    class Meta:
        table = "organisation_closure"
        unique_together = (("ancestor", "descendant"),)
        indexes = (("descendant", "distance"),)


class Department(Model):
    """内设部门: a small tree inside one organisation."""

    id = fields.IntField(primary_key=True)
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="departments", on_delete=fields.RESTRICT
    )
    parent: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=64)
    sort_order = fields.IntField(default=0)
    # 禁用: kept for its history, no longer offered for members
    enabled = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "department"
        unique_together = (("organisation", "parent", "name"),)
