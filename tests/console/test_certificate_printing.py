"""An admin prints its members' certificates from the completion list: the selected people,
a page each, in one PDF; someone who has not passed is named and nothing is printed."""

from __future__ import annotations

import re
import subprocess
from typing import Any

from playwright.async_api import Page, expect

from models import Professional
from models.enums import Subject
from tests.conftest import LiveServer
from tests.console.claims import approved
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_an_admin_prints_the_selected_members_certificates(
    live: LiveServer, tree: Any, page: Page
) -> None:
    for name in ("王芳", "王磊"):
        person = await Professional.get(account__id_number=tree.people[name])
        await approved(person.id, 2021, Subject.PUBLIC, "30")
        await approved(person.id, 2021, Subject.PROFESSIONAL, "60")
    lina = await Professional.get(account__id_number=tree.people["李娜"])
    await approved(lina.id, 2021, Subject.PUBLIC, "10")

    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="人员完成情况", exact=True).click()
    year = page.locator(".cxd-Form-item", has_text="年度").locator("input").first
    await year.fill("2021")
    await page.get_by_role("button", name="查询").click()
    rows = page.locator("tbody tr").filter(visible=True)
    await expect(rows.filter(has_text="60.0")).to_have_count(2)  # 王芳, 王磊 passed

    # one who has not passed: the server names her and prints nothing
    await rows.filter(has_text="李娜").locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="打印所选人员的学时证明").click()
    await expect(page.get_by_text("李娜")).to_have_count(2)  # the row and the message
    await rows.filter(has_text="李娜").locator(".cxd-Checkbox").click()

    for name in ("王芳", "王磊"):
        await rows.filter(has_text=name).locator(".cxd-Checkbox").click()
    await screenshot(page, "admin-certificates")
    async with page.expect_download() as download:
        await page.get_by_role("button", name="打印所选人员的学时证明").click()
    printed = await download.value
    assert printed.suggested_filename == "certificates-2021-2.pdf"
    text = subprocess.run(
        ["pdftotext", str(await printed.path()), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = re.sub(r"\s+", "", text)
    assert "王芳" in text and "王磊" in text and "李娜" not in text
