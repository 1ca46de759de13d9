"""人员调转: a professional moves from one employer to another.

Started by the professional or by an admin (module TRANSFERS) reaching the member, only while
nothing of theirs is pending (seed 004 Q11). The old employer decides the move out
(TRANSFER_OUT); only then is the move in (TRANSFER_IN) put before the new employer. Either
may refuse with a reason, which ends it; the applicant may withdraw while it is pending.
On the new employer's approval, in that transaction, the person joins the new unit with no
department (未分配) and the new unit's region; their claims and certificates stay theirs, and
each year already on record stays credited to the old unit (domain.completion.fix_credit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise import timezone
from tortoise.expressions import Q

from domain import audit, completion, events, files, pending, reviews, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import validate_phone
from domain.pagination import Page, PageRequest, fetch_page
from domain.principal import Principal
from domain.scope import is_own, organisations_in, own_records
from models import Organisation, Professional, ReviewStep, StoredFile, Transfer, TransferAttachment
from models.enums import (
    OrgKind,
    OrgStatus,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
)
from models.enums import TransferStatus as Status

SUBJECT = "transfer"
MAX_REASON = 500


@dataclass(frozen=True)
class TransferApplication:
    to_organisation_id: int
    phone: str
    reason: str
    attachments: tuple[int, ...] = ()
    # the member an admin transfers; None when professionals apply for themselves
    professional_id: int | None = None


async def _applicant_target(principal: Principal, member_id: int | None) -> Professional:
    """The professional to move: oneself, or a member within the admin's reach."""
    if rules.OWN_RECORDS.permits(principal):
        found = await own_records(principal.scope, Professional.all(), field="id").first()
    else:
        rules.APPLY_TRANSFER.check(principal)
        if member_id is None:
            raise DomainError("REQUIRED", "请选择调出人员", "professionalId")
        queryset = organisations_in(
            principal.scope,
            Professional.filter(id=member_id, status=ProfessionalStatus.ACTIVE),
            field="organisation_id",
        )
        found = await queryset.first()
    if found is None:
        raise NotFound("专业技术人员", "professionalId")
    await found.fetch_related("account")
    return found


async def _target(professional: Professional, organisation_id: int) -> Organisation:
    target = await Organisation.get_or_none(id=organisation_id)
    if target is None:
        raise NotFound("调入单位", "toOrganisationId")
    if target.kind != OrgKind.EMPLOYER or target.status != OrgStatus.ACTIVE:
        raise DomainError(
            "TARGET_NOT_ACTIVE_EMPLOYER", "调入单位须为已审核通过的用人单位", "toOrganisationId"
        )
    if target.id == professional.organisation_id:  # type: ignore[attr-defined]
        raise DomainError("SAME_UNIT", "调入单位不能是当前所在单位", "toOrganisationId")
    return target


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise DomainError("REQUIRED", "请填写调转原因", "reason")
    if len(reason) > MAX_REASON:
        raise DomainError("REASON_TOO_LONG", f"调转原因不能超过{MAX_REASON}字", "reason")
    return reason


async def start_transfer(principal: Principal, application: TransferApplication) -> Transfer:
    """提交转出申请: opens the old employer's TRANSFER_OUT step."""
    professional = await _applicant_target(principal, application.professional_id)
    target = await _target(professional, application.to_organisation_id)
    phone = validate_phone(application.phone)
    reason = _reason(application.reason)
    evidence = await files.own_uploads(principal, list(application.attachments))
    old_unit = await Organisation.get(id=professional.organisation_id)  # type: ignore[attr-defined]
    async with events.atomic() as connection:
        if connection.capabilities.dialect == "postgres":
            # two applications for one person at once: the later sees the earlier here
            await Professional.filter(id=professional.id).select_for_update().only("id")
        await pending.refuse_if_pending(professional.id)
        transfer = await Transfer.create(
            professional_id=professional.id,
            from_organisation_id=old_unit.id,
            to_organisation_id=target.id,
            from_department_id=professional.department_id,  # type: ignore[attr-defined]
            phone=phone,
            reason=reason,
            applicant_account_id=principal.account_id,
            applicant_organisation_id=principal.organisation_id if principal.is_admin else None,
        )
        await TransferAttachment.bulk_create(
            [TransferAttachment(transfer_id=transfer.id, file_id=f.id) for f in evidence]
        )
        await reviews.open_step(
            ReviewKind.TRANSFER_OUT,
            SUBJECT,
            transfer.id,
            old_unit.id,
            professional.account.name,
            _summary(professional, old_unit, target, phone, reason),
        )
        await audit.record(
            Actor.of(principal),
            "transfer.start",
            SUBJECT,
            transfer.id,
            after={
                "professional": professional.id,
                "from": old_unit.id,
                "to": target.id,
                "reason": reason,
                "attachments": [f.id for f in evidence],
            },
        )
    return await Transfer.get(id=transfer.id)


def _summary(
    professional: Professional,
    old_unit: Organisation,
    target: Organisation,
    phone: str,
    reason: str,
) -> dict[str, Any]:
    """The queue's TransferSummary: full values, masked by the API for those not entitled."""
    return {
        "idNumber": professional.account.id_number,
        "phone": phone,
        "fromUnit": old_unit.name,
        "toUnit": target.name,
        "titleSeries": professional.title_series,
        "titleSpecialty": professional.title_specialty,
        "titleQualification": professional.title_qualification,
        "reason": reason,
    }


async def access_applied_transfer(principal: Principal, transfer_id: int) -> Transfer:
    """A transfer the principal applied for, in the role it applied in; NotFound otherwise."""
    transfer = await Transfer.get_or_none(
        id=transfer_id,
        applicant_account_id=principal.account_id,
        applicant_organisation_id=principal.organisation_id if principal.is_admin else None,
    )
    if transfer is None or (
        not principal.is_admin and not is_own(principal.scope, transfer.professional_id)
    ):
        raise NotFound("调转申请", "id")
    return transfer


async def withdraw_transfer(principal: Principal, transfer_id: int) -> Transfer:
    """撤回: by the applicant while either side has still to decide."""
    rules.APPLY_TRANSFER.check(principal)
    transfer = await access_applied_transfer(principal, transfer_id)
    async with events.atomic():
        withdrawn = await reviews.withdraw_subject(SUBJECT, transfer.id)
        moved = await Transfer.filter(
            id=transfer.id, status__in=list(pending.TRANSFER_PENDING)
        ).update(status=Status.WITHDRAWN, finished_at=timezone.now())
        if not (withdrawn and moved):
            raise DomainError("CANNOT_WITHDRAW", "该调转申请已审核完毕，不能撤回", "id")
        await audit.record(
            Actor.of(principal),
            "transfer.withdraw",
            SUBJECT,
            transfer.id,
            before={"status": transfer.status},
        )
    return await Transfer.get(id=transfer.id)


# ── decisions (called by the review engine inside its transaction) ─────────────────────


async def _transfers_of(steps: list[ReviewStep], status: Status) -> list[Transfer]:
    return list(
        await Transfer.filter(id__in=[s.subject_id for s in steps], status=status).order_by("id")
    )


async def _approve_out(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    """The old employer lets the person go: now the new employer decides."""
    now = timezone.now()
    by_id = {s.subject_id: s for s in steps}
    for transfer in await _transfers_of(steps, Status.OUT_PENDING):
        await Transfer.filter(id=transfer.id).update(status=Status.IN_PENDING, out_decided_at=now)
        step = by_id[transfer.id]
        await reviews.open_step(
            ReviewKind.TRANSFER_IN,
            SUBJECT,
            transfer.id,
            transfer.to_organisation_id,
            step.applicant_name,
            step.summary,
        )


async def _approve_in(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    """确认调转: the person joins the new unit, and the years on record stay where earned."""
    now = timezone.now()
    for transfer in await _transfers_of(steps, Status.IN_PENDING):
        target = await Organisation.get(id=transfer.to_organisation_id)
        before = await Professional.get(id=transfer.professional_id).values(
            "organisation_id", "department_id", "region_id"
        )
        await completion.fix_credit(transfer.professional_id)
        await Professional.filter(id=transfer.professional_id).update(
            organisation_id=target.id, department_id=None, region_id=target.region_id
        )
        await completion.follow_move([transfer.professional_id])
        await Transfer.filter(id=transfer.id).update(status=Status.COMPLETED, finished_at=now)
        await audit.record(
            actor,
            "transfer.complete",
            "professional",
            transfer.professional_id,
            before=before,
            after={
                "organisation_id": target.id,
                "department_id": None,
                "region_id": target.region_id,
                "transfer": transfer.id,
            },
        )


def _rejecting(status: Status, outcome: Status) -> Any:
    async def reject(
        steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
    ) -> None:
        await Transfer.filter(id__in=[s.subject_id for s in steps], status=status).update(
            status=outcome, rejection_reason=reason, finished_at=timezone.now()
        )

    return reject


# both sides are employers: people belong to employers, and only an employer takes them in
EMPLOYERS = frozenset({OrgKind.EMPLOYER})

reviews.register_handler(
    ReviewKind.TRANSFER_OUT,
    reviews.Handler(
        rules.REVIEW_TRANSFERS,
        _approve_out,
        _rejecting(Status.OUT_PENDING, Status.OUT_REJECTED),
        receivers=EMPLOYERS,
    ),
)
reviews.register_handler(
    ReviewKind.TRANSFER_IN,
    reviews.Handler(
        rules.REVIEW_TRANSFERS,
        _approve_in,
        _rejecting(Status.IN_PENDING, Status.IN_REJECTED),
        receivers=EMPLOYERS,
    ),
)


# ── records (调转记录) ────────────────────────────────────────────────────────────────

TRANSFER_COLUMNS: dict[str, str] = {
    "status": "status",
    "phone": "phone",
    "reason": "reason",
    "rejection_reason": "rejection_reason",
    "created_at": "created_at",
    "out_decided_at": "out_decided_at",
    "finished_at": "finished_at",
    "professional_id": "professional_id",
    "from_organisation_id": "from_organisation_id",
    "to_organisation_id": "to_organisation_id",
    "applicant_organisation_id": "applicant_organisation_id",
    "name": "professional__account__name",
    "id_number": "professional__account__id_number",
    "title_series": "professional__title_series",
    "title_specialty": "professional__title_specialty",
    "title_qualification": "professional__title_qualification",
}


@dataclass(frozen=True)
class TransferFilter:
    incoming: bool  # True: 调入记录 (into the admin's units); False: 调出记录
    statuses: tuple[Status, ...] = ()
    name_contains: str | None = None


async def list_transfers(
    principal: Principal, criteria: TransferFilter, request: PageRequest
) -> Page[dict]:
    """Transfers into (or out of) the units within the admin's scope."""
    rules.LIST_TRANSFERS.check(principal)
    field = "to_organisation_id" if criteria.incoming else "from_organisation_id"
    queryset = organisations_in(principal.scope, Transfer.all(), field=field)
    if criteria.statuses:
        queryset = queryset.filter(status__in=list(criteria.statuses))
    if criteria.name_contains:
        queryset = queryset.filter(
            Q(professional__account__name__contains=criteria.name_contains.strip())
        )
    return await fetch_page(queryset, request, **TRANSFER_COLUMNS)


async def my_transfers(principal: Principal) -> list[dict[str, Any]]:
    """The professional's own transfers, newest first (单位调转 → 详情)."""
    return list(
        await own_records(principal.scope, Transfer.all())
        .order_by("-id")
        .values("id", **TRANSFER_COLUMNS)
    )


async def current_reviewer(transfer_id: int) -> str | None:
    """当前处理人: the unit whose decision the transfer waits for."""
    step = (
        await ReviewStep.filter(
            subject_type=SUBJECT, subject_id=transfer_id, status=ReviewStatus.PENDING
        )
        .prefetch_related("reviewer")
        .first()
    )
    return step.reviewer.name if step else None


async def attachments_of(transfer_id: int) -> list[StoredFile]:
    return list(await StoredFile.filter(transfers__transfer_id=transfer_id).order_by("id"))


@files.register_reader
async def may_read_attachment(principal: Principal, file_id: int) -> bool:
    """A transfer's evidence: its professional, and the admins of either unit's scope."""
    transfers = Transfer.filter(attachments__file_id=file_id)
    if not principal.is_admin:
        return await own_records(principal.scope, transfers).exists()
    if not rules.LIST_TRANSFERS.admits(principal):
        return False
    for field in ("from_organisation_id", "to_organisation_id"):
        if await organisations_in(principal.scope, transfers, field=field).exists():
            return True
    return False


async def transfer_row(transfer_id: int) -> dict[str, Any]:
    return (await Transfer.filter(id=transfer_id).values("id", **TRANSFER_COLUMNS))[0]
