"""Signing in through the console page, the home page's to-do counts, a generated list."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import Page, expect

from models import Account, Admin
from tests.conftest import LOGIN, LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD, make_id_number


async def login_message(live: LiveServer, id_number: str, password: str, portal: str) -> str:
    """The server's Chinese message for a failed login, as the API answers it."""
    variables = {"input": {"idNumber": id_number, "password": password, "portal": portal}}
    [error] = (await live.data(LOGIN, variables))["login"]["errors"]
    return str(error["message"])


async def test_each_failed_login_shows_the_servers_own_message(
    live: LiveServer, tree: Any, page: Page
) -> None:
    admin = tree.admins["hospital1"]
    outcomes = [
        (make_id_number("370102", "19990101", 901), PASSWORD, "EMPLOYER", "用人单位"),
        (admin, "not-the-password", "EMPLOYER", "用人单位"),
        (admin, PASSWORD, "PROFESSIONAL", "专业技术人员"),
    ]
    seen = set()
    for id_number, password, portal, label in outcomes:
        expected = await login_message(live, id_number, password, portal)
        await sign_in(page, live, id_number, password, label)
        await expect(page.get_by_text(expected)).to_be_visible()
        seen.add(expected)
    assert len(seen) == 3  # not found, wrong password, role not registered: three messages
    await screenshot(page, "login-error")
    assert await page.evaluate("sessionStorage.getItem('jijiao.token')") is None


async def test_an_employer_admin_signs_in_sees_the_counts_and_a_list(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")

    # the home page: who is acting, and the to-do counts the subscription sent
    await expect(page.get_by_text("管理员hospital1，您好！")).to_be_visible()
    claims = page.locator(".todo-card-link", has_text="学时审核")
    await expect(claims.locator(".todo-count")).to_have_text("0")
    await expect(page.get_by_text("共 0 项待处理")).to_be_visible()
    token = await page.evaluate("sessionStorage.getItem('jijiao.token')")
    assert token
    await screenshot(page, "employer-home")

    # a generated list page: the unit's professionals, labelled from the schema
    await page.get_by_role("link", name="专业技术人员查询", exact=True).click()
    for name in ("王芳", "王磊", "李娜"):
        await expect(page.locator("td", has_text=name)).to_be_visible()
    await expect(page.get_by_role("columnheader", name="状态").first).to_be_visible()
    await expect(page.locator("td", has_text="正常").first).to_be_visible()  # enum label
    await screenshot(page, "employer-persons")
    async with page.expect_download() as download:
        await page.get_by_role("button", name="导出Excel").click()
    assert (await download.value).suggested_filename == "专业技术人员查询.xlsx"

    # signing out ends the session on the server too
    await page.get_by_role("button", name="退出登录").click()
    await expect(page.locator(".login-box")).to_be_visible()
    assert await page.evaluate("sessionStorage.getItem('jijiao.token')") is None
    viewer = await live.data("{ viewer { name } }", token=token)
    assert viewer["viewer"] is None


@pytest.mark.parametrize(
    ("key", "portal", "queue"),
    [
        ("health", "主管部门", "机构注册审核"),
        ("jinan", "人社部门", "学时审验"),
        ("base", "继续教育基地", None),
    ],
)
async def test_each_admin_kind_has_its_home_and_queues(
    live: LiveServer, tree: Any, page: Page, key: str, portal: str, queue: str | None
) -> None:
    await sign_in(page, live, tree.admins[key], PASSWORD, portal)
    await expect(page.get_by_text(f"管理员{key}，您好！")).to_be_visible()
    await expect(page.get_by_text(f"（{portal} · ")).to_be_visible()
    if queue is not None:
        await expect(page.locator(".todo-card-link", has_text=queue)).to_be_visible()
    await screenshot(page, f"{key}-home")


async def test_a_narrow_screen_folds_the_navigation_away(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await page.set_viewport_size({"width": 390, "height": 844})
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await expect(page.get_by_text("管理员hospital1，您好！")).to_be_visible()
    await screenshot(page, "narrow-home")
    # nothing wider than the screen: the page scrolls down, not sideways
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390


async def test_a_person_with_two_roles_switches_from_the_header(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # 王芳 is also the super admin of 济南第二医院
    account = await Account.get(id_number=tree.people["王芳"])
    await Admin.create(account=account, organisation_id=tree.ids["hospital2"], is_super=True)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")
    await expect(page.get_by_text("当前身份：专业技术人员")).to_be_visible()
    first = await page.evaluate("sessionStorage.getItem('jijiao.token')")

    await page.get_by_role("button", name="切换身份").click()
    await page.locator(".cxd-DropDown-menu").get_by_text("用人单位 · 济南第二医院").click()
    await expect(page.get_by_text("当前身份：用人单位 · 济南第二医院")).to_be_visible()
    await expect(page.get_by_role("link", name="学时审核", exact=True)).to_be_visible()
    await screenshot(page, "role-switched")
    # the old session ended; the new one acts as the unit's admin
    assert (await live.data("{ viewer { kind } }", token=first))["viewer"] is None
    second = await page.evaluate("sessionStorage.getItem('jijiao.token')")
    assert (await live.data("{ viewer { kind } }", token=second))["viewer"]["kind"] == "EMPLOYER"

    await page.get_by_role("button", name="切换身份").click()
    await page.locator(".cxd-DropDown-menu").get_by_text("专业技术人员 · 济南第一医院").click()
    await expect(page.get_by_text("当前身份：专业技术人员")).to_be_visible()
    await expect(page.get_by_role("link", name="学时申报", exact=True)).to_be_visible()
