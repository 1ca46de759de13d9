"""Admins and roles: add three ways, roles bound the modules, disable, transfer, remove."""

from __future__ import annotations

from typing import Any

import pytest

from models import Account, Admin
from tests.conftest import LiveServer, login_token
from tests.fixtures.kept_statements import first_pages_both_ways
from tests.fixtures.tree import PASSWORD, make_id_number

ADD = "mutation($i: AdminAddInput!) { adminAdd(input: $i) { ok message errors { code field } } }"
ROLE = "mutation($i: AdminRoleSaveInput!) { adminRoleSave(input: $i) { ok message errors { code field } } }"
ASSIGN = "mutation($i: AdminAssignRoleInput!) { adminAssignRole(input: $i) { ok errors { code } } }"
ENABLE = "mutation($i: AdminSetEnabledInput!) { adminSetEnabled(input: $i) { ok errors { code field } } }"
TRANSFER = (
    "mutation($i: AdminTargetInput!) { adminTransferSuper(input: $i) { ok errors { code } } }"
)
REMOVE = "mutation($i: AdminTargetInput!) { adminRemove(input: $i) { ok errors { code } } }"
ADMINS = "{ admins(first: 100) { totalCount edges { node { id name isSuper status organisation { name } } } } }"
VIEWER = "{ viewer { isSuper modules } }"
LOGIN_AS = "mutation($i: LoginInput!) { login(input: $i) { token errors { code message } } }"


async def admin_id(id_number: str, unit_id: int) -> str:
    account = await Account.get(id_number=id_number)
    return str((await Admin.get(account_id=account.id, organisation_id=unit_id)).id)


async def test_add_a_member_give_a_role_and_the_role_bounds_the_modules(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    boss = tokens["hospital1"]
    role = await live.data(
        ROLE, {"i": {"name": "审核员", "modules": ["REGISTRATION_REVIEW"]}}, boss
    )
    role_id = role["adminRoleSave"]["message"].split()[-1]
    member = str((await Account.get(id_number=tree.people["李娜"])).id)
    added = await live.data(ADD, {"i": {"accountId": member, "roleId": role_id}}, boss)
    assert added["adminAdd"]["ok"] is True
    again = await live.data(ADD, {"i": {"accountId": member}}, boss)
    assert again["adminAdd"]["errors"] == [{"code": "ALREADY_ADMIN", "field": "accountId"}]
    outsider = str((await Account.get(id_number=tree.people["刘洋"])).id)  # works at hospital2
    assert (await live.data(ADD, {"i": {"accountId": outsider}}, boss))["adminAdd"]["errors"][0][
        "code"
    ] == "NOT_FOUND"
    token = await login_token(live, tree.people["李娜"], PASSWORD, "EMPLOYER")
    assert (await live.data(VIEWER, token=token))["viewer"] == {
        "isSuper": False,
        "modules": ["REGISTRATION_REVIEW"],
    }
    denied = await live.gql("{ persons { totalCount } }", token=token)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert "errors" not in await live.gql(
        "{ reviewSteps(kind: PROFESSIONAL_REGISTRATION) { totalCount } }", token=token
    )


async def test_add_a_new_account_and_an_existing_one(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    boss = tokens["hospital2"]
    number = make_id_number("370102", "19880909", 909)
    fresh = {
        "idNumber": number,
        "name": "新管理员",
        "password": "New-admin-2026",
        "phone": "13811112222",
        "email": "n@example.cn",
    }
    assert (await live.data(ADD, {"i": {"account": fresh}}, boss))["adminAdd"]["ok"] is True
    assert await login_token(live, number, "New-admin-2026", "EMPLOYER")
    existing = {"idNumber": tree.people["王磊"], "name": "王磊", "password": "wrong", "phone": "13811113333",
                "email": "w@example.cn", "existingAccount": True}  # fmt: skip
    wrong = await live.data(ADD, {"i": {"account": existing}}, boss)
    assert wrong["adminAdd"]["errors"] == [{"code": "WRONG_PASSWORD", "field": "password"}]
    existing["password"] = PASSWORD
    assert (await live.data(ADD, {"i": {"account": existing}}, boss))["adminAdd"]["ok"] is True
    # 王磊 is now a professional of hospital1 and an admin of hospital2: two roles, one account
    token = await login_token(live, tree.people["王磊"], PASSWORD, "EMPLOYER")
    roles = (await live.data("{ viewer { roles { kind organisationName } } }", token=token))[
        "viewer"
    ]["roles"]
    assert roles == [{"kind": "PROFESSIONAL", "organisationName": "济南第一医院"},
                     {"kind": "EMPLOYER", "organisationName": "济南第二医院"}]  # fmt: skip


async def test_a_parent_disables_a_child_admin_whose_sessions_end(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    listed = (await live.data(ADMINS, token=tokens["health"]))["admins"]
    units = {e["node"]["organisation"]["name"] for e in listed["edges"]}
    assert {
        "济南第一医院",
        "济南第二医院",
        "济南市卫生健康委员会",
    } <= units and "青岛市人力资源和社会保障局" not in units
    target = await admin_id(tree.admins["hospital2_plain"], tree.ids["hospital2"])
    session = await login_token(live, tree.admins["hospital2_plain"], PASSWORD, "EMPLOYER")
    done = await live.data(ENABLE, {"i": {"adminId": target, "enabled": False}}, tokens["health"])
    assert done["adminSetEnabled"]["ok"] is True
    assert (await live.data(VIEWER, token=session))["viewer"] is None
    sibling = await live.data(
        ENABLE, {"i": {"adminId": target, "enabled": True}}, tokens["hospital1"]
    )
    assert sibling["adminSetEnabled"]["errors"] == [{"code": "NOT_FOUND", "field": "adminId"}]
    await live.data(ENABLE, {"i": {"adminId": target, "enabled": True}}, tokens["health"])


async def test_transfer_the_super_admin_and_the_old_one_is_not_kept(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """Seed 004 Q13: 更换超管 — add the successor as an admin, make it super; "更换超管后不保留
    原超管账号": the old super admin is no admin of the unit any more, its session ends, and
    its account (with any other role) stays."""
    number = make_id_number("370102", "19870707", 707)
    fresh = {
        "idNumber": number,
        "name": "接任者",
        "password": "Next-super-2026",
        "phone": "13811114444",
        "email": "j@example.cn",
    }
    await live.data(ADD, {"i": {"account": fresh}}, tokens["qingdao"])
    successor = await admin_id(number, tree.ids["qingdao"])
    assert (await live.data(TRANSFER, {"i": {"adminId": successor}}, tokens["qingdao"]))[
        "adminTransferSuper"
    ]["ok"]
    new_token = await login_token(live, number, "Next-super-2026", "HRSS")
    assert (await live.data(VIEWER, token=new_token))["viewer"]["isSuper"] is True
    listed = (await live.data(ADMINS, token=new_token))["admins"]["edges"]
    assert [e["node"]["name"] for e in listed if e["node"]["organisation"]["name"]
            == "青岛市人力资源和社会保障局"] == ["接任者"]  # fmt: skip
    old_account = await Account.get(id_number=tree.admins["qingdao"])
    assert not await Admin.exists(account_id=old_account.id, organisation_id=tree.ids["qingdao"])
    assert (await live.data(VIEWER, token=tokens["qingdao"]))["viewer"] is None  # signed out
    refused = await live.data(
        LOGIN_AS,
        {"i": {"idNumber": tree.admins["qingdao"], "password": PASSWORD, "portal": "HRSS"}},
    )
    assert refused["login"]["errors"][0]["code"] == "ROLE_NOT_REGISTERED"
    assert await Account.exists(id_number=tree.admins["qingdao"])  # the account stays


async def test_the_audit_log_is_readable_in_scope_and_never_writable(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    query = """query($a: String) { auditLog(action: $a, first: 100) { totalCount edges { node {
        action subjectType actingOrganisation { name } changes { field label after } } } } }"""
    mine = (await live.data(query, {"a": "admin.add"}, tokens["hospital1"]))["auditLog"]
    assert mine["totalCount"] >= 1
    assert {e["node"]["actingOrganisation"]["name"] for e in mine["edges"]} == {"济南第一医院"}
    city = (await live.data(query, {"a": "admin.add"}, tokens["jinan"]))["auditLog"]["totalCount"]
    assert city >= mine["totalCount"]
    other = await live.gql(query, {"a": "admin.add"}, tokens["professional"])
    assert other["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    from resolvers.root import build_schema

    mutations = [f.name for f in build_schema().get_type_by_name("Mutation").fields]  # type: ignore[union-attr]
    assert not [m for m in mutations if "audit" in m.lower()]


AUDIT_PAGE = """query($a: String, $t: String, $s: String, $after: String) {
  auditLog(action: $a, subjectType: $t, subjectId: $s, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at accountId accountName action subjectType subjectId
      changes { field label before after } actingOrganisation { name } } } } }"""


async def test_the_audit_log_from_kept_statements_answers_as_fresh_ones(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    kept_statement_spy: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """auditLog keeps its statements (domain/statements.py): asked again, and with the
    mechanism off, every admin's log under every filter and page is the same."""
    filters: list[dict[str, Any]] = [
        {}, {"a": "admin.add"}, {"t": "admin"}, {"a": "admin.add", "t": "admin"}, {"s": "1"},
    ]  # fmt: skip
    seen = 0
    for key in ("hospital1", "health", "jinan", "hospital2"):
        for given in filters:
            seen += await first_pages_both_ways(
                live, tokens[key], given, monkeypatch, AUDIT_PAGE, "auditLog"
            )
    assert seen > 0 and kept_statement_spy
