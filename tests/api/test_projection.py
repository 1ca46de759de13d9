"""Projected lists answer exactly what field-by-field resolution answers.

Every query here runs twice against the same data: with projection on (the hot path) and
off (graphql-core resolving each field), and the two bodies must be equal.
"""

from __future__ import annotations

from typing import Any

import pytest

from schema import projection
from tests.conftest import LiveServer

QUERIES: list[tuple[str, dict[str, Any]]] = [
    (
        "{ persons(first: 10) { edges { cursor node { id name idNumber idType sex birthDate "
        "status education degree titleSeries titleSpecialty titleQualification titleGrade "
        "titleEffectiveDate titleCertificateNo phone email } } } }",
        {},
    ),
    (
        "{ persons { totalCount pageInfo { hasNextPage endCursor } edges { __typename c: cursor "
        "node { __typename who: name organisation { __typename id name kind status depth "
        "createdAt reviewEnabled creditCodeTemporary region { code name level parent { name } } "
        "parent { name parent { name parent { id } } } } department { id name parentId } "
        "region { name parentCode } } } } }",
        {},
    ),
    (
        "query($withUnit: Boolean!, $noId: Boolean!) { persons(first: 4) { edges { node { "
        "...Who ... on Person { titleGrade } ... @include(if: $withUnit) { organisation { name } } "
        "id @skip(if: $noId) } } } } fragment Who on Person { name organisation { id } }",
        {"withUnit": True, "noId": True},
    ),
    (
        "query($withUnit: Boolean!) { persons(first: 4) { edges { node { name "
        "organisation @include(if: $withUnit) { name } } } } }",
        {"withUnit": False},
    ),
    (  # a field with arguments inside the node: not projectable, resolved the ordinary way
        "{ organisations(first: 3) { edges { node { name children(first: 2) { totalCount } } } } }",
        {},
    ),
    (  # edges under two aliases: not projectable either
        "{ organisations(first: 3) { a: edges { cursor } b: edges { node { name } } } }",
        {},
    ),
    (
        "{ organisations(first: 50, filter: {kinds: [EMPLOYER, BASE]}) { edges { node { id name "
        "kind nature level industry phone address baseLevel creditCode region { name } "
        "parent { name kind } } } } }",
        {},
    ),
    ('{ persons(filter: {name: "nobody"}) { edges { node { name } } } }', {}),
]


@pytest.mark.parametrize(("query", "variables"), QUERIES)
async def test_projected_answers_equal_field_by_field_answers(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    query: str,
    variables: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    projected = await live.gql(query, variables, tokens["jinan"])
    monkeypatch.setattr(projection, "ENABLED", False)
    resolved = await live.gql(query, variables, tokens["jinan"])
    assert "errors" not in resolved, resolved
    assert projected == resolved


async def test_the_hot_list_plans_its_selection(live: LiveServer, tree: Any) -> None:
    from strawberry.types.nodes import SelectedField

    def field(name: str, *children: SelectedField, alias: str | None = None) -> SelectedField:
        return SelectedField(
            name=name, directives={}, arguments={}, selections=list(children), alias=alias
        )

    from schema.types.persons import PERSON_PROJECTION

    edges = field("edges", field("node", field("name"), field("organisation", field("name"))))
    plan = projection.plan_edges(edges, PERSON_PROJECTION)
    assert plan is not None and plan.columns() == {"name", "organisation_id"}
    with_args = field("edges", field("node", SelectedField("name", {}, {"x": 1}, [])))
    assert projection.plan_edges(with_args, PERSON_PROJECTION) is None


async def test_typical_list_queries_take_the_projected_path(
    live: LiveServer, tree: Any, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[int] = []
    original = projection.EdgesPlan.render

    async def counting(self: projection.EdgesPlan, *args: Any) -> projection.Projected:
        result = await original(self, *args)
        rendered.append(len(result.value))
        return result

    monkeypatch.setattr(projection.EdgesPlan, "render", counting)
    for query, variables in QUERIES[:4]:
        await live.data(query, variables, tokens["jinan"])
    assert rendered == [6, 6, 4, 4]
