"""Deny by default: every root field states its access rule with @allow in the SDL."""

from __future__ import annotations

from graphql import GraphQLObjectType

from resolvers.root import build_schema


def test_every_query_mutation_and_subscription_declares_who_may_use_it() -> None:
    strawberry_schema = build_schema()
    missing = []
    for root in ("Query", "Mutation", "Subscription"):
        graphql_type = strawberry_schema._schema.type_map.get(root)
        assert isinstance(graphql_type, GraphQLObjectType), root
        definition = strawberry_schema.get_type_by_name(root)
        for field in definition.fields:  # type: ignore[union-attr]
            names = [type(d).__name__ for d in field.directives]
            if "AllowDirective" not in names:
                missing.append(f"{root}.{field.name}")
    assert missing == []


def test_the_rules_print_in_the_sdl() -> None:
    sdl = build_schema().as_str()
    assert "directive @allow(rule: String!, roles: [RoleKind!]!, modules: [Module!]!" in sdl
    assert (
        '@allow(rule: "LIST_PERSONS", roles: [EMPLOYER, COMPETENT, HRSS, BASE], '
        "modules: [ACCOUNTS, STATISTICS]" in sdl
    )
