"""Each role's main job done on a phone (390×844), through the menu a phone shows: the
employer reviews a claim seeing its evidence and recognises fewer hours than claimed, the
professional files a claim with a scan and submits it, a city bureau reads 继教综合统计 for
its city. Dialogs fit the screen; screenshots test-artifacts/console-phone-job-….png."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playwright.async_api import Browser, Locator, Page, expect

from models import Claim, Professional
from models.enums import ClaimStatus
from tests.conftest import LiveServer, login_token
from tests.console.claims import file_claim_in_console
from tests.console.conftest import new_context, screenshot, sign_in
from tests.console.forms import open_from_menu
from tests.fixtures.claims import PDF, paper, real_png, submitted, upload
from tests.fixtures.tree import PASSWORD

PHONE = {"width": 390, "height": 844}
MINE = "{ myClaims { id status recognisedHours } }"


async def on_a_phone(browser: Browser) -> Page:
    return await (await new_context(browser, PHONE)).new_page()


async def fits_the_screen(box: Locator) -> None:
    bounds = await box.bounding_box()
    assert bounds is not None
    assert bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= PHONE["width"] + 1, bounds


async def test_the_employer_reviews_a_claim_with_its_evidence_on_a_phone(
    live: LiveServer, tree: Any, browser: Browser
) -> None:
    # given a member's paper claim of 20 hours with a scan and a PDF
    me = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    files = [await upload(live, me, real_png(), "检索证明.png"),
             await upload(live, me, PDF, "论文全文.pdf")]  # fmt: skip
    claim_id = await submitted(live, me, paper(files, "20", "基层慢病管理的实践"))
    page = await on_a_phone(browser)
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await screenshot(page, "phone-job-employer-home")

    # when the employer opens its queue from the phone's menu and the claim from its row
    assert await open_from_menu(page, "/reviewSteps/CLAIM_REVIEW") is None
    row = page.locator("tbody tr", has_text="王磊").filter(visible=True)
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("20.0")
    await screenshot(page, "phone-job-employer-queue")
    await row.get_by_role("button", name="审核").click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)

    # then the dialog fits the phone and shows the answers and both files
    await expect(dialog.get_by_text("基层慢病管理的实践")).to_be_visible()
    await fits_the_screen(dialog.locator(".cxd-Modal-content").first)
    image = dialog.locator(".claim-evidence img")
    await expect(image).to_be_visible()
    await image.evaluate("i => i.decode()")  # rejects when the picture cannot be decoded
    await expect(dialog.locator(".claim-evidence iframe")).to_be_visible()
    await page.wait_for_timeout(300)  # the dialog's opening animation, for the screenshot
    await screenshot(page, "phone-job-employer-evidence")
    await image.scroll_into_view_if_needed()
    await screenshot(page, "phone-job-employer-evidence-files")

    # and it recognises 12 of the 20 hours
    hours = dialog.locator("input[name=recognisedHours]")
    await expect(hours).to_have_value("20.0")
    await hours.fill("12")
    await screenshot(page, "phone-job-employer-hours")
    await dialog.get_by_role("button", name="确定", exact=True).click()
    await expect(row).to_have_count(0)
    mine = {c["id"]: c for c in (await live.data(MINE, token=me))["myClaims"]}
    assert (mine[claim_id]["status"], mine[claim_id]["recognisedHours"]) == ("APPROVED", "12.0")
    await page.context.close()


async def test_the_professional_files_a_claim_on_a_phone(
    live: LiveServer, tree: Any, browser: Browser, tmp_path: Any
) -> None:
    page = await on_a_phone(browser)
    await sign_in(page, live, tree.people["陈静"], PASSWORD, "专业技术人员")
    await expect(page.get_by_text("陈静，您好！")).to_be_visible()
    await screenshot(page, "phone-job-professional-home")

    assert await open_from_menu(page, "/myClaims") is None
    await file_claim_in_console(
        page, subject="公需科目", hours="12", class_name="2024年全科医师培训班",
        scan=tmp_path / "结业证书.png",
    )  # fmt: skip
    await fits_the_screen(page.locator(".amis-dialog-widget .cxd-Modal-content").first)
    await screenshot(page, "phone-job-professional-claim-form")
    # saved, then submitted from its row (a phone's list leaves the class name out)
    await page.locator(".amis-dialog-widget").get_by_role("button", name="确认").click()
    draft = page.locator("tbody tr", has_text="待提交").filter(visible=True)
    await expect(draft).to_contain_text("12.0")
    await draft.get_by_role("button", name="提交").click()
    await page.get_by_role("button", name="确认").click()
    pending = page.locator("tbody tr", has_text="待审核").filter(visible=True)
    await expect(pending).to_contain_text("济南第二医院")  # 当前处理人
    await screenshot(page, "phone-job-professional-claim-submitted")

    person = await Professional.get(account__id_number=tree.people["陈静"])
    claim = await Claim.get(professional_id=person.id, year=dt.date.today().year)
    assert claim.status == ClaimStatus.SUBMITTED and str(claim.requested_hours) == "12.0"
    await page.context.close()


async def test_a_city_bureau_reads_its_citys_statistics_on_a_phone(
    live: LiveServer, tree: Any, browser: Browser
) -> None:
    page = await on_a_phone(browser)
    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")
    await screenshot(page, "phone-job-city-hrss-home")

    # the statistics start on the bureau's own city, as on a desktop: a row per district,
    # named
    assert await open_from_menu(page, "/comprehensiveStatistics") is None
    district = page.locator("tbody tr", has_text="历下区").filter(visible=True)
    await expect(district).to_have_count(1)
    await screenshot(page, "phone-job-city-hrss-statistics")
    await page.context.close()
