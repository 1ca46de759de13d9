"""Form controls chosen from a GraphQL input's type, labelled by its description."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLScalarType, Undefined

from admin_ui import metadata
from admin_ui.graph import enum_options, is_list, label, unwrap

YES_NO = [{"label": "是", "value": "true"}, {"label": "否", "value": "false"}]


def control(name: str, definition: Any) -> dict[str, Any] | None:
    """An amis control for an argument or input field; None when it has no plain widget."""
    kind = unwrap(definition.type)
    required = isinstance(definition.type, GraphQLNonNull)
    description = definition.description or metadata.UNDESCRIBED_ARGUMENTS.get(name)
    item: dict[str, Any] = {
        "name": name,
        "label": label(description, name),
        "labelRemark": description,
    }
    if isinstance(kind, GraphQLEnumType):
        item.update(type="select", options=enum_options(kind), clearable=not required)
        if is_list(definition.type):
            item.update(multiple=True, joinValues=True, delimiter=",")
    elif not isinstance(kind, GraphQLScalarType):
        return None
    elif kind.name == "Boolean":
        item.update(type="select", options=YES_NO, clearable=not required)
    elif kind.name == "Int":
        item["type"] = "input-number"
    elif kind.name == "Date":
        item.update(type="input-date", format="YYYY-MM-DD", valueFormat="YYYY-MM-DD")
    elif kind.name in ("String", "ID"):
        item.update(type="input-text", clearable=True)
    else:
        return None
    item["type"] = metadata.WIDGETS.get(name, item["type"])
    default = _default(name, definition)
    if default is not None:
        item["value"] = default
    if required:
        item["required"] = True
    if item["labelRemark"] is None or item["labelRemark"] == item["label"]:
        del item["labelRemark"]
    return item


def _default(name: str, definition: Any) -> Any:
    given = getattr(definition, "default_value", Undefined)
    if given is not Undefined and given is not None:
        return ("true" if given else "false") if isinstance(given, bool) else given
    if isinstance(definition.type, GraphQLNonNull):
        return metadata.default_for(name)
    return None
