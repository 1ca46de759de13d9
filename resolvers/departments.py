"""内设部门: a unit's departments and moving its members between them."""

from __future__ import annotations

from typing import Any

import strawberry

from domain import departments as depts
from domain import rules
from resolvers.ids import parse_id, parse_optional_id
from schema.context import Info
from schema.partial import kept
from schema.permissions import allow
from schema.types.departments import (
    DepartmentAddInput,
    DepartmentEntry,
    DepartmentMembersMoveInput,
    DepartmentMembersMovePayload,
    DepartmentPayload,
    DepartmentSetEnabledInput,
    DepartmentUpdateInput,
)
from schema.types.organisations import Department


async def departments(info: Info) -> list[DepartmentEntry]:
    return [
        DepartmentEntry.from_row(r) for r in await depts.department_rows(info.context.principal)
    ]


def _department(found: Any) -> DepartmentPayload:
    row = {"id": found.id, "name": found.name, "parent_id": found.parent_id,
           "enabled": found.enabled}  # fmt: skip
    return DepartmentPayload(department=Department.from_row(row), errors=[])


async def department_add(info: Info, input: DepartmentAddInput) -> DepartmentPayload:
    parent_id = parse_optional_id(input.parent_id, "parentId")
    added = await depts.add_department(info.context.principal, input.name, parent_id)
    return _department(added)


async def department_update(info: Info, input: DepartmentUpdateInput) -> DepartmentPayload:
    updated = await depts.update_department(
        info.context.principal,
        parse_id(input.id, "id"),
        kept(input.name),
        kept(input.parent_id, lambda v: parse_id(v, "parentId")),
    )
    return _department(updated)


async def department_set_enabled(info: Info, input: DepartmentSetEnabledInput) -> DepartmentPayload:
    changed = await depts.set_department_enabled(
        info.context.principal, parse_id(input.id, "id"), input.enabled
    )
    return _department(changed)


async def department_members_move(
    info: Info, input: DepartmentMembersMoveInput
) -> DepartmentMembersMovePayload:
    moved = await depts.move_members(
        info.context.principal,
        [parse_id(i, "professionalIds") for i in input.professional_ids],
        parse_optional_id(input.department_id, "departmentId"),
    )
    return DepartmentMembersMovePayload(moved_count=moved, errors=[])


@strawberry.type
class DepartmentQueries:
    departments: list[DepartmentEntry] = strawberry.field(
        resolver=departments,
        extensions=allow(rules.VIEW_DEPARTMENTS),
        description="管理内设部门：本单位的部门（按层级排列）",
    )


@strawberry.type
class DepartmentMutations:
    department_add: DepartmentPayload = strawberry.field(
        resolver=department_add,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="添加部门：一级部门，或所选部门的下级",
    )
    department_update: DepartmentPayload = strawberry.field(
        resolver=department_update,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="编辑部门：修改名称或上级部门（连同其下级部门）",
    )
    department_set_enabled: DepartmentPayload = strawberry.field(
        resolver=department_set_enabled,
        extensions=allow(rules.MANAGE_ORGANISATION),
        description="禁用或启用部门",
    )
    department_members_move: DepartmentMembersMovePayload = strawberry.field(
        resolver=department_members_move,
        extensions=allow(rules.MOVE_DEPARTMENT_MEMBERS),
        description="调整部门：把所选本单位人员调入某部门或设为未分配",
    )
