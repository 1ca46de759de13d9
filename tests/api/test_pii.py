"""Personal data is masked unless the admin's role grants ACCOUNTS — on both read paths."""

from __future__ import annotations

from typing import Any

import pytest

from models import Account, Admin
from schema import projection
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

QUERY = '{ persons(filter: {name: "刘洋"}) { edges { node { idNumber phone email } } } }'


@pytest.mark.parametrize("projected", [True, False])
async def test_statistics_role_sees_masked_identity(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    projected: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(projection, "ENABLED", projected)
    number = tree.people["刘洋"]
    await Account.filter(id_number=number).update(phone="13905311234", email="liuyang@example.cn")
    save = "mutation($i: AdminRoleSaveInput!) { adminRoleSave(input: $i) { message } }"
    role = await live.data(
        save, {"i": {"name": f"统计员{projected}", "modules": ["STATISTICS"]}}, tokens["hospital2"]
    )
    role_id = int(role["adminRoleSave"]["message"].split()[-1])
    account = await Account.get(id_number=tree.admins["hospital2_plain"])
    await Admin.filter(account_id=account.id).update(role_id=role_id)
    statistician = await login_token(live, tree.admins["hospital2_plain"], PASSWORD, "EMPLOYER")
    masked = (await live.data(QUERY, token=statistician))["persons"]["edges"][0]["node"]
    assert masked == {
        "idNumber": number[:6] + "********" + number[-4:],
        "phone": "139****1234",
        "email": "l***@example.cn",
    }
    full = (await live.data(QUERY, token=tokens["hospital2"]))["persons"]["edges"][0]["node"]
    assert full == {"idNumber": number, "phone": "13905311234", "email": "liuyang@example.cn"}


def test_personal_fields_declare_who_sees_them_in_full() -> None:
    from resolvers.root import build_schema

    schema = build_schema()
    for type_name, field_name in [("Person", "id_number"), ("Person", "phone"), ("Person", "email"),
                                  ("Admin", "id_number")]:  # fmt: skip
        definition = schema.get_type_by_name(type_name)
        field = next(f for f in definition.fields if f.python_name == field_name)  # type: ignore[union-attr]
        assert "PiiDirective" in [type(d).__name__ for d in field.directives], (
            type_name,
            field_name,
        )
