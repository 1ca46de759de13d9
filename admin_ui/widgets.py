"""Form controls chosen from a GraphQL input's type, labelled by its description."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLScalarType, Undefined

from admin_ui import metadata
from admin_ui.graph import enum_labels, enum_options, is_list, label, remark, unwrap
from admin_ui.pickers import UPLOADS, picker_for, upload

YES_NO = [{"label": "是", "value": "true"}, {"label": "否", "value": "false"}]


def control(
    name: str, definition: Any, owner: str | None = None, *, in_form: bool = False
) -> dict[str, Any] | None:
    """An amis control for an argument or input field; None when it has no plain widget.

    `owner` names the input type holding the field (pickers may be chosen per type); in a
    form (`in_form`) a Boolean is a checkbox sending true/false, in a filter a 是/否 choice
    the list adaptor reads from the query string."""
    kind = unwrap(definition.type)
    required = isinstance(definition.type, GraphQLNonNull)
    description = definition.description
    if in_form and name in UPLOADS and getattr(kind, "name", None) == "ID":
        default = getattr(definition, "default_value", Undefined)
        must = required and (default is Undefined or default is None)
        files = upload(
            name, label(description, name), required=must, multiple=is_list(definition.type)
        )
        if not must and is_list(definition.type):
            files["value"] = []  # none attached is an answer, not a missing one
        return files
    item: dict[str, Any] = {
        "name": name,
        "label": label(description, name),
        "labelRemark": remark(description),
    }
    if isinstance(kind, GraphQLEnumType):
        item.update(type="select", options=enum_options(kind), clearable=not required)
        if is_list(definition.type):
            item.update(multiple=True, joinValues=True, delimiter=",")
    elif not isinstance(kind, GraphQLScalarType):
        return None
    elif kind.name == "Boolean" and in_form:
        item.update(type="checkbox", trueValue=True, falseValue=False, option=item["label"])
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
    picker = picker_for(owner, name)
    if picker is not None and kind.name in ("ID", "String"):
        item.update(picker.widget())
        # chosen by name: "上级单位编号" and "地区代码" read as 上级单位 and 地区
        item["label"] = _by_name(item["label"])
        if is_list(definition.type):
            item.update(multiple=True, joinValues=False, extractValue=True)
    default = _default(name, definition, in_form)
    if default is not None:
        item["value"] = default
    if item["type"] == "checkbox":
        # unticked is an answer (false), not a missing value — except in an update, where a
        # field left out stays as stored and the form starts on the record's value
        if required or getattr(definition, "default_value", Undefined) is not Undefined:
            item.setdefault("value", False)
    elif required:
        item["required"] = True
    if item["labelRemark"] is None or item["labelRemark"] == item["label"]:
        del item["labelRemark"]
    return item


def _by_name(text: str) -> str:
    """A reference's label once it is chosen by name: 上级单位编号 → 上级单位, 地区代码 →
    地区, 注册所在地区划代码 → 注册所在地, 上级区划代码 → 上级区划."""
    for suffix in ("编号", "代码"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text.removesuffix(suffix)
            return text.removesuffix("区划") if text.endswith("地区划") else text
    return text


def _default(name: str, definition: Any, in_form: bool) -> Any:
    given = getattr(definition, "default_value", Undefined)
    if given is not Undefined and given is not None:
        if isinstance(given, bool) and not in_form:
            return "true" if given else "false"
        return given
    if isinstance(definition.type, GraphQLNonNull):
        return metadata.default_for(name, unwrap(definition.type))
    return None


def shown_value(name: str, text: str, enum: GraphQLEnumType | None = None) -> dict[str, Any]:
    """A read-only value in a record or a row's details: an enum by its members' labels."""
    if enum is not None:
        return {"name": name, "label": text, "type": "static-mapping",
                "map": {**enum_labels(enum), "*": "-"}}  # fmt: skip
    return {"name": name, "label": text, "type": "static", "placeholder": "-"}


def read_only_form(fields: list[dict[str, Any]]) -> dict[str, Any]:
    """Values side by side in two columns, nothing to submit."""
    return {
        "type": "form",
        "static": True,
        "title": "",
        "mode": "horizontal",
        "columnCount": 2,
        "actions": [],
        "body": fields,
    }
