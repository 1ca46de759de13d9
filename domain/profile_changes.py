"""Profile change requests (变更申请) through the review engine.

- The professional title (专业技术职务): reviewed by the employer (TITLE_CHANGE). Seed 003:
  "点击保存后，系统提示‘信息已经提交审核’，需经由所属用人单位管理员审批通过后，个人信息才会
  有效", with the change record (变更记录) for the professional and the diff (变更明细) for
  the reviewer. A rejection leaves the title as it was and tells why.
- The name and the ID number: handled by the platform operator, which is the province HRSS
  bureau at the top of the professional's tree (IDENTITY_CHANGE), with evidence required.

One pending request of each kind at a time; the applicant may withdraw it while pending.
The request stores the changed fields only (before / after), so its diff is itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise import timezone

from domain import audit, events, files, pending, reviews, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.identity import birth_date_of, sex_of, validate_resident_id
from domain.principal import Principal
from domain.profile import optional, own_professional, required
from domain.scope import organisations_in, own_records
from models import (
    Account,
    Organisation,
    OrganisationClosure,
    Professional,
    ProfileChange,
    ProfileChangeAttachment,
    ReviewStep,
    StoredFile,
)
from models.enums import LABELS, ChangeKind, OrgKind, ReviewKind, ReviewStatus, TitleGrade

SUBJECT = "profile_change"
REVIEW_KIND = {
    ChangeKind.TITLE: ReviewKind.TITLE_CHANGE,
    ChangeKind.IDENTITY: ReviewKind.IDENTITY_CHANGE,
}

# the professional's title as a request changes it (labels: domain.field_catalogue)
TITLE_FIELDS = (
    "title_series",
    "title_specialty",
    "title_grade",
    "title_qualification",
    "title_effective_date",
    "title_certificate_no",
    "title_appointment_date",
)


@dataclass(frozen=True)
class TitleRequest:
    series: str
    specialty: str
    qualification: str
    grade: TitleGrade
    effective_date: dt.date
    certificate_no: str | None
    appointment_date: dt.date | None
    note: str | None = None
    attachments: tuple[int, ...] = ()


@dataclass(frozen=True)
class IdentityRequest:
    name: str
    id_number: str
    note: str | None = None
    attachments: tuple[int, ...] = ()


def _stored(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, TitleGrade):
        return value.value
    return value


def _summary(id_number: str, before: dict, after: dict) -> dict[str, Any]:
    """What the queue shows (ProfileChangeSummary): the applicant and the request's own
    stored values, so the queue is the 变更明细."""
    return {"idNumber": id_number, "before": before, "after": after}


def _changed(current: dict[str, Any], wanted: dict[str, Any]) -> tuple[dict, dict]:
    before, after = {}, {}
    for field, value in wanted.items():
        if _stored(current.get(field)) != _stored(value):
            before[field] = _stored(current.get(field))
            after[field] = _stored(value)
    if not after:
        raise DomainError("NO_CHANGE", "信息没有变化，无需提交")
    return before, after


async def _refuse_second(professional_id: int, kind: ChangeKind) -> None:
    pending = await ProfileChange.filter(
        professional_id=professional_id, kind=kind, status=ReviewStatus.PENDING
    ).first()
    if pending is not None:
        when = timezone.localtime(pending.created_at).strftime("%Y-%m-%d %H:%M")
        raise DomainError(
            "CHANGE_PENDING",
            f"您已有一条待审核的{LABELS[ChangeKind][kind.value]}申请（编号 {pending.id}，"
            f"{when} 提交），请待审核完成或撤回后再提交",
        )


async def request_title_change(principal: Principal, request: TitleRequest) -> ProfileChange:
    me = await own_professional(principal)
    wanted: dict[str, Any] = {
        "title_series": required(request.series, "titleSeries", "专业技术职务系列"),
        "title_specialty": required(request.specialty, "titleSpecialty", "从事专业"),
        "title_grade": request.grade,
        "title_qualification": required(
            request.qualification, "titleQualification", "现专业技术职务任职资格"
        ),
        "title_effective_date": request.effective_date,
        "title_certificate_no": optional(request.certificate_no, "titleCertificateNo", "证书编号"),
        "title_appointment_date": request.appointment_date,
    }
    if await pending.transfer_pending(me.id):
        # the employer that would review it is about to change (seed 004 Q11, the other way)
        raise DomainError("TRANSFER_PENDING", "单位调转审核中，暂不能提交职称变更")
    if request.effective_date > dt.date.today():
        raise DomainError("DATE_IN_FUTURE", "公布（生效）时间不能晚于今天", "titleEffectiveDate")
    before, after = _changed({f: getattr(me, f) for f in TITLE_FIELDS}, wanted)
    return await _open(
        principal,
        me,
        ChangeKind.TITLE,
        before,
        after,
        reviewer_id=me.organisation_id,  # type: ignore[attr-defined]
        note=request.note,
        attachments=request.attachments,
    )


async def operator_for(organisation_id: int) -> int:
    """The platform operator: the HRSS bureau at the top of the organisation's tree."""
    ancestors: list[Any] = (
        await OrganisationClosure.filter(descendant_id=organisation_id, ancestor__kind=OrgKind.HRSS)
        .order_by("-distance")
        .values_list("ancestor_id", flat=True)
    )
    if not ancestors:
        raise DomainError("NO_OPERATOR", "未找到受理变更的省级人社部门")
    return int(ancestors[0])


async def request_identity_change(principal: Principal, request: IdentityRequest) -> ProfileChange:
    me = await own_professional(principal)
    name = required(request.name, "name", "姓名")
    id_number = validate_resident_id(request.id_number)
    if not request.attachments:
        raise DomainError(
            "ATTACHMENT_REQUIRED", "请上传证明材料（如身份证、户籍证明）", "attachments"
        )
    current = {"name": me.account.name, "id_number": me.account.id_number}
    before, after = _changed(current, {"name": name, "id_number": id_number})
    if "id_number" in after:
        await _refuse_taken(id_number, me.account.id)
    return await _open(
        principal,
        me,
        ChangeKind.IDENTITY,
        before,
        after,
        reviewer_id=await operator_for(me.organisation_id),  # type: ignore[attr-defined]
        note=request.note,
        attachments=request.attachments,
    )


async def _refuse_taken(id_number: str, account_id: int) -> None:
    if await Account.filter(id_number=id_number).exclude(id=account_id).exists():
        raise DomainError("ID_NUMBER_TAKEN", "该证件号码已被其他账号注册", "idNumber")


async def _open(
    principal: Principal,
    me: Professional,
    kind: ChangeKind,
    before: dict,
    after: dict,
    *,
    reviewer_id: int,
    note: str | None,
    attachments: tuple[int, ...],
) -> ProfileChange:
    note = optional(note, "note", "申请说明", 500)
    evidence = await files.own_uploads(principal, list(attachments))
    async with events.atomic() as connection:
        locked = Professional.filter(id=me.id)
        if connection.capabilities.dialect == "postgres":
            await locked.select_for_update()  # one pending request per kind, even racing
        await _refuse_second(me.id, kind)
        change = await ProfileChange.create(
            professional_id=me.id,
            kind=kind,
            before=before,
            after=after,
            note=note,
            reviewer_id=reviewer_id,
        )
        await ProfileChangeAttachment.bulk_create(
            [ProfileChangeAttachment(change_id=change.id, file_id=f.id) for f in evidence]
        )
        await reviews.open_step(
            REVIEW_KIND[kind],
            SUBJECT,
            change.id,
            reviewer_id,
            me.account.name,
            _summary(me.account.id_number, before, after),
        )
        await audit.record(
            Actor.of(principal),
            f"profile_change.request.{kind.value.lower()}",
            SUBJECT,
            change.id,
            before=before,
            after=after | {"attachments": [f.id for f in evidence]},
        )
    return change


async def withdraw_change(principal: Principal, change_id: int) -> ProfileChange:
    me = await own_professional(principal)
    change = await ProfileChange.get_or_none(id=change_id, professional_id=me.id)
    if change is None:
        raise NotFound("变更申请", "id")
    async with events.atomic():
        moved = await ProfileChange.filter(id=change.id, status=ReviewStatus.PENDING).update(
            status=ReviewStatus.WITHDRAWN, decided_at=timezone.now()
        )
        if not moved:
            raise DomainError("CANNOT_WITHDRAW", "该申请已审核或已撤回，不能撤回", "id")
        await reviews.withdraw_subject(SUBJECT, change.id)
        await audit.record(
            Actor.of(principal),
            "profile_change.withdraw",
            SUBJECT,
            change.id,
        )
    return await ProfileChange.get(id=change.id)


async def my_changes(principal: Principal, kind: ChangeKind | None) -> list[ProfileChange]:
    """变更记录: the professional's requests, newest first."""
    queryset = own_records(principal.scope, ProfileChange.all())
    if kind is not None:
        queryset = queryset.filter(kind=kind)
    return await queryset.order_by("-id").prefetch_related("reviewer")


async def access_change(principal: Principal, change_id: int) -> ProfileChange:
    """A change request the admin decides, or of a person within its scope; missing and
    forbidden look the same."""
    if not rules.VIEW_PROFILE_CHANGES.admits(principal):
        raise NotFound("变更申请", "id")
    people = organisations_in(principal.scope, Professional.all(), field="organisation_id")
    change = (
        await ProfileChange.filter(id=change_id)
        .prefetch_related("reviewer", "professional__account")
        .first()
    )
    if change is None or not (
        change.reviewer_id == principal.organisation_id
        or await people.filter(id=change.professional_id).exists()
    ):
        raise NotFound("变更申请", "id")
    return change


async def attachments_of(change_id: int) -> list[StoredFile]:
    return await StoredFile.filter(profile_changes__change_id=change_id).order_by("id")


async def applicant_name(professional_id: int) -> str:
    found = await Account.filter(professional__id=professional_id).values_list("name", flat=True)
    return str(found[0]) if found else ""


def _values(after: dict[str, Any]) -> dict[str, Any]:
    values = dict(after)
    for field in ("title_effective_date", "title_appointment_date"):
        if values.get(field):
            values[field] = dt.date.fromisoformat(values[field])
    if "title_grade" in values:
        values["title_grade"] = TitleGrade(values["title_grade"])
    return values


async def _decided(
    steps: list[ReviewStep], actor: Actor, status: ReviewStatus, reason: str | None
) -> list[ProfileChange]:
    ids = [s.subject_id for s in steps]
    changes = await ProfileChange.filter(id__in=ids, status=ReviewStatus.PENDING)
    await ProfileChange.filter(id__in=[c.id for c in changes]).update(
        status=status,
        reason=reason,
        decided_at=timezone.now(),
        decided_by_account_id=actor.account_id,
    )
    return changes


async def _approve_titles(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    """The new title takes effect: statistics (职称系列分布) read it from the profile."""
    for change in await _decided(steps, actor, ReviewStatus.APPROVED, None):
        await Professional.filter(id=change.professional_id).update(**_values(change.after))


async def _approve_identities(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    for change in await _decided(steps, actor, ReviewStatus.APPROVED, None):
        person = await Professional.get(id=change.professional_id)
        account_id: int = person.account_id  # type: ignore[attr-defined]
        after = change.after
        if "id_number" in after:
            await _refuse_taken(after["id_number"], account_id)
            await Professional.filter(id=change.professional_id).update(
                sex=sex_of(after["id_number"]), birth_date=birth_date_of(after["id_number"])
            )
        await Account.filter(id=account_id).update(**after)


async def _reject(
    steps: list[ReviewStep], actor: Actor, reason: str | None, values: dict[int, str]
) -> None:
    await _decided(steps, actor, ReviewStatus.REJECTED, reason)


reviews.register_handler(
    ReviewKind.TITLE_CHANGE,
    reviews.Handler(
        rules.REVIEW_CHANGES,
        _approve_titles,
        _reject,
        receivers=frozenset({OrgKind.EMPLOYER}),  # the professional's own unit
    ),
)
reviews.register_handler(
    ReviewKind.IDENTITY_CHANGE,
    reviews.Handler(
        rules.REVIEW_CHANGES,
        _approve_identities,
        _reject,
        receivers=frozenset({OrgKind.HRSS}),  # the operator: the HRSS bureau at the top
    ),
)


async def organisation_name(organisation_id: int) -> str:
    found = await Organisation.filter(id=organisation_id).values_list("name", flat=True)
    return str(found[0]) if found else ""


@files.register_reader
async def _evidence_reader(principal: Principal, file_id: int) -> bool:
    """A reviewer (or an admin above the applicant) may read a request's evidence."""
    if not principal.is_admin:
        return False
    change_ids = await ProfileChangeAttachment.filter(file_id=file_id).values_list(
        "change_id", flat=True
    )
    for change_id in change_ids:
        try:
            await access_change(principal, change_id)  # type: ignore[arg-type]
        except NotFound:
            continue
        return True
    return False
