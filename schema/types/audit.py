from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry.scalars import JSON

from schema.context import Info
from schema.types.organisations import Organisation, organisation_for


@strawberry.type(description="操作日志（只读，不可修改或删除）")
class AuditEntry:
    id: strawberry.ID
    at: dt.datetime = strawberry.field(description="时间")
    account_id: strawberry.ID | None = strawberry.field(description="操作人账号")
    action: str = strawberry.field(description="操作")
    subject_type: str = strawberry.field(description="对象类型")
    subject_id: str = strawberry.field(description="对象编号")
    before: JSON | None = strawberry.field(description="变更前")
    after: JSON | None = strawberry.field(description="变更后")
    _organisation_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AuditEntry:
        account = row["account_id"]
        return cls(
            id=strawberry.ID(str(row["id"])),
            at=row["at"],
            account_id=strawberry.ID(str(account)) if account else None,
            action=row["action"],
            subject_type=row["subject_type"],
            subject_id=row["subject_id"],
            before=row["before"],
            after=row["after"],
            _organisation_id=row["acting_organisation_id"],
        )

    @strawberry.field(description="操作人代表的机构")
    async def acting_organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._organisation_id)
