"""Rows of the schema as tables: which columns a GraphQL object type shows (its scalars,
enums and the name of each related object), headed by the Chinese descriptions. Shared by
the xlsx export and the generated console, so a described field appears in both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
)


@dataclass(frozen=True)
class Column:
    path: tuple[str, ...]
    header: str
    enum: GraphQLEnumType | None = None


def unwrap(kind: Any) -> Any:
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        kind = kind.of_type
    return kind


def is_list(kind: Any) -> bool:
    while isinstance(kind, GraphQLNonNull):
        kind = kind.of_type
    return isinstance(kind, GraphQLList)


def _needs_arguments(field: GraphQLField) -> bool:
    return any(isinstance(arg.type, GraphQLNonNull) for arg in field.args.values())


def columns_of(row_type: GraphQLObjectType) -> list[Column]:
    """Every scalar column of a row, and the name of each related object it points to."""
    columns: list[Column] = []
    for name, field in row_type.fields.items():
        if _needs_arguments(field) or is_list(field.type):
            continue
        kind = unwrap(field.type)
        header = (
            "编号" if name == "id" else (field.description or name).split("（")[0].split("，")[0]
        )
        if isinstance(kind, GraphQLScalarType):
            columns.append(Column((name,), header))
        elif isinstance(kind, GraphQLEnumType):
            columns.append(Column((name,), header, kind))
        elif isinstance(kind, GraphQLObjectType) and "name" in kind.fields:
            columns.append(Column((name, "name"), header))
    return columns


def statistic_rows(
    field: GraphQLField,
) -> tuple[str | None, str | None, GraphQLObjectType | None]:
    """A statistic's rows: the first list of objects in its answer, when a field of the same
    type beside it is the total row (titleDistribution, comprehensiveStatistics)."""
    answer = unwrap(field.type)
    if not isinstance(answer, GraphQLObjectType) or is_list(field.type):
        return None, None, None
    for name, inner in answer.fields.items():
        kind = unwrap(inner.type)
        if is_list(inner.type) and isinstance(kind, GraphQLObjectType) and kind is not answer:
            total = next(
                (n for n, f in answer.fields.items() if n != name and unwrap(f.type) is kind),
                None,
            )
            # rows with a total row of their own type: a table of figures, not a record
            # that merely holds a list (an organisation and its children)
            return (name, total, kind) if total else (None, None, None)
    return None, None, None
