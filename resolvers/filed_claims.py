"""已报送学时: the list of claims the caller's organisation filed; 学时申报记录: the
members' submitted claims, whoever filed them."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain import filed_claims as filed
from domain import member_claims as members
from domain import rules
from models import Account, Claim
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import ClaimStatus, Subject
from schema.input_limits import YEAR, column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.filed_claims import FiledClaim, MemberClaim


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


async def member_claims(
    info: Info,
    statuses: Annotated[
        list[ClaimStatus] | None,
        strawberry.argument(description="认定结果（可多选；不填为全部已提交的）"),
    ] = None,
    year: Annotated[
        int | None, strawberry.argument(description="认定年度", directives=[YEAR])
    ] = None,
    learning_form: Annotated[
        str | None,
        strawberry.argument(description="学习形式", directives=[column(Claim, "form")]),
    ] = None,
    subject: Annotated[Subject | None, strawberry.argument(description="科目类型")] = None,
    organisation_id: Annotated[
        strawberry.ID | None, strawberry.argument(description="单位（本机构及下级范围内）")
    ] = None,
    include_subunits: Annotated[
        bool, strawberry.argument(description="包含所选单位的下级单位")
    ] = True,
    name_contains: Annotated[
        str | None,
        strawberry.argument(description="姓名包含", directives=[column(Account, "name")]),
    ] = None,
    filed_by_organisation: Annotated[
        bool | None,
        strawberry.argument(description="是否代报：true 单位代报或机构报送的，false 本人申报的"),
    ] = None,
    first: Annotated[int | None, strawberry.argument(description="每页条数")] = None,
    after: Annotated[
        str | None, strawberry.argument(description="从此游标之后继续（上一页的 endCursor）")
    ] = None,
) -> Connection[MemberClaim]:
    criteria = members.MemberClaimFilter(
        statuses=tuple(stored.ClaimStatus(s.value) for s in statuses or ()),
        year=year,
        form=learning_form,
        subject=stored.Subject(subject.value) if subject is not None else None,
        organisation_id=(parse_id(organisation_id, "organisationId") if organisation_id else None),
        include_subunits=include_subunits,
        name_contains=name_contains,
        filed_by_organisation=filed_by_organisation,
    )
    page = await members.member_claims(
        info.context.principal, criteria, page_request(info, first, after)
    )
    return connection(page, [MemberClaim.of(row) for row in page.rows])


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
    member_claims: Connection[MemberClaim] = strawberry.field(
        resolver=member_claims,
        extensions=allow(rules.LIST_MEMBER_CLAIMS),
        description=(
            "学时申报记录：本单位及下级人员已提交的学时申报（本人申报、代报与基地报送），"
            "可按认定结果、年度、学习形式、科目类型和单位查询，最新的在前"
        ),
    )
