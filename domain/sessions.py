"""Sessions: opaque random tokens, stored only as SHA-256, with idle and absolute expiry."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from tortoise import timezone

from domain import events, sql
from domain.membership import region_prefix
from domain.principal import ADMIN_KIND_OF_ORG, ALL_MODULES, Principal
from domain.scope import Scope
from models import AdminRole, Session
from models.enums import AccountStatus, Module, OrgKind, OrgStatus, ProfessionalStatus, RoleKind

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


# One statement for the whole principal: the session, its account, its admin role with the
# role's modules and organisation (and whether that organisation is the sole top-level one),
# its professional role. Hand-written because building the same joins through the ORM cost
# ~1 ms of CPU per request — more than the rest of a small query — and every request runs it.
# It is read fresh each time, or kept only while the database vouches that nothing was
# committed since (_Known): a revocation, a disabled account or admin, changed modules or a
# moved organisation take effect on the very next request on every worker.
PRINCIPAL_SQL = """
SELECT s.id, s.kind, s.revoked_at, s.expires_at, s.last_seen_at, s.account_id,
       a.status AS account_status, a.must_change_password AS must_change,
       a.name AS account_name, a.id_number AS account_id_number,
       s.admin_id, ad.status AS admin_status, ad.is_super, ad.role_id, r.modules AS role_modules,
       ad.organisation_id AS admin_org_id, o.status AS admin_org_status,
       o.kind AS admin_org_kind, o.parent_id AS admin_org_parent_id,
       o.region_id AS admin_org_region,
       CASE WHEN ad.id IS NOT NULL AND o.parent_id IS NULL
            THEN (SELECT COUNT(*) FROM organisation WHERE parent_id IS NULL) END AS top_level,
       s.professional_id, p.status AS professional_status,
       p.organisation_id AS professional_org_id
FROM "session" s
JOIN account a ON a.id = s.account_id
LEFT JOIN admin ad ON ad.id = s.admin_id
LEFT JOIN admin_role r ON r.id = ad.role_id
LEFT JOIN organisation o ON o.id = ad.organisation_id
LEFT JOIN professional p ON p.id = s.professional_id
WHERE s.token_hash = ?
"""


def _field(model: Any, name: str) -> Any:
    return model._meta.fields_map[name]


@dataclass(frozen=True)
class _Known:
    """What one reading of PRINCIPAL_SQL decided, kept with the times it is checked against:
    expiry and idleness move with the clock, not with the rows, so each use checks them."""

    session_id: int
    principal: Principal | None
    revoked: bool
    expires_at: dt.datetime
    last_seen_at: dt.datetime
    account_active: bool


# readings kept while sql.committed_state() stays the same (on SQLite, no commit by anyone
# since): reading and building a principal cost ~30 µs of a ~180 µs viewer request, the
# check ~4 µs. Any commit anywhere empties them, so nothing is ever answered from a row
# that might have changed; unknown tokens are never kept (a stream of made-up tokens
# cannot fill the process), and the whole lot is bounded.
_KNOWN_LIMIT = 4096
_known: dict[str, _Known] = {}
_known_state: list[Any] = [None]


def _kept(state: Any, digest: str) -> _Known | None:
    if state is None or state != _known_state[0]:
        _known.clear()
        _known_state[0] = state
        return None
    return _known.get(digest)


def _keep(state: Any, digest: str, known: _Known) -> None:
    if state is None:
        return
    if len(_known) >= _KNOWN_LIMIT:
        _known.clear()
    _known[digest] = known


async def principal_for_token(token: str) -> Principal | None:
    """The principal of a live session, or None when the token is unknown, revoked, expired,
    or its account, admin role or professional role has since been disabled.

    Every request runs this: one statement (PRINCIPAL_SQL), whatever the role, unless the
    database vouches that nothing was committed since the same token's last reading."""
    digest = token_hash(token)
    state = sql.committed_state()  # before the read: a commit after it changes the next one
    known = _kept(state, digest)
    if known is None:
        row = await sql.first_row(PRINCIPAL_SQL, [digest])
        if row is None:
            return None
        expires_at = sql.stored_datetime(row["expires_at"])
        last_seen_at = sql.stored_datetime(row["last_seen_at"])
        assert expires_at is not None and last_seen_at is not None  # NOT NULL columns
        revoked = row["revoked_at"] is not None
        account_active = row["account_status"] == AccountStatus.ACTIVE
        known = _Known(
            session_id=row["id"],
            # built only for a session its rows still allow, as before there was a memo
            principal=_principal(row) if account_active and not revoked else None,
            revoked=revoked,
            expires_at=expires_at,
            last_seen_at=last_seen_at,
            account_active=account_active,
        )
        _keep(state, digest, known)
    now = timezone.now()
    if (
        known.revoked
        or known.expires_at <= now
        or known.last_seen_at + IDLE_TIMEOUT <= now
        or not known.account_active
        or known.principal is None
    ):
        return None
    if now - known.last_seen_at >= TOUCH_EVERY:
        # a commit: the next request reads the row again, with the new time
        await Session.filter(id=known.session_id).update(last_seen_at=now)
    return known.principal


def _principal(row: dict[str, Any]) -> Principal | None:
    account = {
        "must_change_password": bool(row["must_change"]),
        "name": row["account_name"],
        "id_number": row["account_id_number"],
    }
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
            **account,
        )
    if (
        row["admin_id"] is None
        or row["admin_status"] != AccountStatus.ACTIVE
        or row["admin_org_status"] != OrgStatus.ACTIVE
        or ADMIN_KIND_OF_ORG[OrgKind(row["admin_org_kind"])] != row["kind"]
    ):
        return None
    is_super = bool(row["is_super"])
    modules: frozenset[Module] = ALL_MODULES
    if not is_super:
        listed = (
            _field(AdminRole, "modules").to_python_value(row["role_modules"])
            if row["role_id"] is not None and row["role_modules"] is not None
            else []
        )
        modules = frozenset(Module(m) for m in listed)
    org_id = row["admin_org_id"]
    # an admin reaches its organisation's subtree; the sole top-level organisation's subtree
    # is everything, granted explicitly so no query pays for the subtree filter (SQLite
    # otherwise sorts the whole province before LIMIT) — domain.scope.subtree_scope's rule
    sole_top = row["admin_org_parent_id"] is None and row["top_level"] == 1
    return Principal(
        account_id=row["account_id"],
        kind=RoleKind(row["kind"]),
        organisation_id=org_id,
        admin_id=row["admin_id"],
        is_super=is_super,
        modules=modules,
        session_id=row["id"],
        scope=Scope.everything() if sole_top else _subtree_of(row),
        **account,
    )


def _subtree_of(row: dict[str, Any]) -> Scope:
    """An admin's subtree, knowing the region its statistics also reach when its unit is an
    HRSS bureau (domain.membership.reach then asks the database nothing more)."""
    region = row["admin_org_region"]
    bureau = row["admin_org_kind"] == OrgKind.HRSS and region
    regions = frozenset((region_prefix(str(region)),)) if bureau else frozenset()
    return Scope(roots=frozenset((row["admin_org_id"],)), bureau_regions=regions)


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
