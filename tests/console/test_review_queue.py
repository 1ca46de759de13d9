"""The review queue: approve the selected claims in one batch, reject one with a reason."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.claims import claim_statuses, submit_claim
from tests.fixtures.tree import PASSWORD


async def test_batch_approval_and_a_rejection_from_the_queue(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given three members of 济南第一医院 with a submitted claim each
    people = {}
    for name in ("王芳", "王磊", "李娜"):
        token = await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")
        people[name] = (token, await submit_claim(live, token))

    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="学时审核", exact=True).click()
    rows = page.locator("tbody tr", has_text="专业科目").filter(visible=True)
    await expect(rows).to_have_count(3)
    await screenshot(page, "review-pending")

    # when the admin selects two rows and approves them in one batch
    for name in ("王芳", "王磊"):
        await rows.filter(has_text=name).locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="通过", exact=True).click()
    await expect(page.get_by_text("确定审核通过所选的 2 项？")).to_be_visible()
    await page.get_by_role("button", name="确认").click()

    # then both leave the pending list and are approved in the API
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("李娜")
    for name in ("王芳", "王磊"):
        token, claim_id = people[name]
        assert (await claim_statuses(live, token))[claim_id] == "APPROVED"

    # a rejection needs a reason
    await rows.first.locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="不通过", exact=True).click()
    dialog = page.locator(".cxd-Modal")
    await dialog.get_by_role("button", name="确认").click()
    await expect(dialog.get_by_text("这是必填项")).to_be_visible()
    await dialog.locator("textarea[name=reason]").fill("培训证明不清晰，请补充")
    await dialog.get_by_role("button", name="确认").click()
    await expect(rows).to_have_count(0)
    token, claim_id = people["李娜"]
    assert (await claim_statuses(live, token))[claim_id] == "REJECTED"

    # the decided tab shows all three with their outcome and the reason
    await page.get_by_text("已审核", exact=True).filter(visible=True).click()
    decided = page.locator("tbody tr", has_text="专业科目").filter(visible=True)
    await expect(decided).to_have_count(3)
    await expect(decided.filter(has_text="培训证明不清晰，请补充")).to_have_count(1)
    await screenshot(page, "review-decided")
