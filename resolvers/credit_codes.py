"""临时代码: the operator issues them and lists them with who used each."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import credit_codes as flow
from domain import rules
from models import TemporaryCreditCode
from schema.context import Info
from schema.input_limits import column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.credit_codes import (
    TemporaryCreditCodeIssueInput,
    TemporaryCreditCodeIssuePayload,
    TemporaryCreditCodeType,
)


async def temporary_credit_code_issue(
    info: Info, input: TemporaryCreditCodeIssueInput
) -> TemporaryCreditCodeIssuePayload:
    request = flow.IssueRequest(input.unit_name, input.region_code, input.note)
    issued = await flow.issue_code(info.context.principal, request)
    row = await flow.code_row(issued.id)
    return TemporaryCreditCodeIssuePayload(
        temporary_credit_code=TemporaryCreditCodeType.from_row(row), errors=[]
    )


async def temporary_credit_codes(
    info: Info,
    used: Annotated[bool | None, strawberry.argument(description="是否已使用；不填为全部")] = None,
    unit_name_contains: Annotated[
        str | None,
        strawberry.argument(
            description="单位名称包含", directives=[column(TemporaryCreditCode, "unit_name")]
        ),
    ] = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[TemporaryCreditCodeType]:
    page = await flow.list_codes(
        info.context.principal, used, unit_name_contains, page_request(info, first, after)
    )
    return connection(page, [TemporaryCreditCodeType.from_row(r) for r in page.rows])


@strawberry.type
class TemporaryCreditCodeQueries:
    temporary_credit_codes: Connection[TemporaryCreditCodeType] = strawberry.field(
        resolver=temporary_credit_codes,
        extensions=allow(rules.ISSUE_TEMPORARY_CODES),
        description="临时代码：平台运营方（省级人社部门）发放的临时代码及使用单位",
    )


@strawberry.type
class TemporaryCreditCodeMutations:
    temporary_credit_code_issue: TemporaryCreditCodeIssuePayload = strawberry.field(
        resolver=temporary_credit_code_issue,
        extensions=allow(rules.ISSUE_TEMPORARY_CODES),
        description="发放临时代码：为无统一社会信用代码的单位发放（仅省级人社部门），凭代码注册",
    )
