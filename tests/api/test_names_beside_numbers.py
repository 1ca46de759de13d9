"""What lists show to be read by people carries names, not only numbers: an admin's role by
its name, an audit entry's actor by name, the audit log's codes with their labels."""

from __future__ import annotations

from typing import Any

from models import Account
from tests.conftest import LiveServer

ROLE = "mutation($i: AdminRoleSaveInput!) { adminRoleSave(input: $i) { ok message } }"
ADD = "mutation($i: AdminAddInput!) { adminAdd(input: $i) { ok errors { code } } }"
ADMINS = "{ admins(first: 50) { edges { node { name roleId roleName } } } }"
LOG = "{ auditLog(first: 50) { edges { node { action actionLabel accountName } } } }"
CATALOGUE = "{ auditCatalogue { actions { code label } subjectTypes { code label } } }"


async def test_an_admins_role_and_an_entrys_actor_read_by_name(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    boss = tokens["hospital1"]
    role = await live.data(ROLE, {"i": {"name": "审核员", "modules": ["CLAIM_REVIEW"]}}, boss)
    role_id = role["adminRoleSave"]["message"].split()[-1]
    member = str((await Account.get(id_number=tree.people["李娜"])).id)
    added = await live.data(ADD, {"i": {"accountId": member, "roleId": role_id}}, boss)
    assert added["adminAdd"] == {"ok": True, "errors": []}

    admins = [e["node"] for e in (await live.data(ADMINS, token=boss))["admins"]["edges"]]
    assert {"name": "李娜", "roleId": role_id, "roleName": "审核员"} in admins
    # an admin without a role reads as none, not as a number
    assert {"name": "管理员hospital1", "roleId": None, "roleName": None} in admins

    log = [e["node"] for e in (await live.data(LOG, token=boss))["auditLog"]["edges"]]
    assert {"action": "admin.add", "actionLabel": "添加管理员",
            "accountName": "管理员hospital1"} in log  # fmt: skip


async def test_the_audit_logs_codes_come_with_their_labels_for_its_readers_only(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    catalogue = (await live.data(CATALOGUE, token=tokens["hospital1"]))["auditCatalogue"]
    assert {"code": "department.update", "label": "修改部门"} in catalogue["actions"]
    assert {"code": "claim", "label": "学时申报"} in catalogue["subjectTypes"]
    # the same rule as the log itself: a professional may not read it
    denied = await live.gql(CATALOGUE, token=tokens["professional"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
