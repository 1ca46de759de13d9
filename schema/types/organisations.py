from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain import organisations as orgs
from schema.context import Info
from schema.enums import BaseLevel, OrgKind, OrgLevel, OrgNature, OrgStatus
from schema.pagination import Connection, connection, page_request
from schema.projection import Column, Projection, Related, as_id, as_iso
from schema.types.regions import REGION_PROJECTION, Region, region_for


@strawberry.type(description="内设部门")
class Department:
    id: strawberry.ID
    name: str = strawberry.field(description="部门名称")
    parent_id: strawberry.ID | None = strawberry.field(description="上级部门")
    enabled: bool = strawberry.field(description="是否可用（禁用的部门不再接收人员）")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Department:
        parent = row.get("parent_id")
        return cls(
            id=strawberry.ID(str(row["id"])),
            name=row["name"],
            parent_id=strawberry.ID(str(parent)) if parent else None,
            enabled=row.get("enabled", True),
        )


@strawberry.type(description="机构：人社部门、主管部门、用人单位、继续教育基地")
class Organisation:
    id: strawberry.ID
    kind: OrgKind = strawberry.field(description="机构类型")
    name: str = strawberry.field(description="机构名称")
    credit_code: str | None = strawberry.field(description="统一社会信用代码")
    credit_code_temporary: bool = strawberry.field(description="是否为平台发放的临时代码")
    nature: OrgNature | None = strawberry.field(description="单位性质")
    level: OrgLevel | None = strawberry.field(description="单位级别")
    industry: str | None = strawberry.field(description="所属行业")
    phone: str | None = strawberry.field(description="联系电话")
    address: str | None = strawberry.field(description="单位地址")
    base_level: BaseLevel | None = strawberry.field(description="继续教育基地级别")
    review_enabled: bool = strawberry.field(description="是否具有学时审核权限")
    status: OrgStatus = strawberry.field(description="状态")
    depth: int = strawberry.field(description="在机构树中的层级（省人社厅为0）")
    created_at: dt.datetime = strawberry.field(description="注册时间")
    _parent_id: strawberry.Private[int | None]
    _region_code: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Organisation:
        return cls(
            id=strawberry.ID(str(row["id"])),
            kind=row["kind"],
            name=row["name"],
            credit_code=row["credit_code"],
            credit_code_temporary=row["credit_code_temporary"],
            nature=row["nature"],
            level=row["level"],
            industry=row["industry"],
            phone=row["phone"],
            address=row["address"],
            base_level=row["base_level"],
            review_enabled=row["review_enabled"],
            status=row["status"],
            depth=row["depth"],
            created_at=row["created_at"],
            _parent_id=row["parent_id"],
            _region_code=row["region_id"],
        )

    @strawberry.field(description="注册所在地")
    async def region(self, info: Info) -> Region | None:
        return await region_for(info, self._region_code)

    @strawberry.field(description="上级机构")
    async def parent(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._parent_id)

    @strawberry.field(description="直属下级机构")
    async def children(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Organisation]:
        page = await orgs.children_page(
            info.context.principal.scope, int(self.id), page_request(info, first, after)
        )
        return connection(page, [Organisation.from_row(r) for r in page.rows])

    @strawberry.field(description="全部下级机构（含本机构）")
    async def subtree(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Organisation]:
        page = await orgs.subtree_page(
            info.context.principal.scope, int(self.id), page_request(info, first, after)
        )
        return connection(page, [Organisation.from_row(r) for r in page.rows])

    @strawberry.field(description="上级机构链，自顶层至直属上级")
    async def ancestors(self, info: Info) -> list[Organisation]:
        rows = await orgs.ancestor_rows(info.context.principal.scope, int(self.id))
        return [Organisation.from_row(r) for r in rows]

    @strawberry.field(description="内设部门")
    async def departments(self, info: Info) -> list[Department]:
        if not await _reaches(info, int(self.id)):
            return []
        rows = await orgs.department_rows(int(self.id))
        return [Department.from_row(r) for r in rows]


async def organisation_for(info: Info, organisation_id: int | None) -> Organisation | None:
    """A related organisation: whole when the caller's scope reaches it or it is the
    caller's own, else only what the public directory shows of it."""
    if organisation_id is None:
        return None
    row = await info.context.loaders.organisation_by_id.load(organisation_id)
    if row is None:
        return None
    if not await _reaches(info, organisation_id):
        row = orgs.public_part(row)
    return Organisation.from_row(row)


async def _reaches(info: Info, organisation_id: int) -> bool:
    principal = info.context.principal
    if organisation_id == principal.organisation_id:
        return True
    return await info.context.loaders.organisation_reachable(principal.scope).load(organisation_id)


DEPARTMENT_PROJECTION = Projection(
    "Department",
    {
        "id": Column("id", as_id),
        "name": Column("name"),
        "parentId": Column("parent_id", as_id),
        "enabled": Column("enabled"),
    },
)

ORGANISATION_PROJECTION: Projection = Projection(
    "Organisation",
    {
        "id": Column("id", as_id),
        "kind": Column("kind"),
        "name": Column("name"),
        "creditCode": Column("credit_code"),
        "creditCodeTemporary": Column("credit_code_temporary", bool),
        "nature": Column("nature"),
        "level": Column("level"),
        "industry": Column("industry"),
        "phone": Column("phone"),
        "address": Column("address"),
        "baseLevel": Column("base_level"),
        "reviewEnabled": Column("review_enabled", bool),
        "status": Column("status"),
        "depth": Column("depth"),
        "createdAt": Column("created_at", as_iso),
        "region": Related(
            "region_id", lambda c: c.loaders.region_by_code, lambda: REGION_PROJECTION, "code"
        ),
        "parent": Related(
            "parent_id", lambda c: c.loaders.organisation_by_id, lambda: ORGANISATION_PROJECTION
        ),
    },
)


@strawberry.type(description="机构目录中的一项：名称与类型（公开）")
class DirectoryEntry:
    id: strawberry.ID
    name: str = strawberry.field(description="机构名称")
    kind: OrgKind = strawberry.field(description="机构类型")
