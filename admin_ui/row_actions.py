"""What a list row offers: 查看 (every column of the row, the hidden ones too) and each
operation the principal may call on it — a mutation whose input needs exactly one reference,
and that reference names the row: `adminId` on an Admin row (from its `id`), or one of the
other names the row goes by (metadata.ROW_ALIASES: a person is also an account). The
operation's generated form opens in a dialog with the reference filled in and hidden; the
same @allow rule decides. An operation taking a list of such references (`professionalIds`)
is a batch action on the selected rows instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphql import GraphQLInputObjectType, GraphQLNonNull, GraphQLSchema, Undefined

from admin_ui import metadata
from admin_ui.forms import ELSEWHERE, mutation_form
from admin_ui.graph import is_list, item_type, label, row_type, unwrap
from admin_ui.lists import ListPlan
from admin_ui.widgets import read_only_form, shown_value

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


def detail_button(plan: ListPlan) -> dict[str, Any]:
    return {
        "type": "button",
        "label": "查看",
        "level": "link",
        "actionType": "dialog",
        "dialog": {
            "title": plan.title,
            "size": "lg",
            "actions": [{"type": "button", "actionType": "close", "label": "关闭"}],
            "body": read_only_form([shown_value(c.key, c.label, c.enum) for c in plan.columns]),
        },
    }


def _operations(
    schema: GraphQLSchema, plan: ListPlan, audience: Audience, *, many: bool
) -> list[dict[str, Any]]:
    """Buttons for the operations that take one row (`many=False`) or the selected rows."""
    node = row_type(plan.definition) or item_type(plan.definition)
    mutations = schema.mutation_type.fields if schema.mutation_type else {}
    if node is None:
        return []
    own = node.name[0].lower() + node.name[1:]
    names = {f"{own}Id": "id", f"{own}Ids": "id"}
    names.update(metadata.ROW_ALIASES.get(node.name, {}))
    buttons = []
    for name, mutation in mutations.items():
        if name in ELSEWHERE or "input" not in mutation.args:
            continue
        input_type = unwrap(mutation.args["input"].type)
        if not isinstance(input_type, GraphQLInputObjectType):
            continue
        found = _the_reference(input_type)
        if found is None or found[1] is not many or found[0] not in names:
            continue
        reference, source = found[0], names[found[0]]
        if not audience.may_use(schema, "mutation", name):
            continue
        form = mutation_form(schema, name)
        if form is None:
            continue
        value = f"${{selectedItems | pick:{source}}}" if many else f"${{{source}}}"
        current = {} if many else metadata.ROW_VALUES.get(name, {})
        for control in form["body"]:
            if control.get("name") == reference:
                control.clear()
                control.update(type="hidden", name=reference, value=value)
            elif control.get("name") in current:
                # the row's value (data, not text in the page), not the control's preset
                control["value"] = f"${{{current[control['name']]}}}"
        title = label(mutation.description, name)
        buttons.append(
            {
                "type": "button",
                "label": title,
                "level": "link" if not many else "default",
                "actionType": "dialog",
                "dialog": {"title": title, "body": form, "size": "md"},
            }
        )
    return buttons


def bulk_actions(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> list[dict[str, Any]]:
    """Operations on the selected rows (a list of references naming the row type)."""
    return [] if plan.rows_field is not None else _operations(schema, plan, audience, many=True)


def row_actions(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> list[dict[str, Any]]:
    if plan.rows_field is not None:
        return []  # a statistic's rows are figures, not records
    return [detail_button(plan), *_operations(schema, plan, audience, many=False)]
