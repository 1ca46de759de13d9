from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

from models.enums import ClaimStatus, Subject
from models.organisations import Organisation
from models.professionals import Professional

if TYPE_CHECKING:
    from models.plans import TrainingPlan


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
    # the unit or CE base that filed it for the professional; null when filed by themself
    filed_by_organisation: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="filed_claims", null=True, on_delete=fields.RESTRICT
    )
    # an integrator's own record id: re-sending the same record changes nothing
    external_ref = fields.CharField(max_length=64, null=True)
    # the approved training-class plan (培训计划) a unit filed these hours under
    plan: fields.ForeignKeyNullableRelation[TrainingPlan] = fields.ForeignKeyField(
        "models.TrainingPlan", related_name="claims", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    submitted_at = fields.DatetimeField(null=True)

    professional_id: int
    filed_by_organisation_id: int | None
    plan_id: int | None

    class Meta:
        table = "claim"
        # ("filed_by_organisation", "id"): 已报送学时 pages a filer's claims newest first
        indexes = (("professional", "year"), ("status",), ("filed_by_organisation", "id"))
        unique_together = (("filed_by_organisation", "external_ref"),)
