"""内设部门: add, nest, rename, disable and enable; move members between departments."""

from __future__ import annotations

from typing import Any

from models import AuditLog, Department, Professional
from tests.conftest import LiveServer

LIST = "{ departments { id name level parentId parentName enabled } }"
ADD = """mutation($i: DepartmentAddInput!) { departmentAdd(input: $i) {
    department { id name parentId enabled } errors { code field message } } }"""
UPDATE = """mutation($i: DepartmentUpdateInput!) { departmentUpdate(input: $i) {
    department { id name parentId } errors { code field } } }"""
ENABLE = """mutation($i: DepartmentSetEnabledInput!) { departmentSetEnabled(input: $i) {
    department { id enabled } errors { code field message } } }"""
MOVE = """mutation($i: DepartmentMembersMoveInput!) { departmentMembersMove(input: $i) {
    movedCount errors { code field } } }"""


async def add(live: LiveServer, token: str, name: str, parent: str | None = None) -> Any:
    given = {"name": name, "parentId": parent}
    return (await live.data(ADD, {"i": given}, token))["departmentAdd"]


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def test_add_nest_rename_and_list_in_tree_order(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital2"]
    nursing = (await add(live, admin, "护理部"))["department"]
    theatre = (await add(live, admin, "手术室", nursing["id"]))["department"]
    emergency = (await add(live, admin, " 急诊科 "))["department"]
    assert theatre["parentId"] == nursing["id"] and emergency["name"] == "急诊科"

    assert codes(await add(live, admin, "护理部")) == [("DUPLICATE_NAME", "name")]
    assert codes(await add(live, admin, "  ")) == [("REQUIRED", "name")]
    # another organisation's department is not found
    internal = await Department.get(organisation_id=tree.ids["hospital1"], name="内科")
    assert codes(await add(live, admin, "外科", str(internal.id))) == [("NOT_FOUND", "parentId")]

    mine = (await live.data(LIST, token=admin))["departments"]
    assert [(d["name"], d["level"]) for d in mine] == [("护理部", 1), ("手术室", 2), ("急诊科", 1)]

    # rename and nest under another parent; never under itself or its own sub-department
    moved = await live.data(
        UPDATE, {"i": {"id": theatre["id"], "name": "手术一室", "parentId": emergency["id"]}}, admin
    )
    assert moved["departmentUpdate"]["department"] == {
        "id": theatre["id"], "name": "手术一室", "parentId": emergency["id"]
    }  # fmt: skip
    for department, parent in ((emergency, emergency), (emergency, theatre)):
        cycle = await live.data(
            UPDATE,
            {"i": {"id": department["id"], "name": "急诊科", "parentId": parent["id"]}},
            admin,
        )
        assert codes(cycle["departmentUpdate"]) == [("PARENT_CYCLE", "parentId")]
    mine = (await live.data(LIST, token=admin))["departments"]
    assert [(d["name"], d["level"]) for d in mine] == [
        ("护理部", 1),
        ("急诊科", 1),
        ("手术一室", 2),
    ]
    assert mine[2]["parentName"] == "急诊科"
    # the unit's departments also show on the organisation
    org = """query($id: ID!) { organisation(id: $id) { departments { name enabled } } }"""
    shown = await live.data(org, {"id": str(tree.ids["hospital2"])}, admin)
    assert {"name": "手术一室", "enabled": True} in shown["organisation"]["departments"]

    # hospital1's admin cannot touch hospital2's departments
    foreign = await live.data(
        UPDATE, {"i": {"id": nursing["id"], "name": "改名"}}, tokens["hospital1"]
    )
    assert codes(foreign["departmentUpdate"]) == [("NOT_FOUND", "id")]
    assert await AuditLog.filter(action="department.update", subject_id=theatre["id"]).exists()


async def test_members_move_and_a_department_disables_only_when_empty(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital2"]
    finance = (await add(live, admin, "财务科"))["department"]
    cashier = (await add(live, admin, "出纳组", finance["id"]))["department"]
    people = {
        name: str((await Professional.get(account__name=name)).id)
        for name in ("刘洋", "陈静", "王磊")
    }

    # all or nothing: a member of another unit refuses the whole selection
    mixed = {"professionalIds": [people["刘洋"], people["王磊"]], "departmentId": cashier["id"]}
    refused = (await live.data(MOVE, {"i": mixed}, admin))["departmentMembersMove"]
    assert codes(refused) == [("NOT_FOUND", "professionalIds")] and refused["movedCount"] == 0
    assert (await Professional.get(id=people["刘洋"])).department_id is None  # type: ignore[attr-defined]

    both = {"professionalIds": [people["刘洋"], people["陈静"]], "departmentId": cashier["id"]}
    assert (await live.data(MOVE, {"i": both}, admin))["departmentMembersMove"]["movedCount"] == 2
    persons = """{ persons(filter: {name: "刘洋"}) { edges { node { department { name } } } } }"""
    found = (await live.data(persons, token=admin))["persons"]["edges"]
    assert found == [{"node": {"department": {"name": "出纳组"}}}]

    # disabling takes the sub-departments with it, and needs them empty
    off = {"id": finance["id"], "enabled": False}
    busy = (await live.data(ENABLE, {"i": off}, admin))["departmentSetEnabled"]
    assert [(e["code"], e["message"]) for e in busy["errors"]] == [
        ("DEPARTMENT_HAS_MEMBERS", "该部门（含下级部门）尚有2名人员，请先调整其所在部门")
    ]
    out = {"professionalIds": [people["刘洋"], people["陈静"]], "departmentId": None}
    assert (await live.data(MOVE, {"i": out}, admin))["departmentMembersMove"]["movedCount"] == 2
    done = (await live.data(ENABLE, {"i": off}, admin))["departmentSetEnabled"]
    assert done["errors"] == [] and done["department"]["enabled"] is False
    listed = {d["name"]: d["enabled"] for d in (await live.data(LIST, token=admin))["departments"]}
    assert listed["财务科"] is False and listed["出纳组"] is False

    # a disabled department takes no one and no sub-department; enabling needs the parent enabled
    back = {"professionalIds": [people["刘洋"]], "departmentId": cashier["id"]}
    closed = (await live.data(MOVE, {"i": back}, admin))["departmentMembersMove"]
    assert codes(closed) == [("DEPARTMENT_DISABLED", "departmentId")]
    assert codes(await add(live, admin, "会计组", finance["id"])) == [
        ("PARENT_DISABLED", "parentId")
    ]
    child_first = {"id": cashier["id"], "enabled": True}
    early = (await live.data(ENABLE, {"i": child_first}, admin))["departmentSetEnabled"]
    assert codes(early) == [("PARENT_DISABLED", "parentId")]
    for department in (finance, cashier):
        on = {"id": department["id"], "enabled": True}
        assert (await live.data(ENABLE, {"i": on}, admin))["departmentSetEnabled"]["errors"] == []
    assert (await live.data(MOVE, {"i": back}, admin))["departmentMembersMove"]["movedCount"] == 1
    assert await AuditLog.filter(action="department.members_move").count() >= 3


async def test_only_admins_with_the_module_manage_departments(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    denied = await live.gql(ADD, {"i": {"name": "后勤科"}}, tokens["hospital2_plain"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    as_person = await live.gql(LIST, token=tokens["professional"])
    assert as_person["errors"][0]["extensions"]["code"] == "FORBIDDEN"
