"""The review queues (`reviewSteps` + `reviewDecide`): a page per review kind the principal
handles, with pending and decided tabs; approve or reject the selected, or approve all.

Hand-shaped because a generic list cannot know that `kind` picks a queue and `decided` a tab;
the columns, labels and the mutation document still come from the schema.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLSchema

from admin_ui.graph import unwrap
from admin_ui.lists import ListPlan
from admin_ui.pages import crud
from admin_ui.widgets import control

PENDING_HIDDEN = {"kind", "status", "decidedAt", "reason"}


def _decide_api(document: str, kind: str, **input_values: Any) -> dict[str, Any]:
    return {
        "method": "post",
        "url": "/graphql",
        "graphql": document,
        "data": {"input": {"kind": kind, **input_values}},
    }


def _reason_control(schema: GraphQLSchema) -> dict[str, Any]:
    decide = schema.mutation_type.fields["reviewDecide"] if schema.mutation_type else None
    input_type = unwrap(decide.args["input"].type) if decide else None
    found = None
    if isinstance(input_type, GraphQLInputObjectType) and "reason" in input_type.fields:
        found = control("reason", input_type.fields["reason"])
    return {
        **(found or {"name": "reason", "label": "不通过原因"}),
        "type": "textarea",
        "required": True,
    }


def _decisions(schema: GraphQLSchema, document: str, kind: str) -> list[dict[str, Any]]:
    return [
        {
            "label": "通过",
            "level": "success",
            "actionType": "ajax",
            "confirmText": "确定审核通过所选的 ${selectedItems.length} 项？",
            "api": _decide_api(document, kind, ids="${ids|split}", approve=True),
            "messages": {"success": "已审核通过"},
        },
        {
            "label": "不通过",
            "level": "danger",
            "actionType": "dialog",
            "dialog": {
                "title": "审核不通过（所选 ${selectedItems.length} 项）",
                "body": {
                    "type": "form",
                    "api": _decide_api(
                        document, kind, ids="${ids|split}", approve=False, reason="${reason}"
                    ),
                    "messages": {"saveSuccess": "已审核不通过"},
                    "body": [_reason_control(schema)],
                },
            },
        },
    ]


def _approve_all(document: str, kind: str, target: str) -> dict[str, Any]:
    return {
        "type": "button",
        "label": "全部通过",
        "actionType": "ajax",
        "confirmText": "确定审核通过全部待审核事项？",
        "api": _decide_api(document, kind, allMatching=True, approve=True),
        "messages": {"success": "已全部审核通过"},
        "reload": target,
    }


def review_pages(
    schema: GraphQLSchema,
    plan: ListPlan,
    kinds: list[tuple[str, str]],
    decide_document: str | None,
) -> list[dict[str, Any]]:
    """One navigation entry per review kind the principal handles: `kinds` are (value,
    label); `decide_document` is the reviewDecide mutation when the principal may use it,
    else None (no decision buttons). A page per kind rather than outer tabs: amis switches
    tabs to the first one when a dialog's form fails validation, losing the reviewer's place."""
    entries = []
    for kind, kind_label in kinds:
        pending_name = f"reviews-{kind}-pending"
        pending = crud(
            plan,
            name=pending_name,
            fixed={"kind": kind, "decided": "false"},
            columns=[c for c in plan.columns if c.path[0] not in PENDING_HIDDEN],
            bulk_actions=_decisions(schema, decide_document, kind) if decide_document else None,
            toolbar=[_approve_all(decide_document, kind, pending_name)]
            if decide_document
            else None,
        )
        decided = crud(
            plan,
            name=f"reviews-{kind}-decided",
            fixed={"kind": kind, "decided": "true"},
            columns=[c for c in plan.columns if c.path[0] != "kind"],
        )
        page = {
            "type": "page",
            "title": kind_label,
            "subTitle": plan.title,
            "body": {
                "type": "tabs",
                "tabsMode": "radio",
                "mountOnEnter": True,
                "tabs": [
                    {"title": "待审核", "body": pending},
                    {"title": "已审核", "body": decided},
                ],
            },
        }
        entries.append({"label": kind_label, "url": f"/{plan.field}/{kind}", "schema": page})
    return entries
