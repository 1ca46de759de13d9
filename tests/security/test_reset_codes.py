"""Reset codes: few sent per account, and guesses across fresh codes share one throttle."""

from __future__ import annotations

from typing import Any

from models import Account, OutboxMessage
from tests.conftest import LiveServer

REQUEST = """mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) {
    ok errors { code } } }"""
RESET = """mutation($i: PasswordResetInput!) { passwordReset(input: $i) { ok errors { code } } }"""
PHONE = "13800002222"


async def test_codes_are_capped_per_account_and_guesses_do_not_restart(
    live: LiveServer, tree: Any
) -> None:
    number = tree.people["陈静"]
    await Account.filter(id_number=number).update(phone=PHONE)
    for _ in range(5):
        body = await live.data(REQUEST, {"i": {"idNumber": number, "contact": PHONE}})
        assert body["passwordResetRequest"] == {"ok": True, "errors": []}
    # the same answer each time, but the owner's phone got three codes, not five
    assert await OutboxMessage.filter(recipient=PHONE).count() == 3

    def guess(code: str) -> dict[str, Any]:
        return {"i": {"idNumber": number, "code": code, "newPassword": "Brand-new-2026"}}

    codes = [
        (await live.data(RESET, guess(f"{n:06d}")))["passwordReset"]["errors"][0]["code"]
        for n in range(7)
    ]
    # a fresh code would have given five more guesses; the login throttle holds them back
    assert codes[:6] == ["RESET_CODE_INVALID"] * 6
    assert codes[6] == "TOO_MANY_ATTEMPTS"
