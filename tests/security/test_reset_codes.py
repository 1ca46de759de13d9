"""Reset codes: few sent per account, and guesses across fresh codes share one throttle."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from domain import outbox
from models import Account, OutboxMessage
from tests.conftest import LiveServer
from tests.fixtures.outbox import sent_to

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
    assert len(await sent_to(PHONE, at_least=3)) == 3
    await asyncio.sleep(0.3)  # the other two requests' background work has settled by now
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


async def test_the_reply_does_not_wait_for_the_code(
    live: LiveServer, tree: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A matching request must not take longer than a wrong one: its reply leaves before the
    code is made and sent (here the sending is held until the reply is in)."""
    number, phone = tree.people["王磊"], "13800003333"
    await Account.filter(id_number=number).update(phone=phone)
    release = asyncio.Event()
    deliver = outbox.deliver

    async def held(message: Any) -> None:
        await release.wait()
        await deliver(message)

    monkeypatch.setattr(outbox, "deliver", held)
    reply = await asyncio.wait_for(
        live.data(REQUEST, {"i": {"idNumber": number, "contact": phone}}), timeout=10
    )
    assert reply["passwordResetRequest"] == {"ok": True, "errors": []}
    assert await OutboxMessage.filter(recipient=phone, sent_at__not_isnull=True).count() == 0
    release.set()
    assert len(await sent_to(phone)) == 1
