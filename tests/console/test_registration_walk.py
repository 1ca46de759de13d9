"""The whole path through the console, each step by the role that takes it: a unit registers
on the sign-in page and its competent department approves it; a professional registers into
it and the unit approves them; the professional files claims with evidence, the unit approves
them from its queue, and the professional prints the passed year's certificate."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, Page, expect

from domain.identity import credit_code_check_char
from models import Claim, ClaimAttachment, Organisation, Professional
from models.enums import ClaimStatus, OrgStatus, ProfessionalStatus
from tests.conftest import LiveServer
from tests.console.claims import file_claim_in_console, save_and_submit
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import (
    approve_in_queue,
    cascade,
    choose,
    fill,
    fresh,
    item,
    pick,
    submit,
)
from tests.fixtures.tree import PASSWORD, make_id_number

UNIT = "济南市第三人民医院"
ADMIN = make_id_number("370102", "19800101", 171)
PERSON = make_id_number("370102", "19910101", 181)
ADMIN_PASSWORD = "Third-hospital-2026"
PERSON_PASSWORD = "Zhao-min-2026"


def credit_code() -> str:
    body = "12370100MB2853021"
    return body + credit_code_check_char(body)


async def submitted_for_review(page: Page, reviewer: str, field: str) -> None:
    """The registration ends in a dialog naming the unit that will review it (seed 000 §2:
    待所在单位审核通过后即注册成功), not a bare 操作成功; the form is emptied for the next."""
    dialog = page.locator(".cxd-Modal").filter(has_text="注册申请已提交")
    await expect(dialog).to_be_visible()
    await expect(dialog.locator(".submitted-reviewer")).to_have_text(
        f"请等待 {reviewer} 审核，审核通过后即可用证件号码和密码登录。"
    )
    await expect(page.get_by_text("操作成功")).to_have_count(0)
    await screenshot(page, f"registered-{field.replace('.', '-')}")
    await dialog.get_by_role("button", name="知道了").click()
    await expect(dialog).to_have_count(0)
    form = page.locator(".cxd-Form").filter(visible=True).first
    await expect(form.locator(f"input[name='{field}']")).to_have_value("")


async def register_unit(page: Page, live: LiveServer) -> None:
    await page.goto(f"{live.url}/console")
    await page.locator(".cxd-Tabs-link", has_text="单位注册").click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await choose(form, "机构类型", "用人单位")
    await fill(form, "单位名称", UNIT)
    await fill(form, "统一社会信用代码", credit_code())
    await pick(form, "上级单位", "卫生健康", "济南市卫生健康委员会")
    await cascade(form, "注册所在地", "山东省", "济南市", "历下区")
    await choose(form, "单位性质", "事业单位")
    await choose(form, "单位级别", "市级")
    await fill(form, "所属行业", "卫生")
    await fill(form, "联系电话", "0531-88776655")
    await fill(form, "单位地址", "济南市历下区经十路100号")
    await fill(form, "身份证号码", ADMIN)
    await fill(form, "姓名", "孙明")
    await fill(form, "密码", ADMIN_PASSWORD)
    await fill(form, "手机号码", "13805310001")
    await fill(form, "电子邮箱", "sunming@example.cn")
    await screenshot(page, "register-unit")
    await submit(page)
    await submitted_for_review(page, "济南市卫生健康委员会", "name")


async def register_professional(page: Page, live: LiveServer) -> None:
    await page.goto(f"{live.url}/console")
    await page.locator(".cxd-Tabs-link", has_text="专业技术人员注册").click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await fill(form, "身份证号码", PERSON)
    await fill(form, "姓名", "赵敏")
    await fill(form, "密码", PERSON_PASSWORD)
    await fill(form, "手机号码", "13905310002")
    await fill(form, "电子邮箱", "zhaomin@example.cn")
    await pick(form, "所在单位", "第三人民", UNIT)
    await fill(form, "籍贯", "山东济南")
    await fill(form, "民族", "汉族")
    await choose(form, "最高学历", "大学本科")
    await fill(form, "毕业院校", "山东大学")
    await fill(form, "所学专业", "临床医学")
    graduated = item(form, "毕业时间").locator("input").first
    await graduated.fill("2013-07-01")
    await graduated.press("Tab")
    await choose(form, "学位", "学士")
    await fill(form, "专业技术职务系列", "卫生技术")
    await fill(form, "从事专业", "内科")
    await fill(form, "专业技术职务任职资格", "主治医师")
    await choose(form, "职称级别", "中级")
    await screenshot(page, "register-professional")
    await submit(page)
    await submitted_for_review(page, UNIT, "account.idNumber")


async def test_from_unit_registration_to_the_certificate(
    live: LiveServer, tree: Any, browser: Browser, tmp_path: Any
) -> None:
    visitor = await fresh(browser)
    # a new unit registers on the sign-in page, under its competent department
    await register_unit(visitor, live)
    unit = await Organisation.get(name=UNIT)
    assert unit.status == OrgStatus.PENDING and unit.parent_id == tree.ids["health"]
    assert unit.region_id == "370102"

    # the competent department approves it from its queue
    health = await fresh(browser)
    await sign_in(health, live, tree.admins["health"], PASSWORD, "主管部门")
    await approve_in_queue(health, "机构注册审核", UNIT)
    await screenshot(health, "competent-approved-unit")
    await unit.refresh_from_db()
    assert unit.status == OrgStatus.ACTIVE

    # a professional registers into it; its new admin approves them
    await register_professional(visitor, live)
    admin = await fresh(browser)
    await sign_in(admin, live, ADMIN, ADMIN_PASSWORD, "用人单位")
    await expect(admin.get_by_text("孙明，您好！")).to_be_visible()
    await approve_in_queue(admin, "专业技术人员注册审核", "赵敏")
    person = await Professional.get(account__id_number=PERSON)
    assert person.status == ProfessionalStatus.ACTIVE and person.organisation_id == unit.id

    # the professional files this year's hours with evidence
    await sign_in(visitor, live, PERSON, PERSON_PASSWORD, "专业技术人员")
    await visitor.get_by_role("link", name="学时申报", exact=True).click()
    for subject, hours, name in (
        ("公需科目", "30", "公需课程班"),
        ("专业科目", "60", "内科进修班"),
    ):
        await file_claim_in_console(
            visitor, subject=subject, hours=hours, class_name=name, scan=tmp_path / f"{name}.png"
        )
        await save_and_submit(visitor, name)

    # the unit approves both in one batch from its queue
    await admin.get_by_role("link", name="首页", exact=True).click()
    await admin.get_by_role("link", name="学时审核", exact=True).click()
    rows = admin.locator("tbody tr", has_text="赵敏").filter(visible=True)
    await expect(rows).to_have_count(2)
    await admin.locator("thead .cxd-Checkbox").filter(visible=True).first.click()
    await admin.get_by_role("button", name="通过", exact=True).click()
    await admin.get_by_role("button", name="确认").click()
    await expect(rows).to_have_count(0)
    claims = await Claim.filter(professional_id=person.id)
    assert {c.status for c in claims} == {ClaimStatus.APPROVED} and len(claims) == 2
    assert await ClaimAttachment.filter(claim_id__in=[c.id for c in claims]).count() == 2

    # the year has passed: the professional prints its certificate
    await visitor.get_by_role("link", name="年度完成情况", exact=True).click()
    year = visitor.locator("tr", has_text=str(claims[0].year))
    await expect(year.locator("td", has_text="90.0")).to_be_visible()
    await screenshot(visitor, "walk-completion")
    async with visitor.expect_download() as download:
        await year.get_by_role("button", name="证书打印").click()
    certificate = await download.value
    assert (await certificate.path()).read_bytes().startswith(b"%PDF")
