"""Users read Chinese: the console generated for each demo role shows no English word outside
a few names everyone reads (Excel, PDF …), no true/false in a label or remark, and a code only
one click away from the name beside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import GraphQLSchema

from admin_ui.graph import label, remark
from admin_ui.lists import plan_list
from admin_ui.navigation import Audience, app_json
from admin_ui.pages import list_page
from admin_ui.records import record_page
from domain import todo
from domain.principal import ALL_MODULES, Principal
from models.enums import RoleKind
from resolvers.root import build_schema

# what the console shows as text, by the amis property holding it
SHOWN = ("label", "title", "option", "placeholder", "labelRemark", "remark", "description",
         "confirmText", "emptyText", "brandName")  # fmt: skip
ENGLISH = re.compile(r"[A-Za-z]{2,}")
READ_BY_EVERYONE = frozenset({"Excel", "PDF", "JPG", "PNG", "GIF", "BMP", "MB"})
TRUE_FALSE = re.compile(r"\b(true|false)\b")
TEMPLATE = re.compile(r"\$\{[^}]*\}")  # a value filled in from data, not text

ADMINS = [
    Principal(account_id=1, kind=kind, organisation_id=1, admin_id=1, is_super=True,
              modules=ALL_MODULES)
    for kind in (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, RoleKind.BASE)
]  # fmt: skip
PROFESSIONAL = Principal(account_id=2, kind=RoleKind.PROFESSIONAL, professional_id=1)


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def shown_text(value: Any) -> Iterator[str]:
    """Every text a page description shows (templates' data left out)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in SHOWN and isinstance(inner, str):
                yield TEMPLATE.sub("", inner)
            else:
                yield from shown_text(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from shown_text(inner)


@pytest.mark.parametrize("principal", [*ADMINS, PROFESSIONAL], ids=lambda p: p.kind.value)
def test_no_english_and_no_true_false_in_what_a_role_reads(
    schema: GraphQLSchema, principal: Principal
) -> None:
    audience = Audience(principal, review_kinds=tuple(k.value for k in todo.kinds_for(principal)))
    texts = set(shown_text(app_json(schema, audience)))
    english = {t for t in texts if set(ENGLISH.findall(t)) - READ_BY_EVERYONE}
    assert not english, sorted(english)
    assert not {t for t in texts if TRUE_FALSE.search(t)}


def test_a_booleans_description_gives_a_label_without_true_or_false() -> None:
    assert label("true 启用；false 停用", "enabled") == "启用"
    assert label("是否合格：true 仅合格，false 仅不合格，不填为全部", "passed") == "是否合格"
    assert label("已审核（true）或待审核（false）", "decided") == "已审核或待审核"
    # the remark keeps the meaning, in the words of the 是/否 choice
    assert remark("true 启用；false 停用") == "是：启用；否：停用"
    assert remark("已审核（true）或待审核（false）") == "已审核（是）或待审核（否）"


def test_a_code_beside_its_name_is_one_click_away(schema: GraphQLSchema) -> None:
    def hidden(field: str) -> set[str]:
        plan = plan_list(schema, field)
        assert plan is not None
        columns = list_page(plan)["body"]["columns"]
        return {c["name"] for c in columns if c.get("toggled") is False}

    assert "code" in hidden("learningForms") and "label" not in hidden("learningForms")
    assert {"parentCode", "parentId"} & hidden("regions") == {"parentCode"}
    assert {"form", "action", "subjectType"} <= hidden("myClaims") | hidden("auditLog")


def test_head_counts_say_unit_or_department_by_name(schema: GraphQLSchema) -> None:
    plan = plan_list(schema, "headCounts")
    assert plan is not None
    (kind,) = [c for c in list_page(plan)["body"]["columns"] if c["name"] == "kind"]
    assert kind["type"] == "mapping"
    assert {kind["map"]["UNIT"], kind["map"]["DEPARTMENT"]} == {"下级单位（含其下级）", "内设部门"}


def test_the_profile_shows_its_region_by_name(schema: GraphQLSchema) -> None:
    page = record_page(schema, "myProfile")
    assert page is not None
    shown = {v["name"] for v in page["body"]["body"][0]["body"]}
    assert "region" in shown and "regionCode" not in shown and "departmentId" not in shown
