"""The employer reviews a claim seeing its evidence and recognises fewer hours than were
claimed; the professional reads the reason of a refusal, corrects the claim and submits it
again, and is told who reviews it."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, Response, expect

from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.claims import PDF, paper, real_png, submitted, upload
from tests.fixtures.tree import PASSWORD

MINE = "{ myClaims { id status recognisedHours reason currentHandler } }"


async def test_the_employer_sees_the_evidence_and_recognises_fewer_hours(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given a member's paper claim of 20 hours with a scan and a PDF
    me = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    files = [await upload(live, me, real_png(), "检索证明.png"),
             await upload(live, me, PDF, "论文全文.pdf")]  # fmt: skip
    claim_id = await submitted(live, me, paper(files, "20", "基层慢病管理的实践"))
    answered: dict[str, int] = {}

    def seen(response: Response) -> None:
        if "/files/" in response.url:
            answered[response.url.rsplit("/", 1)[-1]] = response.status

    page.on("response", seen)

    # when the employer opens the claim from its queue
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="学时审核", exact=True).click()
    row = page.locator("tbody tr", has_text="王磊").filter(visible=True)
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("济南第一医院")  # 单位
    await expect(row).to_contain_text("发表论文")
    await expect(row).to_contain_text("20.0")
    await row.get_by_role("button", name="审核").click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)

    # then it reads the answers and sees both files, loaded with the session
    await expect(dialog.get_by_text("基层慢病管理的实践")).to_be_visible()
    image = dialog.locator(".claim-evidence img")
    await expect(image).to_be_visible()
    await image.evaluate("i => i.decode()")  # rejects when the picture cannot be decoded
    assert await image.evaluate("i => i.naturalWidth") == 40
    await expect(dialog.locator(".claim-evidence iframe")).to_be_visible()
    assert answered == {files[0]: 200, files[1]: 200}
    await screenshot(page, "review-claim-evidence")

    # when it recognises 12 of the 20 hours and approves
    hours = dialog.locator("input[name=recognisedHours]")
    await expect(hours).to_have_value("20.0")
    # the hours are decided in the form, not read from an empty fact above it
    await expect(dialog.get_by_text("认定学时", exact=True)).to_have_count(1)
    await hours.fill("12")
    await dialog.get_by_role("button", name="确定", exact=True).click()
    await expect(row).to_have_count(0)

    # then the API holds 12 recognised hours, and the decided tab shows them
    mine = {c["id"]: c for c in (await live.data(MINE, token=me))["myClaims"]}
    assert (mine[claim_id]["status"], mine[claim_id]["recognisedHours"]) == ("APPROVED", "12.0")
    await page.locator(".cxd-Tabs-link-text", has_text="已审核").filter(visible=True).click()
    decided = page.locator("tbody tr", has_text="王磊").filter(visible=True)
    await expect(decided).to_contain_text("12.0")
    await screenshot(page, "review-claim-decided")


async def test_the_professional_reads_the_reason_and_resubmits_the_corrected_claim(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given a claim of 李娜's refused by her unit with a reason
    me = await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")
    scan = await upload(live, me, real_png(), "检索证明.png")
    claim_id = await submitted(live, me, paper([scan], "18", "社区护理随访研究"))
    unit = await login_token(live, tree.admins["hospital1"], PASSWORD, "EMPLOYER")
    step = await live.data(
        "{ reviewSteps(kind: CLAIM_REVIEW) { edges { node { id claim { id } } } } }", token=unit
    )
    [step_id] = [e["node"]["id"] for e in step["reviewSteps"]["edges"]
                 if e["node"]["claim"]["id"] == claim_id]  # fmt: skip
    refuse = {
        "kind": "CLAIM_REVIEW",
        "ids": [step_id],
        "approve": False,
        "reason": "检索证明不清晰",
    }
    decided = await live.data(
        "mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount } }",
        {"i": refuse}, unit,
    )  # fmt: skip
    assert decided["reviewDecide"]["decidedCount"] == 1

    # when she opens her claims, filtered to the refused ones
    await sign_in(page, live, tree.people["李娜"], PASSWORD, "专业技术人员")
    await page.get_by_role("link", name="学时申报", exact=True).click()
    row = page.locator("tbody tr", has_text="发表论文").filter(visible=True)
    await expect(row).to_contain_text("检索证明不清晰")  # 不通过原因, in the list
    await expect(row).to_contain_text("审核不通过")
    await row.get_by_role("button", name="详细").click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)
    await expect(dialog.get_by_text("社区护理随访研究")).to_be_visible()
    await expect(dialog.locator(".claim-evidence img")).to_be_visible()
    await screenshot(page, "professional-claim-refused")
    await dialog.get_by_role("button", name="关闭").click()

    # then she corrects it from its current values and submits it again
    await row.get_by_role("button", name="修改").click()
    form = page.locator(".cxd-Modal").filter(visible=True)
    hours = form.locator("[name=requestedHours]")
    await expect(hours).to_have_value("18.0")
    await expect(form.locator("[name='details.title']")).to_have_value("社区护理随访研究")
    await hours.fill("16")
    await form.get_by_role("button", name="保存").click()
    await expect(row).to_contain_text("待提交")
    await row.get_by_role("button", name="提交").click()
    await page.get_by_role("button", name="确认").click()
    await expect(page.get_by_text("已提交，由 济南第一医院 审核")).to_be_visible()
    await expect(row).to_contain_text("济南第一医院")  # 当前处理人
    await screenshot(page, "professional-claim-resubmitted")
    mine = {c["id"]: c for c in (await live.data(MINE, token=me))["myClaims"]}
    assert (mine[claim_id]["status"], mine[claim_id]["currentHandler"]) == (
        "SUBMITTED", "济南第一医院")  # fmt: skip
    requested = await live.data("{ myClaims { id requestedHours } }", token=me)
    assert {"id": claim_id, "requestedHours": "16.0"} in requested["myClaims"]
