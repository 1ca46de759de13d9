"""Sessions: opaque random tokens, stored only as SHA-256, with idle and absolute expiry."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from tortoise import timezone

from domain.principal import ADMIN_KIND_OF_ORG, ALL_MODULES, Principal
from domain.scope import Scope
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


async def principal_for_token(token: str) -> Principal | None:
    """The principal of a live session, or None when the token is unknown, revoked, expired,
    or its account, admin role or professional role has since been disabled."""
    session = await Session.get_or_none(token_hash=token_hash(token)).prefetch_related(
        "account", "admin__organisation", "professional"
    )
    now = timezone.now()
    if (
        session is None
        or session.revoked_at is not None
        or session.expires_at <= now
        or session.last_seen_at + IDLE_TIMEOUT <= now
        or session.account.status != AccountStatus.ACTIVE
    ):
        return None
    principal = await _principal(session)
    if principal is None:
        return None
    if now - session.last_seen_at >= TOUCH_EVERY:
        await Session.filter(id=session.id).update(last_seen_at=now)
    return principal


async def _principal(session: Session) -> Principal | None:
    if session.kind == RoleKind.PROFESSIONAL:
        professional = session.professional
        if professional is None or professional.status != ProfessionalStatus.ACTIVE:
            return None
        return Principal(
            account_id=session.account_id,
            kind=RoleKind.PROFESSIONAL,
            organisation_id=professional.organisation_id,
            professional_id=professional.id,  # type: ignore[attr-defined]
            session_id=session.id,
            scope=Scope.nothing(),
        )
    admin = session.admin
    if admin is None or admin.status != AccountStatus.ACTIVE:
        return None
    organisation = admin.organisation
    if (
        organisation.status != OrgStatus.ACTIVE
        or ADMIN_KIND_OF_ORG[organisation.kind] != session.kind
    ):
        return None
    modules: frozenset[Module] = ALL_MODULES
    if not admin.is_super:
        role = await AdminRole.get_or_none(id=admin.role_id) if admin.role_id else None
        modules = frozenset(Module(m) for m in (role.modules if role else []))
    return Principal(
        account_id=session.account_id,
        kind=session.kind,
        organisation_id=organisation.id,
        admin_id=admin.id,
        is_super=admin.is_super,
        modules=modules,
        session_id=session.id,
        scope=Scope.subtree(organisation.id),
    )
