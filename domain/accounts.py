"""Account workflows that the account holder performs: password change, role listing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain import audit, events, rules, sessions, throttle
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.login import password_holds
from domain.passwords import check_policy, hash_password
from domain.principal import ADMIN_KIND_OF_ORG, Principal
from domain.scope import organisations_in
from models import Account, Admin, Professional
from models.enums import AccountStatus, OrgStatus, ProfessionalStatus, RoleKind


@dataclass(frozen=True)
class AccountRole:
    kind: RoleKind
    organisation_id: int
    organisation_name: str
    is_super: bool


async def account_roles(account_id: int) -> list[AccountRole]:
    """The roles the account can act as now (active roles of active organisations)."""
    roles: list[AccountRole] = []
    professional = await Professional.get_or_none(
        account_id=account_id, status=ProfessionalStatus.ACTIVE
    ).prefetch_related("organisation")
    if professional is not None:
        organisation = professional.organisation
        roles.append(AccountRole(RoleKind.PROFESSIONAL, organisation.id, organisation.name, False))
    admins = (
        await Admin.filter(
            account_id=account_id,
            status=AccountStatus.ACTIVE,
            organisation__status=OrgStatus.ACTIVE,
        )
        .prefetch_related("organisation")
        .order_by("id")
    )
    for admin in admins:
        organisation = admin.organisation
        roles.append(
            AccountRole(
                ADMIN_KIND_OF_ORG[organisation.kind],
                organisation.id,
                organisation.name,
                admin.is_super,
            )
        )
    return roles


async def change_password(
    principal: Principal, old_password: str, new_password: str, client_address: str | None
) -> sessions.IssuedSession:
    """Verify the old password, store the new one, end every session, open a new one."""
    assert principal.account_id is not None and principal.kind is not None
    account = await Account.get(id=principal.account_id)
    if not await password_holds(account, old_password, client_address, field="oldPassword"):
        raise DomainError("WRONG_PASSWORD", "原密码不正确", "oldPassword")
    check_policy(new_password, id_number=account.id_number)
    if new_password == old_password:  # the old one is proven: no second hash check needed
        raise DomainError("PASSWORD_UNCHANGED", "新密码不能与原密码相同", "newPassword")
    new_hash = await hash_password(new_password)
    async with events.atomic():
        await Account.filter(id=account.id).update(
            password_hash=new_hash, must_change_password=False
        )
        await sessions.revoke_account_sessions(account.id)
        await audit.record(
            Actor(account.id, principal.organisation_id),
            "account.password_change",
            "account",
            account.id,
        )
        issued = await sessions.issue_session(
            account.id,
            principal.kind,
            admin_id=principal.admin_id,
            professional_id=principal.professional_id,
            client_address=client_address,
        )
    await sessions.announce_revoked(account_id=account.id)
    return issued


async def log_out(principal: Principal, token: str | None) -> bool:
    """退出登录: end this session (recorded in the audit log)."""
    if not token or not await sessions.revoke_session(token):
        return False
    await audit.record(
        Actor.of(principal),
        "account.logout",
        "account",
        principal.account_id or 0,
    )
    await sessions.announce_revoked(session_id=principal.session_id)
    return True


async def _reaches_account(principal: Principal, account_id: int) -> bool:
    """An admin reaches an account only when it governs every role the account holds: its
    professional and admin roles all lie in the admin's subtree, and an admin role of the
    admin's own organisation only for its super admin. An account that also acts anywhere
    else — a supervisor above, a unit outside — is its owner's to recover (忘记密码), so
    no admin can take it over. Never itself (it has passwordChange)."""
    if account_id == principal.account_id:
        return False
    professionals = Professional.filter(account_id=account_id)
    admins = Admin.filter(account_id=account_id)
    governed_admins = organisations_in(principal.scope, admins, field="organisation_id")
    if not rules.SUPER_ADMIN.admits(principal):
        governed_admins = governed_admins.exclude(organisation_id=principal.organisation_id)
    held = await professionals.count() + await admins.count()
    governed = (
        await organisations_in(principal.scope, professionals, field="organisation_id").count()
        + await governed_admins.count()
    )
    return held > 0 and governed == held


async def reset_member_password(principal: Principal, account_id: int) -> None:
    """重置密码: the member's password becomes the last six characters of the ID number,
    to be changed at the next login; the member's sessions end."""
    account = await Account.get_or_none(id=account_id)
    if account is None or not await _reaches_account(principal, account_id):
        raise NotFound("账号", "accountId")
    new_hash = await hash_password(account.id_number[-6:])
    async with events.atomic():
        await Account.filter(id=account.id).update(
            password_hash=new_hash, must_change_password=True
        )
        await sessions.revoke_account_sessions(account.id)
        await audit.record(
            Actor.of(principal),
            "account.password_reset",
            "account",
            account.id,
            after={"must_change_password": True},
        )
    await sessions.announce_revoked(account_id=account.id)


async def login_locked_until(account_id: int) -> Any:
    """When a locked account may try again (None when it is not locked)."""
    return await throttle.account_held_until(account_id)


async def unlock_member(principal: Principal, account_id: int) -> None:
    """解锁: an admin lifts a member's login lock."""
    if not await _reaches_account(principal, account_id):
        raise NotFound("账号", "accountId")
    async with events.atomic():
        await throttle.release(account_id)
        await audit.record(
            Actor.of(principal),
            "account.unlock",
            "account",
            account_id,
        )
