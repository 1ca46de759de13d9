"""The HTTP edge: health, GraphiQL offline, malformed requests, subscriptions over
graphql-transport-ws — all through a real server on a local port."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import websockets

from domain.organisations import add_organisation
from models.enums import OrgKind
from tests.conftest import LiveServer


async def test_healthz_reports_the_database(live: LiveServer) -> None:
    response = await live.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_graphiql_loads_only_local_assets(live: LiveServer) -> None:
    page = await live.client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    external = [
        url for url in re.findall(r"""(?:src|href)=["']([^"']+)""", page.text)
        if not url.startswith(("/", "data:"))
    ]  # fmt: skip
    assert external == []
    # an XML namespace is a name, not a fetch; any other absolute URL would be a fetch
    text = page.text.replace("http://www.w3.org/2000/svg", "")
    assert not re.search(r"(?:https?:)?//[\w-]+\.[\w.-]+", text), re.findall(r"https?://\S+", text)
    assets = re.findall(r"""(?:src|href)=["'](/assets/[^"']+)""", page.text)
    assert len(assets) >= 5
    for asset in assets:
        response = await live.client.get(asset)
        assert response.status_code == 200 and len(response.content) > 500, asset


async def test_assets_outside_the_served_packages_are_not_reachable(live: LiveServer) -> None:
    for path in (
        "/assets/npm/react/../../package.json",
        "/assets/npm/graphql/index.js",
        "/assets/npm/react/%2e%2e/%2e%2e/package-lock.json",
    ):
        assert (await live.client.get(path)).status_code == 404, path


async def test_malformed_requests_get_graphql_errors_never_a_500(live: LiveServer) -> None:
    cases: list[tuple[Any, str | None]] = [
        ({"query": "{ organisations(first: "}, "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "{ noSuchField }"}, "GRAPHQL_VALIDATION_FAILED"),
        ({"query": '{ organisations(first: "ten") { totalCount } }'}, "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "{ " + " ".join(f"a{i}: regions {{ code }}" for i in range(40)) + " }"},
         "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "{ persons { edges { node { organisation { parent { parent { parent { parent "
                   "{ parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }"},
         "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "{ regions { code } }", "variables": "not an object"}, None),
        ({"nothing": True}, None),
    ]  # fmt: skip
    for body, code in cases:
        response = await live.client.post("/graphql", json=body)
        assert response.status_code in (200, 400), (body, response.status_code)
        if code:
            errors = response.json()["errors"]
            assert errors and errors[0]["extensions"]["code"] == code, (body, errors)
            # said in Chinese; graphql-core's English stays for developers
            assert re.search(r"[\u4e00-\u9fff]", errors[0]["message"]), errors
            assert errors[0]["extensions"]["detail"], errors
    for raw in (b"{not json", b"\xff\xfe", b""):
        response = await live.client.post(
            "/graphql", content=raw, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, raw


async def _next_message(socket: Any) -> dict[str, Any]:
    return json.loads(await asyncio.wait_for(socket.recv(), timeout=5))


async def test_subscription_streams_new_organisations_of_a_subtree(live: LiveServer) -> None:
    from models import Region

    await Region.get_or_create(code="370000", defaults={"name": "山东省", "level": "PROVINCE"})
    root = await add_organisation(name="测试省人社厅", kind=OrgKind.HRSS, region_id="370000")
    other = await add_organisation(name="测试他省人社厅", kind=OrgKind.HRSS, region_id="370000")
    token = await _admin_token(live, root.id)
    query = (
        "subscription($id: ID!) { organisationAdded(withinId: $id) { name kind parent { name } } }"
    )
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(json.dumps(_init(token)))
        assert (await _next_message(socket))["type"] == "connection_ack"
        await socket.send(json.dumps({
            "id": "1", "type": "subscribe",
            "payload": {"query": query, "variables": {"id": str(root.id)}},
        }))  # fmt: skip
        await asyncio.sleep(0.2)  # let the server subscribe before publishing
        await add_organisation(
            name="他省单位", kind=OrgKind.EMPLOYER, parent_id=other.id, region_id="370000"
        )
        await add_organisation(
            name="本省单位", kind=OrgKind.EMPLOYER, parent_id=root.id, region_id="370000"
        )
        message = await _next_message(socket)
        assert message["type"] == "next" and message["id"] == "1", message
        assert message["payload"]["data"]["organisationAdded"] == {
            "name": "本省单位",
            "kind": "EMPLOYER",
            "parent": {"name": "测试省人社厅"},
        }
        await socket.send(json.dumps({"id": "1", "type": "complete"}))


def _init(token: str | None) -> dict[str, Any]:
    payload = {"Authorization": f"Bearer {token}"} if token else {}
    return {"type": "connection_init", "payload": payload}


async def _admin_token(live: LiveServer, organisation_id: int) -> str:
    """A super admin of the organisation, logged in through the API."""
    from domain.passwords import hash_password
    from models import Account, Admin
    from tests.conftest import login_token
    from tests.fixtures.tree import make_id_number

    number = make_id_number("370102", "19660606", 600 + organisation_id % 300)
    account = await Account.create(
        name="订阅者", id_number=number, password_hash=await hash_password("Sub-scriber-1")
    )
    await Admin.create(account=account, organisation_id=organisation_id, is_super=True)
    return await login_token(live, number, "Sub-scriber-1", "HRSS")


async def test_subscriptions_need_a_session(live: LiveServer) -> None:
    query = 'subscription { organisationAdded(withinId: "1") { name } }'
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(json.dumps(_init(None)))
        assert (await _next_message(socket))["type"] == "connection_ack"
        await socket.send(json.dumps({"id": "7", "type": "subscribe", "payload": {"query": query}}))
        message = await _next_message(socket)
        errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
        assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED", message


async def test_subscription_to_a_forged_root_is_a_typed_error(live: LiveServer) -> None:
    bureau = await add_organisation(name="伪造测试人社局", kind=OrgKind.HRSS, region_id="370000")
    token = await _admin_token(live, bureau.id)
    query = 'subscription { organisationAdded(withinId: "424242") { name } }'
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(json.dumps(_init(token)))
        assert (await _next_message(socket))["type"] == "connection_ack"
        await socket.send(json.dumps({"id": "9", "type": "subscribe", "payload": {"query": query}}))
        message = await _next_message(socket)
        errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
        assert errors[0]["extensions"]["code"] == "NOT_FOUND", message


async def test_wrong_values_are_explained_in_chinese(live: LiveServer) -> None:
    cases = [
        ('{ organisations(first: "ten") { totalCount } }', None, "BAD_VALUE", "应为 Int 类型的值"),
        ("{ noSuchField }", None, "UNKNOWN_FIELD", "类型 Query 没有字段 noSuchField"),
        ("{ organisations(first: ", None, "SYNTAX", "查询语句有语法错误"),
        (
            "query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }",
            {"f": {"kinds": ["NOPE"]}},
            "BAD_VALUE",
            "“NOPE”不是 OrgKind 的可选值",
        ),
        (
            "query($id: ID!) { organisation(id: $id) { name } }",
            {},
            "MISSING_VARIABLE",
            "变量 $id：缺少必填值（ID!）",
        ),
    ]
    for query, variables, reason, said in cases:
        response = await live.client.post("/graphql", json={"query": query, "variables": variables})
        error = response.json()["errors"][0]
        assert error["extensions"]["reason"] == reason, error
        assert said in error["message"], error
