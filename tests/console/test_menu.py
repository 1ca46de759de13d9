"""Each role finds its work where the seed manuals put it: the menu is grouped in the manuals'
sections with short labels, the key result columns of a list show at once, and the home page
leads an admin with the to-do counts and lists the professional's functions. Fast: these read
the console generated for each demo role kind, no browser."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLSchema

from admin_ui import metadata
from admin_ui.lists import plan_list
from admin_ui.navigation import ACCOUNT_GROUP, PUBLIC_GROUP, Audience, app_json
from admin_ui.pages import list_page
from domain import todo
from domain.principal import ALL_MODULES, Principal
from models.enums import RoleKind
from resolvers.root import build_schema

ADMINS = [
    Principal(account_id=1, kind=kind, organisation_id=1, admin_id=1, is_super=True,
              modules=ALL_MODULES)
    for kind in (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, RoleKind.BASE)
]  # fmt: skip
PROFESSIONAL = Principal(account_id=2, kind=RoleKind.PROFESSIONAL, professional_id=1)
# a label a menu reads at a glance (the longest today: 更换上级部门审核（原上级）)
SHORT = 13
# the owner every page of a role's console already has: a label does not say it again
OWNERS = ("本人的", "本人各", "本单位及下级", "本单位定义", "为本单位")


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def app_of(schema: GraphQLSchema, principal: Principal) -> dict[str, Any]:
    kinds = tuple(k.value for k in todo.kinds_for(principal))
    return app_json(schema, Audience(principal, review_kinds=kinds))


def menu_of(app: dict[str, Any]) -> list[dict[str, Any]]:
    return [group for group in app["pages"] if group.get("label")]


def section(app: dict[str, Any], label: str) -> set[str]:
    (found,) = [g for g in menu_of(app) if g["label"] == label]
    return {entry["url"] for entry in found["children"]}


@pytest.mark.parametrize("principal", [*ADMINS, PROFESSIONAL], ids=lambda p: p.kind.value)
def test_the_menu_is_in_sections_with_short_labels_each_once(
    schema: GraphQLSchema, principal: Principal
) -> None:
    menu = menu_of(app_of(schema, principal))
    labels = [entry["label"] for group in menu for entry in group["children"]]
    assert not [label for label in labels if len(label) > SHORT]
    assert not [label for label in labels if label.startswith(OWNERS)]
    assert len(labels) == len(set(labels)), "two entries of one menu read the same"
    # no section is a long flat list, and the sections come in the declared order
    assert max(len(group["children"]) for group in menu) <= 12
    order = [*metadata.MENU_SECTIONS, *metadata.OWN_SECTIONS]
    known = [g["label"] for g in menu if g["label"] in order]
    assert known == sorted(known, key=order.index)
    assert [g["label"] for g in menu][-2:] == [PUBLIC_GROUP, ACCOUNT_GROUP]


def test_the_professionals_menu_is_the_manuals_modules(schema: GraphQLSchema) -> None:
    app = app_of(schema, PROFESSIONAL)
    assert [g["label"] for g in menu_of(app)] == [
        "学时申报", "年度完成情况", "用户资料管理", PUBLIC_GROUP, ACCOUNT_GROUP
    ]  # fmt: skip
    assert section(app, "学时申报") == {"/myClaims"}
    assert section(app, "年度完成情况") == {"/myCompletion"}
    profile = section(app, "用户资料管理")
    assert {"/myProfile", "/myProfileChanges", "/myTransfers", "/do/transferStart"} <= profile
    assert section(app, ACCOUNT_GROUP) == {"/do/passwordChange"}


def test_an_employers_queues_sit_with_the_work_they_decide(schema: GraphQLSchema) -> None:
    app = app_of(schema, ADMINS[0])
    assert "/reviewSteps/CLAIM_REVIEW" in section(app, "学时审核")
    registrations = section(app, "注册与变更审核")
    assert {"/reviewSteps/PROFESSIONAL_REGISTRATION", "/reviewSteps/TITLE_CHANGE"} <= registrations
    assert {"/reviewSteps/TRANSFER_OUT", "/reviewSteps/TRANSFER_IN", "/transfers"} <= section(
        app, "人员调转"
    )
    assert {"/memberCompletions", "/titleDistribution", "/persons"} <= section(app, "查询统计")
    labels = {e["url"]: e["label"] for g in menu_of(app) for e in g["children"]}
    assert labels["/memberCompletions"] == "人员完成情况"
    assert labels["/auditLog"] == "操作日志"
    assert labels["/admins"] == "管理员"


def shown_columns(schema: GraphQLSchema, field: str) -> dict[str, str]:
    """The columns a list shows at once: name → label."""
    plan = plan_list(schema, field)
    assert plan is not None
    columns = list_page(plan)["body"]["columns"]
    return {c["name"]: c["label"] for c in columns if "name" in c and c.get("toggled") is not False}


def test_key_result_columns_show_at_once(schema: GraphQLSchema) -> None:
    completions = shown_columns(schema, "memberCompletions")
    assert {"总学时", "是否合格"} <= set(completions.values())
    assert len(completions) <= metadata.VISIBLE_COLUMNS
    # the person search shows where they work, their education and title; not ID type or sex
    persons = shown_columns(schema, "persons")
    assert {"organisation_name", "education", "titleQualification"} <= persons.keys()
    assert not {"idType", "sex"} & persons.keys()
    assert "passRate" in shown_columns(schema, "unitCompletions")
    assert "passRate" in shown_columns(schema, "comprehensiveStatistics")
    assert "currentHandler" in shown_columns(schema, "myClaims")
    assert "currentReviewer" in shown_columns(schema, "transfers")
    assert "currentReviewer" in shown_columns(schema, "organisationChanges")
    assert "reviewer" in shown_columns(schema, "trainingPlans")


def test_a_narrow_screen_keeps_a_lists_key_columns(schema: GraphQLSchema) -> None:
    plan = plan_list(schema, "memberCompletions")
    assert plan is not None
    kept = {
        c["name"]
        for c in list_page(plan)["body"]["columns"]
        if c.get("className") == "console-key-column"
    }
    assert {"name", "totalHours", "passed"} <= kept
    assert not {"idNumber", "publicHours"} & kept
    # a statistic's figures are all read, side by side
    statistic = plan_list(schema, "comprehensiveStatistics")
    assert statistic is not None
    columns = list_page(statistic)["body"]["columns"]
    assert not [c for c in columns if c.get("className") == "console-key-column"]
    assert {"regionName", "learners", "passRate"} <= {
        c["name"] for c in columns if c.get("toggled") is not False
    }


def home_of(app: dict[str, Any]) -> dict[str, Any]:
    return app["pages"][0]["children"][0]["schema"]


@pytest.mark.parametrize("principal", ADMINS[:3], ids=lambda p: p.kind.value)
def test_an_admins_home_leads_with_the_to_do_counts(
    schema: GraphQLSchema, principal: Principal
) -> None:
    first = home_of(app_of(schema, principal))["body"][0]
    assert first["type"] == "service" and first["name"] == "todo"


def test_the_professionals_home_lists_each_of_its_pages(schema: GraphQLSchema) -> None:
    app = app_of(schema, PROFESSIONAL)
    home = str(home_of(app))
    for group in menu_of(app):
        for entry in group["children"]:
            assert f'href="#{entry["url"]}"' in home, entry["label"]
