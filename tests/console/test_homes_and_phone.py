"""Where each role starts, and the console on a phone (390×844): the professional's home lists
its functions and an admin's leads with 待办; on a phone a filter's or form's label reads on
one line, every sign-in tab can be reached, the claim list shows hours and status without
scrolling sideways, and a date can be typed or picked on a calendar."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import Locator, Page, expect

from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.claims import submit_claim
from tests.fixtures.tree import PASSWORD

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}


async def box(locator: Locator) -> dict[str, float]:
    found = await locator.bounding_box()
    assert found is not None, "not rendered"
    return found


async def one_line(label: Locator) -> bool:
    """Whether a label's text takes one line: its height is under two of its lines."""
    height, line = await label.evaluate(
        """(label) => {
            const text = label.querySelector('.cxd-TplField') || label;
            const style = getComputedStyle(text);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
            return [text.getBoundingClientRect().height, line];
        }"""
    )
    return bool(height < 1.8 * line)


async def open_from_home(page: Page, label: str, section: str) -> None:
    """A page opened from the home page's list of functions (a phone folds the menu away)."""
    await page.get_by_role("link", name=f"{label}（{section}）", exact=True).click()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
async def test_the_professionals_home_lists_its_functions(
    live: LiveServer, tree: Any, page: Page, size: dict[str, int]
) -> None:
    await page.set_viewport_size(size)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")
    await expect(page.get_by_text("王芳，您好！")).to_be_visible()
    # the seed manual's modules, each listing its pages
    titles = page.locator(".home-section-title")
    await expect(titles).to_have_text(
        ["学时申报", "年度完成情况", "用户资料管理", "公共查询", "账号设置"]
    )
    cards = page.locator(".home-function-link")
    hrefs = {await card.get_attribute("href") for card in await cards.all()}
    assert {"#/myClaims", "#/myCompletion", "#/myProfile", "#/do/passwordChange"} <= hrefs
    await screenshot(page, f"home-professional-{size['width']}")
    # a card opens its page
    await open_from_home(page, "学时申报", "学时申报")
    await expect(page.get_by_text("本人的学时申报").first).to_be_visible()


@pytest.mark.parametrize(
    ("key", "portal"),
    [
        ("hospital1", "用人单位"),
        ("health", "主管部门"),
        ("jinan", "人社部门"),
        ("base", "继续教育基地"),
    ],
)
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
async def test_an_admins_home_leads_with_the_to_do_counts(
    live: LiveServer, tree: Any, page: Page, key: str, portal: str, size: dict[str, int]
) -> None:
    await page.set_viewport_size(size)
    await sign_in(page, live, tree.admins[key], PASSWORD, portal)
    greeting = page.locator(".home-greeting")
    await expect(greeting).to_contain_text(f"管理员{key}，您好！")
    await expect(page.locator(".todo-panel")).to_be_visible()
    todo, greeted = await box(page.locator(".todo-panel")), await box(greeting)
    functions = await box(page.locator(".home-menu"))
    # 待办 first, on the first screen; then who is acting; then the role's functions
    assert todo["y"] < greeted["y"] < functions["y"]
    assert todo["y"] < size["height"] / 2
    await screenshot(page, f"home-{key}-{size['width']}")


async def test_on_a_phone_filter_labels_read_on_one_line(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await page.set_viewport_size(PHONE)
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await open_from_home(page, "专业技术人员查询", "查询统计")
    await expect(page.locator("td", has_text="王芳").first).to_be_visible()
    # the list comes first; its filters fold under a button
    await page.get_by_role("button", name="查询条件").click()
    labels = page.locator(".cxd-Crud-filter .cxd-Form-label").filter(visible=True)
    await expect(labels.first).to_be_visible()
    texts = await labels.all_inner_texts()
    assert len(texts) >= 8 and any("职（执）业资格名称" in text for text in texts)
    wrapped = [
        text
        for label, text in zip(await labels.all(), texts, strict=True)
        if not await one_line(label)
    ]
    assert wrapped == []
    await screenshot(page, "phone-person-filters")


async def test_on_a_phone_every_sign_in_tab_can_be_reached(page: Page, live: LiveServer) -> None:
    await page.set_viewport_size(PHONE)
    await page.goto(f"{live.url}/console")
    tabs = page.locator(".login-box .cxd-Tabs-link")
    await expect(tabs.first).to_be_visible()
    count = await tabs.count()
    assert count >= 8
    for index in range(count):
        placed = await box(tabs.nth(index))
        assert placed["x"] >= 0 and placed["x"] + placed["width"] <= PHONE["width"]
    last = tabs.nth(count - 1)
    await last.click()
    await expect(last).to_have_class("cxd-Tabs-link is-active")
    # a form's labels read on one line too
    await page.locator(".cxd-Tabs-link", has_text="专业技术人员注册").click()
    labels = page.locator(".cxd-Form-item .cxd-Form-label").filter(visible=True)
    await expect(labels.first).to_be_visible()
    texts = await labels.all_inner_texts()
    wrapped = [
        text
        for label, text in zip(await labels.all(), texts, strict=True)
        if not await one_line(label)
    ]
    assert wrapped == []
    await screenshot(page, "phone-sign-in")


async def test_on_a_phone_the_claim_list_shows_hours_and_status(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await submit_claim(live, await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL"))
    await page.set_viewport_size(PHONE)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")
    await open_from_home(page, "学时申报", "学时申报")
    row = page.locator("tbody tr", has_text="岗位培训").first
    await expect(row).to_be_visible()
    for header in ("申报学时", "认定学时", "状态"):
        cell = await box(page.get_by_role("columnheader", name=header, exact=True))
        assert cell["x"] + cell["width"] <= PHONE["width"], header
    status = await box(row.locator("td", has_text="待审核").first)
    assert status["x"] + status["width"] <= PHONE["width"]
    await screenshot(page, "phone-claims")


async def test_on_a_phone_a_date_is_typed_or_picked_on_a_calendar(
    page: Page, live: LiveServer
) -> None:
    await page.set_viewport_size(PHONE)
    await page.goto(f"{live.url}/console")
    await page.locator(".cxd-Tabs-link", has_text="专业技术人员注册").click()
    graduated = (
        page.locator(".cxd-Form-item", has=page.get_by_text("毕业时间", exact=True))
        .first.locator("input")
        .first
    )
    # picked: a month's calendar opens (not three wheels to turn)
    await graduated.click()
    calendar = page.locator(".cxd-DatePicker-popover .rdtPicker")
    await expect(calendar).to_be_visible()
    await expect(page.locator(".cxd-PickerColumns")).to_have_count(0)
    await calendar.locator("td.rdtDay:not(.rdtOld):not(.rdtNew)", has_text="15").first.click()
    await expect(graduated).to_have_value(re.compile(r"^\d{4}-\d{2}-15$"))
    # typed
    await graduated.fill("2013-07-01")
    await graduated.press("Tab")
    await expect(graduated).to_have_value("2013-07-01")
    await screenshot(page, "phone-date")
