"""Forgotten password: a one-time code through the outbox, then a reset that ends sessions."""

from __future__ import annotations

from typing import Any

from domain.passwords import verify_password
from models import Account, OutboxMessage, PasswordResetCode
from tests.conftest import LiveServer, login_token
from tests.fixtures.outbox import last_code
from tests.fixtures.tree import PASSWORD

REQUEST = """mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) {
    ok message errors { code } } }"""
RESET = """mutation($i: PasswordResetInput!) { passwordReset(input: $i) {
    ok errors { code field } } }"""


async def test_reset_with_the_code_sent_to_the_registered_phone(
    live: LiveServer, tree: Any
) -> None:
    number = tree.people["陈静"]
    await Account.filter(id_number=number).update(phone="13905310001", email="chen@example.cn")
    old_session = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    asked = await live.data(REQUEST, {"i": {"idNumber": number, "contact": "13905310001"}})
    assert asked["passwordResetRequest"]["ok"] is True
    code = await last_code("13905310001")
    done = await live.data(
        RESET, {"i": {"idNumber": number, "code": code, "newPassword": "Chen-new-2026"}}
    )
    assert done["passwordReset"] == {"ok": True, "errors": []}
    assert (await live.data("{ viewer { name } }", token=old_session))["viewer"] is None
    assert await login_token(live, number, "Chen-new-2026", "PROFESSIONAL")
    # single use
    again = await live.data(
        RESET, {"i": {"idNumber": number, "code": code, "newPassword": "Chen-other-2026"}}
    )
    assert again["passwordReset"]["errors"] == [{"code": "RESET_CODE_INVALID", "field": "code"}]


async def test_requests_answer_alike_and_send_nothing_when_nothing_matches(
    live: LiveServer, tree: Any
) -> None:
    before = await OutboxMessage.all().count()
    for id_number, contact in [
        (tree.people["刘洋"], "13900000000"),  # not the registered phone
        ("110105194912310021", "13900000000"),  # no such account
    ]:
        body = await live.data(REQUEST, {"i": {"idNumber": id_number, "contact": contact}})
        assert body["passwordResetRequest"]["ok"] is True
    assert await OutboxMessage.all().count() == before


async def test_wrong_codes_burn_the_code_after_five_tries(live: LiveServer, tree: Any) -> None:
    number = tree.people["李娜"]
    await Account.filter(id_number=number).update(email="lina@example.cn")
    await live.data(REQUEST, {"i": {"idNumber": number, "contact": "LiNa@example.cn"}})
    code = await last_code("lina@example.cn")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        body = await live.data(
            RESET, {"i": {"idNumber": number, "code": wrong, "newPassword": "Li-na-2026!"}}
        )
        assert body["passwordReset"]["errors"][0]["code"] == "RESET_CODE_INVALID"
    burnt = await live.data(
        RESET, {"i": {"idNumber": number, "code": code, "newPassword": "Li-na-2026!"}}
    )
    assert burnt["passwordReset"]["errors"][0]["code"] == "RESET_CODE_INVALID"
    stored = await PasswordResetCode.filter(account__id_number=number).first()
    assert stored is not None and code not in stored.code_hash
    # the password is unchanged (signing in from this address now waits: the six wrong codes
    # count in the login throttle, tests/security/test_reset_codes.py)
    account = await Account.get(id_number=number)
    assert await verify_password(account.password_hash, PASSWORD)


async def test_the_new_password_must_pass_the_policy(live: LiveServer, tree: Any) -> None:
    number = tree.people["王磊"]
    await Account.filter(id_number=number).update(phone="13905310002")
    await live.data(REQUEST, {"i": {"idNumber": number, "contact": "13905310002"}})
    code = await last_code("13905310002")
    weak = await live.data(RESET, {"i": {"idNumber": number, "code": code, "newPassword": "short"}})
    assert weak["passwordReset"]["errors"] == [{"code": "PASSWORD_TOO_SHORT", "field": "password"}]
    assert await login_token(live, number, PASSWORD, "PROFESSIONAL")
