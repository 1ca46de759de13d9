"""Training plans (培训计划) through the review engine.

- A unit's training-class plan (计划申报, seed 001 5.2.2): submitted by the employer,
  reviewed by the nearest organisation above it whose review right is open (PLAN_REVIEW);
  "待上级主管部门审核备案通过后开展培训". After the class the unit files its attendees' hours
  under the approved plan with evidence (学时申报): the same unit filing as domain.claim_filing,
  the claims referencing the plan, never more hours per person than the plan's.
- A CE base's annual training plan, plan applications and annual work summary (seed 002
  5.1.5): each reviewed by the base's parent, its competent department or HRSS bureau; one
  annual plan and one summary per base and year (a rejected one may be submitted again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise import timezone
from tortoise.functions import Sum

from domain import audit, events, files, reviews, rules
from domain.audit import Actor
from domain.claim_filing import file_for_members
from domain.claims import FIRST_YEAR, ClaimDraft
from domain.errors import DomainError, NotFound
from domain.forms import form_of
from domain.numbers import finite_decimal
from domain.principal import Principal
from domain.profile import optional, required
from domain.registration import ALLOWED_PARENTS
from domain.scope import Scope, organisations_in
from models import (
    BaseDocument,
    Claim,
    Organisation,
    OrganisationClosure,
    ReviewStep,
    StoredFile,
    TrainingPlan,
)
from models.enums import (
    LABELS,
    ClaimStatus,
    OrgKind,
    PlanKind,
    ReviewKind,
    ReviewStatus,
    Subject,
)

PLAN_SUBJECT = "training_plan"
DOCUMENT_SUBJECT = "base_document"
DOCUMENT_REVIEW = {
    PlanKind.ANNUAL_PLAN: ReviewKind.BASE_ANNUAL_PLAN,
    PlanKind.PLAN_APPLICATION: ReviewKind.BASE_PLAN_APPLICATION,
    PlanKind.ANNUAL_SUMMARY: ReviewKind.BASE_ANNUAL_SUMMARY,
}
ONE_PER_YEAR = (PlanKind.ANNUAL_PLAN, PlanKind.ANNUAL_SUMMARY)
MAX_ATTENDEES = 100_000


@dataclass(frozen=True)
class PlanDraft:
    class_name: str
    subject: Subject
    form: str
    start_date: dt.date
    end_date: dt.date
    hours: str
    place: str
    expected_attendees: int
    content: str | None = None


@dataclass(frozen=True)
class PlanFiling:
    """学时申报 under a plan: the attendees, their hours and the evidence."""

    plan_id: int
    professional_ids: tuple[int, ...]
    hours: str
    attachments: tuple[int, ...]
    details: dict[str, Any]


@dataclass(frozen=True)
class DocumentDraft:
    kind: PlanKind
    year: int
    title: str
    content: str | None
    attachment: int


def _hours(text: str, field: str) -> Decimal:
    return finite_decimal(text, "学时", field, places=Decimal("0.1"))


def clean_plan(draft: PlanDraft) -> dict[str, Any]:
    form = form_of(draft.form)
    if draft.subject.value not in form.subjects:
        raise DomainError("SUBJECT_NOT_ALLOWED", f"{form.label}不能申报该科目", "subject")
    hours = _hours(draft.hours, "hours")
    if not Decimal(0) < hours <= form.max_hours:
        raise DomainError(
            "HOURS_OUT_OF_RANGE", f"{form.label}学时应大于0且不超过{form.max_hours}", "hours"
        )
    if draft.end_date < draft.start_date:
        raise DomainError("PERIOD_REVERSED", "结束日期不能早于开始日期", "endDate")
    if not 1 <= draft.expected_attendees <= MAX_ATTENDEES:
        raise DomainError("ATTENDEES_OUT_OF_RANGE", "预计参加人数应为正整数", "expectedAttendees")
    return {
        "class_name": required(draft.class_name, "className", "培训班名称", 128),
        "subject": draft.subject,
        "form": form.code,
        "start_date": draft.start_date,
        "end_date": draft.end_date,
        "hours": hours,
        "place": required(draft.place, "place", "培训地点", 128),
        "expected_attendees": draft.expected_attendees,
        "content": optional(draft.content, "content", "培训内容", 500),
    }


async def plan_reviewer(organisation_id: int) -> int:
    """The nearest organisation above whose review right is open (the top one otherwise)."""
    ancestors: list[Any] = (
        await OrganisationClosure.filter(descendant_id=organisation_id, distance__gt=0)
        .order_by("distance")
        .values_list("ancestor_id", flat=True)
    )
    if not ancestors:
        raise DomainError("NO_REVIEWER", "没有可审核培训计划的上级单位")
    open_ = set(
        await Organisation.filter(id__in=ancestors, review_enabled=True).values_list(
            "id", flat=True
        )
    )
    return int(next((a for a in ancestors if a in open_), ancestors[-1]))


async def submit_plan(principal: Principal, draft: PlanDraft) -> TrainingPlan:
    unit = rules.SUBMIT_TRAINING_PLAN.organisation_of(principal)
    values = clean_plan(draft)
    reviewer = await plan_reviewer(unit)
    unit_name = (await Organisation.get(id=unit)).name
    async with events.atomic():
        plan = await TrainingPlan.create(
            organisation_id=unit,
            reviewer_id=reviewer,
            submitted_by_account_id=principal.account_id,
            **values,
        )
        await reviews.open_step(
            ReviewKind.PLAN_REVIEW,
            PLAN_SUBJECT,
            plan.id,
            reviewer,
            unit_name,
            {
                "className": values["class_name"],
                "subject": values["subject"].value,
                "form": values["form"],
                "startDate": values["start_date"].isoformat(),
                "endDate": values["end_date"].isoformat(),
                "hours": str(values["hours"]),
                "place": values["place"],
                "expectedAttendees": values["expected_attendees"],
            },
        )
        await audit.record(Actor.of(principal), "plan.submit", PLAN_SUBJECT, plan.id, after=values)
    return plan


async def access_plan(scope: Scope, plan_id: int) -> TrainingPlan:
    """A plan of an organisation within the scope; missing and forbidden look the same."""
    plan = await organisations_in(
        scope, TrainingPlan.filter(id=plan_id), field="organisation_id"
    ).first()
    if plan is None:
        raise NotFound("培训计划", "planId")
    return plan


def _details(plan: TrainingPlan, unit_name: str, given: dict[str, Any]) -> dict[str, Any]:
    """The plan's own facts in the fields its learning form knows, completed by `given`."""
    known = {field.name for field in form_of(plan.form).fields}
    facts = {
        "organiser": unit_name,
        "className": plan.class_name,
        "content": plan.content or plan.class_name,
        "startDate": plan.start_date.isoformat(),
        "endDate": plan.end_date.isoformat(),
    }
    return {k: v for k, v in facts.items() if k in known} | given


async def file_under_plan(principal: Principal, filing: PlanFiling) -> list[int]:
    """学时申报 after the class, for attendees of the unit's own approved plan."""
    unit = rules.FILE_PLAN_HOURS.organisation_of(principal)
    plan = await TrainingPlan.get_or_none(id=filing.plan_id, organisation_id=unit)
    if plan is None:
        raise NotFound("培训计划", "planId")
    if plan.status != ReviewStatus.APPROVED:
        label = LABELS[ReviewStatus][plan.status.value]
        raise DomainError(
            "PLAN_NOT_APPROVED", f"培训计划未审核通过（{label}），不能申报学时", "planId"
        )
    if dt.date.today() < plan.end_date:
        raise DomainError("CLASS_NOT_FINISHED", "培训班结束后方可申报学时", "planId")
    hours = _hours(filing.hours, "hours")
    if hours > plan.hours:
        raise DomainError(
            "HOURS_OVER_PLAN", f"申报学时不能超过培训计划的学时（{plan.hours}）", "hours"
        )
    unit_name = (await Organisation.get(id=unit)).name
    draft = ClaimDraft(
        year=plan.end_date.year,
        subject=plan.subject,
        form=plan.form,
        requested_hours=str(hours),
        details=_details(plan, unit_name, filing.details),
        attachments=filing.attachments,
    )
    if not filing.attachments:
        raise DomainError("ATTACHMENT_REQUIRED", "请上传培训证明材料", "attachments")

    async def within_plan(members: list[int]) -> None:
        """Nobody gets more hours under one plan than the plan has, over all filings."""
        rows = (
            await Claim.filter(plan_id=plan.id, professional_id__in=members)
            .exclude(status=ClaimStatus.VERIFY_FAILED)
            .annotate(total=Sum("requested_hours"))
            .group_by("professional_id")
            .values_list("professional_id", "total")
        )
        for professional_id, total in rows:
            if Decimal(str(total)) + hours > plan.hours:
                raise DomainError(
                    "HOURS_OVER_PLAN",
                    f"人员 {professional_id} 在该培训计划下已申报{Decimal(str(total))}学时，"
                    f"合计不能超过{plan.hours}",
                    "professionalIds",
                )

    return await file_for_members(
        principal, list(filing.professional_ids), draft, plan_id=plan.id, check=within_plan
    )


async def submit_document(principal: Principal, draft: DocumentDraft) -> BaseDocument:
    base = rules.SUBMIT_BASE_DOCUMENT.organisation_of(principal)
    label = LABELS[PlanKind][draft.kind.value]
    if not FIRST_YEAR <= draft.year <= dt.date.today().year + 1:
        raise DomainError("YEAR_OUT_OF_RANGE", "年度不正确", "year")
    title = required(draft.title, "title", "标题", 128)
    content = optional(draft.content, "content", "内容摘要", 2000)
    evidence = await files.own_uploads(principal, [draft.attachment])
    organisation = await Organisation.get(id=base)
    if organisation.parent_id is None:
        raise DomainError("NO_REVIEWER", "没有可审核的上级部门")
    async with events.atomic():
        if draft.kind in ONE_PER_YEAR:
            existing = await BaseDocument.filter(
                organisation_id=base,
                kind=draft.kind,
                year=draft.year,
                status__in=[ReviewStatus.PENDING, ReviewStatus.APPROVED],
            ).first()
            if existing is not None:
                state = LABELS[ReviewStatus][existing.status.value]
                raise DomainError(
                    "ALREADY_SUBMITTED",
                    f"{draft.year}年度{label}已提交（{state}），每年只能提交一份",
                    "year",
                )
        document = await BaseDocument.create(
            organisation_id=base,
            kind=draft.kind,
            year=draft.year,
            title=title,
            content=content,
            file_id=evidence[0].id,
            reviewer_id=organisation.parent_id,
            submitted_by_account_id=principal.account_id,
        )
        await reviews.open_step(
            DOCUMENT_REVIEW[draft.kind],
            DOCUMENT_SUBJECT,
            document.id,
            organisation.parent_id,
            organisation.name,
            {"kind": draft.kind.value, "year": draft.year, "title": title},
        )
        await audit.record(
            Actor.of(principal),
            "base_document.submit",
            DOCUMENT_SUBJECT,
            document.id,
            after={"kind": draft.kind, "year": draft.year, "title": title},
        )
    return document


def list_plans(scope: Scope, status: ReviewStatus | None) -> Any:
    queryset = organisations_in(scope, TrainingPlan.all(), field="organisation_id")
    return queryset.filter(status=status) if status is not None else queryset


def list_documents(scope: Scope, kind: PlanKind | None, year: int | None) -> Any:
    queryset = organisations_in(scope, BaseDocument.all(), field="organisation_id")
    if kind is not None:
        queryset = queryset.filter(kind=kind)
    if year is not None:
        queryset = queryset.filter(year=year)
    return queryset


def _decide(model: Any, status: ReviewStatus) -> reviews.StepsAction:
    async def action(
        steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
    ) -> None:
        await model.filter(
            id__in=[s.subject_id for s in steps], status=ReviewStatus.PENDING
        ).update(status=status, reason=reason, decided_at=timezone.now())

    return action


reviews.register_handler(
    ReviewKind.PLAN_REVIEW,
    reviews.Handler(
        rules.REVIEW_PLANS,
        _decide(TrainingPlan, ReviewStatus.APPROVED),
        _decide(TrainingPlan, ReviewStatus.REJECTED),
        # an employer's plan: the nearest unit above with its review right open
        receivers=frozenset({OrgKind.EMPLOYER, OrgKind.COMPETENT, OrgKind.HRSS}),
    ),
)
for _kind in DOCUMENT_REVIEW.values():
    reviews.register_handler(
        _kind,
        reviews.Handler(
            rules.REVIEW_PLANS,
            _decide(BaseDocument, ReviewStatus.APPROVED),
            _decide(BaseDocument, ReviewStatus.REJECTED),
            receivers=frozenset(ALLOWED_PARENTS[OrgKind.BASE]),  # the base's parent
        ),
    )


@files.register_reader
async def _document_reader(principal: Principal, file_id: int) -> bool:
    """A base document's file is read by admins whose scope holds the base (its reviewer)."""
    if not principal.is_admin:
        return False
    return bool(
        await organisations_in(
            principal.scope, BaseDocument.filter(file_id=file_id), field="organisation_id"
        ).exists()
    )


async def stored_file(file_id: int) -> StoredFile | None:
    return await StoredFile.get_or_none(id=file_id)
