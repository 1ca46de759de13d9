"""Record pages: a root field answering one object (the professional's own profile) becomes
a read-only page — its scalar fields as labelled values, each list of objects inside it as a
table — read through /graphql as the caller. Field labels come from the descriptions, enum
values from their members' descriptions; nothing here names a field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLEnumType, GraphQLField, GraphQLObjectType, GraphQLSchema, Undefined

from admin_ui.graph import enum_labels, is_list, label, operation, unwrap
from admin_ui.widgets import read_only_form, shown_value
from schema.tabular import columns_of, statistic_rows

YES_NO = {"true": "是", "false": "否", "*": "-"}
# root fields that answer one object but belong elsewhere (the header shows the viewer, the
# audit log's filters choose from the catalogue)
NOT_PAGES = frozenset({"viewer", "auditCatalogue"})


def _answers_a_record(field: GraphQLField) -> GraphQLObjectType | None:
    answer = unwrap(field.type)
    if not isinstance(answer, GraphQLObjectType) or is_list(field.type):
        return None
    if "edges" in answer.fields or statistic_rows(field)[0] is not None:
        return None  # lists and statistics have pages of their own
    needs = any(
        a.default_value is Undefined and str(a.type).endswith("!") for a in field.args.values()
    )
    return None if needs else answer


def _value(name: str, field: GraphQLField) -> dict[str, Any] | None:
    kind = unwrap(field.type)
    text = label(field.description, name)
    if isinstance(kind, GraphQLEnumType):
        return shown_value(name, text, kind)
    if getattr(kind, "name", None) == "Boolean":
        return {**shown_value(name, text), "type": "static-mapping", "map": YES_NO}
    if getattr(kind, "name", None) in ("String", "ID", "Int", "Float", "Date", "Decimal"):
        return shown_value(name, text)
    return None


def _table(
    name: str, field: GraphQLField, row: GraphQLObjectType, actions: list[dict[str, Any]]
) -> dict[str, Any]:
    columns = []
    for column in columns_of(row):
        if column.path == ("id",) or len(column.path) > 1 or column.shape is not None:
            continue  # the page's document asks for the row's own values only
        # labelled as the list pages are (the table planner's header is cut for a sheet)
        described = row.fields[column.path[0]].description
        shown: dict[str, Any] = {"name": column.path[0], "label": label(described, column.header)}
        if column.enum is not None:
            shown.update(type="mapping", map={**enum_labels(column.enum), "*": "-"})
        columns.append(shown)
    if actions:
        columns.append({"type": "operation", "label": "操作", "buttons": actions})
    return {
        "type": "fieldSet",
        "title": label(field.description, name),
        "body": [{"type": "table", "source": f"${{{name}}}", "columns": columns}],
    }


def _shown_as_value(name: str, record: GraphQLObjectType) -> bool:
    """Numbers pointing at other records (`…Id`) and a code beside its name (`regionCode`
    beside `region`) are for the API: the page shows the names."""
    if name == "id" or name.endswith("Id"):
        return False
    return not (name.endswith("Code") and name.removesuffix("Code") in record.fields)


def _record(schema: GraphQLSchema, field_name: str) -> GraphQLObjectType | None:
    root = schema.query_type
    field = root.fields.get(field_name) if root else None
    return _answers_a_record(field) if field and field_name not in NOT_PAGES else None


def record_tables(
    schema: GraphQLSchema, field_name: str
) -> list[tuple[str, GraphQLField, GraphQLObjectType]]:
    """The lists of records a record page shows as tables: (field, definition, row type)."""
    record = _record(schema, field_name)
    return [
        (name, inner, kind)
        for name, inner in (record.fields.items() if record else ())
        if is_list(inner.type) and isinstance(kind := unwrap(inner.type), GraphQLObjectType)
    ]


def record_page(
    schema: GraphQLSchema, field_name: str, may_use: Callable[[str], bool] | None = None
) -> dict[str, Any] | None:
    """The page of a root field answering one record; `may_use(mutation)` (the API's rule
    for the principal) decides which operations each of its tables' rows offers (none
    without it)."""
    from admin_ui.row_actions import folded, operations  # row_actions reads record_tables

    record = _record(schema, field_name)
    document = operation(schema, "query", field_name) if record else None
    if record is None or document is None:
        return None
    service = f"record-{field_name}"
    values, tables = [], []
    for name, inner in record.fields.items():
        kind = unwrap(inner.type)
        if is_list(inner.type) and isinstance(kind, GraphQLObjectType):
            actions = (
                folded(operations(schema, kind, may_use, many=False, reload=service))
                if may_use
                else []
            )
            tables.append(_table(name, inner, kind, actions))
        elif _shown_as_value(name, record) and (found := _value(name, inner)):
            values.append(found)
    field = schema.query_type.fields[field_name]  # type: ignore[union-attr]
    return {
        "type": "page",
        "title": label(field.description, field_name),
        "body": {
            "type": "service",
            "name": service,
            "api": {"method": "post", "url": "/graphql", "graphql": document},
            "body": [read_only_form(values), *tables],
        },
    }
