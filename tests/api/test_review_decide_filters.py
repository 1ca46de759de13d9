"""Deciding "all matching" decides exactly what the queue shows under the same filters."""

from __future__ import annotations

from typing import Any

from tests.conftest import LiveServer, login_token
from tests.fixtures.claims import claim_statuses, submit_claim
from tests.fixtures.tree import PASSWORD

DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount errors { code field } } }"""
QUEUE = """query($y: Int) { reviewSteps(kind: CLAIM_REVIEW, year: $y) { totalCount } }"""


async def test_approving_all_matching_a_year_leaves_other_years_pending(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    fang = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    lei = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    this_year, last_year = await submit_claim(live, fang, 2024), await submit_claim(live, lei, 2023)
    reviewer = tokens["hospital1"]
    shown = await live.data(QUEUE, {"y": 2024}, reviewer)
    assert shown["reviewSteps"]["totalCount"] == 1

    decided = await live.data(
        DECIDE,
        {"i": {"kind": "CLAIM_REVIEW", "allMatching": True, "approve": True, "year": 2024}},
        reviewer,
    )
    assert decided["reviewDecide"] == {"decidedCount": 1, "errors": []}
    assert (await claim_statuses(live, fang))[this_year] == "APPROVED"
    assert (await claim_statuses(live, lei))[last_year] == "SUBMITTED"
