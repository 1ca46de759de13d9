"""A to-do count changes in an open console when a professional submits a claim."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer
from tests.console.claims import submit_claim
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_a_submitted_claim_appears_in_the_open_home_page(
    live: LiveServer, tree: Any, tokens: dict[str, str], page: Page
) -> None:
    # given the employer's admin looking at the home page
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    count = page.locator(".todo-card-link", has_text="学时审核").locator(".todo-count")
    await expect(count).to_have_text("0")

    # when 王芳 submits a claim through the API
    await submit_claim(live, tokens["professional"])

    # then the count changes without a reload
    await expect(count).to_have_text("1", timeout=10_000)
    await expect(page.get_by_text("共 1 项待处理")).to_be_visible()
    await screenshot(page, "live-todo")

    # and its card opens that queue, where the claim waits
    await page.locator(".todo-card-link", has_text="学时审核").click()
    await expect(page.locator("tbody tr", has_text="王芳").filter(visible=True)).to_have_count(1)
