"""The console reaches filing and the claim records at every level the seeds name.

Seed 001 §5.2.1 / seed 003 5.4, 3.4 (用人单位, 主管部门, 人社部门 "学时申报": 选择申请人, 学习形式,
附件) → 已报送学时 with 为人员申报学时; seed 000 施教机构申报 / seed 001 §5.3 (a CE base feeds
hours) → 报送学员学时; seed 001 §5.2.3 / seed 002 §5.2.2 学时申报记录 "可按照认定结果分类查询" →
the memberClaims list with its filters. Generated for each principal from the schema and the
same @allow rules the API enforces.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLSchema, parse, validate

from admin_ui.navigation import Audience, app_json
from domain.principal import Principal
from models.enums import Module, RoleKind
from resolvers.root import build_schema


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def admin(kind: RoleKind, *modules: Module) -> Principal:
    return Principal(account_id=1, kind=kind, admin_id=1, organisation_id=1,
                     is_super=False, modules=frozenset(modules))  # fmt: skip


def page(app: dict[str, Any], url: str) -> dict[str, Any] | None:
    return next((p for g in app["pages"] for p in g["children"] if p["url"] == url), None)


def walk(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for inner in value.values():
            found.extend(walk(inner))
    elif isinstance(value, list):
        for inner in value:
            found.extend(walk(inner))
    return found


def button(found: dict[str, Any], label: str) -> dict[str, Any] | None:
    return next((n for n in walk(found) if n.get("type") == "button" and n.get("label") == label),
                None)  # fmt: skip


@pytest.mark.parametrize("kind", [RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS])
def test_each_member_unit_level_files_hours_for_members_from_the_console(
    schema: GraphQLSchema, kind: RoleKind
) -> None:
    app = app_json(schema, Audience(admin(kind, Module.CLAIM_FILING)))
    filed = page(app, "/filedClaims")
    assert filed is not None
    found = button(filed["schema"], "为人员申报学时")
    assert found is not None and button(filed["schema"], "报送学员学时") is None
    form = found["dialog"]["body"]
    api = form["api"]
    assert validate(schema, parse(api["graphql"])) == []
    assert "claimsFileForMembers" in api["graphql"]
    assert set(api["data"]["input"]) == {"professionalIds", "claim"}
    controls = {c.get("name"): c for c in walk(form["body"]) if c.get("name")}
    members = controls["professionalIds"]
    assert members["multiple"] is True and "persons(" in members["source"]["graphql"]
    assert {"year", "subject", "form", "requestedHours", "attachments"} <= set(controls)
    assert any(name.startswith("details.") for name in controls)  # the form's own fields
    # the list shows who reviews what was filed
    labels = {c.get("label") for c in walk(filed["schema"]) if c.get("name") == "reviewingUnit"}
    assert labels == {"审核单位"}


def test_a_ce_base_reports_trainees_hours_from_the_console(schema: GraphQLSchema) -> None:
    app = app_json(schema, Audience(admin(RoleKind.BASE, Module.CLAIM_FILING)))
    filed = page(app, "/filedClaims")
    assert filed is not None
    assert button(filed["schema"], "为人员申报学时") is None  # a base has no members
    found = button(filed["schema"], "报送学员学时")
    assert found is not None
    form = found["dialog"]["body"]
    assert validate(schema, parse(form["api"]["graphql"])) == []
    record = form["api"]["data"]["records"][0]
    assert set(record) == {"idNumber", "name", "externalRef", "claim"}
    names = {c.get("name") for c in walk(form["body"])}
    assert {"idNumber", "name", "externalRef", "year", "form", "requestedHours"} <= names
    assert "审核单位" in filed["schema"]["remark"]
    assert page(app, "/memberClaims") is None  # no members below a base


def test_no_filing_without_the_module(schema: GraphQLSchema) -> None:
    app = app_json(schema, Audience(admin(RoleKind.EMPLOYER, Module.STATISTICS)))
    assert page(app, "/filedClaims") is None


@pytest.mark.parametrize(
    "module",
    [
        Module.CLAIM_REVIEW,
        Module.CLAIM_VERIFICATION,
        Module.CLAIM_FILING,
        Module.STATISTICS,
    ],
)
def test_claim_records_are_listed_with_the_seed_filters(
    schema: GraphQLSchema, module: Module
) -> None:
    app = app_json(schema, Audience(admin(RoleKind.COMPETENT, module)))
    records = page(app, "/memberClaims")
    assert records is not None and records["label"] == "学时申报记录"
    crud = next(n for n in walk(records["schema"]) if n.get("type") == "crud")
    filters = {c.get("name") for c in walk(crud["filter"]) if c.get("name")}
    assert {"statuses", "year", "learningForm", "subject", "organisationId"} <= filters
    columns = {c.get("name"): c.get("label") for c in crud["columns"]}
    assert columns["status"] == "认定结果" and columns["currentHandler"] == "当前处理人"
    no_module = app_json(schema, Audience(admin(RoleKind.COMPETENT, Module.PLANS)))
    assert page(no_module, "/memberClaims") is None
