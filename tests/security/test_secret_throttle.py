"""Every path that checks a secret goes through the login throttle, counted per
(account, client address) with growing delays: a guesser slows down itself, never the owner
or a colleague behind the same address. Attacks through HTTP, as issue 14 found them."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.conftest import LiveServer, serve, settings_for
from tests.fixtures.tree import PASSWORD

LOGIN = """mutation($i: LoginInput!) { login(input: $i) { token errors { code message } } }"""
WITHDRAW = """mutation($i: RegistrationWithdrawInput!) { registrationWithdraw(input: $i) {
    withdrawnCount errors { code } } }"""
REGISTER = """mutation($i: ProfessionalRegisterInput!) { professionalRegister(input: $i) {
    ok errors { code field } } }"""
# the free failures of one guesser at one account (domain.throttle.PAIR_POLICY)
FREE = 5


@pytest.fixture(scope="module")
async def live(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveServer]:
    """A server behind a trusted local proxy, so each request names its client address."""
    settings = settings_for(database_url, tmp_path_factory.mktemp("data"))
    settings = dataclasses.replace(settings, trusted_proxies=("127.0.0.1",))
    async with serve(settings) as server:
        yield server


async def post(live: LiveServer, query: str, variables: dict[str, Any], address: str) -> Any:
    response = await live.client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"X-Forwarded-For": address},
    )
    return response.json()["data"]


async def login(live: LiveServer, number: str, password: str, address: str) -> list[str]:
    variables = {"i": {"idNumber": number, "password": password, "portal": "PROFESSIONAL"}}
    body = await post(live, LOGIN, variables, address)
    return [e["code"] for e in body["login"]["errors"]]


def registration(tree: Any, number: str, name: str, password: str) -> dict[str, Any]:
    return {
        "account": {"idNumber": number, "name": name, "password": password,
                    "phone": "13812345678", "email": "a@example.cn", "existingAccount": True},
        "organisationId": str(tree.ids["hospital1"]), "nativePlace": "山东济南",
        "ethnicity": "汉族", "education": "BACHELOR", "school": "山东大学", "major": "临床医学",
        "graduationDate": "2015-07-01", "degree": "BACHELOR", "postdoctoral": False,
        "titleSeries": "卫生技术", "titleSpecialty": "内科", "titleQualification": "主治医师",
        "titleGrade": "INTERMEDIATE",
    }  # fmt: skip


async def test_withdrawal_is_no_password_oracle(live: LiveServer, tree: Any) -> None:
    number, attacker = tree.people["王芳"], "203.0.113.10"
    codes = []
    for i in range(FREE + 2):
        body = await post(
            live, WITHDRAW, {"i": {"idNumber": number, "password": f"guess{i}"}}, attacker
        )
        codes.append(body["registrationWithdraw"]["errors"][0]["code"])
    assert codes[: FREE + 1] == ["WRONG_CREDENTIALS"] * (FREE + 1)
    assert codes[-1] == "TOO_MANY_ATTEMPTS"
    # the same throttle as login: the right password is not even checked from there now
    assert await login(live, number, PASSWORD, attacker) == ["TOO_MANY_ATTEMPTS"]
    # while the owner, elsewhere, signs in as usual
    assert await login(live, number, PASSWORD, "198.51.100.20") == []


async def test_registering_with_an_existing_account_is_no_password_oracle(
    live: LiveServer, tree: Any
) -> None:
    number, attacker = tree.people["刘洋"], "203.0.113.11"
    codes = []
    for i in range(FREE + 2):
        wanted = registration(tree, number, "刘洋", f"Guess-{i}-2026")
        body = await post(live, REGISTER, {"i": wanted}, attacker)
        codes.append(body["professionalRegister"]["errors"][0]["code"])
    assert codes[: FREE + 1] == ["WRONG_PASSWORD"] * (FREE + 1)
    assert codes[-1] == "TOO_MANY_ATTEMPTS"
    # and a login guess from the same address is held back as well
    assert await login(live, number, "Another-guess-1", attacker) == ["TOO_MANY_ATTEMPTS"]


async def test_a_stranger_cannot_lock_the_owner_or_colleagues_out(
    live: LiveServer, tree: Any
) -> None:
    victim, hospital_nat = tree.people["张伟"], "203.0.113.12"
    for i in range(FREE + 3):
        codes = await login(live, victim, f"wrong-{i}", "192.0.2.99")
    assert codes == ["TOO_MANY_ATTEMPTS"]
    # the owner, and a colleague behind a shared address, are not held back by the guesser
    assert await login(live, victim, PASSWORD, hospital_nat) == []
    colleague = next(n for name, n in tree.people.items() if name not in ("张伟", "王芳", "刘洋"))
    assert await login(live, colleague, PASSWORD, hospital_nat) == []


async def test_existence_answers_are_counted_per_address(live: LiveServer) -> None:
    asker = "203.0.113.13"
    codes = []
    for i in range(25):
        codes.append((await login(live, f"11010519491231{i:04d}", "x", asker))[0])
    assert codes[0] == "ACCOUNT_NOT_FOUND"
    assert codes[-1] == "TOO_MANY_ATTEMPTS"


async def test_registrations_from_one_address_are_rate_limited(live: LiveServer, tree: Any) -> None:
    bot = "203.0.113.14"
    codes = []
    for i in range(32):
        wanted = registration(tree, f"3701021990010{i:05d}"[:18], "机器人", "Bot-pass-2026")
        body = await post(live, REGISTER, {"i": wanted}, bot)
        codes.append(body["professionalRegister"]["errors"][0]["code"])
    assert "TOO_MANY_ATTEMPTS" not in codes[:30]
    assert codes[-1] == "TOO_MANY_ATTEMPTS"
    # someone registering from elsewhere is not held back
    elsewhere = await post(
        live, REGISTER, {"i": registration(tree, "x", "某人", "P")}, "198.51.100.30"
    )
    assert elsewhere["professionalRegister"]["errors"][0]["code"] != "TOO_MANY_ATTEMPTS"


async def test_guesses_sent_at_once_get_no_more_tries_than_one_by_one(
    live: LiveServer, tree: Any
) -> None:
    """An attempt is counted before the secret is checked: twenty guesses fired together
    must not all be checked while none has been counted yet."""
    number, attacker = tree.people["李娜"], "203.0.113.15"
    answers = await asyncio.gather(
        *(login(live, number, f"parallel-{i}", attacker) for i in range(20))
    )
    checked = [codes for codes in answers if codes == ["WRONG_PASSWORD"]]
    assert len(checked) <= FREE + 1, answers
    assert sum(codes == ["TOO_MANY_ATTEMPTS"] for codes in answers) >= 20 - FREE - 1
