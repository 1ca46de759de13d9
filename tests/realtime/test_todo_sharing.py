"""One to-do update is rendered once per organisation and shared (domain/todo.py View,
schema/assembly.py SharingExecutionContext): sharing must never blur who sees what — each
subscriber still gets its own selection, and only the kinds its own role's modules allow."""

from __future__ import annotations

from typing import Any

from models import Account
from tests.api.test_admins import ADD, ROLE
from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD
from tests.realtime.clients import TODO, counts, subscribed

ALIASED = "subscription { todoCounts { sum: total items { count kind } } }"


async def test_shared_updates_keep_each_subscribers_selection_and_kinds(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    boss = tokens["hospital1"]
    # a second admin of the same unit whose role holds registration review only
    saved = await live.data(
        ROLE, {"i": {"name": "注册审核", "modules": ["REGISTRATION_REVIEW"]}}, boss
    )
    role_id = saved["adminRoleSave"]["message"].split()[-1]
    member = str((await Account.get(id_number=tree.people["王磊"])).id)
    added = await live.data(ADD, {"i": {"accountId": member, "roleId": role_id}}, boss)
    assert added["adminAdd"]["ok"] is True
    narrow = await login_token(live, tree.people["王磊"], PASSWORD, "EMPLOYER")
    person = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")

    async with (
        subscribed(live.ws_url, boss, TODO) as first,
        subscribed(live.ws_url, boss, TODO) as second,
        subscribed(live.ws_url, boss, ALIASED) as aliased,
        subscribed(live.ws_url, narrow, TODO) as registration,
    ):
        one, two = await first.next(), await second.next()
        assert one == two
        before = counts(one)["CLAIM_REVIEW"]
        initial = (await aliased.next())["todoCounts"]
        assert set(initial) == {"sum", "items"} and set(initial["items"][0]) == {"count", "kind"}
        narrow_first = await registration.next()
        assert "PROFESSIONAL_REGISTRATION" in counts(narrow_first)
        assert "CLAIM_REVIEW" not in counts(narrow_first)

        claim = (await live.data(CREATE, {"i": training(year=2024)}, person))["claimCreate"]
        await live.data(ACT % "claimSubmit", {"id": claim["claim"]["id"]}, person)
        one, two = await first.next(), await second.next()
        assert one == two and counts(one)["CLAIM_REVIEW"] == before + 1
        assert one["todoCounts"]["total"] == sum(counts(one).values())
        moved = (await aliased.next())["todoCounts"]
        # the same update in the other subscriber's own shape: its alias, its fields, its order
        assert list(moved) == ["sum", "items"] and moved["sum"] == one["todoCounts"]["total"]
        assert {i["kind"]: i["count"] for i in moved["items"]} == counts(one)
        # the registration reviewer's kinds did not change: it hears nothing, sees no claims
        assert await registration.quiet(0.5)

        await live.data(ACT % "claimWithdraw", {"id": claim["claim"]["id"]}, person)
        assert counts(await first.next())["CLAIM_REVIEW"] == before
        assert counts(await second.next())["CLAIM_REVIEW"] == before
        assert (await aliased.next())["todoCounts"]["sum"] == initial["sum"]
        assert await registration.quiet(0.3)
