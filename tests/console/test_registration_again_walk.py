"""Rejected, told why at sign-in, registered again: seed 004 Q10 ("请联系注册时所选单位管理员
驳回注册信息后重新注册即可") and Q15 情况一 ("若注册未被审核通过……重新填写后再次提交注册"),
through the console's own sign-in page and registration tab."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, expect

from models import ReviewStep
from tests.api.test_registration import DECIDE, REGISTER_PERSON, person
from tests.conftest import LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import choose, fill, fresh, item, pick, submit
from tests.fixtures.tree import make_id_number

NUMBER = make_id_number("370102", "19920202", 292)
NEW_PASSWORD = "Second-try-2026"


async def test_a_rejected_registrant_reads_why_and_registers_again(
    browser: Browser, live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # Given a registration at 济南第二医院, rejected with a reason (user text, shown as text)
    registered = await live.data(REGISTER_PERSON, {"i": person(tree, NUMBER, "冯再", "hospital2")})
    assert registered["professionalRegister"]["ok"]
    step = await ReviewStep.get(applicant_name="冯再")
    reason = "单位选错 ${name}"
    decided = await live.data(
        DECIDE,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [str(step.id)], "approve": False,
               "reason": reason}},
        tokens["hospital2"],
    )  # fmt: skip
    assert decided["reviewDecide"]["decidedCount"] == 1

    # When the person signs in with the password, the page says by whom and why
    page = await fresh(browser)
    await sign_in(page, live, NUMBER, "Reg-pass-2026", "专业技术人员")
    toast = page.locator(".cxd-Toast").first
    await expect(toast).to_contain_text("您的注册未通过审核")
    await expect(toast).to_contain_text("审核单位：济南第二医院")
    await expect(toast).to_contain_text("驳回原因：单位选错")
    assert "{name}" in await toast.inner_text()  # the reviewer's text shown as typed
    await screenshot(page, "login-rejected")
    await screenshot(page, "login-rejected")

    # Then they register again on the registration tab, at the right unit, with a new password
    await page.goto(f"{live.url}/console")
    await page.locator(".cxd-Tabs-link", has_text="专业技术人员注册").click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await fill(form, "身份证号码", NUMBER)
    await fill(form, "姓名", "冯再")
    await fill(form, "密码", NEW_PASSWORD)
    await fill(form, "手机号码", "13905319999")
    await fill(form, "电子邮箱", "fengzai@example.cn")
    await pick(form, "所在单位", "第一医院", "济南第一医院")
    await fill(form, "籍贯", "山东济南")
    await fill(form, "民族", "汉族")
    await choose(form, "最高学历", "大学本科")
    await fill(form, "毕业院校", "山东大学")
    await fill(form, "所学专业", "临床医学")
    graduated = item(form, "毕业时间").locator("input").first
    await graduated.fill("2014-07-01")
    await graduated.press("Tab")
    await choose(form, "学位", "学士")
    await fill(form, "专业技术职务系列", "卫生技术")
    await fill(form, "从事专业", "内科")
    await fill(form, "专业技术职务任职资格", "主治医师")
    await choose(form, "职称级别", "中级")
    await submit(page)
    dialog = page.locator(".cxd-Modal").filter(has_text="注册申请已提交")
    await expect(dialog.locator(".submitted-reviewer")).to_contain_text("济南第一医院")
    await screenshot(page, "registered-again")
    await dialog.get_by_role("button", name="知道了").click()

    # and signing in with the new password says it waits for the new unit
    await sign_in(page, live, NUMBER, NEW_PASSWORD, "专业技术人员")
    await expect(page.locator(".cxd-Toast", has_text="审核中").first).to_contain_text(
        "济南第一医院"
    )
