from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.enums import TransferStatus
from models.files import StoredFile
from models.organisations import Organisation
from models.professionals import Professional


class Transfer(Model):
    """人员调转: a professional moving from one employer to another. The old employer approves
    the move out (TRANSFER_OUT), then the new employer the move in (TRANSFER_IN)."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="transfers", on_delete=fields.RESTRICT
    )
    from_organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="transfers_out", on_delete=fields.RESTRICT
    )
    to_organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="transfers_in", on_delete=fields.RESTRICT
    )
    # the department the person left (the new unit starts them in none: 未分配)
    from_department_id = fields.IntField(null=True)
    # 联系电话 given with the application
    phone = fields.CharField(max_length=32)
    # 调转原因
    reason = fields.CharField(max_length=500)
    status = fields.CharEnumField(TransferStatus, max_length=16, default=TransferStatus.OUT_PENDING)
    # who applied: the professional (organisation null) or an admin of the old employer
    applicant_account_id = fields.IntField()
    applicant_organisation_id = fields.IntField(null=True)
    # why the deciding side refused
    rejection_reason = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    out_decided_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    professional_id: int
    from_organisation_id: int
    to_organisation_id: int

    class Meta:
        table = "transfer"
        indexes = (
            ("professional", "status"),
            ("from_organisation", "created_at"),
            ("to_organisation", "created_at"),
        )


class TransferAttachment(Model):
    """A file attached to a transfer application (附件)."""

    id = fields.IntField(primary_key=True)
    transfer: fields.ForeignKeyRelation[Transfer] = fields.ForeignKeyField(
        "models.Transfer", related_name="attachments", on_delete=fields.CASCADE
    )
    file: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="transfers", on_delete=fields.RESTRICT
    )

    transfer_id: int
    file_id: int

    class Meta:
        table = "transfer_attachment"
        unique_together = (("transfer", "file"),)
