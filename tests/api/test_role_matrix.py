"""The role matrix, generated from the schema: every query and mutation, called over HTTP
by a principal of every role kind (and anonymously), is allowed or denied exactly as its
@allow rule declares. A field added without a rule fails tests/schema/test_permissions.py;
a rule that is declared but not enforced fails here."""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
)
from strawberry.permission import PermissionExtension

from domain.principal import ALL_MODULES, Principal
from models.enums import RoleKind
from resolvers.root import build_schema
from schema.permissions import Allow
from tests.conftest import LiveServer

DENIALS = {"UNAUTHENTICATED", "FORBIDDEN"}
SCALARS = {"ID": '"999999"', "String": '"x"', "Int": "1", "Boolean": "false", "Date": '"2020-01-01"',
           "DateTime": '"2020-01-01T00:00:00"', "JSON": "{}"}  # fmt: skip

# who each fixture token is, as the rule sees it
PRINCIPALS = {
    None: Principal(),
    "professional": Principal(account_id=1, kind=RoleKind.PROFESSIONAL, professional_id=1),
    "jinan": Principal(account_id=1, kind=RoleKind.HRSS, admin_id=1, is_super=True, modules=ALL_MODULES),
    "health": Principal(account_id=1, kind=RoleKind.COMPETENT, admin_id=1, is_super=True, modules=ALL_MODULES),
    "hospital1": Principal(account_id=1, kind=RoleKind.EMPLOYER, admin_id=1, is_super=True, modules=ALL_MODULES),
    "base": Principal(account_id=1, kind=RoleKind.BASE, admin_id=1, is_super=True, modules=ALL_MODULES),
    "hospital2_plain": Principal(account_id=1, kind=RoleKind.EMPLOYER, admin_id=1, is_super=False),
}  # fmt: skip
SKIP = {"logout"}  # it ends the session the matrix is using; covered in test_access


def literal(graphql_type: Any) -> str:
    if isinstance(graphql_type, GraphQLNonNull):
        return literal(graphql_type.of_type)
    if isinstance(graphql_type, GraphQLList):
        return "[]"
    if isinstance(graphql_type, GraphQLEnumType):
        return next(iter(graphql_type.values))
    if isinstance(graphql_type, GraphQLInputObjectType):
        required = [
            f"{name}: {literal(field.type)}" for name, field in graphql_type.fields.items()
            if isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
        ]  # fmt: skip
        return "{" + ", ".join(required) + "}"
    assert isinstance(graphql_type, GraphQLScalarType)
    return SCALARS[graphql_type.name]


def document(operation: str, name: str, field: Any) -> str:
    args = [
        f"{arg_name}: {literal(arg.type)}" for arg_name, arg in field.args.items()
        if isinstance(arg.type, GraphQLNonNull)
    ]  # fmt: skip
    call = f"{name}({', '.join(args)})" if args else name
    result = field.type
    while isinstance(result, (GraphQLNonNull, GraphQLList)):
        result = result.of_type
    selection = " { __typename }" if isinstance(result, GraphQLObjectType) else ""
    return f"{operation} {{ {call}{selection} }}"


def cases() -> list[tuple[str, str, Allow]]:
    schema = build_schema()
    found = []
    for root, operation in (("Query", "query"), ("Mutation", "mutation")):
        graphql_type = schema._schema.type_map[root]
        definition = schema.get_type_by_name(root)
        for field in definition.fields:  # type: ignore[union-attr]
            name = schema.config.name_converter.get_graphql_name(field)
            if name in SKIP:
                continue
            rules = [
                p
                for e in field.extensions
                if isinstance(e, PermissionExtension)
                for p in e.permissions
            ]
            assert len(rules) == 1 and isinstance(rules[0], Allow), name
            found.append((name, document(operation, name, graphql_type.fields[name]), rules[0]))
    return found


async def test_every_field_is_allowed_or_denied_as_declared(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    checked, mismatches = 0, []
    for who, principal in PRINCIPALS.items():
        for name, query, rule in cases():
            body = await live.gql(query, token=tokens[who] if who else None)
            codes = {(e.get("extensions") or {}).get("code") for e in body.get("errors") or []}
            assert "GRAPHQL_VALIDATION_FAILED" not in codes, (name, query, body)
            denied = bool(codes & DENIALS)
            if denied == rule.rule.permits(principal):
                mismatches.append((who, name, codes))
            checked += 1
    assert mismatches == []
    assert checked >= 7 * 25
