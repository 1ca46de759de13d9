"""Login through a portal, with the distinct outcomes the seeds require (seed 004 FAQ 2)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from domain import audit, throttle
from domain.audit import SYSTEM, Actor
from domain.errors import DomainError
from domain.identity import normalise_resident_id
from domain.passwords import hash_password, needs_rehash, verify_password
from domain.principal import ADMIN_KIND_OF_ORG
from domain.sessions import IssuedSession, issue_session
from models import Account, Admin, Organisation, Professional, ReviewStep
from models.enums import (
    AccountStatus,
    OrgStatus,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
    RoleKind,
)

ORG_KIND_OF_PORTAL = {kind: org for org, kind in ADMIN_KIND_OF_ORG.items()}

# The stored "hash" of an account created by a batch import: its initial password is the
# last six characters of its ID number, to be changed at first login. Hashing 100,000
# passwords with argon2 (~40 ms each) would take over an hour, and a hash of six known
# characters would protect nothing more than this marker does. The first successful login
# stores a real argon2 hash, which leaves the account as an admin's reset does.
INITIAL_PASSWORD = "initial$"


async def _password_matches(account: Account, password: str) -> bool:
    if account.password_hash == INITIAL_PASSWORD:
        return hmac.compare_digest(password.encode(), account.id_number[-6:].encode())
    return await verify_password(account.password_hash, password)


async def password_holds(
    account: Account, password: str, client_address: str | None, *, field: str | None = None
) -> bool:
    """The one check of a password against an account, whatever its stored form, and
    always through the login throttle (TooManyAttempts while this address is held back)."""
    return await throttle.check_secret(
        account.id, client_address, lambda: _password_matches(account, password), field=field
    )


class LoginRefused(DomainError):
    pass


def _refuse(code: str, message: str) -> LoginRefused:
    return LoginRefused(code, message, None)


@dataclass(frozen=True)
class Unapproved:
    """Why a registration ended without approval, told only to whoever proved the password."""

    code: str
    message: str


@dataclass(frozen=True)
class Candidate:
    """A role of the account that the chosen portal can act as."""

    organisation_id: int
    organisation_name: str
    active: bool
    pending_reviewer: str | None
    admin_id: int | None = None
    professional_id: int | None = None
    unapproved: Unapproved | None = None


@dataclass(frozen=True)
class LoginSuccess:
    session: IssuedSession
    account_id: int
    must_change_password: bool


async def login(
    id_number: str,
    password: str,
    portal: RoleKind,
    *,
    organisation_id: int | None = None,
    client_address: str | None = None,
) -> LoginSuccess:
    account = await Account.get_or_none(id_number=normalise_resident_id(id_number))
    if account is None:
        # the seed's distinct answer, counted against the asking address
        await throttle.count_existence_answer(client_address)
        raise _refuse(
            "ACCOUNT_NOT_FOUND", "您的账号不存在，请核对是否输入有误！若未注册，可点此立即注册。"
        )
    candidates = await registered_roles(account.id, portal)
    if not await password_holds(account, password, client_address):
        await audit.record(
            SYSTEM, "account.login_failed", "account", account.id, after={"portal": portal}
        )
        raise _refuse("WRONG_PASSWORD", "密码错误请重新输入，若忘记登录密码，可点此找回密码。")
    chosen = choose_role(account, candidates, organisation_id)
    if needs_rehash(account.password_hash):
        await Account.filter(id=account.id).update(password_hash=await hash_password(password))
    session = await issue_session(
        account.id,
        portal,
        admin_id=chosen.admin_id,
        professional_id=chosen.professional_id,
        client_address=client_address,
    )
    await audit.record(
        Actor(account.id, chosen.organisation_id),
        "account.login",
        "account",
        account.id,
        after={"portal": portal},
    )
    return LoginSuccess(session, account.id, account.must_change_password)


def _first_pending(candidates: list[Candidate]) -> Candidate | None:
    return next((c for c in candidates if c.pending_reviewer is not None), None)


def _refuse_pending(pending: Candidate) -> LoginRefused:
    return _refuse("PENDING_REVIEW", f"您的账号正在审核中，审核单位：{pending.pending_reviewer}")


async def registered_roles(account_id: int, portal: RoleKind) -> list[Candidate]:
    """The account's roles behind the portal; refused when it holds none, or when the only
    ones are still under review. Checked before the password, as seed 004 orders it."""
    candidates = await _candidates(account_id, portal)
    if not candidates:
        raise _refuse("ROLE_NOT_REGISTERED", "您选择的登录角色未注册，请选择正确的登录角色")
    if not any(c.active for c in candidates) and (pending := _first_pending(candidates)):
        raise _refuse_pending(pending)
    return candidates


def choose_role(
    account: Account, candidates: list[Candidate], organisation_id: int | None
) -> Candidate:
    """The active role to act as: the one of the chosen unit, else the first. Login checks
    this once the password is proven; the role switcher, whose session proves the person."""
    active = [c for c in candidates if c.active]
    if account.status != AccountStatus.ACTIVE or not active:
        raise _refuse_inactive(account, candidates)
    chosen = next((c for c in active if c.organisation_id == organisation_id), active[0])
    if organisation_id is not None and chosen.organisation_id != organisation_id:
        there = [c for c in candidates if c.organisation_id == organisation_id]
        if not there:
            raise _refuse("ROLE_NOT_REGISTERED", "您在所选单位没有该登录角色")
        if pending := _first_pending(there):
            raise _refuse_pending(pending)
        raise _refuse_inactive(account, there)
    return chosen


def _refuse_inactive(account: Account, candidates: list[Candidate]) -> LoginRefused:
    """No usable role: a registration that ended unapproved says so (seed 004 Q10: rejected
    or withdrawn, the person registers again); anything else was disabled by an admin."""
    unapproved = next((c.unapproved for c in candidates if c.unapproved is not None), None)
    if account.status == AccountStatus.ACTIVE and unapproved is not None:
        return _refuse(unapproved.code, unapproved.message)
    return _refuse("DISABLED", "您的账号已被停用，请联系所在单位管理员")


async def _unapproved(
    kind: ReviewKind, subject_type: str, subject_id: int, rejected: bool
) -> Unapproved:
    if not rejected:
        return Unapproved("REGISTRATION_WITHDRAWN", "您的注册申请已撤回，请重新注册")
    step = (
        await ReviewStep.filter(
            kind=kind,
            subject_type=subject_type,
            subject_id=subject_id,
            status=ReviewStatus.REJECTED,
        )
        .order_by("-id")
        .prefetch_related("reviewer")
        .first()
    )
    reviewer = step.reviewer.name if step is not None else "审核单位"
    reason = (step.reason if step is not None else None) or "未说明"
    return Unapproved(
        "REGISTRATION_REJECTED",
        f"您的注册未通过审核。审核单位：{reviewer}；驳回原因：{reason}。请核对信息后重新注册",
    )


async def _candidates(account_id: int, portal: RoleKind) -> list[Candidate]:
    if portal == RoleKind.PROFESSIONAL:
        professional = await Professional.get_or_none(account_id=account_id).prefetch_related(
            "organisation"
        )
        if professional is None:
            return []
        pending = professional.status == ProfessionalStatus.PENDING
        unapproved = None
        if professional.status in (ProfessionalStatus.REJECTED, ProfessionalStatus.WITHDRAWN):
            unapproved = await _unapproved(
                ReviewKind.PROFESSIONAL_REGISTRATION,
                "professional",
                professional.id,
                professional.status == ProfessionalStatus.REJECTED,
            )
        return [
            Candidate(
                organisation_id=professional.organisation.id,
                organisation_name=professional.organisation.name,
                active=professional.status == ProfessionalStatus.ACTIVE,
                pending_reviewer=professional.organisation.name if pending else None,
                professional_id=professional.id,
                unapproved=unapproved,
            )
        ]
    admins = (
        await Admin.filter(account_id=account_id, organisation__kind=ORG_KIND_OF_PORTAL[portal])
        .prefetch_related("organisation")
        .order_by("id")
    )
    candidates = []
    for admin in admins:
        organisation: Organisation = admin.organisation
        reviewer = None
        if organisation.status == OrgStatus.PENDING:
            parent = await Organisation.get_or_none(id=organisation.parent_id)  # type: ignore[attr-defined]
            reviewer = parent.name if parent else "平台运营方"
        unapproved = None
        if organisation.status in (OrgStatus.REJECTED, OrgStatus.WITHDRAWN):
            unapproved = await _unapproved(
                ReviewKind.ORGANISATION_REGISTRATION,
                "organisation",
                organisation.id,
                organisation.status == OrgStatus.REJECTED,
            )
        candidates.append(
            Candidate(
                organisation_id=organisation.id,
                organisation_name=organisation.name,
                active=organisation.status == OrgStatus.ACTIVE
                and admin.status == AccountStatus.ACTIVE,
                pending_reviewer=reviewer,
                admin_id=admin.id,
                unapproved=unapproved,
            )
        )
    return candidates
