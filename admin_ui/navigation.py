"""The console for one principal: an amis `app` whose navigation lists only the root fields
the principal may use — decided by `may_use_field`, the very rule the API enforces."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, Undefined

from admin_ui import metadata
from admin_ui.bound import as_label, in_template
from admin_ui.fitted import fitted
from admin_ui.forms import mutation_page
from admin_ui.graph import (
    enum_labels,
    filter_arguments,
    operation,
    row_type,
    strawberry_field,
    unwrap,
)
from admin_ui.home import home_page
from admin_ui.imports import GROUP as IMPORT_GROUP
from admin_ui.imports import import_entries
from admin_ui.lists import ListPlan, plan_list
from admin_ui.overrides import OVERRIDES
from admin_ui.pages import list_page
from admin_ui.records import record_page
from admin_ui.row_actions import bulk_actions, offered_on_rows, row_actions
from admin_ui.widgets import control
from domain import rules
from domain.principal import Principal
from models.enums import Module
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


# where a page sits: its section's label and its rank in the section (entries keep the order
# they are made in within one rank)
Place = tuple[str, int]
OTHER_SECTIONS = (PUBLIC_GROUP, ACCOUNT_GROUP)


def section_of(modules: list[Module] | tuple[Module, ...]) -> Place | None:
    """The menu section of the first module listed in metadata.MENU_SECTIONS."""
    for module in modules:
        for section, held in metadata.MENU_SECTIONS.items():
            if module in held:
                return section, held.index(module)
    return None


def _record_type(schema: GraphQLSchema, name: str, root: str) -> str | None:
    """The record type a page lists, shows or changes: a list's rows, a query's answer, a
    mutation payload's record (its first object field other than `errors`)."""
    fields = (schema.query_type if root == "query" else schema.mutation_type).fields  # type: ignore[union-attr]
    found = fields[name]
    answer = row_type(found) or unwrap(found.type)
    if root == "mutation" and isinstance(answer, GraphQLObjectType):
        inner = (unwrap(f.type) for n, f in answer.fields.items() if n != "errors")
        answer = next((t for t in inner if isinstance(t, GraphQLObjectType)), None)
    return getattr(answer, "name", None)


def place_of(schema: GraphQLSchema, audience: Audience, name: str, root: str = "query") -> Place:
    """A page sits under the section of the first module that opens it to this admin (a
    module metadata does not place is a section of its own, by its label); a professional's
    page under the section of its record type (metadata.OWN_SECTIONS); the rest in the public
    directory (a list) or the account settings (an operation)."""
    fields = (schema.query_type if root == "query" else schema.mutation_type).fields  # type: ignore[union-attr]
    definition = strawberry_field(fields[name])
    rule = rule_of(definition) if definition else None
    held = rule.held_modules(audience.principal) if rule else []
    if held:
        labels = Audience.enum_labels(schema, "Module")
        return section_of(held) or (labels.get(held[0].name, held[0].name), 0)
    if rules.OWN_RECORDS.permits(audience.principal):  # one who has records of one's own
        kind = _record_type(schema, name, root)
        for section, kinds in metadata.OWN_SECTIONS.items():
            if kind in kinds:
                return section, kinds.index(kind)
    return (PUBLIC_GROUP if root == "query" else ACCOUNT_GROUP), 0


def group_of(schema: GraphQLSchema, audience: Audience, name: str, root: str = "query") -> str:
    return place_of(schema, audience, name, root)[0]


# the owner a page's title names, which the console already says (本人的学时申报 → 学时申报,
# 本单位及下级单位管理员的操作日志 → 操作日志, 本人各年度完成情况 → 年度完成情况)
OWNER = re.compile(r"^为?(本人|本单位|本机构)([^的，、：]*的|各)")


def menu_label(name: str, title: str) -> str:
    """A menu entry's short label: declared (metadata.MENU_LABELS) or the page's title
    without its owner."""
    return metadata.MENU_LABELS.get(name) or OWNER.sub("", title) or title


def sections(entries: list[tuple[Place, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The menu: a heading per section in metadata's order (the professional's own sections,
    then anything else, the public directory and account settings last), its entries by
    rank."""
    order = list(dict.fromkeys([*metadata.MENU_SECTIONS, *metadata.OWN_SECTIONS]))
    found: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}
    for index, ((section, rank), entry) in enumerate(entries):
        found.setdefault(section, []).append((rank, index, entry))
    known = [s for s in order if s in found]
    others = [s for s in found if s not in order and s not in OTHER_SECTIONS]
    last = [s for s in OTHER_SECTIONS if s in found]
    return [
        {
            "label": section,
            "children": [entry for *_, entry in sorted(found[section], key=lambda e: e[:2])],
        }
        for section in (*known, *others, *last)
    ]


def navigation(schema: GraphQLSchema, audience: Audience) -> list[dict[str, Any]]:
    entries: list[tuple[Place, dict[str, Any]]] = []

    def add(place: Place, name: str, entry: dict[str, Any]) -> None:
        entries.append((place, {**entry, "label": menu_label(name, entry["label"])}))

    for name in schema.query_type.fields if schema.query_type else ():
        if not audience.may_use(schema, "query", name):
            continue
        plan = plan_list(schema, name)
        if plan is None:
            record = record_page(schema, name, partial(audience.may_use, schema, "mutation"))
            if record is not None:
                entry = {"label": record["title"], "url": f"/{name}", "schema": record}
                add(place_of(schema, audience, name), name, entry)
            continue
        if name in OVERRIDES:
            # an override's entries sit where its field does, unless one says (`place`)
            _, made = OVERRIDES[name](schema, plan, audience)
            for entry in made:
                placed = entry.pop("place", None) or place_of(schema, audience, name)
                add(placed, name, entry)
        elif _fillable(plan):
            page = list_page(
                plan, row_actions(schema, plan, audience), bulk_actions(schema, plan, audience)
            )
            entry = {"label": plan.title, "url": f"/{name}", "schema": page}
            add(place_of(schema, audience, name), name, entry)
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
        entry = {"label": page["title"], "url": f"/do/{name}", "schema": page}
        add(place_of(schema, audience, name, "mutation"), name, entry)
    for entry in import_entries(audience.principal):
        entries.append((section_of((Module.IMPORT_EXPORT,)) or (IMPORT_GROUP, 0), entry))
    return sections(entries)


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
    menu = fitted(navigation(schema, audience), partial(audience.may_use, schema))
    home = home_page(audience.document(schema, "subscription", "todoCounts"), menu)
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
            *menu,
        ],
    }
