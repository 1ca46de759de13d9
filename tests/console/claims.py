"""Claims in the console: filed through its forms, or approved straight into the database."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from domain import completion
from models import Claim
from models.enums import ClaimStatus, Subject

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def pick_option(page: Page, option: str) -> None:
    """Chooses in an open select: from its list, or on a phone from the wheel that rises from
    the bottom of the screen, then 确认."""
    wheel = page.locator(".cxd-PopUp").filter(visible=True)
    listed = page.locator(".cxd-Select-option", has_text=option).filter(visible=True)
    await expect(wheel.or_(listed).first).to_be_visible()
    if await wheel.count():
        await wheel.locator(".cxd-PickerColumns-columnItem", has_text=option).first.click()
        await wheel.locator(".cxd-PopUp-confirm").click()
        await expect(wheel).to_have_count(0)
    else:
        await listed.first.click()


async def file_claim_in_console(
    page: Page, *, subject: str, hours: str, class_name: str, scan: Path
) -> None:
    """On 本人的学时申报: a 岗位培训 claim with a scan attached, saved as a draft."""
    await page.get_by_role("button", name="新建申报").click()
    dialog = page.locator(".amis-dialog-widget")
    await dialog.locator("[name=requestedHours]").fill(hours)

    async def choose(label: str, option: str) -> None:
        await dialog.locator(".cxd-Form-item", has_text=label).locator(".cxd-Select").click()
        await pick_option(page, option)

    await choose("学习科目", subject)
    await choose("学习形式", "岗位培训")
    # the training form's own fields appear once it is chosen, as the catalogue describes
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


async def save_and_submit(page: Page, class_name: str) -> None:
    """Saves the open claim dialog, then submits the draft from its row."""
    await page.locator(".amis-dialog-widget").get_by_role("button", name="确认").click()
    draft = page.locator("tr", has_text=class_name)
    await expect(draft.get_by_text("待提交")).to_be_visible()
    await draft.get_by_role("button", name="提交").click()
    await page.get_by_role("button", name="确认").click()
    await expect(draft.get_by_text("待审核")).to_be_visible()


async def approved(professional_id: int, year: int, subject: Subject, hours: str) -> None:
    """Hours already approved, written straight to the tables (the path to them is tested
    elsewhere)."""
    await Claim.create(professional_id=professional_id, year=year, subject=subject, form="ONLINE",
                       details={"platform": "山东继教在线", "course": "课程", "date": f"{year}-06-01"},
                       requested_hours=hours, recognised_hours=hours, status=ClaimStatus.APPROVED,
                       filed_by_account_id=0)  # fmt: skip
    await completion.refresh([(professional_id, year)])
