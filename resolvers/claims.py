"""Claims: the professional's drafts, submission and withdrawal; filing for members and CE-base
ingestion; completion, year standards and certificate checks."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated, Any

import strawberry

from domain import certificates, claim_updates, completion, rules
from domain import claim_filing as filing
from domain import claims as flow
from domain.errors import DomainError
from domain.forms import FORMS
from domain.scope import own_records
from models import Certificate, Claim
from models import enums as stored
from resolvers.ids import parse_id
from schema.context import Info
from schema.enums import ClaimStatus
from schema.input_limits import YEAR, column
from schema.limits import subscription_slot
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow, public
from schema.types.claims import (
    CertificateCheck,
    ClaimFailInput,
    ClaimInput,
    ClaimPayload,
    ClaimRecordInput,
    ClaimsFiledPayload,
    ClaimsFileInput,
    ClaimsIngestPayload,
    ClaimTargetInput,
    ClaimType,
    ClaimUpdateInput,
    CompletionType,
    LearningFormType,
    MemberCompletion,
    MemberCompletionFilter,
    hours_text,
)


def learning_forms(info: Info) -> list[LearningFormType]:
    return [LearningFormType.of(form) for form in FORMS.values()]


async def my_claims(
    info: Info,
    year: Annotated[
        int | None, strawberry.argument(description="计入年度", directives=[YEAR])
    ] = None,
    filed_by_organisation: Annotated[
        bool | None,
        strawberry.argument(
            description="是否代报：true 单位代报或机构报送的，false 本人申报的，不填为全部"
        ),
    ] = None,
    status: Annotated[ClaimStatus | None, strawberry.argument(description="状态")] = None,
) -> list[ClaimType]:
    queryset = own_records(info.context.principal.scope, Claim.all())
    if year is not None:
        queryset = queryset.filter(year=year)
    if status is not None:
        queryset = queryset.filter(status=stored.ClaimStatus(status.value))
    if filed_by_organisation is not None:
        queryset = queryset.filter(filed_by_organisation_id__isnull=not filed_by_organisation)
    return [ClaimType.from_model(c) for c in await queryset.order_by("-id")]


def _draft(given: ClaimInput) -> flow.ClaimDraft:
    details: Any = given.details
    if not isinstance(details, dict):
        raise DomainError("INVALID_DETAILS", "details 应为对象", "details")
    return flow.ClaimDraft(
        year=given.year,
        subject=stored.Subject(given.subject.value),
        form=given.form,
        requested_hours=given.requested_hours,
        details=details,
        attachments=tuple(parse_id(a, "attachments") for a in given.attachments),
    )


async def claim_create(info: Info, input: ClaimInput) -> ClaimPayload:
    claim = await flow.create_claim(info.context.principal, _draft(input))
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_update(info: Info, input: ClaimUpdateInput) -> ClaimPayload:
    claim = await flow.update_claim(
        info.context.principal, parse_id(input.id, "id"), _draft(input.claim)
    )
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_delete(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    await flow.delete_claim(info.context.principal, parse_id(input.id, "id"))
    return ClaimPayload(claim=None, errors=[])


async def _after(info: Info, claim_id: int) -> ClaimPayload:
    claim = await flow.access_own_claim(info.context.principal, claim_id)
    return ClaimPayload(claim=ClaimType.from_model(claim), errors=[])


async def claim_submit(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    claim_id = parse_id(input.id, "id")
    await flow.submit_claim(info.context.principal, claim_id)
    return await _after(info, claim_id)


async def claim_withdraw(info: Info, input: ClaimTargetInput) -> ClaimPayload:
    claim_id = parse_id(input.id, "id")
    await flow.withdraw_claim(info.context.principal, claim_id)
    return await _after(info, claim_id)


async def my_completion(
    info: Info,
    years: Annotated[
        list[int] | None, strawberry.argument(description="年度（可多个）", directives=[YEAR])
    ] = None,
) -> list[CompletionType]:
    rows = await completion.completion_rows(info.context.principal.scope, years)
    me = info.context.principal.scope.professional_id or 0
    by_year = {
        year: standard
        for (_, year), standard in (
            await completion.person_standards((me, row["year"]) for row in rows)
        ).items()
    }
    return [
        CompletionType(
            year=row["year"],
            public_hours=hours_text(row["public_hours"]),
            public_met=row["public_hours"] >= by_year[row["year"]].public_min,
            professional_hours=hours_text(row["professional_hours"]),
            professional_met=row["professional_hours"] >= by_year[row["year"]].professional_min,
            total_hours=hours_text(row["total_hours"]),
            passed=row["passed"],
        )
        for row in rows
    ]


async def claim_fail_verification(info: Info, input: ClaimFailInput) -> ClaimPayload:
    await flow.fail_verified_claim(
        info.context.principal, parse_id(input.claim_id, "claimId"), input.reason
    )
    return ClaimPayload(
        claim=ClaimType.from_model(await Claim.get(id=int(input.claim_id))), errors=[]
    )


async def verify_certificate(
    info: Info,
    code: Annotated[
        str,
        strawberry.argument(
            description="证书验证码", directives=[column(Certificate, "verification_code")]
        ),
    ],
) -> CertificateCheck | None:
    view = await certificates.verify(code)
    if view is None:
        return None
    return CertificateCheck(
        valid=view.valid,
        number=view.number,
        name=view.name,
        id_number=view.id_number,  # masked by domain.certificates.view
        year=view.year,
        total_hours=hours_text(view.total_hours),
        issuer=view.issuer,
    )


async def claims_file_for_members(info: Info, input: ClaimsFileInput) -> ClaimsFiledPayload:
    ids = [parse_id(i, "professionalIds") for i in input.professional_ids]
    created = await filing.file_for_members(info.context.principal, ids, _draft(input.claim))
    return ClaimsFiledPayload(claim_ids=[strawberry.ID(str(i)) for i in created], errors=[])


def _record(index: int, given: ClaimRecordInput) -> filing.IngestRecord:
    try:
        draft = _draft(given.claim)
    except DomainError as error:
        raise error.at(f"records.{index}.{error.field}") from None
    return filing.IngestRecord(given.external_ref, given.id_number, given.name, draft)


async def claims_ingest(
    info: Info,
    records: Annotated[
        list[ClaimRecordInput],
        strawberry.argument(description="学习记录（按外部编号去重；全部正确才写入）"),
    ],
) -> ClaimsIngestPayload:
    result = await filing.ingest(
        info.context.principal, [_record(i, r) for i, r in enumerate(records)]
    )
    return ClaimsIngestPayload(
        created=[strawberry.ID(str(i)) for i in result.created],
        unchanged=[strawberry.ID(str(i)) for i in result.unchanged],
        errors=[],
    )


async def member_completions(
    info: Info,
    filter: MemberCompletionFilter,
    first: int | None = None,
    after: str | None = None,
) -> Connection[MemberCompletion]:
    criteria = completion.MemberFilter(
        year=filter.year,
        organisation_id=(
            parse_id(filter.organisation_id, "filter.organisationId")
            if filter.organisation_id
            else None
        ),
        include_subunits=filter.include_subunits,
        passed=filter.passed,
    )
    page = await completion.members_completion(
        info.context.principal.scope, criteria, page_request(info, first, after)
    )
    judged = await completion.person_standards((row["id"], filter.year) for row in page.rows)
    return connection(
        page,
        [
            MemberCompletion(
                professional_id=strawberry.ID(str(row["id"])),
                name=row["name"],
                id_number=row["id_number"],
                unit=row["unit"],
                year=row["year"],
                public_hours=hours_text(row["public_hours"]),
                public_met=row["public_hours"] >= judged[row["id"], filter.year].public_min,
                professional_hours=hours_text(row["professional_hours"]),
                professional_met=(
                    row["professional_hours"] >= judged[row["id"], filter.year].professional_min
                ),
                total_hours=hours_text(row["total_hours"]),
                passed=row["passed"],
            )
            for row in page.rows
        ],
    )


@strawberry.type
class ClaimQueries:
    learning_forms: list[LearningFormType] = strawberry.field(
        resolver=learning_forms,
        extensions=public(),
        description="学习形式目录：每种形式的填写项、可申报科目与学时上限",
    )
    my_claims: list[ClaimType] = strawberry.field(
        resolver=my_claims,
        extensions=allow(rules.OWN_RECORDS),
        description="本人的学时申报",
    )
    member_completions: Connection[MemberCompletion] = strawberry.field(
        resolver=member_completions,
        extensions=allow(rules.READ_STATISTICS),
        description="本单位及下级单位人员某年度的完成情况（无学时者计为0）",
    )
    my_completion: list[CompletionType] = strawberry.field(
        resolver=my_completion,
        extensions=allow(rules.OWN_RECORDS),
        description="本人各年度完成情况",
    )
    verify_certificate: CertificateCheck | None = strawberry.field(
        resolver=verify_certificate,
        extensions=public(),
        description=(
            "电子证书查询验证（按验证码）；"
            "证书 PDF：GET /certificates/{year}.pdf，验证页：/verify/{code}"
        ),
    )


@strawberry.type
class ClaimMutations:
    claim_create: ClaimPayload = strawberry.field(
        resolver=claim_create,
        extensions=allow(rules.OWN_RECORDS),
        description="新建学时申报（待提交）",
    )
    claim_update: ClaimPayload = strawberry.field(
        resolver=claim_update,
        extensions=allow(rules.OWN_RECORDS),
        description="修改待提交的申报",
    )
    claim_delete: ClaimPayload = strawberry.field(
        resolver=claim_delete,
        extensions=allow(rules.OWN_RECORDS),
        description="删除待提交的申报",
    )
    claim_submit: ClaimPayload = strawberry.field(
        resolver=claim_submit,
        extensions=allow(rules.OWN_RECORDS),
        description="提交申报，由所在单位审核（单位审核权限关闭时由上级审核）",
    )
    claim_withdraw: ClaimPayload = strawberry.field(
        resolver=claim_withdraw,
        extensions=allow(rules.OWN_RECORDS),
        description="撤回尚未审核的申报，回到待提交",
    )
    claim_fail_verification: ClaimPayload = strawberry.field(
        resolver=claim_fail_verification,
        extensions=allow(rules.FAIL_VERIFICATION),
        description="审验不通过：已通过的申报不再计入学时，专业技术人员需重新申报",
    )
    claims_file_for_members: ClaimsFiledPayload = strawberry.field(
        resolver=claims_file_for_members,
        extensions=allow(rules.FILE_FOR_MEMBERS),
        description="单位代报：为选中人员各报一条学时，视同单位初审通过，随后由上级审验",
    )
    claims_ingest: ClaimsIngestPayload = strawberry.field(
        resolver=claims_ingest,
        extensions=allow(rules.INGEST_CLAIMS),
        description=(
            "继教基地（含网络学习平台）报送学员学时：按外部编号幂等，全部成功或全部不计入；"
            "视同初审通过，随后由上级审验"
        ),
    )


@strawberry.type
class ClaimSubscriptions:
    @strawberry.subscription(
        description="本人学时申报的状态变化（提交、审核、审验等）",
        extensions=allow(rules.OWN_RECORDS),
    )
    async def my_claim_updates(self, info: Info) -> AsyncGenerator[ClaimType, None]:
        async with subscription_slot(info.context):
            scope = info.context.principal.scope
            assert scope.professional_id is not None
            async for ids in claim_updates.changed_claims(scope.professional_id):
                for claim in await own_records(scope, Claim.filter(id__in=ids)):
                    yield ClaimType.from_model(claim)
