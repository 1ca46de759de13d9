"""单位资料管理: info changes, parent changes, the review right (departments:
schema/types/departments.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry import UNSET

from domain import org_changes as flow
from models import Organisation as StoredOrganisation
from models import Region as StoredRegion
from schema.context import Info
from schema.enums import OrgChangeKind, OrgLevel, OrgNature, ReviewStatus
from schema.input_limits import CREDIT_CODE, column
from schema.types.changes import FieldChange, field_changes
from schema.types.errors import UserError
from schema.types.organisations import Organisation, organisation_for

# ── 机构信息修改、更换上级部门 ───────────────────────────────────────────────────────────


@strawberry.type(name="OrganisationChange", description="机构变更申请（变更记录）")
class OrganisationChangeType:
    id: strawberry.ID
    kind: OrgChangeKind = strawberry.field(description="信息修改类型")
    status: ReviewStatus = strawberry.field(description="状态")
    reason: str | None = strawberry.field(description="不通过原因")
    created_at: dt.datetime = strawberry.field(description="申请时间")
    decided_at: dt.datetime | None = strawberry.field(description="办结时间")
    _row: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OrganisationChangeType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            kind=row["kind"],
            status=row["status"],
            reason=row["reason"],
            created_at=row["created_at"],
            decided_at=row["decided_at"],
            _row=row,
        )

    @strawberry.field(description="申请单位")
    async def organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._row["organisation_id"])

    @strawberry.field(description="变更明细（各项变更前后的值）")
    async def changes(self, info: Info) -> list[FieldChange]:
        row = self._row
        return await field_changes(info, row["before"], row["after"], flow.SUBJECT)

    @strawberry.field(description="当前审核单位，已办结时为空")
    async def current_reviewer(self) -> str | None:
        return await flow.current_reviewer(int(self.id))


@strawberry.input(
    description="修改单位信息：只传要修改的项，未传的项不变；统一社会信用代码、名称、注册所在地"
    "须上级审核"
)
class OrganisationUpdateInput:
    name: str | None = strawberry.field(
        directives=[column(StoredOrganisation, "name")],
        default=UNSET,
        description="单位名称（须审核）",
    )
    credit_code: str | None = strawberry.field(
        directives=[CREDIT_CODE], default=UNSET, description="统一社会信用代码（须审核）"
    )
    region_code: str | None = strawberry.field(
        directives=[column(StoredRegion, "code")],
        default=UNSET,
        description="注册所在地区划代码（须审核）",
    )
    nature: OrgNature | None = strawberry.field(default=UNSET, description="单位性质")
    level: OrgLevel | None = strawberry.field(default=UNSET, description="单位级别")
    industry: str | None = strawberry.field(
        directives=[column(StoredOrganisation, "industry")], default=UNSET, description="所属行业"
    )
    phone: str | None = strawberry.field(
        directives=[column(StoredOrganisation, "phone")], default=UNSET, description="单位电话"
    )
    address: str | None = strawberry.field(
        directives=[column(StoredOrganisation, "address")], default=UNSET, description="单位地址"
    )


@strawberry.type(description="修改单位信息结果")
class OrganisationUpdatePayload:
    updated_fields: list[str] = strawberry.field(description="已直接生效的字段")
    change: OrganisationChangeType | None = strawberry.field(
        description="提交上级审核的变更申请（无须审核的修改时为空）"
    )
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="更换上级部门：经原上级部门、新上级部门先后审核通过后生效")
class OrganisationParentChangeInput:
    parent_id: strawberry.ID = strawberry.field(description="新的上级部门")


@strawberry.input(description="撤销待审核的变更申请")
class OrganisationChangeWithdrawInput:
    id: strawberry.ID = strawberry.field(description="变更申请编号")


@strawberry.type(description="变更申请结果")
class OrganisationChangePayload:
    change: OrganisationChangeType | None = strawberry.field(description="变更申请")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="关闭或开启下级单位的学时审核权限")
class OrganisationReviewRightInput:
    organisation_id: strawberry.ID = strawberry.field(description="下级单位")
    enabled: bool = strawberry.field(description="true 开启；false 关闭（其学时改由上级审核）")


@strawberry.type(description="审核权限设置结果")
class OrganisationReviewRightPayload:
    organisation: Organisation | None = strawberry.field(description="下级单位")
    moved_claim_count: int = strawberry.field(description="关闭时转交上级审核的待审学时申报数")
    errors: list[UserError] = strawberry.field(description="失败原因")
