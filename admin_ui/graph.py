"""Reading the GraphQL schema for the console: labels, connections, arguments, documents.

Everything the console shows comes from here or from the table planner (schema/tabular.py),
so a field added to the schema with a description appears without console code.
"""

from __future__ import annotations

import re
from typing import Any

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    Undefined,
    ast_from_value,
    print_ast,
)
from strawberry.types.field import StrawberryField

PAGING_ARGUMENTS = ("first", "after")


def unwrap(kind: Any) -> Any:
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        kind = kind.of_type
    return kind


def is_list(kind: Any) -> bool:
    while isinstance(kind, GraphQLNonNull):
        kind = kind.of_type
    return isinstance(kind, GraphQLList)


# A Boolean's description tells API readers what true and false mean ("true 启用；false 停用",
# "仅合格（true）或仅不合格（false）"); the console offers a tick box or 是/否, so a label
# drops the words and a remark says 是/否
_TRUE_FALSE = re.compile(r"（(true|false)）|\b(true|false)\b\s*")
_SAID_AS = {"（true）": "（是）", "（false）": "（否）", "true": "是：", "false": "否："}


def label(description: str | None, fallback: str) -> str:
    """The short Chinese label: a description's first clause, without a closing remark in
    brackets ("姓名（前缀匹配）" → "姓名", "职（执）业资格名称（包含）" → "职（执）业资格名称")
    and without true/false ("true 启用；false 停用" → "启用")."""
    text = _TRUE_FALSE.sub("", description or "") or fallback
    for stop in ("：", "，", "；"):
        text = text.split(stop)[0]
    while text.endswith("）") and text.rfind("（") > 0:
        text = text[: text.rfind("（")]
    if text.rfind("（") > text.rfind("）"):
        text = text[: text.rfind("（")]  # a remark the clause split cut in half
    return text


def remark(description: str | None) -> str | None:
    """A description as the console's remark (tooltip): true/false said as 是/否."""
    if description is None:
        return None
    return _TRUE_FALSE.sub(lambda m: _SAID_AS[m.group(0).strip()], description)


def strawberry_field(field: GraphQLField) -> StrawberryField | None:
    found = (field.extensions or {}).get("strawberry-definition")
    return found if isinstance(found, StrawberryField) else None


def item_type(field: GraphQLField) -> GraphQLObjectType | None:
    """The row type of a field answering a plain list of objects (`[T!]!`), else None."""
    answer = unwrap(field.type)
    return answer if is_list(field.type) and isinstance(answer, GraphQLObjectType) else None


def row_type(field: GraphQLField) -> GraphQLObjectType | None:
    """The node type of a Relay connection field, None for anything else."""
    answer = unwrap(field.type)
    if not isinstance(answer, GraphQLObjectType):
        return None
    if "edges" not in answer.fields or "pageInfo" not in answer.fields:
        return None
    edge = unwrap(answer.fields["edges"].type)
    node = unwrap(edge.fields["node"].type)
    return node if isinstance(node, GraphQLObjectType) else None


def enum_options(kind: GraphQLEnumType) -> list[dict[str, str]]:
    return [
        {"label": value.description or name, "value": name} for name, value in kind.values.items()
    ]


def enum_labels(kind: GraphQLEnumType) -> dict[str, str]:
    return {name: value.description or name for name, value in kind.values.items()}


def filter_arguments(field: GraphQLField) -> list[tuple[str, GraphQLArgument | Any, bool]]:
    """What a list can be narrowed by: its arguments other than paging, with an input object
    named `filter` flattened into its fields. Each is (name, definition, inside_filter)."""
    found: list[tuple[str, Any, bool]] = []
    for name, argument in field.args.items():
        if name in PAGING_ARGUMENTS:
            continue
        kind = unwrap(argument.type)
        if name == "filter" and isinstance(kind, GraphQLInputObjectType):
            found.extend((inner, value, True) for inner, value in kind.fields.items())
        else:
            found.append((name, argument, False))
    return found


def selection(kind: GraphQLObjectType, depth: int = 2) -> str:
    """Every argument-free scalar and enum field of an object, and of its objects to `depth`."""
    parts: list[str] = []
    for name, field in kind.fields.items():
        if any(isinstance(arg.type, GraphQLNonNull) for arg in field.args.values()):
            continue
        inner = unwrap(field.type)
        if isinstance(inner, GraphQLScalarType | GraphQLEnumType):
            parts.append(name)
        elif isinstance(inner, GraphQLObjectType) and depth > 1:
            parts.append(f"{name} {{ {selection(inner, depth - 1)} }}")
    return " ".join(parts)


def declared_variables(field: GraphQLField) -> str:
    """The variables of a document calling `field`, one per argument. A required argument
    with a default keeps it (`$includeSubunits: Boolean! = true`): a page that does not
    send it — a filter form folded away on a phone — gets the schema's default, not a
    "missing value" error."""

    def declared(name: str, argument: GraphQLArgument) -> str:
        text = f"${name}: {argument.type}"
        if isinstance(argument.type, GraphQLNonNull) and argument.default_value is not Undefined:
            literal = ast_from_value(argument.default_value, argument.type)
            if literal is not None:
                text += f" = {print_ast(literal)}"
        return text

    return ", ".join(declared(name, argument) for name, argument in field.args.items())


def operation(schema: GraphQLSchema, kind: str, field_name: str) -> str | None:
    """A document calling one root field with its arguments as variables of the same names,
    selecting everything its answer holds (a payload's `errors` included)."""
    root = {
        "query": schema.query_type,
        "mutation": schema.mutation_type,
        "subscription": schema.subscription_type,
    }[kind]
    field = root.fields.get(field_name) if root else None
    if field is None:
        return None
    declared = declared_variables(field)
    passed = ", ".join(f"{name}: ${name}" for name in field.args)
    answer = unwrap(field.type)
    body = f" {{ {selection(answer)} }}" if isinstance(answer, GraphQLObjectType) else ""
    return (
        f"{kind}{f'({declared})' if declared else ''} "
        f"{{ {field_name}{f'({passed})' if passed else ''}{body} }}"
    )
