"""An organisation's own changes (单位资料管理), through the review engine.

- Info: phone, address, industry, nature and level change at once; the credit code, the
  name and the registered region are a request its parent approves (机构信息修改审核, the
  diff is the request), refused while the organisation or its members have anything pending.
- Parent (更换上级部门): the old parent approves, then the new one; either refusal ends it.
  On approval the organisation moves with its whole subtree: the closure rows and depths of
  the subtree are rebuilt in that transaction, so scope, statistics (which aggregate through
  the closure; the completion rollup is keyed by the unit itself) and review routing follow.
- 关闭审核权限: a parent closes or reopens a unit's claim-review right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise import timezone
from tortoise.expressions import Q, Subquery

from domain import (
    audit,
    completion,
    credit_codes,
    events,
    pending,
    review_rights,
    reviews,
    rules,
)
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import validate_credit_code, validate_phone
from domain.organisations import move_subtree
from domain.pagination import Page, PageRequest, fetch_page
from domain.patch import KEEP, Check, Keep, changed, checked
from domain.principal import Principal
from domain.registration import ALLOWED_PARENTS, PARENT_KINDS
from domain.scope import organisations_in
from models import (
    Account,
    Organisation,
    OrganisationChange,
    OrganisationClosure,
    Region,
    ReviewStep,
)
from models.enums import (
    OrgChangeKind,
    OrgKind,
    OrgLevel,
    OrgNature,
    OrgStatus,
    ReviewKind,
    ReviewStatus,
)

SUBJECT = "organisation_change"

# changed at once by the organisation itself (labels: domain.field_catalogue)
DIRECT_FIELDS = frozenset({"nature", "level", "industry", "phone", "address"})
# registered info: the parent approves (机构信息修改审核)
REVIEWED_FIELDS = frozenset({"credit_code", "name", "region_id"})


@dataclass(frozen=True)
class InfoEdit:
    """Fields left KEEP stay as they are. Every field was required at registration, so
    None (emptying one) is refused as missing."""

    name: str | Keep | None = KEEP
    credit_code: str | Keep | None = KEEP
    region_code: str | Keep | None = KEEP
    nature: OrgNature | Keep | None = KEEP
    level: OrgLevel | Keep | None = KEEP
    industry: str | Keep | None = KEEP
    phone: str | Keep | None = KEEP
    address: str | Keep | None = KEEP


def _own(principal: Principal) -> int:
    return rules.MANAGE_ORGANISATION.organisation_of(principal)


def _text(value: str | None, field: str, label: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError("REQUIRED", f"请填写{label}", field)
    if len(text) > limit:
        raise DomainError("TOO_LONG", f"{label}不能超过{limit}字", field)
    return text


def _chosen(value: Any, field: str, label: str) -> Any:
    if value is None:
        raise DomainError("REQUIRED", f"请选择{label}", field)
    return value


INFO_CHECKS: dict[str, Check] = {
    "name": lambda v: _text(v, "name", "单位名称", 128),
    "nature": lambda v: _chosen(v, "nature", "单位性质"),
    "level": lambda v: _chosen(v, "level", "单位级别"),
    "industry": lambda v: _text(v, "industry", "所属行业", 64),
    "phone": lambda v: validate_phone(_text(v, "phone", "单位电话", 32)),
    "address": lambda v: _text(v, "address", "单位地址", 255),
}


async def _wanted(organisation: Organisation, edit: InfoEdit) -> dict[str, Any]:
    """The given fields, checked and normalised, that differ from what is stored."""
    given = checked(INFO_CHECKS, edit)
    if edit.credit_code is not KEEP:
        code = _text(edit.credit_code, "creditCode", "统一社会信用代码", 18).upper()
        if code != organisation.credit_code:
            # a temporary code (临时代码) is replaced by a real one, never by another
            credit_codes.refuse_temporary(code)
            given["credit_code"] = validate_credit_code(code)
    if edit.region_code is not KEEP:
        region = _text(edit.region_code, "regionCode", "注册所在地", 6)
        if not await Region.exists(code=region):
            raise NotFound("地区", "regionCode")
        given["region_id"] = region
    return changed(organisation, given)


async def _refuse_taken(organisation_id: int, changes: dict[str, Any]) -> None:
    others = Organisation.exclude(id=organisation_id)
    if (
        "credit_code" in changes
        and await others.filter(credit_code=changes["credit_code"]).exists()
    ):
        raise DomainError("CREDIT_CODE_TAKEN", "该统一社会信用代码已注册", "creditCode")
    if "name" in changes and await others.filter(name=changes["name"]).exists():
        raise DomainError("NAME_TAKEN", "该单位名称已注册", "name")


async def edit_organisation(
    principal: Principal, edit: InfoEdit
) -> tuple[dict[str, Any], OrganisationChange | None]:
    """Apply the direct fields; put the registered ones before the parent. Returns what
    changed at once and the request opened, if any."""
    organisation = await Organisation.get(id=_own(principal))
    changes = await _wanted(organisation, edit)
    if not changes:
        raise DomainError("NOTHING_CHANGED", "没有需要保存的修改")
    direct = {k: v for k, v in changes.items() if k in DIRECT_FIELDS}
    reviewed = {k: v for k, v in changes.items() if k in REVIEWED_FIELDS}
    if reviewed and organisation.parent_id is None:
        raise DomainError("NO_PARENT", "顶层机构的注册信息由平台运营方修改")
    await _refuse_taken(organisation.id, reviewed)
    change = None
    async with events.atomic() as connection:
        if direct:
            await Organisation.filter(id=organisation.id).update(**direct)
            await audit.record(
                Actor.of(principal),
                "organisation.update",
                "organisation",
                organisation.id,
                before={k: getattr(organisation, k) for k in direct},
                after=direct,
            )
        if reviewed:
            await _lock(connection, organisation.id)
            await pending.refuse_if_organisation_pending(organisation.id)
            before = {k: getattr(organisation, k) for k in reviewed}
            change = await OrganisationChange.create(
                organisation_id=organisation.id,
                kind=OrgChangeKind.INFO,
                before=audit_values(before),
                after=audit_values(reviewed),
                applicant_account_id=principal.account_id,
            )
            await reviews.open_step(
                ReviewKind.ORGANISATION_CHANGE,
                SUBJECT,
                change.id,
                organisation.parent_id,  # type: ignore[arg-type]
                organisation.name,
                await _summary(principal, organisation, change),
            )
            await audit.record(
                Actor.of(principal),
                "organisation_change.submit",
                SUBJECT,
                change.id,
                before=before,
                after=reviewed,
            )
    return direct, change


def audit_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}


async def change_parent(principal: Principal, parent_id: int) -> OrganisationChange:
    """更换上级部门: opens the old parent's step; the new parent's follows its approval."""
    organisation = await Organisation.get(id=_own(principal))
    if organisation.parent_id is None:
        raise DomainError("NO_PARENT", "顶层机构不能更换上级部门")
    parent = await Organisation.get_or_none(id=parent_id, status=OrgStatus.ACTIVE)
    if parent is None:
        raise NotFound("上级部门", "parentId")
    await _check_parent(organisation, parent)
    async with events.atomic() as connection:
        await _lock(connection, organisation.id)
        await pending.refuse_if_organisation_pending(organisation.id)
        change = await OrganisationChange.create(
            organisation_id=organisation.id,
            kind=OrgChangeKind.PARENT,
            before={"parent_id": organisation.parent_id},
            after={"parent_id": parent.id},
            old_parent_id=organisation.parent_id,
            new_parent_id=parent.id,
            applicant_account_id=principal.account_id,
        )
        await reviews.open_step(
            ReviewKind.PARENT_CHANGE_OUT,
            SUBJECT,
            change.id,
            organisation.parent_id,
            organisation.name,
            await _summary(principal, organisation, change),
        )
        await audit.record(
            Actor.of(principal),
            "organisation_change.submit",
            SUBJECT,
            change.id,
            before=change.before,
            after=change.after,
        )
    return change


async def _summary(
    principal: Principal, organisation: Organisation, change: OrganisationChange
) -> dict[str, Any]:
    """The queue's OrganisationChangeSummary — seed 003's review list: 法人单位, 信用代码,
    信息修改类型, 管理员, 联系电话 — and the request's own stored values as its 变更明细."""
    name = await Account.filter(id=principal.account_id).values_list("name", flat=True)
    return {
        "creditCode": organisation.credit_code,
        "changeKind": change.kind.value,
        "admin": name[0] if name else None,
        "phone": organisation.phone,
        "before": change.before,
        "after": change.after,
    }


async def _lock(connection: Any, organisation_id: int) -> None:
    """Two requests of one organisation at once: the later sees the earlier's (PostgreSQL;
    SQLite serialises writing transactions anyway)."""
    if connection.capabilities.dialect == "postgres":
        await Organisation.filter(id=organisation_id).select_for_update().only("id")


async def _check_parent(organisation: Organisation, parent: Organisation) -> None:
    if parent.id == organisation.parent_id:
        raise DomainError("SAME_PARENT", "新上级部门与原上级部门相同", "parentId")
    if parent.kind not in ALLOWED_PARENTS.get(organisation.kind, ()):
        raise DomainError("PARENT_KIND_NOT_ALLOWED", "所选上级部门的类型不符合要求", "parentId")
    if await OrganisationClosure.exists(ancestor_id=organisation.id, descendant_id=parent.id):
        raise DomainError("PARENT_CYCLE", "不能选择本机构或其下级机构作为上级部门", "parentId")


async def withdraw_change(principal: Principal, change_id: int) -> OrganisationChange:
    """撤销: the organisation takes back its request while it is pending."""
    change = await OrganisationChange.get_or_none(id=change_id, organisation_id=_own(principal))
    if change is None:
        raise NotFound("变更申请", "id")
    async with events.atomic():
        withdrawn = await reviews.withdraw_subject(SUBJECT, change.id)
        moved = await OrganisationChange.filter(id=change.id, status=ReviewStatus.PENDING).update(
            status=ReviewStatus.WITHDRAWN, decided_at=timezone.now()
        )
        if not (withdrawn and moved):
            raise DomainError("CANNOT_WITHDRAW", "该变更申请已审核完毕，不能撤销", "id")
        await audit.record(Actor.of(principal), "organisation_change.withdraw", SUBJECT, change.id)
    return await OrganisationChange.get(id=change.id)


# ── decisions (called by the review engine inside its transaction) ─────────────────────


async def _changes(steps: list[ReviewStep]) -> list[OrganisationChange]:
    return list(
        await OrganisationChange.filter(
            id__in=[s.subject_id for s in steps], status=ReviewStatus.PENDING
        ).order_by("id")
    )


async def _approve_info(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    for change in await _changes(steps):
        await _refuse_taken(change.organisation_id, change.after)
        approved = dict(change.after)
        if "credit_code" in approved:  # a real code replaces a temporary one
            approved["credit_code_temporary"] = False
        await Organisation.filter(id=change.organisation_id).update(**approved)
        if "region_id" in approved:  # its figures now count in another region
            await completion.follow_unit_move(change.organisation_id)
        await _finish(change, ReviewStatus.APPROVED, None)
        await audit.record(
            actor,
            "organisation.update",
            "organisation",
            change.organisation_id,
            before=change.before,
            after={**change.after, "change": change.id},
        )


async def _approve_out(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    """The old parent lets it go: now the new parent decides."""
    by_id = {s.subject_id: s for s in steps}
    for change in await _changes(steps):
        step = by_id[change.id]
        await reviews.open_step(
            ReviewKind.PARENT_CHANGE_IN,
            SUBJECT,
            change.id,
            change.new_parent_id,  # type: ignore[arg-type]
            step.applicant_name,
            step.summary,
        )


async def _approve_in(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    for change in await _changes(steps):
        organisation = await Organisation.get(id=change.organisation_id)
        parent = await Organisation.get(id=change.new_parent_id)
        if parent.status != OrgStatus.ACTIVE:
            raise DomainError("PARENT_NOT_ACTIVE", f"{parent.name}已停用，不能更换至该上级部门")
        await _check_parent(organisation, parent)
        moved = await move_subtree(organisation.id, parent.id)
        await review_rights.reroute_claims(moved)
        await _finish(change, ReviewStatus.APPROVED, None)
        await audit.record(
            actor,
            "organisation.move",
            "organisation",
            organisation.id,
            before={"parent_id": change.old_parent_id},
            after={"parent_id": parent.id, "subtree": len(moved), "change": change.id},
        )


async def _reject(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    for change in await _changes(steps):
        await _finish(change, ReviewStatus.REJECTED, reason)


async def _finish(change: OrganisationChange, status: ReviewStatus, reason: str | None) -> None:
    await OrganisationChange.filter(id=change.id).update(
        status=status, reason=reason, decided_at=timezone.now()
    )


# every change goes to a parent: one a registrant may choose, or an HRSS bureau above
# another (the platform provisions those)
PARENTS = PARENT_KINDS | {OrgKind.HRSS}

reviews.register_handler(
    ReviewKind.ORGANISATION_CHANGE,
    reviews.Handler(rules.REVIEW_CHANGES, _approve_info, _reject, receivers=PARENTS),
)
reviews.register_handler(
    ReviewKind.PARENT_CHANGE_OUT,
    reviews.Handler(rules.REVIEW_CHANGES, _approve_out, _reject, receivers=PARENTS),
)
reviews.register_handler(
    ReviewKind.PARENT_CHANGE_IN,
    reviews.Handler(rules.REVIEW_CHANGES, _approve_in, _reject, receivers=PARENT_KINDS),
)


# ── records (变更记录) ───────────────────────────────────────────────────────────────

CHANGE_COLUMNS = (
    "organisation_id",
    "kind",
    "before",
    "after",
    "status",
    "old_parent_id",
    "new_parent_id",
    "reason",
    "created_at",
    "decided_at",
)


@dataclass(frozen=True)
class ChangeFilter:
    kinds: tuple[OrgChangeKind, ...] = ()
    statuses: tuple[ReviewStatus, ...] = ()
    organisation_id: int | None = None


async def list_changes(
    principal: Principal, criteria: ChangeFilter, request: PageRequest
) -> Page[dict]:
    """Changes of the organisations in scope, and those asking to join the admin's own."""
    rules.VIEW_ORGANISATION_CHANGES.check(principal)
    reachable = organisations_in(principal.scope, Organisation.all()).values("id")
    queryset = OrganisationChange.filter(
        Q(organisation_id__in=Subquery(reachable)) | Q(new_parent_id=principal.organisation_id)
    )
    if criteria.kinds:
        queryset = queryset.filter(kind__in=list(criteria.kinds))
    if criteria.statuses:
        queryset = queryset.filter(status__in=list(criteria.statuses))
    if criteria.organisation_id is not None:
        queryset = queryset.filter(organisation_id=criteria.organisation_id)
    return await fetch_page(queryset, request, *CHANGE_COLUMNS)


async def change_row(change_id: int) -> dict[str, Any]:
    return (await OrganisationChange.filter(id=change_id).values("id", *CHANGE_COLUMNS))[0]


async def current_reviewer(change_id: int) -> str | None:
    step = (
        await ReviewStep.filter(
            subject_type=SUBJECT, subject_id=change_id, status=ReviewStatus.PENDING
        )
        .prefetch_related("reviewer")
        .first()
    )
    return step.reviewer.name if step else None
