"""Statistics appear as pages with no console code of their own: an object answer with rows
and a total row of the same type becomes a table with its total last."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from tests.conftest import LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_a_city_bureau_reads_the_title_series_distribution(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")
    await page.get_by_role("link", name="职称系列分布", exact=True).click()
    health = page.locator("tr", has_text="卫生技术")
    await expect(health.locator("td").last).to_have_text("4")  # 4 people in the series
    total = page.locator("tr", has_text="合计")
    await expect(total.locator("td").last).to_have_text("6")
    await expect(page.get_by_role("columnheader", name="中级")).to_be_visible()
    # the same rows drawn as bars (echarts on a canvas, from amis's local charts.js)
    await expect(page.locator(".statistic-chart canvas").first).to_be_visible()
    await screenshot(page, "hrss-title-distribution")
    token = await page.evaluate("sessionStorage.getItem('jijiao.token')")
    answer = await live.client.get(
        "/console/api/list/titleDistribution", headers={"Authorization": f"Bearer {token}"}
    )
    drawn = answer.json()["data"]["chart"]
    # one group per series (the total row is the table's, not a bar group), a bar per grade
    assert drawn["xAxis"]["data"] == ["卫生技术", "会计"]
    assert {s["name"]: s["data"] for s in drawn["series"]} == {
        "初级": [1, 1],
        "中级": [2, 0],
        "高级": [1, 0],
        "无": [0, 1],
    }
