"""Pages open cleanly: a list with required arguments starts as a search form on sensible
defaults (this year, the caller's own region) and asks for nothing until it has what it
needs; no page calls what its caller may not use (no FORBIDDEN toast, the professional's own
department shown by name); a message does not outlive its page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playwright.async_api import Page, expect

from admin_ui.metadata import DISPLAY_TZ
from tests.conftest import LiveServer
from tests.console.checks import ERROR_TOAST, NO_COUNT, Refusals
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import fill, item
from tests.fixtures.tree import PASSWORD


async def open_page(page: Page, menu: str, shot: str) -> None:
    await page.get_by_role("link", name=menu, exact=True).click()
    await page.wait_for_load_state("networkidle")
    await page.wait_for_timeout(300)  # amis renders what the last answer brought
    await screenshot(page, shot)
    await expect(page.locator(ERROR_TOAST)).to_have_count(0)
    await expect(page.get_by_text(NO_COUNT)).to_have_count(0)


def search_form(page: Page) -> Any:
    return page.locator(".cxd-Form").filter(visible=True).first


def this_year() -> str:
    return str(dt.datetime.now(DISPLAY_TZ).year)


async def test_the_professionals_pages_open_without_an_error(
    live: LiveServer, tree: Any, page: Page
) -> None:
    refusals = Refusals(page)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")

    # the standards start on this year and show them
    await open_page(page, "各年度继续教育合格标准", "open-professional-year-standards")
    year = item(search_form(page), "年度").locator("input").first
    await expect(year).to_have_value(this_year())

    # registration progress waits for an ID number instead of asking for nothing
    await open_page(page, "注册审核进度查询", "open-professional-registration-progress")
    await expect(page.get_by_text("暂无数据（请填写查询条件后点击查询）")).to_be_visible()

    # her department is chosen among her own unit's and shows by name, not as its number
    await open_page(page, "基本信息修改", "open-professional-basic-info")
    await expect(item(search_form(page), "所在部门")).to_contain_text("内科")
    # a saved form says so, and the message stays with its page
    await fill(search_form(page), "籍贯", "山东青岛")
    await page.get_by_role("button", name="提交").filter(visible=True).click()
    await expect(page.get_by_text("操作成功")).to_be_visible()

    # her transfer names no member to move: she moves herself
    await open_page(page, "人员调转", "open-professional-transfer")
    await expect(page.get_by_text("操作成功")).to_have_count(0)
    await expect(item(search_form(page), "调入单位")).to_be_visible()
    await expect(page.get_by_text("调出人员", exact=True)).to_have_count(0)
    assert refusals.found == []


async def test_an_hrss_admins_statistics_start_on_its_own_region_and_this_year(
    live: LiveServer, tree: Any, page: Page
) -> None:
    refusals = Refusals(page)
    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")

    await open_page(page, "各年度继续教育合格标准", "open-hrss-year-standards")
    year = item(search_form(page), "年度").locator("input").first
    await expect(year).to_have_value(this_year())

    # comprehensive statistics start on the bureau's own region, 济南市, and show its rows
    await open_page(page, "继教综合统计", "open-hrss-comprehensive-statistics")
    region = item(search_form(page), "地区")
    await expect(region).to_contain_text("山东省")
    await expect(region).to_contain_text("济南市")
    await expect(page.locator("tbody tr").filter(visible=True).first).to_be_visible()

    await open_page(page, "注册审核进度查询", "open-hrss-registration-progress")

    # learning records wait for a name or an ID number, then find the person's years
    await open_page(page, "学习记录验证", "open-hrss-learning-records")
    await expect(page.get_by_text("暂无数据（请填写查询条件后点击查询）")).to_be_visible()
    await fill(search_form(page), "姓名", "王芳")
    async with page.expect_response(lambda r: "/console/api/list/learningRecords" in r.url) as got:
        await page.get_by_role("button", name="查询").filter(visible=True).first.click()
    answer = await (await got.value).json()
    assert answer["status"] == 0 and "name=%E7%8E%8B%E8%8A%B3" in (await got.value).url
    await screenshot(page, "open-hrss-learning-records-searched")

    await open_page(page, "人员调转", "open-hrss-transfer")
    assert refusals.found == []
