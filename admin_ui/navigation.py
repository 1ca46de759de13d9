"""The console for one principal: an amis `app` whose navigation lists only the root fields
the principal may use — decided by `may_use_field`, the very rule the API enforces."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLSchema, Undefined

from admin_ui import metadata
from admin_ui.bound import as_label, in_template
from admin_ui.fitted import fitted
from admin_ui.forms import mutation_page
from admin_ui.graph import enum_labels, filter_arguments, operation, strawberry_field
from admin_ui.home import home_page
from admin_ui.imports import GROUP as IMPORT_GROUP
from admin_ui.imports import import_entries
from admin_ui.lists import ListPlan, plan_list
from admin_ui.overrides import MY_GROUP, OVERRIDES
from admin_ui.pages import list_page
from admin_ui.records import record_page
from admin_ui.row_actions import bulk_actions, offered_on_rows, row_actions
from admin_ui.widgets import control
from domain.principal import Principal
from models.enums import RoleKind
from schema.permissions import may_use_field, rule_of

BRAND = "继续教育管理平台"
PUBLIC_GROUP = "公共查询"
ACCOUNT_GROUP = "账号设置"


@dataclass(frozen=True)
class Audience:
    """Who the console is generated for."""

    principal: Principal
    # name, roleLabel, organisationName: shown on the home page and in the header — as data
    # (app_data), never in the description
    viewer: dict[str, Any] = field(default_factory=dict)
    # the review kinds whose module the principal holds (values of ReviewKind)
    review_kinds: tuple[str, ...] = ()
    # the account's roles other than the acting one: {kind, organisationId, label}
    other_roles: tuple[dict[str, Any], ...] = ()

    def may_use(self, schema: GraphQLSchema, kind: str, name: str) -> bool:
        root = {
            "query": schema.query_type,
            "mutation": schema.mutation_type,
            "subscription": schema.subscription_type,
        }[kind]
        found = root.fields.get(name) if root else None
        definition = strawberry_field(found) if found else None
        return definition is not None and may_use_field(self.principal, definition)

    def document(self, schema: GraphQLSchema, kind: str, name: str) -> str | None:
        """The operation calling a root field, when the principal may use it."""
        return operation(schema, kind, name) if self.may_use(schema, kind, name) else None

    @staticmethod
    def enum_labels(schema: GraphQLSchema, name: str) -> dict[str, str]:
        kind = schema.get_type(name)
        return enum_labels(kind) if isinstance(kind, GraphQLEnumType) else {}


def _fillable(plan: ListPlan) -> bool:
    """Whether the console can call the list: every required argument has a widget or a
    default the console fills in."""
    for name, definition, _ in filter_arguments(plan.definition):
        has_default = definition.default_value not in (Undefined, None)
        required = isinstance(definition.type, GraphQLNonNull) and not has_default
        if required and metadata.default_for(name) is None and control(name, definition) is None:
            return False
    return True


def group_of(schema: GraphQLSchema, audience: Audience, name: str, root: str = "query") -> str:
    """A page sits under the first module that opens it to this principal."""
    fields = (schema.query_type if root == "query" else schema.mutation_type).fields  # type: ignore[union-attr]
    definition = strawberry_field(fields[name])
    rule = rule_of(definition) if definition else None
    held = rule.held_modules(audience.principal) if rule else []
    if not held:
        # a professional's own records (rules open to professionals only)
        own = rule is not None and tuple(rule.roles) == (RoleKind.PROFESSIONAL,)
        return MY_GROUP if own else PUBLIC_GROUP
    return Audience.enum_labels(schema, "Module").get(held[0].name, held[0].name)


def navigation(schema: GraphQLSchema, audience: Audience) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    hand_shaped: set[str] = set()
    for name in schema.query_type.fields if schema.query_type else ():
        if not audience.may_use(schema, "query", name):
            continue
        plan = plan_list(schema, name)
        if plan is None:
            record = record_page(schema, name, partial(audience.may_use, schema, "mutation"))
            if record is not None:
                groups.setdefault(group_of(schema, audience, name), []).append(
                    {"label": record["title"], "url": f"/{name}", "schema": record}
                )
            continue
        if name in OVERRIDES:
            group, entries = OVERRIDES[name](schema, plan, audience)
            hand_shaped.add(group)
        elif _fillable(plan):
            group = group_of(schema, audience, name)
            page = list_page(
                plan, row_actions(schema, plan, audience), bulk_actions(schema, plan, audience)
            )
            entries = [{"label": plan.title, "url": f"/{name}", "schema": page}]
        else:
            continue
        groups.setdefault(group, []).extend(entries)
    mutations = schema.mutation_type.fields if schema.mutation_type else {}
    for name, mutation in mutations.items():
        definition = strawberry_field(mutation)
        rule = rule_of(definition) if definition else None
        if rule is None or rule.anonymous or not audience.may_use(schema, "mutation", name):
            continue  # public operations (registration, forgotten password) sit elsewhere
        if offered_on_rows(schema, audience, name):
            continue  # on the rows it works on (admin_ui/row_actions.py)
        page = mutation_page(schema, name)
        if page is None:
            continue
        group = group_of(schema, audience, name, "mutation")
        group = ACCOUNT_GROUP if group == PUBLIC_GROUP else group
        groups.setdefault(group, []).append(
            {"label": page["title"], "url": f"/do/{name}", "schema": page}
        )
    imported = import_entries(audience.principal)
    if imported:
        groups.setdefault(IMPORT_GROUP, []).extend(imported)
    # hand-shaped work queues first, the public directory last
    order = sorted(groups, key=lambda g: (g not in hand_shaped, g == PUBLIC_GROUP))
    return [{"label": group, "children": groups[group]} for group in order if groups[group]]


def role_switcher(schema: GraphQLSchema, audience: Audience) -> list[dict[str, Any]]:
    """A menu of the account's other roles; choosing one swaps the session for one acting
    in that role (sessionSwitchRole) and the console is generated again for it."""
    document = audience.document(schema, "mutation", "sessionSwitchRole")
    if document is None or not audience.other_roles:
        return []
    return [
        {
            "type": "dropdown-button",
            "label": "切换身份",
            "level": "link",
            "align": "right",
            "className": "console-switch",
            "buttons": [
                {
                    "type": "button",
                    "label": as_label(f"otherRoles[{index}].label"),  # names a unit: data
                    "onEvent": {
                        "click": {
                            "actions": [
                                {
                                    "actionType": "custom",
                                    "script": "jijiao.switchRole("
                                    + json.dumps(document)
                                    + ", "
                                    + json.dumps(
                                        {
                                            "portal": role["kind"],
                                            "organisationId": role["organisationId"],
                                        }
                                    )
                                    + ")",
                                }
                            ]
                        }
                    },
                }
                for index, role in enumerate(audience.other_roles)
            ],
        }
    ]


def app_data(audience: Audience) -> dict[str, Any]:
    """What the app shows about the principal, bound as data (admin_ui/bound.py): the names
    in it are the user's and their units' own."""
    return {
        "viewer": audience.viewer,
        "otherRoles": [{"label": role["label"]} for role in audience.other_roles],
    }


def app_json(schema: GraphQLSchema, audience: Audience) -> dict[str, Any]:
    """The amis app for the principal: header, home page and one page per usable list. It
    holds no user-supplied text: that is `app_data`, which it refers to."""
    home = home_page(audience.document(schema, "subscription", "todoCounts"))
    return {
        "type": "app",
        "brandName": BRAND,
        "showBreadcrumb": False,
        "header": {
            "type": "flex",
            "className": "w-full console-header",
            "justify": "flex-end",
            "alignItems": "center",
            "items": [
                {
                    "type": "tpl",
                    "className": "console-user",
                    "tpl": f"{in_template('viewer.name')}（{in_template('viewer.roleLabel')}"
                    f" · {in_template('viewer.organisationName')}）",
                },
                *role_switcher(schema, audience),
                {
                    "type": "button",
                    "label": "退出登录",
                    "level": "link",
                    "className": "console-logout",
                    "onEvent": {
                        "click": {
                            "actions": [{"actionType": "custom", "script": "jijiao.logout()"}]
                        }
                    },
                },
            ],
        },
        "pages": [
            {"children": [{"label": "首页", "url": "/", "schema": home}]},
            # a picker of a form serving several kinds of caller may read a list this one
            # may not: fitted to the principal by the API's own rule
            *fitted(navigation(schema, audience), partial(audience.may_use, schema)),
        ],
    }
