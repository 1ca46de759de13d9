"""各年度继续教育合格标准 and 公需科目管理 in the console, as a city HRSS bureau uses them
(seed 003: 市、区（县）人社局 … 公需科目管理; its 年度完成情况 shows 2016 24 66 90 通过)."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer
from tests.console.checks import ERROR_TOAST, Refusals
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import fill, item, submit
from tests.fixtures.tree import PASSWORD


def form_of(page: Page) -> Any:
    return page.locator(".cxd-Form").filter(visible=True).first


async def test_a_city_bureau_sets_its_standard_and_its_public_subjects(
    live: LiveServer, tree: Any, page: Page
) -> None:
    refusals = Refusals(page)
    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")
    # 济南市 (the form starts on the bureau's own region) asks 公需 24 + 专业 66 = 90 from 2016
    await open_page(page, "设置合格标准")
    form = form_of(page)
    await expect(item(form, "地区")).to_contain_text("济南市")
    await fill(form, "自该年度起执行", "2016")
    await fill(form, "调整理由", "威海市2016年度标准")
    await fill(form, "公需科目最低学时", "24")
    await fill(form, "专业科目最低学时", "66")
    await fill(form, "总学时最低要求", "90")
    await submit(page)
    await expect(page.get_by_text("操作成功")).to_be_visible()
    await screenshot(page, "standards-set-done")

    # the decision is in the record: region by name, its year, minimums, who and why
    await open_page(page, "合格标准调整记录")
    row = page.locator("tbody tr", has_text="威海市2016年度标准").filter(visible=True)
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("济南市")
    await expect(row).to_contain_text("24.0")
    await expect(row).to_contain_text("管理员jinan")
    await screenshot(page, "standards-versions")

    # and the public page answers 2016 for 济南市 with it
    await open_page(page, "各年度继续教育合格标准")
    await fill(form_of(page), "年度", "2016")
    await page.get_by_role("button", name="查询").filter(visible=True).first.click()
    await page.wait_for_load_state("networkidle")
    shown = page.locator("tbody tr", has_text="2016").filter(visible=True)
    await expect(shown).to_contain_text("24.0")
    await expect(shown).to_contain_text("济南市")
    await screenshot(page, "standards-year-2016")

    # 公需科目管理: a 2018 必修 class of 20 hours, listed with its region
    await open_page(page, "添加或修改公需科目")
    form = form_of(page)
    await fill(form, "年度", "2018")
    await fill(form, "科目名称", "2018年度专业技术人员继续教育新旧动能转换专题培训班")
    await fill(form, "学时", "20")
    await submit(page)
    await expect(page.get_by_text("操作成功")).to_be_visible()
    await open_page(page, "公需科目管理")
    listed = page.locator("tbody tr", has_text="新旧动能转换").filter(visible=True)
    await expect(listed).to_contain_text("20.0")
    await expect(listed).to_contain_text("济南市")
    await screenshot(page, "public-subjects")
    assert refusals.found == []


async def open_page(page: Page, menu: str) -> None:
    await page.get_by_role("link", name=menu, exact=True).click()
    await page.wait_for_load_state("networkidle")
    await page.wait_for_timeout(300)
    await expect(page.locator(ERROR_TOAST)).to_have_count(0)
