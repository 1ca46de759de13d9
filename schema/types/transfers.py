"""人员调转: applications, their records on both sides, and the professional's own."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from domain import transfers as flow
from models import Transfer as StoredTransfer
from schema.context import Info
from schema.enums import TransferStatus
from schema.input_limits import column
from schema.pii import mask_id_number, mask_phone, pii
from schema.types.claims import Attachment
from schema.types.errors import UserError
from schema.types.organisations import Organisation, organisation_for


@strawberry.enum(description="调转记录的方向")
class TransferDirection(Enum):
    IN = strawberry.enum_value("IN", description="调入本单位（人员转入记录）")
    OUT = strawberry.enum_value("OUT", description="调出本单位（人员转出记录）")


@strawberry.type(name="Transfer", description="人员调转：原单位审核调出，新单位审核调入")
class TransferType:
    id: strawberry.ID
    status: TransferStatus = strawberry.field(description="处理结果")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    title_series: str | None = strawberry.field(description="专业技术职务系列")
    title_specialty: str | None = strawberry.field(description="从事专业")
    title_qualification: str | None = strawberry.field(description="专业技术职务任职资格")
    phone: str = strawberry.field(description="联系电话", extensions=pii(mask_phone))
    reason: str = strawberry.field(description="调转原因")
    rejection_reason: str | None = strawberry.field(description="不同意调转的原因")
    applied_by_unit: bool = strawberry.field(description="是否由原单位管理员发起")
    created_at: dt.datetime = strawberry.field(description="申请时间")
    out_decided_at: dt.datetime | None = strawberry.field(description="原单位同意调出的时间")
    finished_at: dt.datetime | None = strawberry.field(
        description="办结时间（调转成功、不同意或撤回）"
    )
    _from_id: strawberry.Private[int]
    _to_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> TransferType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            status=row["status"],
            name=row["name"],
            id_number=row["id_number"],
            title_series=row["title_series"],
            title_specialty=row["title_specialty"],
            title_qualification=row["title_qualification"],
            phone=row["phone"],
            reason=row["reason"],
            rejection_reason=row["rejection_reason"],
            applied_by_unit=row["applicant_organisation_id"] is not None,
            created_at=row["created_at"],
            out_decided_at=row["out_decided_at"],
            finished_at=row["finished_at"],
            _from_id=row["from_organisation_id"],
            _to_id=row["to_organisation_id"],
        )

    @strawberry.field(description="原调出单位")
    async def from_unit(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._from_id)

    @strawberry.field(description="调入单位")
    async def to_unit(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._to_id)

    @strawberry.field(description="当前处理单位（待审核时），已办结时为空")
    async def current_reviewer(self) -> str | None:
        return await flow.current_reviewer(int(self.id))

    @strawberry.field(description="附件")
    async def attachments(self) -> list[Attachment]:
        return [Attachment.of(f) for f in await flow.attachments_of(int(self.id))]


@strawberry.input(description="提交转出申请：本人申请时不填调出人员")
class TransferStartInput:
    to_organisation_id: strawberry.ID = strawberry.field(description="调入单位")
    phone: str = strawberry.field(
        directives=[column(StoredTransfer, "phone")],
        description="联系电话（本单位联系电话或本人手机号码）",
    )
    reason: str = strawberry.field(
        directives=[column(StoredTransfer, "reason")], description="调转原因"
    )
    professional_id: strawberry.ID | None = strawberry.field(
        default=None, description="调出人员（单位管理员发起时必填）"
    )
    attachments: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="附件：POST /files 返回的附件编号"
    )


@strawberry.input(description="撤回待审核的调转申请")
class TransferWithdrawInput:
    id: strawberry.ID = strawberry.field(description="调转申请编号")


@strawberry.type(description="人员调转结果")
class TransferPayload:
    transfer: TransferType | None = strawberry.field(description="调转申请")
    errors: list[UserError] = strawberry.field(description="失败原因")
