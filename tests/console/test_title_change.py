"""A professional-title change (职称变更) through generated pages only: the professional's
request form, the employer's queue showing the 变更明细, the approval, the new title."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, Page, expect

from models import Professional
from models.enums import TitleGrade
from tests.conftest import LiveServer
from tests.console.conftest import new_context, screenshot, sign_in
from tests.console.forms import approve_in_queue, choose, fill, item, submit
from tests.fixtures.tree import PASSWORD


async def test_a_title_change_is_requested_shown_as_a_diff_and_approved(
    live: LiveServer, tree: Any, page: Page, browser: Browser
) -> None:
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")
    await page.get_by_role("link", name="职称变更", exact=True).click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await fill(form, "专业技术职务系列", "卫生技术")
    await fill(form, "从事专业", "内科")
    await choose(form, "职称级别", "高级")
    await fill(form, "现专业技术职务任职资格", "副主任医师")
    effective = item(form, "公布（生效）时间").locator("input").first
    await effective.fill("2026-06-01")
    await effective.press("Tab")
    await submit(page)
    await expect(page.get_by_text("操作成功")).to_be_visible()

    context = await new_context(browser)
    try:
        admin = await context.new_page()
        await sign_in(admin, live, tree.admins["hospital1"], PASSWORD, "用人单位")
        await admin.get_by_role("link", name="人员职称变更审核", exact=True).click()
        row = admin.locator("tbody tr", has_text="王芳").filter(visible=True)
        await expect(row).to_contain_text("职称级别：中级 → 高级")
        await screenshot(admin, "title-change-queue")
        await approve_in_queue(admin, "人员职称变更审核", "王芳")
    finally:
        await context.close()
    person = await Professional.get(account__id_number=tree.people["王芳"])
    assert person.title_grade == TitleGrade.SENIOR
    assert person.title_qualification == "副主任医师"
