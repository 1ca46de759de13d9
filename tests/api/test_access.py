"""Login, sessions and the viewer, through HTTP and WebSocket."""

from __future__ import annotations

import json
from typing import Any

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from models import Account, Admin, Organisation, Professional
from models.enums import AccountStatus, OrgStatus, ProfessionalStatus
from tests.conftest import LOGIN, LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

VIEWER = """{ viewer { name idNumber kind isSuper modules mustChangePassword
    organisation { name } roles { kind organisationName isSuper } } }"""


async def attempt(live: LiveServer, id_number: str, password: str, portal: str) -> dict[str, Any]:
    body = await live.data(
        LOGIN, {"input": {"idNumber": id_number, "password": password, "portal": portal}}
    )
    return body["login"]


async def test_the_four_login_messages_of_seed_004(live: LiveServer, tree: Any) -> None:
    unknown = await attempt(
        live, make_id_number("370102", "19991231", 999), PASSWORD, "PROFESSIONAL"
    )
    assert unknown["errors"][0]["code"] == "ACCOUNT_NOT_FOUND"
    assert unknown["errors"][0]["message"].startswith("您的账号不存在，请核对是否输入有误")
    wrong_role = await attempt(live, tree.people["王芳"], PASSWORD, "HRSS")
    assert wrong_role["errors"][0] == {
        "code": "ROLE_NOT_REGISTERED", "field": None,
        "message": "您选择的登录角色未注册，请选择正确的登录角色",
    }  # fmt: skip
    wrong_password = await attempt(live, tree.people["王芳"], "not-the-password", "PROFESSIONAL")
    assert wrong_password["errors"][0]["code"] == "WRONG_PASSWORD"
    assert "忘记登录密码" in wrong_password["errors"][0]["message"]
    assert wrong_password["token"] is None
    # pending: a professional registered under 济南第二医院 that has not yet decided
    number = make_id_number("370102", "19960606", 612)
    account = await Account.create(
        name="待审人",
        id_number=number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    await Professional.create(account=account, organisation_id=tree.ids["hospital2"],
                              status=ProfessionalStatus.PENDING)  # fmt: skip
    pending = await attempt(live, number, PASSWORD, "PROFESSIONAL")
    assert pending["errors"][0]["code"] == "PENDING_REVIEW"
    assert "济南第二医院" in pending["errors"][0]["message"]


async def test_lower_case_x_logs_in(live: LiveServer, tree: Any) -> None:
    number = make_id_number("370102", "19800101", 3)
    while not number.endswith("X"):  # find a sequence whose check character is X
        number = make_id_number("370102", "19800101", int(number[14:17]) + 1)
    await Account.create(
        name="带X者",
        id_number=number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    await Admin.create(account=await Account.get(id_number=number),
                       organisation_id=tree.ids["hospital2"], is_super=False)  # fmt: skip
    assert (await attempt(live, number.lower(), PASSWORD, "EMPLOYER"))["errors"] == []


async def test_viewer_shows_the_acting_role(live: LiveServer, tokens: dict[str, str]) -> None:
    assert (await live.data(VIEWER))["viewer"] is None
    admin = (await live.data(VIEWER, token=tokens["hospital1"]))["viewer"]
    assert admin["kind"] == "EMPLOYER" and admin["isSuper"] is True
    assert admin["organisation"] == {"name": "济南第一医院"}
    assert "CLAIM_REVIEW" in admin["modules"] and admin["mustChangePassword"] is False
    plain = (await live.data(VIEWER, token=tokens["hospital2_plain"]))["viewer"]
    assert plain["isSuper"] is False and plain["modules"] == []
    person = (await live.data(VIEWER, token=tokens["professional"]))["viewer"]
    assert person["kind"] == "PROFESSIONAL" and person["name"] == "王芳"
    assert person["roles"] == [
        {"kind": "PROFESSIONAL", "organisationName": "济南第一医院", "isSuper": False}
    ]


async def test_logout_revokes_the_token_at_once(live: LiveServer, tree: Any) -> None:
    token = await login_token(live, tree.admins["health"], PASSWORD, "COMPETENT")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "COMPETENT"
    assert (await live.data("mutation { logout { ok } }", token=token))["logout"]["ok"] is True
    assert (await live.data(VIEWER, token=token))["viewer"] is None
    again = await live.gql("mutation { logout { ok } }", token=token)
    assert again["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_password_change_ends_other_sessions(live: LiveServer, tree: Any) -> None:
    number = tree.admins["qingdao"]
    first = await login_token(live, number, PASSWORD, "HRSS")
    second = await login_token(live, number, PASSWORD, "HRSS")
    change = """mutation($i: PasswordChangeInput!) { passwordChange(input: $i) {
        token errors { code field } } }"""
    weak = await live.data(
        change, {"i": {"oldPassword": PASSWORD, "newPassword": "12345678"}}, first
    )
    assert weak["passwordChange"]["errors"] == [
        {"code": "PASSWORD_TOO_COMMON", "field": "password"}
    ]
    wrong = await live.data(
        change, {"i": {"oldPassword": "nope", "newPassword": "Qd-new-2026!"}}, first
    )
    assert wrong["passwordChange"]["errors"] == [{"code": "WRONG_PASSWORD", "field": "oldPassword"}]
    done = await live.data(
        change, {"i": {"oldPassword": PASSWORD, "newPassword": "Qd-new-2026!"}}, first
    )
    new_token = done["passwordChange"]["token"]
    assert done["passwordChange"]["errors"] == [] and new_token
    for old in (first, second):
        assert (await live.data(VIEWER, token=old))["viewer"] is None
    assert (await live.data(VIEWER, token=new_token))["viewer"]["name"] == "管理员qingdao"
    assert (await attempt(live, number, "Qd-new-2026!", "HRSS"))["errors"] == []


async def test_disabled_admin_and_organisation_lose_their_sessions(
    live: LiveServer, tree: Any
) -> None:
    number = make_id_number("370102", "19770707", 171)
    account = await Account.create(
        name="停用者",
        id_number=number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    admin = await Admin.create(account=account, organisation_id=tree.ids["base"], is_super=True)
    token = await login_token(live, number, PASSWORD, "BASE")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "BASE"
    await Admin.filter(id=admin.id).update(status=AccountStatus.DISABLED)
    assert (await live.data(VIEWER, token=token))["viewer"] is None
    disabled = await attempt(live, number, PASSWORD, "BASE")
    assert disabled["errors"][0]["code"] == "DISABLED"
    await Admin.filter(id=admin.id).update(status=AccountStatus.ACTIVE)
    await Organisation.filter(id=tree.ids["base"]).update(status=OrgStatus.DISABLED)
    assert (await attempt(live, number, PASSWORD, "BASE"))["errors"][0]["code"] == "DISABLED"
    await Organisation.filter(id=tree.ids["base"]).update(status=OrgStatus.ACTIVE)


async def test_repeated_failures_slow_down_then_lock(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    number = tree.people["刘洋"]
    codes = [
        (await attempt(live, number, f"wrong-{i}", "PROFESSIONAL"))["errors"][0]["code"]
        for i in range(7)
    ]
    assert codes[:6] == ["WRONG_PASSWORD"] * 6 and codes[6] == "TOO_MANY_ATTEMPTS"
    # even the right password waits until the delay has passed
    held = await attempt(live, number, PASSWORD, "PROFESSIONAL")
    assert (
        held["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
        and "后再试" in held["errors"][0]["message"]
    )
    # the employer's admin sees the lock and lifts it; a sibling unit's admin cannot
    query = '{ persons(filter: {name: "刘洋"}) { edges { node { accountId loginLockedUntil } } } }'
    node = (await live.data(query, token=tokens["hospital2"]))["persons"]["edges"][0]["node"]
    assert node["loginLockedUntil"] is not None
    unlock = "mutation($i: AccountPasswordResetInput!) { accountUnlock(input: $i) { ok errors { code } } }"
    sibling = await live.data(unlock, {"i": {"accountId": node["accountId"]}}, tokens["hospital1"])
    assert sibling["accountUnlock"]["errors"] == [{"code": "NOT_FOUND"}]
    done = await live.data(unlock, {"i": {"accountId": node["accountId"]}}, tokens["hospital2"])
    assert done["accountUnlock"]["ok"] is True
    assert (await attempt(live, number, PASSWORD, "PROFESSIONAL"))["errors"] == []


async def test_a_revoked_token_cannot_open_a_websocket(live: LiveServer, tree: Any) -> None:
    token = await login_token(live, tree.admins["hospital2"], PASSWORD, "EMPLOYER")
    await live.data("mutation { logout { ok } }", token=token)
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        with pytest.raises(ConnectionClosed) as closed:
            await socket.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403


RESET = """mutation($id: ID!) { accountPasswordReset(input: {accountId: $id}) {
    ok errors { code field } } }"""
PERSONS = "{ persons { totalCount } }"


async def account_id(id_number: str) -> str:
    return str((await Account.get(id_number=id_number)).id)


async def test_admin_resets_a_member_who_must_then_change_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # Given the Jinan bureau resets the password of an admin of a unit below it
    target = make_id_number("370102", "19810808", 181)
    account = await Account.create(
        name="分院管理员",
        id_number=target,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    await Admin.create(account=account, organisation_id=tree.ids["branch"], is_super=True)
    done = await live.data(RESET, {"id": await account_id(target)}, tokens["jinan"])
    assert done["accountPasswordReset"] == {"ok": True, "errors": []}
    # then the old password and every old session are gone
    assert (await attempt(live, target, PASSWORD, "EMPLOYER"))["errors"][0][
        "code"
    ] == "WRONG_PASSWORD"
    # and the last six characters of the ID number open a session that must change it first
    reset = await attempt(live, target, target[-6:], "EMPLOYER")
    assert reset["errors"] == [] and reset["mustChangePassword"] is True
    blocked = await live.gql(PERSONS, token=reset["token"])
    assert blocked["errors"][0]["extensions"]["code"] == "PASSWORD_CHANGE_REQUIRED"
    change = """mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { token errors { code } } }"""
    changed = await live.data(
        change, {"i": {"oldPassword": target[-6:], "newPassword": PASSWORD + "!"}}, reset["token"]
    )
    new_token = changed["passwordChange"]["token"]
    assert (await live.data(PERSONS, token=new_token))["persons"]["totalCount"] == 1  # 张伟


async def test_reset_reaches_only_members_in_scope(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    sibling = await live.data(
        RESET, {"id": await account_id(tree.people["王磊"])}, tokens["hospital2"]
    )
    assert sibling["accountPasswordReset"]["errors"] == [
        {"code": "NOT_FOUND", "field": "accountId"}
    ]
    upward = await live.data(
        RESET, {"id": await account_id(tree.admins["jinan"])}, tokens["hospital1"]
    )
    assert upward["accountPasswordReset"]["errors"][0]["code"] == "NOT_FOUND"
    itself = await live.data(
        RESET, {"id": await account_id(tree.admins["hospital1"])}, tokens["hospital1"]
    )
    assert itself["accountPasswordReset"]["errors"][0]["code"] == "NOT_FOUND"
    forged = await live.data(RESET, {"id": "99999999"}, tokens["hospital1"])
    assert forged["accountPasswordReset"]["errors"][0]["code"] == "NOT_FOUND"
    plain = await live.gql(
        RESET, {"id": await account_id(tree.people["刘洋"])}, tokens["hospital2_plain"]
    )
    assert plain["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await attempt(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL"))["errors"] == []


async def test_revoking_a_session_closes_its_open_subscriptions(
    live: LiveServer, tree: Any
) -> None:
    import asyncio

    token = await login_token(live, tree.admins["health"], PASSWORD, "COMPETENT")
    subscribe = {
        "id": "1", "type": "subscribe",
        "payload": {"query": "subscription($id: ID!) { organisationAdded(withinId: $id) { name } }",
                    "variables": {"id": str(tree.ids["health"])}},
    }  # fmt: skip
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        await socket.send(json.dumps(subscribe))
        await asyncio.sleep(0.2)
        assert (await live.data("mutation { logout { ok } }", token=token))["logout"]["ok"] is True
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401


async def test_disabling_an_admin_closes_its_websocket(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    import asyncio

    number = make_id_number("370102", "19690909", 191)
    account = await Account.create(
        name="被停用",
        id_number=number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    admin = await Admin.create(
        account=account, organisation_id=tree.ids["hospital1"], is_super=False
    )
    token = await login_token(live, number, PASSWORD, "EMPLOYER")
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        disable = "mutation($i: AdminSetEnabledInput!) { adminSetEnabled(input: $i) { ok } }"
        done = await live.data(
            disable, {"i": {"adminId": str(admin.id), "enabled": False}}, tokens["jinan"]
        )
        assert done["adminSetEnabled"]["ok"] is True
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401


async def test_an_admin_of_two_units_chooses_which_it_acts_for(live: LiveServer, tree: Any) -> None:
    number = make_id_number("370102", "19650505", 151)
    account = await Account.create(
        name="双单位",
        id_number=number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    for unit in ("hospital1", "hospital2"):
        await Admin.create(account=account, organisation_id=tree.ids[unit], is_super=False)
    query = "{ viewer { organisation { name } roles { organisationName } } }"
    default = await login_token(live, number, PASSWORD, "EMPLOYER")
    assert (await live.data(query, token=default))["viewer"]["organisation"] == {
        "name": "济南第一医院"
    }
    login = """mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }"""
    second = await live.data(login, {"i": {"idNumber": number, "password": PASSWORD, "portal": "EMPLOYER",
                                           "organisationId": str(tree.ids["hospital2"])}})  # fmt: skip
    viewer = (await live.data(query, token=second["login"]["token"]))["viewer"]
    assert viewer["organisation"] == {"name": "济南第二医院"}
    assert [r["organisationName"] for r in viewer["roles"]] == ["济南第一医院", "济南第二医院"]
    elsewhere = await live.data(login, {"i": {"idNumber": number, "password": PASSWORD, "portal": "EMPLOYER",
                                              "organisationId": str(tree.ids["qingdao"])}})  # fmt: skip
    assert elsewhere["login"]["errors"] == [{"code": "ROLE_NOT_REGISTERED"}]
