"""The console over HTTP: the shell loads only local assets, the pages need a session, and a
list page's adaptor runs the generated query as the caller."""

from __future__ import annotations

import re
from typing import Any

from admin_ui.assets import locked
from tests.conftest import LiveServer
from tests.console.conftest import PUBLIC_LISTS

PERSONS = "/console/api/list/persons"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_the_shell_loads_its_assets_from_this_server(live: LiveServer) -> None:
    response = await live.client.get("/console")
    assert response.status_code == 200
    assert '<html lang="zh-CN">' in response.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert f"/assets/amis/{locked('version')}/sdk.js" in assets
    for asset in assets:
        if asset.startswith("data:"):
            continue
        assert asset.startswith("/"), asset  # no CDN
        assert (await live.client.get(asset)).status_code == 200, asset


async def test_assets_outside_the_served_folders_are_not_reachable(live: LiveServer) -> None:
    version = locked("version")
    for path in (
        f"/assets/amis/{version}/%2e%2e/%2e%2e/package.json",
        f"/assets/amis/{version}/..%2f..%2fpackage-lock.json",
        "/assets/amis/0.0.1/sdk.js",  # only the installed version
        "/assets/npm/ws/package.json",  # a package the pages do not load
        "/console/app.py",
    ):
        assert (await live.client.get(path)).status_code == 404, path


async def test_pages_and_lists_need_a_live_session(live: LiveServer) -> None:
    assert (await live.client.get("/console/login.json")).status_code == 200
    for path in ("/console/app.json", PERSONS):
        assert (await live.client.get(path)).status_code == 401
        answer = await live.client.get(path, headers=bearer("not-a-session"))
        assert answer.status_code == 401
        assert answer.json()["message"] == "会话已失效，请重新登录"


async def rows(live: LiveServer, token: str, path: str, **params: Any) -> dict[str, Any]:
    response = await live.client.get(path, params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_list_page_reads_through_the_api_as_the_caller(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital1"]
    first = await rows(live, admin, PERSONS, page=1, perPage=2)
    assert first["status"] == 0
    assert [r["name"] for r in first["data"]["items"]] == ["王芳", "王磊"]
    assert first["data"]["total"] == 4  # the unit and its branch
    second = await rows(live, admin, PERSONS, page=2, perPage=2)
    assert [r["name"] for r in second["data"]["items"]] == ["李娜", "张伟"]
    beyond = await rows(live, admin, PERSONS, page=9, perPage=2)
    assert beyond["data"]["items"] == [] and beyond["data"]["total"] == 4
    far = await rows(live, admin, PERSONS, page=1000, perPage=100)  # would walk 99,900 rows
    assert far == {"status": 1, "msg": "只能翻到前 10000 条，请用筛选条件缩小范围"}

    # the filter form's values become the field's filter, typed from the schema
    named = await rows(live, admin, PERSONS, name="王", includeSubunits="true")
    assert [r["name"] for r in named["data"]["items"]] == ["王芳", "王磊"]
    assert named["data"]["items"][0]["organisation_name"] == "济南第一医院"
    bad = await rows(live, admin, "/console/api/list/memberCompletions", year="二〇二四")
    assert bad == {"status": 1, "msg": "“年度”应为整数"}

    # the export button downloads the same rows through /exports
    export = await live.client.get(named["data"]["exportUrl"], headers=bearer(admin))
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("application/vnd.openxmlformats")

    # the API's own rules answer: an admin without the modules is refused in Chinese
    refused = await rows(live, tokens["hospital2_plain"], PERSONS)
    assert refused == {"status": 1, "msg": "您没有执行此操作的权限"}
    unknown = await live.client.get("/console/api/list/login", headers=bearer(admin))
    assert unknown.status_code == 404


async def test_the_app_is_generated_for_the_principal(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    def urls(app: dict[str, Any]) -> set[str]:
        return {page["url"] for group in app["pages"] for page in group["children"]}

    full = (await live.client.get("/console/app.json", headers=bearer(tokens["hospital1"]))).json()
    plain = await live.client.get("/console/app.json", headers=bearer(tokens["hospital2_plain"]))
    # who is acting is data beside the app, never inside it (admin_ui/bound.py)
    assert full["data"]["viewer"] == {
        "name": "管理员hospital1",
        "roleLabel": "用人单位",
        "organisationName": "济南第一医院",
        "regionChain": "370000,370100,370102",  # where its searches by region start
    }
    assert {"/persons", "/reviewSteps/CLAIM_REVIEW", "/organisations"} <= urls(full["schema"])
    # an admin without modules: public lists, its own subtree's units, its own password
    assert urls(plain.json()["schema"]) == {
        "/",
        "/do/passwordChange",
        "/organisations",
        *PUBLIC_LISTS,
    }
