"""Operator provisioning: HRSS bureaus do not self-register; the platform creates them."""

from __future__ import annotations

from dataclasses import dataclass

from domain import audit, events
from domain.audit import SYSTEM
from domain.errors import DomainError
from domain.identity import validate_resident_id
from domain.organisations import add_organisation
from domain.passwords import check_policy, hash_password
from models import Account, Admin, Organisation, Region
from models.enums import OrgKind


@dataclass(frozen=True)
class Provisioned:
    organisation_id: int
    account_id: int
    account_reused: bool


async def provision_hrss(
    *,
    name: str,
    region_code: str,
    parent_id: int | None,
    admin_name: str,
    admin_id_number: str,
    admin_password: str,
) -> Provisioned:
    """Create an HRSS bureau and its super admin (reusing the account if the person exists)."""
    id_number = validate_resident_id(admin_id_number)
    if not await Region.exists(code=region_code):
        raise DomainError("REGION_NOT_FOUND", f"行政区划 {region_code} 不存在", "regionCode")
    if parent_id is not None and not await Organisation.exists(id=parent_id, kind=OrgKind.HRSS):
        raise DomainError("PARENT_NOT_HRSS", "上级须为人社部门", "parentId")
    if await Organisation.exists(name=name.strip()):
        raise DomainError("NAME_TAKEN", "机构名称已存在", "name")
    async with events.atomic():
        organisation = await add_organisation(
            name=name.strip(), kind=OrgKind.HRSS, parent_id=parent_id, region_id=region_code
        )
        account = await Account.get_or_none(id_number=id_number)
        reused = account is not None
        if account is None:
            check_policy(admin_password, id_number=id_number)
            account = await Account.create(
                name=admin_name.strip(),
                id_number=id_number,
                password_hash=await hash_password(admin_password),
            )
        admin = await Admin.create(account=account, organisation=organisation, is_super=True)
        await audit.record(
            SYSTEM,
            "admin.provision",
            "admin",
            admin.id,
            after={"organisation": organisation.id, "account": account.id, "super": True},
        )
    return Provisioned(organisation.id, account.id, reused)
