from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import ChangeKind, ReviewStatus
from models.files import StoredFile
from models.organisations import Organisation
from models.professionals import Professional


class ProfileChange(Model):
    """变更申请: a professional's request to change a reviewed part of the profile (the title,
    reviewed by the employer; name and ID number, handled by the platform operator). `before`
    and `after` hold the changed fields only, so the diff (变更明细) is the request itself."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="profile_changes", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(ChangeKind, max_length=16)
    before: Any = fields.JSONField(default=dict)
    after: Any = fields.JSONField(default=dict)
    # the applicant's explanation (申请说明)
    note = fields.CharField(max_length=500, null=True)
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.PENDING)
    reviewer: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="profile_changes", on_delete=fields.RESTRICT
    )
    # why it was not approved, as the reviewer wrote it
    reason = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)
    decided_by_account_id = fields.IntField(null=True)

    professional_id: int
    reviewer_id: int

    class Meta:
        table = "profile_change"
        indexes = (("professional", "kind", "status"),)


class ProfileChangeAttachment(Model):
    """Evidence attached to a change request (证明材料)."""

    id = fields.IntField(primary_key=True)
    change: fields.ForeignKeyRelation[ProfileChange] = fields.ForeignKeyField(
        "models.ProfileChange", related_name="attachments", on_delete=fields.CASCADE
    )
    file: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="profile_changes", on_delete=fields.RESTRICT
    )

    change_id: int
    file_id: int

    class Meta:
        table = "profile_change_attachment"
        unique_together = (("change", "file"),)
