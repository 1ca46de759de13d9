"""Operation pages: a form for each mutation the principal may call, generated from its input
type — labels from the descriptions, widgets by type, required fields from non-null types.

Only flat inputs become pages (scalars, enums, lists of them); mutations whose input nests
other inputs, or that have pages of their own (the claim lifecycle, review decisions), are
left to those pages.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLNonNull, GraphQLSchema

from admin_ui.graph import label, operation, unwrap
from admin_ui.widgets import control

# mutations with a page of their own, or that belong to the sign-in page and the header
ELSEWHERE = frozenset(
    {
        "login",
        "logout",
        "reviewDecide",
        "reviewHide",
        "claimCreate",
        "claimUpdate",
        "claimDelete",
        "claimSubmit",
        "claimWithdraw",
    }
)


def mutation_page(schema: GraphQLSchema, name: str) -> dict[str, Any] | None:
    """The form page calling mutation `name(input: …)`, or None when it cannot be a form."""
    root = schema.mutation_type
    field = root.fields.get(name) if root else None
    if field is None or name in ELSEWHERE or list(field.args) != ["input"]:
        return None
    input_type = unwrap(field.args["input"].type)
    if not isinstance(input_type, GraphQLInputObjectType):
        return None
    controls = []
    for inner, definition in input_type.fields.items():
        found = control(inner, definition)
        if found is None:
            if isinstance(definition.type, GraphQLNonNull):
                return None  # a required nested input: no plain form can fill it
            continue
        controls.append(found)
    document = operation(schema, "mutation", name)
    if not controls or document is None:
        return None
    title = label(field.description, name)
    return {
        "type": "page",
        "title": title,
        "remark": field.description,
        "body": {
            "type": "form",
            "mode": "horizontal",
            "api": {
                "method": "post",
                "url": "/graphql",
                "graphql": document,
                "data": {"input": {c["name"]: f"${{{c['name']}}}" for c in controls}},
            },
            "messages": {"saveSuccess": "操作成功"},
            "body": controls,
        },
    }
