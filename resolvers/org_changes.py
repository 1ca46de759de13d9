"""单位资料管理: info and parent changes, the review right of units below (departments:
resolvers/departments.py)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import org_changes as flow
from domain import review_rights, rules
from domain.organisations import access_organisation
from models import enums as stored
from resolvers.ids import parse_id, parse_optional_id
from schema.context import Info
from schema.enums import OrgChangeKind, ReviewStatus, stored_values
from schema.pagination import Connection, connection, page_request
from schema.partial import kept
from schema.permissions import allow
from schema.types.org_changes import (
    OrganisationChangePayload,
    OrganisationChangeType,
    OrganisationChangeWithdrawInput,
    OrganisationParentChangeInput,
    OrganisationReviewRightInput,
    OrganisationReviewRightPayload,
    OrganisationUpdateInput,
    OrganisationUpdatePayload,
)
from schema.types.organisations import Organisation

# ── 机构信息修改、更换上级部门、变更记录 ─────────────────────────────────────────────────


async def _change(change_id: int) -> OrganisationChangeType:
    return OrganisationChangeType.from_row(await flow.change_row(change_id))


async def organisation_update(
    info: Info, input: OrganisationUpdateInput
) -> OrganisationUpdatePayload:
    edit = flow.InfoEdit(
        name=kept(input.name),
        credit_code=kept(input.credit_code),
        region_code=kept(input.region_code),
        nature=kept(input.nature, lambda v: stored.OrgNature(v.value)),
        level=kept(input.level, lambda v: stored.OrgLevel(v.value)),
        industry=kept(input.industry),
        phone=kept(input.phone),
        address=kept(input.address),
    )
    direct, change = await flow.edit_organisation(info.context.principal, edit)
    return OrganisationUpdatePayload(
        updated_fields=[_camel(k) for k in direct],
        change=await _change(change.id) if change else None,
        errors=[],
    )


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


async def organisation_parent_change(
    info: Info, input: OrganisationParentChangeInput
) -> OrganisationChangePayload:
    change = await flow.change_parent(info.context.principal, parse_id(input.parent_id, "parentId"))
    return OrganisationChangePayload(change=await _change(change.id), errors=[])


async def organisation_change_withdraw(
    info: Info, input: OrganisationChangeWithdrawInput
) -> OrganisationChangePayload:
    change = await flow.withdraw_change(info.context.principal, parse_id(input.id, "id"))
    return OrganisationChangePayload(change=await _change(change.id), errors=[])


async def organisation_changes(
    info: Info,
    kinds: Annotated[
        list[OrgChangeKind] | None, strawberry.argument(description="信息修改类型")
    ] = None,
    statuses: Annotated[list[ReviewStatus] | None, strawberry.argument(description="状态")] = None,
    organisation_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="申请单位")
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[OrganisationChangeType]:
    criteria = flow.ChangeFilter(
        kinds=stored_values(kinds, stored.OrgChangeKind),
        statuses=stored_values(statuses, stored.ReviewStatus),
        organisation_id=parse_optional_id(organisation_id, "organisationId"),
    )
    page = await flow.list_changes(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [OrganisationChangeType.from_row(r) for r in page.rows])


async def organisation_set_review_enabled(
    info: Info, input: OrganisationReviewRightInput
) -> OrganisationReviewRightPayload:
    principal = info.context.principal
    organisation_id = parse_id(input.organisation_id, "organisationId")
    moved = await review_rights.set_review_enabled(principal, organisation_id, input.enabled)
    row = await access_organisation(principal.scope, organisation_id)
    return OrganisationReviewRightPayload(
        organisation=Organisation.from_row(row), moved_claim_count=moved, errors=[]
    )


@strawberry.type
class OrganisationChangeQueries:
    organisation_changes: Connection[OrganisationChangeType] = strawberry.field(
        resolver=organisation_changes,
        extensions=allow(rules.VIEW_ORGANISATION_CHANGES),
        description="变更记录：本单位及下级单位的机构信息修改与更换上级部门申请（含申请调入本单位的）",
    )


@strawberry.type
class OrganisationChangeMutations:
    organisation_update: OrganisationUpdatePayload = strawberry.field(
        resolver=organisation_update,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description=(
            "修改单位信息：电话、地址等直接生效；统一社会信用代码、名称、注册所在地"
            "经上级部门审核后生效（本单位及人员无待审核事项时方可提交）"
        ),
    )
    organisation_parent_change: OrganisationChangePayload = strawberry.field(
        resolver=organisation_parent_change,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="更换上级部门：经原上级部门、新上级部门先后审核通过后生效，下级机构随之迁移",
    )
    organisation_change_withdraw: OrganisationChangePayload = strawberry.field(
        resolver=organisation_change_withdraw,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="撤销本单位待审核的变更申请",
    )
    organisation_set_review_enabled: OrganisationReviewRightPayload = strawberry.field(
        resolver=organisation_set_review_enabled,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="关闭或开启下级单位的学时审核权限：关闭后其学时申报由上级审核",
    )
