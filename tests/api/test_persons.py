"""Person search over GraphQL: by name, ID number and unit, with employer and its parent."""

from __future__ import annotations

from typing import Any

from tests.conftest import LiveServer

SEARCH = """query($f: PersonFilter, $first: Int) { persons(filter: $f, first: $first) {
    totalCount edges { node { name idNumber titleSeries titleGrade
        organisation { name parent { name } } department { name } } } } }"""


def names(data: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in data["persons"]["edges"]]


async def test_name_prefix_search(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    data = await live.data(SEARCH, {"f": {"name": "王"}}, tokens["jinan"])
    assert names(data) == ["王芳", "王磊"]
    first = data["persons"]["edges"][0]["node"]
    assert first["organisation"] == {
        "name": "济南第一医院",
        "parent": {"name": "济南市卫生健康委员会"},
    }
    assert first["department"] == {"name": "内科"}
    assert first["titleGrade"] == "INTERMEDIATE"


async def test_id_number_search_normalises_lower_case_x(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    for name, number in tree.people.items():
        data = await live.data(SEARCH, {"f": {"idNumber": number.lower()}}, tokens["jinan"])
        assert names(data) == [name]


async def test_unit_search_with_and_without_subunits(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit = str(tree.ids["hospital1"])
    only = await live.data(SEARCH, {"f": {"organisationId": unit}}, tokens["jinan"])
    assert only["persons"]["totalCount"] == 3
    with_branch = await live.data(
        SEARCH, {"f": {"organisationId": unit, "includeSubunits": True}}, tokens["jinan"]
    )
    assert with_branch["persons"]["totalCount"] == 4
    city = await live.data(
        SEARCH,
        {"f": {"organisationId": str(tree.ids["jinan"]), "includeSubunits": True}},
        tokens["jinan"],
    )
    assert city["persons"]["totalCount"] == 6


async def test_only_selected_columns_are_needed(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # a fragment and an alias still resolve from the columns the client selected
    query = """{ persons(first: 2) { edges { node { ...P who: name } } } }
               fragment P on Person { idNumber organisation { kind } }"""
    data = await live.data(query, token=tokens["jinan"])
    node = data["persons"]["edges"][0]["node"]
    assert node == {
        "idNumber": tree.people["王芳"],
        "who": "王芳",
        "organisation": {"kind": "EMPLOYER"},
    }


async def test_bad_unit_id_is_a_typed_error(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    body = await live.gql(SEARCH, {"f": {"organisationId": "x1"}}, tokens["jinan"])
    assert body["errors"][0]["extensions"] == {
        "code": "INVALID_ID",
        "field": "filter.organisationId",
    }


async def test_scope_each_admin_sees_its_subtree_only(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    everyone = await live.data(SEARCH, {"first": 100}, tokens["jinan"])
    assert everyone["persons"]["totalCount"] == 6
    own = await live.data(SEARCH, {"first": 100}, tokens["hospital1"])
    assert sorted(names(own)) == sorted(["王芳", "王磊", "李娜", "张伟"])  # with its branch
    sibling = await live.data(SEARCH, {"first": 100}, tokens["hospital2"])
    assert sorted(names(sibling)) == ["刘洋", "陈静"]
    # another city's bureau reaches nothing of Jinan, even when it names a Jinan unit
    other = await live.data(
        SEARCH, {"f": {"organisationId": str(tree.ids["hospital1"])}}, tokens["qingdao"]
    )
    assert other["persons"]["totalCount"] == 0


async def test_who_may_search_persons(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    anonymous = await live.gql(SEARCH)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    for key in ("professional", "hospital2_plain"):
        body = await live.gql(SEARCH, token=tokens[key])
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", key
        assert body["data"] is None
