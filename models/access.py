from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.accounts import Account, Admin
from models.enums import RoleKind
from models.organisations import Organisation
from models.professionals import Professional


class AdminRole(Model):
    """角色管理: a named set of permission modules, defined by one organisation."""

    id = fields.IntField(primary_key=True)
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="admin_roles_defined", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=64)
    modules: Any = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "admin_role"
        unique_together = (("organisation", "name"),)


class Session(Model):
    """A login. The token itself is never stored: only its SHA-256, so a leaked table is useless."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="sessions", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(RoleKind, max_length=16)
    admin: fields.ForeignKeyNullableRelation[Admin] = fields.ForeignKeyField(
        "models.Admin", related_name="sessions", null=True, on_delete=fields.CASCADE
    )
    professional: fields.ForeignKeyNullableRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="sessions", null=True, on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    client_address = fields.CharField(max_length=64, null=True)

    account_id: int
    admin_id: int | None
    professional_id: int | None

    class Meta:
        table = "session"
        indexes = (("account", "revoked_at"),)


class LoginThrottle(Model):
    """Failed logins per key ("account:<id>" or "address:<ip>") in the current window."""

    key = fields.CharField(max_length=96, primary_key=True)
    failures = fields.IntField(default=0)
    window_started_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "login_throttle"


class OutboxMessage(Model):
    """A message for a person (one-time codes, notices), kept for the operator to read."""

    id = fields.IntField(primary_key=True)
    channel = fields.CharField(max_length=16)  # "sms" or "email"
    recipient = fields.CharField(max_length=128)
    subject = fields.CharField(max_length=128)
    body = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    sender = fields.CharField(max_length=32, null=True)

    class Meta:
        table = "outbox_message"
        indexes = (("sent_at",),)


class PasswordResetCode(Model):
    """A one-time code for a forgotten password: stored hashed, single use, short-lived."""

    id = fields.IntField(primary_key=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="reset_codes", on_delete=fields.CASCADE
    )
    code_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    failed_attempts = fields.SmallIntField(default=0)

    account_id: int

    class Meta:
        table = "password_reset_code"
        indexes = (("account", "used_at"),)
