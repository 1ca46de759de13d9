from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.regions import Region


class StandardVersion(Model):
    """各年度继续教育合格标准: one version of a region's standard, in force from `from_year`
    until the region's next version. The province bureau sets the province's; a city or
    district bureau may set its own, which its region follows instead. A version is never
    edited: a new decision for the same region and year replaces it (`replaced_at`), so the
    history says who decided what, when and why."""

    id = fields.IntField(primary_key=True)
    region: fields.ForeignKeyRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name="standard_versions", on_delete=fields.RESTRICT
    )
    from_year = fields.SmallIntField()
    # true: from this year on the region follows the level above again (no minimums)
    follows_parent = fields.BooleanField(default=False)
    public_min = fields.DecimalField(max_digits=6, decimal_places=1, null=True)
    professional_min = fields.DecimalField(max_digits=6, decimal_places=1, null=True)
    total_min = fields.DecimalField(max_digits=6, decimal_places=1, null=True)
    reason = fields.CharField(max_length=200)
    # years before the decision's own year whose verdicts it recomputed (0: none)
    recomputed_years = fields.SmallIntField(default=0)
    set_by_account_id = fields.IntField(null=True)
    set_by_organisation_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    replaced_at = fields.DatetimeField(null=True)

    region_id: str

    class Meta:
        table = "standard_version"
        indexes = (("region", "from_year"), ("replaced_at",))


class PublicSubject(Model):
    """公需科目: a public-subject class an HRSS bureau publishes for its region and a year
    (seed 003: "2018年度专业技术人员继续教育新旧动能转换专题培训班 20学时"; that year's
    classes are 必修, earlier years' 选修)."""

    id = fields.IntField(primary_key=True)
    region: fields.ForeignKeyRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name="public_subjects", on_delete=fields.RESTRICT
    )
    year = fields.SmallIntField()
    name = fields.CharField(max_length=128)
    hours = fields.DecimalField(max_digits=5, decimal_places=1)
    required = fields.BooleanField(default=True)
    introduction = fields.CharField(max_length=500, null=True)
    enabled = fields.BooleanField(default=True)
    organisation_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    region_id: str

    class Meta:
        table = "public_subject"
        unique_together = (("region", "year", "name"),)
        indexes = (("year", "region"),)
