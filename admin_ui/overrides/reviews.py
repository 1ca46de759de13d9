"""The review queues (`reviewSteps` + `reviewDecide`): a page per review kind the principal
handles, with pending and decided tabs; approve or reject the selected, or approve all.

Hand-shaped because a generic list cannot know that `kind` picks a queue and `decided` a tab;
the columns, labels and the mutation document still come from the schema.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLSchema

from admin_ui.graph import unwrap
from admin_ui.lists import ListColumn, ListPlan
from admin_ui.overrides.evidence import CLAIM_FIELDS, claim_view
from admin_ui.pages import crud
from admin_ui.widgets import control

PENDING_HIDDEN = {"kind", "status", "decidedAt", "reason", "recognisedHours"}
DECIDED_ONLY_FILTERS = ("status",)

# a claim queue: the claim's columns and filters, shown first in this order
CLAIM_KINDS = frozenset({"CLAIM_REVIEW", "CLAIM_VERIFICATION"})
CLAIM_COLUMNS = ("unit", "learningForm", "requestedHours", "recognisedHours")
CLAIM_FILTERS = ("organisationId", "learningForm", "subject", "year")
CLAIM_ORDER = ("applicantName", "unit", "learningForm", "requestedHours", "recognisedHours",
               "status", "reason", "summary", "decidedAt", "submittedAt")  # fmt: skip

STEP_QUERY = (
    "query($id: ID!) { reviewStep(id: $id) { id applicantName unit claim { "
    + CLAIM_FIELDS
    + " } } }"
)


def _columns(plan: ListPlan, kind: str, hidden: set[str]) -> list[ListColumn]:
    if kind not in CLAIM_KINDS:
        return [c for c in plan.columns if c.path[0] not in hidden | set(CLAIM_COLUMNS)]
    kept = [c for c in plan.columns if c.path[0] not in hidden]
    first = [c for name in CLAIM_ORDER for c in kept if c.path[0] == name]
    return first + [c for c in kept if c not in first]


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
            "confirmText": "确定审核通过所选的 ${selectedItems.length} 项？"
            + ("（按申报学时认定；要改认定学时请在行内“审核”）" if kind in CLAIM_KINDS else ""),
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


def _claim_decision(document: str, kind: str, table: str) -> dict[str, Any]:
    """The decision on the claim the dialog shows: 通过 with the 认定学时 (starting at the
    requested hours) or 不通过 with a reason. Mounted once the claim has loaded."""
    approving = "${approve}"
    return {
        "type": "form",
        "title": "审核",
        "visibleOn": "${claim}",
        "data": {"approve": True, "recognisedHours": "${claim.requestedHours}"},
        "mode": "horizontal",
        "api": _decide_api(document, kind, ids=["${id}"], approve=approving, reason="${reason}",
                           values=[{"id": "${id}", "value": "${recognisedHours}"}]),
        "messages": {"saveSuccess": "已审核"},
        "reload": table,
        "onEvent": {"submitSucc": {"actions": [{"actionType": "closeDialog"}]}},
        "body": [
            {"type": "radios", "name": "approve", "label": "审核结果", "required": True,
             "options": [{"label": "通过", "value": True}, {"label": "不通过", "value": False}]},
            {"type": "input-text", "name": "recognisedHours", "label": "认定学时",
             "required": True, "visibleOn": "${approve}", "clearValueOnHidden": True,
             "validations": {"isFloat": True, "minimum": 0},
             "validationErrors": {"isFloat": "请输入数字"},
             "description": "不超过申报学时"},
            {"type": "textarea", "name": "reason", "label": "不通过原因", "maxLength": 500,
             "required": True, "visibleOn": "${!approve}", "clearValueOnHidden": True},
        ],
        "actions": [{"type": "submit", "label": "确定", "level": "primary"}],
    }  # fmt: skip


def _claim_button(
    schema: GraphQLSchema, kind: str, table: str, document: str | None
) -> dict[str, Any]:
    """详细 (or 审核, when the caller decides): the claim with its answers and evidence."""
    subject = schema.get_type("Subject")
    facts = [
        ("applicantName", "申请人", None),
        ("unit", "单位", None),
        ("claim.year", "计入年度", None),
        ("claim.subject", "学习科目", subject if isinstance(subject, GraphQLEnumType) else None),
        ("claim.formLabel", "学习形式", None),
        ("claim.requestedHours", "申报学时", None),
    ]
    if document is None:
        # a decided claim's hours; the one deciding sets them in the form below instead of
        # reading an empty "认定学时 -" above it
        facts.append(("claim.recognisedHours", "认定学时", None))
    body: list[dict[str, Any]] = claim_view("claim.", facts)
    if document is not None:
        body.append(_claim_decision(document, kind, table))
    title = "审核学时申报" if document else "学时申报详细"
    return {
        "type": "button",
        "label": "审核" if document else "详细",
        "level": "link",
        "actionType": "dialog",
        "dialog": {
            "title": title,
            "size": "lg",
            "actions": [{"type": "button", "actionType": "close", "label": "关闭"}],
            "body": {
                "type": "service",
                "api": {
                    "method": "post",
                    "url": "/graphql",
                    "graphql": STEP_QUERY,
                    "data": {"id": "${id}"},
                },
                "body": body,
            },
        },
    }


# the queue's filters, passed on by 全部通过 so that it decides what the list shows
QUEUE_FILTERS = ("applicantContains", *CLAIM_FILTERS)


def _approve_all(document: str, kind: str, target: str) -> dict[str, Any]:
    filters = QUEUE_FILTERS if kind in CLAIM_KINDS else ("applicantContains",)
    return {
        "type": "button",
        "label": "全部通过",
        "actionType": "ajax",
        "confirmText": "确定审核通过符合当前筛选条件的全部待审核事项？",
        "api": _decide_api(
            document,
            kind,
            allMatching=True,
            approve=True,
            **{name: f"${{{name}}}" for name in filters},
        ),
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
        pending_name, decided_name = f"reviews-{kind}-pending", f"reviews-{kind}-decided"
        of_claims = kind in CLAIM_KINDS
        omitted = () if of_claims else CLAIM_FILTERS
        pending = crud(
            plan,
            name=pending_name,
            fixed={"kind": kind, "decided": "false"},
            columns=_columns(plan, kind, PENDING_HIDDEN),
            bulk_actions=_decisions(schema, decide_document, kind) if decide_document else None,
            toolbar=[_approve_all(decide_document, kind, pending_name)]
            if decide_document
            else None,
            row_actions=[_claim_button(schema, kind, pending_name, decide_document)]
            if of_claims
            else None,
            omit_filters=(*omitted, *DECIDED_ONLY_FILTERS),
        )
        decided = crud(
            plan,
            name=decided_name,
            fixed={"kind": kind, "decided": "true"},
            columns=_columns(plan, kind, {"kind"}),
            row_actions=[_claim_button(schema, kind, decided_name, None)] if of_claims else None,
            omit_filters=omitted,
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
