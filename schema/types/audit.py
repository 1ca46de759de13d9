from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain import audit
from schema.context import Info
from schema.types.changes import FieldChange, field_changes
from schema.types.organisations import Organisation, organisation_for


@strawberry.type(description="操作日志（只读，不可修改或删除）")
class AuditEntry:
    id: strawberry.ID
    at: dt.datetime = strawberry.field(description="时间")
    account_id: strawberry.ID | None = strawberry.field(description="操作人账号")
    action_label: str = strawberry.field(description="操作")
    action: str = strawberry.field(description="操作代码（筛选用）")
    subject_type_label: str = strawberry.field(description="对象类型")
    subject_type: str = strawberry.field(description="对象类型代码（筛选用）")
    subject_id: str = strawberry.field(description="对象编号")
    _organisation_id: strawberry.Private[int | None]
    _before: strawberry.Private[dict[str, Any] | None]
    _after: strawberry.Private[dict[str, Any] | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AuditEntry:
        account = row["account_id"]
        return cls(
            id=strawberry.ID(str(row["id"])),
            at=row["at"],
            account_id=strawberry.ID(str(account)) if account else None,
            action_label=audit.action_label(row["action"]),
            action=row["action"],
            subject_type_label=audit.subject_label(row["subject_type"]),
            subject_type=row["subject_type"],
            subject_id=row["subject_id"],
            _organisation_id=row["acting_organisation_id"],
            _before=row["before"],
            _after=row["after"],
        )

    @strawberry.field(description="变更明细（各项变更前后的值）")
    async def changes(self, info: Info) -> list[FieldChange]:
        return await field_changes(info, self._before, self._after, self.subject_type)

    @strawberry.field(description="操作人")
    async def account_name(self, info: Info) -> str | None:
        if self.account_id is None:
            return None
        found = await info.context.loaders.account_name_by_id.load(int(self.account_id))
        return str(found) if found is not None else None

    @strawberry.field(description="操作人代表的机构")
    async def acting_organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._organisation_id)


@strawberry.type(description="日志记录的一种操作")
class AuditAction:
    code: str = strawberry.field(description="操作代码（筛选用）")
    label: str = strawberry.field(description="操作")


@strawberry.type(description="日志记录的一种对象类型")
class AuditSubjectType:
    code: str = strawberry.field(description="对象类型代码（筛选用）")
    label: str = strawberry.field(description="对象类型")


@strawberry.type(description="操作日志可筛选的操作与对象类型（代码及名称）")
class AuditCatalogue:
    actions: list[AuditAction] = strawberry.field(description="操作")
    subject_types: list[AuditSubjectType] = strawberry.field(description="对象类型")

    @classmethod
    def of_log(cls) -> AuditCatalogue:
        return cls(
            actions=[AuditAction(code=c, label=t) for c, t in audit.ACTION_LABELS.items()],
            subject_types=[
                AuditSubjectType(code=c, label=t) for c, t in audit.SUBJECT_LABELS.items()
            ],
        )
