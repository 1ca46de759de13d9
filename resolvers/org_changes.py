"""单位资料管理: departments, info and parent changes, the review right of units below."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from domain import departments as depts
from domain import org_changes as flow
from domain import review_rights
from domain.errors import DomainError
from domain.organisations import access_organisation
from models import enums as stored
from resolvers.context import Info
from resolvers.ids import parse_id
from schema.enums import OrgChangeKind, ReviewStatus, stored_values
from schema.pagination import Connection, connection, page_request
from schema.types.errors import UserError
from schema.types.org_changes import (
    DepartmentAddInput,
    DepartmentEntry,
    DepartmentMembersMoveInput,
    DepartmentMembersMovePayload,
    DepartmentPayload,
    DepartmentSetEnabledInput,
    DepartmentUpdateInput,
    OrganisationChangePayload,
    OrganisationChangeType,
    OrganisationChangeWithdrawInput,
    OrganisationParentChangeInput,
    OrganisationReviewRightInput,
    OrganisationReviewRightPayload,
    OrganisationUpdateInput,
    OrganisationUpdatePayload,
)
from schema.types.organisations import Department, Organisation


def _optional_id(value: strawberry.ID | None, field: str) -> int | None:
    return parse_id(value, field) if value is not None else None


# ── 内设部门 ──────────────────────────────────────────────────────────────────────────


async def departments(info: Info) -> list[DepartmentEntry]:
    return [
        DepartmentEntry.from_row(r) for r in await depts.department_rows(info.context.principal)
    ]


def _department_failed(error: DomainError) -> DepartmentPayload:
    return DepartmentPayload(department=None, errors=[UserError.of(error)])


def _department(found: Any) -> DepartmentPayload:
    row = {"id": found.id, "name": found.name, "parent_id": found.parent_id,
           "enabled": found.enabled}  # fmt: skip
    return DepartmentPayload(department=Department.from_row(row), errors=[])


async def department_add(info: Info, input: DepartmentAddInput) -> DepartmentPayload:
    try:
        parent_id = _optional_id(input.parent_id, "parentId")
        added = await depts.add_department(info.context.principal, input.name, parent_id)
    except DomainError as error:
        return _department_failed(error)
    return _department(added)


async def department_update(info: Info, input: DepartmentUpdateInput) -> DepartmentPayload:
    try:
        updated = await depts.update_department(
            info.context.principal,
            parse_id(input.id, "id"),
            input.name,
            _optional_id(input.parent_id, "parentId"),
        )
    except DomainError as error:
        return _department_failed(error)
    return _department(updated)


async def department_set_enabled(info: Info, input: DepartmentSetEnabledInput) -> DepartmentPayload:
    try:
        changed = await depts.set_department_enabled(
            info.context.principal, parse_id(input.id, "id"), input.enabled
        )
    except DomainError as error:
        return _department_failed(error)
    return _department(changed)


async def department_members_move(
    info: Info, input: DepartmentMembersMoveInput
) -> DepartmentMembersMovePayload:
    try:
        moved = await depts.move_members(
            info.context.principal,
            [parse_id(i, "professionalIds") for i in input.professional_ids],
            _optional_id(input.department_id, "departmentId"),
        )
    except DomainError as error:
        return DepartmentMembersMovePayload(moved_count=0, errors=[UserError.of(error)])
    return DepartmentMembersMovePayload(moved_count=moved, errors=[])


# ── 机构信息修改、更换上级部门、变更记录 ─────────────────────────────────────────────────


async def _change(change_id: int) -> OrganisationChangeType:
    return OrganisationChangeType.from_row(await flow.change_row(change_id))


async def organisation_update(
    info: Info, input: OrganisationUpdateInput
) -> OrganisationUpdatePayload:
    edit = flow.InfoEdit(
        name=input.name,
        credit_code=input.credit_code,
        region_code=input.region_code,
        nature=stored.OrgNature(input.nature.value) if input.nature else None,
        level=stored.OrgLevel(input.level.value) if input.level else None,
        industry=input.industry,
        phone=input.phone,
        address=input.address,
    )
    try:
        direct, change = await flow.edit_organisation(info.context.principal, edit)
    except DomainError as error:
        return OrganisationUpdatePayload(
            updated_fields=[], change=None, errors=[UserError.of(error)]
        )
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
    try:
        change = await flow.change_parent(
            info.context.principal, parse_id(input.parent_id, "parentId")
        )
    except DomainError as error:
        return OrganisationChangePayload(change=None, errors=[UserError.of(error)])
    return OrganisationChangePayload(change=await _change(change.id), errors=[])


async def organisation_change_withdraw(
    info: Info, input: OrganisationChangeWithdrawInput
) -> OrganisationChangePayload:
    try:
        change = await flow.withdraw_change(info.context.principal, parse_id(input.id, "id"))
    except DomainError as error:
        return OrganisationChangePayload(change=None, errors=[UserError.of(error)])
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
        organisation_id=_optional_id(organisation_id, "organisationId"),
    )
    page = await flow.list_changes(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [OrganisationChangeType.from_row(r) for r in page.rows])


async def organisation_set_review_enabled(
    info: Info, input: OrganisationReviewRightInput
) -> OrganisationReviewRightPayload:
    principal = info.context.principal
    try:
        organisation_id = parse_id(input.organisation_id, "organisationId")
        moved = await review_rights.set_review_enabled(principal, organisation_id, input.enabled)
        row = await access_organisation(principal.scope, organisation_id)
    except DomainError as error:
        return OrganisationReviewRightPayload(
            organisation=None, moved_claim_count=0, errors=[UserError.of(error)]
        )
    return OrganisationReviewRightPayload(
        organisation=Organisation.from_row(row), moved_claim_count=moved, errors=[]
    )
