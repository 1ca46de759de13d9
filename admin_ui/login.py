"""The sign-in page, generated from the schema: the `login` form (its fields, labels and the
portal choice from its input; the server's Chinese message for each outcome), then one tab per
operation open to anonymous callers — registration of units and of professionals, the
forgotten-password steps, withdrawing a registration — and per anonymous look-up list
(registration progress), so a public capability added to the API appears here by itself."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLNonNull, GraphQLSchema

from admin_ui.bound import in_template
from admin_ui.fitted import fitted
from admin_ui.forms import mutation_form
from admin_ui.graph import label, strawberry_field, unwrap
from admin_ui.lists import plan_list
from admin_ui.pages import crud
from schema.permissions import rule_of

BRAND = "继续教育管理平台"
NOT_PUBLIC_PAGES = frozenset({"login", "logout"})


def _anonymous(field: Any) -> bool:
    definition = strawberry_field(field)
    rule = rule_of(definition) if definition else None
    return rule is not None and rule.anonymous


def _root(schema: GraphQLSchema, kind: str) -> Any:
    return {
        "query": schema.query_type,
        "mutation": schema.mutation_type,
        "subscription": schema.subscription_type,
    }[kind]


def _login_form(schema: GraphQLSchema) -> dict[str, Any]:
    form = mutation_form(schema, "login", submit="登录", success="登录成功")
    if form is None:
        raise LookupError("the schema has no login(input: …) mutation a form can fill")
    form.update(
        name="login",
        onEvent={
            "submitSucc": {
                "actions": [
                    {"actionType": "custom", "script": "jijiao.signIn(event.data.result.data)"}
                ]
            }
        },
    )
    return form


# the field of an answer naming who reviews what was just submitted (RegisterPayload.reviewer)
REVIEWER = "reviewer"


def says_who_reviews(field: Any, form: dict[str, Any]) -> None:
    """A submission someone reviews (a registration) ends in a dialog saying who will review
    it, as the seed manuals do (000 §2: 待所在单位审核通过后即注册成功), and the form is
    emptied for the next one. The reviewer's name is data from the answer, shown by path
    (admin_ui/bound.py), never written into the description."""
    answer = unwrap(field.type)
    if REVIEWER not in getattr(answer, "fields", {}):
        return
    form["messages"] = {"saveSuccess": ""}  # the dialog says it
    form["onEvent"] = {
        "submitSucc": {
            "actions": [
                {"actionType": "reset", "componentName": form["name"]},
                {
                    "actionType": "dialog",
                    "data": {REVIEWER: f"${{event.data.result.data.{REVIEWER}}}"},
                    "dialog": {
                        "title": "注册申请已提交",
                        "actions": [
                            {
                                "type": "button",
                                "actionType": "close",
                                "label": "知道了",
                                "level": "primary",
                            }
                        ],
                        "body": [
                            {
                                "type": "tpl",
                                "className": "submitted-reviewer",
                                "tpl": f"请等待 <b>{in_template(REVIEWER)}</b> 审核，"
                                "审核通过后即可用证件号码和密码登录。",
                                "visibleOn": f"${{{REVIEWER}}}",
                            },
                            {
                                "type": "tpl",
                                "tpl": "请等待审核，审核通过后即可用证件号码和密码登录。",
                                "visibleOn": f"${{!{REVIEWER}}}",
                            },
                        ],
                    },
                },
            ]
        }
    }


def public_tabs(schema: GraphQLSchema) -> list[dict[str, Any]]:
    """A tab per anonymous mutation with a form, then per anonymous list with a required
    argument (a look-up: nothing to show until it is given)."""
    tabs = []
    mutations = schema.mutation_type.fields if schema.mutation_type else {}
    for name, field in mutations.items():
        if name in NOT_PUBLIC_PAGES or not _anonymous(field):
            continue
        form = mutation_form(schema, name)
        if form is not None:
            says_who_reviews(field, form)
            tabs.append({"title": label(field.description, name), "tab": form})
    queries = schema.query_type.fields if schema.query_type else {}
    for name, field in queries.items():
        looked_up = any(isinstance(a.type, GraphQLNonNull) for a in field.args.values())
        plan = plan_list(schema, name) if _anonymous(field) and looked_up else None
        if plan is not None:
            table = crud(plan)
            table.update(initFetch=False, headerToolbar=[])
            tabs.append({"title": plan.title, "tab": table})
    return tabs


def login_page(schema: GraphQLSchema) -> dict[str, Any]:
    tabs = [{"title": "登录", "tab": _login_form(schema)}, *public_tabs(schema)]
    # nobody is signed in: a choice read from a list only a signed-in caller may read (the
    # departments of a unit) is left to the unit after registration
    tabs = fitted(tabs, lambda kind, name: _anonymous(_root(schema, kind).fields[name]))
    return {
        "type": "page",
        "className": "login-page",
        "body": {
            "type": "container",
            "className": "login-box",
            "body": [
                {"type": "tpl", "tpl": BRAND, "className": "login-brand"},
                {"type": "tabs", "tabsMode": "line", "mountOnEnter": True, "tabs": tabs},
            ],
        },
    }
