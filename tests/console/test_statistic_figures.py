"""Figures read as the seed's tables show them (issue 16): 合格率 with its sign, 未参加学习 as a
column, and the header saying what a figure counts. No page code of its own: the percentage is
the schema's (a Float described as 百分比, schema.tabular.is_percent)."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from models import Professional
from tests.api.test_statistics_agree import THIS_YEAR, file_hours
from tests.conftest import LiveServer
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD


async def test_the_city_bureau_reads_pass_rates_as_percentages(
    live: LiveServer, tree: Any, tokens: dict[str, str], page: Page
) -> None:
    # given: 王芳 passes this year (30 公需 + 60 专业), one of the six people of 济南
    wang = (await Professional.get(account__id_number=tree.people["王芳"])).id
    await file_hours(live, tokens["hospital1"], wang, "PUBLIC", "30", THIS_YEAR)
    await file_hours(live, tokens["hospital1"], wang, "PROFESSIONAL", "60", THIS_YEAR)

    await sign_in(page, live, tree.admins["jinan"], PASSWORD, "人社部门")
    await page.get_by_role("link", name="继教综合统计", exact=True).click()
    district = page.locator("tr", has_text="历下区")
    await expect(district).to_contain_text("16.7%")  # 1 of 6
    await expect(page.get_by_role("columnheader", name="未参加学习总数")).to_be_visible()
    await expect(page.get_by_role("columnheader", name="合格率")).to_be_visible()
    total = page.locator("tr", has_text="总计")
    await expect(total).to_contain_text("16.7%")
    # the header says what the figure counts (the field's description, as a tooltip)
    header = page.locator("th", has_text="专技人员总数")
    await header.locator("[class*=Remark]").first.hover()
    await expect(page.get_by_text("所在单位注册地在该地区", exact=False).first).to_be_visible()
    await screenshot(page, "hrss-comprehensive-percent")
