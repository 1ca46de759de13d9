"""Review summaries, change lines and audit entries are typed: personal data masked by the
@pii rule (full only with ACCOUNTS), enums and learning forms by their Chinese labels,
camelCase names — in the queue, the audit log and their Excel exports alike."""

from __future__ import annotations

import re
from typing import Any

import pytest

from domain.masking import mask_email, mask_id_number, mask_phone
from domain.passwords import hash_password
from models import Account, Admin, AdminRole, Professional
from tests.api.test_claims import ACT, CREATE, training
from tests.api.test_exports import export
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

REGISTER = """mutation($i: ProfessionalRegisterInput!) { professionalRegister(input: $i) {
    ok errors { code } } }"""
TRANSFER = """mutation($i: TransferStartInput!) { transferStart(input: $i) {
    transfer { id } errors { code } } }"""
TITLE = """mutation($i: TitleChangeRequestInput!) { titleChangeRequest(input: $i) {
    change { id } errors { code } } }"""
BASIC = """mutation($i: ProfileBasicInput!) { profileBasicUpdate(input: $i) { errors { code } } }"""
FILE_FOR = """mutation($i: ClaimsFileInput!) { claimsFileForMembers(input: $i) {
    claimIds errors { code } } }"""
LINES = "field label before after"
STEPS = f"""query($k: ReviewKind!) {{ reviewSteps(kind: $k, first: 100) {{ edges {{ node {{
    subjectId applicantName summary {{ __typename
      ... on ProfessionalRegistrationSummary {{ idNumber phone email unit titleSeries titleGrade }}
      ... on ClaimSummary {{ year subject form requestedHours answers {{ field label value }} }}
      ... on TransferSummary {{ idNumber phone fromUnit toUnit reason }}
      ... on ProfileChangeSummary {{ idNumber changes {{ {LINES} }} }} }} }} }} }} }}"""
AUDIT = f"""query($a: String) {{ auditLog(action: $a, first: 100) {{ edges {{ node {{
    action actionLabel subjectType subjectTypeLabel subjectId changes {{ {LINES} }} }} }} }} }}"""

PHONE, EMAIL = "13905311234", "liyang@example.cn"
# a code or a stored key showing through: SCREAMING_SNAKE or snake_case
RAW = re.compile(r"\b[A-Z]+_[A-Z_]+\b|\b[a-z]+_[a-z_]+\b")


@pytest.fixture(scope="module")
async def reviewer(live: LiveServer, tree: Any) -> str:
    """An admin of 济南第一医院 who reviews, files and reads the log, without ACCOUNTS."""
    role = await AdminRole.create(
        organisation_id=tree.ids["hospital1"],
        name="审核员",
        modules=["REGISTRATION_REVIEW", "CLAIM_REVIEW", "CHANGE_REVIEW", "TRANSFERS",
                 "CLAIM_FILING", "AUDIT"],
    )  # fmt: skip
    number = make_id_number("370102", "19800101", 191)
    account = await Account.create(
        name="审核员", id_number=number, password_hash=await hash_password(PASSWORD)
    )
    await Admin.create(account=account, organisation_id=tree.ids["hospital1"], role_id=role.id)
    return await login_token(live, number, PASSWORD, "EMPLOYER")


async def person_token(live: LiveServer, tree: Any, name: str) -> str:
    return await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")


async def summary_of(live: LiveServer, token: str, kind: str, **match: str) -> dict[str, Any]:
    edges = (await live.data(STEPS, {"k": kind}, token))["reviewSteps"]["edges"]
    found = [e["node"] for e in edges if match.items() <= e["node"].items()]
    assert len(found) == 1, (kind, match, edges)
    return found[0]["summary"]


def assert_readable(lines: list[dict[str, Any]]) -> None:
    """Every line camelCase, labelled in Chinese, its values display text."""
    for line in lines:
        assert "_" not in line["field"], line
        assert re.search(r"[\u4e00-\u9fff]", line["label"]), line
        for value in (line["before"], line["after"]):
            assert value is None or not RAW.search(value), line


async def test_a_registration_summary_masks_personal_data_without_accounts(
    live: LiveServer, tree: Any, tokens: dict[str, str], reviewer: str
) -> None:
    number = make_id_number("370102", "19930303", 301)
    applicant = {
        "account": {"idNumber": number, "name": "孙悦", "password": "Reg-pass-2026",
                    "phone": PHONE, "email": EMAIL},
        "organisationId": str(tree.ids["hospital1"]), "nativePlace": "山东济南",
        "ethnicity": "汉族", "education": "BACHELOR", "school": "山东大学", "major": "临床医学",
        "graduationDate": "2015-07-01", "degree": "BACHELOR", "postdoctoral": False,
        "titleSeries": "卫生技术", "titleSpecialty": "内科", "titleQualification": "主治医师",
        "titleGrade": "SENIOR",
    }  # fmt: skip
    assert (await live.data(REGISTER, {"i": applicant}))["professionalRegister"]["ok"]

    masked = await summary_of(live, reviewer, "PROFESSIONAL_REGISTRATION", applicantName="孙悦")
    assert masked == {
        "__typename": "ProfessionalRegistrationSummary",
        "idNumber": mask_id_number(number),
        "phone": mask_phone(PHONE),
        "email": mask_email(EMAIL),
        "unit": "济南第一医院",
        "titleSeries": "卫生技术",
        "titleGrade": "SENIOR",  # a typed enum: its label is in the schema
    }
    full = await summary_of(
        live, tokens["hospital1"], "PROFESSIONAL_REGISTRATION", applicantName="孙悦"
    )
    assert (full["idNumber"], full["phone"], full["email"]) == (number, PHONE, EMAIL)

    # the export reads the same: masked, the enum by its label
    status, rows = await export(
        live, reviewer, "reviewSteps", {"kind": "PROFESSIONAL_REGISTRATION"}
    )
    assert status == 200, rows
    cell = next(r for r in rows[1:] if "孙悦" in r)[rows[0].index("申请摘要")]
    assert mask_id_number(number) in cell and number not in cell and PHONE not in cell
    assert "职称级别：高级" in cell and "SENIOR" not in cell
    status, rows = await export(
        live, tokens["hospital1"], "reviewSteps", {"kind": "PROFESSIONAL_REGISTRATION"}
    )
    assert status == 200, rows
    assert number in next(r for r in rows[1:] if "孙悦" in r)[rows[0].index("申请摘要")]


async def test_a_claim_summary_reads_the_form_by_its_labels(
    live: LiveServer, tree: Any, reviewer: str
) -> None:
    me = await person_token(live, tree, "王磊")
    created = (await live.data(CREATE, {"i": training()}, me))["claimCreate"]["claim"]
    assert (await live.data(ACT % "claimSubmit", {"id": created["id"]}, me))["claimSubmit"][
        "errors"
    ] == []
    summary = await summary_of(live, reviewer, "CLAIM_REVIEW", subjectId=created["id"])
    assert summary["__typename"] == "ClaimSummary"
    assert (summary["year"], summary["subject"], summary["form"], summary["requestedHours"]) == (
        2024, "PROFESSIONAL", "岗位培训", "40.0"
    )  # fmt: skip
    assert {"field": "className", "label": "班次名称", "value": "2024年全科医师培训班"} in (
        summary["answers"]
    )
    status, rows = await export(live, reviewer, "reviewSteps", {"kind": "CLAIM_REVIEW"})
    assert status == 200, rows
    cell = next(r for r in rows[1:] if "王磊" in r)[rows[0].index("申请摘要")]
    assert "学习形式：岗位培训" in cell and "学习科目：专业科目" in cell
    assert "班次名称：2024年全科医师培训班" in cell and not RAW.search(cell)

    # the professional's own export of its claims: 200, the form by its label
    status, rows = await export(live, me, "myClaims")
    assert status == 200, rows
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("编号")] == created["id"])
    assert row[header.index("学习形式")] == "岗位培训"
    assert "培训学校（单位）：山东省卫生健康培训中心" in row[header.index("学习形式的填写内容")]


async def test_a_transfer_summary_is_masked_by_the_api_not_by_the_workflow(
    live: LiveServer, tree: Any, tokens: dict[str, str], reviewer: str
) -> None:
    me = await person_token(live, tree, "李娜")
    given = {"toOrganisationId": str(tree.ids["hospital2"]), "phone": PHONE, "reason": "工作调动"}
    started = (await live.data(TRANSFER, {"i": given}, me))["transferStart"]
    assert started["errors"] == []
    transfer = started["transfer"]["id"]
    masked = await summary_of(live, reviewer, "TRANSFER_OUT", subjectId=transfer)
    number = tree.people["李娜"]
    assert masked == {
        "__typename": "TransferSummary",
        "idNumber": mask_id_number(number),
        "phone": mask_phone(PHONE),
        "fromUnit": "济南第一医院",
        "toUnit": "济南第二医院",
        "reason": "工作调动",
    }
    full = await summary_of(live, tokens["hospital1"], "TRANSFER_OUT", subjectId=transfer)
    assert (full["idNumber"], full["phone"]) == (number, PHONE)
    await live.data(
        """mutation($id: ID!) { transferWithdraw(input: {id: $id}) { errors { code } } }""",
        {"id": transfer},
        me,
    )


async def test_a_title_change_summary_is_its_diff_in_labels(
    live: LiveServer, tree: Any, reviewer: str
) -> None:
    me = await person_token(live, tree, "王芳")  # 卫生技术, INTERMEDIATE
    request = {"titleSeries": "卫生技术", "titleSpecialty": "内科", "titleGrade": "SENIOR",
               "titleQualification": "主任医师", "titleEffectiveDate": "2024-12-01"}  # fmt: skip
    change = (await live.data(TITLE, {"i": request}, me))["titleChangeRequest"]["change"]
    summary = await summary_of(live, reviewer, "TITLE_CHANGE", subjectId=change["id"])
    assert summary["__typename"] == "ProfileChangeSummary"
    assert summary["idNumber"] == mask_id_number(tree.people["王芳"])
    assert {"field": "titleGrade", "label": "职称级别", "before": "中级", "after": "高级"} in (
        summary["changes"]
    )
    assert_readable(summary["changes"])
    status, rows = await export(live, reviewer, "reviewSteps", {"kind": "TITLE_CHANGE"})
    assert status == 200, rows
    cell = next(r for r in rows[1:] if "王芳" in r)[rows[0].index("申请摘要")]
    assert "职称级别：中级 → 高级" in cell and not RAW.search(cell)


async def test_audit_entries_are_change_lines_masked_like_any_personal_data(
    live: LiveServer, tree: Any, tokens: dict[str, str], reviewer: str
) -> None:
    # given: a member changes her phone and e-mail; the unit files hours for two members
    me = await person_token(live, tree, "张伟")  # the branch below 济南第一医院
    basic = {"phone": PHONE, "email": EMAIL, "nativePlace": "山东济南", "ethnicity": "汉族",
             "sex": "MALE", "birthDate": "1988-08-08", "departmentId": None}  # fmt: skip
    assert (await live.data(BASIC, {"i": basic}, me))["profileBasicUpdate"]["errors"] == []
    members = [
        str((await Professional.get(account__id_number=tree.people[n])).id)
        for n in ("王磊", "李娜")
    ]
    filing = {"professionalIds": members, "claim": training(year=2023, requestedHours="32")}
    filed = (await live.data(FILE_FOR, {"i": filing}, reviewer))["claimsFileForMembers"]
    assert filed["errors"] == []

    # then: the claim filing reads in labels, nothing raw
    log = (await live.data(AUDIT, {"a": "claim.file_for"}, reviewer))["auditLog"]["edges"]
    entry = next(e["node"] for e in log if e["node"]["subjectId"] == filed["claimIds"][0])
    assert (entry["actionLabel"], entry["subjectTypeLabel"]) == ("学时代报", "学时申报")
    lines = {line["label"]: line["after"] for line in entry["changes"]}
    assert lines["学习形式"] == "岗位培训" and lines["学习科目"] == "专业科目"
    assert lines["年度"] == "2023" and lines["申报学时"] == "32.0"
    assert "班次名称：2024年全科医师培训班" in lines["填写内容"]
    assert_readable(entry["changes"])

    # and: the phone and e-mail are masked for the admin without ACCOUNTS, full with it
    def personal(token_log: list[dict[str, Any]]) -> dict[str, Any]:
        found = next(e["node"] for e in token_log if e["node"]["action"] == "profile.basic")
        assert_readable(found["changes"])
        return {line["field"]: line["after"] for line in found["changes"]}

    masked = personal((await live.data(AUDIT, {"a": "profile.basic"}, reviewer))["auditLog"]["edges"])  # fmt: skip
    assert (masked["phone"], masked["email"]) == (mask_phone(PHONE), mask_email(EMAIL))
    full = personal(
        (await live.data(AUDIT, {"a": "profile.basic"}, tokens["hospital1"]))["auditLog"]["edges"]
    )
    assert (full["phone"], full["email"]) == (PHONE, EMAIL)

    # and: the log's export answers, masked the same way
    status, rows = await export(live, reviewer, "auditLog")
    assert status == 200, rows
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("操作")] == "修改基本信息")
    assert mask_phone(PHONE) in row[header.index("变更明细")]
    assert PHONE not in row[header.index("变更明细")]
    status, rows = await export(live, tokens["hospital1"], "auditLog")
    row = next(r for r in rows[1:] if r[rows[0].index("操作")] == "修改基本信息")
    assert status == 200 and PHONE in row[rows[0].index("变更明细")]
