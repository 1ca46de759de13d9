"""X-Forwarded-For is believed only from TRUSTED_PROXIES (none by default): a guesser cannot
dodge the throttle by naming a new address in each request."""

from __future__ import annotations

from typing import Any

from tests.conftest import LiveServer

LOGIN = """mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }"""


async def test_a_forged_forwarded_address_is_ignored(live: LiveServer, tree: Any) -> None:
    number = tree.people["王芳"]
    codes = []
    for i in range(8):
        response = await live.client.post(
            "/graphql",
            json={
                "query": LOGIN,
                "variables": {
                    "i": {"idNumber": number, "password": f"guess-{i}", "portal": "PROFESSIONAL"}
                },
            },
            headers={"X-Forwarded-For": f"198.51.100.{i + 1}"},
        )
        codes.append(response.json()["data"]["login"]["errors"][0]["code"])
    assert codes[-1] == "TOO_MANY_ATTEMPTS", codes
