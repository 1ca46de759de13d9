"""A related unit outside the caller's scope shows only what the public directory shows:
no walking up `parent` to read a supervisor's phone, address, credit code or departments."""

from __future__ import annotations

from typing import Any

from models import Department, Organisation
from tests.conftest import LiveServer

DETAILS = "name phone address creditCode departments { name }"
VIEWER = (
    f"{{ viewer {{ organisation {{ {DETAILS} parent {{ {DETAILS} parent {{ {DETAILS} }} }} }} }} }}"
)
ORG = f"query($id: ID!) {{ organisation(id: $id) {{ {DETAILS} parent {{ {DETAILS} }} }} }}"
WITHHELD = {"phone": None, "address": None, "creditCode": None, "departments": []}


async def test_a_professional_cannot_walk_up_to_its_supervisors(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    await Organisation.filter(id=tree.ids["health"]).update(phone="0531-1234567", address="经十路")
    await Department.create(organisation_id=tree.ids["health"], name="办公室")
    await Organisation.filter(id=tree.ids["hospital1"]).update(phone="0531-7654321")
    own = (await live.data(VIEWER, token=tokens["professional"]))["viewer"]["organisation"]
    assert own["name"] == "济南第一医院" and own["phone"] == "0531-7654321"  # its own unit
    parent = own["parent"]
    assert parent["name"] == "济南市卫生健康委员会"
    assert {k: parent[k] for k in WITHHELD} == WITHHELD
    assert {k: parent["parent"][k] for k in WITHHELD} == WITHHELD


async def test_an_admin_sees_units_above_it_only_by_name(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    hospital = await live.data(ORG, {"id": str(tree.ids["hospital1"])}, tokens["hospital1"])
    parent = hospital["organisation"]["parent"]
    assert parent["name"] == "济南市卫生健康委员会"
    assert {k: parent[k] for k in WITHHELD} == WITHHELD
    # the city bureau above both reaches the department whole
    bureau = await live.data(ORG, {"id": str(tree.ids["hospital1"])}, tokens["jinan"])
    assert bureau["organisation"]["parent"]["phone"] == "0531-1234567"
    assert bureau["organisation"]["parent"]["departments"] == [{"name": "办公室"}]
