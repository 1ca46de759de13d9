"""Filing hours in the console, as each filer would, and reading them back.

Seed 003 3.4 (主管部门 "学时申报": 选择申请人 添加人员, 学习形式, 附件, 提交申报) and seed 002
§5.2.2 学时申报记录; seed 000 施教机构申报 / seed 001 §5.3: a CE base feeds a trainee's hours and
sees its 审核单位.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Locator, Page, expect

from models import Claim, Professional
from models.enums import ClaimStatus
from tests.conftest import LiveServer
from tests.console.claims import PNG
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import fill, fresh, item
from tests.fixtures.tree import PASSWORD


async def training_fields(dialog: Locator, class_name: str, scan: Path) -> None:
    """The claim part of the dialog: a 岗位培训 of 2024 with its scan."""
    page = dialog.page

    async def choose(label: str, option: str) -> None:
        await dialog.locator(".cxd-Form-item", has_text=label).locator(".cxd-Select").click()
        await page.locator(".cxd-Select-option", has_text=option).first.click()

    await dialog.locator("[name=requestedHours]").fill("12")
    await choose("学习科目", "专业科目")
    await choose("学习形式", "岗位培训")
    await dialog.locator("[name='details.organiser']").fill("山东省卫生健康培训中心")
    await dialog.locator("[name='details.className']").fill(class_name)
    await dialog.locator("[name='details.content']").fill("全科诊疗规范")
    for label, day in (("开始日期", "2024-05-06"), ("结束日期", "2024-05-10")):
        date = dialog.locator(".cxd-Form-item", has_text=label).locator("input").first
        await date.fill(day)
        await date.press("Tab")  # Enter would submit the form
    scan.write_bytes(PNG)
    await dialog.locator("input[type=file]").set_input_files(str(scan))
    await expect(dialog.get_by_text(scan.name)).to_be_visible()


async def pick_many(form: Locator, label: str, name: str) -> None:
    """A searchable multiple choice: type the name, tick it, close the list (it stays open
    for the next one), and see it chosen."""
    page = form.page
    await item(form, label).locator(".cxd-Select").first.click()
    await page.get_by_placeholder("搜索").filter(visible=True).fill(name)
    option = page.locator(".cxd-Select-option", has_text=name).first
    await expect(option).to_be_visible()
    await page.wait_for_load_state("networkidle")  # the search's own options, not the first
    await option.locator(".cxd-Checkbox").click()  # in a multiple choice, its box ticks it
    await page.locator(".cxd-PopOver-overlay").click()
    await expect(item(form, label).locator(".cxd-Select-value", has_text=name)).to_be_visible()


async def open_filing(page: Page, button: str) -> Locator:
    await page.get_by_role("link", name="已报送学时", exact=True).click()
    await page.get_by_role("button", name=button).click()
    return page.locator(".amis-dialog-widget")


async def test_a_competent_department_files_for_a_member_and_reads_the_records(
    browser: Browser, live: LiveServer, tree: Any, tmp_path: Path
) -> None:
    page = await fresh(browser)
    await sign_in(page, live, tree.admins["health"], PASSWORD, "主管部门")
    dialog = await open_filing(page, "为人员申报学时")
    await pick_many(dialog, "人员", "王磊")
    await expect(page.locator(".cxd-Select-popover")).to_have_count(0)
    await training_fields(dialog, "主管部门代报培训班", tmp_path / "结业证书.png")
    await dialog.get_by_role("button", name="确认").click()
    row = page.locator("tbody tr", has_text="王磊").filter(visible=True)
    await expect(row).to_have_count(1)
    await expect(row.get_by_text("济南市人力资源和社会保障局").first).to_be_visible()  # 审核单位
    await screenshot(page, "filing-competent")
    filed = await Claim.get(
        professional__account__name="王磊", filed_by_organisation_id=tree.ids["health"]
    )
    assert filed.status == ClaimStatus.APPROVED

    # 学时申报记录: the member's claim, filtered by 认定结果
    await page.get_by_role("link", name="学时申报记录", exact=True).click()
    records = page.locator("tbody tr", has_text="王磊").filter(visible=True)
    await expect(records).to_have_count(1)
    await expect(records.get_by_text("审核通过")).to_be_visible()
    await screenshot(page, "claim-records")


async def test_a_ce_base_reports_a_trainees_hours(
    browser: Browser, live: LiveServer, tree: Any, tmp_path: Path
) -> None:
    page = await fresh(browser)
    await sign_in(page, live, tree.admins["base"], PASSWORD, "继续教育基地")
    dialog = await open_filing(page, "报送学员学时")
    await fill(dialog, "学员身份证号", tree.people["刘洋"])
    await fill(dialog, "学员姓名", "刘洋")
    await fill(dialog, "报送方的记录编号", "WALK-1")
    await training_fields(dialog, "基地培训班", tmp_path / "签到表.png")
    await dialog.get_by_role("button", name="确认").click()
    row = page.locator("tbody tr", has_text="刘洋").filter(visible=True)
    await expect(row).to_have_count(1)
    await expect(row.get_by_text("济南市人力资源和社会保障局").first).to_be_visible()
    await screenshot(page, "filing-base")
    person = await Professional.get(account__id_number=tree.people["刘洋"])
    reported = await Claim.get(professional_id=person.id, external_ref="WALK-1")
    assert reported.filed_by_organisation_id == tree.ids["base"]
