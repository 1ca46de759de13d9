"""Projected lists: hot lists answered from the selected columns in one pass.

Resolving a page of 1,000 rows field by field costs graphql-core and Strawberry about
10 µs per field, which dominates a list query. For a list whose node type declares a
`Projection` (each field → a column, or a relation → a loader and the target's projection),
the resolver plans the client's selection once (aliases, fragments, @include/@skip,
__typename), fetches only those columns, and builds the response objects directly. The
executor (ProjectingExecutionContext) passes such prebuilt values through untouched.

Any selection the plan does not cover (a field with arguments, an unknown directive, a
field not declared in the projection) makes `plan_edges` return None and the list is
resolved the ordinary way: projection is an optimisation, never a second behaviour.
A test runs every query both ways and compares the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

# tests switch this off to compare every answer with the field-by-field resolution
ENABLED = True


class Projected:
    """A value already in response shape; the executor returns it as it is."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


# graphql-core memoises sub-field collection per (type, field-list identity) for the life of
# an execution. A subscription is one long execution that builds new field lists for every
# event, so the memo grew by ~2 KiB per update sent (1,000 subscribers × an update a minute
# ≈ 1.4 GiB in a working day) and stretched garbage-collection pauses. Bounded here: no
# ordinary query selects this many distinct object fields, so it keeps its whole memo.
SUBFIELD_MEMO_LIMIT = 64


class ProjectingExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def collect_subfields(self, return_type: Any, field_details_list: Any) -> Any:
        memo = getattr(self, "_relevant_sub_fields", None)
        if memo is not None and len(memo) > SUBFIELD_MEMO_LIMIT:
            memo.clear()
        return super().collect_subfields(return_type, field_details_list)

    def complete_value(
        self,
        return_type: Any,
        field_nodes: Any,
        info: Any,
        path: Any,
        result: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if type(result) is Projected:
            return result.value
        return super().complete_value(return_type, field_nodes, info, path, result, *args, **kwargs)


def as_id(value: Any) -> Any:
    return None if value is None else str(value)


def as_iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True)
class Column:
    key: str
    serialize: Callable[[Any], Any] | None = None
    # personal data: (value, context) → what this principal may see (schema/pii.py)
    mask: Callable[[Any, Any], Any] | None = None


@dataclass(frozen=True)
class Related:
    key: str  # the row key holding the related row's id
    loader: Callable[[Any], DataLoader[Any, Any]]  # context → the request's loader
    target: Callable[[], Projection]  # lazy: projections may refer to each other
    target_key: str = "id"  # the loaded row's own key


@dataclass(frozen=True)
class Projection:
    type_name: str
    fields: Mapping[str, Column | Related]  # GraphQL field name → source


@dataclass
class _Step:
    key: str
    source: Column | Related | None
    typename: str | None = None  # set for __typename
    children: list[_Step] = field(default_factory=list)


class _NotPlannable(Exception):
    pass


def _included(directives: Mapping[str, Mapping[str, Any]]) -> bool:
    if set(directives) - {"include", "skip"}:
        raise _NotPlannable
    if "skip" in directives and directives["skip"].get("if"):
        return False
    return not ("include" in directives and not directives["include"].get("if"))


def _flatten(selections: Iterable[Selection], type_name: str) -> list[SelectedField]:
    fields: list[SelectedField] = []
    for selection in selections:
        if not _included(selection.directives):
            continue
        if isinstance(selection, SelectedField):
            fields.append(selection)
        elif isinstance(selection, (FragmentSpread, InlineFragment)):
            if selection.type_condition not in (None, type_name):
                raise _NotPlannable
            fields.extend(_flatten(selection.selections, type_name))
    return fields


def _plan(selections: Iterable[Selection], projection: Projection) -> list[_Step]:
    steps: dict[str, _Step] = {}
    merged: dict[str, list[Selection]] = {}
    for selected in _flatten(selections, projection.type_name):
        key = selected.alias or selected.name
        if selected.arguments:
            raise _NotPlannable
        if selected.name == "__typename":
            steps.setdefault(key, _Step(key, None, typename=projection.type_name))
            continue
        source = projection.fields.get(selected.name)
        if source is None:
            raise _NotPlannable
        steps.setdefault(key, _Step(key, source))
        merged.setdefault(key, []).extend(selected.selections)
    for key, step in steps.items():
        if isinstance(step.source, Related):
            step.children = _plan(merged[key], step.source.target())
    return list(steps.values())


@dataclass
class EdgesPlan:
    cursor_keys: list[str]
    node_keys: list[str]
    node_steps: list[_Step]
    typename_keys: list[str]
    edge_type: str

    def columns(self) -> set[str]:
        return {s.source.key for s in self.node_steps if s.source is not None}

    async def render(
        self, context: Any, rows: Sequence[dict[str, Any]], cursors: Sequence[str]
    ) -> Projected:
        nodes = await _render(context, self.node_steps, rows)
        edges = []
        for cursor, node in zip(cursors, nodes, strict=True):
            edge: dict[str, Any] = {}
            for key in self.typename_keys:
                edge[key] = self.edge_type
            for key in self.cursor_keys:
                edge[key] = cursor
            for key in self.node_keys:
                edge[key] = node
            edges.append(edge)
        return Projected(edges)


def plan_edges(edges_field: SelectedField | None, projection: Projection) -> EdgesPlan | None:
    """Plan `edges { cursor node { … } }` of a connection, or None to resolve it normally."""
    if edges_field is None or not ENABLED:
        return None
    edge_type = f"{projection.type_name}Edge"
    try:
        plan = EdgesPlan([], [], [], [], edge_type)
        node_selections: list[Selection] = []
        for selected in _flatten(edges_field.selections, edge_type):
            key = selected.alias or selected.name
            if selected.name == "cursor":
                plan.cursor_keys.append(key)
            elif selected.name == "__typename":
                plan.typename_keys.append(key)
            elif selected.name == "node" and key == "node":
                plan.node_keys = ["node"]
                node_selections.extend(selected.selections)
            else:
                raise _NotPlannable
        plan.node_steps = _plan(node_selections, projection)
    except _NotPlannable:
        return None
    return plan


def single_edges_field(selected_fields: Sequence[Selection]) -> SelectedField | None:
    """The one `edges` selection of the connection field being resolved, if unambiguous."""
    connection_fields = [f for f in selected_fields if isinstance(f, SelectedField)]
    if len(connection_fields) != 1:
        return None
    try:
        found = [f for f in _flatten(connection_fields[0].selections, "") if f.name == "edges"]
    except _NotPlannable:
        return None
    if len(found) != 1 or (found[0].alias not in (None, "edges")) or found[0].arguments:
        return None
    return found[0]


async def _render(context: Any, steps: list[_Step], rows: Sequence[dict[str, Any]]) -> list[Any]:
    related: dict[str, dict[Any, Any]] = {}
    for step in steps:
        if isinstance(step.source, Related):
            keys = list(
                {row[step.source.key] for row in rows if row.get(step.source.key) is not None}
            )
            loaded = await step.source.loader(context).load_many(keys)
            found = [r for r in loaded if r is not None]
            rendered = await _render(context, step.children, found)
            own = step.source.target_key
            related[step.key] = {r[own]: out for r, out in zip(found, rendered, strict=True)}
    out = []
    for row in rows:
        item: dict[str, Any] = {}
        for step in steps:
            source = step.source
            if source is None:
                item[step.key] = step.typename
            elif isinstance(source, Column):
                value = row.get(source.key)
                if source.mask is not None:
                    value = source.mask(value, context)
                item[step.key] = source.serialize(value) if source.serialize else value
            else:
                item[step.key] = related[step.key].get(row.get(source.key))
        out.append(item)
    return out
