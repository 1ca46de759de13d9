"""Update forms open on the record they edit and send only what the user changed.

An update input reads a field left out as "unchanged" (nullable, no default:
schema/partial.py), so its form must neither start blank nor start on presets: what it
sends is what is stored. The form reads the record through the query metadata.CURRENT_RECORD
names for the mutation (`initApi`), each input field from the record's field of the same
name (or metadata.RECORD_ALIASES), a region as the chain its picker shows; on submit it
leaves out every field still holding the value it opened with. A form of such an input with
no record to read (adding an item) sends only the fields the user filled.

The record's values reach the form as data, never inside the page description
(admin_ui/bound.py).
"""

from __future__ import annotations

import json
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    Undefined,
)

from admin_ui import metadata
from admin_ui.graph import is_list, unwrap
from admin_ui.pickers import RegionPicker, picker_for


def partial_fields(input_type: GraphQLInputObjectType) -> list[str]:
    """The fields an update leaves as stored when they are not sent."""
    return [
        name
        for name, field in input_type.fields.items()
        if not isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
    ]


def _record_type(schema: GraphQLSchema, path: list[str]) -> GraphQLObjectType | None:
    kind: Any = schema.query_type
    for name in path:
        field = kind.fields.get(name) if isinstance(kind, GraphQLObjectType) else None
        if field is None or is_list(field.type):
            return None
        kind = unwrap(field.type)
    return kind if isinstance(kind, GraphQLObjectType) else None


def _readable(kind: GraphQLObjectType, path: str) -> bool:
    """Whether `path` leads through the record's objects to a plain value."""
    found: Any = kind
    for name in path.split("."):
        field = found.fields.get(name) if isinstance(found, GraphQLObjectType) else None
        if field is None or is_list(field.type) or field.args:
            return False
        found = unwrap(field.type)
    return isinstance(found, GraphQLScalarType | GraphQLEnumType)


def _selection(paths: list[str]) -> str:
    """`a b.c b.d` as a GraphQL selection: `a b { c d }`."""
    tree: dict[str, Any] = {}
    for path in paths:
        node = tree
        for name in path.split("."):
            node = node.setdefault(name, {})

    def printed(node: dict[str, Any]) -> str:
        return " ".join(f"{k} {{ {printed(v)} }}" if v else k for k, v in node.items())

    return printed(tree)


def record_loader(
    schema: GraphQLSchema, mutation: str, input_type: GraphQLInputObjectType
) -> dict[str, Any] | None:
    """The form's `initApi` reading the record `mutation` edits, or None when the metadata
    names no record for it."""
    source = metadata.CURRENT_RECORD.get(mutation)
    if source is None:
        return None
    root, *inner = source.split(".")
    record = _record_type(schema, [root, *inner])
    if record is None:
        raise LookupError(f"CURRENT_RECORD[{mutation!r}]: {source} answers no record")
    aliases = metadata.RECORD_ALIASES.get(record.name, {})
    fields = {
        name: aliases.get(name, name)
        for name in partial_fields(input_type)
        if _readable(record, aliases.get(name, name))
    }
    chains = [
        name for name in fields if isinstance(picker_for(input_type.name, name), RegionPicker)
    ]
    document = _selection([".".join([root, *inner, path]) for path in fields.values()])
    return {
        "method": "post",
        "url": "/graphql",
        "graphql": f"query {{ {document} }}",
        "adaptor": "return jijiao.openRecord(payload, "
        f"{json.dumps('.'.join(inner))}, {json.dumps(fields)}, {json.dumps(chains)});",
    }


def update_form(
    schema: GraphQLSchema, mutation: str, input_type: GraphQLInputObjectType, form: dict
) -> None:
    """Makes `form` an update form when its input is one: it opens on the record (when there
    is one to read) and sends only the fields whose value changed."""
    partial = partial_fields(input_type)
    if not partial:
        return
    form["api"]["requestAdaptor"] = (
        f"return jijiao.onlyChanged(api, context, {json.dumps(partial)});"
    )
    loader = record_loader(schema, mutation, input_type)
    if loader is not None:
        form["initApi"] = loader
