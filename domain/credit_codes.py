"""临时代码 (seed 004 Q17): a unit without a unified social credit code gets a temporary code
from the platform operator — the province HRSS bureau, as for identity changes — registers
with it, and later files its real code through an organisation change its parent approves.

A code is `LS` + the six-digit region code + a ten-digit sequence: S never occurs in a real
code (GB 32100 leaves it out), so a temporary code can never collide with a real one.

A code serves the one unit name it was issued for. Registering marks it used in the
registration's transaction. When that registration is rejected or withdrawn the code is free
again: the next registration with it takes the code off the rejected organisation (which
keeps its record, without a code) and may reuse the unit's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise import timezone
from tortoise.expressions import Q, Subquery

from domain import audit, events, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.pagination import Page, PageRequest, fetch_page
from domain.principal import Principal
from domain.profile_changes import operator_for
from models import Organisation, Region, TemporaryCreditCode
from models.enums import OrgStatus

PREFIX = "LS"
SUBJECT = "temporary_credit_code"
# a registration that ended this way gives its code back
RELEASING = (OrgStatus.REJECTED, OrgStatus.WITHDRAWN)
CODE_COLUMNS = (
    "code",
    "unit_name",
    "region_id",
    "issued_by_id",
    "organisation_id",
    "issued_at",
    "used_by_id",
    "used_at",
    "note",
)


def is_temporary(raw: str) -> bool:
    return raw.strip().upper().startswith(PREFIX)


def refuse_temporary(raw: str) -> None:
    """A temporary code is replaced by a real one, never by another temporary code."""
    if is_temporary(raw):
        raise DomainError(
            "TEMPORARY_CODE_NOT_ALLOWED",
            "临时代码只能在注册时使用，变更请填写正式的统一社会信用代码",
            "creditCode",
        )


async def require_operator(principal: Principal) -> int:
    """The operator's organisation id: an admin of the top HRSS bureau with 单位信息管理."""
    organisation_id = principal.organisation_id
    if (
        rules.ISSUE_TEMPORARY_CODES.admits(principal)
        and organisation_id is not None
        and await operator_for(organisation_id) == organisation_id
    ):
        return organisation_id
    raise DomainError("NOT_OPERATOR", "临时代码由省级人社部门（平台运营方）发放和查看")


def _text(value: str | None, field: str, label: str, limit: int, *, required: bool) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise DomainError("REQUIRED", f"请填写{label}", field)
        return None
    if len(text) > limit:
        raise DomainError("TOO_LONG", f"{label}不能超过{limit}字", field)
    return text


async def _region_within(region_code: str, operator_id: int) -> Region:
    """The region, if it lies in the operator's own region (the province) or is it."""
    code = region_code.strip()
    region = await Region.get_or_none(code=code) if code.isdigit() and len(code) == 6 else None
    if region is None:
        raise NotFound("地区", "regionCode")
    home = (await Organisation.get(id=operator_id)).region_id
    current: str | None = region.code
    while current is not None:  # up the region tree (district → city → province)
        if current == home:
            return region
        parents: list[Any] = await Region.filter(code=current).values_list("parent_id", flat=True)
        current = parents[0] if parents else None
    raise DomainError("REGION_OUT_OF_SCOPE", "所选地区不在本平台管辖范围内", "regionCode")


@dataclass(frozen=True)
class IssueRequest:
    unit_name: str
    region_code: str
    note: str | None = None


async def issue_code(principal: Principal, request: IssueRequest) -> TemporaryCreditCode:
    """发放临时代码 to one unit name; refused while that name already holds a free code or
    belongs to a registered organisation."""
    operator_id = await require_operator(principal)
    name = _text(request.unit_name, "unitName", "单位名称", 128, required=True)
    note = _text(request.note, "note", "备注", 500, required=False)
    region = await _region_within(request.region_code, operator_id)
    if await Organisation.filter(name=name).exclude(status__in=RELEASING).exists():
        raise DomainError("NAME_TAKEN", "该单位名称已注册，无需发放临时代码", "unitName")
    for row in await TemporaryCreditCode.filter(unit_name=name).values(
        "code", "used_by_id", used_by_status="used_by__status"
    ):
        if not is_used(row):  # a free code, or one its rejected registration gave back
            raise DomainError(
                "TEMPORARY_CODE_EXISTS",
                f"已为该单位发放临时代码{row['code']}，尚未使用",
                "unitName",
            )
    async with events.atomic() as connection:
        if connection.capabilities.dialect == "postgres":
            # issuing is serialised on the operator's row, so sequences never collide
            await Organisation.filter(id=operator_id).select_for_update().only("id")
        sequence = await TemporaryCreditCode.all().count() + 1
        issued = await TemporaryCreditCode.create(
            code=f"{PREFIX}{region.code}{sequence:010d}",
            unit_name=name,
            region_id=region.code,
            issued_by_id=principal.account_id,
            organisation_id=operator_id,
            note=note,
        )
        await audit.record(
            Actor(principal.account_id, operator_id),
            "temporary_credit_code.issue",
            SUBJECT,
            issued.id,
            after={"code": issued.code, "unit_name": name, "region": region.code, "note": note},
        )
    return issued


async def list_codes(
    principal: Principal, used: bool | None, name_contains: str | None, request: PageRequest
) -> Page[dict]:
    """The codes the principal's organisation issued, with the organisation that registered
    with each. Row scope: only the operator issues codes, so anyone else sees none."""
    queryset = TemporaryCreditCode.filter(organisation_id=principal.organisation_id)
    if used is not None:
        released = Subquery(Organisation.filter(status__in=list(RELEASING)).values("id"))
        if used:
            queryset = queryset.filter(Q(used_by_id__isnull=False) & ~Q(used_by_id__in=released))
        else:
            queryset = queryset.filter(Q(used_by_id__isnull=True) | Q(used_by_id__in=released))
    if name_contains and name_contains.strip():
        queryset = queryset.filter(unit_name__contains=name_contains.strip())
    return await fetch_page(queryset, request, *CODE_COLUMNS, **_NAMED)


_NAMED = {"issued_by_name": "issued_by__name", "used_by_status": "used_by__status"}


async def code_row(code_id: int) -> dict[str, Any]:
    rows = await TemporaryCreditCode.filter(id=code_id).values("id", *CODE_COLUMNS, **_NAMED)
    return rows[0]


def is_used(row: dict[str, Any]) -> bool:
    """Held by a registration that is pending or went through."""
    return row["used_by_id"] is not None and row["used_by_status"] not in RELEASING


# ── registration with a temporary code (called by domain.registration) ───────────────────


@dataclass(frozen=True)
class Claim:
    """A temporary code found free for this unit name; `released` is the rejected or
    withdrawn organisation that held it last, if any."""

    code_id: int
    code: str
    released: int | None


async def check_code(raw: str, unit_name: str) -> Claim:
    code = raw.strip().upper()
    row = await TemporaryCreditCode.get_or_none(code=code)
    if row is None:
        raise DomainError(
            "TEMPORARY_CODE_UNKNOWN", "该临时代码不存在，请核对或联系平台发放", "creditCode"
        )
    if row.used_by_id is not None:
        holder: list[Any] = await Organisation.filter(id=row.used_by_id).values_list(
            "status", flat=True
        )
        if holder and holder[0] not in RELEASING:
            raise DomainError("TEMPORARY_CODE_USED", "该临时代码已被其他单位使用", "creditCode")
    if row.unit_name != unit_name.strip():
        raise DomainError(
            "TEMPORARY_CODE_NAME_MISMATCH",
            "单位名称与临时代码发放时登记的单位名称不一致",
            "name",
        )
    return Claim(row.id, row.code, row.used_by_id)


async def take_code(claim: Claim, actor: Actor) -> None:
    """Inside the registration's transaction, before the organisation is created: claim the
    code (a concurrent registration with it fails here) and free it from a rejected holder."""
    queryset = TemporaryCreditCode.filter(id=claim.code_id)
    if claim.released is None:
        queryset = queryset.filter(used_by_id__isnull=True)
    else:
        queryset = queryset.filter(used_by_id=claim.released)
    if not await queryset.update(used_at=timezone.now()):
        raise DomainError("TEMPORARY_CODE_USED", "该临时代码已被其他单位使用", "creditCode")
    if claim.released is not None:
        await Organisation.filter(id=claim.released).update(
            credit_code=None, credit_code_temporary=False
        )
        await audit.record(
            actor,
            "temporary_credit_code.release",
            SUBJECT,
            claim.code_id,
            before={"used_by": claim.released},
        )


async def mark_used(claim: Claim, organisation_id: int, actor: Actor) -> None:
    await TemporaryCreditCode.filter(id=claim.code_id).update(used_by_id=organisation_id)
    await audit.record(
        actor,
        "temporary_credit_code.use",
        SUBJECT,
        claim.code_id,
        after={"used_by": organisation_id},
    )
