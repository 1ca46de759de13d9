"""Sign-ins, failed sign-ins, sign-outs and reset requests leave audit records."""

from __future__ import annotations

from typing import Any

from models import Account, AuditLog
from tests.conftest import LiveServer, login_token
from tests.fixtures.outbox import sent_to
from tests.fixtures.tree import PASSWORD

LOGIN = """mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }"""
RESET = """mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok } }"""


async def actions(account_id: int) -> list[str]:
    rows = AuditLog.filter(subject_type="account", subject_id=str(account_id)).order_by("id")
    return [str(a) for a in await rows.values_list("action", flat=True)]


async def test_sign_in_out_and_reset_requests_are_audited(live: LiveServer, tree: Any) -> None:
    number = tree.people["王芳"]
    account = await Account.get(id_number=number)
    await Account.filter(id=account.id).update(phone="13800001111")
    wrong = {"i": {"idNumber": number, "password": "Wrong-2026-x", "portal": "PROFESSIONAL"}}
    assert (await live.data(LOGIN, wrong))["login"]["errors"] == [{"code": "WRONG_PASSWORD"}]
    token = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    assert (await live.data("mutation { logout { ok } }", token=token))["logout"]["ok"]
    await live.data(RESET, {"i": {"idNumber": number, "contact": "13800001111"}})
    await sent_to("13800001111")  # the code is made after the reply
    assert await actions(account.id) == [
        "account.login_failed",
        "account.login",
        "account.logout",
        "account.password_reset_requested",
    ]
    # the records hold no secret
    details = await AuditLog.filter(subject_id=str(account.id)).values_list("after", flat=True)
    assert "Wrong-2026-x" not in str(details) and PASSWORD not in str(details)
