"""Live to-do counts and claim updates over graphql-transport-ws, with the gql client."""

from __future__ import annotations

import asyncio
from typing import Any

from domain import reviews, todo
from models import Claim, Professional, ReviewStep
from models.enums import ClaimStatus, OrgKind, ReviewKind
from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD
from tests.realtime.clients import CLAIMS, TODO, counts, subscribed

DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount } }"""


async def test_counts_arrive_at_once_and_follow_submissions(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    async with subscribed(live.ws_url, tokens["hospital1"], TODO) as feed:
        first = await feed.next()
        labels = {i["kind"]: i["label"] for i in first["todoCounts"]["items"]}
        # a super admin sees every kind that can reach its kind of organisation, zeros
        # included, in Chinese: an employer never verifies claims nor decides identity changes
        assert labels["CLAIM_REVIEW"] == "学时审核"
        assert set(labels) == {
            k.value for k, h in reviews.HANDLERS.items() if OrgKind.EMPLOYER in h.receivers
        }
        assert not {"CLAIM_VERIFICATION", "IDENTITY_CHANGE", "BASE_ANNUAL_PLAN"} & set(labels)
        before = counts(first)["CLAIM_REVIEW"]
        claim = (await live.data(CREATE, {"i": training(year=2024)}, person))["claimCreate"]
        assert await feed.quiet()  # a draft waits for no one
        await live.data(ACT % "claimSubmit", {"id": claim["claim"]["id"]}, person)
        assert counts(await feed.next())["CLAIM_REVIEW"] == before + 1
        await live.data(ACT % "claimWithdraw", {"id": claim["claim"]["id"]}, person)
        after = await feed.next()
        assert counts(after)["CLAIM_REVIEW"] == before
        assert after["todoCounts"]["total"] == sum(counts(after).values())


async def test_a_batch_of_1000_approvals_sends_one_update_and_siblings_hear_nothing(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await Professional.get(account__id_number=tree.people["李娜"])
    await Claim.bulk_create(
        [
            Claim(professional_id=person.id, year=2017, subject="PUBLIC", form="ONLINE",
                  details={}, requested_hours="1", status=ClaimStatus.SUBMITTED, filed_by_account_id=0)
            for _ in range(1000)
        ]
    )  # fmt: skip
    ids = await Claim.filter(professional_id=person.id, year=2017).values_list("id", flat=True)
    await ReviewStep.bulk_create([ReviewStep(kind=ReviewKind.CLAIM_REVIEW, subject_type="claim", subject_id=i,
                                             reviewer_id=tree.ids["hospital1"], applicant_name="批量千条", summary={})
                                  for i in ids])  # fmt: skip
    async with (
        subscribed(live.ws_url, tokens["hospital1"], TODO) as hospital1,
        subscribed(live.ws_url, tokens["hospital2"], TODO) as sibling,
        subscribed(live.ws_url, tokens["health"], TODO) as verifier,
    ):
        waiting = counts(await hospital1.next())["CLAIM_REVIEW"]
        assert waiting >= 1000
        await sibling.next()
        verifying = counts(await verifier.next())["CLAIM_VERIFICATION"]
        decide = {"kind": "CLAIM_REVIEW", "allMatching": True, "applicantContains": "批量千条",
                  "approve": True}  # fmt: skip
        done = await live.data(DECIDE, {"i": decide}, tokens["hospital1"])
        assert done["reviewDecide"]["decidedCount"] == 1000
        assert counts(await hospital1.next())["CLAIM_REVIEW"] == waiting - 1000
        assert await hospital1.quiet()  # one update for the whole batch, not 1,000
        # approval opened 1,000 verification steps at the competent department: one update
        assert counts(await verifier.next())["CLAIM_VERIFICATION"] == verifying + 1000
        assert await verifier.quiet()
        assert await sibling.quiet(0.2)  # the sibling hospital's counts never moved


async def test_only_kinds_of_the_admins_modules_and_no_subscription_without_a_role(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    async with subscribed(live.ws_url, tokens["hospital2_plain"], TODO) as plain:
        assert (await plain.next())["todoCounts"] == {"total": 0, "items": []}
    async with subscribed(live.ws_url, tokens["professional"], TODO) as denied:
        error = (await denied.next())["error"]
    assert "FORBIDDEN" in str(getattr(error, "errors", error)) or "权限" in str(error)


async def test_a_professional_follows_their_own_claims(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await login_token(live, tree.people["刘洋"], PASSWORD, "PROFESSIONAL")
    other = await login_token(live, tree.people["陈静"], PASSWORD, "PROFESSIONAL")
    async with (
        subscribed(live.ws_url, person, CLAIMS) as mine,
        subscribed(live.ws_url, other, CLAIMS) as theirs,
    ):
        await asyncio.sleep(0.1)  # both subscriptions listening
        claim = (await live.data(CREATE, {"i": training(year=2024)}, person))["claimCreate"]
        claim_id = claim["claim"]["id"]
        await live.data(ACT % "claimSubmit", {"id": claim_id}, person)
        assert (await mine.next())["myClaimUpdates"] == {
            "id": claim_id, "status": "SUBMITTED", "recognisedHours": None}  # fmt: skip
        step = await ReviewStep.get(subject_id=int(claim_id), kind=ReviewKind.CLAIM_REVIEW)
        admin = tokens["hospital2"]
        await live.data(DECIDE, {"i": {"kind": "CLAIM_REVIEW", "ids": [str(step.id)], "approve": False, "reason": "证明不清"}}, admin)  # fmt: skip
        assert (await mine.next())["myClaimUpdates"]["status"] == "REJECTED"
        assert await theirs.quiet(0.2)  # another person's claims are not announced to them


async def test_a_subscriber_that_never_reads_holds_one_value(live: LiveServer, tree: Any) -> None:
    organisation = tree.ids["hospital2"]
    async with todo.HUB.watch(organisation) as slot:
        from domain import events, reviews

        for _ in range(200):
            await events.publish(reviews.todo_channel(organisation), {"kinds": ["CLAIM_REVIEW"]})
        await asyncio.sleep(todo.COALESCE_SECONDS * 4)
        assert isinstance(slot.value, dict) and slot.changed.is_set()
        # however many events came, the subscriber holds one value, not 200
        assert len(slot.value) == len({k for k in ReviewKind})
    assert todo.HUB.feed_count() == 0 or organisation not in todo.HUB._feeds
