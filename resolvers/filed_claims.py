"""已报送学时: the list of claims the caller's organisation filed."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import filed_claims as filed
from domain import rules
from models import Account, Claim
from models import enums as stored
from schema.context import Info
from schema.enums import ClaimStatus
from schema.input_limits import YEAR, column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.filed_claims import FiledClaim


async def filed_claims(
    info: Info,
    year: Annotated[
        int | None, strawberry.argument(description="计入年度", directives=[YEAR])
    ] = None,
    external_ref: Annotated[
        str | None,
        strawberry.argument(
            description="外部编号（报送方的记录编号，精确匹配）",
            directives=[column(Claim, "external_ref")],
        ),
    ] = None,
    name_contains: Annotated[
        str | None,
        strawberry.argument(description="姓名包含", directives=[column(Account, "name")]),
    ] = None,
    statuses: Annotated[
        list[ClaimStatus] | None, strawberry.argument(description="状态（可多选）")
    ] = None,
    first: Annotated[int | None, strawberry.argument(description="每页条数")] = None,
    after: Annotated[
        str | None, strawberry.argument(description="从此游标之后继续（上一页的 endCursor）")
    ] = None,
) -> Connection[FiledClaim]:
    criteria = filed.FiledFilter(
        year=year,
        external_ref=external_ref,
        name_contains=name_contains,
        statuses=tuple(stored.ClaimStatus(s.value) for s in statuses or ()),
    )
    page = await filed.filed_claims(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [FiledClaim.of(row) for row in page.rows])


@strawberry.type
class FiledClaimQueries:
    filed_claims: Connection[FiledClaim] = strawberry.field(
        resolver=filed_claims,
        extensions=allow(rules.LIST_FILED_CLAIMS),
        description=(
            "已报送学时：本机构代报、导入或报送的学时申报（仅本机构自己报送的，不含下级单位），"
            "最新的在前"
        ),
    )
