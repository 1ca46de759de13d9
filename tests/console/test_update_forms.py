"""Edit forms open on the stored record and change only what the user changes: the
professional edits one field of 学历及学位情况 and of 基本信息 and every other field of
本人资料 stays as it was (read back through the API); an employer admin's 修改单位信息 opens
on its unit's phone, address and region."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from graphql import parse, validate
from playwright.async_api import Locator, Page, Response, expect

from admin_ui import metadata
from admin_ui.forms import mutation_form
from admin_ui.graph import selection
from models import Account, Organisation, Professional
from models.enums import Degree, Education, OrgLevel, OrgNature
from resolvers.root import build_schema
from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import fill, item, submit
from tests.fixtures.tree import PASSWORD


async def my_profile(live: LiveServer, token: str) -> dict[str, Any]:
    """Every field of 本人资料 the schema answers."""
    fields = selection(build_schema()._schema.get_type("Profile"))  # type: ignore[arg-type]
    return (await live.data(f"{{ myProfile {{ {fields} }} }}", token=token))["myProfile"]


def differences(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {key: (before[key], after[key]) for key in after if after[key] != before[key]}


async def open_form(page: Page, menu: str) -> Locator:
    await page.get_by_role("link", name=menu, exact=True).click()
    return page.locator(".cxd-Form").filter(visible=True).first


async def shows(form: Locator, label: str, text: str) -> None:
    await expect(item(form, label)).to_contain_text(text)


async def submitted_input(page: Page, mutation: str) -> dict[str, Any]:
    """Submits the form and answers the input it sent to `mutation` (once answered)."""

    def calls(response: Response) -> bool:
        return response.url.endswith("/graphql") and mutation in (response.request.post_data or "")

    async with page.expect_response(calls) as answered:
        await submit(page)
    response = await answered.value
    assert (await response.json())["data"][mutation]["errors"] == []
    return json.loads(response.request.post_data or "{}")["variables"]["input"]


async def test_editing_one_field_of_a_profile_section_leaves_the_others_as_they_were(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given: 王芳, a woman with a master's degree and a graduation date on record
    person = await Professional.get(account__id_number=tree.people["王芳"])
    await Account.filter(id=person.account_id).update(  # type: ignore[attr-defined]
        phone="13800002222", email="wangfang@example.com"
    )
    await Professional.filter(id=person.id).update(
        native_place="山东济南", ethnicity="汉族", education=Education.MASTER,
        school="山东大学", major="临床医学", graduation_date=dt.date(2010, 7, 1),
        degree=Degree.MASTER, postdoctoral=False,
    )  # fmt: skip
    token = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    before = await my_profile(live, token)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")

    # when: she opens 学历及学位情况修改 — it shows her record, not presets — and changes
    # only the school
    form = await open_form(page, "学历及学位情况修改")
    await expect(item(form, "毕业院校").locator("input").first).to_have_value("山东大学")
    await shows(form, "最高学历", "硕士研究生")
    await shows(form, "学位", "硕士")
    await expect(item(form, "毕业时间").locator("input").first).to_have_value("2010-07-01")
    await fill(form, "毕业院校", "复旦大学")
    await screenshot(page, "update-education-form")
    # only what she changed is sent
    assert await submitted_input(page, "profileEducationUpdate") == {"school": "复旦大学"}
    await expect(page.get_by_text("操作成功")).to_be_visible()

    # then: the school changed and nothing else
    after = await my_profile(live, token)
    assert differences(before, after) == {"school": ("山东大学", "复旦大学")}

    # when: she opens 基本信息修改 — 性别 shows 女 — and changes only her native place
    form = await open_form(page, "基本信息修改")
    await expect(item(form, "籍贯").locator("input").first).to_have_value("山东济南")
    await shows(form, "性别", "女")
    await expect(item(form, "手机号码").locator("input").first).to_have_value("13800002222")
    await shows(form, "所在地区", "历下区")
    await fill(form, "籍贯", "山东青岛")
    await screenshot(page, "update-basic-form")
    assert await submitted_input(page, "profileBasicUpdate") == {"nativePlace": "山东青岛"}

    # then: the native place changed; she is still a woman, and the rest is as it was
    final = await my_profile(live, token)
    assert differences(after, final) == {"nativePlace": ("山东济南", "山东青岛")}
    assert final["sex"] == "FEMALE"


async def test_an_employer_admin_edits_its_unit_starting_from_its_current_info(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given: 济南第二医院 with its phone, address and the rest on record
    await Organisation.filter(id=tree.ids["hospital2"]).update(
        nature=OrgNature.PUBLIC_INSTITUTION, level=OrgLevel.MUNICIPAL, industry="卫生",
        phone="0531-86662222", address="济南市历下区经十路2号",
    )  # fmt: skip
    before = await Organisation.get(id=tree.ids["hospital2"])
    await sign_in(page, live, tree.admins["hospital2"], PASSWORD, "用人单位")

    # when: its admin opens 修改单位信息
    form = await open_form(page, "修改单位信息")

    # then: the form shows the unit as it is
    await expect(item(form, "单位电话").locator("input").first).to_have_value("0531-86662222")
    await expect(item(form, "单位地址").locator("input").first).to_have_value(
        "济南市历下区经十路2号"
    )
    await expect(item(form, "单位名称").locator("input").first).to_have_value("济南第二医院")
    await shows(form, "单位性质", "事业单位")
    await shows(form, "注册所在地", "历下区")
    await screenshot(page, "update-organisation-form")

    # and changing the phone alone changes the phone alone (no review: a direct field)
    await fill(form, "单位电话", "0531-86663333")
    assert await submitted_input(page, "organisationUpdate") == {"phone": "0531-86663333"}
    await expect(page.get_by_text("操作成功")).to_be_visible()
    after = await Organisation.get(id=tree.ids["hospital2"])
    kept = ("name", "credit_code", "region_id", "nature", "level", "industry", "address")
    assert [getattr(after, k) for k in kept] == [getattr(before, k) for k in kept]
    assert after.phone == "0531-86663333"


async def test_a_row_toggle_starts_on_the_rows_value(
    live: LiveServer, tree: Any, page: Page
) -> None:
    # given: 济南第一医院东院 reviews its own claims
    await Organisation.filter(id=tree.ids["branch"]).update(review_enabled=True)
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await page.get_by_role("link", name="机构列表", exact=True).click()
    row = page.locator("tbody tr", has_text="济南第一医院东院").filter(visible=True)

    # when: its parent opens 关闭或开启… on the row
    await row.get_by_role("button", name="关闭或开启下级单位的学时审核权限").click()
    dialog = page.locator(".cxd-Modal").filter(visible=True)

    # then: the choice shows the right as it is (on), and confirming it changes nothing
    await expect(dialog.locator("input[type=checkbox]")).to_be_checked()
    await page.wait_for_timeout(500)  # the dialog's opening animation, for the screenshot
    await screenshot(page, "update-row-toggle")
    await dialog.get_by_role("button", name="确认").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    assert (await Organisation.get(id=tree.ids["branch"])).review_enabled

    # and a closed right shows closed
    await Organisation.filter(id=tree.ids["branch"]).update(review_enabled=False)
    await page.reload()
    await row.get_by_role("button", name="关闭或开启下级单位的学时审核权限").click()
    await expect(dialog.locator("input[type=checkbox]")).not_to_be_checked()
    await dialog.get_by_role("button", name="取消").click()

    # an admin's 启用或停用 starts on its status too (an active admin: 启用 ticked)
    await page.get_by_role("link", name="管理员", exact=True).click()
    admin = page.locator("tbody tr", has_text="管理员hospital1").filter(visible=True)
    await admin.get_by_role("button", name="更多").click()  # an admin's row has 4 operations
    await page.get_by_text("启用或停用本单位或下级单位的管理员").filter(visible=True).click()
    await expect(dialog.locator("input[type=checkbox]")).to_be_checked()


def test_each_update_form_reads_its_record_and_starts_on_no_preset() -> None:
    schema = build_schema()._schema
    for mutation in metadata.CURRENT_RECORD:
        form = mutation_form(schema, mutation)
        assert form is not None and "initApi" in form, mutation
        assert validate(schema, parse(form["initApi"]["graphql"])) == [], mutation
        assert "onlyChanged" in form["api"]["requestAdaptor"], mutation
        presets = [control["name"] for control in form["body"] if "value" in control]
        assert presets == [], mutation
