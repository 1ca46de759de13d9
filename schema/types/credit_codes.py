"""临时代码: codes the platform operator issues to units without a credit code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain import credit_codes as flow
from models import Region as StoredRegion
from models import TemporaryCreditCode as StoredCode
from schema.context import Info
from schema.input_limits import column
from schema.types.errors import UserError
from schema.types.organisations import Organisation, organisation_for
from schema.types.regions import Region, region_for


@strawberry.type(
    name="TemporaryCreditCode",
    description="临时代码：平台为无统一社会信用代码的单位发放，注册时代替信用代码使用",
)
class TemporaryCreditCodeType:
    id: strawberry.ID
    code: str = strawberry.field(description="临时代码（LS+地区代码+顺序号）")
    unit_name: str = strawberry.field(description="单位名称：仅限该单位注册时使用")
    note: str | None = strawberry.field(description="备注")
    issued_at: dt.datetime = strawberry.field(description="发放时间")
    issued_by: str | None = strawberry.field(description="发放人")
    used: bool = strawberry.field(
        description="是否已使用：注册待审核或已通过；注册不通过或撤回后可再次使用"
    )
    used_at: dt.datetime | None = strawberry.field(description="最近一次注册使用时间")
    _row: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> TemporaryCreditCodeType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            code=row["code"],
            unit_name=row["unit_name"],
            note=row["note"],
            issued_at=row["issued_at"],
            issued_by=row["issued_by_name"],
            used=flow.is_used(row),
            used_at=row["used_at"],
            _row=row,
        )

    @strawberry.field(description="所在地区")
    async def region(self, info: Info) -> Region | None:
        return await region_for(info, self._row["region_id"])

    @strawberry.field(
        description="使用该代码注册的单位（其信用代码与“是否为临时代码”显示是否已换为正式代码）"
    )
    async def used_by(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._row["used_by_id"])


@strawberry.input(description="发放临时代码：为无统一社会信用代码的单位发放，凭此代码注册")
class TemporaryCreditCodeIssueInput:
    unit_name: str = strawberry.field(
        directives=[column(StoredCode, "unit_name")], description="单位名称（注册时须与此一致）"
    )
    region_code: str = strawberry.field(
        directives=[column(StoredRegion, "code")], description="单位所在地区划代码（6位）"
    )
    note: str | None = strawberry.field(
        directives=[column(StoredCode, "note")],
        default=None,
        description="备注（如申请邮件、联系人）",
    )


@strawberry.type(description="发放临时代码结果")
class TemporaryCreditCodeIssuePayload:
    temporary_credit_code: TemporaryCreditCodeType | None = strawberry.field(
        description="发放的临时代码"
    )
    errors: list[UserError] = strawberry.field(description="失败原因")
