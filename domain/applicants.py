"""The account part of a registration (and of adding an admin with a new account): who
applies, proven before the transaction, and the account the application ends up on.

"如果已是本系统用户": an existing account proves its password (through the login throttle).
Seed 004 Q10/Q15: after withdrawing, or after the unit rejects, the person "重新进行注册" —
an account whose every role is a registration that ended unapproved (rejected or withdrawn)
is taken over by the new application: its password, name and contacts become the new ones.
An account holding any other role (active, pending, disabled, transferred) is never taken
over this way: its holder proves the password or resets it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise import timezone

from domain import audit, sessions, throttle
from domain.audit import Actor
from domain.errors import DomainError
from domain.identity import validate_email, validate_mobile, validate_resident_id
from domain.login import password_holds
from domain.passwords import check_policy, hash_password
from models import Account, Admin, PasswordResetCode, Professional
from models.enums import AccountStatus, OrgStatus, ProfessionalStatus


@dataclass(frozen=True)
class Credentials:
    """The account part of a registration."""

    id_number: str
    name: str
    password: str
    phone: str
    email: str
    # "如果已是本系统用户": the account exists and `password` is its current password
    existing_account: bool = False


# registrations that ended without approval: they hold nothing a new registration must respect
UNAPPROVED_PROFESSIONAL = (ProfessionalStatus.REJECTED, ProfessionalStatus.WITHDRAWN)
UNAPPROVED_ORGANISATION = (OrgStatus.REJECTED, OrgStatus.WITHDRAWN)


def required(value: str, field: str, label: str) -> str:
    if not value or not value.strip():
        raise DomainError("REQUIRED", f"请填写{label}", field)
    return value.strip()


@dataclass(frozen=True)
class Applicant:
    """The applicant's account as proven before the registration's transaction: the
    throttle's counts must outlive a refusal, which rolls the transaction back."""

    credentials: Credentials
    id_number: str
    name: str
    phone: str
    email: str
    existing: Account | None
    # an account left by unapproved registrations only, which this registration takes over
    replaces: Account | None = None


async def only_unapproved_roles(account: Account) -> bool:
    """Whether every role of the account is a registration that ended unapproved (and it
    has one): nothing of value hangs on it, so a new registration may take it over."""
    if account.status != AccountStatus.ACTIVE:
        return False
    people: list[Any] = await Professional.filter(account_id=account.id).values_list(
        "status", flat=True
    )
    units: list[Any] = await Admin.filter(account_id=account.id).values_list(
        "organisation__status", flat=True
    )
    return bool(people or units) and (
        all(s in UNAPPROVED_PROFESSIONAL for s in people)
        and all(s in UNAPPROVED_ORGANISATION for s in units)
    )


async def prove_applicant(credentials: Credentials, client_address: str | None) -> Applicant:
    """Check the account part of an application: an existing account needs its password
    (through the login throttle); every answer telling whether an account exists counts
    against the asking address. Call it outside any transaction."""
    id_number = validate_resident_id(credentials.id_number)
    name = required(credentials.name, "name", "姓名")
    phone = validate_mobile(credentials.phone)
    email = validate_email(credentials.email)
    account = await Account.get_or_none(id_number=id_number)
    if (
        account is not None
        and not credentials.existing_account
        and await only_unapproved_roles(account)
    ):
        check_policy(credentials.password, id_number=id_number)
        return Applicant(credentials, id_number, name, phone, email, None, replaces=account)
    if account is not None and not credentials.existing_account:
        await throttle.count_existence_answer(client_address, field="idNumber")
        raise DomainError(
            "ACCOUNT_EXISTS",
            "该身份证号已注册。如果已是本系统用户，请勾选“已是本系统用户”并输入原密码",
            "idNumber",
        )
    if account is None and credentials.existing_account:
        await throttle.count_existence_answer(client_address, field="idNumber")
        raise DomainError(
            "ACCOUNT_NOT_FOUND", "未找到该身份证号的账号，请取消勾选后注册", "idNumber"
        )
    if account is not None:
        if not await password_holds(
            account, credentials.password, client_address, field="password"
        ):
            raise DomainError("WRONG_PASSWORD", "原密码不正确", "password")
        if account.name != name:
            raise DomainError("NAME_MISMATCH", "姓名与已注册账号不一致", "name")
    else:
        check_policy(credentials.password, id_number=id_number)
    return Applicant(credentials, id_number, name, phone, email, account)


async def account_for_application(applicant: Applicant) -> tuple[Account, bool]:
    """Inside the transaction: the proven existing account, the unapproved one this
    registration takes over, or a new one."""
    if applicant.existing is not None:
        return applicant.existing, False
    if applicant.replaces is not None:
        return await _take_over(applicant, applicant.replaces), False
    account = await Account.create(
        id_number=applicant.id_number,
        name=applicant.name,
        phone=applicant.phone,
        email=applicant.email,
        password_hash=await hash_password(applicant.credentials.password),
    )
    return account, True


async def _take_over(applicant: Applicant, account: Account) -> Account:
    """The new registration's password and details replace the unapproved account's. Checked
    again under a row lock: a role granted since the first look keeps the account its own."""
    locked = await Account.filter(id=account.id).select_for_update().first()
    if locked is None or not await only_unapproved_roles(locked):
        raise DomainError(
            "ACCOUNT_EXISTS",
            "该身份证号已注册。如果已是本系统用户，请勾选“已是本系统用户”并输入原密码",
            "idNumber",
        )
    await Account.filter(id=account.id).update(
        name=applicant.name,
        phone=applicant.phone,
        email=applicant.email,
        password_hash=await hash_password(applicant.credentials.password),
        must_change_password=False,
    )
    # a reset code sent to the old contacts must not reset the new password
    await PasswordResetCode.filter(account_id=account.id, used_at=None).update(
        used_at=timezone.now()
    )
    await sessions.revoke_account_sessions(account.id)
    await audit.record(
        Actor(account.id),
        "account.register_again",
        "account",
        account.id,
        before={"name": account.name},
        after={"name": applicant.name},
    )
    return await Account.get(id=account.id)
