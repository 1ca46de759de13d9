"""Claims: the form catalogue, drafts validated against their form, submit, withdraw, review."""

from __future__ import annotations

from typing import Any

from models import Organisation
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

CREATE = """mutation($i: ClaimInput!) { claimCreate(input: $i) {
    claim { id status requestedHours details currentHandler } errors { code field } } }"""
ACT = """mutation($id: ID!) { %s(input: {id: $id}) {
    claim { id status recognisedHours currentHandler } errors { code field } } }"""


def training(**overrides: Any) -> dict[str, Any]:
    details = {"organiser": "山东省卫生健康培训中心", "className": "2024年全科医师培训班",
               "content": "全科诊疗规范", "startDate": "2024-05-06", "endDate": "2024-05-10"}  # fmt: skip
    claim = {"year": 2024, "subject": "PROFESSIONAL", "form": "POST_TRAINING",
             "requestedHours": "40", "details": details}  # fmt: skip
    claim.update(overrides)
    return claim


async def test_the_catalogue_describes_every_form(live: LiveServer) -> None:
    forms = (
        await live.data(
            "{ learningForms { code label subjects maxHours fields { name label type required } } }"
        )
    )["learningForms"]
    labels = {f["label"] for f in forms}
    assert {
        "岗位培训",
        "学术会议",
        "发表论文",
        "出版著作",
        "获得专利",
        "课题研究",
        "支边援外",
        "进修访学",
        "网络学习",
    } <= labels
    training_form = next(f for f in forms if f["code"] == "POST_TRAINING")
    assert {
        "name": "className",
        "label": "班次名称",
        "type": "text",
        "required": True,
    } in training_form["fields"]
    assert next(f for f in forms if f["code"] == "PAPER")["subjects"] == ["PROFESSIONAL"]


async def test_bad_claims_are_typed_per_field(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = tokens["professional"]
    cases = [
        (training(details={**training()["details"], "className": ""}), "REQUIRED", "details.className"),
        (training(requestedHours="91"), "HOURS_OUT_OF_RANGE", "requestedHours"),
        (training(requestedHours="lots"), "INVALID_NUMBER", "requestedHours"),
        (training(form="PAPER", subject="PUBLIC", details={}), "SUBJECT_NOT_ALLOWED", "subject"),
        (training(form="TELEPATHY"), "UNKNOWN_FORM", "form"),
        (training(details={**training()["details"], "endDate": "2024-05-01"}), "PERIOD_REVERSED", "details.endDate"),
        (training(details={**training()["details"], "startDate": "May 6"}), "INVALID_DATE", "details.startDate"),
        (training(details={**training()["details"], "bribe": "yes"}), "UNKNOWN_FIELD", "details.bribe"),
        (training(year=1999), "YEAR_OUT_OF_RANGE", "year"),
    ]  # fmt: skip
    for given, code, field in cases:
        body = await live.data(CREATE, {"i": given}, me)
        assert body["claimCreate"]["errors"] == [{"code": code, "field": field}], (code, body)
    mine = await live.data("{ myClaims { id } }", token=me)
    assert mine["myClaims"] == []


async def test_draft_submit_withdraw_submit_approve(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = tokens["professional"]
    created = (await live.data(CREATE, {"i": training()}, me))["claimCreate"]
    assert created["errors"] == [] and created["claim"]["status"] == "DRAFT"
    claim_id = created["claim"]["id"]
    update = """mutation($id: ID!, $c: ClaimInput!) { claimUpdate(input: {id: $id, claim: $c}) {
        claim { requestedHours } errors { code } } }"""
    assert (await live.data(update, {"id": claim_id, "c": training(requestedHours="32")}, me))[
        "claimUpdate"
    ]["claim"] == {"requestedHours": "32.0"}
    submitted = (await live.data(ACT % "claimSubmit", {"id": claim_id}, me))["claimSubmit"]["claim"]
    assert submitted["status"] == "SUBMITTED" and submitted["currentHandler"] == "济南第一医院"
    assert (await live.data(update, {"id": claim_id, "c": training()}, me))["claimUpdate"][
        "errors"
    ] == [{"code": "NOT_A_DRAFT"}]
    withdrawn = (await live.data(ACT % "claimWithdraw", {"id": claim_id}, me))["claimWithdraw"][
        "claim"
    ]
    assert withdrawn["status"] == "DRAFT" and withdrawn["currentHandler"] is None
    await live.data(ACT % "claimSubmit", {"id": claim_id}, me)
    steps = """{ reviewSteps(kind: CLAIM_REVIEW) { edges { node { id subjectId
        summary { ... on ClaimSummary { requestedHours } } } } } }"""
    queue = (await live.data(steps, token=tokens["hospital1"]))["reviewSteps"]["edges"]
    step = next(e["node"] for e in queue if e["node"]["subjectId"] == claim_id)
    assert step["summary"]["requestedHours"] == "32.0"
    decide = """mutation($id: ID!) { reviewDecide(input: {kind: CLAIM_REVIEW, ids: [$id], approve: true}) { decidedCount } }"""
    assert (await live.data(decide, {"id": step["id"]}, tokens["hospital1"]))["reviewDecide"][
        "decidedCount"
    ] == 1
    mine = (await live.data("{ myClaims(year: 2024) { id status recognisedHours } }", token=me))[
        "myClaims"
    ]
    assert {"id": claim_id, "status": "APPROVED", "recognisedHours": "32.0"} in mine
    late = await live.data(ACT % "claimWithdraw", {"id": claim_id}, me)
    assert late["claimWithdraw"]["errors"] == [{"code": "CANNOT_WITHDRAW", "field": "id"}]
    again = await live.data(decide, {"id": step["id"]}, tokens["hospital1"])
    assert again["reviewDecide"]["decidedCount"] == 0


async def test_another_persons_claim_is_not_found(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    mine = (await live.data(CREATE, {"i": training()}, tokens["professional"]))["claimCreate"][
        "claim"
    ]["id"]
    other = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    for action in ("claimSubmit", "claimWithdraw", "claimDelete"):
        body = await live.data(ACT % action, {"id": mine}, other)
        assert body[action]["errors"] == [{"code": "NOT_FOUND", "field": "id"}]
    forbidden = await live.gql(CREATE, {"i": training()}, tokens["hospital1"])
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_closed_review_right_sends_claims_to_the_level_above(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    await Organisation.filter(id=tree.ids["hospital2"]).update(review_enabled=False)
    person = await login_token(live, tree.people["刘洋"], PASSWORD, "PROFESSIONAL")
    claim_id = (await live.data(CREATE, {"i": training(subject="PUBLIC")}, person))["claimCreate"][
        "claim"
    ]["id"]
    submitted = (await live.data(ACT % "claimSubmit", {"id": claim_id}, person))["claimSubmit"][
        "claim"
    ]
    assert submitted["currentHandler"] == "济南市卫生健康委员会"
    await Organisation.filter(id=tree.ids["hospital2"]).update(review_enabled=True)


async def submit(live: LiveServer, token: str, claim: dict[str, Any]) -> str:
    claim_id = (await live.data(CREATE, {"i": claim}, token))["claimCreate"]["claim"]["id"]
    await live.data(ACT % "claimSubmit", {"id": claim_id}, token)
    return claim_id


async def step_of(live: LiveServer, admin: str, claim_id: str) -> str:
    queue = await live.data(
        "{ reviewSteps(kind: CLAIM_REVIEW, first: 100) { edges { node { id subjectId } } } }",
        token=admin,
    )
    return next(
        e["node"]["id"] for e in queue["reviewSteps"]["edges"] if e["node"]["subjectId"] == claim_id
    )


DECIDE_VALUES = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount errors { code field } } }"""
COMPLETION = "{ myCompletion(years: [2023]) { year publicHours publicMet professionalHours professionalMet totalHours passed } }"


async def test_recognised_hours_feed_the_year_completion(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")
    admin = tokens["hospital1"]
    public = await submit(live, person, training(year=2023, subject="PUBLIC", requestedHours="40"))
    professional = await submit(live, person, training(year=2023, requestedHours="70"))
    too_many = {"kind": "CLAIM_REVIEW", "ids": [await step_of(live, admin, public)], "approve": True,
                "values": [{"id": await step_of(live, admin, public), "value": "41"}]}  # fmt: skip
    refused = await live.data(DECIDE_VALUES, {"i": too_many}, admin)
    assert refused["reviewDecide"]["errors"] == [
        {"code": "RECOGNISED_HOURS_OUT_OF_RANGE", "field": "recognisedHours"}
    ]
    assert (await live.data(COMPLETION, token=person))["myCompletion"] == []  # nothing changed
    # approve the public claim with fewer hours than requested: 25 < 30, not yet passed
    fewer = {**too_many, "values": [{"id": too_many["ids"][0], "value": "25"}]}
    assert (await live.data(DECIDE_VALUES, {"i": fewer}, admin))["reviewDecide"][
        "decidedCount"
    ] == 1
    await live.data(
        DECIDE_VALUES,
        {
            "i": {
                "kind": "CLAIM_REVIEW",
                "ids": [await step_of(live, admin, professional)],
                "approve": True,
            }
        },
        admin,
    )
    assert (await live.data(COMPLETION, token=person))["myCompletion"] == [{
        "year": 2023, "publicHours": "25.0", "publicMet": False, "professionalHours": "70.0",
        "professionalMet": True, "totalHours": "95.0", "passed": False,
    }]  # fmt: skip
    # one more public claim brings the year to the standard (30 / 60 / 90 by default)
    more = await submit(live, person, training(year=2023, subject="PUBLIC", requestedHours="6"))
    await live.data(
        DECIDE_VALUES,
        {"i": {"kind": "CLAIM_REVIEW", "ids": [await step_of(live, admin, more)], "approve": True}},
        admin,
    )
    done = (await live.data(COMPLETION, token=person))["myCompletion"][0]
    assert (
        done["publicHours"] == "31.0" and done["totalHours"] == "101.0" and done["passed"] is True
    )
    standards = await live.data(
        "{ yearStandards(years: [2023]) { year publicMin professionalMin totalMin } }"
    )
    assert standards["yearStandards"] == [
        {"year": 2023, "publicMin": "30.0", "professionalMin": "60.0", "totalMin": "90.0"}
    ]


async def test_verification_then_a_later_failure_removes_the_hours(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    person = await login_token(live, tree.people["张伟"], PASSWORD, "PROFESSIONAL")  # at the branch
    claim_id = await submit(live, person, training(year=2022, requestedHours="50"))
    # the branch has no admin of its own in the fixture, so its claim waits for the branch;
    # hand the review right up to the hospital for this test
    await Organisation.filter(id=tree.ids["branch"]).update(review_enabled=False)
    await live.data(ACT % "claimWithdraw", {"id": claim_id}, person)
    await live.data(ACT % "claimSubmit", {"id": claim_id}, person)
    await Organisation.filter(id=tree.ids["branch"]).update(review_enabled=True)
    admin = tokens["hospital1"]
    await live.data(
        DECIDE_VALUES,
        {
            "i": {
                "kind": "CLAIM_REVIEW",
                "ids": [await step_of(live, admin, claim_id)],
                "approve": True,
            }
        },
        admin,
    )
    # the nearest competent department verifies; the city bureau above it does not see it
    verification = (
        "{ reviewSteps(kind: CLAIM_VERIFICATION, first: 100) { edges { node { id subjectId } } } }"
    )
    health = (await live.data(verification, token=tokens["health"]))["reviewSteps"]["edges"]
    step = next(e["node"]["id"] for e in health if e["node"]["subjectId"] == claim_id)
    jinan = (await live.data(verification, token=tokens["jinan"]))["reviewSteps"]["edges"]
    assert claim_id not in [e["node"]["subjectId"] for e in jinan]
    await live.data(
        DECIDE_VALUES,
        {"i": {"kind": "CLAIM_VERIFICATION", "ids": [step], "approve": True}},
        tokens["health"],
    )
    mine = (await live.data("{ myClaims(year: 2022) { id status } }", token=person))["myClaims"]
    assert {"id": claim_id, "status": "VERIFIED"} in mine
    year = "{ myCompletion(years: [2022]) { professionalHours } }"
    assert (await live.data(year, token=person))["myCompletion"] == [{"professionalHours": "50.0"}]
    fail = """mutation($i: ClaimFailInput!) { claimFailVerification(input: $i) { claim { status } errors { code field } } }"""
    no_reason = await live.data(fail, {"i": {"claimId": claim_id, "reason": " "}}, tokens["health"])
    assert no_reason["claimFailVerification"]["errors"] == [
        {"code": "REASON_REQUIRED", "field": "reason"}
    ]
    other = await live.data(
        fail, {"i": {"claimId": claim_id, "reason": "证书不实"}}, tokens["qingdao"]
    )
    assert other["claimFailVerification"]["errors"][0]["code"] == "NOT_FOUND"
    failed = await live.data(
        fail, {"i": {"claimId": claim_id, "reason": "证书不实"}}, tokens["health"]
    )
    assert failed["claimFailVerification"]["claim"] == {"status": "VERIFY_FAILED"}
    assert (await live.data(year, token=person))["myCompletion"] == [{"professionalHours": "0.0"}]
