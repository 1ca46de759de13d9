"""Filing hours for members at every admin level, and 学时申报记录 (memberClaims).

Seed 001 §5.2.1 (用人单位): "单位管理员可以在学时（分）申报模块申报本单位专业技术人员的……继续教育
学时……可'手动添加'选择申请人"; seed 003 5.4 and 3.4 (用人单位, 主管部门, 人社部门 "学时申报": 选择
申请人, 附件); seed 001 §5.2.3 / seed 002 §5.2.2 "学时申报记录……可按照认定结果分类查询"; seed 003
5.5 "查看申报记录" with its columns (姓名 认定年度 科目类型 学习形式 申报学时 认定学时 当前处理人
认定结果). Seed 000 施教机构申报 / seed 001 §5.3: a CE base reports hours for its trainees, and
its 审核单位 is named on what it reported.
"""

from __future__ import annotations

from typing import Any

import pytest

from models import ClaimAttachment, Professional, ReviewStep
from models.enums import ReviewKind
from tests.api.test_attachments import PNG, upload
from tests.api.test_claims import training
from tests.conftest import LiveServer
from tests.fixtures.claims import submit_claim
from tests.fixtures.kept_statements import first_pages_both_ways

FILE_FOR = """mutation($i: ClaimsFileInput!) { claimsFileForMembers(input: $i) {
    claimIds errors { code field message } } }"""
INGEST = """mutation($r: [ClaimRecordInput!]!) { claimsIngest(records: $r) {
    created unchanged errors { code field message } } }"""
RECORDS = """query($statuses: [ClaimStatus!], $year: Int, $form: String, $subject: Subject,
    $org: ID, $sub: Boolean! = true, $filed: Boolean, $name: String) {
  memberClaims(statuses: $statuses, year: $year, learningForm: $form, subject: $subject,
      organisationId: $org, includeSubunits: $sub, filedByOrganisation: $filed,
      nameContains: $name, first: 100) {
    totalCount edges { node { id name idNumber unit year subject formLabel requestedHours
      recognisedHours currentHandler status filedBy } } } }"""
FILED = """{ filedClaims(first: 50) { edges { node { id name reviewingUnit currentHandler } } } }"""


async def pid(tree: Any, name: str) -> str:
    return str((await Professional.get(account__id_number=tree.people[name])).id)


def names(body: dict[str, Any]) -> list[str]:
    return sorted(e["node"]["name"] for e in body["memberClaims"]["edges"])


async def test_every_admin_level_files_for_members_with_evidence(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """The employer, the competent department and the city HRSS bureau each file for one or
    several members of their subtree, with evidence; verification goes to the level above."""
    cases = [
        ("hospital1", ["王芳"], "济南第一医院", "济南市卫生健康委员会"),
        ("health", ["王磊", "刘洋"], "济南市卫生健康委员会", "济南市人力资源和社会保障局"),
        ("jinan", ["张伟"], "济南市人力资源和社会保障局", "山东省人力资源和社会保障厅"),
    ]
    for key, people, filer, verifier in cases:
        token = tokens[key]
        status, scan = await upload(live, token, PNG, "结业证书.png")
        assert status == 201, scan
        claim = training(year=2023, requestedHours="6", attachments=[scan["id"]])
        ids = [await pid(tree, name) for name in people]
        filed = await live.data(FILE_FOR, {"i": {"professionalIds": ids, "claim": claim}}, token)
        assert filed["claimsFileForMembers"]["errors"] == [], (key, filed)
        claim_ids = [int(i) for i in filed["claimsFileForMembers"]["claimIds"]]
        assert len(claim_ids) == len(people)
        assert await ClaimAttachment.filter(claim_id__in=claim_ids).count() == len(people)
        steps = await ReviewStep.filter(
            kind=ReviewKind.CLAIM_VERIFICATION, subject_id__in=claim_ids
        ).prefetch_related("reviewer")
        assert {s.reviewer.name for s in steps} == {verifier}, key
        records = await live.data(RECORDS, {"filed": True, "year": 2023}, token)
        rows = [e["node"] for e in records["memberClaims"]["edges"]]
        mine = [r for r in rows if int(r["id"]) in claim_ids]
        assert {(r["filedBy"], r["currentHandler"], r["status"]) for r in mine} == {
            (filer, verifier, "APPROVED")
        }
    # a member outside the filer's subtree is refused, nobody filed
    outside = await live.data(
        FILE_FOR,
        {"i": {"professionalIds": [await pid(tree, "刘洋")], "claim": training(year=2023)}},
        tokens["hospital1"],
    )
    assert outside["claimsFileForMembers"]["errors"][0]["code"] == "NOT_FOUND"
    # evidence must be the filer's own upload
    status, theirs = await upload(live, tokens["hospital2"], PNG)
    forged = await live.data(
        FILE_FOR,
        {"i": {"professionalIds": [await pid(tree, "王芳")],
               "claim": training(year=2023, attachments=[theirs["id"]])}},
        tokens["hospital1"],
    )  # fmt: skip
    assert forged["claimsFileForMembers"]["errors"][0] | {"message": ""} == {
        "code": "NOT_FOUND", "field": "attachments", "message": ""}  # fmt: skip


async def test_claim_records_list_members_claims_with_the_seed_filters(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """学时申报记录: the members' submitted claims — the person's own and those filed for them
    — within the caller's subtree, filtered by 认定结果, year, form, subject and unit."""
    own = await submit_claim(live, tokens["professional"], year=2022)  # 王芳, hospital1
    await live.data(
        "mutation($i: ClaimInput!) { claimCreate(input: $i) { errors { code } } }",
        {"i": training(year=2022)},
        tokens["professional"],
    )  # a draft: the person's own until submitted
    online = {"year": 2022, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": "4",
              "details": {"platform": "山东继教在线", "course": "职业道德", "date": "2022-06-01"}}  # fmt: skip
    fed = await live.data(
        INGEST,
        {"r": [{"externalRef": "MC-1", "idNumber": tree.people["陈静"], "name": "陈静",
                "claim": online}]},
        tokens["base"],
    )  # fmt: skip
    assert fed["claimsIngest"]["errors"] == []

    unit = tokens["hospital1"]
    year = (await live.data(RECORDS, {"year": 2022}, unit))["memberClaims"]
    assert [e["node"]["name"] for e in year["edges"]] == ["王芳"]  # the draft is not listed
    row = year["edges"][0]["node"]
    assert row["id"] == own
    assert (row["status"], row["currentHandler"], row["filedBy"], row["formLabel"]) == (
        "SUBMITTED", "济南第一医院", None, "岗位培训")  # fmt: skip
    pending = await live.data(RECORDS, {"statuses": ["SUBMITTED"]}, unit)
    assert names(pending) == ["王芳"]
    assert names(await live.data(RECORDS, {"statuses": ["DRAFT"]}, unit)) == []
    passed = await live.data(RECORDS, {"statuses": ["APPROVED", "VERIFIED"], "year": 2022},
                             tokens["health"])  # fmt: skip
    assert names(passed) == ["陈静"]  # the base's report, approved on filing
    # the unit filter: the branch alone, or hospital1 without its branch
    branch = await live.data(RECORDS, {"org": str(tree.ids["branch"])}, unit)
    assert set(names(branch)) == {"张伟"}
    alone = await live.data(RECORDS, {"org": str(tree.ids["hospital1"]), "sub": False}, unit)
    assert "张伟" not in names(alone) and "王芳" in names(alone)
    # the learning form and the subject
    public = await live.data(RECORDS, {"subject": "PUBLIC"}, tokens["health"])
    assert names(public) == ["陈静"]
    by_form = await live.data(RECORDS, {"form": "ONLINE"}, tokens["health"])
    assert names(by_form) == ["陈静"]
    # the CE base's report appears among hospital2's members' records, not hospital1's
    assert "陈静" not in names(await live.data(RECORDS, {}, unit))
    everyone = await live.data(RECORDS, {"year": 2022}, tokens["health"])
    assert names(everyone) == ["王芳", "陈静"]
    assert {e["node"]["filedBy"] for e in everyone["memberClaims"]["edges"]} == {
        None, "济南市继续教育基地"}  # fmt: skip
    # the sibling hospital sees none of hospital1's
    assert "王芳" not in names(await live.data(RECORDS, {}, tokens["hospital2"]))
    # a unit outside the caller's subtree lists nothing rather than its claims
    other = await live.data(RECORDS, {"org": str(tree.ids["hospital2"])}, unit)
    assert names(other) == []


async def test_who_may_read_claim_records_and_who_sees_id_numbers(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # a CE base has no members below it: what it reported is its 已报送学时
    for who in ("hospital2_plain", "professional", "base"):
        body = await live.gql(RECORDS, {}, tokens[who])
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", who
    anonymous = await live.gql(RECORDS, {})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    bad = await live.gql(RECORDS, {"form": "NO_SUCH_FORM"}, tokens["hospital1"])
    assert bad["errors"][0]["extensions"]["code"] == "UNKNOWN_FORM"
    rows = (await live.data(RECORDS, {}, tokens["hospital1"]))["memberClaims"]["edges"]
    assert rows and all(r["node"]["idNumber"] in tree.people.values() for r in rows)


async def test_a_base_sees_its_reviewing_unit_on_what_it_reported(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """Seed 000 施教机构申报进度 / seed 001 §5.3: what a CE base reports is reviewed above it;
    its 已报送学时 names that unit (审核单位) and who holds each record now."""
    online = {"year": 2023, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": "3",
              "details": {"platform": "山东继教在线", "course": "法治教育", "date": "2023-03-01"}}  # fmt: skip
    fed = await live.data(
        INGEST,
        {"r": [{"externalRef": "RU-1", "idNumber": tree.people["刘洋"], "name": "刘洋",
                "claim": online}]},
        tokens["base"],
    )  # fmt: skip
    assert fed["claimsIngest"]["errors"] == []
    rows = [
        e["node"] for e in (await live.data(FILED, token=tokens["base"]))["filedClaims"]["edges"]
    ]
    mine = next(r for r in rows if r["id"] == fed["claimsIngest"]["created"][0])
    assert (mine["reviewingUnit"], mine["currentHandler"]) == (
        "济南市人力资源和社会保障局", "济南市人力资源和社会保障局")  # fmt: skip


PAGED = """query($statuses: [ClaimStatus!], $year: Int, $org: ID, $sub: Boolean! = true,
    $filed: Boolean, $name: String, $after: String) {
  memberClaims(statuses: $statuses, year: $year, organisationId: $org, includeSubunits: $sub,
      filedByOrganisation: $filed, nameContains: $name, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name idNumber unit year subject formLabel requestedHours
      recognisedHours currentHandler status filedBy submittedAt } } } }"""


async def test_claim_records_from_kept_statements_answer_as_fresh_ones(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    kept_statement_spy: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """memberClaims keeps its statements (domain/statements.py): asked again, and with the
    mechanism off, every admin's records under every filter and page are the same."""
    filters: list[dict[str, Any]] = [
        {},
        {"statuses": ["SUBMITTED"]},
        {"statuses": ["APPROVED", "VERIFIED"], "year": 2022},
        {"year": 2023},
        {"org": str(tree.ids["hospital1"]), "sub": False},
        {"org": str(tree.ids["hospital1"])},
        {"filed": True},
        {"filed": False},
        {"name": "王"},
    ]
    seen = 0
    for key in ("hospital1", "health", "jinan", "hospital2", "base"):
        for given in filters:
            seen += await first_pages_both_ways(
                live, tokens[key], given, monkeypatch, PAGED, "memberClaims"
            )
    assert seen > 0 and kept_statement_spy
