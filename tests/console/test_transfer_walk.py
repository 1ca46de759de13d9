"""A transfer (人员调转) walked through pages nobody wrote by hand: the old unit's admin starts
it from the generated operation form, approves the move out in its queue, and the new unit's
admin approves the move in — after which the person belongs to the new unit."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, Page, expect

from models import Professional
from tests.conftest import LiveServer
from tests.console.conftest import new_context, screenshot, sign_in
from tests.console.forms import approve_in_queue, fill, item, pick, submit
from tests.fixtures.tree import PASSWORD


async def test_a_transfer_from_start_to_the_new_units_approval(
    live: LiveServer, tree: Any, page: Page, browser: Browser
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="人员调转", exact=True).click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await pick(form, "调入单位", "第二医院", "济南第二医院")
    await fill(form, "联系电话", "0531-88001122")
    await fill(form, "调转原因", "工作调动")
    await pick(form, "调出人员", "李", "李娜")
    await screenshot(page, "transfer-start")
    await submit(page)
    await expect(page.get_by_text("操作成功")).to_be_visible()
    await expect(item(form, "调转原因").locator("input, textarea").first).to_be_visible()

    # the old unit approves the move out; the person is still theirs until the new one agrees
    await page.get_by_role("link", name="人员调出审核", exact=True).click()
    await screenshot(page, "transfer-out-queue")
    await approve_in_queue(page, "人员调出审核", "李娜")
    person = await Professional.get(account__id_number=tree.people["李娜"])
    assert person.organisation_id == tree.ids["hospital1"]

    context = await new_context(browser)
    try:
        receiving: Page = await context.new_page()
        await sign_in(receiving, live, tree.admins["hospital2"], PASSWORD, "用人单位")
        await approve_in_queue(receiving, "人员调入审核", "李娜")
        await receiving.get_by_role("link", name="调转记录", exact=True).click()
        await expect(
            receiving.locator("tbody tr", has_text="李娜").filter(visible=True)
        ).to_have_count(1)
        await screenshot(receiving, "transfer-records")
    finally:
        await context.close()
    await person.refresh_from_db()
    assert person.organisation_id == tree.ids["hospital2"] and person.department_id is None
