"""A to-do count changes in one browser when a professional submits a claim in another."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, Page, expect

from tests.conftest import LiveServer
from tests.console.claims import file_claim_in_console, save_and_submit
from tests.console.conftest import new_context, screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_a_claim_submitted_in_one_browser_counts_in_the_other(
    live: LiveServer, tree: Any, page: Page, browser: Browser, tmp_path: Any
) -> None:
    # given the employer's admin looking at the home page
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    count = page.locator(".todo-card-link", has_text="学时审核").locator(".todo-count")
    await expect(count).to_have_text("0")

    # when 王芳 submits a claim in her own browser
    other = await new_context(browser)
    try:
        professional = await other.new_page()
        await sign_in(professional, live, tree.people["王芳"], PASSWORD, "专业技术人员")
        await professional.get_by_role("link", name="学时申报", exact=True).click()
        await file_claim_in_console(
            professional, subject="专业科目", hours="8", class_name="急诊进修班",
            scan=tmp_path / "结业证书.png",
        )  # fmt: skip
        await save_and_submit(professional, "急诊进修班")
    finally:
        await other.close()

    # then the admin's count changes without a reload
    await expect(count).to_have_text("1", timeout=10_000)
    await expect(page.get_by_text("共 1 项待处理")).to_be_visible()
    await screenshot(page, "live-todo")

    # and its card opens that queue, where the claim waits
    await page.locator(".todo-card-link", has_text="学时审核").click()
    await expect(page.locator("tbody tr", has_text="王芳").filter(visible=True)).to_have_count(1)
