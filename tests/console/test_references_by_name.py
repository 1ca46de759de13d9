"""Records are referred to by name, never by a typed number: the competent department fails a
verification choosing the claim from a list; a department is edited and disabled from its
row; the audit log is filtered by an action chosen by its name; members are found by their
competent department chosen by name."""

from __future__ import annotations

import json
from typing import Any

from playwright.async_api import Page, Route, expect

from models import AuditLog, Claim, Department, PractisingQualification, Professional
from models.enums import ClaimStatus
from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import pick
from tests.fixtures.claims import submit_claim
from tests.fixtures.tree import PASSWORD

QUEUE = "query($k: ReviewKind!) { reviewSteps(kind: $k, first: 100) { edges { node { id subjectId } } } }"
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount errors { code } } }"""


async def _decide(live: LiveServer, token: str, kind: str, claim_id: str) -> None:
    steps = (await live.data(QUEUE, {"k": kind}, token))["reviewSteps"]["edges"]
    step = next(e["node"]["id"] for e in steps if e["node"]["subjectId"] == claim_id)
    done = await live.data(DECIDE, {"i": {"kind": kind, "ids": [step], "approve": True}}, token)
    assert done["reviewDecide"]["errors"] == []


def _dialog(page: Page) -> Any:
    return page.locator(".cxd-Modal").filter(visible=True)


async def test_the_competent_department_fails_a_verification_choosing_the_claim(
    live: LiveServer, tree: Any, tokens: dict[str, str], page: Page
) -> None:
    person = await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")
    claim_id = await submit_claim(live, person, year=2024)
    await _decide(live, tokens["hospital1"], "CLAIM_REVIEW", claim_id)
    await _decide(live, tokens["health"], "CLAIM_VERIFICATION", claim_id)
    assert (await Claim.get(id=int(claim_id))).status == ClaimStatus.VERIFIED

    await sign_in(page, live, tree.admins["health"], PASSWORD, "主管部门")
    await expect(page.locator(".console-user")).to_be_visible()
    await page.goto(f"{live.url}/console#/do/claimFailVerification")
    form = page.locator("form").filter(visible=True).last
    # no number to type: the claim is one of the department's verified claims, by applicant
    assert await form.locator("input[name=claimId][type=text]").count() == 0
    await pick(form, "学时申报", "李娜", "李娜")
    await expect(form.locator(".cxd-Select").first).to_contain_text("济南第一医院")
    await form.locator("textarea, input[name=reason]").first.fill("证书与培训班不符")
    await screenshot(page, "references-fail-verification")
    await page.get_by_role("button", name="提交").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    assert (await Claim.get(id=int(claim_id))).status == ClaimStatus.VERIFY_FAILED


async def test_a_department_is_edited_and_disabled_from_its_row_and_the_log_says_so(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await expect(page.locator(".console-user")).to_be_visible()
    await page.goto(f"{live.url}/console#/departments")
    row = page.locator("tbody tr", has_text="内科").filter(visible=True)
    await row.get_by_role("button", name="编辑部门").click()
    dialog = _dialog(page)
    name = dialog.locator("input[name=name]")
    await expect(name).to_have_value("内科")  # it opens on the row's values
    await name.fill("心内科")
    await screenshot(page, "references-department-edit")
    await dialog.get_by_role("button", name="确认").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    department = await Department.get(organisation_id=tree.ids["hospital1"])
    assert department.name == "心内科"

    # a department with members cannot be disabled: 王芳 leaves it first
    await Professional.filter(department_id=department.id).update(department_id=None)
    await page.goto(f"{live.url}/console#/departments")
    row = page.locator("tbody tr", has_text="心内科").filter(visible=True)
    await row.get_by_role("button", name="禁用或启用部门").click()
    dialog = _dialog(page)
    enabled = dialog.locator("input[type=checkbox]").first
    await expect(enabled).to_be_checked()  # the row's state, not a preset
    await dialog.locator(".cxd-Checkbox").first.click()
    await expect(enabled).not_to_be_checked()
    await dialog.get_by_role("button", name="确认").click()
    await expect(dialog).to_have_count(0)
    await page.goto(f"{live.url}/console#/organisationChanges")
    await page.goto(f"{live.url}/console#/departments")
    row = page.locator("tbody tr", has_text="心内科").filter(visible=True)
    await expect(row).to_contain_text("否")
    await screenshot(page, "references-department-disabled")
    assert (await Department.get(id=department.id)).enabled is False

    # the log is filtered by an action chosen by its name, not by its code
    await page.goto(f"{live.url}/console#/auditLog")
    table = page.locator(".cxd-Crud").filter(visible=True)
    await pick(table, "操作", "修改部门", "修改部门")
    await table.get_by_role("button", name="查询").click()
    rows = table.locator("tbody tr")
    await expect(rows.first).to_contain_text("修改部门")
    await expect(rows.filter(has_text="禁用部门")).to_have_count(0)
    await expect(rows.first).to_contain_text("管理员hospital1")  # who acted, by name
    await screenshot(page, "references-audit-by-action")
    assert await AuditLog.filter(action="department.update").count() == 1


async def test_members_are_found_by_their_competent_department_chosen_by_name(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")
    await expect(page.locator(".console-user")).to_be_visible()
    await page.goto(f"{live.url}/console#/persons")
    table = page.locator(".cxd-Crud").filter(visible=True)
    await pick(table, "主管部门", "卫生", "济南市卫生健康委员会")
    await table.get_by_role("button", name="查询").click()
    await expect(page.get_by_text("编号格式不正确")).to_have_count(0)
    rows = table.locator("tbody tr")
    await expect(rows.filter(has_text="李娜")).to_have_count(1)
    await expect(rows.filter(has_text="刘洋")).to_have_count(1)  # the other hospital under it
    await screenshot(page, "references-persons-by-competent")


async def test_a_request_missing_a_value_tells_the_user_what_to_do_not_the_variable(
    live: LiveServer, tree: Any, page: Page
) -> None:
    """Whatever a page sends incomplete, the reader gets a sentence to act on, never a
    GraphQL variable name and type."""
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await expect(page.locator(".console-user")).to_be_visible()

    async def without_variables(route: Route) -> None:
        body = json.loads(route.request.post_data or "{}")
        if "departmentUpdate" in body.get("query", ""):
            body.pop("variables", None)
        await route.continue_(post_data=json.dumps(body))

    before = (await Department.get(organisation_id=tree.ids["hospital1"])).name
    await page.route("**/graphql", without_variables)
    await page.goto(f"{live.url}/console#/departments")
    row = page.locator("tbody tr", has_text="内科").filter(visible=True)
    await row.get_by_role("button", name="编辑部门").click()
    await _dialog(page).get_by_role("button", name="确认").click()
    await expect(page.get_by_text("请先填写或选择必填项").first).to_be_visible()
    await expect(page.get_by_text("缺少必填变量")).to_have_count(0)
    await expect(page.get_by_text("$input")).to_have_count(0)
    assert (await Department.get(organisation_id=tree.ids["hospital1"])).name == before


async def test_the_professional_edits_and_removes_a_qualification_on_its_row(
    live: LiveServer, tree: Any, page: Page
) -> None:
    person = await Professional.get(account__id_number=tree.people["王磊"])
    kept = await PractisingQualification.create(
        professional=person, series="卫生", name="执业医师", certificate_no="110370100000001"
    )
    gone = await PractisingQualification.create(professional=person, series="卫生", name="药师")
    await sign_in(page, live, tree.people["王磊"], PASSWORD, "专业技术人员")
    await expect(page.locator(".console-user")).to_be_visible()
    await page.goto(f"{live.url}/console#/myProfile")
    qualifications = page.locator("fieldset", has_text="职（执）业资格")
    row = qualifications.locator("tbody tr", has_text="执业医师")
    await row.get_by_role("button", name="修改", exact=True).click()
    dialog = _dialog(page)
    number = dialog.locator("input[name=certificateNo]")
    await expect(number).to_have_value("110370100000001")  # it opens on the row's values
    await number.fill("110370100000002")
    await screenshot(page, "references-qualification-edit")
    await dialog.get_by_role("button", name="确认").click()
    await expect(qualifications.locator("td", has_text="110370100000002")).to_be_visible()
    edited = await PractisingQualification.get(id=kept.id)
    assert (edited.name, edited.certificate_no) == ("执业医师", "110370100000002")

    row = qualifications.locator("tbody tr", has_text="药师")
    await row.get_by_role("button", name="删除职（执）业资格").click()
    await _dialog(page).get_by_role("button", name="确认").click()
    await expect(qualifications.locator("td", has_text="药师")).to_have_count(0)
    assert not await PractisingQualification.exists(id=gone.id)
    assert await PractisingQualification.exists(id=kept.id)
    await screenshot(page, "references-qualification-removed")
