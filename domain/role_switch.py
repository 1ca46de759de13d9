"""切换角色: a signed-in person acts through another of its roles without logging in again.

The session proves the person, so no password is asked; every other check is login's own
(domain/login.py): a role not held, one still under review, a disabled role or unit. The old
session ends in the same transaction that opens the new one, and its open WebSockets close
once that has committed.
"""

from __future__ import annotations

from tortoise import timezone

from domain import audit, events, sessions
from domain.audit import Actor
from domain.errors import DomainError
from domain.login import LoginSuccess, choose_role, registered_roles
from domain.principal import Principal
from models import Account, Session
from models.enums import RoleKind


async def switch_role(
    principal: Principal,
    portal: RoleKind,
    organisation_id: int | None,
    client_address: str | None = None,
) -> LoginSuccess:
    assert principal.account_id is not None and principal.session_id is not None
    account = await Account.get(id=principal.account_id)
    chosen = choose_role(account, await registered_roles(account.id, portal), organisation_id)
    if principal.role_key == (portal, chosen.admin_id, chosen.professional_id):
        raise DomainError("SAME_ROLE", "您当前已在以该角色操作", "portal")
    async with events.atomic():
        ended = await Session.filter(id=principal.session_id, revoked_at=None).update(
            revoked_at=timezone.now()
        )
        if not ended:  # ended by another request since this one was authenticated
            raise DomainError("SESSION_ENDED", "登录已失效，请重新登录")
        issued = await sessions.issue_session(
            account.id,
            portal,
            admin_id=chosen.admin_id,
            professional_id=chosen.professional_id,
            client_address=client_address,
        )
        await audit.record(
            Actor(account.id, principal.organisation_id),
            "session.switch_role",
            "account",
            account.id,
            before={"kind": principal.kind, "organisation_id": principal.organisation_id},
            after={"kind": portal, "organisation_id": chosen.organisation_id},
        )
    await sessions.announce_revoked(session_id=principal.session_id)
    return LoginSuccess(issued, account.id, account.must_change_password)
