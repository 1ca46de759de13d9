"""人员调转: the old employer approves the move out, then the new employer the move in.

Each test moves its own person of the small province, so the tests hold in any order.
"""

from __future__ import annotations

from typing import Any

from domain import completion, reviews, todo
from models import AuditLog, Professional, ProfileChange
from models.enums import ChangeKind, ReviewKind, ReviewStatus
from tests.api.test_attachments import PNG, upload
from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

START = """mutation($i: TransferStartInput!) { transferStart(input: $i) {
    transfer { id status appliedByUnit fromUnit { name } toUnit { name } reason phone
               rejectionReason attachments { id } }
    errors { code field message } } }"""
WITHDRAW = """mutation($id: ID!) { transferWithdraw(input: {id: $id}) {
    transfer { id status finishedAt } errors { code field } } }"""
MINE = """{ myTransfers { id status rejectionReason outDecidedAt finishedAt currentReviewer
    toUnit { name } } }"""
RECORDS = """query($d: TransferDirection!) { transfers(direction: $d, first: 100) {
    totalCount edges { node { id name status reason fromUnit { name } toUnit { name } } } } }"""
STEPS = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 100) {
    edges { node { id subjectId applicantName summary { __typename } } } } }"""
DECIDE = """mutation($k: ReviewKind!, $id: ID!, $ok: Boolean!, $why: String) {
    reviewDecide(input: {kind: $k, ids: [$id], approve: $ok, reason: $why}) {
    decidedCount errors { code } } }"""
PERSONS = """query($n: String!) { persons(filter: {name: $n}) {
    edges { node { name organisation { name } department { name } region { code } } } } }"""
UNITS = """query($y: Int!) { unitCompletions(year: $y, first: 50) {
    edges { node { name professionals learners } } } }"""


async def professional_token(live: LiveServer, tree: Any, name: str) -> str:
    return await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")


def application(tree: Any, to: str, **overrides: Any) -> dict[str, Any]:
    given = {"toOrganisationId": str(tree.ids[to]), "phone": "0531-88886666",
             "reason": "工作调动"}  # fmt: skip
    given.update(overrides)
    return given


async def start(live: LiveServer, token: str, given: dict[str, Any]) -> dict[str, Any]:
    return (await live.data(START, {"i": given}, token))["transferStart"]


async def step_of(live: LiveServer, token: str, kind: str, transfer_id: str) -> str | None:
    queue = (await live.data(STEPS, {"k": kind}, token))["reviewSteps"]["edges"]
    found = [e["node"]["id"] for e in queue if e["node"]["subjectId"] == transfer_id]
    return found[0] if found else None


async def decide(
    live: LiveServer, token: str, kind: str, step_id: str, ok: bool, why: str | None = None
) -> dict[str, Any]:
    variables = {"k": kind, "id": step_id, "ok": ok, "why": why}
    return (await live.data(DECIDE, variables, token))["reviewDecide"]


async def my_transfer(live: LiveServer, token: str, transfer_id: str) -> dict[str, Any]:
    mine = (await live.data(MINE, token=token))["myTransfers"]
    return next(t for t in mine if t["id"] == transfer_id)


async def unit_of(name: str) -> tuple[int, int | None, str | None]:
    row = await Professional.get(account__name=name).values(
        "organisation_id", "department_id", "region_id"
    )
    return row["organisation_id"], row["department_id"], row["region_id"]


async def approve_claim(live: LiveServer, me: str, admin: str, **claim: Any) -> str:
    created = (await live.data(CREATE, {"i": training(**claim)}, me))["claimCreate"]["claim"]
    await live.data(ACT % "claimSubmit", {"id": created["id"]}, me)
    step = await step_of(live, admin, "CLAIM_REVIEW", created["id"])
    assert step is not None
    assert (await decide(live, admin, "CLAIM_REVIEW", step, True))["decidedCount"] == 1
    return str(created["id"])


async def pending(tree: Any, unit: str, kind: ReviewKind) -> int:
    return (await reviews.pending_counts(tree.ids[unit])).get(kind, 0)


def learners(rows: dict[str, Any]) -> dict[str, int]:
    return {e["node"]["name"]: e["node"]["learners"] for e in rows["unitCompletions"]["edges"]}


async def test_professional_applies_and_both_employers_approve(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me, old, new = tokens["professional"], tokens["hospital1"], tokens["hospital2"]  # 王芳
    me_id = (await Professional.get(account__name="王芳")).id
    # given: 40 approved hours of 2024 earned at 济南第一医院, and a claim waiting for review
    await approve_claim(live, me, old)
    before = learners(await live.data(UNITS, {"y": 2024}, tokens["health"]))
    assert before["济南第一医院"] == 1 and before["济南第二医院"] == 0
    waiting = (await live.data(CREATE, {"i": training(year=2025)}, me))["claimCreate"]["claim"]
    await live.data(ACT % "claimSubmit", {"id": waiting["id"]}, me)

    # the waiting claim is named in the refusal
    refused = await start(live, me, application(tree, "hospital2"))
    assert refused["transfer"] is None
    assert [(e["code"], e["message"]) for e in refused["errors"]] == [
        ("PENDING_ITEMS", "存在待审核事项：学时申报待审核1条，处理完毕后方可调转单位")
    ]
    await live.data(ACT % "claimWithdraw", {"id": waiting["id"]}, me)

    # when: the professional applies, with an attachment
    out_before = await pending(tree, "hospital1", ReviewKind.TRANSFER_OUT)
    in_before = await pending(tree, "hospital2", ReviewKind.TRANSFER_IN)
    status, scan = await upload(live, me, PNG, "调令.png")
    assert status == 201
    given = application(tree, "hospital2", phone="13905310001", attachments=[str(scan["id"])])
    started = await start(live, me, given)
    assert started["errors"] == []
    transfer = started["transfer"]
    assert transfer["status"] == "OUT_PENDING" and transfer["appliedByUnit"] is False
    assert (transfer["fromUnit"]["name"], transfer["toUnit"]["name"]) == (
        "济南第一医院",
        "济南第二医院",
    )

    # then: only the old employer has a step; the new one sees nothing to decide yet
    out_step = await step_of(live, old, "TRANSFER_OUT", transfer["id"])
    assert out_step is not None
    assert await step_of(live, new, "TRANSFER_IN", transfer["id"]) is None
    assert await pending(tree, "hospital1", ReviewKind.TRANSFER_OUT) == out_before + 1
    # the live to-do counts (待办事项) carry both kinds
    counts = await todo.counts_of(tree.ids["hospital1"])
    assert counts[ReviewKind.TRANSFER_OUT] == out_before + 1 and ReviewKind.TRANSFER_IN in counts
    # while it is pending the professional files no claim for review
    blocked = await live.data(ACT % "claimSubmit", {"id": waiting["id"]}, me)
    assert blocked["claimSubmit"]["errors"] == [{"code": "TRANSFER_PENDING", "field": "id"}]

    assert (await decide(live, old, "TRANSFER_OUT", out_step, True))["decidedCount"] == 1
    halfway = await my_transfer(live, me, transfer["id"])
    assert (halfway["status"], halfway["currentReviewer"]) == ("IN_PENDING", "济南第二医院")
    in_step = await step_of(live, new, "TRANSFER_IN", transfer["id"])
    assert in_step is not None
    assert await pending(tree, "hospital2", ReviewKind.TRANSFER_IN) == in_before + 1
    assert await pending(tree, "hospital1", ReviewKind.TRANSFER_OUT) == out_before
    # the new unit may read the evidence before deciding
    evidence = await live.client.get(
        f"/files/{scan['id']}", headers={"Authorization": f"Bearer {new}"}
    )
    assert evidence.status_code == 200 and evidence.content == PNG

    assert (await decide(live, new, "TRANSFER_IN", in_step, True))["decidedCount"] == 1
    done = await my_transfer(live, me, transfer["id"])
    assert done["status"] == "COMPLETED" and done["outDecidedAt"] and done["finishedAt"]
    assert done["currentReviewer"] is None
    # every step is on the record
    for action, subject in (("transfer.start", transfer["id"]), ("review.approved", out_step),
                            ("review.approved", in_step), ("transfer.complete", me_id)):  # fmt: skip
        assert await AuditLog.filter(action=action, subject_id=str(subject)).exists(), action

    # the person is the new unit's now, with no department and the new unit's region
    assert await unit_of("王芳") == (tree.ids["hospital2"], None, "370102")
    at_new = (await live.data(PERSONS, {"n": "王芳"}, new))["persons"]["edges"]
    assert at_new == [
        {"node": {"name": "王芳", "organisation": {"name": "济南第二医院"}, "department": None,
                  "region": {"code": "370102"}}}
    ]  # fmt: skip
    assert (await live.data(PERSONS, {"n": "王芳"}, old))["persons"]["edges"] == []
    # the session stays, and the claim history is still theirs
    mine = (await live.data("{ myClaims { year status } }", token=me))["myClaims"]
    assert {"year": 2024, "status": "APPROVED"} in mine

    # the hours approved at the old unit stay counted there; the rollup stays exact
    after = learners(await live.data(UNITS, {"y": 2024}, tokens["health"]))
    assert after["济南第一医院"] == 1 and after["济南第二医院"] == 0
    assert await completion.rebuild(fix=False) == []
    assert await completion.rollup_drift() == 0
    # a new year's hours count at the new unit
    await live.data(ACT % "claimSubmit", {"id": waiting["id"]}, me)
    step = await step_of(live, new, "CLAIM_REVIEW", waiting["id"])
    assert step is not None
    await decide(live, new, "CLAIM_REVIEW", step, True)
    later = learners(await live.data(UNITS, {"y": 2025}, tokens["health"]))
    assert later["济南第二医院"] == 1 and later["济南第一医院"] == 0
    # more hours for a year begun at the old unit, approved by the new: the year stays there
    await approve_claim(live, me, new, requestedHours="60")
    still = learners(await live.data(UNITS, {"y": 2024}, tokens["health"]))
    assert still["济南第一医院"] == 1 and still["济南第二医院"] == 0
    mine = (await live.data("{ myCompletion { year totalHours } }", token=me))["myCompletion"]
    assert {"year": 2024, "totalHours": "100.0"} in mine
    assert await completion.rebuild(fix=False) == []
    assert await completion.rollup_drift() == 0

    # a decided transfer cannot be withdrawn
    late = (await live.data(WITHDRAW, {"id": transfer["id"]}, me))["transferWithdraw"]
    assert late["errors"] == [{"code": "CANNOT_WITHDRAW", "field": "id"}]


async def test_admin_transfers_a_member_and_both_sides_see_the_records(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    old, new = tokens["hospital1"], tokens["hospital2"]
    member = await Professional.get(account__name="李娜")
    started = await start(live, old, application(tree, "hospital2", professionalId=str(member.id)))
    assert started["errors"] == []
    transfer = started["transfer"]
    assert transfer["appliedByUnit"] is True and transfer["status"] == "OUT_PENDING"

    out_records = (await live.data(RECORDS, {"d": "OUT"}, old))["transfers"]["edges"]
    assert {"id": transfer["id"], "name": "李娜", "status": "OUT_PENDING", "reason": "工作调动",
            "fromUnit": {"name": "济南第一医院"}, "toUnit": {"name": "济南第二医院"}} in [
        e["node"] for e in out_records
    ]  # fmt: skip
    incoming = (await live.data(RECORDS, {"d": "IN"}, new))["transfers"]["edges"]
    assert transfer["id"] in [e["node"]["id"] for e in incoming]
    # the parent sees both directions of its subtree; an unrelated bureau sees neither
    above = (await live.data(RECORDS, {"d": "IN"}, tokens["health"]))["transfers"]["edges"]
    assert transfer["id"] in [e["node"]["id"] for e in above]
    elsewhere = (await live.data(RECORDS, {"d": "OUT"}, tokens["qingdao"]))["transfers"]
    assert elsewhere["totalCount"] == 0
    # the old unit's records of moves in do not include it
    assert transfer["id"] not in [
        e["node"]["id"] for e in (await live.data(RECORDS, {"d": "IN"}, old))["transfers"]["edges"]
    ]

    out_step = await step_of(live, old, "TRANSFER_OUT", transfer["id"])
    assert out_step is not None
    await decide(live, old, "TRANSFER_OUT", out_step, True)
    in_step = await step_of(live, new, "TRANSFER_IN", transfer["id"])
    assert in_step is not None
    await decide(live, new, "TRANSFER_IN", in_step, True)

    assert (await unit_of("李娜"))[0] == tree.ids["hospital2"]
    assert len((await live.data(PERSONS, {"n": "李娜"}, new))["persons"]["edges"]) == 1
    assert (await live.data(PERSONS, {"n": "李娜"}, old))["persons"]["edges"] == []
    incoming = (await live.data(RECORDS, {"d": "IN"}, new))["transfers"]["edges"]
    assert {"id": transfer["id"], "status": "COMPLETED"} in [
        {"id": e["node"]["id"], "status": e["node"]["status"]} for e in incoming
    ]
    mine = await my_transfer(live, await professional_token(live, tree, "李娜"), transfer["id"])
    assert mine["status"] == "COMPLETED"


async def test_refusals_name_the_reason_and_change_nothing(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = await professional_token(live, tree, "刘洋")  # of 济南第二医院
    cases = [
        (application(tree, "health"), "TARGET_NOT_ACTIVE_EMPLOYER", "toOrganisationId"),
        (application(tree, "hospital2"), "SAME_UNIT", "toOrganisationId"),
        (application(tree, "hospital1", toOrganisationId="999999"), "NOT_FOUND", "toOrganisationId"),
        (application(tree, "hospital1", phone="call me"), "PHONE_FORMAT", "phone"),
        (application(tree, "hospital1", reason="  "), "REQUIRED", "reason"),
        (application(tree, "hospital1", attachments=["999999"]), "NOT_FOUND", "attachments"),
    ]  # fmt: skip
    for given, code, field in cases:
        refused = await start(live, me, given)
        assert [(e["code"], e["field"]) for e in refused["errors"]] == [(code, field)], code
    assert (await live.data(MINE, token=me))["myTransfers"] == []

    # an admin reaches only its own subtree's members: another unit's is not found
    outsider = await Professional.get(account__name="王磊")
    refused = await start(
        live, tokens["hospital2"], application(tree, "hospital2", professionalId=str(outsider.id))
    )
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("NOT_FOUND", "professionalId")]
    no_member = await start(live, tokens["hospital2"], application(tree, "hospital1"))
    assert [e["code"] for e in no_member["errors"]] == ["REQUIRED"]
    # an admin without the TRANSFERS module may not start one at all
    denied = await live.gql(START, {"i": application(tree, "hospital1")}, tokens["hospital2_plain"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    # a profile change waiting for review is named too
    change = await ProfileChange.create(
        professional_id=(await Professional.get(account__name="刘洋")).id,
        kind=ChangeKind.TITLE,
        before={"title_grade": "JUNIOR"},
        after={"title_grade": "INTERMEDIATE"},
        reviewer_id=tree.ids["hospital2"],
    )
    waiting = await start(live, me, application(tree, "hospital1"))
    assert [e["message"] for e in waiting["errors"]] == [
        "存在待审核事项：专业技术职务（职称）变更待审核，处理完毕后方可调转单位"
    ]
    await ProfileChange.filter(id=change.id).update(status=ReviewStatus.WITHDRAWN)

    # one transfer at a time
    first = await start(live, me, application(tree, "hospital1"))
    assert first["errors"] == []
    second = await start(live, me, application(tree, "branch"))
    assert [(e["code"], e["message"]) for e in second["errors"]] == [
        ("PENDING_ITEMS", "存在待审核事项：单位调转待审核，处理完毕后方可调转单位")
    ]
    assert [t["id"] for t in (await live.data(MINE, token=me))["myTransfers"]] == [
        first["transfer"]["id"]
    ]
    await live.data(WITHDRAW, {"id": first["transfer"]["id"]}, me)


async def test_either_employer_can_refuse_with_a_reason(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    old, new = tokens["hospital1"], tokens["hospital2"]
    me = await professional_token(live, tree, "王磊")
    unit_before = await unit_of("王磊")

    # the old employer refuses the move out: it ends there
    first = (await start(live, me, application(tree, "hospital2")))["transfer"]
    out_step = await step_of(live, old, "TRANSFER_OUT", first["id"])
    assert out_step is not None
    no_reason = await decide(live, old, "TRANSFER_OUT", out_step, False)
    assert no_reason["errors"] == [{"code": "REASON_REQUIRED"}]
    assert (await decide(live, old, "TRANSFER_OUT", out_step, False, "岗位尚未交接"))[
        "decidedCount"
    ] == 1
    refused = await my_transfer(live, me, first["id"])
    assert (refused["status"], refused["rejectionReason"]) == ("OUT_REJECTED", "岗位尚未交接")
    assert await step_of(live, new, "TRANSFER_IN", first["id"]) is None
    assert await unit_of("王磊") == unit_before

    # again: the old employer agrees, then the new one refuses the move in
    second = (await start(live, me, application(tree, "hospital2")))["transfer"]
    assert second is not None
    out_step = await step_of(live, old, "TRANSFER_OUT", second["id"])
    assert out_step is not None
    await decide(live, old, "TRANSFER_OUT", out_step, True)
    in_step = await step_of(live, new, "TRANSFER_IN", second["id"])
    assert in_step is not None
    await decide(live, new, "TRANSFER_IN", in_step, False, "编制已满")
    refused = await my_transfer(live, me, second["id"])
    assert (refused["status"], refused["rejectionReason"]) == ("IN_REJECTED", "编制已满")
    assert refused["outDecidedAt"] is not None and refused["finishedAt"] is not None
    assert await unit_of("王磊") == unit_before
    records = (await live.data(RECORDS, {"d": "IN"}, new))["transfers"]["edges"]
    assert {"id": second["id"], "status": "IN_REJECTED"} in [
        {"id": e["node"]["id"], "status": e["node"]["status"]} for e in records
    ]
    # nothing is pending any more: a new application may start
    third = await start(live, me, application(tree, "branch"))
    assert third["errors"] == []
    await live.data(WITHDRAW, {"id": third["transfer"]["id"]}, me)


async def test_the_applicant_withdraws_while_pending(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital1"]
    me = await professional_token(live, tree, "张伟")  # of the branch, under 济南第一医院
    member = await Professional.get(account__name="张伟")

    own = (await start(live, me, application(tree, "hospital2")))["transfer"]
    assert await pending(tree, "branch", ReviewKind.TRANSFER_OUT) == 1
    # someone else cannot withdraw it, even the unit's admin
    other = (await live.data(WITHDRAW, {"id": own["id"]}, admin))["transferWithdraw"]
    assert other["errors"] == [{"code": "NOT_FOUND", "field": "id"}]
    withdrawn = (await live.data(WITHDRAW, {"id": own["id"]}, me))["transferWithdraw"]
    assert withdrawn["errors"] == [] and withdrawn["transfer"]["status"] == "WITHDRAWN"
    assert await pending(tree, "branch", ReviewKind.TRANSFER_OUT) == 0

    # an admin's application is the admin's to withdraw, not the professional's
    by_unit = await start(
        live, admin, application(tree, "hospital2", professionalId=str(member.id))
    )
    assert by_unit["errors"] == []
    transfer_id = by_unit["transfer"]["id"]
    assert (await live.data(WITHDRAW, {"id": transfer_id}, me))["transferWithdraw"]["errors"] == [
        {"code": "NOT_FOUND", "field": "id"}
    ]
    withdrawn = (await live.data(WITHDRAW, {"id": transfer_id}, admin))["transferWithdraw"]
    assert withdrawn["transfer"]["status"] == "WITHDRAWN"
    assert (await unit_of("张伟"))[0] == tree.ids["branch"]
