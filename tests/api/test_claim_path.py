"""The whole path of hours, through HTTP only: draft → submit → withdraw → submit → approve
with fewer hours → verify → the year passes → certificate → public verification; then a
failed verification revokes it. And two admins deciding the same claims at once."""

from __future__ import annotations

import asyncio
from typing import Any

from models import AnnualCompletion, Claim, Professional, ReviewStep
from models.enums import ClaimStatus, ReviewKind, ReviewStatus
from tests.api.test_claims import ACT, CREATE, DECIDE_VALUES, step_of, submit, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

VERIFY = (
    "query($c: String!) { verifyCertificate(code: $c) { valid name idNumber year totalHours } }"
)
FAIL = """mutation($i: ClaimFailInput!) { claimFailVerification(input: $i) {
    claim { status } errors { code } } }"""


async def verification_step(live: LiveServer, token: str, claim_id: str) -> str:
    queue = await live.data(
        "{ reviewSteps(kind: CLAIM_VERIFICATION, first: 100) { edges { node { id subjectId } } } }",
        token=token,
    )
    return next(
        e["node"]["id"] for e in queue["reviewSteps"]["edges"] if e["node"]["subjectId"] == claim_id
    )


async def test_hours_in_certificate_out_and_revoked(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    admin, verifier = tokens["hospital1"], tokens["health"]
    draft = await live.data(CREATE, {"i": training(year=2019, subject="PUBLIC", requestedHours="35")}, person)  # fmt: skip
    public = draft["claimCreate"]["claim"]["id"]
    submitted = await live.data(ACT % "claimSubmit", {"id": public}, person)
    assert submitted["claimSubmit"]["claim"]["currentHandler"] == "济南第一医院"
    back = await live.data(ACT % "claimWithdraw", {"id": public}, person)
    assert back["claimWithdraw"]["claim"] | {"recognisedHours": None} == {
        "id": public, "status": "DRAFT", "recognisedHours": None, "currentHandler": None}  # fmt: skip
    await live.data(ACT % "claimSubmit", {"id": public}, person)
    professional = await submit(live, person, training(year=2019, requestedHours="60"))
    fewer = {"kind": "CLAIM_REVIEW", "ids": [await step_of(live, admin, public)], "approve": True,
             "values": [{"id": await step_of(live, admin, public), "value": "30"}]}  # fmt: skip
    assert (await live.data(DECIDE_VALUES, {"i": fewer}, admin))["reviewDecide"][
        "decidedCount"
    ] == 1
    whole = {"kind": "CLAIM_REVIEW", "ids": [await step_of(live, admin, professional)], "approve": True}  # fmt: skip
    await live.data(DECIDE_VALUES, {"i": whole}, admin)
    twice = await live.data(DECIDE_VALUES, {"i": whole}, admin)  # a claim is never decided twice
    assert twice["reviewDecide"]["decidedCount"] == 0
    for claim_id in (public, professional):
        step = await verification_step(live, verifier, claim_id)
        await live.data(DECIDE_VALUES, {"i": {"kind": "CLAIM_VERIFICATION", "ids": [step], "approve": True}}, verifier)  # fmt: skip
    year = await live.data("{ myCompletion(years: [2019]) { totalHours passed } }", token=person)
    assert year["myCompletion"] == [{"totalHours": "90.0", "passed": True}]

    response = await live.client.get(
        "/certificates/2019.pdf", headers={"Authorization": f"Bearer {person}"}
    )
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    me = await Professional.get(account__id_number=tree.people["王磊"])
    code = (await me.certificates.all().first()).verification_code  # type: ignore[attr-defined]
    check = (await live.data(VERIFY, {"c": code.lower()}))["verifyCertificate"]
    number = tree.people["王磊"]
    assert check == {"valid": True, "name": "王磊", "idNumber": number[:6] + "********" + number[-4:],
                     "year": 2019, "totalHours": "90.0"}  # fmt: skip
    page = await live.client.get(f"/verify/{code}")
    assert page.status_code == 200 and "证书真实有效" in page.text

    failed = await live.data(FAIL, {"i": {"claimId": public, "reason": "培训证明不实"}}, verifier)
    assert failed["claimFailVerification"]["claim"] == {"status": "VERIFY_FAILED"}
    assert (await live.data(VERIFY, {"c": code}))["verifyCertificate"]["valid"] is False
    assert "已失效" in (await live.client.get(f"/verify/{code}")).text
    assert (await live.data(VERIFY, {"c": "NOSUCHCODE"}))["verifyCertificate"] is None


async def test_two_admins_approving_at_once_decide_each_claim_once(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await Professional.get(account__id_number=tree.people["李娜"])
    claims = [
        Claim(professional_id=person.id, year=2018, subject="PROFESSIONAL", form="ONLINE",
              details={}, requested_hours="2", status=ClaimStatus.SUBMITTED, filed_by_account_id=0)
        for _ in range(40)
    ]  # fmt: skip
    await Claim.bulk_create(claims)
    ids = await Claim.filter(professional_id=person.id, year=2018).values_list("id", flat=True)
    await ReviewStep.bulk_create([ReviewStep(kind=ReviewKind.CLAIM_REVIEW, subject_type="claim", subject_id=i,
                                             reviewer_id=tree.ids["hospital1"], applicant_name="并发申报", summary={})
                                  for i in ids])  # fmt: skip
    second = await login_token(live, tree.admins["hospital1"], PASSWORD, "EMPLOYER")
    decide = {"kind": "CLAIM_REVIEW", "allMatching": True, "applicantContains": "并发申报", "approve": True}  # fmt: skip
    query = (
        "mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount decidedIds } }"
    )
    a, b = await asyncio.gather(
        live.data(query, {"i": decide}, tokens["hospital1"]),
        live.data(query, {"i": decide}, second),
    )
    assert a["reviewDecide"]["decidedCount"] + b["reviewDecide"]["decidedCount"] == 40
    assert not set(a["reviewDecide"]["decidedIds"]) & set(b["reviewDecide"]["decidedIds"])
    decided = await ReviewStep.filter(subject_id__in=list(ids), kind=ReviewKind.CLAIM_REVIEW)
    assert {s.status for s in decided} == {ReviewStatus.APPROVED}
    # each claim opened exactly one verification, and its hours count once
    assert await ReviewStep.filter(subject_id__in=list(ids), kind=ReviewKind.CLAIM_VERIFICATION).count() == 40  # fmt: skip
    row = await AnnualCompletion.get(professional_id=person.id, year=2018)
    assert str(row.professional_hours) == "80.0"
