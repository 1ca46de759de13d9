"""The committed schema.graphql is what frontend teams read: it must match the code."""

from __future__ import annotations

from pathlib import Path

from resolvers.root import print_sdl

COMMITTED = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_sdl_matches_the_code() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == print_sdl(), (
        "schema.graphql is stale: run `./jijiao schema > schema.graphql` and commit it"
    )


def test_every_enum_value_and_output_field_has_a_chinese_description() -> None:
    from graphql import GraphQLEnumType, GraphQLObjectType

    from resolvers.root import build_schema

    schema = build_schema()._schema
    missing = []
    for name, graphql_type in schema.type_map.items():
        if name.startswith("__") or name in ("Query", "Subscription"):
            continue
        if isinstance(graphql_type, GraphQLEnumType):
            missing += [f"{name}.{v}" for v, d in graphql_type.values.items() if not d.description]
        if isinstance(graphql_type, GraphQLObjectType) and not name.endswith(
            ("Edge", "Connection")
        ):
            missing += [
                f"{name}.{f}" for f, d in graphql_type.fields.items()
                if not d.description and f != "id"
            ]  # fmt: skip
    assert missing == []
