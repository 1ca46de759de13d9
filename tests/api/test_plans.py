"""Training plans: a unit's class plan reviewed by the level above, then hours filed under the
approved plan (the claims carry it); a CE base's annual plan, plan applications and annual
summary reviewed by its parent; each refusal and the row scope."""

from __future__ import annotations

from typing import Any

from models import Claim, Professional, ReviewStep
from models.enums import ClaimStatus, ReviewKind, ReviewStatus
from tests.api.test_attachments import PDF, PNG, upload
from tests.conftest import LiveServer

ERRORS = "errors { code field message }"
SUBMIT = f"""mutation($i: TrainingPlanSubmitInput!) {{ trainingPlanSubmit(input: $i) {{
    plan {{ id className status organisation reviewer hours }} {ERRORS} }} }}"""
FILE = f"""mutation($i: TrainingPlanFileInput!) {{ trainingPlanFileHours(input: $i) {{
    claimIds {ERRORS} }} }}"""
PLANS = """query($s: ReviewStatus) { trainingPlans(status: $s, first: 50) {
    edges { node { id className status reason organisation reviewer } } } }"""
DOCUMENT = f"""mutation($i: BaseDocumentSubmitInput!) {{ baseDocumentSubmit(input: $i) {{
    document {{ id kind year title status reviewer attachment {{ id }} }} {ERRORS} }} }}"""
DOCUMENTS = """query($k: PlanKind, $y: Int) { baseDocuments(kind: $k, year: $y, first: 50) {
    edges { node { id kind year status reason organisation } } } }"""
QUEUE = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 50) {
    edges { node { id subjectId applicantName
      summary { ... on PlanSummary { className } ... on BaseDocumentSummary { title } } } } } }"""
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount skipped { id code } errors { code message } } }"""


def plan(**overrides: Any) -> dict[str, Any]:
    given = {"className": "2024年院感防控培训班", "subject": "PROFESSIONAL",
             "form": "POST_TRAINING", "startDate": "2024-05-06", "endDate": "2024-05-10",
             "hours": "40", "place": "济南第一医院学术报告厅", "expectedAttendees": 60,
             "content": "医院感染预防与控制"}  # fmt: skip
    given.update(overrides)
    return given


async def pid(tree: Any, name: str) -> str:
    return str((await Professional.get(account__id_number=tree.people[name])).id)


async def queue(live: LiveServer, token: str, kind: str) -> list[dict[str, Any]]:
    body = await live.data(QUEUE, {"k": kind}, token)
    return [edge["node"] for edge in body["reviewSteps"]["edges"]]


async def decide(
    live: LiveServer,
    token: str,
    kind: str,
    subject_id: str,
    approve: bool,
    reason: str | None = None,
) -> dict[str, Any]:
    step = await ReviewStep.get(kind=ReviewKind(kind), subject_id=int(subject_id), status=ReviewStatus.PENDING)  # fmt: skip
    given = {"kind": kind, "ids": [str(step.id)], "approve": approve, "reason": reason}
    return (await live.data(DECIDE, {"i": given}, token))["reviewDecide"]


async def test_a_plan_is_approved_and_hours_are_filed_under_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit, superior = tokens["hospital1"], tokens["health"]
    bad = (await live.data(SUBMIT, {"i": plan(endDate="2024-05-01")}, unit))["trainingPlanSubmit"]
    assert bad["errors"][0]["code"] == "PERIOD_REVERSED"
    submitted = (await live.data(SUBMIT, {"i": plan()}, unit))["trainingPlanSubmit"]
    assert submitted["errors"] == []
    created = submitted["plan"]
    assert created | {"id": ""} == {"id": "", "className": "2024年院感防控培训班",
        "status": "PENDING", "organisation": "济南第一医院", "reviewer": "济南市卫生健康委员会",
        "hours": "40.0"}  # fmt: skip
    # the superior's queue shows the plan
    step = next(s for s in await queue(live, superior, "PLAN_REVIEW") if s["subjectId"] == created["id"])  # fmt: skip
    assert step["applicantName"] == "济南第一医院"
    assert step["summary"]["className"] == "2024年院感防控培训班"

    members = [await pid(tree, "王磊"), await pid(tree, "张伟")]
    evidence = str((await upload(live, unit, PNG, "签到表.png"))[1]["id"])
    filing = {"planId": created["id"], "professionalIds": members, "hours": "32",
              "attachments": [evidence], "score": "合格"}  # fmt: skip
    early = (await live.data(FILE, {"i": filing}, unit))["trainingPlanFileHours"]
    assert early["errors"][0]["code"] == "PLAN_NOT_APPROVED"

    assert (await decide(live, superior, "PLAN_REVIEW", created["id"], True))["decidedCount"] == 1
    no_evidence = await live.data(FILE, {"i": {**filing, "attachments": []}}, unit)
    assert no_evidence["trainingPlanFileHours"]["errors"][0]["code"] == "ATTACHMENT_REQUIRED"
    over = await live.data(FILE, {"i": {**filing, "hours": "40.5"}}, unit)
    assert over["trainingPlanFileHours"]["errors"][0]["code"] == "HOURS_OVER_PLAN"

    filed = (await live.data(FILE, {"i": filing}, unit))["trainingPlanFileHours"]
    assert filed["errors"] == [] and len(filed["claimIds"]) == 2
    claims = await Claim.filter(id__in=[int(i) for i in filed["claimIds"]])
    assert {(c.plan_id, c.status, c.year, str(c.recognised_hours)) for c in claims} == {
        (int(created["id"]), ClaimStatus.APPROVED, 2024, "32.0")}  # fmt: skip
    assert claims[0].details["className"] == "2024年院感防控培训班"
    assert claims[0].details["score"] == "合格"
    # verification waits above, as for any unit filing
    assert await ReviewStep.filter(kind=ReviewKind.CLAIM_VERIFICATION, subject_id=claims[0].id, reviewer_id=tree.ids["health"]).exists()  # fmt: skip
    # the professional sees the plan on the claim
    mine = await live.data("{ myClaims(filedByOrganisation: true) { planId } }", token=await _token(live, tree, "王磊"))  # fmt: skip
    assert {"planId": created["id"]} in mine["myClaims"]
    # a second filing would give 王磊 more hours than the plan has
    again = await live.data(FILE, {"i": {**filing, "professionalIds": members[:1], "hours": "10"}}, unit)  # fmt: skip
    assert again["trainingPlanFileHours"]["errors"][0]["code"] == "HOURS_OVER_PLAN"
    assert await Claim.filter(plan_id=int(created["id"])).count() == 2


async def _token(live: LiveServer, tree: Any, name: str) -> str:
    from tests.conftest import login_token
    from tests.fixtures.tree import PASSWORD

    return await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")


async def test_a_rejected_plan_says_why_and_files_nothing(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit, superior = tokens["hospital2"], tokens["health"]
    created = (await live.data(SUBMIT, {"i": plan(className="财务制度培训班", subject="PUBLIC")}, unit))[
        "trainingPlanSubmit"]["plan"]  # fmt: skip
    refused = await decide(live, superior, "PLAN_REVIEW", created["id"], False)
    assert refused["errors"][0]["code"] == "REASON_REQUIRED"
    await decide(live, superior, "PLAN_REVIEW", created["id"], False, "培训内容与专业不符")
    rows = (await live.data(PLANS, {"s": "REJECTED"}, unit))["trainingPlans"]["edges"]
    assert [(r["node"]["id"], r["node"]["reason"]) for r in rows] == [
        (created["id"], "培训内容与专业不符")]  # fmt: skip
    evidence = str((await upload(live, unit, PDF, "证明.pdf"))[1]["id"])
    filing = {"planId": created["id"], "professionalIds": [await pid(tree, "刘洋")],
              "hours": "8", "attachments": [evidence]}  # fmt: skip
    body = (await live.data(FILE, {"i": filing}, unit))["trainingPlanFileHours"]
    assert body["errors"][0]["code"] == "PLAN_NOT_APPROVED"
    assert not await Claim.filter(plan_id=int(created["id"])).exists()


async def test_plans_obey_row_scope(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    unit = tokens["hospital1"]
    created = (await live.data(SUBMIT, {"i": plan(className="急救技能培训班")}, unit))[
        "trainingPlanSubmit"]["plan"]  # fmt: skip
    # a sibling unit neither sees, decides nor files under it
    sibling = tokens["hospital2"]
    seen = (await live.data(PLANS, {}, sibling))["trainingPlans"]["edges"]
    assert created["id"] not in {r["node"]["id"] for r in seen}
    step = await ReviewStep.get(kind=ReviewKind.PLAN_REVIEW, subject_id=int(created["id"]))
    decided = (await live.data(DECIDE, {"i": {"kind": "PLAN_REVIEW", "ids": [str(step.id)], "approve": True}}, sibling))  # fmt: skip
    assert decided["reviewDecide"]["skipped"] == [{"id": str(step.id), "code": "NOT_FOUND"}]
    # the city bureau above sees it in its subtree but the decision is the competent's
    above = (await live.data(PLANS, {}, tokens["jinan"]))["trainingPlans"]["edges"]
    assert created["id"] in {r["node"]["id"] for r in above}
    assert all(s["subjectId"] != created["id"] for s in await queue(live, tokens["jinan"], "PLAN_REVIEW"))  # fmt: skip
    await decide(live, tokens["health"], "PLAN_REVIEW", created["id"], True)
    evidence = str((await upload(live, sibling, PNG, "x.png"))[1]["id"])
    filing = {"planId": created["id"], "professionalIds": [await pid(tree, "刘洋")],
              "hours": "8", "attachments": [evidence]}  # fmt: skip
    foreign = (await live.data(FILE, {"i": filing}, sibling))["trainingPlanFileHours"]
    assert foreign["errors"][0]["code"] == "NOT_FOUND"
    # only employers submit class plans; an admin without the module is refused
    denied = await live.gql(SUBMIT, {"i": plan()}, tokens["base"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    plain = await live.gql(SUBMIT, {"i": plan()}, tokens["hospital2_plain"])
    assert plain["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_base_submits_its_annual_plan_and_summary_for_review(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    base, parent = tokens["base"], tokens["jinan"]
    scan = str((await upload(live, base, PDF, "2025年度培训计划.pdf"))[1]["id"])
    annual = {"kind": "ANNUAL_PLAN", "year": 2025, "title": "2025年度继续教育培训计划",
              "attachment": scan}  # fmt: skip
    first = (await live.data(DOCUMENT, {"i": annual}, base))["baseDocumentSubmit"]
    assert first["errors"] == []
    assert first["document"] | {"id": "", "attachment": None} == {"id": "", "kind": "ANNUAL_PLAN",
        "year": 2025, "title": "2025年度继续教育培训计划", "status": "PENDING",
        "reviewer": "济南市人力资源和社会保障局", "attachment": None}  # fmt: skip
    twice = (await live.data(DOCUMENT, {"i": annual}, base))["baseDocumentSubmit"]
    assert twice["errors"][0]["code"] == "ALREADY_SUBMITTED"
    assert "2025年度年度培训计划已提交（待审核）" in twice["errors"][0]["message"]

    # the parent bureau reviews it; a rejection says why and allows a new submission
    doc_id = first["document"]["id"]
    assert any(s["subjectId"] == doc_id for s in await queue(live, parent, "BASE_ANNUAL_PLAN"))
    assert await queue(live, tokens["health"], "BASE_ANNUAL_PLAN") == []
    await decide(live, parent, "BASE_ANNUAL_PLAN", doc_id, False, "缺少师资安排")
    rows = (await live.data(DOCUMENTS, {"k": "ANNUAL_PLAN", "y": 2025}, base))["baseDocuments"]["edges"]  # fmt: skip
    assert [(r["node"]["status"], r["node"]["reason"]) for r in rows] == [
        ("REJECTED", "缺少师资安排")
    ]
    again = (await live.data(DOCUMENT, {"i": annual}, base))["baseDocumentSubmit"]["document"]
    await decide(live, parent, "BASE_ANNUAL_PLAN", again["id"], True)
    assert (await live.data(DOCUMENT, {"i": annual}, base))["baseDocumentSubmit"]["errors"][0]["code"] == "ALREADY_SUBMITTED"  # fmt: skip

    # the annual work summary and plan applications go the same way
    summary = {"kind": "ANNUAL_SUMMARY", "year": 2024, "title": "2024年度工作总结", "attachment": scan}  # fmt: skip
    done = (await live.data(DOCUMENT, {"i": summary}, base))["baseDocumentSubmit"]["document"]
    assert (await decide(live, parent, "BASE_ANNUAL_SUMMARY", done["id"], True))[
        "decidedCount"
    ] == 1
    application = {"kind": "PLAN_APPLICATION", "year": 2025, "title": "护理新技术培训班", "attachment": scan}  # fmt: skip
    a1 = (await live.data(DOCUMENT, {"i": application}, base))["baseDocumentSubmit"]
    a2 = (await live.data(DOCUMENT, {"i": {**application, "title": "康复培训班"}}, base))["baseDocumentSubmit"]  # fmt: skip
    assert a1["errors"] == a2["errors"] == []  # several applications a year
    mine = (await live.data(DOCUMENTS, {}, base))["baseDocuments"]["edges"]
    assert {(r["node"]["kind"], r["node"]["status"]) for r in mine} == {
        ("ANNUAL_PLAN", "REJECTED"), ("ANNUAL_PLAN", "APPROVED"),
        ("ANNUAL_SUMMARY", "APPROVED"), ("PLAN_APPLICATION", "PENDING")}  # fmt: skip
    # the reviewer reads the attachment; another city's bureau sees nothing of it
    assert (await live.client.get(f"/files/{scan}", headers={"Authorization": f"Bearer {parent}"})).status_code == 200  # fmt: skip
    assert (await live.client.get(f"/files/{scan}", headers={"Authorization": f"Bearer {tokens['qingdao']}"})).status_code == 404  # fmt: skip
    assert (await live.data(DOCUMENTS, {}, tokens["qingdao"]))["baseDocuments"]["edges"] == []
    # without an attachment, or for an employer, nothing is submitted
    missing = await live.data(DOCUMENT, {"i": {**application, "attachment": "999999"}}, base)
    assert missing["baseDocumentSubmit"]["errors"][0]["code"] == "NOT_FOUND"
    employer = await live.gql(DOCUMENT, {"i": application}, tokens["hospital1"])
    assert employer["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_plan_shows_in_the_superiors_live_to_do_counts(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    from tests.realtime.clients import TODO, counts, subscribed

    async with subscribed(live.ws_url, tokens["health"], TODO) as feed:
        before = counts(await feed.next())["PLAN_REVIEW"]
        created = (await live.data(SUBMIT, {"i": plan(className="心电图判读培训班")}, tokens["hospital1"]))[
            "trainingPlanSubmit"]["plan"]  # fmt: skip
        assert counts(await feed.next())["PLAN_REVIEW"] == before + 1
        await decide(live, tokens["health"], "PLAN_REVIEW", created["id"], True)
        assert counts(await feed.next())["PLAN_REVIEW"] == before


async def test_a_filing_only_admin_chooses_among_the_approved_plans(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """Filing hours under a plan (学时报送) needs the approved plans to choose from: an admin
    holding that module but not 培训计划 reads them, and still may not submit a plan."""
    from models import Account
    from tests.api.test_admins import ADD, ROLE
    from tests.conftest import login_token
    from tests.fixtures.tree import PASSWORD

    unit, superior = tokens["hospital1"], tokens["health"]
    created = (await live.data(SUBMIT, {"i": plan()}, unit))["trainingPlanSubmit"]["plan"]
    assert (await decide(live, superior, "PLAN_REVIEW", created["id"], True))["decidedCount"] == 1
    saved = await live.data(ROLE, {"i": {"name": "学时报送员", "modules": ["CLAIM_FILING"]}}, unit)
    role_id = saved["adminRoleSave"]["message"].split()[-1]
    member = str((await Account.get(id_number=tree.people["李娜"])).id)
    added = await live.data(ADD, {"i": {"accountId": member, "roleId": role_id}}, unit)
    assert added["adminAdd"]["ok"] is True
    filer = await login_token(live, tree.people["李娜"], PASSWORD, "EMPLOYER")

    approved = await live.data(PLANS, {"s": "APPROVED"}, filer)
    assert created["id"] in [e["node"]["id"] for e in approved["trainingPlans"]["edges"]]
    refused = await live.gql(SUBMIT, {"i": plan()}, filer)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
