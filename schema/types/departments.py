"""内设部门: a unit's departments, their management and moving members between them."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import UNSET

from models import Department as StoredDepartment
from schema.input_limits import column
from schema.types.errors import UserError
from schema.types.organisations import Department


@strawberry.type(description="内设部门（管理列表，按层级排列）")
class DepartmentEntry:
    id: strawberry.ID
    name: str = strawberry.field(description="部门名称")
    level: int = strawberry.field(description="级别：一级部门为1，其下级为2，依此类推")
    parent_id: strawberry.ID | None = strawberry.field(description="上级部门")
    parent_name: str | None = strawberry.field(description="上级部门名称")
    enabled: bool = strawberry.field(description="是否可用")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> DepartmentEntry:
        parent = row["parent_id"]
        return cls(
            id=strawberry.ID(str(row["id"])),
            name=row["name"],
            level=row["level"],
            parent_id=strawberry.ID(str(parent)) if parent else None,
            parent_name=row["parent_name"],
            enabled=row["enabled"],
        )


@strawberry.input(description="添加部门（填写上级部门即为添加下级）")
class DepartmentAddInput:
    name: str = strawberry.field(
        directives=[column(StoredDepartment, "name")], description="部门名称"
    )
    parent_id: strawberry.ID | None = strawberry.field(default=None, description="上级部门")


@strawberry.input(
    description="编辑部门：只传要修改的项，未传的项不变；上级部门传空值即移为一级部门"
)
class DepartmentUpdateInput:
    id: strawberry.ID = strawberry.field(description="部门")
    name: str | None = strawberry.field(
        directives=[column(StoredDepartment, "name")], default=UNSET, description="部门名称"
    )
    parent_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="上级部门（可设为无，即一级部门）"
    )


@strawberry.input(description="禁用或启用部门；禁用时其下级部门一并禁用，须无人员")
class DepartmentSetEnabledInput:
    id: strawberry.ID = strawberry.field(description="部门")
    enabled: bool = strawberry.field(description="true 启用；false 禁用")


@strawberry.input(description="调整所选人员的所在部门")
class DepartmentMembersMoveInput:
    professional_ids: list[strawberry.ID] = strawberry.field(description="所选人员")
    department_id: strawberry.ID | None = strawberry.field(
        default=None, description="调入的部门；不填为未分配"
    )


@strawberry.type(description="部门操作结果")
class DepartmentPayload:
    department: Department | None = strawberry.field(description="部门")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.type(description="调整部门结果")
class DepartmentMembersMovePayload:
    moved_count: int = strawberry.field(description="调整的人数")
    errors: list[UserError] = strawberry.field(description="失败原因")
