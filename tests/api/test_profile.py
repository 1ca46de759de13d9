"""The professional's profile: sections saved directly; the title changed by a request the
employer reviews (diff, history, rejection with reason, withdrawal, one pending at a time);
name and ID number changed by a request the province HRSS bureau handles, with evidence."""

from __future__ import annotations

from typing import Any

import pytest

from domain.passwords import hash_password
from models import Account, Admin, AuditLog, Professional
from tests.api.test_attachments import PNG, upload
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

PROFILE = """{ myProfile { name idNumber phone email landline sex birthDate nativePlace ethnicity
    department education school major graduationDate degree postdoctoral adminPost adminLevel
    titleSeries titleGrade titleQualification titleEffectiveDate
    practisingQualifications { id series name obtainedOn certificateNo }
    academicHonours { id level name awardedOn } } }"""
ERRORS = "errors { code field message }"
BASIC = f"""mutation($i: ProfileBasicInput!) {{ profileBasicUpdate(input: $i) {{
    profile {{ phone email landline nativePlace ethnicity department }} {ERRORS} }} }}"""
EDUCATION = f"""mutation($i: ProfileEducationInput!) {{ profileEducationUpdate(input: $i) {{
    profile {{ education school major degree postdoctoral }} {ERRORS} }} }}"""
POST = f"""mutation($i: ProfileAdminPostInput!) {{ profileAdminPostUpdate(input: $i) {{
    profile {{ adminPost adminLevel }} {ERRORS} }} }}"""
QUALIFICATION = f"""mutation($i: PractisingQualificationSaveInput!) {{
    practisingQualificationSave(input: $i) {{ itemId {ERRORS} }} }}"""
QUALIFICATION_REMOVE = f"""mutation($i: ProfileItemRemoveInput!) {{
    practisingQualificationRemove(input: $i) {{ {ERRORS} }} }}"""
HONOUR = f"""mutation($i: AcademicHonourSaveInput!) {{
    academicHonourSave(input: $i) {{ itemId {ERRORS} }} }}"""
HONOUR_REMOVE = f"""mutation($i: ProfileItemRemoveInput!) {{
    academicHonourRemove(input: $i) {{ {ERRORS} }} }}"""
CHANGE = (
    "id kind status reason reviewer note changes { field label before after } attachments { id }"
)
TITLE = f"""mutation($i: TitleChangeRequestInput!) {{ titleChangeRequest(input: $i) {{
    change {{ {CHANGE} }} {ERRORS} }} }}"""
IDENTITY = f"""mutation($i: IdentityChangeRequestInput!) {{ identityChangeRequest(input: $i) {{
    change {{ {CHANGE} }} {ERRORS} }} }}"""
WITHDRAW = f"""mutation($i: ProfileChangeWithdrawInput!) {{ profileChangeWithdraw(input: $i) {{
    change {{ id status }} {ERRORS} }} }}"""
HISTORY = f"query($k: ChangeKind) {{ myProfileChanges(kind: $k) {{ {CHANGE} }} }}"
DETAIL = f"query($id: ID!) {{ profileChange(id: $id) {{ applicantName {CHANGE} }} }}"
QUEUE = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 50) {
    edges { node { id subjectId applicantName status reason
      summary { ... on ProfileChangeSummary { changes { field label before after } } } } } } }"""
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount skipped { id code } errors { code message } } }"""
TITLES = "{ titleDistribution { rows { series junior intermediate senior none total } } }"


def title(**overrides: Any) -> dict[str, Any]:
    given = {"titleSeries": "卫生技术", "titleSpecialty": "内科", "titleGrade": "SENIOR",
             "titleQualification": "主任医师", "titleEffectiveDate": "2024-12-01",
             "titleCertificateNo": "GJ2024-001"}  # fmt: skip
    given.update(overrides)
    return given


async def person_token(live: LiveServer, tree: Any, name: str) -> str:
    return await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")


@pytest.fixture(scope="module")
async def operator(live: LiveServer, tree: Any) -> str:
    """An admin of the province HRSS bureau: the platform operator for identity changes."""
    id_number = make_id_number("370102", "19690101", 171)
    account = await Account.create(
        name="管理员province", id_number=id_number, password_hash=await hash_password(PASSWORD)
    )
    await Admin.create(account=account, organisation_id=tree.ids["province"], is_super=True)
    return await login_token(live, id_number, PASSWORD, "HRSS")


async def queue(live: LiveServer, token: str, kind: str) -> list[dict[str, Any]]:
    body = await live.data(QUEUE, {"k": kind}, token)
    return [edge["node"] for edge in body["reviewSteps"]["edges"]]


async def step_for(live: LiveServer, token: str, kind: str, change_id: str) -> dict[str, Any]:
    return next(s for s in await queue(live, token, kind) if s["subjectId"] == change_id)


async def decide(
    live: LiveServer, token: str, kind: str, step_id: str, approve: bool, reason: str | None = None
) -> dict[str, Any]:
    given = {"kind": kind, "ids": [step_id], "approve": approve, "reason": reason}
    return (await live.data(DECIDE, {"i": given}, token))["reviewDecide"]


# --- sections saved directly ---


async def test_each_section_is_saved_directly(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = tokens["professional"]  # 王芳, 济南第一医院 (its department 内科)
    basic = {"phone": "13912345678", "email": "WangFang@Example.com", "landline": "0531-88886666",
             "sex": "FEMALE", "birthDate": "1985-03-12", "nativePlace": "山东济南",
             "ethnicity": "汉族", "departmentId": None}  # fmt: skip
    saved = (await live.data(BASIC, {"i": basic}, me))["profileBasicUpdate"]
    assert saved["errors"] == []
    assert saved["profile"] == {"phone": "13912345678", "email": "wangfang@example.com",
                                "landline": "0531-88886666", "nativePlace": "山东济南",
                                "ethnicity": "汉族", "department": None}  # fmt: skip
    bad = await live.data(BASIC, {"i": {**basic, "phone": "12345"}}, me)
    assert bad["profileBasicUpdate"]["errors"][0]["field"] == "phone"
    other_unit = await live.data(BASIC, {"i": {**basic, "departmentId": "999999"}}, me)
    assert other_unit["profileBasicUpdate"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await Account.get(id_number=tree.people["王芳"])).phone == "13912345678"

    education = {"education": "MASTER", "school": "山东大学", "major": "临床医学",
                 "graduationDate": "2010-07-01", "degree": "MASTER", "postdoctoral": False}  # fmt: skip
    saved = (await live.data(EDUCATION, {"i": education}, me))["profileEducationUpdate"]
    assert saved["profile"] == {"education": "MASTER", "school": "山东大学", "major": "临床医学",
                                "degree": "MASTER", "postdoctoral": False}  # fmt: skip
    missing = await live.data(EDUCATION, {"i": {**education, "school": " "}}, me)
    assert missing["profileEducationUpdate"]["errors"][0] | {"message": ""} == {
        "code": "REQUIRED", "field": "school", "message": ""}  # fmt: skip

    post = await live.data(POST, {"i": {"adminPost": "科主任", "adminLevel": "正科级"}}, me)
    assert post["profileAdminPostUpdate"]["profile"] == {
        "adminPost": "科主任",
        "adminLevel": "正科级",
    }

    # several practising qualifications: add two, edit one, remove the other
    first = {
        "series": "卫生",
        "name": "执业医师",
        "obtainedOn": "2011-09-01",
        "certificateNo": "Z1",
    }
    a = (await live.data(QUALIFICATION, {"i": first}, me))["practisingQualificationSave"]["itemId"]
    b = (await live.data(QUALIFICATION, {"i": {**first, "name": "执业药师"}}, me))[
        "practisingQualificationSave"]["itemId"]  # fmt: skip
    edited = await live.data(QUALIFICATION, {"i": {**first, "id": a, "name": "主治医师"}}, me)
    assert edited["practisingQualificationSave"] == {"itemId": a, "errors": []}
    assert (await live.data(QUALIFICATION_REMOVE, {"i": {"id": b}}, me))[
        "practisingQualificationRemove"]["errors"] == []  # fmt: skip
    # several academic honours
    honour = {
        "level": "PROVINCIAL",
        "name": "山东省有突出贡献的中青年专家",
        "awardedOn": "2020-01-01",
    }
    h1 = (await live.data(HONOUR, {"i": honour}, me))["academicHonourSave"]["itemId"]
    h2 = (await live.data(HONOUR, {"i": {**honour, "level": "MUNICIPAL", "name": "泉城名医"}}, me))[
        "academicHonourSave"]["itemId"]  # fmt: skip
    profile = (await live.data(PROFILE, token=me))["myProfile"]
    assert profile["practisingQualifications"] == [
        {
            "id": a,
            "series": "卫生",
            "name": "主治医师",
            "obtainedOn": "2011-09-01",
            "certificateNo": "Z1",
        }
    ]
    assert [(h["id"], h["level"]) for h in profile["academicHonours"]] == [
        (h1, "PROVINCIAL"), (h2, "MUNICIPAL")]  # fmt: skip
    assert profile["adminPost"] == "科主任" and profile["education"] == "MASTER"

    # another person's item is missing to me
    other = await person_token(live, tree, "王磊")
    stolen = await live.data(HONOUR_REMOVE, {"i": {"id": h1}}, other)
    assert stolen["academicHonourRemove"]["errors"][0]["code"] == "NOT_FOUND"
    assert await AuditLog.filter(action="profile.basic").exists()
    # admins do not edit a professional's sections
    denied = await live.gql(POST, {"i": {"adminPost": "x"}}, tokens["hospital1"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# --- professional title: a request reviewed by the employer ---


async def test_a_title_change_is_approved_by_the_employer_and_counts_at_once(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = await person_token(live, tree, "李娜")  # 卫生技术, JUNIOR, 济南第一医院
    employer = tokens["hospital1"]
    before_counts = (await live.data(TITLES, token=employer))["titleDistribution"]["rows"]
    evidence = (await upload(live, me, PNG, "证书.png"))[1]["id"]
    asked = (await live.data(TITLE, {"i": title(titleGrade="INTERMEDIATE", attachments=[str(evidence)])}, me))  # fmt: skip
    change = asked["titleChangeRequest"]["change"]
    assert asked["titleChangeRequest"]["errors"] == []
    assert change["status"] == "PENDING" and change["reviewer"] == "济南第一医院"
    # 变更明细: only the changed fields, with labels, before and after
    grade = next(c for c in change["changes"] if c["field"] == "titleGrade")
    assert grade == {"field": "titleGrade", "label": "职称级别", "before": "初级", "after": "中级"}
    assert "titleSeries" not in {c["field"] for c in change["changes"]}  # unchanged
    # the profile keeps the old title until approval
    assert (await live.data(PROFILE, token=me))["myProfile"]["titleGrade"] == "JUNIOR"

    # the reviewer sees the diff in the queue and in the detail, with the evidence
    step = await step_for(live, employer, "TITLE_CHANGE", change["id"])
    assert step["applicantName"] == "李娜"
    assert {"field": "titleGrade", "label": "职称级别", "before": "初级", "after": "中级"} in (
        step["summary"]["changes"])  # fmt: skip
    detail = (await live.data(DETAIL, {"id": change["id"]}, employer))["profileChange"]
    assert detail["changes"] == change["changes"] and len(detail["attachments"]) == 1
    assert (await live.client.get(f"/files/{evidence}", headers={"Authorization": f"Bearer {employer}"})).status_code == 200  # fmt: skip

    # another employer neither sees nor decides it
    sibling = tokens["hospital2"]
    assert (await live.data(DETAIL, {"id": change["id"]}, sibling))["profileChange"] is None
    assert (await decide(live, sibling, "TITLE_CHANGE", step["id"], True))["skipped"] == [
        {"id": step["id"], "code": "NOT_FOUND"}]  # fmt: skip
    assert (await live.client.get(f"/files/{evidence}", headers={"Authorization": f"Bearer {sibling}"})).status_code == 404  # fmt: skip

    assert (await decide(live, employer, "TITLE_CHANGE", step["id"], True))["decidedCount"] == 1
    profile = (await live.data(PROFILE, token=me))["myProfile"]
    assert (profile["titleGrade"], profile["titleQualification"]) == ("INTERMEDIATE", "主任医师")
    history = (await live.data(HISTORY, {"k": "TITLE"}, me))["myProfileChanges"]
    assert [(h["id"], h["status"]) for h in history] == [(change["id"], "APPROVED")]
    # 职称系列分布 follows at once
    after_counts = (await live.data(TITLES, token=employer))["titleDistribution"]["rows"]
    health = {r["series"]: r for r in before_counts}["卫生技术"]
    now = {r["series"]: r for r in after_counts}["卫生技术"]
    assert (now["junior"], now["intermediate"]) == (
        health["junior"] - 1,
        health["intermediate"] + 1,
    )


async def test_a_rejected_title_change_keeps_the_old_title_and_says_why(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = await person_token(live, tree, "王磊")  # SENIOR
    employer = tokens["hospital1"]
    nothing = await live.data(TITLE, {"i": title(titleSpecialty=" ")}, me)  # fmt: skip
    assert nothing["titleChangeRequest"]["errors"][0]["field"] == "titleSpecialty"
    first = (await live.data(TITLE, {"i": title(titleQualification="主任药师")}, me))[
        "titleChangeRequest"]["change"]  # fmt: skip
    # one pending change at a time, and the refusal names the pending one
    second = await live.data(TITLE, {"i": title(titleQualification="副主任药师")}, me)
    error = second["titleChangeRequest"]["errors"][0]
    assert error["code"] == "CHANGE_PENDING" and f"编号 {first['id']}" in error["message"]

    step = await step_for(live, employer, "TITLE_CHANGE", first["id"])
    refused = await decide(live, employer, "TITLE_CHANGE", step["id"], False)
    assert refused["errors"][0]["code"] == "REASON_REQUIRED"
    await decide(live, employer, "TITLE_CHANGE", step["id"], False, "证书编号与证书扫描件不符")
    profile = (await live.data(PROFILE, token=me))["myProfile"]
    assert (profile["titleGrade"], profile["titleQualification"]) == ("SENIOR", None)
    history = (await live.data(HISTORY, {}, me))["myProfileChanges"]
    assert history[0] | {"changes": [], "attachments": []} == {
        "id": first["id"], "kind": "TITLE", "status": "REJECTED",
        "reason": "证书编号与证书扫描件不符", "reviewer": "济南第一医院", "note": None,
        "changes": [], "attachments": []}  # fmt: skip


async def test_a_pending_title_change_can_be_withdrawn(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = await person_token(live, tree, "张伟")  # 济南第一医院东院, reviewed by the branch itself
    asked = (await live.data(TITLE, {"i": title(note="晋升副高")}, me))["titleChangeRequest"]
    change = asked["change"]
    assert change["reviewer"] == "济南第一医院东院" and change["note"] == "晋升副高"
    # the parent unit sees it in scope, but it is not in the parent's queue
    assert (await live.data(DETAIL, {"id": change["id"]}, tokens["hospital1"]))["profileChange"]
    assert all(s["subjectId"] != change["id"] for s in await queue(live, tokens["hospital1"], "TITLE_CHANGE"))  # fmt: skip
    other = await person_token(live, tree, "王磊")
    foreign = (await live.data(WITHDRAW, {"i": {"id": change["id"]}}, other))[
        "profileChangeWithdraw"
    ]
    assert foreign["errors"][0]["code"] == "NOT_FOUND"
    done = (await live.data(WITHDRAW, {"i": {"id": change["id"]}}, me))["profileChangeWithdraw"]
    assert done == {"change": {"id": change["id"], "status": "WITHDRAWN"}, "errors": []}
    again = (await live.data(WITHDRAW, {"i": {"id": change["id"]}}, me))["profileChangeWithdraw"]
    assert again["errors"][0]["code"] == "CANNOT_WITHDRAW"
    # withdrawn: a new request is accepted, and nothing is left for a reviewer
    assert (await live.data(TITLE, {"i": title()}, me))["titleChangeRequest"]["errors"] == []
    unchanged = (await live.data(TITLE, {"i": title()}, me))["titleChangeRequest"]["errors"][0]
    assert unchanged["code"] == "CHANGE_PENDING"


# --- name and ID number: requests handled by the province HRSS bureau ---


async def test_name_and_id_number_changes_go_to_the_operator(
    live: LiveServer, tree: Any, tokens: dict[str, str], operator: str
) -> None:
    me = await person_token(live, tree, "陈静")  # 济南第二医院
    new_number = make_id_number("370102", "19950505", 63)
    evidence = str((await upload(live, me, PNG, "户籍证明.png"))[1]["id"])
    without = (await live.data(IDENTITY, {"i": {"name": "陈晶", "idNumber": new_number, "attachments": []}}, me))  # fmt: skip
    assert without["identityChangeRequest"]["errors"][0]["code"] == "ATTACHMENT_REQUIRED"
    bad = new_number[:17] + ("0" if new_number[17] != "0" else "1")
    wrong = await live.data(IDENTITY, {"i": {"name": "陈晶", "idNumber": bad, "attachments": [evidence]}}, me)  # fmt: skip
    assert wrong["identityChangeRequest"]["errors"][0]["field"] == "idNumber"
    taken = await live.data(IDENTITY, {"i": {"name": "陈晶", "idNumber": tree.people["刘洋"], "attachments": [evidence]}}, me)  # fmt: skip
    assert taken["identityChangeRequest"]["errors"][0]["code"] == "ID_NUMBER_TAKEN"

    given = {
        "name": "陈晶",
        "idNumber": new_number.lower(),
        "attachments": [evidence],
        "note": "户籍更正",
    }
    asked = (await live.data(IDENTITY, {"i": given}, me))["identityChangeRequest"]
    assert asked["errors"] == []
    change = asked["change"]
    assert change["reviewer"] == "山东省人力资源和社会保障厅"
    assert change["changes"] == [
        {"field": "name", "label": "姓名", "before": "陈静", "after": "陈晶"},
        {
            "field": "idNumber",
            "label": "证件号码",
            "before": tree.people["陈静"],
            "after": new_number,
        },
    ]
    # the employer does not decide it; the operator's queue holds it
    assert await queue(live, tokens["hospital2"], "IDENTITY_CHANGE") == []
    step = await step_for(live, operator, "IDENTITY_CHANGE", change["id"])
    assert (await decide(live, operator, "IDENTITY_CHANGE", step["id"], True))["decidedCount"] == 1
    account = await Account.get(professional__id=(await Professional.get(account__name="陈晶")).id)
    assert (account.name, account.id_number) == ("陈晶", new_number)
    # the new number signs in; the old one no longer exists
    assert await login_token(live, new_number, PASSWORD, "PROFESSIONAL")
    history = (await live.data(HISTORY, {"k": "IDENTITY"}, me))["myProfileChanges"]
    assert history[0]["status"] == "APPROVED"


async def test_an_identity_change_can_be_refused_with_a_reason(
    live: LiveServer, tree: Any, tokens: dict[str, str], operator: str
) -> None:
    me = await person_token(live, tree, "刘洋")
    evidence = str((await upload(live, me, PNG, "说明.png"))[1]["id"])
    asked = await live.data(IDENTITY, {"i": {"name": "刘阳", "idNumber": tree.people["刘洋"], "attachments": [evidence]}}, me)  # fmt: skip
    change = asked["identityChangeRequest"]["change"]
    assert [c["field"] for c in change["changes"]] == ["name"]
    second = await live.data(IDENTITY, {"i": {"name": "刘扬", "idNumber": tree.people["刘洋"], "attachments": [evidence]}}, me)  # fmt: skip
    assert second["identityChangeRequest"]["errors"][0]["code"] == "CHANGE_PENDING"
    step = await step_for(live, operator, "IDENTITY_CHANGE", change["id"])
    await decide(live, operator, "IDENTITY_CHANGE", step["id"], False, "证明材料不清晰")
    assert (await live.data(PROFILE, token=me))["myProfile"]["name"] == "刘洋"
    history = (await live.data(HISTORY, {"k": "IDENTITY"}, me))["myProfileChanges"]
    assert (history[0]["status"], history[0]["reason"]) == ("REJECTED", "证明材料不清晰")
    # an admin without the change-review module has no queue
    plain = await live.gql(QUEUE, {"k": "IDENTITY_CHANGE"}, tokens["hospital2_plain"])
    assert plain["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_title_change_shows_in_the_employers_live_to_do_counts(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    from tests.realtime.clients import TODO, counts, subscribed

    me = tokens["professional"]  # 王芳: no title request elsewhere in this module
    async with subscribed(live.ws_url, tokens["hospital1"], TODO) as feed:
        before = counts(await feed.next())["TITLE_CHANGE"]
        asked = await live.data(TITLE, {"i": title(titleSpecialty="心内科")}, me)
        assert counts(await feed.next())["TITLE_CHANGE"] == before + 1
        change_id = asked["titleChangeRequest"]["change"]["id"]
        await live.data(WITHDRAW, {"i": {"id": change_id}}, me)
        assert counts(await feed.next())["TITLE_CHANGE"] == before


async def test_no_title_change_while_a_transfer_is_pending(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    from tests.api.test_transfers import WITHDRAW as TRANSFER_WITHDRAW
    from tests.api.test_transfers import application, start

    me = tokens["professional"]  # 王芳
    transfer = await start(live, me, application(tree, "hospital2"))
    assert transfer["errors"] == []
    refused = (await live.data(TITLE, {"i": title()}, me))["titleChangeRequest"]
    assert refused["errors"][0]["code"] == "TRANSFER_PENDING"
    await live.data(TRANSFER_WITHDRAW, {"id": transfer["transfer"]["id"]}, me)
