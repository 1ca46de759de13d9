"""人员调转: apply, withdraw, and the records of both sides."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import rules
from domain import transfers as flow
from models import Account
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import TransferStatus, stored_values
from schema.input_limits import column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.transfers import (
    TransferDirection,
    TransferPayload,
    TransferStartInput,
    TransferType,
    TransferWithdrawInput,
)


async def _payload(transfer_id: int) -> TransferPayload:
    return TransferPayload(
        transfer=TransferType.from_row(await flow.transfer_row(transfer_id)), errors=[]
    )


async def transfer_start(info: Info, input: TransferStartInput) -> TransferPayload:
    application = flow.TransferApplication(
        to_organisation_id=parse_id(input.to_organisation_id, "toOrganisationId"),
        phone=input.phone,
        reason=input.reason,
        attachments=tuple(parse_id(a, "attachments") for a in input.attachments),
        professional_id=parse_id(input.professional_id, "professionalId")
        if input.professional_id is not None
        else None,
    )
    transfer = await flow.start_transfer(info.context.principal, application)
    return await _payload(transfer.id)


async def transfer_withdraw(info: Info, input: TransferWithdrawInput) -> TransferPayload:
    transfer = await flow.withdraw_transfer(info.context.principal, parse_id(input.id, "id"))
    return await _payload(transfer.id)


async def transfers(
    info: Info,
    direction: Annotated[
        TransferDirection,
        strawberry.argument(description="记录类型：调入记录或调出记录"),
    ],
    statuses: Annotated[
        list[TransferStatus] | None, strawberry.argument(description="处理结果")
    ] = None,
    name_contains: Annotated[
        str | None,
        strawberry.argument(description="姓名包含", directives=[column(Account, "name")]),
    ] = None,
    first: Annotated[int | None, strawberry.argument(description="每页条数")] = None,
    after: Annotated[str | None, strawberry.argument(description="上一页最后一条的游标")] = None,
) -> Connection[TransferType]:
    criteria = flow.TransferFilter(
        incoming=direction == TransferDirection.IN,
        statuses=stored_values(statuses, stored.TransferStatus),
        name_contains=name_contains,
    )
    page = await flow.list_transfers(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [TransferType.from_row(row) for row in page.rows])


async def my_transfers(info: Info) -> list[TransferType]:
    return [TransferType.from_row(row) for row in await flow.my_transfers(info.context.principal)]


@strawberry.type
class TransferQueries:
    transfers: Connection[TransferType] = strawberry.field(
        resolver=transfers,
        extensions=allow(rules.LIST_TRANSFERS),
        description="调转记录：调入或调出本单位及下级单位的人员调转",
    )
    my_transfers: list[TransferType] = strawberry.field(
        resolver=my_transfers,
        extensions=allow(rules.OWN_RECORDS),
        description="本人的单位调转申请及审核情况",
    )


@strawberry.type
class TransferMutations:
    transfer_start: TransferPayload = strawberry.field(
        resolver=transfer_start,
        extensions=allow(rules.APPLY_TRANSFER),
        description="人员调转：提交转出申请，先由原单位审核调出，再由调入单位审核调入",
    )
    transfer_withdraw: TransferPayload = strawberry.field(
        resolver=transfer_withdraw,
        extensions=allow(rules.APPLY_TRANSFER),
        description="撤回待审核的调转申请（仅申请人）",
    )
