"""The main lists of two roles read in Chinese: no enum or action code, no bare true/false in
what the page shows (the employer's people, audit log and units; the professional's profile
and claims)."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer, login_token
from tests.console.checks import raw_codes
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.claims import submit_claim
from tests.fixtures.tree import PASSWORD


async def open_list(page: Page, link: str, row_text: str, shot: str) -> None:
    await page.get_by_role("link", name=link, exact=True).click()
    await expect(page.get_by_text(row_text).first).to_be_visible()
    await screenshot(page, shot)
    assert await raw_codes(page) == set(), link


async def test_the_employers_main_lists_show_no_raw_code(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given a claim filed by a member: the audit log holds its entries
    await submit_claim(live, await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL"))
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await open_list(page, "专业技术人员查询", "王芳", "raw-codes-persons")
    await open_list(page, "操作日志", "提交学时申报", "raw-codes-audit")
    await open_list(page, "机构列表", "济南第一医院东院", "raw-codes-organisations")


async def test_the_professionals_profile_and_claims_show_no_raw_code(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await submit_claim(live, await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL"))
    await sign_in(page, live, tree.people["李娜"], PASSWORD, "专业技术人员")
    # the region by its name, not its code
    await open_list(page, "本人资料", "历下区", "raw-codes-profile")
    await expect(page.get_by_text("370102", exact=True)).to_have_count(0)
    await open_list(page, "学时申报", "岗位培训", "raw-codes-claims")
