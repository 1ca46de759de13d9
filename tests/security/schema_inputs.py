"""The schema as a client reads it (the printed SDL), walked for what a request can carry:
each root field's arguments, the text leaves inside them and their declared maxima, and a
selection that reads the answer. Shared by the input-limit tests and the fuzz run."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLUnionType,
    OperationType,
    build_schema,
    get_named_type,
)

from resolvers.root import print_sdl
from schema.input_limits import DEFAULT_MAX_LENGTH

TEXT_SCALARS = ("String", "ID")


@cache
def client_schema() -> GraphQLSchema:
    """The schema built from the SDL a portal team reads: directives included."""
    return build_schema(print_sdl())


def max_length(node: GraphQLArgument | GraphQLInputField) -> int:
    """The @maxLength a text argument or input field declares, else the default."""
    for directive in (node.ast_node.directives or ()) if node.ast_node else ():
        if directive.name.value == "maxLength":
            return int(directive.arguments[0].value.value)  # type: ignore[attr-defined]
    return DEFAULT_MAX_LENGTH


def root_fields(operation: str) -> dict[str, GraphQLField]:
    root = client_schema().get_root_type(OperationType(operation))
    return dict(root.fields) if root else {}


@dataclass(frozen=True)
class TextLeaf:
    """A text value somewhere in a field's arguments: its path of argument and input-field
    names (list items at index 0) and its declared maximum."""

    path: tuple[str | int, ...]
    limit: int


def text_leaves(field: GraphQLField) -> Iterator[TextLeaf]:
    for name, argument in field.args.items():
        yield from _leaves(argument.type, argument, (name,), set())


def _leaves(
    kind: GraphQLInputType,
    node: GraphQLArgument | GraphQLInputField,
    path: tuple[str | int, ...],
    seen: set[str],
) -> Iterator[TextLeaf]:
    if isinstance(kind, GraphQLNonNull):
        yield from _leaves(kind.of_type, node, path, seen)
    elif isinstance(kind, GraphQLList):
        yield from _leaves(kind.of_type, node, (*path, 0), seen)
    elif isinstance(kind, GraphQLInputObjectType):
        if kind.name in seen:
            return
        for name, inner in kind.fields.items():
            yield from _leaves(inner.type, inner, (*path, name), seen | {kind.name})
    elif isinstance(kind, GraphQLScalarType) and kind.name in TEXT_SCALARS:
        yield TextLeaf(path, max_length(node))


def type_ref(kind: GraphQLInputType) -> str:
    """The type as a variable declaration writes it."""
    if isinstance(kind, GraphQLNonNull):
        return f"{type_ref(kind.of_type)}!"
    if isinstance(kind, GraphQLList):
        return f"[{type_ref(kind.of_type)}]"
    return kind.name  # type: ignore[attr-defined]


def selection(kind: GraphQLOutputType, depth: int = 2) -> str:
    """Every field without required arguments down to `depth` object levels, so a request
    resolves what a client would read; `__typename` where nothing else fits."""
    named = get_named_type(kind)
    if isinstance(named, GraphQLScalarType | GraphQLEnumType):
        return ""
    if isinstance(named, GraphQLUnionType) or depth < 0:
        return "{ __typename }"
    assert isinstance(named, GraphQLObjectType | GraphQLInterfaceType)
    parts = ["__typename"]
    for name, field in named.fields.items():
        if any(isinstance(a.type, GraphQLNonNull) for a in field.args.values()):
            continue
        inner = get_named_type(field.type)
        if isinstance(inner, GraphQLScalarType | GraphQLEnumType):
            parts.append(name)
        elif depth > 0:
            parts.append(f"{name} {selection(field.type, depth - 1)}")
    return "{ " + " ".join(parts) + " }"


def operation(kind: str, name: str, field: GraphQLField, depth: int = 2) -> str:
    """`kind($a: T …) { name(a: $a …) { selection } }` with every argument a variable."""
    declared = ", ".join(f"${a}: {type_ref(arg.type)}" for a, arg in field.args.items())
    passed = ", ".join(f"{a}: ${a}" for a in field.args)
    head = f"{kind}({declared})" if declared else kind
    call = f"{name}({passed})" if passed else name
    return f"{head} {{ {call} {selection(field.type, depth)} }}"


def put(values: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    """Set the value at `path` inside variables that plain_arguments filled."""
    here: Any = values
    for step in path[:-1]:
        here = here[step]
    here[path[-1]] = value


# a plausible value of each scalar the schema takes
PLAIN = {
    "String": "1",
    "ID": "1",
    "Int": 2024,
    "Boolean": False,
    "Date": "2024-01-01",
    "DateTime": "2024-01-01T00:00:00",
    "JSON": {},
}


def plain_value(kind: GraphQLInputType, seen: frozenset[str] = frozenset()) -> Any:
    """A value of `kind` with every field filled (optional ones too, so any leaf's path
    exists) by a plausible value; lists hold one item."""
    if isinstance(kind, GraphQLNonNull):
        return plain_value(kind.of_type, seen)
    if isinstance(kind, GraphQLList):
        return [plain_value(kind.of_type, seen)]
    if isinstance(kind, GraphQLEnumType):
        return next(iter(kind.values))
    if isinstance(kind, GraphQLInputObjectType):
        if kind.name in seen:
            return None
        return {
            name: plain_value(inner.type, seen | {kind.name}) for name, inner in kind.fields.items()
        }
    return PLAIN[kind.name]  # type: ignore[attr-defined]


def plain_arguments(field: GraphQLField) -> dict[str, Any]:
    return {name: plain_value(argument.type) for name, argument in field.args.items()}
