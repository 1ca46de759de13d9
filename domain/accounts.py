"""Account workflows that the account holder performs: password change, role listing."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from domain import audit, sessions
from domain.audit import Actor
from domain.errors import DomainError
from domain.passwords import check_policy, hash_password, verify_password
from domain.principal import ADMIN_KIND_OF_ORG, Principal
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
    if not await verify_password(account.password_hash, old_password):
        raise DomainError("WRONG_PASSWORD", "原密码不正确", "oldPassword")
    check_policy(new_password, id_number=account.id_number)
    if await verify_password(account.password_hash, new_password):
        raise DomainError("PASSWORD_UNCHANGED", "新密码不能与原密码相同", "newPassword")
    new_hash = await hash_password(new_password)
    async with in_transaction():
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
    return issued
