"""Admins and roles of an organisation (管理员管理, 角色管理).

An organisation has one super admin and any number of admins; a non-super admin acts
within its role's modules. Admins of an organisation manage its admins; admins of a parent
see the admins of every unit below it and may disable them or reset their passwords.
"""

from __future__ import annotations

from typing import Any

from domain import audit, events, rules, sessions
from domain.applicants import Credentials, account_for_application, prove_applicant
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.pagination import Page, PageRequest, fetch_page
from domain.patch import KEEP, Keep
from domain.principal import Principal
from domain.scope import organisations_in
from models import Account, Admin, AdminRole, Professional
from models.enums import AccountStatus, Module, ProfessionalStatus

ADMIN_COLUMNS = {
    "account_id": "account_id",
    "name": "account__name",
    "id_number": "account__id_number",
    "phone": "account__phone",
    "organisation_id": "organisation_id",
    "is_super": "is_super",
    "status": "status",
    "role_id": "role_id",
    "role_name": "role__name",
    "created_at": "created_at",
}


async def list_admins(
    principal: Principal, request: PageRequest, organisation_id: int | None
) -> Page[dict]:
    queryset = organisations_in(principal.scope, Admin.all(), field="organisation_id")
    if organisation_id is not None:
        queryset = queryset.filter(organisation_id=organisation_id)
    # made from the scope and the unit asked for alone (domain/statements.py)
    built_from = ("admins", principal.scope, organisation_id)
    return await fetch_page(queryset, request, built_from=built_from, **ADMIN_COLUMNS)


async def _role(principal: Principal, role_id: int | None) -> int | None:
    if role_id is None:
        return None
    if not await AdminRole.exists(id=role_id, organisation_id=principal.organisation_id):
        raise NotFound("角色", "roleId")
    return role_id


async def add_admin(
    principal: Principal,
    *,
    member_account_id: int | None = None,
    credentials: Credentials | None = None,
    role_id: int | None = None,
    client_address: str | None = None,
) -> Admin:
    """Add an admin to the principal's organisation: an existing member of it (by account),
    a new account, or an existing account proving its password (credentials.existing_account)."""
    role = await _role(principal, role_id)
    applicant = (
        await prove_applicant(credentials, client_address)
        if member_account_id is None and credentials is not None
        else None
    )
    async with events.atomic():
        if member_account_id is not None:
            is_member = await Professional.exists(
                account_id=member_account_id,
                organisation_id=principal.organisation_id,
                status=ProfessionalStatus.ACTIVE,
            )
            if not is_member:
                raise NotFound("本单位人员", "accountId")
            account = await Account.get(id=member_account_id)
        elif applicant is not None:
            account, _ = await account_for_application(applicant)
        else:
            raise DomainError("REQUIRED", "请选择本单位人员或填写账号信息", "accountId")
        if await Admin.exists(account_id=account.id, organisation_id=principal.organisation_id):
            raise DomainError("ALREADY_ADMIN", "该账号已是本单位管理员", "accountId")
        admin = await Admin.create(
            account=account, organisation_id=principal.organisation_id, role_id=role
        )
        await audit.record(
            Actor.of(principal),
            "admin.add",
            "admin",
            admin.id,
            after={"account": account.id, "role": role},
        )
    return admin


async def _access_admin(principal: Principal, admin_id: int, *, own_only: bool) -> Admin:
    """An admin of the principal's organisation, or (unless own_only) of a unit below it."""
    queryset = organisations_in(principal.scope, Admin.filter(id=admin_id), field="organisation_id")
    admin = await queryset.first()
    if admin is None or admin.account_id == principal.account_id:
        raise NotFound("管理员", "adminId")
    same_org = admin.organisation_id == principal.organisation_id
    if own_only and not same_org:
        raise NotFound("管理员", "adminId")
    if same_org and admin.is_super and not rules.SUPER_ADMIN.admits(principal):
        raise DomainError("FORBIDDEN", "只有超级管理员可以管理超级管理员", "adminId")
    return admin


async def set_admin_enabled(principal: Principal, admin_id: int, enabled: bool) -> None:
    admin = await _access_admin(principal, admin_id, own_only=False)
    status = AccountStatus.ACTIVE if enabled else AccountStatus.DISABLED
    async with events.atomic():
        await Admin.filter(id=admin.id).update(status=status)
        if not enabled:
            await sessions.revoke_admin_sessions(admin.id)
        await audit.record(
            Actor.of(principal),
            "admin.enable" if enabled else "admin.disable",
            "admin",
            admin.id,
            before={"status": admin.status},
            after={"status": status},
        )
    if not enabled:
        await sessions.announce_revoked(admin_id=admin.id)


async def remove_admin(principal: Principal, admin_id: int) -> None:
    """Remove the admin role; the account and its other roles stay."""
    admin = await _access_admin(principal, admin_id, own_only=True)
    if admin.is_super:
        raise DomainError("SUPER_ADMIN_REQUIRED", "请先将超级管理员转给他人", "adminId")
    async with events.atomic():
        await sessions.revoke_admin_sessions(admin.id)
        await audit.record(
            Actor.of(principal),
            "admin.remove",
            "admin",
            admin.id,
            before={"account": admin.account_id, "role": admin.role_id},
        )
        await Admin.filter(id=admin.id).delete()
    await sessions.announce_revoked(admin_id=admin.id)


async def transfer_super(principal: Principal, admin_id: int) -> None:
    """设为超级管理员: the chosen admin becomes super, and the old super admin's admin role
    of this unit ends (seed 004 Q13: "更换超管后不保留原超管账号"), its sessions with it.
    The account and its other roles stay."""
    if not rules.SUPER_ADMIN.admits(principal):
        raise DomainError("FORBIDDEN", "只有超级管理员可以转让超级管理员", "adminId")
    admin = await _access_admin(principal, admin_id, own_only=True)
    if admin.status != AccountStatus.ACTIVE:
        raise DomainError("ADMIN_DISABLED", "该管理员已停用", "adminId")
    old = principal.admin_id
    async with events.atomic():
        await Admin.filter(id=admin.id).update(is_super=True)
        await audit.record(
            Actor.of(principal),
            "admin.transfer_super",
            "admin",
            admin.id,
            before={"super": old},
            after={"super": admin.id},
        )
        if old is not None:
            await sessions.revoke_admin_sessions(old)
            await audit.record(
                Actor.of(principal),
                "admin.remove",
                "admin",
                old,
                before={"account": principal.account_id, "super": True},
            )
            await Admin.filter(id=old).delete()
    if old is not None:
        await sessions.announce_revoked(admin_id=old)


async def save_role(
    principal: Principal,
    role_id: int | None,
    name: str | Keep | None = KEEP,
    modules: list[Module] | Keep | None = KEEP,
) -> AdminRole:
    """Add a role (role_id None: name and modules required) or edit one (what is left KEEP
    stays as it is)."""
    adding = role_id is None
    values: dict[str, Any] = {}
    if adding or name is not KEEP:
        values["name"] = _role_name(None if name is KEEP else name)
    if adding or modules is not KEEP:
        chosen = _chosen_modules(None if modules is KEEP else modules)
        values["modules"] = sorted(m.value for m in set(chosen))
    others = AdminRole.filter(organisation_id=principal.organisation_id).exclude(id=role_id or 0)
    if "name" in values and await others.filter(name=values["name"]).exists():
        raise DomainError("NAME_TAKEN", "角色名称已存在", "name")
    async with events.atomic():
        found: AdminRole | None
        if role_id is None:
            found = await AdminRole.create(organisation_id=principal.organisation_id, **values)
        else:
            found = await AdminRole.get_or_none(
                id=role_id, organisation_id=principal.organisation_id
            )
            if found is None:
                raise NotFound("角色", "roleId")
            if values:
                await AdminRole.filter(id=found.id).update(**values)
        role = found
        await audit.record(Actor.of(principal), "role.save", "admin_role", role.id, after=values)
    return await AdminRole.get(id=role.id)


def _role_name(value: str | None) -> str:
    name = (value or "").strip()
    if not name:
        raise DomainError("REQUIRED", "请填写角色名称", "name")
    return name


def _chosen_modules(value: list[Module] | None) -> list[Module]:
    if value is None:
        raise DomainError("REQUIRED", "请选择权限模块", "modules")
    return value


async def assign_role(principal: Principal, admin_id: int, role_id: int | None) -> None:
    admin = await _access_admin(principal, admin_id, own_only=True)
    role = await _role(principal, role_id)
    async with events.atomic():
        await Admin.filter(id=admin.id).update(role_id=role)
        await audit.record(
            Actor.of(principal),
            "admin.assign_role",
            "admin",
            admin.id,
            before={"role": admin.role_id},
            after={"role": role},
        )


async def roles_of(principal: Principal) -> list[dict[str, Any]]:
    return (
        await AdminRole.filter(organisation_id=principal.organisation_id)
        .order_by("id")
        .values("id", "name", "modules")
    )
