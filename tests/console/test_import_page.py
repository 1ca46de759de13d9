"""The import page generated for an employer's admin: template, dry run with every bad row
explained, all-or-nothing, import, and the failed rows as a workbook."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import load_workbook
from playwright.async_api import Page, expect

from models import Account, Professional
from tests.conftest import LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD
from tests.fixtures.workbooks import PEOPLE, new_id, person, workbook

GOOD = new_id("19930303", 301)
BAD = new_id("19930303", 302)[:-1] + "0"  # a wrong check digit


async def test_an_import_with_a_bad_row_through_the_page(
    live: LiveServer, tree: Any, page: Page, tmp_path: Any
) -> None:
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="专业技术人员批量导入", exact=True).click()
    async with page.expect_download() as template:
        await page.get_by_role("button", name="下载导入模板").click()
    headers = [
        c.value
        for c in load_workbook(
            io.BytesIO((await (await template.value).path()).read_bytes())
        ).active[1]
    ]
    assert "身份证号*" in headers

    upload = tmp_path / "人员.xlsx"
    upload.write_bytes(workbook(PEOPLE, [person("周强", GOOD), person("吴敏", BAD)]))
    await page.locator("input[type=file]").set_input_files(str(upload))
    await expect(page.get_by_text("人员.xlsx")).to_be_visible()

    # a dry run explains the bad row and changes nothing
    await page.get_by_role("button", name="校验", exact=True).click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await expect(dialog.get_by_text("共 2 行：正确 1 行")).to_be_visible()
    failed = dialog.locator("tbody tr")
    await expect(failed).to_have_count(1)
    await expect(failed.first).to_contain_text("身份证号")
    await expect(failed.first.locator("td").first).to_have_text("3")
    await screenshot(page, "import-dry-run")
    await dialog.get_by_role("button", name="关闭").click()
    assert not await Account.exists(id_number=GOOD)

    # all-or-nothing refuses the file while one row is bad
    await page.get_by_role("button", name="全部正确才导入", exact=True).click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await expect(dialog.get_by_text("新增 0 行")).to_be_visible()
    await dialog.get_by_role("button", name="关闭").click()
    assert not await Account.exists(id_number=GOOD)

    # without it, the good row is imported and the bad one reported
    await page.get_by_role("button", name="导入", exact=True).click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await expect(dialog.get_by_text("新增 1 行")).to_be_visible()
    await dialog.get_by_role("button", name="关闭").click()
    imported = await Professional.get(account__id_number=GOOD)
    assert imported.organisation_id == tree.ids["hospital1"]

    # the failed rows come back as a workbook saying why
    async with page.expect_download() as failed_rows:
        await page.get_by_role("button", name="下载错误行").click()
    sheet = load_workbook(io.BytesIO((await (await failed_rows.value).path()).read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == BAD
    assert "身份证号" in str(rows[1][-1])
