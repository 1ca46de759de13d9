"""临时代码 (seed 004 Q17): the province HRSS bureau issues a temporary code to a unit without a
credit code; the unit registers with it; later it files its real code, which its parent
approves. Each test issues its own codes for its own unit names, so they hold in any order."""

from __future__ import annotations

from typing import Any

import pytest

from domain.identity import credit_code_check_char
from domain.passwords import hash_password
from models import Account, Admin, AuditLog, Organisation, Region, ReviewStep, TemporaryCreditCode
from models.enums import RegionLevel
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

CODE = "code unitName note used usedAt issuedBy region { code } usedBy { name status creditCode creditCodeTemporary }"
ISSUE = f"""mutation($i: TemporaryCreditCodeIssueInput!) {{ temporaryCreditCodeIssue(input: $i) {{
    temporaryCreditCode {{ {CODE} }} errors {{ code field message }} }} }}"""
CODES = f"""query($used: Boolean, $name: String) {{
    temporaryCreditCodes(used: $used, unitNameContains: $name, first: 100) {{
    totalCount edges {{ node {{ {CODE} }} }} }} }}"""
REGISTER = """mutation($i: OrganisationRegisterInput!) { organisationRegister(input: $i) {
    ok reviewer errors { code field message } } }"""
WITHDRAW = """mutation($i: RegistrationWithdrawInput!) { registrationWithdraw(input: $i) {
    withdrawnCount errors { code } } }"""
UPDATE = """mutation($i: OrganisationUpdateInput!) { organisationUpdate(input: $i) {
    updatedFields change { id status } errors { code field message } } }"""
STEPS = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 100) {
    edges { node { id subjectId applicantName summary { __typename } } } } }"""
DECIDE = """mutation($k: ReviewKind!, $id: ID!, $ok: Boolean!, $why: String) {
    reviewDecide(input: {kind: $k, ids: [$id], approve: $ok, reason: $why}) {
    decidedCount errors { code message } } }"""
ORG = """query($id: ID!) { organisation(id: $id) { name creditCode creditCodeTemporary phone status } }"""
REG_PASSWORD = "Reg-pass-2026"


@pytest.fixture(scope="module")
async def operator(live: LiveServer, tree: Any) -> str:
    """An admin of the province HRSS bureau at the top of the tree: the platform operator."""
    id_number = make_id_number("370102", "19690202", 181)
    account = await Account.create(
        name="管理员province", id_number=id_number, password_hash=await hash_password(PASSWORD)
    )
    await Admin.create(account=account, organisation_id=tree.ids["province"], is_super=True)
    return await login_token(live, id_number, PASSWORD, "HRSS")


def real_code(serial: str) -> str:
    first17 = f"91370102{serial:0>9}"
    return first17 + credit_code_check_char(first17)


def unit(tree: Any, name: str, code: str, admin_number: str, **admin: Any) -> dict[str, Any]:
    return {"kind": "EMPLOYER", "name": name, "creditCode": code, "parentId": str(tree.ids["health"]),
            "regionCode": "370102", "nature": "PRIVATE_ENTERPRISE", "level": "COUNTY",
            "industry": "卫生", "phone": "0531-88886666", "address": "济南市历下区",
            "admin": {"idNumber": admin_number, "name": "周站长", "password": REG_PASSWORD,
                      "phone": "13812345678", "email": "zhou@example.cn", **admin}}  # fmt: skip


async def issue(live: LiveServer, token: str, **given: Any) -> dict[str, Any]:
    return (await live.data(ISSUE, {"i": {"regionCode": "370102", **given}}, token))[
        "temporaryCreditCodeIssue"
    ]


async def listed(live: LiveServer, token: str, name: str, used: bool | None = None) -> list[dict]:
    body = await live.data(CODES, {"name": name, "used": used}, token)
    return [edge["node"] for edge in body["temporaryCreditCodes"]["edges"]]


async def register(live: LiveServer, given: dict[str, Any]) -> dict[str, Any]:
    return (await live.data(REGISTER, {"i": given}))["organisationRegister"]


async def decide(live: LiveServer, token: str, kind: str, applicant: str, ok: bool) -> None:
    queue = (await live.data(STEPS, {"k": kind}, token))["reviewSteps"]["edges"]
    step = next(e["node"] for e in queue if e["node"]["applicantName"] == applicant)
    variables = {"k": kind, "id": step["id"], "ok": ok, "why": None if ok else "材料不全"}
    assert (await live.data(DECIDE, variables, token))["reviewDecide"]["decidedCount"] == 1


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def test_issue_register_approve_then_replace_with_the_real_code(
    live: LiveServer, tree: Any, tokens: dict[str, str], operator: str
) -> None:
    # Given a code issued for 历下区燕山社区卫生服务站, which has no credit code
    name = "历下区燕山社区卫生服务站"
    issued = await issue(live, operator, unitName=f" {name} ", note="邮件申请 2026-11-20")
    assert issued["errors"] == []
    code = issued["temporaryCreditCode"]["code"]
    assert len(code) == 18 and code.startswith("LS370102") and code[8:].isdigit()
    assert issued["temporaryCreditCode"] | {"code": None} == {
        "code": None, "unitName": name, "note": "邮件申请 2026-11-20", "used": False,
        "usedAt": None, "issuedBy": "管理员province", "region": {"code": "370102"}, "usedBy": None,
    }  # fmt: skip
    assert await AuditLog.exists(action="temporary_credit_code.issue")
    # When the unit registers with it (lower case is accepted), it waits for its parent
    admin_number = make_id_number("370102", "19810303", 311)
    done = await register(live, unit(tree, name, code.lower(), admin_number))
    assert done == {"ok": True, "reviewer": "济南市卫生健康委员会", "errors": []}
    created = await Organisation.get(name=name)
    assert (created.credit_code, created.credit_code_temporary) == (code, True)
    [row] = await listed(live, operator, name)
    assert row["used"] and row["usedBy"]["name"] == name and row["usedBy"]["status"] == "PENDING"
    await decide(live, tokens["health"], "ORGANISATION_REGISTRATION", name, True)
    me = await login_token(live, admin_number, REG_PASSWORD, "EMPLOYER")

    # its own temporary code sent back with another field is no change of the code
    same = (await live.data(UPDATE, {"i": {"creditCode": code, "phone": "0531-81110000"}}, me))[
        "organisationUpdate"
    ]
    assert same["errors"] == [] and same["change"] is None and same["updatedFields"] == ["phone"]
    # a temporary code never replaces a code
    other = (await issue(live, operator, unitName="历下区另一服务站"))["temporaryCreditCode"]
    refused = (await live.data(UPDATE, {"i": {"creditCode": other["code"]}}, me))[
        "organisationUpdate"
    ]
    assert codes(refused) == [("TEMPORARY_CODE_NOT_ALLOWED", "creditCode")]

    # When it files its real code, the parent approves it as an organisation change
    real = real_code("TMP000001")
    filed = (await live.data(UPDATE, {"i": {"creditCode": real}}, me))["organisationUpdate"]
    assert filed["errors"] == [] and filed["change"]["status"] == "PENDING"
    still = (await live.data(ORG, {"id": str(created.id)}, tokens["health"]))["organisation"]
    assert (still["creditCode"], still["creditCodeTemporary"]) == (code, True)
    await decide(live, tokens["health"], "ORGANISATION_CHANGE", name, True)

    # Then the real code holds and the temporary flag is cleared; the list keeps the history
    after = (await live.data(ORG, {"id": str(created.id)}, tokens["health"]))["organisation"]
    assert (after["creditCode"], after["creditCodeTemporary"]) == (real, False)
    [row] = await listed(live, operator, name)
    assert row["used"] and row["usedBy"] == {"name": name, "status": "ACTIVE",
                                             "creditCode": real, "creditCodeTemporary": False}  # fmt: skip


async def test_registration_refuses_unknown_used_and_mismatched_codes(
    live: LiveServer, tree: Any, operator: str
) -> None:
    name = "历下区千佛山个体诊所"
    code = (await issue(live, operator, unitName=name))["temporaryCreditCode"]["code"]
    before = (await Organisation.all().count(), await ReviewStep.all().count())
    number = make_id_number("370102", "19820404", 412)
    cases = [
        (unit(tree, name, "LS3701029999999999", number), "TEMPORARY_CODE_UNKNOWN", "creditCode"),
        (unit(tree, "历下区千佛山诊所", code, number), "TEMPORARY_CODE_NAME_MISMATCH", "name"),
    ]
    for given, code_wanted, field in cases:
        body = await register(live, given)
        assert codes(body) == [(code_wanted, field)], body
        assert body["errors"][0]["message"]  # Chinese, for the applicant
    assert (await Organisation.all().count(), await ReviewStep.all().count()) == before
    assert not await Account.exists(id_number=number)  # no account was created either

    assert (await register(live, unit(tree, name, code, number)))["ok"] is True
    second = unit(tree, name, code, make_id_number("370102", "19820405", 413))
    assert codes(await register(live, second)) == [("TEMPORARY_CODE_USED", "creditCode")]


async def test_a_rejected_or_withdrawn_registration_frees_its_code(
    live: LiveServer, tree: Any, tokens: dict[str, str], operator: str
) -> None:
    name = "历下区趵突泉便民服务站"
    code = (await issue(live, operator, unitName=name))["temporaryCreditCode"]["code"]
    number = make_id_number("370102", "19830505", 521)
    assert (await register(live, unit(tree, name, code, number)))["ok"] is True
    first = await Organisation.get(name=name)
    # When the parent rejects the registration, the code is free again
    await decide(live, tokens["health"], "ORGANISATION_REGISTRATION", name, False)
    assert [r["code"] for r in await listed(live, operator, name, used=False)] == [code]
    assert await listed(live, operator, name, used=True) == []
    assert codes(await issue(live, operator, unitName=name)) == [
        ("TEMPORARY_CODE_EXISTS", "unitName")
    ]
    # and the unit registers again with it and its name (its account proves the password)
    again = unit(tree, name, code, number, existingAccount=True)
    assert (await register(live, again))["ok"] is True
    second = await Organisation.get(name=name, status="PENDING")
    assert (second.credit_code, second.credit_code_temporary) == (code, True)
    assert (await Organisation.get(id=first.id)).credit_code is None  # the rejected record
    assert await AuditLog.exists(action="temporary_credit_code.release")
    [row] = await listed(live, operator, name, used=True)
    assert row["usedBy"]["status"] == "PENDING"
    # When the applicant withdraws, it is free again as well
    withdrawn = await live.data(WITHDRAW, {"i": {"idNumber": number, "password": REG_PASSWORD}})
    assert withdrawn["registrationWithdraw"] == {"withdrawnCount": 1, "errors": []}
    [row] = await listed(live, operator, name)
    assert row["used"] is False and row["usedBy"]["status"] == "WITHDRAWN"


async def test_only_the_operator_issues_and_lists(
    live: LiveServer, tree: Any, tokens: dict[str, str], operator: str
) -> None:
    before = await TemporaryCreditCode.all().count()
    # a city bureau passes the role rule but is not the operator
    city = await issue(live, tokens["jinan"], unitName="历下区某单位")
    assert codes(city) == [("NOT_OPERATOR", None)] and city["temporaryCreditCode"] is None
    assert "省级人社部门" in city["errors"][0]["message"]
    for who in ("hospital1", "health", "professional"):
        body = await live.gql(ISSUE, {"i": {"unitName": "x", "regionCode": "370102"}}, tokens[who])
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", who
    assert (await live.gql(CODES, {}, None))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await TemporaryCreditCode.all().count() == before
    # the city bureau's list holds nothing: it issued none, and sees none of the operator's
    await issue(live, operator, unitName="历下区泉城路小卖部")
    body = await live.data(CODES, {}, tokens["jinan"])
    assert body["temporaryCreditCodes"]["totalCount"] == 0
    assert len(await listed(live, operator, "历下区泉城路小卖部")) == 1


async def test_bad_issue_input_is_typed_and_changes_nothing(
    live: LiveServer, tree: Any, operator: str
) -> None:
    await Region.create(code="110000", name="北京市", level=RegionLevel.PROVINCE)
    await issue(live, operator, unitName="历下区重复发放单位")
    before = await TemporaryCreditCode.all().count()
    cases = [
        ({"unitName": "历下区甲单位", "regionCode": "999999"}, "NOT_FOUND", "regionCode"),
        ({"unitName": "历下区甲单位", "regionCode": "37010"}, "NOT_FOUND", "regionCode"),
        ({"unitName": "历下区甲单位", "regionCode": "110000"}, "REGION_OUT_OF_SCOPE", "regionCode"),
        ({"unitName": "  "}, "REQUIRED", "unitName"),
        ({"unitName": "甲" * 129}, "TOO_LONG", "unitName"),
        ({"unitName": "济南第一医院"}, "NAME_TAKEN", "unitName"),
        ({"unitName": "历下区重复发放单位"}, "TEMPORARY_CODE_EXISTS", "unitName"),
    ]  # fmt: skip
    for given, code, field in cases:
        body = await issue(live, operator, **given)
        assert codes(body) == [(code, field)], (given, body)
    assert await TemporaryCreditCode.all().count() == before
    # a city-level region inside the province is accepted
    city = await issue(live, operator, unitName="青岛市某合作社", regionCode="370200")
    assert city["temporaryCreditCode"]["code"].startswith("LS370200")
