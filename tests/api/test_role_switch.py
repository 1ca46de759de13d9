"""切换角色: a signed-in person changes the role (or the unit) it acts as, without its password."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from models import Account, Admin, AuditLog
from models.enums import AccountStatus
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

SWITCH = """mutation($i: SessionSwitchRoleInput!) { sessionSwitchRole(input: $i) {
    token expiresAt mustChangePassword errors { code message field } } }"""
VIEWER = "{ viewer { kind organisation { name } roles { kind organisationName } } }"


async def switch(
    live: LiveServer, token: str | None, portal: str, organisation_id: int | None = None
) -> dict[str, Any]:
    variables: dict[str, Any] = {"portal": portal}
    if organisation_id is not None:
        variables["organisationId"] = str(organisation_id)
    return (await live.data(SWITCH, {"i": variables}, token))["sessionSwitchRole"]


async def viewer(live: LiveServer, token: str) -> dict[str, Any] | None:
    return (await live.data(VIEWER, token=token))["viewer"]


async def new_account(tree: Any, name: str, birth: str, seq: int) -> Account:
    password_hash = (await Account.get(id_number=tree.people["王芳"])).password_hash
    return await Account.create(
        name=name, id_number=make_id_number("370102", birth, seq), password_hash=password_hash
    )


async def test_a_professional_who_is_also_an_employer_admin_switches_both_ways(
    live: LiveServer, tree: Any
) -> None:
    # Given 王磊, a professional of 济南第一医院, is also an admin of his hospital
    account = await Account.get(id_number=tree.people["王磊"])
    await Admin.create(account=account, organisation_id=tree.ids["hospital1"], is_super=False)
    as_person = await login_token(live, account.id_number, PASSWORD, "PROFESSIONAL")
    roles = (await viewer(live, as_person))["roles"]  # type: ignore[index]
    assert [r["kind"] for r in roles] == ["PROFESSIONAL", "EMPLOYER"]
    # When he switches to the employer portal
    done = await switch(live, as_person, "EMPLOYER")
    assert done["errors"] == [] and done["token"] and done["expiresAt"]
    assert done["mustChangePassword"] is False
    as_admin = done["token"]
    # then the new session acts as the admin, and the old one is dead
    assert await viewer(live, as_admin) == {
        "kind": "EMPLOYER", "organisation": {"name": "济南第一医院"}, "roles": roles}  # fmt: skip
    assert await viewer(live, as_person) is None
    # and the switch back gives a professional's session again
    back = await switch(live, as_admin, "PROFESSIONAL")
    assert back["errors"] == []
    assert (await viewer(live, back["token"]))["kind"] == "PROFESSIONAL"  # type: ignore[index]
    assert await viewer(live, as_admin) is None
    # and both switches are in the audit trail
    entries = await AuditLog.filter(action="session.switch_role", account_id=account.id).order_by(
        "id"
    )
    assert [(e.before["kind"], e.after["kind"]) for e in entries] == [
        ("PROFESSIONAL", "EMPLOYER"),
        ("EMPLOYER", "PROFESSIONAL"),
    ]
    assert entries[0].after["organisation_id"] == tree.ids["hospital1"]


async def test_an_admin_of_two_units_switches_unit(live: LiveServer, tree: Any) -> None:
    account = await new_account(tree, "两院管理员", "19660606", 161)
    for unit in ("hospital1", "hospital2"):
        await Admin.create(account=account, organisation_id=tree.ids[unit], is_super=True)
    first = await login_token(live, account.id_number, PASSWORD, "EMPLOYER")
    assert (await viewer(live, first))["organisation"] == {"name": "济南第一医院"}  # type: ignore[index]
    # the unit it already acts for is no switch at all
    same = await switch(live, first, "EMPLOYER")
    assert [e["code"] for e in same["errors"]] == ["SAME_ROLE"] and same["token"] is None
    # a unit where it holds no role is refused with login's own message
    elsewhere = await switch(live, first, "EMPLOYER", tree.ids["qingdao"])
    assert elsewhere["errors"] == [
        {"code": "ROLE_NOT_REGISTERED", "message": "您在所选单位没有该登录角色", "field": None}
    ]
    # the other hospital: the new session acts for it, the first is over
    second = await switch(live, first, "EMPLOYER", tree.ids["hospital2"])
    assert second["errors"] == []
    assert (await viewer(live, second["token"]))["organisation"] == {"name": "济南第二医院"}  # type: ignore[index]
    assert await viewer(live, first) is None
    # an admin's module rights follow the unit it acts for: hospital2's people now
    persons = "{ persons { edges { node { name } } } }"
    names = {
        e["node"]["name"]
        for e in (await live.data(persons, token=second["token"]))["persons"]["edges"]
    }
    assert names == {"刘洋", "陈静"}


async def test_refusals_leave_the_session_as_it_was(live: LiveServer, tree: Any) -> None:
    token = await login_token(live, tree.people["刘洋"], PASSWORD, "PROFESSIONAL")
    # a role the account does not hold: login's message for the wrong portal
    not_held = await switch(live, token, "HRSS")
    assert not_held == {
        "token": None, "expiresAt": None, "mustChangePassword": False,
        "errors": [{"code": "ROLE_NOT_REGISTERED", "field": None,
                    "message": "您选择的登录角色未注册，请选择正确的登录角色"}],
    }  # fmt: skip
    # a disabled admin role
    account = await Account.get(id_number=tree.people["刘洋"])
    admin = await Admin.create(
        account=account,
        organisation_id=tree.ids["hospital2"],
        is_super=False,
        status=AccountStatus.DISABLED,
    )
    disabled = await switch(live, token, "EMPLOYER")
    assert [(e["code"], e["message"]) for e in disabled["errors"]] == [
        ("DISABLED", "您的账号已被停用，请联系所在单位管理员")
    ]
    # a disabled role at the unit named, while another unit's role is live
    await Admin.create(account=account, organisation_id=tree.ids["hospital1"], is_super=False)
    named = await switch(live, token, "EMPLOYER", tree.ids["hospital2"])
    assert [e["code"] for e in named["errors"]] == ["DISABLED"]
    # nothing changed: the professional session still works, no audit record was written
    assert (await viewer(live, token))["kind"] == "PROFESSIONAL"  # type: ignore[index]
    assert not await AuditLog.exists(action="session.switch_role", account_id=account.id)
    # once enabled, the same switch succeeds
    await Admin.filter(id=admin.id).update(status=AccountStatus.ACTIVE)
    enabled = await switch(live, token, "EMPLOYER", tree.ids["hospital2"])
    assert enabled["errors"] == []
    assert (await viewer(live, enabled["token"]))["organisation"] == {"name": "济南第二医院"}  # type: ignore[index]


async def test_anonymous_and_a_pending_password_change_are_refused(
    live: LiveServer, tree: Any
) -> None:
    anonymous = await live.gql(SWITCH, {"i": {"portal": "EMPLOYER"}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    account = await Account.get(id_number=tree.people["陈静"])
    await Admin.create(account=account, organisation_id=tree.ids["hospital2"], is_super=False)
    token = await login_token(live, account.id_number, PASSWORD, "PROFESSIONAL")
    await Account.filter(id=account.id).update(must_change_password=True)
    try:
        waiting = await live.gql(SWITCH, {"i": {"portal": "EMPLOYER"}}, token)
        assert waiting["errors"][0]["extensions"]["code"] == "PASSWORD_CHANGE_REQUIRED"
    finally:
        await Account.filter(id=account.id).update(must_change_password=False)
    assert (await viewer(live, token))["kind"] == "PROFESSIONAL"  # type: ignore[index]


async def test_the_old_sessions_websocket_closes(live: LiveServer, tree: Any) -> None:
    account = await new_account(tree, "切换者", "19670707", 171)
    await Admin.create(account=account, organisation_id=tree.ids["health"], is_super=True)
    await Admin.create(account=account, organisation_id=tree.ids["jinan"], is_super=True)
    token = await login_token(live, account.id_number, PASSWORD, "COMPETENT")
    todo = {"id": "1", "type": "subscribe",
            "payload": {"query": "subscription { todoCounts { total } }"}}  # fmt: skip
    async with websockets.connect(live.ws_url, subprotocols=["graphql-transport-ws"]) as socket:
        await socket.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        await socket.send(json.dumps(todo))
        assert json.loads(await socket.recv())["type"] == "next"
        done = await switch(live, token, "HRSS")
        assert done["errors"] == []
        with pytest.raises(ConnectionClosed) as closed:
            while True:  # a to-do update may still arrive before the close
                await asyncio.wait_for(socket.recv(), timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
    assert (await viewer(live, done["token"]))["kind"] == "HRSS"  # type: ignore[index]
