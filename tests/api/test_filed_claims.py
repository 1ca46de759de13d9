"""已报送学时 (filedClaims): an organisation lists what it filed — a CE base the records it
fed, a unit the hours it filed for members — newest first, filtered and paged, its own
filings only; admins without ACCOUNTS see ID numbers masked."""

from __future__ import annotations

from typing import Any

import pytest

from models import Account, Admin, Professional
from tests.api.test_attachments import PNG, upload
from tests.api.test_claims import training
from tests.api.test_plans import FILE, SUBMIT, decide, plan
from tests.conftest import LiveServer, login_token
from tests.fixtures.kept_statements import first_pages_both_ways
from tests.fixtures.tree import PASSWORD

FILED = """query($year: Int, $ref: String, $name: String, $statuses: [ClaimStatus!], $first: Int,
    $after: String) {
  filedClaims(year: $year, externalRef: $ref, nameContains: $name, statuses: $statuses,
      first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id externalRef name idNumber unit year subject form formLabel
      requestedHours recognisedHours status createdAt decidedAt planId planName } } } }"""
INGEST = """mutation($r: [ClaimRecordInput!]!) { claimsIngest(records: $r) {
    created errors { code field message } } }"""
FILE_FOR = """mutation($i: ClaimsFileInput!) { claimsFileForMembers(input: $i) {
    claimIds errors { code field message } } }"""
FAIL = """mutation($i: ClaimFailInput!) { claimFailVerification(input: $i) {
    errors { code } } }"""


def online(year: int, hours: str = "12") -> dict[str, Any]:
    return {"year": year, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": hours,
            "details": {"platform": "山东继教在线", "course": "职业道德", "date": f"{year}-06-01"}}  # fmt: skip


async def listed(live: LiveServer, token: str, **variables: Any) -> dict[str, Any]:
    return (await live.data(FILED, variables, token))["filedClaims"]


def nodes(found: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in found["edges"]]


async def pid(tree: Any, name: str) -> str:
    return str((await Professional.get(account__id_number=tree.people[name])).id)


async def test_a_base_lists_the_records_it_fed(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    base = tokens["base"]
    people = [("刘洋", 2019, "F-1"), ("王芳", 2019, "F-2"), ("陈静", 2019, "F-3"), ("刘洋", 2020, "F-4")]  # fmt: skip
    records = [
        {"externalRef": ref, "idNumber": tree.people[name], "name": name, "claim": online(year)}
        for name, year, ref in people
    ]
    created = (await live.data(INGEST, {"r": records}, base))["claimsIngest"]
    assert created["errors"] == [] and len(created["created"]) == 4
    ids = dict(zip([ref for _, _, ref in people], created["created"], strict=True))

    # a year, newest first, with the person, the unit and the decision (the filing itself)
    found = await listed(live, base, year=2019)
    assert found["totalCount"] == 3
    rows = nodes(found)
    assert [r["externalRef"] for r in rows] == ["F-3", "F-2", "F-1"]
    first = rows[-1]
    assert first | {"createdAt": "", "decidedAt": ""} == {
        "id": ids["F-1"], "externalRef": "F-1", "name": "刘洋", "idNumber": tree.people["刘洋"],
        "unit": "济南第二医院", "year": 2019, "subject": "PUBLIC", "form": "ONLINE",
        "formLabel": first["formLabel"], "requestedHours": "12.0", "recognisedHours": "12.0",
        "status": "APPROVED", "createdAt": "", "decidedAt": "", "planId": None, "planName": None,
    }  # fmt: skip
    assert first["formLabel"] and first["formLabel"] != "ONLINE"
    assert first["createdAt"] and first["decidedAt"]

    # the integrator reconciles by its own reference; by name; across years
    by_ref = await listed(live, base, ref=" F-4 ")
    assert [(r["externalRef"], r["year"]) for r in nodes(by_ref)] == [("F-4", 2020)]
    assert by_ref["totalCount"] == 1
    by_name = await listed(live, base, name="刘")
    assert [r["externalRef"] for r in nodes(by_name)] == ["F-4", "F-1"]
    assert nodes(await listed(live, base, ref="F-404")) == []

    # pages: newest first, no row twice, totalCount for the whole filter
    page1 = await listed(live, base, year=2019, first=2)
    assert [r["externalRef"] for r in nodes(page1)] == ["F-3", "F-2"]
    assert page1["pageInfo"]["hasNextPage"] and not page1["pageInfo"]["hasPreviousPage"]
    page2 = await listed(live, base, year=2019, first=2, after=page1["pageInfo"]["endCursor"])
    assert [r["externalRef"] for r in nodes(page2)] == ["F-1"]
    assert not page2["pageInfo"]["hasNextPage"] and page2["pageInfo"]["hasPreviousPage"]
    assert page2["totalCount"] == 3
    bad = await live.gql(FILED, {"after": "nonsense"}, base)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"

    # the verifier above fails one: its status and decision time follow
    failed = await live.data(FAIL, {"i": {"claimId": ids["F-2"], "reason": "无学习记录"}}, tokens["jinan"])  # fmt: skip
    assert failed["claimFailVerification"]["errors"] == []
    only_failed = await listed(live, base, statuses=["VERIFY_FAILED"])
    assert [(r["externalRef"], r["status"]) for r in nodes(only_failed)] == [("F-2", "VERIFY_FAILED")]  # fmt: skip
    assert nodes(only_failed)[0]["decidedAt"] >= rows[1]["decidedAt"]
    counted = await listed(live, base, year=2019, statuses=["APPROVED", "VERIFIED"])
    assert [r["externalRef"] for r in nodes(counted)] == ["F-3", "F-1"]

    # nobody else sees the base's filings, not even the bureau above it
    for other in ("jinan", "hospital1"):
        assert (await listed(live, tokens[other], year=2019))["totalCount"] == 0


async def test_a_unit_sees_what_it_filed_and_its_sibling_sees_nothing(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    members = [await pid(tree, "王磊"), await pid(tree, "张伟")]  # 张伟 is in the branch below
    claim = training(year=2018, requestedHours="32")
    filed = await live.data(FILE_FOR, {"i": {"professionalIds": members, "claim": claim}}, tokens["hospital1"])  # fmt: skip
    ids = filed["claimsFileForMembers"]["claimIds"]
    assert len(ids) == 2

    found = await listed(live, tokens["hospital1"], year=2018)
    assert found["totalCount"] == 2
    assert {(r["id"], r["name"], r["unit"], r["externalRef"], r["requestedHours"]) for r in nodes(found)} == {
        (ids[0], "王磊", "济南第一医院", None, "32.0"),
        (ids[1], "张伟", "济南第一医院东院", None, "32.0"),
    }  # fmt: skip
    assert {r["formLabel"] for r in nodes(found)} != {"POST_TRAINING"}
    # the sibling and the department above file their own: they see none of these
    for other in ("hospital2", "health"):
        assert (await listed(live, tokens[other], year=2018))["totalCount"] == 0


async def test_hours_filed_under_a_training_plan_name_the_plan(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit = tokens["hospital2"]
    given = plan(className="2015年会计继续教育班", startDate="2015-03-02", endDate="2015-03-06")
    created = (await live.data(SUBMIT, {"i": given}, unit))["trainingPlanSubmit"]["plan"]
    assert (await decide(live, tokens["health"], "PLAN_REVIEW", created["id"], True))["decidedCount"] == 1  # fmt: skip
    evidence = str((await upload(live, unit, PNG, "签到表.png"))[1]["id"])
    filing = {"planId": created["id"], "professionalIds": [await pid(tree, "陈静")],
              "hours": "30", "attachments": [evidence], "score": "合格"}  # fmt: skip
    filed = (await live.data(FILE, {"i": filing}, unit))["trainingPlanFileHours"]
    assert filed["errors"] == []
    rows = nodes(await listed(live, unit, name="陈静", statuses=["APPROVED"]))
    row = next(r for r in rows if r["id"] == filed["claimIds"][0])
    assert (row["planId"], row["planName"], row["requestedHours"]) == (
        created["id"], "2015年会计继续教育班", "30.0")  # fmt: skip


async def test_who_may_list_filings_and_who_sees_id_numbers_in_full(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # a professional, an admin without CLAIM_FILING, and nobody signed in are refused
    for token, code in [(tokens["professional"], "FORBIDDEN"), (tokens["hospital2_plain"], "FORBIDDEN"), (None, "UNAUTHENTICATED")]:  # fmt: skip
        refused = await live.gql(FILED, {}, token)
        assert refused["data"] is None
        assert refused["errors"][0]["extensions"]["code"] == code

    liu = await pid(tree, "刘洋")
    claim = training(year=2017, requestedHours="20")
    await live.data(FILE_FOR, {"i": {"professionalIds": [liu], "claim": claim}}, tokens["hospital2"])  # fmt: skip
    number = tree.people["刘洋"]
    full = nodes(await listed(live, tokens["hospital2"], year=2017))
    assert [r["idNumber"] for r in full] == [number]

    # the same unit's filing clerk, granted CLAIM_FILING but not ACCOUNTS, sees it masked
    save = "mutation($i: AdminRoleSaveInput!) { adminRoleSave(input: $i) { message } }"
    role = await live.data(
        save, {"i": {"name": "代报员", "modules": ["CLAIM_FILING"]}}, tokens["hospital2"]
    )
    role_id = int(role["adminRoleSave"]["message"].split()[-1])
    account = await Account.get(id_number=tree.admins["hospital2_plain"])
    await Admin.filter(account_id=account.id).update(role_id=role_id)
    clerk = await login_token(live, tree.admins["hospital2_plain"], PASSWORD, "EMPLOYER")
    masked = nodes(await listed(live, clerk, year=2017))
    assert [(r["name"], r["idNumber"]) for r in masked] == [
        ("刘洋", number[:6] + "********" + number[-4:])
    ]


async def test_filings_from_kept_statements_answer_as_fresh_ones(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    kept_statement_spy: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """filedClaims keeps its statements (domain/statements.py): asked again, and with the
    mechanism off, every filer's list under every filter and page is the same."""
    filters: list[dict[str, Any]] = [
        {},
        {"year": 2017},
        {"statuses": ["APPROVED", "VERIFIED"]},
        {"name": "刘"},
        {"ref": "none"},
    ]
    seen = 0
    for key in ("base", "hospital1", "hospital2", "health", "jinan"):
        for given in filters:
            seen += await first_pages_both_ways(
                live, tokens[key], {**given, "first": 2}, monkeypatch, FILED, "filedClaims"
            )
    assert seen > 0 and kept_statement_spy
