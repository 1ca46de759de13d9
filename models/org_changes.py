from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import OrgChangeKind, ReviewStatus
from models.organisations import Organisation


class OrganisationChange(Model):
    """变更记录: a change of an organisation's registered info (reviewed by its parent) or of
    its parent (reviewed by the old parent, then the new). `before` and `after` hold the
    changed fields only, so the diff is the request itself."""

    id = fields.IntField(primary_key=True)
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="changes", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(OrgChangeKind, max_length=16)
    before: Any = fields.JSONField(default=dict)
    after: Any = fields.JSONField(default=dict)
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.PENDING)
    # a parent change: the parent left and the parent joined
    old_parent_id = fields.IntField(null=True)
    new_parent_id = fields.IntField(null=True)
    applicant_account_id = fields.IntField()
    # why it was not approved, as the reviewer wrote it
    reason = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    organisation_id: int

    class Meta:
        table = "organisation_change"
        indexes = (("organisation", "status"), ("new_parent_id", "status"))
