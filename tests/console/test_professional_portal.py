"""The professional's side of the console: their own claims and years, and the certificate of
a passed year downloaded from its row — pages generated from the professional-only fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playwright.async_api import Page, expect

from models import Claim, ClaimAttachment, PractisingQualification, Professional
from models.enums import ClaimStatus, Subject
from tests.conftest import LOGIN, LiveServer
from tests.console.claims import approved, file_claim_in_console, save_and_submit
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_a_professional_sees_their_years_and_prints_a_passed_years_certificate(
    live: LiveServer, tree: Any, page: Page
) -> None:
    person = await Professional.get(account__id_number=tree.people["刘洋"])
    await approved(person.id, 2021, Subject.PUBLIC, "30")
    await approved(person.id, 2021, Subject.PROFESSIONAL, "60")
    await approved(person.id, 2020, Subject.PUBLIC, "5")
    await sign_in(page, live, tree.people["刘洋"], PASSWORD, "专业技术人员")
    await expect(page.get_by_text("刘洋，您好！")).to_be_visible()
    await screenshot(page, "professional-home")

    await page.get_by_role("link", name="年度完成情况", exact=True).click()
    passed = page.locator("tr", has_text="2021")
    failed = page.locator("tr", has_text="2020")
    await expect(passed.locator("td", has_text="90.0")).to_be_visible()
    # only a passed year offers its certificate (seed 000)
    await expect(failed.get_by_role("button", name="证书打印")).to_have_count(0)
    await screenshot(page, "professional-completion")
    async with page.expect_download() as download:
        await passed.get_by_role("button", name="证书打印").click()
    certificate = await download.value
    assert certificate.suggested_filename == "certificate-2021.pdf"
    assert (await certificate.path()).read_bytes().startswith(b"%PDF")

    await page.get_by_role("link", name="学时申报", exact=True).click()
    # the learning form by its name, not its code
    await expect(page.locator("td", has_text="网络学习").first).to_be_visible()
    await screenshot(page, "professional-claims")


async def test_a_professional_files_a_claim_with_evidence_and_submits_it(
    live: LiveServer, tree: Any, page: Page, tmp_path: Any
) -> None:
    await sign_in(page, live, tree.people["陈静"], PASSWORD, "专业技术人员")
    await page.get_by_role("link", name="学时申报", exact=True).click()
    await file_claim_in_console(
        page, subject="公需科目", hours="12", class_name="2024年全科医师培训班",
        scan=tmp_path / "结业证书.png",
    )  # fmt: skip
    await screenshot(page, "professional-claim-form")
    await save_and_submit(page, "2024年全科医师培训班")
    await screenshot(page, "professional-claim-submitted")

    person = await Professional.get(account__id_number=tree.people["陈静"])
    claim = await Claim.get(professional_id=person.id, year=dt.date.today().year)
    assert claim.status == ClaimStatus.SUBMITTED and str(claim.requested_hours) == "12.0"
    assert claim.details["className"] == "2024年全科医师培训班"
    assert await ClaimAttachment.filter(claim_id=claim.id).count() == 1


async def test_a_generated_operation_form_changes_the_password(
    live: LiveServer, tree: Any, page: Page
) -> None:
    """passwordChange has no page of its own: its form comes from its input type."""
    await sign_in(page, live, tree.people["李娜"], PASSWORD, "专业技术人员")
    await page.get_by_role("link", name="修改密码", exact=True).click()
    await page.locator("[name=oldPassword]").fill("wrong-password-1")
    await page.locator("[name=newPassword]").fill("Li-na-new-2026")
    await page.get_by_role("button", name="提交").click()
    await expect(page.get_by_text("原密码不正确")).to_be_visible()  # the server's message
    await page.locator("[name=oldPassword]").fill(PASSWORD)
    await page.get_by_role("button", name="提交").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    await screenshot(page, "professional-password-change")
    # the change ended every other session; this one carries on with the token it was given
    await page.get_by_role("link", name="年度完成情况", exact=True).click()
    await expect(page.get_by_text("共 0 条")).to_be_visible()
    await expect(page.locator(".login-box")).to_have_count(0)
    body = await live.gql(LOGIN, {"input": {"idNumber": tree.people["李娜"], "password": "Li-na-new-2026", "portal": "PROFESSIONAL"}})  # fmt: skip
    assert body["data"]["login"]["errors"] == []


async def test_the_profile_page_shows_every_section(
    live: LiveServer, tree: Any, page: Page
) -> None:
    """myProfile answers one record: a read-only page of its fields and its lists, labelled
    from the schema, with the edit forms beside it in the navigation."""
    person = await Professional.get(account__id_number=tree.people["王磊"])
    await PractisingQualification.create(
        professional=person, series="卫生", name="执业医师", certificate_no="110370100000001"
    )
    await sign_in(page, live, tree.people["王磊"], PASSWORD, "专业技术人员")
    await page.get_by_role("link", name="本人资料", exact=True).click()
    await expect(page.get_by_text("卫生技术").first).to_be_visible()
    await expect(page.locator(".cxd-Form-item", has_text="职称级别")).to_contain_text("高级")
    qualifications = page.locator("fieldset", has_text="职（执）业资格")
    await expect(qualifications.locator("td", has_text="执业医师")).to_be_visible()
    await screenshot(page, "professional-profile")
