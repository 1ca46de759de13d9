from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.enums import PlanKind, ReviewStatus, Subject
from models.files import StoredFile
from models.organisations import Organisation


class TrainingPlan(Model):
    """培训班计划 (计划申报): a unit's training class, reviewed by the level above before it
    runs; after the class the unit files its attendees' hours under it."""

    id = fields.IntField(primary_key=True)
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="training_plans", on_delete=fields.RESTRICT
    )
    class_name = fields.CharField(max_length=128)
    subject = fields.CharEnumField(Subject, max_length=16)
    form = fields.CharField(max_length=32)
    start_date = fields.DateField()
    end_date = fields.DateField()
    hours = fields.DecimalField(max_digits=6, decimal_places=1)
    place = fields.CharField(max_length=128)
    expected_attendees = fields.IntField()
    content = fields.CharField(max_length=500, null=True)
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.PENDING)
    reviewer: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="reviewed_training_plans", on_delete=fields.RESTRICT
    )
    reason = fields.CharField(max_length=500, null=True)
    submitted_by_account_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    organisation_id: int
    reviewer_id: int

    class Meta:
        table = "training_plan"
        indexes = (("organisation", "status"),)


class BaseDocument(Model):
    """A CE base's annual training plan, plan application or annual work summary (年度工作
    总结), reviewed by its parent (competent department or HRSS bureau)."""

    id = fields.IntField(primary_key=True)
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="base_documents", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(PlanKind, max_length=24)
    year = fields.SmallIntField()
    title = fields.CharField(max_length=128)
    content = fields.CharField(max_length=2000, null=True)
    file: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="base_documents", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.PENDING)
    reviewer: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="reviewed_base_documents", on_delete=fields.RESTRICT
    )
    reason = fields.CharField(max_length=500, null=True)
    submitted_by_account_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    organisation_id: int
    reviewer_id: int
    file_id: int

    class Meta:
        table = "base_document"
        indexes = (("organisation", "kind", "year"),)
