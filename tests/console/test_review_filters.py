"""全部通过 decides what the filtered queue shows, not every pending claim of the kind."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.claims import claim_statuses, submit_claim
from tests.fixtures.tree import PASSWORD


async def test_approve_all_keeps_to_the_filters_on_screen(
    live: LiveServer, tree: Any, page: Page
) -> None:
    fang = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    lei = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    this_year, last_year = await submit_claim(live, fang, 2024), await submit_claim(live, lei, 2023)

    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="学时审核", exact=True).click()
    rows = page.locator("tbody tr", has_text="专业科目").filter(visible=True)
    await expect(rows).to_have_count(2)
    await page.locator("input[name=year]").filter(visible=True).fill("2024")
    await page.get_by_role("button", name="查询").filter(visible=True).click()
    await expect(rows).to_have_count(1)

    await page.get_by_role("button", name="全部通过").filter(visible=True).click()
    await expect(page.get_by_text("确定审核通过符合当前筛选条件的全部待审核事项？")).to_be_visible()
    await page.get_by_role("button", name="确认").click()
    await expect(rows).to_have_count(0)
    await screenshot(page, "review-approve-all-filtered")

    assert (await claim_statuses(live, fang))[this_year] == "APPROVED"
    assert (await claim_statuses(live, lei))[last_year] == "SUBMITTED"

    # with no filter set, 全部通过 takes every pending claim of the queue
    await page.get_by_role("button", name="重置").filter(visible=True).click()
    await expect(rows).to_have_count(1)
    await page.get_by_role("button", name="全部通过").filter(visible=True).click()
    await page.get_by_role("button", name="确认").click()
    await expect(rows).to_have_count(0)
    assert (await claim_statuses(live, lei))[last_year] == "APPROVED"
