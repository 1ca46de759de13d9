from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.claims import Claim


class StoredFile(Model):
    """An uploaded file: its bytes live under FILES_DIR by content hash, shared by every
    upload of the same content; this row records who uploaded it and what it claims to be."""

    id = fields.IntField(primary_key=True)
    sha256 = fields.CharField(max_length=64, db_index=True)
    size = fields.IntField()
    media_type = fields.CharField(max_length=32)
    filename = fields.CharField(max_length=120)
    uploaded_by_account_id = fields.IntField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stored_file"


class ClaimAttachment(Model):
    """A file attached to a claim as its evidence (证明材料)."""

    id = fields.IntField(primary_key=True)
    claim: fields.ForeignKeyRelation[Claim] = fields.ForeignKeyField(
        "models.Claim", related_name="attachments", on_delete=fields.CASCADE
    )
    file: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="claims", on_delete=fields.RESTRICT
    )

    claim_id: int
    file_id: int

    class Meta:
        table = "claim_attachment"
        unique_together = (("claim", "file"),)
