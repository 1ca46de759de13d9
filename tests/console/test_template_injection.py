"""Names are data, never templates. People, units and title series whose text is an amis
expression — `T${1+1}T`, `${window:sessionStorage['jijiao.token']}` — show literally wherever
the console puts them (header, home page, role switcher, lists, row details, record page,
picker options, chart, messages) and never as their value nor as the viewer's session token.

The hostile values are planted as an attacker would get them there: a name chosen at
registration (anonymous, for the unit and its applicant) or changed later."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from playwright.async_api import Locator, Page, Route, expect

from admin_ui.navigation import Audience, app_data, app_json
from domain import todo
from domain.principal import ALL_MODULES, Principal
from models import Account, Admin, Organisation, Professional
from models.enums import RoleKind, Subject
from resolvers.root import build_schema
from tests.api.test_registration import REGISTER_PERSON, person
from tests.conftest import LiveServer
from tests.console.claims import approved
from tests.console.conftest import screenshot, sign_in
from tests.fixtures.tree import PASSWORD, make_id_number

# EVALUATED: what they would show if read as expressions, so a leak is recognisable
MEMBER = "T${1+1}T<b>粗</b>"  # 王芳: a professional of hospital1
UNIT = "O${1+1}O${ss:jijiao.token}"  # hospital1
OTHER_UNIT = "H${window:sessionStorage['jijiao.token']}H"  # hospital2, 王芳's second role
ADMIN = "A${ls:jijiao.token}A$viewer"  # hospital1's admin
APPLICANT = "R${1+1}R<% print(1) %>"  # registers anonymously into hospital1
SERIES = "S${1+1}S"  # 王芳's title series, a bar group of the unit's chart
EVALUATED = ("T2T", "O2O", "H2H", "R2R", "S2S", "AA")


# --- the generated app: no user text in the description, only references to its data

REFERENCE = re.compile(r"\$\{\s*(viewer\.\w+|otherRoles\[\d+\]\.\w+)\s*(\|\s*raw\s*)?\}")


def strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a page description, with the key holding it."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for inner_key, inner in value.items():
            yield from strings(inner, inner_key)
    elif isinstance(value, list):
        for inner in value:
            yield from strings(inner, key)


def nodes(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from nodes(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from nodes(inner)


def resolve(data: dict[str, Any], path: str) -> Any:
    found: Any = data
    for part in re.findall(r"\w+", path):
        found = found[int(part)] if isinstance(found, list) else found[part]
    return found


def test_names_reach_the_app_as_data_and_the_description_only_refers_to_them() -> None:
    schema = build_schema()._schema
    charts = 0
    for kind in (RoleKind.PROFESSIONAL, RoleKind.EMPLOYER):
        principal = Principal(
            account_id=1, kind=kind, organisation_id=5, professional_id=1, admin_id=1,
            is_super=kind is not RoleKind.PROFESSIONAL, modules=ALL_MODULES,
        )  # fmt: skip
        audience = Audience(
            principal,
            viewer={"name": MEMBER, "roleLabel": "专业技术人员", "organisationName": UNIT},
            review_kinds=tuple(k.value for k in todo.kinds_for(principal)),
            other_roles=(
                {"kind": "EMPLOYER", "organisationId": "7", "label": f"用人单位 · {OTHER_UNIT}"},
            ),
        )
        app, data = app_json(schema, audience), app_data(audience)

        described = json.dumps(app, ensure_ascii=False)
        for name in (MEMBER, UNIT, OTHER_UNIT):
            assert name not in described  # not even escaped: the description never holds it
        assert data["viewer"]["name"] == MEMBER
        assert data["otherRoles"] == [{"label": f"用人单位 · {OTHER_UNIT}"}]
        # each reference finds its value; a tpl shows it as escaped HTML, a label unescaped
        # (amis shows labels as text)
        found = set()
        for key, text in strings(app):
            for match in REFERENCE.finditer(text):
                assert isinstance(resolve(data, match[1]), str), match[0]
                assert (key == "tpl") == (match[2] is None), (key, text)
                assert key in ("tpl", "label"), (key, text)
                found.add(match[1].split(".")[0].split("[")[0])
        assert found == {"viewer", "otherRoles"}  # the header, home page and role switcher
        # nothing bound is ever read raw into HTML, and charts leave their option unmapped
        for node in nodes(app):
            assert "raw" not in node and "html" not in node, node
            assert "| raw" not in str(node.get("tpl", "")), node
            if node.get("type") == "chart":
                assert node["disableDataMapping"] is True
                charts += 1
    assert charts > 0  # the employer's statistics


# --- in the browser


async def plant(live: LiveServer, tree: Any) -> None:
    wang = await Account.get(id_number=tree.people["王芳"])
    wang.name = MEMBER
    await wang.save()
    await Professional.filter(account_id=wang.id).update(title_series=SERIES)
    await Organisation.filter(id=tree.ids["hospital1"]).update(name=UNIT)
    await Organisation.filter(id=tree.ids["hospital2"]).update(name=OTHER_UNIT)
    await Account.filter(id_number=tree.admins["hospital1"]).update(name=ADMIN)
    # 王芳 is also the super admin of hospital2: the switcher offers that role
    await Admin.create(account=wang, organisation_id=tree.ids["hospital2"], is_super=True)
    applicant = person(tree, make_id_number("370102", "19930303", 771), APPLICANT)
    registered = await live.data(REGISTER_PERSON, {"i": applicant})
    assert registered["professionalRegister"]["errors"] == []


async def nothing_evaluated(page: Page) -> None:
    """No hostile value was read as an expression anywhere on the page (its dialogs, menus
    and toasts included), and the session token is nowhere in it."""
    token = await page.evaluate("sessionStorage.getItem('jijiao.token')")
    assert token
    shown = await page.locator("body").inner_text()
    html = await page.locator("body").inner_html()
    for text in (shown, html):
        assert token not in text
    for evaluated in EVALUATED:
        assert evaluated not in shown, evaluated
    assert "<b>粗</b>" not in html  # markup in a name is text, never markup


CHART_CATEGORIES = """() => {
    const drawn = document.querySelector('.statistic-chart .cxd-Chart-content');
    const chart = drawn && window.echarts && window.echarts.getInstanceByDom(drawn);
    const axis = chart && chart.getOption().xAxis;
    return (axis && axis[0].data) || [];
}"""


async def literally(scope: Locator, text: str) -> None:
    await expect(scope.get_by_text(text, exact=False).first).to_be_visible()


async def toasted(page: Page, text: str) -> None:
    """A toast says `text` as written. The shell puts an invisible word joiner after "$",
    "<", "&" and "\\" in messages (amis reads messages as templates): it is not part of what
    a person reads."""
    toast = page.locator(".cxd-Toast").filter(has_text=text[:2])
    await expect(toast.first).to_be_visible()
    shown = (await toast.first.inner_text()).replace("\u2060", "")
    assert text in shown, shown


async def test_a_member_sees_names_as_written_in_header_home_switcher_and_profile(
    live: LiveServer, tree: Any, page: Page
) -> None:
    await plant(live, tree)
    await sign_in(page, live, tree.people["王芳"], PASSWORD, "专业技术人员")

    header = page.locator(".console-user")
    await expect(header).to_have_text(f"{MEMBER}（专业技术人员 · {UNIT}）")
    await expect(page.locator(".home-greeting")).to_contain_text(f"{MEMBER}，您好！")
    await expect(page.locator(".home-greeting")).to_contain_text(UNIT)
    await nothing_evaluated(page)

    await page.get_by_role("button", name="切换身份").click()
    menu = page.locator(".cxd-DropDown-menu")
    await expect(menu).to_contain_text(f"用人单位 · {OTHER_UNIT}")
    await nothing_evaluated(page)
    await screenshot(page, "injection-member-home")
    await page.keyboard.press("Escape")

    await page.get_by_role("link", name="本人资料", exact=True).click()
    profile = page.locator(".cxd-Page-body").filter(visible=True)
    await literally(profile, MEMBER)
    await literally(profile, UNIT)
    await literally(profile, SERIES)
    await nothing_evaluated(page)
    await screenshot(page, "injection-member-profile")


async def test_an_admin_sees_names_as_written_in_lists_details_pickers_chart_and_messages(
    live: LiveServer, tree: Any, page: Page
) -> None:
    wang = await Professional.get(account__id_number=tree.people["王芳"])
    await approved(wang.id, 2021, Subject.PUBLIC, "10")  # not passed: printing names her
    await sign_in(page, live, tree.admins["hospital1"], PASSWORD, "用人单位")
    await expect(page.locator(".console-user")).to_have_text(f"{ADMIN}（用人单位 · {UNIT}）")
    await expect(page.locator(".home-greeting")).to_contain_text(f"{ADMIN}，您好！")

    # a list, a row's details and a picker's options
    await page.get_by_role("link", name="专业技术人员查询", exact=True).click()
    row = page.locator("tbody tr", has_text=MEMBER).filter(visible=True)
    await expect(row).to_have_count(1)
    await row.get_by_role("button", name="查看").click()
    details = page.locator(".cxd-Modal").filter(visible=True)
    await literally(details, MEMBER)
    await literally(details, UNIT)
    await nothing_evaluated(page)
    await screenshot(page, "injection-admin-details")
    await details.get_by_role("button", name="关闭").click()
    unit_filter = page.locator(".cxd-Form-item", has_text="工作单位").filter(visible=True).first
    await unit_filter.locator(".cxd-Select").first.click()
    await page.get_by_placeholder("搜索").filter(visible=True).fill("O")
    option = page.locator(".cxd-Select-option", has_text=UNIT).first
    await expect(option).to_be_visible()
    await nothing_evaluated(page)
    await screenshot(page, "injection-admin-picker")
    await option.click()
    await literally(unit_filter, UNIT)  # the chosen option, as the select shows it

    # the review queue: the applicant named themself at anonymous registration
    await page.get_by_role("link", name="专业技术人员注册审核", exact=True).click()
    await literally(page.locator("tbody").filter(visible=True), APPLICANT)
    await nothing_evaluated(page)
    await screenshot(page, "injection-admin-queue")

    await page.get_by_role("link", name="机构列表", exact=True).click()
    await literally(page.locator("tbody").filter(visible=True), UNIT)
    await expect(page.locator(".console-user")).to_have_text(f"{ADMIN}（用人单位 · {UNIT}）")
    await nothing_evaluated(page)

    # the chart draws the series as named (echarts reads its option, not the page)
    await page.get_by_role("link", name="职称系列分布", exact=True).click()
    await expect(page.locator(".statistic-chart canvas").first).to_be_visible()
    drawn: list[str] = []
    for _ in range(50):  # echarts takes the option a moment after the canvas appears
        drawn = await page.evaluate(CHART_CATEGORIES)
        if drawn:
            break
        await page.wait_for_timeout(100)
    assert SERIES in drawn and "S2S" not in drawn
    await screenshot(page, "injection-admin-chart")

    # a message from the server naming a member (the certificate route refuses her)
    await page.get_by_role("link", name="人员完成情况", exact=True).click()
    year = page.locator(".cxd-Form-item", has_text="年度").locator("input").first
    await year.fill("2021")
    await page.get_by_role("button", name="查询").click()
    member = page.locator("tbody tr", has_text=MEMBER).filter(visible=True)
    await member.locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="打印所选人员的学时证明").click()
    await toasted(page, f"不能打印证书：{MEMBER}")
    await nothing_evaluated(page)
    await screenshot(page, "injection-admin-refusal")

    # a failed operation's message goes through amis itself: here the API's answer to a form
    # echoes the names (any message may, so the shell must never read one as a template)
    async def echo(route: Route) -> None:
        if "passwordChange" not in (route.request.post_data or ""):
            await route.continue_()
            return
        failed = {"errors": [{"message": f"不可{MEMBER}、{UNIT}", "code": "X", "field": None}]}
        body = {"data": {"passwordChange": {"token": None, **failed}}}
        await route.fulfill(content_type="application/json", body=json.dumps(body))

    await page.route("**/graphql", echo)
    await page.get_by_role("link", name="修改密码", exact=False).first.click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    for index in range(await form.locator("input[type=password]").count()):
        await form.locator("input[type=password]").nth(index).fill("Another-pass-2026")
    await page.get_by_role("button", name="提交").filter(visible=True).click()
    await toasted(page, f"不可{MEMBER}、{UNIT}")
    await nothing_evaluated(page)
    await screenshot(page, "injection-admin-message")
