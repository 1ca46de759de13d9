"""A reviewer sees what it decides: the claim's answers and evidence, the applicant's unit,
form and hours in the queue, filters by unit, form, subject, year and result; it sets the
recognised hours. The professional reads why a claim was refused and who holds it, and
corrects a refused claim and submits it again."""

from __future__ import annotations

from typing import Any

from tests.api.test_attachments import PNG, paper, upload
from tests.api.test_claims import ACT, CREATE
from tests.conftest import LiveServer

QUEUE = """query($kind: ReviewKind!, $decided: Boolean, $org: ID, $form: String, $subject: Subject,
    $year: Int, $status: ReviewStatus) {
  reviewSteps(kind: $kind, decided: $decided, organisationId: $org, learningForm: $form,
              subject: $subject, year: $year, status: $status) {
    edges { node { id unit learningForm requestedHours recognisedHours status reason
      claim { id formLabel answers { label value } attachments { url mediaType filename } } } } } }"""
ONE = """query($id: ID!) { reviewStep(id: $id) { id unit applicantName
    claim { requestedHours attachments { url mediaType } } } }"""
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount errors { code field } } }"""
MINE = """query($status: ClaimStatus) { myClaims(status: $status) {
    id status reason currentHandler recognisedHours } }"""
UPDATE = """mutation($id: ID!, $c: ClaimInput!) { claimUpdate(input: {id: $id, claim: $c}) {
    claim { id status } errors { code } } }"""


async def _submitted_paper(live: LiveServer, me: str, hours: str = "20") -> tuple[str, str]:
    _, scan = await upload(live, me, PNG, "检索证明.png")
    created = await live.data(CREATE, {"i": {**paper([scan["id"]]), "requestedHours": hours}}, me)
    claim_id = created["claimCreate"]["claim"]["id"]
    await live.data(ACT % "claimSubmit", {"id": claim_id}, me)
    return claim_id, scan["url"]


async def _queue(live: LiveServer, token: str, **given: Any) -> list[dict[str, Any]]:
    variables = {"kind": "CLAIM_REVIEW", **given}
    return [e["node"] for e in (await live.data(QUEUE, variables, token))["reviewSteps"]["edges"]]


async def test_the_reviewer_sees_the_claim_and_its_evidence_and_sets_the_hours(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me, unit = tokens["professional"], tokens["hospital1"]
    claim_id, url = await _submitted_paper(live, me)

    # the queue row: unit, form and hours, the claim's answers and evidence
    row = next(r for r in await _queue(live, unit) if r["claim"]["id"] == claim_id)
    assert (row["unit"], row["learningForm"], row["requestedHours"]) == (
        "济南第一医院",
        "发表论文",
        "20.0",
    )
    assert {"label": "期刊名称", "value": "中华医学杂志"} in row["claim"]["answers"]
    [evidence] = row["claim"]["attachments"]
    assert (evidence["url"], evidence["mediaType"]) == (url, "image/png")
    response = await live.client.get(url, headers={"Authorization": f"Bearer {unit}"})
    assert (response.status_code, response.content) == (200, PNG)

    # filters narrow, never widen; a claim filter on another kind's queue matches nothing
    ids = lambda rows: {r["claim"]["id"] for r in rows}  # noqa: E731
    hospital, branch = str(tree.ids["hospital1"]), str(tree.ids["branch"])
    assert claim_id in ids(await _queue(live, unit, org=hospital, form="PAPER", year=2024,
                                        subject="PROFESSIONAL"))  # fmt: skip
    for miss in ({"org": branch}, {"form": "POST_TRAINING"}, {"year": 2023}, {"subject": "PUBLIC"}):
        assert claim_id not in ids(await _queue(live, unit, **miss)), miss
    other = await live.data(
        "query($o: ID) { reviewSteps(kind: TITLE_CHANGE, organisationId: $o) { totalCount } }",
        {"o": hospital}, unit,
    )  # fmt: skip
    assert other["reviewSteps"]["totalCount"] == 0

    # one step by id: for its reviewer only, the same answer for another's as for a missing one
    step_id = row["id"]
    one = (await live.data(ONE, {"id": step_id}, unit))["reviewStep"]
    assert one["claim"]["attachments"] == [{"url": url, "mediaType": "image/png"}]
    for stranger in ("hospital2", "qingdao"):
        refused = await live.gql(ONE, {"id": step_id}, tokens[stranger])
        assert refused["errors"][0]["extensions"]["code"] == "NOT_FOUND", stranger

    # recognised hours below the requested ones
    decided = await live.data(
        DECIDE, {"i": {"kind": "CLAIM_REVIEW", "ids": [step_id], "approve": True,
                       "values": [{"id": step_id, "value": "12.5"}]}}, unit,
    )  # fmt: skip
    assert decided["reviewDecide"] == {"decidedCount": 1, "errors": []}
    mine = {c["id"]: c for c in (await live.data(MINE, {}, me))["myClaims"]}
    assert (mine[claim_id]["status"], mine[claim_id]["recognisedHours"]) == ("APPROVED", "12.5")
    approved = await _queue(live, unit, decided=True, status="APPROVED")
    assert {"12.5"} == {r["recognisedHours"] for r in approved if r["claim"]["id"] == claim_id}
    assert claim_id not in ids(await _queue(live, unit, decided=True, status="REJECTED"))

    # the verifier above reads the same evidence from its own queue
    verifying = await _queue(live, tokens["health"], kind="CLAIM_VERIFICATION")
    [checked] = [r for r in verifying if r["claim"]["id"] == claim_id]
    assert checked["claim"]["attachments"][0]["url"] == url
    response = await live.client.get(url, headers={"Authorization": f"Bearer {tokens['health']}"})
    assert response.status_code == 200


async def test_the_professional_reads_the_reason_and_resubmits_a_corrected_claim(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me, unit = tokens["professional"], tokens["hospital1"]
    claim_id, _ = await _submitted_paper(live, me, "18")
    mine = {c["id"]: c for c in (await live.data(MINE, {"status": "SUBMITTED"}, me))["myClaims"]}
    assert (mine[claim_id]["currentHandler"], mine[claim_id]["reason"]) == ("济南第一医院", None)

    step = next(r for r in await _queue(live, unit) if r["claim"]["id"] == claim_id)
    refused = await live.data(
        DECIDE, {"i": {"kind": "CLAIM_REVIEW", "ids": [step["id"]], "approve": False,
                       "reason": "检索证明不清晰"}}, unit,
    )  # fmt: skip
    assert refused["reviewDecide"]["decidedCount"] == 1

    rejected = (await live.data(MINE, {"status": "REJECTED"}, me))["myClaims"]
    assert {"id": claim_id, "status": "REJECTED", "reason": "检索证明不清晰",
            "currentHandler": None, "recognisedHours": None} in rejected  # fmt: skip
    assert all(c["status"] == "REJECTED" for c in rejected)

    # corrected: a draft again, the reason still beside it until it is submitted
    _, clearer = await upload(live, me, PNG + b"\x01", "清晰.png")
    fixed = await live.data(
        UPDATE, {"id": claim_id, "c": {**paper([clearer["id"]]), "requestedHours": "16"}}, me
    )
    assert fixed["claimUpdate"] == {"claim": {"id": claim_id, "status": "DRAFT"}, "errors": []}
    draft = next(c for c in (await live.data(MINE, {"status": "DRAFT"}, me))["myClaims"]
                 if c["id"] == claim_id)  # fmt: skip
    assert draft["reason"] == "检索证明不清晰"
    again = (await live.data(ACT % "claimSubmit", {"id": claim_id}, me))["claimSubmit"]["claim"]
    assert (again["status"], again["currentHandler"]) == ("SUBMITTED", "济南第一医院")
    mine = {c["id"]: c for c in (await live.data(MINE, {}, me))["myClaims"]}
    assert mine[claim_id]["reason"] is None
    row = next(r for r in await _queue(live, unit) if r["claim"]["id"] == claim_id)
    assert row["requestedHours"] == "16.0"
    assert [a["filename"] for a in row["claim"]["attachments"]] == ["清晰.png"]
