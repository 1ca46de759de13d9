"""An admin resets, unlocks or disables only accounts it governs entirely: a supervisor who
also registered as a professional of a unit below cannot be taken over by that unit."""

from __future__ import annotations

from typing import Any

from models import Account, Professional
from models.enums import ProfessionalStatus
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

RESET = """mutation($id: ID!) { accountPasswordReset(input: {accountId: $id}) {
    ok errors { code } } }"""
UNLOCK = """mutation($id: ID!) { accountUnlock(input: {accountId: $id}) { ok errors { code } } }"""


async def test_a_unit_cannot_reset_its_supervisors_account(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # the competent department's super admin also works as a professional of a hospital below
    supervisor = await Account.get(id_number=tree.admins["health"])
    await Professional.create(
        account=supervisor,
        organisation_id=tree.ids["hospital1"],
        status=ProfessionalStatus.ACTIVE,
        region_id="370102",
    )
    hospital = tokens["hospital1"]
    for mutation, name in ((RESET, "accountPasswordReset"), (UNLOCK, "accountUnlock")):
        refused = (await live.data(mutation, {"id": str(supervisor.id)}, hospital))[name]
        assert refused == {"ok": False, "errors": [{"code": "NOT_FOUND"}]}
    # nothing changed: the supervisor still signs in with the own password, no change forced
    await Account.refresh_from_db(supervisor)
    assert supervisor.must_change_password is False
    assert await login_token(live, tree.admins["health"], PASSWORD, "COMPETENT")
    # the city bureau above both governs every role of the account, and may reset it
    done = await live.data(RESET, {"id": str(supervisor.id)}, tokens["jinan"])
    assert done["accountPasswordReset"] == {"ok": True, "errors": []}


async def test_an_admin_of_the_own_unit_is_reset_by_its_super_admin_not_a_sibling(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    plain = await Account.get(id_number=tree.admins["hospital2_plain"])
    sibling = await live.data(RESET, {"id": str(plain.id)}, tokens["hospital1"])
    assert sibling["accountPasswordReset"]["errors"] == [{"code": "NOT_FOUND"}]
    own_super = await live.data(RESET, {"id": str(plain.id)}, tokens["hospital2"])
    assert own_super["accountPasswordReset"] == {"ok": True, "errors": []}
