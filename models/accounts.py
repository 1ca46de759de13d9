from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.enums import AccountStatus, IdType
from models.organisations import Organisation

if TYPE_CHECKING:
    from models.access import AdminRole


class Account(Model):
    """One natural person, keyed by ID type + ID number; may hold several roles."""

    id = fields.IntField(primary_key=True)
    id_type = fields.CharEnumField(IdType, max_length=24, default=IdType.RESIDENT_ID)
    id_number = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64, db_index=True)
    phone = fields.CharField(max_length=20, null=True)
    email = fields.CharField(max_length=128, null=True)
    landline = fields.CharField(max_length=32, null=True)
    password_hash = fields.CharField(max_length=128)
    # set when an admin resets the password: the holder must choose a new one at login
    must_change_password = fields.BooleanField(default=False)
    status = fields.CharEnumField(AccountStatus, max_length=16, default=AccountStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "account"
        unique_together = (("id_type", "id_number"),)
        indexes = (("id_number",),)


class Admin(Model):
    """An account's admin role in one organisation (超级管理员 or 管理员); a 管理员 acts
    within the modules of its custom permission role (角色管理)."""

    id = fields.IntField(primary_key=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="admin_roles", on_delete=fields.RESTRICT
    )
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="admins", on_delete=fields.RESTRICT
    )
    is_super = fields.BooleanField(default=False)
    # a non-super admin acts only within its role's modules; no role means no modules
    role: fields.ForeignKeyNullableRelation[AdminRole] = fields.ForeignKeyField(
        "models.AdminRole", related_name="admins", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharEnumField(AccountStatus, max_length=16, default=AccountStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)

    account_id: int
    organisation_id: int
    role_id: int | None

    class Meta:
        table = "admin"
        unique_together = (("account", "organisation"),)
        indexes = (("organisation", "is_super"),)
