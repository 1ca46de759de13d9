"""Organisations over GraphQL: lookup, list with filters, keyset pages, the tree around one.

Read as the Jinan city bureau's admin: organisations are behind row scope (anonymous callers
reach none, tests/api/test_scope_closed.py), and the bureau's subtree is six of the eight."""

from __future__ import annotations

from typing import Any

from tests.conftest import LiveServer

ORG = "query($id: ID!) { organisation(id: $id) { id name kind status depth region { name } parent { name } } }"


async def test_lookup_by_id_with_region_and_parent(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    data = await live.data(ORG, {"id": str(tree.ids["hospital1"])}, token=tokens["jinan"])
    assert data["organisation"] == {
        "id": str(tree.ids["hospital1"]), "name": "济南第一医院", "kind": "EMPLOYER",
        "status": "ACTIVE", "depth": 3, "region": {"name": "历下区"},
        "parent": {"name": "济南市卫生健康委员会"},
    }  # fmt: skip


async def test_missing_and_malformed_ids_are_typed_errors(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    missing = await live.gql(ORG, {"id": "987654"}, token=tokens["jinan"])
    assert missing["data"] is None
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "不存在" in missing["errors"][0]["message"]
    for forged in ("abc", "-1", "1e3", "99999999999999999999999", "１２"):
        body = await live.gql(ORG, {"id": forged}, token=tokens["jinan"])
        assert body["errors"][0]["extensions"] == {"code": "INVALID_ID", "field": "id"}, forged


async def test_filter_by_kind_name_and_subtree(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    query = """query($f: OrganisationFilter) { organisations(filter: $f, first: 100) {
        totalCount edges { node { name } } } }"""

    async def listed(given: dict[str, Any]) -> dict[str, Any]:
        return (await live.data(query, {"f": given}, token=tokens["jinan"]))["organisations"]

    assert (await listed({"kinds": ["EMPLOYER"]}))["totalCount"] == 3
    hospitals = await listed({"nameContains": "第一医院"})
    names = [e["node"]["name"] for e in hospitals["edges"]]
    assert names == ["济南第一医院", "济南第一医院东院"]
    within = await listed({"withinId": str(tree.ids["health"])})
    assert within["totalCount"] == 4  # the department itself and three units below it
    # Qingdao lies outside the bureau's subtree: filtering to it finds nothing
    assert (await listed({"withinId": str(tree.ids["qingdao"])}))["totalCount"] == 0


async def test_pages_walk_every_row_once(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    query = """query($after: String) { organisations(first: 3, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }"""
    seen: list[str] = []
    after = None
    while True:
        page = (await live.data(query, {"after": after}, token=tokens["jinan"]))["organisations"]
        seen += [edge["node"]["id"] for edge in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"] == 6


async def test_bad_page_arguments_are_typed_errors(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["jinan"]
    bad_cursor = await live.gql(
        '{ organisations(after: "not-a-cursor") { totalCount } }', token=admin
    )
    assert bad_cursor["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
    too_big = await live.gql("{ organisations(first: 5000) { totalCount } }", token=admin)
    assert too_big["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"
    negative = await live.gql("{ organisations(first: -1) { totalCount } }", token=admin)
    assert negative["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"


async def test_children_subtree_and_ancestors(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    query = """query($id: ID!) { organisation(id: $id) {
        children { totalCount edges { node { name } } }
        subtree(first: 50) { totalCount }
        ancestors { name depth }
        departments { name } } }"""
    health = (await live.data(query, {"id": str(tree.ids["health"])}, token=tokens["jinan"]))[
        "organisation"
    ]
    assert [e["node"]["name"] for e in health["children"]["edges"]] == [
        "济南第一医院",
        "济南第二医院",
    ]
    assert health["subtree"]["totalCount"] == 4
    # the chain runs from the top down, within the scope: the province is above the bureau
    assert health["ancestors"] == [{"name": "济南市人力资源和社会保障局", "depth": 1}]
    hospital = (await live.data(query, {"id": str(tree.ids["hospital1"])}, token=tokens["jinan"]))[
        "organisation"
    ]
    assert hospital["ancestors"] == [
        {"name": "济南市人力资源和社会保障局", "depth": 1},
        {"name": "济南市卫生健康委员会", "depth": 2},
    ]
    assert hospital["departments"] == [{"name": "内科"}]


async def test_regions_top_and_children(live: LiveServer, tree: Any) -> None:
    top = await live.data("{ regions { code name level } }")
    assert top["regions"] == [{"code": "370000", "name": "山东省", "level": "PROVINCE"}]
    cities = await live.data('{ regions(parentCode: "370000") { name parent { name } } }')
    assert [r["name"] for r in cities["regions"]] == ["济南市", "青岛市"]
    assert cities["regions"][0]["parent"] == {"name": "山东省"}
