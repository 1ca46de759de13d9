"""A list page's data, planned from the schema: its columns, the GraphQL query that fetches a
page of them, the variables a filter form's values become, and the rows the table shows.

The columns are the shared table planner's (schema/tabular.py), so a list and its Excel export
always agree.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLUnionType,
    Undefined,
)

from admin_ui import metadata
from admin_ui.graph import (
    declared_variables,
    filter_arguments,
    is_list,
    item_type,
    label,
    remark,
    row_type,
    unwrap,
)
from admin_ui.pickers import RegionPicker, picker_for
from schema.tabular import NORMAL, columns_of, percent_text, statistic_rows, text_of


@dataclass(frozen=True)
class ListColumn:
    key: str  # the cell's name in a row: the path joined by "_"
    path: tuple[str, ...]
    label: str
    enum: GraphQLEnumType | None
    scalar: str | None
    # a summary or a list of change lines: asked for and shown as the table planner says
    shape: GraphQLObjectType | GraphQLUnionType | None = None
    selection: str = ""
    percent: bool = False  # schema.tabular.is_percent: shown as "95.2%"
    priority: int = NORMAL  # schema.tabular.priority_of: KEY columns show on every screen
    # what a figure counts, when its description says more than its header (a tooltip)
    remark: str | None = None


@dataclass(frozen=True)
class ListPlan:
    field: str
    title: str
    columns: list[ListColumn]
    definition: GraphQLField
    query: str
    cursors_query: str
    # a Relay connection, paged by the server; else a plain list, answered whole
    paged: bool = True
    # a statistic: an object whose `rows_field` lists the rows, with a total row beside them
    rows_field: str | None = None
    total_field: str | None = None


class BadFilter(ValueError):
    """A filter value that does not fit its argument; the message is Chinese."""


def _explains(scalar: str | None, described: str | None, header: str) -> bool:
    """A figure (a count, a rate) whose description says what it counts beyond its header:
    the table shows that as the column's tooltip."""
    return scalar in ("Int", "Float") and bool(described) and described != header


def plan_list(schema: GraphQLSchema, field_name: str) -> ListPlan | None:
    """The plan of a list page: a connection field's, or a plain list's (`[T!]!`); None for
    any other field."""
    field = schema.query_type.fields.get(field_name) if schema.query_type else None
    node = row_type(field) if field else None
    paged = node is not None
    rows_field = total_field = None
    if field is not None and node is None:
        node = item_type(field)
    if field is not None and node is None:
        rows_field, total_field, node = statistic_rows(field)
    if field is None or node is None:
        return None
    columns = []
    for column in columns_of(node):
        kind = unwrap(node.fields[column.path[0]].type)
        if len(column.path) > 1:
            kind = unwrap(kind.fields[column.path[1]].type)
        scalar = kind.name if isinstance(kind, GraphQLScalarType) else None
        key = "_".join(column.path)
        described = node.fields[column.path[0]].description
        header = label(described, column.header) if column.path != ("id",) else column.header
        columns.append(
            ListColumn(
                key,
                column.path,
                header,
                column.enum,
                scalar,
                column.shape,
                column.selection,
                percent=column.percent,
                priority=column.priority,
                remark=remark(described) if _explains(scalar, described, header) else None,
            )
        )
    fields = " ".join(c.selection for c in columns)
    declared = declared_variables(field)
    passed = ", ".join(f"{name}: ${name}" for name in field.args)
    head = (
        f"query List({declared}) {{ {field_name}({passed})"
        if passed
        else (f"query List {{ {field_name}")
    )
    return ListPlan(
        field=field_name,
        title=label(field.description, field_name),
        columns=columns,
        definition=field,
        query=(
            f"{head} {{ totalCount edges {{ node {{ {fields} }} }} {_PAGE_INFO} }} }}"
            if paged
            else f"{head} {{ {rows_field} {{ {fields} }}"
            + (f" {total_field} {{ {fields} }}" if total_field else "")
            + " } }"
            if rows_field
            else f"{head} {{ {fields} }} }}"
        ),
        cursors_query=f"{head} {{ {_PAGE_INFO} }} }}" if paged else "",
        paged=paged,
        rows_field=rows_field,
        total_field=total_field,
    )


def items_of(plan: ListPlan, answer: Any) -> list[dict[str, Any]]:
    """The rows of an answer: the list itself, or a statistic's rows with its total last."""
    if plan.rows_field is None:
        return list(answer)
    rows = list(answer[plan.rows_field])
    if plan.total_field and answer.get(plan.total_field):
        rows.append(answer[plan.total_field])
    return rows


_PAGE_INFO = "pageInfo { hasNextPage endCursor }"


def variables_from(plan: ListPlan, params: Mapping[str, str]) -> dict[str, Any]:
    """The query's variables from a filter form's values (query-string text)."""
    variables: dict[str, Any] = {}
    inner: dict[str, Any] = {}
    for name, definition, inside in filter_arguments(plan.definition):
        raw = params.get(name, "")
        if isinstance(picker_for(None, name), RegionPicker):
            raw = raw.rsplit(",", 1)[-1]  # the cascade sends the whole chain of codes
        value = _parse(raw, definition) if raw != "" else None
        filled_here = name not in metadata.FROM_VIEWER  # the page's form fills those in
        if value is None and isinstance(definition.type, GraphQLNonNull) and filled_here:
            value = metadata.default_for(name, unwrap(definition.type))
        if value is not None:
            (inner if inside else variables)[name] = value
    given_filter = plan.definition.args.get("filter")
    if given_filter is not None and (inner or isinstance(given_filter.type, GraphQLNonNull)):
        variables["filter"] = inner
    return variables


def waits_for_search(plan: ListPlan) -> bool:
    """Whether the page cannot ask for its rows before the user searches: a required
    argument nothing fills in before the user (no default, no value of the console's own),
    or a list needing one of several arguments (metadata.ONE_OF_REQUIRED)."""
    if plan.field in metadata.ONE_OF_REQUIRED:
        return True
    return any(
        _required(definition) and metadata.default_for(name, unwrap(definition.type)) is None
        for name, definition, _ in filter_arguments(plan.definition)
    )


def missing(plan: ListPlan, variables: Mapping[str, Any]) -> bool:
    """Whether the variables lack what the list needs: it is then not asked for at all (a
    page opening on an empty search shows no rows, not an error)."""
    given = {**variables, **(variables.get("filter") or {})}
    wanted = metadata.ONE_OF_REQUIRED.get(plan.field)
    if wanted and not any(given.get(name) not in (None, "") for name in wanted):
        return True
    return any(
        _required(definition) and name not in given
        for name, definition, _ in filter_arguments(plan.definition)
    )


def _required(definition: Any) -> bool:
    default = getattr(definition, "default_value", Undefined)
    return isinstance(definition.type, GraphQLNonNull) and default in (Undefined, None)


def _parse(raw: str, definition: Any) -> Any:
    kind = unwrap(definition.type)
    if is_list(definition.type):
        return [_scalar(part, kind, definition) for part in raw.split(",") if part]
    return _scalar(raw, kind, definition)


def _scalar(raw: str, kind: Any, definition: Any) -> Any:
    name = label(definition.description, kind.name)
    if isinstance(kind, GraphQLEnumType):
        if raw not in kind.values:
            raise BadFilter(f"“{name}”的取值无效")
        return raw
    if kind.name == "Int":
        try:
            return int(raw)
        except ValueError:
            raise BadFilter(f"“{name}”应为整数") from None
    if kind.name == "Boolean":
        if raw not in ("true", "false"):
            raise BadFilter(f"“{name}”应为是或否")
        return raw == "true"
    return raw


def export_url(plan: ListPlan, variables: Mapping[str, Any]) -> str:
    """The Excel export of the same rows (GET /exports/{field}.xlsx, see server/exports.py)."""
    query = urllib.parse.urlencode({"variables": orjson.dumps(dict(variables)).decode()})
    return f"/exports/{plan.field}.xlsx?{query}"


def rows_of(plan: ListPlan, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{c.key: _cell(_dig(node, c.path), c) for c in plan.columns} for node in nodes]


def _dig(node: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = node
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _cell(value: Any, column: ListColumn) -> Any:
    if value is None or column.enum is not None:
        return value  # enum cells keep their value; the table maps it to its label
    if column.shape is not None:
        return text_of(value, column.shape)
    if isinstance(value, bool):
        return "是" if value else "否"
    if column.percent:
        return percent_text(value)
    if column.scalar == "DateTime" and isinstance(value, str):
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(metadata.DISPLAY_TZ)
        return moment.strftime("%Y-%m-%d %H:%M")
    return value
