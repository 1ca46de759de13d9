"""Operation pages: a form for each mutation the principal may call, generated from its input
type — labels from the descriptions, widgets by type, required fields from non-null types.
A nested input (a registration's administrator account) becomes a titled group of its own
fields; references to organisations and regions are pickers (admin_ui/pickers.py).

Mutations with a page of their own (the claim lifecycle, review decisions) and inputs no form
can fill (lists of nested records) are left out.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLNonNull, GraphQLSchema

from admin_ui import metadata
from admin_ui.current import update_form
from admin_ui.graph import is_list, label, operation, remark, unwrap
from admin_ui.pickers import sent_value
from admin_ui.widgets import control

# mutations with a page of their own, or that belong to the header
ELSEWHERE = frozenset(
    {
        "logout",
        "sessionSwitchRole",
        "reviewDecide",
        "reviewHide",
        "claimCreate",
        "claimUpdate",
        "claimDelete",
        "claimSubmit",
        "claimWithdraw",
    }
)


class Unfillable(Exception):
    """A required input field has no control: no form can call the operation."""


def input_form(input_type: GraphQLInputObjectType, prefix: str = "") -> tuple[list[Any], dict]:
    """The controls filling `input_type` and the data mapping sending their values back in
    its shape. Raises Unfillable when a required field cannot be filled."""
    controls: list[dict[str, Any]] = []
    sent: dict[str, Any] = {}
    for name, definition in input_type.fields.items():
        if f"{input_type.name}.{name}" in metadata.HIDDEN_INPUTS:
            continue
        required = isinstance(definition.type, GraphQLNonNull)
        inner = unwrap(definition.type)
        if name == "id" and not required and getattr(inner, "name", None) == "ID":
            continue  # 新增或修改: the form adds; the record's row offers 修改 (row_actions)
        if isinstance(inner, GraphQLInputObjectType) and not is_list(definition.type):
            try:
                nested, nested_sent = input_form(inner, f"{prefix}{name}.")
            except Unfillable:
                if required:
                    raise
                continue
            title = label(definition.description or inner.description, name)
            controls.append({"type": "fieldSet", "title": title, "body": nested})
            sent[name] = nested_sent
            continue
        found = control(name, definition, input_type.name, in_form=True)
        if found is None:
            if required:
                raise Unfillable(f"{input_type.name}.{name}")
            continue
        found["name"] = f"{prefix}{name}"
        controls.append(found)
        sent[name] = sent_value(input_type.name, name, found["name"])
    return controls, sent


def mutation_form(
    schema: GraphQLSchema, name: str, *, submit: str = "提交", success: str = "操作成功"
) -> dict[str, Any] | None:
    """The amis form calling mutation `name(input: …)`, or None when no form can call it."""
    root = schema.mutation_type
    field = root.fields.get(name) if root else None
    if field is None or name in ELSEWHERE or list(field.args) != ["input"]:
        return None
    input_type = unwrap(field.args["input"].type)
    if not isinstance(input_type, GraphQLInputObjectType):
        return None
    try:
        controls, sent = input_form(input_type)
    except Unfillable:
        return None
    document = operation(schema, "mutation", name)
    if not controls or document is None:
        return None
    form: dict[str, Any] = {
        "type": "form",
        "name": f"form-{name}",
        "title": "",
        "mode": "horizontal",
        "api": {"method": "post", "url": "/graphql", "graphql": document, "data": {"input": sent}},
        "messages": {"saveSuccess": success},
        "submitText": submit,
        "body": controls,
    }
    update_form(schema, name, input_type, form)
    answer = unwrap(field.type)
    if name != "login" and "token" in getattr(answer, "fields", {}):
        # the operation ended the other sessions and answers with this one's successor
        form["onEvent"] = {
            "submitSucc": {
                "actions": [
                    {"actionType": "custom", "script": "jijiao.adoptToken(event.data.result.data)"}
                ]
            }
        }
    return form


def mutation_page(schema: GraphQLSchema, name: str) -> dict[str, Any] | None:
    """The page of one mutation's form, titled by the mutation's description."""
    form = mutation_form(schema, name)
    if form is None:
        return None
    description = schema.mutation_type.fields[name].description  # type: ignore[union-attr]
    return {
        "type": "page",
        "title": label(description, name),
        "remark": remark(description),
        "body": form,
    }
