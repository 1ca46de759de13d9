"""Nobody types an internal number: in the console generated for each demo role, every form
and filter control standing for an ID argument or input field is a picker listing records by
name, an upload, or hidden (bound from the row it was opened on); an operation on a record is
offered on that record's row, not as a menu form asking for its number."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from graphql import GraphQLInputObjectType, GraphQLSchema, parse

from admin_ui.fitted import root_fields
from admin_ui.graph import filter_arguments, is_list, unwrap
from admin_ui.lists import plan_list
from admin_ui.navigation import Audience, app_json
from admin_ui.pages import LIST_API
from domain import todo
from domain.principal import ALL_MODULES, Principal
from models.enums import RoleKind
from resolvers.root import build_schema

DEMO_ROLES = [
    *(
        Principal(account_id=1, kind=kind, organisation_id=1, admin_id=1, is_super=True,
                  modules=ALL_MODULES)
        for kind in (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, RoleKind.BASE)
    ),
    Principal(account_id=2, kind=RoleKind.PROFESSIONAL, professional_id=1),
]  # fmt: skip


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def _app(schema: GraphQLSchema, principal: Principal) -> dict[str, Any]:
    kinds = tuple(k.value for k in todo.kinds_for(principal))
    return app_json(schema, Audience(principal, review_kinds=kinds))


def _input_ids(kind: GraphQLInputObjectType, prefix: str = "") -> Iterator[str]:
    """The ID fields of an input, nested ones by their dotted control name."""
    for name, field in kind.fields.items():
        inner = unwrap(field.type)
        if isinstance(inner, GraphQLInputObjectType) and not is_list(field.type):
            yield from _input_ids(inner, f"{prefix}{name}.")
        elif getattr(inner, "name", None) == "ID":
            yield f"{prefix}{name}"


def _controls(body: Any) -> Iterator[dict[str, Any]]:
    if isinstance(body, list):
        for item in body:
            yield from _controls(item)
    elif isinstance(body, dict):
        if "name" in body and body.get("type") not in ("form", "crud", "service", None):
            yield body
        for key in ("body", "controls"):
            yield from _controls(body.get(key))


def _id_controls(schema: GraphQLSchema, value: Any, url: str = "") -> Iterator[tuple]:
    """(page, operation, control) for each form or filter control standing for an ID."""
    if isinstance(value, list):
        for item in value:
            yield from _id_controls(schema, item, url)
        return
    if not isinstance(value, dict):
        return
    if isinstance(value.get("url"), str) and "schema" in value:
        url = value["url"]
    api = value.get("api")
    document = api.get("graphql") if isinstance(api, dict) else None
    if value.get("type") == "form" and isinstance(document, str):
        operation = parse(document).definitions[0]
        if getattr(operation, "operation", None) and operation.operation.value == "mutation":
            name = operation.selection_set.selections[0].name.value  # type: ignore[attr-defined]
            field = schema.mutation_type.fields[name]  # type: ignore[union-attr]
            kind = unwrap(field.args["input"].type) if "input" in field.args else None
            if isinstance(kind, GraphQLInputObjectType):
                ids = set(_input_ids(kind))
                for control in _controls(value.get("body")):
                    if control["name"] in ids:
                        yield url, name, control
    if value.get("type") == "crud" and isinstance(api, str) and api.startswith(LIST_API):
        plan = plan_list(schema, api.removeprefix(LIST_API).split("?")[0])
        assert plan is not None
        ids = {
            name
            for name, definition, _ in filter_arguments(plan.definition)
            if getattr(unwrap(definition.type), "name", None) == "ID"
        }
        for control in _controls((value.get("filter") or {}).get("body")):
            if control["name"] in ids:
                yield url, plan.field, control
    for inner in value.values():
        yield from _id_controls(schema, inner, url)


def _chosen_not_typed(control: dict[str, Any]) -> bool:
    kind = control.get("type")
    if kind in ("hidden", "input-file", "chained-select"):
        return True
    # a select whose options the API lists (a picker), never one typed into
    return kind == "select" and isinstance(control.get("source"), dict)


@pytest.mark.parametrize("principal", DEMO_ROLES, ids=lambda p: p.kind.value)
def test_no_form_or_filter_asks_for_a_typed_id(schema: GraphQLSchema, principal: Principal) -> None:
    found = list(_id_controls(schema, _app(schema, principal)))
    assert found, "the walk found no ID controls at all"
    typed = sorted(
        f"{url} {operation}.{control['name']} ({control.get('type')}: {control.get('label')})"
        for url, operation, control in found
        if not _chosen_not_typed(control)
    )
    assert typed == []


def _menu_forms(app: dict[str, Any]) -> set[str]:
    return {
        page["url"].removeprefix("/do/")
        for group in app["pages"]
        for page in group["children"]
        if page["url"].startswith("/do/")
    }


def test_an_operation_on_a_record_is_on_its_row_not_in_the_menu(schema: GraphQLSchema) -> None:
    competent, professional = DEMO_ROLES[1], DEMO_ROLES[-1]
    app = _app(schema, competent)
    menu = _menu_forms(app)
    # departments are edited and disabled, admins enabled and removed, from their rows
    for row_operation in ("departmentUpdate", "departmentSetEnabled", "adminSetEnabled",
                          "adminRemove", "adminAssignRole", "transferWithdraw",
                          "organisationChangeWithdraw"):  # fmt: skip
        assert row_operation not in menu
    departments = next(p for g in app["pages"] for p in g["children"] if p["url"] == "/departments")
    operations = departments["schema"]["body"]["columns"][-1]["buttons"]
    forms = [b["dialog"]["body"] for b in operations if b.get("actionType") == "dialog"]
    named = {
        f["api"]["graphql"].split("{")[1].split("(")[0].strip(): f for f in forms if "api" in f
    }
    assert {"departmentUpdate", "departmentSetEnabled"} <= set(named)
    bound = named["departmentUpdate"]["body"][0]
    assert bound == {"type": "hidden", "name": "id", "value": "${id}"}
    assert named["departmentUpdate"]["api"]["data"]["input"]["id"] == "${id}"
    # its 上级部门 is chosen among the unit's departments, not among organisations
    parent = next(c for c in named["departmentUpdate"]["body"] if c["name"] == "parentId")
    assert root_fields(parent["source"]["graphql"]) == (("query", "departments"),)
    # adding a department stays in the menu, and it asks for no number
    assert "departmentAdd" in menu
    # the professional edits or removes a qualification on its row of the profile; the
    # menu's form adds one and has no 编号 to fill in
    mine = _app(schema, professional)
    assert "practisingQualificationRemove" not in _menu_forms(mine)
    add = next(
        p for g in mine["pages"] for p in g["children"]
        if p["url"] == "/do/practisingQualificationSave"
    )  # fmt: skip
    assert "id" not in {c.get("name") for c in _controls(add["schema"]["body"]["body"])}
    profile = next(p for g in mine["pages"] for p in g["children"] if p["url"] == "/myProfile")
    tables = [t for t in profile["schema"]["body"]["body"] if t.get("type") == "fieldSet"]
    labels = {
        button["label"]
        for table in tables
        for column in table["body"][0]["columns"]
        if column.get("type") == "operation"
        for button in column["buttons"]
    }
    assert {"修改", "删除职（执）业资格", "删除学术技术称号"} <= labels
