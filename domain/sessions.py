"""Sessions: opaque random tokens, stored only as SHA-256, with idle and absolute expiry."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, replace
from typing import Any

from tortoise import timezone

from domain import events
from domain.principal import ADMIN_KIND_OF_ORG, ALL_MODULES, Principal
from domain.scope import Scope, subtree_scope
from models import AdminRole, Session
from models.enums import AccountStatus, Module, OrgStatus, ProfessionalStatus, RoleKind

IDLE_TIMEOUT = dt.timedelta(hours=2)
ABSOLUTE_TIMEOUT = dt.timedelta(hours=12)
# writing last_seen on every request would make each read a write; a minute is precise enough
TOUCH_EVERY = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class IssuedSession:
    token: str
    expires_at: dt.datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_session(
    account_id: int,
    kind: RoleKind,
    *,
    admin_id: int | None = None,
    professional_id: int | None = None,
    client_address: str | None = None,
) -> IssuedSession:
    token = secrets.token_urlsafe(32)  # 256 bits
    now = timezone.now()
    expires = now + ABSOLUTE_TIMEOUT
    await Session.create(
        token_hash=token_hash(token),
        account_id=account_id,
        kind=kind,
        admin_id=admin_id,
        professional_id=professional_id,
        last_seen_at=now,
        expires_at=expires,
        client_address=client_address,
    )
    return IssuedSession(token, expires)


async def revoke_session(token: str) -> bool:
    updated = await Session.filter(token_hash=token_hash(token), revoked_at=None).update(
        revoked_at=timezone.now()
    )
    return updated > 0


async def revoke_account_sessions(account_id: int) -> int:
    return await Session.filter(account_id=account_id, revoked_at=None).update(
        revoked_at=timezone.now()
    )


async def revoke_admin_sessions(admin_id: int) -> int:
    return await Session.filter(admin_id=admin_id, revoked_at=None).update(
        revoked_at=timezone.now()
    )


_SESSION_COLUMNS = {
    "kind": "kind",
    "revoked_at": "revoked_at",
    "expires_at": "expires_at",
    "last_seen_at": "last_seen_at",
    "account_id": "account_id",
    "account_status": "account__status",
    "must_change": "account__must_change_password",
    "admin_id": "admin_id",
    "admin_status": "admin__status",
    "is_super": "admin__is_super",
    "role_id": "admin__role_id",
    "admin_org_id": "admin__organisation_id",
    "admin_org_status": "admin__organisation__status",
    "admin_org_kind": "admin__organisation__kind",
    "admin_org_parent_id": "admin__organisation__parent_id",
    "professional_id": "professional_id",
    "professional_status": "professional__status",
    "professional_org_id": "professional__organisation_id",
}


async def principal_for_token(token: str) -> Principal | None:
    """The principal of a live session, or None when the token is unknown, revoked, expired,
    or its account, admin role or professional role has since been disabled.

    Every request runs this, so it is one joined query (plus the role's modules for a
    non-super admin), not a walk through related objects.
    """
    rows = await Session.filter(token_hash=token_hash(token)).values("id", **_SESSION_COLUMNS)
    now = timezone.now()
    if not rows:
        return None
    row = rows[0]
    if (
        row["revoked_at"] is not None
        or row["expires_at"] <= now
        or row["last_seen_at"] + IDLE_TIMEOUT <= now
        or row["account_status"] != AccountStatus.ACTIVE
    ):
        return None
    principal = await _principal(row)
    if principal is None:
        return None
    if row["must_change"]:
        principal = replace(principal, must_change_password=True)
    if now - row["last_seen_at"] >= TOUCH_EVERY:
        await Session.filter(id=row["id"]).update(last_seen_at=now)
    return principal


async def _principal(row: dict[str, Any]) -> Principal | None:
    if row["kind"] == RoleKind.PROFESSIONAL:
        if (
            row["professional_id"] is None
            or row["professional_status"] != ProfessionalStatus.ACTIVE
        ):
            return None
        return Principal(
            account_id=row["account_id"],
            kind=RoleKind.PROFESSIONAL,
            organisation_id=row["professional_org_id"],
            professional_id=row["professional_id"],
            session_id=row["id"],
            scope=Scope.own(row["professional_id"]),
        )
    if (
        row["admin_id"] is None
        or row["admin_status"] != AccountStatus.ACTIVE
        or row["admin_org_status"] != OrgStatus.ACTIVE
        or ADMIN_KIND_OF_ORG[row["admin_org_kind"]] != row["kind"]
    ):
        return None
    modules: frozenset[Module] = ALL_MODULES
    if not row["is_super"]:
        role = await AdminRole.get_or_none(id=row["role_id"]) if row["role_id"] else None
        modules = frozenset(Module(m) for m in (role.modules if role else []))
    return Principal(
        account_id=row["account_id"],
        kind=RoleKind(row["kind"]),
        organisation_id=row["admin_org_id"],
        admin_id=row["admin_id"],
        is_super=row["is_super"],
        modules=modules,
        session_id=row["id"],
        scope=await subtree_scope(row["admin_org_id"], row["admin_org_parent_id"]),
    )


SESSION_REVOKED = "session.revoked"


async def announce_revoked(
    *, account_id: int | None = None, admin_id: int | None = None, session_id: int | None = None
) -> None:
    """Tell open connections that sessions ended (call after the revoking transaction)."""
    await events.publish(
        SESSION_REVOKED, {"accountId": account_id, "adminId": admin_id, "sessionId": session_id}
    )


def concerns(event: dict[str, Any], principal: Principal) -> bool:
    return (
        (event.get("accountId") is not None and event["accountId"] == principal.account_id)
        or (event.get("adminId") is not None and event["adminId"] == principal.admin_id)
        or (event.get("sessionId") is not None and event["sessionId"] == principal.session_id)
    )
