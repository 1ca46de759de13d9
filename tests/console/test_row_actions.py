"""Rows offer 查看 and the operations that take them: on a member of the unit, the admin
resets the password from the row; the member must then change it at sign-in."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from models import Account, Professional
from tests.conftest import LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_a_row_shows_its_details_and_resets_the_members_password(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="专业技术人员查询", exact=True).click()
    row = page.locator("tbody tr", has_text="李娜").filter(visible=True)

    await row.get_by_role("button", name="查看").click()
    details = page.locator(".cxd-Modal").filter(visible=True)
    await expect(details.locator(".cxd-Form-item", has_text="姓名")).to_contain_text("李娜")
    await expect(details.locator(".cxd-Form-item", has_text="工作单位")).to_contain_text(
        "济南第一医院"
    )
    await screenshot(page, "row-details")
    await details.get_by_role("button", name="关闭").click()
    await screenshot(page, "row-actions")

    await row.get_by_role("button", name="为本单位及下级的成员重置密码", exact=True).click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await dialog.get_by_role("button", name="确认").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    account = await Account.get(id_number=tree.people["李娜"])
    assert account.must_change_password


async def test_selected_members_move_to_a_department_in_one_batch(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="专业技术人员查询", exact=True).click()
    for name in ("王磊", "李娜"):
        row = page.locator("tbody tr", has_text=name).filter(visible=True)
        await row.locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="调整部门").click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await dialog.locator(".cxd-Select").first.click()
    await page.locator(".cxd-Select-option", has_text="内科").first.click()
    await dialog.get_by_role("button", name="确认").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    moved = await Professional.filter(
        account__id_number__in=[tree.people["王磊"], tree.people["李娜"]]
    ).values_list("department__name", flat=True)
    assert list(moved) == ["内科", "内科"]
