from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.professionals import Professional


class AnnualCompletion(Model):
    """One professional's hours in one year, kept current in the deciding transaction."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="completions", on_delete=fields.RESTRICT
    )
    year = fields.SmallIntField()
    public_hours = fields.DecimalField(max_digits=7, decimal_places=1, default=0)
    professional_hours = fields.DecimalField(max_digits=7, decimal_places=1, default=0)
    total_hours = fields.DecimalField(max_digits=7, decimal_places=1, default=0)
    passed = fields.BooleanField(default=False)
    # the unit this year is credited to, fixed when the person transfers away (人员调转):
    # null while it follows the person's current unit and region
    credited_organisation_id = fields.IntField(null=True)
    credited_region_id = fields.CharField(max_length=6, null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    professional_id: int

    class Meta:
        table = "annual_completion"
        unique_together = (("professional", "year"),)
        indexes = (("year", "passed"),)


class CompletionRollup(Model):
    """Learners and passes per year, organisation and region: province statistics sum a few
    hundred thousand of these rows instead of joining a million people to their year."""

    id = fields.IntField(primary_key=True)
    year = fields.SmallIntField()
    organisation_id = fields.IntField()
    # the people's region code, "" when unknown
    region_id = fields.CharField(max_length=6, default="")
    learners = fields.IntField(default=0)
    passed = fields.IntField(default=0)

    class Meta:
        table = "completion_rollup"
        unique_together = (("year", "organisation_id", "region_id"),)
