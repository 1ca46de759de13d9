"""单位资料管理: info changes reviewed by the parent, the change of parent approved by both
parents (the subtree moves with it), and a parent closing a unit's claim-review right.

Each test leaves nothing pending, so the tests hold in any order."""

from __future__ import annotations

from typing import Any

from domain import reviews
from domain.identity import credit_code_check_char
from models import AuditLog, Organisation, OrganisationClosure
from models.enums import ReviewKind
from tests.api.test_claims import ACT, CREATE, training
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

CHANGE = "change { id kind status reason currentReviewer changes { field label before after } }"
UPDATE = f"""mutation($i: OrganisationUpdateInput!) {{ organisationUpdate(input: $i) {{
    updatedFields {CHANGE} errors {{ code field message }} }} }}"""
PARENT = f"""mutation($p: ID!) {{ organisationParentChange(input: {{parentId: $p}}) {{
    {CHANGE} errors {{ code field message }} }} }}"""
WITHDRAW = f"""mutation($id: ID!) {{ organisationChangeWithdraw(input: {{id: $id}}) {{
    {CHANGE} errors {{ code field }} }} }}"""
STEPS = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 100) {
    edges { node { id subjectId applicantName
      summary { ... on OrganisationChangeSummary { changes { field label before after } } } } } } }"""
DECIDE = """mutation($k: ReviewKind!, $id: ID!, $ok: Boolean!, $why: String) {
    reviewDecide(input: {kind: $k, ids: [$id], approve: $ok, reason: $why}) {
    decidedCount errors { code message } } }"""
ORG = """query($id: ID!) { organisation(id: $id) {
    name creditCode phone region { code } parent { name } depth reviewEnabled
    ancestors { name } } }"""
RIGHT = """mutation($i: OrganisationReviewRightInput!) { organisationSetReviewEnabled(input: $i) {
    organisation { name reviewEnabled } movedClaimCount errors { code field } } }"""


def credit_code(serial: str) -> str:
    first17 = f"91370102{serial:0>9}"
    return first17 + credit_code_check_char(first17)


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def step_of(
    live: LiveServer, token: str, kind: str, subject_id: str
) -> dict[str, Any] | None:
    queue = (await live.data(STEPS, {"k": kind}, token))["reviewSteps"]["edges"]
    found = [e["node"] for e in queue if e["node"]["subjectId"] == subject_id]
    return found[0] if found else None


async def decide(
    live: LiveServer, token: str, kind: str, step: dict[str, Any] | None, ok: bool, why: str = ""
) -> dict[str, Any]:
    assert step is not None
    variables = {"k": kind, "id": step["id"], "ok": ok, "why": why or None}
    return (await live.data(DECIDE, variables, token))["reviewDecide"]


async def organisation(live: LiveServer, tree: Any, key: str, token: str) -> dict[str, Any]:
    """The unit as an admin above it reads it (no organisation is readable anonymously)."""
    return (await live.data(ORG, {"id": str(tree.ids[key])}, token))["organisation"]


async def update(live: LiveServer, token: str, **given: Any) -> dict[str, Any]:
    return (await live.data(UPDATE, {"i": given}, token))["organisationUpdate"]


async def test_direct_fields_at_once_registered_ones_after_the_parent_approves(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit, parent = tokens["hospital2"], tokens["health"]
    direct = await update(live, unit, phone="0531-86661234", address="济南市历下区经十路1号")
    assert direct["errors"] == [] and direct["change"] is None
    assert direct["updatedFields"] == ["phone", "address"]
    assert (await organisation(live, tree, "hospital2", tokens["jinan"]))[
        "phone"
    ] == "0531-86661234"
    assert codes(await update(live, unit, phone="0531-86661234")) == [("NOTHING_CHANGED", None)]
    assert codes(await update(live, unit, creditCode="123")) == [
        ("CREDIT_CODE_LENGTH", "creditCode")
    ]
    taken = await update(live, unit, name="济南第一医院")
    assert codes(taken) == [("NAME_TAKEN", "name")]

    # when: the name and the credit code change — the parent decides, seeing the diff
    code = credit_code("000000201")
    asked = await update(
        live, unit, name="济南市第二人民医院", creditCode=code, phone="0531-86660000"
    )
    assert asked["errors"] == [] and asked["updatedFields"] == ["phone"]
    change = asked["change"]
    assert (change["kind"], change["status"]) == ("INFO", "PENDING")
    assert change["currentReviewer"] == "济南市卫生健康委员会"
    assert change["changes"] == [
        {"field": "creditCode", "label": "统一社会信用代码", "before": None, "after": code},
        {"field": "name", "label": "单位名称", "before": "济南第二医院", "after": "济南市第二人民医院"},
    ]  # fmt: skip
    assert (await organisation(live, tree, "hospital2", tokens["jinan"]))["name"] == "济南第二医院"
    step = await step_of(live, parent, "ORGANISATION_CHANGE", change["id"])
    assert step is not None and step["applicantName"] == "济南第二医院"
    assert step["summary"]["changes"] == change["changes"]
    assert (await reviews.pending_counts(tree.ids["health"]))[ReviewKind.ORGANISATION_CHANGE] == 1

    # then: approved, the registered info changes
    assert (await decide(live, parent, "ORGANISATION_CHANGE", step, True))["decidedCount"] == 1
    now = await organisation(live, tree, "hospital2", tokens["jinan"])
    assert (now["name"], now["creditCode"]) == ("济南市第二人民医院", code)
    for action, subject in (("organisation_change.submit", change["id"]),
                            ("organisation.update", tree.ids["hospital2"])):  # fmt: skip
        assert await AuditLog.filter(action=action, subject_id=str(subject)).exists(), action
    records = """{ organisationChanges(first: 50) { edges { node { id status currentReviewer
        organisation { name } } } } }"""
    mine = (await live.data(records, token=unit))["organisationChanges"]["edges"]
    assert {"id": change["id"], "status": "APPROVED", "currentReviewer": None,
            "organisation": {"name": "济南市第二人民医院"}} in [e["node"] for e in mine]  # fmt: skip

    # a rejected change keeps the old value and says why
    moved = (await update(live, unit, regionCode="370100"))["change"]
    assert moved["changes"] == [
        {"field": "regionId", "label": "注册所在地", "before": "历下区", "after": "济南市"}
    ]
    step = await step_of(live, parent, "ORGANISATION_CHANGE", moved["id"])
    await decide(live, parent, "ORGANISATION_CHANGE", step, False, "注册地与证照不符")
    rows = (await live.data(records, token=unit))["organisationChanges"]["edges"]
    assert (await organisation(live, tree, "hospital2", tokens["jinan"]))["region"] == {
        "code": "370102"
    }
    refused = (
        """query { organisationChanges(statuses: [REJECTED]) { edges { node { id reason } } } }"""
    )
    assert {"id": moved["id"], "reason": "注册地与证照不符"} in [
        e["node"] for e in (await live.data(refused, token=unit))["organisationChanges"]["edges"]
    ]
    assert len(rows) >= 2
    await Organisation.filter(id=tree.ids["hospital2"]).update(
        name="济南第二医院", credit_code=None
    )


async def test_pending_items_block_registered_changes_and_the_unit_can_withdraw(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit = tokens["hospital1"]
    member = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    claim = (await live.data(CREATE, {"i": training()}, member))["claimCreate"]["claim"]
    await live.data(ACT % "claimSubmit", {"id": claim["id"]}, member)

    blocked = await update(live, unit, name="济南市第一人民医院")
    assert [(e["code"], e["message"]) for e in blocked["errors"]] == [
        ("PENDING_ITEMS",
         "本单位或本单位人员存在待审核事项：人员学时申报待审核1条，处理完毕后方可修改")
    ]  # fmt: skip
    # a direct field is no request: it is not held up
    assert (await update(live, unit, phone="0531-82169999"))["errors"] == []
    parent_change = await live.data(PARENT, {"p": str(tree.ids["qingdao"])}, unit)
    assert parent_change["organisationParentChange"]["errors"][0]["code"] == "PENDING_ITEMS"
    await live.data(ACT % "claimWithdraw", {"id": claim["id"]}, member)

    asked = (await update(live, unit, name="济南市第一人民医院"))["change"]
    again = await update(live, unit, name="济南第一人民医院")
    assert [e["message"] for e in again["errors"]] == [
        "本单位或本单位人员存在待审核事项：机构信息修改待审核，处理完毕后方可修改"
    ]
    withdrawn = (await live.data(WITHDRAW, {"id": asked["id"]}, unit))["organisationChangeWithdraw"]
    assert withdrawn["change"]["status"] == "WITHDRAWN"
    assert await step_of(live, tokens["health"], "ORGANISATION_CHANGE", asked["id"]) is None
    late = (await live.data(WITHDRAW, {"id": asked["id"]}, unit))["organisationChangeWithdraw"]
    assert codes(late) == [("CANNOT_WITHDRAW", "id")]
    other = await live.data(WITHDRAW, {"id": asked["id"]}, tokens["hospital2"])
    assert codes(other["organisationChangeWithdraw"]) == [("NOT_FOUND", "id")]
    await live.data(ACT % "claimDelete", {"id": claim["id"]}, member)


async def closure_from_parents() -> set[tuple[int, int, int]]:
    """The closure table as the parent pointers say it should be."""
    parents = dict(await Organisation.all().values_list("id", "parent_id"))
    expected = set()
    for organisation_id in parents:
        current, distance = organisation_id, 0
        while current is not None:
            expected.add((current, organisation_id, distance))
            current, distance = parents[current], distance + 1
    return expected


async def test_parent_change_needs_both_parents_and_moves_the_subtree(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    unit, old, new = tokens["hospital1"], tokens["health"], tokens["qingdao"]
    for target, code in [("health", "SAME_PARENT"), ("branch", "PARENT_CYCLE"),
                         ("base", "PARENT_KIND_NOT_ALLOWED")]:  # fmt: skip
        refused = await live.data(PARENT, {"p": str(tree.ids[target])}, unit)
        assert codes(refused["organisationParentChange"]) == [(code, "parentId")]
    missing = await live.data(PARENT, {"p": "999999"}, unit)
    assert codes(missing["organisationParentChange"]) == [("NOT_FOUND", "parentId")]

    # given: an approved claim of a member awaiting verification by 济南市卫健委, and a claim of
    # the branch's member waiting there too, both the branch's and the unit's right closed
    member = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    approved = (await live.data(CREATE, {"i": training()}, member))["claimCreate"]["claim"]
    await live.data(ACT % "claimSubmit", {"id": approved["id"]}, member)
    review = await step_of(live, unit, "CLAIM_REVIEW", approved["id"])
    await decide(live, unit, "CLAIM_REVIEW", review, True)
    assert await step_of(live, old, "CLAIM_VERIFICATION", approved["id"]) is not None
    for closer, key in ((unit, "branch"), (old, "hospital1")):
        closing = {"organisationId": str(tree.ids[key]), "enabled": False}
        assert (await live.data(RIGHT, {"i": closing}, closer))["organisationSetReviewEnabled"][
            "errors"
        ] == []
    at_branch = await login_token(live, tree.people["张伟"], PASSWORD, "PROFESSIONAL")
    waiting = (await live.data(CREATE, {"i": training()}, at_branch))["claimCreate"]["claim"]
    sent = (await live.data(ACT % "claimSubmit", {"id": waiting["id"]}, at_branch))["claimSubmit"]
    assert sent["claim"]["currentHandler"] == "济南市卫生健康委员会"

    # when: hospital1 asks to move under 青岛市人社局
    change = (await live.data(PARENT, {"p": str(tree.ids["qingdao"])}, unit))[
        "organisationParentChange"
    ]["change"]
    assert change["changes"] == [
        {"field": "parentId", "label": "上级部门", "before": "济南市卫生健康委员会",
         "after": "青岛市人力资源和社会保障局"}
    ]  # fmt: skip
    # then: the old parent decides first; the new one sees the request only after
    assert await step_of(live, new, "PARENT_CHANGE_IN", change["id"]) is None
    out = await step_of(live, old, "PARENT_CHANGE_OUT", change["id"])
    assert (await decide(live, old, "PARENT_CHANGE_OUT", out, True))["decidedCount"] == 1
    in_step = await step_of(live, new, "PARENT_CHANGE_IN", change["id"])
    assert in_step is not None
    assert (await reviews.pending_counts(tree.ids["qingdao"]))[ReviewKind.PARENT_CHANGE_IN] == 1
    listed = (
        """{ organisationChanges(kinds: [PARENT]) { edges { node { id currentReviewer } } } }"""
    )
    assert {"id": change["id"], "currentReviewer": "青岛市人力资源和社会保障局"} in [
        e["node"] for e in (await live.data(listed, token=new))["organisationChanges"]["edges"]
    ]
    assert (await organisation(live, tree, "hospital1", tokens["jinan"]))["parent"][
        "name"
    ] == "济南市卫生健康委员会"
    await decide(live, new, "PARENT_CHANGE_IN", in_step, True)

    # the unit and its branch moved; scope and the closure follow at once
    moved = await organisation(live, tree, "branch", new)
    # its ancestors as the new bureau reaches them (the province is above that bureau's scope)
    assert [a["name"] for a in moved["ancestors"]] == ["青岛市人力资源和社会保障局", "济南第一医院"]
    gone = await live.gql(ORG, {"id": str(tree.ids["branch"])}, tokens["jinan"])
    assert gone["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert moved["depth"] == 3
    assert (
        set(await OrganisationClosure.all().values_list("ancestor_id", "descendant_id", "distance"))
        == await closure_from_parents()
    )
    people = """{ persons(first: 100) { edges { node { name } } } }"""
    at_new = {e["node"]["name"] for e in (await live.data(people, token=new))["persons"]["edges"]}
    at_old = {e["node"]["name"] for e in (await live.data(people, token=old))["persons"]["edges"]}
    assert {"王芳", "张伟"} <= at_new and not {"王芳", "张伟"} & at_old
    # what waited outside the subtree goes to whoever decides it now
    for kind, claim in (("CLAIM_VERIFICATION", approved), ("CLAIM_REVIEW", waiting)):
        assert await step_of(live, old, kind, claim["id"]) is None, kind
        assert await step_of(live, new, kind, claim["id"]) is not None, kind
    units = """{ unitCompletions(year: 2024, first: 50) { edges { node { name } } } }"""
    assert {e["node"]["name"] for e in (await live.data(units, token=new))["unitCompletions"]["edges"]} == {
        "济南第一医院", "济南第一医院东院"
    }  # fmt: skip

    # either refusal ends it: first the old parent's, then the new parent's
    for refuser, kind in ((old, "PARENT_CHANGE_OUT"), (new, "PARENT_CHANGE_IN")):
        asked = (await live.data(PARENT, {"p": str(tree.ids["qingdao"])}, tokens["hospital2"]))[
            "organisationParentChange"
        ]["change"]
        step = await step_of(live, old, "PARENT_CHANGE_OUT", asked["id"])
        if kind == "PARENT_CHANGE_IN":
            await decide(live, old, "PARENT_CHANGE_OUT", step, True)
            step = await step_of(live, new, kind, asked["id"])
        assert (await decide(live, refuser, kind, step, False, "不同意"))["decidedCount"] == 1
        records = """{ organisationChanges(statuses: [REJECTED]) { edges { node { id } } } }"""
        rejected = (await live.data(records, token=tokens["hospital2"]))["organisationChanges"]
        assert asked["id"] in [e["node"]["id"] for e in rejected["edges"]]
        assert (await organisation(live, tree, "hospital2", tokens["jinan"]))["parent"][
            "name"
        ] == "济南市卫生健康委员会"

    # back where it was, for the other tests
    back = (await live.data(PARENT, {"p": str(tree.ids["health"])}, unit))[
        "organisationParentChange"
    ]["change"]
    await decide(
        live,
        new,
        "PARENT_CHANGE_OUT",
        await step_of(live, new, "PARENT_CHANGE_OUT", back["id"]),
        True,
    )
    await decide(
        live,
        old,
        "PARENT_CHANGE_IN",
        await step_of(live, old, "PARENT_CHANGE_IN", back["id"]),
        True,
    )
    assert (
        set(await OrganisationClosure.all().values_list("ancestor_id", "descendant_id", "distance"))
        == await closure_from_parents()
    )
    assert await step_of(live, old, "CLAIM_VERIFICATION", approved["id"]) is not None
    await live.data(ACT % "claimWithdraw", {"id": waiting["id"]}, at_branch)
    for opener, key in ((old, "hospital1"), (unit, "branch")):
        opening = {"organisationId": str(tree.ids[key]), "enabled": True}
        await live.data(RIGHT, {"i": opening}, opener)


async def test_a_parent_closes_and_reopens_a_units_review_right(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    parent, unit = tokens["health"], tokens["hospital2"]
    member = await login_token(live, tree.people["刘洋"], PASSWORD, "PROFESSIONAL")
    waiting = (await live.data(CREATE, {"i": training()}, member))["claimCreate"]["claim"]
    await live.data(ACT % "claimSubmit", {"id": waiting["id"]}, member)

    target = {"organisationId": str(tree.ids["hospital2"]), "enabled": False}
    # not its own, and only within reach
    own = (await live.data(RIGHT, {"i": target}, unit))["organisationSetReviewEnabled"]
    assert codes(own) == [("NOT_FOUND", "organisationId")]
    foreign = await live.data(RIGHT, {"i": target}, tokens["hospital1"])
    assert codes(foreign["organisationSetReviewEnabled"]) == [("NOT_FOUND", "organisationId")]

    closed = (await live.data(RIGHT, {"i": target}, parent))["organisationSetReviewEnabled"]
    assert closed["organisation"] == {"name": "济南第二医院", "reviewEnabled": False}
    assert closed["movedClaimCount"] == 1
    # the claim waiting at the unit went up, and new ones go straight to the parent
    assert await step_of(live, unit, "CLAIM_REVIEW", waiting["id"]) is None
    assert await step_of(live, parent, "CLAIM_REVIEW", waiting["id"]) is not None
    later = (await live.data(CREATE, {"i": training(year=2023)}, member))["claimCreate"]["claim"]
    sent = (await live.data(ACT % "claimSubmit", {"id": later["id"]}, member))["claimSubmit"]
    assert sent["claim"]["currentHandler"] == "济南市卫生健康委员会"

    reopened = await live.data(RIGHT, {"i": {**target, "enabled": True}}, parent)
    assert reopened["organisationSetReviewEnabled"]["organisation"]["reviewEnabled"] is True
    third = (await live.data(CREATE, {"i": training(year=2022)}, member))["claimCreate"]["claim"]
    sent = (await live.data(ACT % "claimSubmit", {"id": third["id"]}, member))["claimSubmit"]
    assert sent["claim"]["currentHandler"] == "济南第二医院"
    for claim in (waiting, later, third):
        await live.data(ACT % "claimWithdraw", {"id": claim["id"]}, member)
        await live.data(ACT % "claimDelete", {"id": claim["id"]}, member)
