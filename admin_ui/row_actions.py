"""What a list row offers: 查看 (every column of the row, the hidden ones too) and each
operation the principal may call on it — a mutation whose input needs exactly one reference,
and that reference names the row: `adminId` on an Admin row (from its `id`), one of the
other names the row goes by (metadata.ROW_ALIASES: a person is also an account), or a plain
`id` when the mutation is named after the row's type (`departmentUpdate` on a department,
`transferWithdraw` on a transfer). A mutation saving a new record or an existing one (an
optional `id`: 新增或修改) edits the row it is offered on. The operation's generated form
opens in a dialog with the reference filled in and hidden; the same @allow rule decides.
An operation taking a list of such references (`professionalIds`) is a batch action on the
selected rows instead.

An operation offered on the rows of a list the principal reads is not a menu page as well
(`offered_on_rows`): nobody types the number of a record they can pick from its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from graphql import (
    GraphQLInputObjectType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    Undefined,
)

from admin_ui import metadata
from admin_ui.forms import ELSEWHERE, mutation_form
from admin_ui.graph import is_list, item_type, label, row_type, strawberry_field, unwrap
from admin_ui.lists import ListPlan, plan_list
from admin_ui.pages import _code_beside_its_name as code_beside_its_name
from admin_ui.widgets import read_only_form, shown_value
from schema.permissions import rule_of

if TYPE_CHECKING:
    from admin_ui.navigation import Audience


def _the_reference(input_type: GraphQLInputObjectType) -> tuple[str, bool] | None:
    """The one required ID (or list of IDs) the input needs, if it needs exactly one, and
    whether it is a list."""
    required = [
        (name, is_list(field.type))
        for name, field in input_type.fields.items()
        if isinstance(field.type, GraphQLNonNull)
        and getattr(unwrap(field.type), "name", None) == "ID"
        and field.default_value is Undefined
    ]
    return required[0] if len(required) == 1 else None


def operated_as(type_name: str) -> str:
    """The name operations call a row type's records by: the type's own, less a trailing
    "Type" (AcademicHonourType → academicHonour), unless metadata.OPERATED_AS says."""
    named = metadata.OPERATED_AS.get(type_name)
    if named:
        return named
    base = type_name.removesuffix("Type") or type_name
    return base[0].lower() + base[1:]


@cache
def _subjects(schema: GraphQLSchema) -> frozenset[str]:
    return frozenset(
        operated_as(name)
        for name, kind in schema.type_map.items()
        if isinstance(kind, GraphQLObjectType) and not name.startswith("__")
    )


def subject_of(schema: GraphQLSchema, mutation: str) -> str | None:
    """The record type a mutation is named after: the longest type name it starts with, a
    verb following (organisationChangeWithdraw → organisationChange, not organisation)."""
    found = [
        name
        for name in _subjects(schema)
        if mutation.startswith(name) and mutation[len(name) : len(name) + 1].isupper()
    ]
    return max(found, key=len) if found else None


@dataclass(frozen=True)
class Target:
    field: str  # the input field naming the record
    column: str  # the row's value it takes
    many: bool  # a list of references: the selected rows
    edits: bool  # 新增或修改: on a row it edits that row


@cache
def target(schema: GraphQLSchema, mutation: str, node: GraphQLObjectType) -> Target | None:
    """How `mutation` works on a row of type `node`, or None when it does not."""
    root = schema.mutation_type
    field = root.fields.get(mutation) if root else None
    if field is None or mutation in ELSEWHERE or "input" not in field.args:
        return None
    definition = strawberry_field(field)
    rule = rule_of(definition) if definition else None
    if rule is None or rule.anonymous:
        return None  # public operations (a registration naming its unit) sit elsewhere
    input_type = unwrap(field.args["input"].type)
    if not isinstance(input_type, GraphQLInputObjectType):
        return None
    own = operated_as(node.name)
    names = {f"{own}Id": "id", f"{own}Ids": "id", **metadata.ROW_ALIASES.get(node.name, {})}
    named_after_row = subject_of(schema, mutation) == own
    found = _the_reference(input_type)
    if found is not None:
        reference, many = found
        if reference in names:
            return Target(reference, names[reference], many, False)
        if reference in ("id", "ids") and named_after_row:
            return Target(reference, "id", many, False)
        return None
    saved = input_type.fields.get("id")
    if (
        saved is not None
        and named_after_row
        and not isinstance(saved.type, GraphQLNonNull)
        and getattr(unwrap(saved.type), "name", None) == "ID"
    ):
        return Target("id", "id", False, True)
    return None


def detail_button(plan: ListPlan) -> dict[str, Any]:
    """Every value of the row by its name: numbers pointing at records (`…Id`) and codes
    beside their names (the list's own rule) are left out."""
    keys = {c.key for c in plan.columns}
    shown = [
        c
        for c in plan.columns
        if (c.key == "id" or not c.key.endswith("Id")) and not code_beside_its_name(c.key, keys)
    ]
    return {
        "type": "button",
        "label": "查看",
        "level": "link",
        "actionType": "dialog",
        "dialog": {
            "title": plan.title,
            "size": "lg",
            "actions": [{"type": "button", "actionType": "close", "label": "关闭"}],
            "body": read_only_form([shown_value(c.key, c.label, c.enum) for c in shown]),
        },
    }


def operations(
    schema: GraphQLSchema,
    node: GraphQLObjectType,
    may_use: Any,
    *,
    many: bool,
    reload: str | None = None,
) -> list[dict[str, Any]]:
    """Buttons for the operations that take one row of type `node` (`many=False`) or the
    selected rows; `may_use(name)` is the API's rule for the mutation. `reload` names what
    to read again after one succeeds (a record page's service)."""
    mutations = schema.mutation_type.fields if schema.mutation_type else {}
    buttons = []
    for name, mutation in mutations.items():
        found = target(schema, name, node)
        if found is None or found.many is not many or not may_use(name):
            continue
        form = mutation_form(schema, name)
        if form is None:
            continue
        value = f"${{selectedItems | pick:{found.column}}}" if many else f"${{{found.column}}}"
        current = {} if many else metadata.ROW_VALUES.get(name, {})
        bound = {"type": "hidden", "name": found.field, "value": value}
        body = [c for c in form["body"] if c.get("name") != found.field]
        for control in body:
            if control.get("name") in current:
                control.pop("value", None)  # not the control's preset
        if current:
            # the row's value (data, not text in the page), read as the form's own: a row's
            # cell of the same name (是/否) would otherwise be taken as it is
            form["data"] = {key: f"${{{expression}}}" for key, expression in current.items()}
        form["body"] = [bound, *body]
        form["api"]["data"]["input"][found.field] = f"${{{found.field}}}"
        if reload:
            form["reload"] = reload
        title = label(mutation.description, name)
        button = title
        if found.edits:
            button, title = "修改", f"修改{label(node.description, '')}"
        buttons.append(
            {
                "type": "button",
                "label": button,
                "level": "link" if not many else "default",
                "actionType": "dialog",
                "dialog": {"title": title, "body": form, "size": "md"},
            }
        )
    return buttons


def _node(plan: ListPlan) -> GraphQLObjectType | None:
    return row_type(plan.definition) or item_type(plan.definition)


def bulk_actions(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> list[dict[str, Any]]:
    """Operations on the selected rows (a list of references naming the row type)."""
    node = _node(plan)
    if plan.rows_field is not None or node is None:
        return []
    return operations(schema, node, _mutation_rule(schema, audience), many=True)


# more operations than this on a row fold under 更多 (a phone has room for few links)
SHOWN_OPERATIONS = 2


def folded(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's operations, a long list of them folded into a 更多 menu."""
    if len(buttons) <= SHOWN_OPERATIONS:
        return buttons
    return [{"type": "dropdown-button", "label": "更多", "level": "link", "buttons": buttons}]


def row_actions(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> list[dict[str, Any]]:
    node = _node(plan)
    if plan.rows_field is not None or node is None:
        return []  # a statistic's rows are figures, not records
    found = operations(schema, node, _mutation_rule(schema, audience), many=False)
    return [detail_button(plan), *folded(found)]


def _mutation_rule(schema: GraphQLSchema, audience: Audience) -> Any:
    return lambda name: audience.may_use(schema, "mutation", name)


def row_types(schema: GraphQLSchema, query: str) -> list[GraphQLObjectType]:
    """The record types whose rows the page of root field `query` shows: a list's rows, or
    the tables of a record page (admin_ui/records.py)."""
    from admin_ui.overrides import OVERRIDES  # hand-shaped pages offer what they offer
    from admin_ui.records import record_tables

    if query in OVERRIDES:
        return []
    plan = plan_list(schema, query)
    if plan is not None:
        node = _node(plan)
        return [node] if node is not None and plan.rows_field is None else []
    return [kind for _, _, kind in record_tables(schema, query)]


@cache
def _homes(schema: GraphQLSchema) -> dict[str, frozenset[str]]:
    """mutation → the root fields whose pages offer it on their rows (the same for everyone;
    who may read those pages is decided per principal)."""
    found: dict[str, set[str]] = {}
    mutations = schema.mutation_type.fields if schema.mutation_type else {}
    for query in schema.query_type.fields if schema.query_type else ():
        for node in row_types(schema, query):
            for mutation in mutations:
                offered = target(schema, mutation, node)
                if offered is not None and not offered.edits:
                    found.setdefault(mutation, set()).add(query)
    return {mutation: frozenset(queries) for mutation, queries in found.items()}


def offered_on_rows(schema: GraphQLSchema, audience: Audience, mutation: str) -> bool:
    """Whether the principal finds `mutation` on the rows of a page it reads (then it is not
    a menu page too). Saving a new record stays in the menu: only its 修改 is on the row."""
    return any(
        audience.may_use(schema, "query", query) for query in _homes(schema).get(mutation, ())
    )
