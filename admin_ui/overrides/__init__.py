"""Pages shaped by hand: the exceptions to the generated console, each named here by the root
field it replaces. Each gets the schema, the field's list plan and the audience, and
returns its navigation group and entries ({label, url, schema})."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graphql import GraphQLSchema

from admin_ui.lists import ListPlan
from admin_ui.overrides.claims import claims_page
from admin_ui.overrides.filing import filing_page
from admin_ui.overrides.reviews import review_pages
from admin_ui.pages import crud
from domain import reviews
from models.enums import ReviewKind

if TYPE_CHECKING:
    from admin_ui.navigation import Audience

Entries = list[dict[str, Any]]
Override = Callable[[GraphQLSchema, ListPlan, "Audience"], tuple[str, Entries]]


def _reviews(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> tuple[str, Entries]:
    labels = audience.enum_labels(schema, "ReviewKind")
    kinds = [(kind, labels.get(kind, kind)) for kind in audience.review_kinds]
    decide = audience.document(schema, "mutation", "reviewDecide")
    entries = review_pages(schema, plan, kinds, decide)
    from admin_ui.navigation import section_of  # navigation imports us

    for (kind, _), entry in zip(kinds, entries, strict=True):
        # each queue sits with the pages of the module deciding it, as the seed manuals'
        # menu has it (专技人员注册审核 under 注册审核管理, 学时审核 a section of its own)
        held = reviews.HANDLERS[ReviewKind(kind)].rule.held_modules(audience.principal)
        placed = section_of(held)
        if placed is not None:
            entry["place"] = placed
    return "审核管理", entries


# a year's certificate is printed from its completion row once the year has passed (seed 000:
# "年度认定结果不合格时，该年度学时证明无法打印")
CERTIFICATE_BUTTON = {
    "type": "button",
    "label": "证书打印",
    "level": "link",
    "visibleOn": "${passed === '是'}",
    "onEvent": {
        "click": {
            "actions": [
                {
                    "actionType": "custom",
                    "script": "jijiao.download('/certificates/' + event.data.year + '.pdf')",
                }
            ]
        }
    },
}


def _my_completion(
    schema: GraphQLSchema, plan: ListPlan, audience: Audience
) -> tuple[str, Entries]:
    page = {
        "type": "page",
        "title": plan.title,
        "remark": "年度认定结果不合格时，该年度学时证明无法打印",
        "body": crud(plan, row_actions=[CERTIFICATE_BUTTON]),
    }
    return MY_GROUP, [{"label": plan.title, "url": f"/{plan.field}", "schema": page}]


def _my_claims(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> tuple[str, Entries]:
    documents = {
        name: audience.document(schema, "mutation", name)
        for name in ("claimCreate", "claimUpdate", "claimSubmit", "claimWithdraw", "claimDelete")
    }
    page = claims_page(schema, plan, documents)
    return MY_GROUP, [{"label": plan.title, "url": f"/{plan.field}", "schema": page}]


# an admin prints the certificates of the members it selects, one page each (passed years only,
# as the route checks and names who has not passed)
PRINT_SELECTED = {
    "type": "button",
    "label": "打印所选人员的学时证明",
    "onEvent": {
        "click": {
            "actions": [
                {
                    "actionType": "custom",
                    "script": "jijiao.printCertificates(event.data.selectedItems)",
                }
            ]
        }
    },
}


def _member_completions(
    schema: GraphQLSchema, plan: ListPlan, audience: Audience
) -> tuple[str, Entries]:
    from admin_ui.navigation import group_of  # the generic page's group; navigation imports us

    page = {
        "type": "page",
        "title": plan.title,
        "remark": "勾选已合格的人员后打印，每人一页，合成一个 PDF",
        "body": crud(plan, bulk_actions=[PRINT_SELECTED]),
    }
    group = group_of(schema, audience, plan.field)
    return group, [{"label": plan.title, "url": f"/{plan.field}", "schema": page}]


def _filed_claims(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> tuple[str, Entries]:
    from admin_ui.navigation import group_of  # the generic page's group; navigation imports us

    documents = {
        name: audience.document(schema, "mutation", name)
        for name in ("claimsFileForMembers", "claimsIngest")
    }
    page = filing_page(schema, plan, documents)
    return group_of(schema, audience, plan.field), [
        {"label": plan.title, "url": f"/{plan.field}", "schema": page}
    ]


MY_GROUP = "我的继续教育"
OVERRIDES: dict[str, Override] = {
    "reviewSteps": _reviews,
    "myCompletion": _my_completion,
    "myClaims": _my_claims,
    "memberCompletions": _member_completions,
    "filedClaims": _filed_claims,
}
