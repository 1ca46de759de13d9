"""The review engine: every "subject waiting for an organisation's decision" is a ReviewStep.

Each workflow registers a handler for its kinds (registration, profile and organisation
changes, transfers, claim review and verification, plans and CE-base documents), naming the
rule that decides them. One set of operations serves all kinds: list a queue, decide one,
the selected or all matching, hide decided records. Deciding is race-safe: rows are locked
(PostgreSQL) or the write is serialised (SQLite) and only still-pending steps are decided,
so two admins approving at once produce one decision per step.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tortoise import timezone
from tortoise.expressions import Subquery
from tortoise.functions import Count

from domain import audit, bulk, events
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.pagination import Page, PageRequest, fetch_page
from domain.principal import Principal
from domain.rules import Rule
from models import Claim, ReviewStep
from models.enums import OrgKind, ReviewKind, ReviewStatus, Subject


def todo_channel(organisation_id: int) -> str:
    """Where changes to one reviewing organisation's pending steps are announced."""
    return f"todo.{organisation_id}"


def _touched(organisation_id: int, kind: ReviewKind) -> None:
    events.after_commit(todo_channel(organisation_id), {"kinds": [kind.value]})


MAX_BATCH = 10_000

# (steps, actor, reason, per-step values such as recognised hours) → None
StepsAction = Callable[[list[ReviewStep], Actor, str | None, dict[int, str]], Awaitable[None]]


@dataclass(frozen=True)
class Handler:
    """What a decision does to the subjects of one review kind (called inside the transaction).

    `receivers`: the organisation kinds at which a step of this kind can ever be opened for a
    decision — the to-do cards and review queues of other kinds' admins leave it out. Read
    from where the workflow opens its steps; when in doubt a kind is included, since a
    missing queue hides real work and an extra one is only noise. Steps recorded as already
    decided by their filer (`record_decided_many`) arrive nowhere and do not count."""

    # who decides steps of this kind (one of domain.rules.REVIEW_RULES)
    rule: Rule
    approve: StepsAction
    reject: StepsAction
    receivers: frozenset[OrgKind] = frozenset(OrgKind)


HANDLERS: dict[ReviewKind, Handler] = {}


def register_handler(kind: ReviewKind, handler: Handler) -> None:
    HANDLERS[kind] = handler


@dataclass(frozen=True)
class ClaimCriteria:
    """What a claim queue is narrowed by: the applicant's unit, the learning form, subject and
    year of the claim. Any of them given on a queue of another kind matches nothing: a filter
    never widens a list."""

    organisation_id: int | None = None
    form: str | None = None
    subject: Subject | None = None
    year: int | None = None

    def given(self) -> bool:
        given = (self.organisation_id, self.form, self.subject, self.year)
        return any(v is not None for v in given)

    def claims(self) -> Any:
        queryset = Claim.all()
        if self.organisation_id is not None:
            queryset = queryset.filter(professional__organisation_id=self.organisation_id)
        if self.form is not None:
            queryset = queryset.filter(form=self.form)
        if self.subject is not None:
            queryset = queryset.filter(subject=self.subject)
        if self.year is not None:
            queryset = queryset.filter(year=self.year)
        return queryset


@dataclass(frozen=True)
class StepFilter:
    kind: ReviewKind
    decided: bool = False  # False: the 待审核 tab; True: the 已审核 tab
    applicant_contains: str | None = None
    ids: tuple[int, ...] | None = None
    claim: ClaimCriteria = ClaimCriteria()
    # within the 已审核 tab: only approved or only rejected steps
    status: ReviewStatus | None = None


@dataclass
class Decision:
    decided: list[int] = field(default_factory=list)
    # ids the caller named that were not decided now, with why (NOT_FOUND, ALREADY_DECIDED)
    skipped: list[tuple[int, str]] = field(default_factory=list)


async def open_step(
    kind: ReviewKind,
    subject_type: str,
    subject_id: int,
    reviewer_id: int,
    applicant_name: str,
    summary: dict[str, Any],
) -> ReviewStep:
    step = await ReviewStep.create(
        kind=kind,
        subject_type=subject_type,
        subject_id=subject_id,
        reviewer_id=reviewer_id,
        applicant_name=applicant_name,
        summary=summary,
    )
    _touched(reviewer_id, kind)
    return step


# (subject id, reviewer organisation, applicant name, summary): one step of a batch
StepRow = tuple[int, int, str, dict[str, Any]]


async def open_many(kind: ReviewKind, subject_type: str, rows: Sequence[StepRow]) -> int:
    """Many pending steps of one kind, written a few statements per batch (domain.bulk), no model
    object per step (verification after a batch of ten thousand); announced per reviewer."""
    written = await bulk.insert(
        ReviewStep,
        ("kind", "subject_type", "subject_id", "reviewer_id", "applicant_name", "summary"),
        ((kind, subject_type, subject, reviewer, name, summary)
         for subject, reviewer, name, summary in rows),
    )  # fmt: skip
    for reviewer_id in {row[1] for row in rows}:
        _touched(reviewer_id, kind)
    return written


async def record_decided_many(
    kind: ReviewKind,
    subject_type: str,
    rows: Sequence[StepRow],
    *,
    status: ReviewStatus,
    decided_by_account_id: int | None,
    reason: str | None,
) -> int:
    """Steps decided in the act that created their subject (a unit filing claims it has
    itself checked), recorded in the same table so every decision has one history;
    written a few statements per batch (domain.bulk). Nothing waits on them, so nothing is
    announced."""
    now = timezone.now()
    return await bulk.insert(
        ReviewStep,
        ("kind", "subject_type", "subject_id", "reviewer_id", "applicant_name", "summary",
         "status", "decided_by_account_id", "decided_at", "reason"),
        ((kind, subject_type, subject, reviewer, name, summary, status, decided_by_account_id,
          now, reason)
         for subject, reviewer, name, summary in rows),
    )  # fmt: skip


def _check_rule(principal: Principal, kind: ReviewKind) -> None:
    HANDLERS[kind].rule.check(principal)


def _queue(principal: Principal, criteria: StepFilter) -> Any:
    """The steps this admin's organisation decides; other organisations' steps never match."""
    statuses = (
        [ReviewStatus.APPROVED, ReviewStatus.REJECTED]
        if criteria.decided
        else [ReviewStatus.PENDING]
    )
    queryset = ReviewStep.filter(
        reviewer_id=principal.organisation_id, kind=criteria.kind, status__in=statuses, hidden=False
    )
    if criteria.applicant_contains:
        queryset = queryset.filter(applicant_name__contains=criteria.applicant_contains.strip())
    if criteria.ids is not None:
        queryset = queryset.filter(id__in=list(criteria.ids))
    if criteria.status is not None:
        queryset = queryset.filter(status=criteria.status)
    if criteria.claim.given():
        queryset = queryset.filter(
            subject_type="claim", subject_id__in=Subquery(criteria.claim.claims().values("id"))
        )
    return queryset


STEP_COLUMNS = (
    "kind",
    "subject_type",
    "subject_id",
    "reviewer_id",
    "status",
    "summary",
    "applicant_name",
    "created_at",
    "decided_by_account_id",
    "decided_at",
    "reason",
)


async def list_steps(
    principal: Principal, criteria: StepFilter, request: PageRequest
) -> Page[dict]:
    _check_rule(principal, criteria.kind)
    # _queue is made from the organisation and the criteria alone (domain/statements.py)
    built_from = ("review steps", principal.organisation_id, criteria)
    return await fetch_page(
        _queue(principal, criteria), request, *STEP_COLUMNS, built_from=built_from
    )


async def access_step(principal: Principal, step_id: int) -> ReviewStep:
    """A step the principal's organisation decides (pending or decided) under the rule of its
    kind; NotFound for another organisation's step as for a missing one."""
    step = await ReviewStep.get_or_none(
        id=step_id, reviewer_id=principal.organisation_id, hidden=False
    )
    if step is None or not HANDLERS[step.kind].rule.permits(principal):
        raise NotFound("审核事项", "id")
    return step


async def decide(
    principal: Principal,
    criteria: StepFilter,
    *,
    approve: bool,
    reason: str | None,
    values: dict[int, str] | None = None,
) -> Decision:
    """Approve or reject the pending steps matching `criteria` (ids, or all matching)."""
    _check_rule(principal, criteria.kind)
    reason = (reason or "").strip() or None
    if not approve and reason is None:
        raise DomainError("REASON_REQUIRED", "审核不通过时须填写原因", "reason")
    if reason is not None and len(reason) > 500:
        raise DomainError("REASON_TOO_LONG", "原因不能超过500字", "reason")
    pending = StepFilter(
        criteria.kind, False, criteria.applicant_contains, criteria.ids, criteria.claim
    )
    actor = Actor.of(principal)
    handler = HANDLERS[criteria.kind]
    status = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
    async with events.atomic() as connection:
        queryset = _queue(principal, pending).order_by("id").limit(MAX_BATCH)
        if connection.capabilities.dialect == "postgres":
            queryset = queryset.select_for_update()
        steps = await queryset
        ids = [step.id for step in steps]
        now = timezone.now()
        await bulk.update(
            ReviewStep,
            ids,
            status=status,
            decided_by_account_id=principal.account_id,
            decided_at=now,
            reason=reason,
        )
        await (handler.approve if approve else handler.reject)(steps, actor, reason, values or {})
        # one audit row per decided step, written in bulk
        await audit.record_many(
            actor,
            f"review.{status.value.lower()}",
            "review_step",
            [
                (step.id, {"kind": step.kind.value, "subject": step.subject_id, "reason": reason})
                for step in steps
            ],
        )
        if ids and principal.organisation_id is not None:
            _touched(principal.organisation_id, criteria.kind)
    decision = Decision(decided=ids)
    if criteria.ids is not None:
        decision.skipped = await _skipped(principal, criteria.ids, set(ids))
    return decision


async def _skipped(
    principal: Principal, asked: Sequence[int], decided: set[int]
) -> list[tuple[int, str]]:
    rest = [i for i in asked if i not in decided]
    visible = set(
        await ReviewStep.filter(id__in=rest, reviewer_id=principal.organisation_id).values_list(
            "id", flat=True
        )
    )
    return [(i, "ALREADY_DECIDED" if i in visible else "NOT_FOUND") for i in rest]


async def hide(principal: Principal, kind: ReviewKind, ids: Sequence[int]) -> int:
    """删除记录: take decided steps out of the reviewer's list; the rows stay."""
    _check_rule(principal, kind)
    return await _queue(principal, StepFilter(kind, True, None, tuple(ids))).update(hidden=True)


async def withdraw_subject(subject_type: str, subject_id: int) -> int:
    pending = ReviewStep.filter(
        subject_type=subject_type, subject_id=subject_id, status=ReviewStatus.PENDING
    )
    for reviewer_id, kind in await pending.values_list("reviewer_id", "kind"):
        _touched(int(reviewer_id), ReviewKind(kind))
    return await pending.update(status=ReviewStatus.WITHDRAWN, decided_at=timezone.now())


async def pending_counts(organisation_id: int) -> dict[ReviewKind, int]:
    """To-do counts (待办事项) of one reviewing organisation, per kind."""
    rows = (
        await ReviewStep.filter(reviewer_id=organisation_id, status=ReviewStatus.PENDING)
        .annotate(n=Count("id"))
        .group_by("kind")
        .values("kind", "n")
    )
    return {ReviewKind(row["kind"]): row["n"] for row in rows}
