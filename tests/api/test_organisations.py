"""Organisations over GraphQL: lookup, list with filters, keyset pages, the tree around one."""

from __future__ import annotations

from typing import Any

from tests.conftest import LiveServer

ORG = "query($id: ID!) { organisation(id: $id) { id name kind status depth region { name } parent { name } } }"


async def test_lookup_by_id_with_region_and_parent(live: LiveServer, tree: Any) -> None:
    data = await live.data(ORG, {"id": str(tree.ids["hospital1"])})
    assert data["organisation"] == {
        "id": str(tree.ids["hospital1"]), "name": "济南第一医院", "kind": "EMPLOYER",
        "status": "ACTIVE", "depth": 3, "region": {"name": "历下区"},
        "parent": {"name": "济南市卫生健康委员会"},
    }  # fmt: skip


async def test_missing_and_malformed_ids_are_typed_errors(live: LiveServer, tree: Any) -> None:
    missing = await live.gql(ORG, {"id": "987654"})
    assert missing["data"] is None
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "不存在" in missing["errors"][0]["message"]
    for forged in ("abc", "-1", "1e3", "99999999999999999999999", "１２"):
        body = await live.gql(ORG, {"id": forged})
        assert body["errors"][0]["extensions"] == {"code": "INVALID_ID", "field": "id"}, forged


async def test_filter_by_kind_name_and_subtree(live: LiveServer, tree: Any) -> None:
    query = """query($f: OrganisationFilter) { organisations(filter: $f, first: 100) {
        totalCount edges { node { name } } } }"""
    employers = await live.data(query, {"f": {"kinds": ["EMPLOYER"]}})
    assert employers["organisations"]["totalCount"] == 3
    hospitals = await live.data(query, {"f": {"nameContains": "第一医院"}})
    names = [e["node"]["name"] for e in hospitals["organisations"]["edges"]]
    assert names == ["济南第一医院", "济南第一医院东院"]
    within = await live.data(query, {"f": {"withinId": str(tree.ids["jinan"])}})
    assert within["organisations"]["totalCount"] == 6  # the bureau itself and five below it
    qingdao = await live.data(
        query, {"f": {"withinId": str(tree.ids["qingdao"]), "kinds": ["EMPLOYER"]}}
    )
    assert qingdao["organisations"]["totalCount"] == 0


async def test_pages_walk_every_row_once(live: LiveServer, tree: Any) -> None:
    query = """query($after: String) { organisations(first: 3, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }"""
    seen: list[str] = []
    after = None
    while True:
        page = (await live.data(query, {"after": after}))["organisations"]
        seen += [edge["node"]["id"] for edge in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"] == 8


async def test_bad_page_arguments_are_typed_errors(live: LiveServer, tree: Any) -> None:
    bad_cursor = await live.gql('{ organisations(after: "not-a-cursor") { totalCount } }')
    assert bad_cursor["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
    too_big = await live.gql("{ organisations(first: 5000) { totalCount } }")
    assert too_big["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"
    negative = await live.gql("{ organisations(first: -1) { totalCount } }")
    assert negative["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"


async def test_children_subtree_and_ancestors(live: LiveServer, tree: Any) -> None:
    query = """query($id: ID!) { organisation(id: $id) {
        children { totalCount edges { node { name } } }
        subtree(first: 50) { totalCount }
        ancestors { name depth }
        departments { name } } }"""
    health = (await live.data(query, {"id": str(tree.ids["health"])}))["organisation"]
    assert [e["node"]["name"] for e in health["children"]["edges"]] == [
        "济南第一医院",
        "济南第二医院",
    ]
    assert health["subtree"]["totalCount"] == 4
    assert health["ancestors"] == [
        {"name": "山东省人力资源和社会保障厅", "depth": 0},
        {"name": "济南市人力资源和社会保障局", "depth": 1},
    ]
    hospital = (await live.data(query, {"id": str(tree.ids["hospital1"])}))["organisation"]
    assert hospital["departments"] == [{"name": "内科"}]


async def test_regions_top_and_children(live: LiveServer, tree: Any) -> None:
    top = await live.data("{ regions { code name level } }")
    assert top["regions"] == [{"code": "370000", "name": "山东省", "level": "PROVINCE"}]
    cities = await live.data('{ regions(parentCode: "370000") { name parent { name } } }')
    assert [r["name"] for r in cities["regions"]] == ["济南市", "青岛市"]
    assert cities["regions"][0]["parent"] == {"name": "山东省"}
