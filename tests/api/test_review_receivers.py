"""Review queues only where steps can arrive: each review kind declares the organisation kinds
that ever receive its steps, and the to-do counts (and the console's queues) follow it."""

from __future__ import annotations

from typing import Any

from domain import reviews, todo
from domain.principal import ALL_MODULES, Principal
from models import Account, Admin, Organisation, ReviewStep
from models.enums import Module, OrgKind, ReviewKind, ReviewStatus, RoleKind
from tests.api.test_attachments import PDF, PNG, upload
from tests.api.test_claims import ACT, CREATE, training
from tests.api.test_org_changes import PARENT, update
from tests.api.test_plans import DOCUMENT, SUBMIT, plan
from tests.api.test_profile import IDENTITY, TITLE, title
from tests.api.test_registration import REGISTER_ORG, REGISTER_PERSON, org_input, person
from tests.api.test_transfers import START, application
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number
from tests.realtime.clients import TODO, subscribed

DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount errors { code message } } }"""
RIGHT = """mutation($i: OrganisationReviewRightInput!) { organisationSetReviewEnabled(input: $i) {
    errors { code } } }"""

K = ReviewKind
# what an admin of each kind of organisation is ever asked to decide
EMPLOYER_KINDS = {K.PROFESSIONAL_REGISTRATION, K.ORGANISATION_REGISTRATION, K.CLAIM_REVIEW,
                  K.TITLE_CHANGE, K.PLAN_REVIEW, K.TRANSFER_OUT, K.TRANSFER_IN,
                  K.ORGANISATION_CHANGE, K.PARENT_CHANGE_OUT, K.PARENT_CHANGE_IN}  # fmt: skip
COMPETENT_KINDS = {K.ORGANISATION_REGISTRATION, K.CLAIM_REVIEW, K.CLAIM_VERIFICATION,
                   K.PLAN_REVIEW, K.BASE_ANNUAL_PLAN, K.BASE_PLAN_APPLICATION,
                   K.BASE_ANNUAL_SUMMARY, K.ORGANISATION_CHANGE, K.PARENT_CHANGE_OUT,
                   K.PARENT_CHANGE_IN}  # fmt: skip
HRSS_KINDS = COMPETENT_KINDS | {K.IDENTITY_CHANGE}


def admin(kind: RoleKind, *modules: Module, is_super: bool = False) -> Principal:
    return Principal(account_id=1, kind=kind, organisation_id=1, admin_id=1, is_super=is_super,
                     modules=ALL_MODULES if is_super else frozenset(modules))  # fmt: skip


def test_every_kind_declares_where_it_arrives() -> None:
    import schema  # noqa: F401  (registers every workflow's handler)

    assert set(reviews.HANDLERS) == set(ReviewKind)
    for kind, handler in reviews.HANDLERS.items():
        assert handler.receivers and handler.receivers <= set(OrgKind), kind
    # nothing is ever sent to a CE base for decision
    assert not any(OrgKind.BASE in h.receivers for h in reviews.HANDLERS.values())


def test_kinds_for_follows_both_the_organisation_kind_and_the_modules() -> None:
    import schema  # noqa: F401

    assert set(todo.kinds_for(admin(RoleKind.EMPLOYER, is_super=True))) == EMPLOYER_KINDS
    assert set(todo.kinds_for(admin(RoleKind.COMPETENT, is_super=True))) == COMPETENT_KINDS
    assert set(todo.kinds_for(admin(RoleKind.HRSS, is_super=True))) == HRSS_KINDS
    assert todo.kinds_for(admin(RoleKind.BASE, is_super=True)) == []
    changes = todo.kinds_for(admin(RoleKind.HRSS, Module.CHANGE_REVIEW))
    assert changes == [K.IDENTITY_CHANGE, K.ORGANISATION_CHANGE, K.PARENT_CHANGE_OUT,
                       K.PARENT_CHANGE_IN]  # fmt: skip
    assert todo.kinds_for(admin(RoleKind.EMPLOYER, Module.CLAIM_VERIFICATION)) == []
    assert todo.kinds_for(Principal(account_id=1, kind=RoleKind.PROFESSIONAL)) == []


def kinds_of(result: dict[str, Any]) -> set[ReviewKind]:
    return {ReviewKind(item["kind"]) for item in result["todoCounts"]["items"]}


async def test_each_kind_of_organisation_counts_only_what_can_reach_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    async with subscribed(live.ws_url, tokens["jinan"], TODO) as bureau:
        hrss = kinds_of(await bureau.next())
    assert hrss == HRSS_KINDS
    assert not hrss & {K.TRANSFER_OUT, K.TRANSFER_IN, K.TITLE_CHANGE, K.PROFESSIONAL_REGISTRATION}
    async with subscribed(live.ws_url, tokens["health"], TODO) as department:
        assert kinds_of(await department.next()) == COMPETENT_KINDS
    async with subscribed(live.ws_url, tokens["hospital1"], TODO) as employer:
        assert kinds_of(await employer.next()) == EMPLOYER_KINDS
    async with subscribed(live.ws_url, tokens["base"], TODO) as base:
        assert (await base.next())["todoCounts"] == {"total": 0, "items": []}
    # the engine itself is unchanged: a queue outside the to-do list still answers, empty
    queue = "{ reviewSteps(kind: TRANSFER_OUT, first: 10) { totalCount } }"
    assert (await live.data(queue, token=tokens["jinan"]))["reviewSteps"]["totalCount"] == 0


# --- the property: every step the workflows open lands where its kind says it can ---


async def decide(live: LiveServer, token: str, kind: ReviewKind, subject_id: str) -> None:
    step = await ReviewStep.get(kind=kind, subject_id=int(subject_id), status=ReviewStatus.PENDING)
    given = {"kind": kind.value, "ids": [str(step.id)], "approve": True}
    done = (await live.data(DECIDE, {"i": given}, token))["reviewDecide"]
    assert done == {"decidedCount": 1, "errors": []}, (kind, done)


async def admin_token(
    tree: Any, live: LiveServer, unit: str, birth: str, seq: int, portal: str
) -> str:
    password_hash = (await Account.get(id_number=tree.people["王芳"])).password_hash
    number = make_id_number("370102", birth, seq)
    account = await Account.create(
        name=f"管理员{unit}", id_number=number, password_hash=password_hash
    )
    await Admin.create(account=account, organisation_id=tree.ids[unit], is_super=True)
    return await login_token(live, number, PASSWORD, portal)


async def registrations(live: LiveServer, tree: Any) -> None:
    number = make_id_number("370102", "19940404", 901)
    done = await live.data(REGISTER_PERSON, {"i": person(tree, number, "钱新", unit="hospital2")})
    assert done["professionalRegister"]["errors"] == []
    for kind, name, parent, seq in [("EMPLOYER", "济南第一医院西院", "hospital1", 901),
                                    ("EMPLOYER", "济南口腔医院", "health", 902),
                                    ("COMPETENT", "济南市交通运输局", "jinan", 903),
                                    ("BASE", "济南护理继续教育基地", "health", 904)]:  # fmt: skip
        given = org_input(tree, kind, name, parent, seq, seq)
        assert (await live.data(REGISTER_ORG, {"i": given}))["organisationRegister"]["errors"] == []


async def organisation_changes(live: LiveServer, tree: Any, tokens: dict[str, str]) -> str:
    """The base renames (its bureau approves) and moves under the health commission (both
    parents approve); the branch hospital renames (its parent hospital decides)."""
    base, bureau, commission = tokens["base"], tokens["jinan"], tokens["health"]
    renamed = await update(live, base, name="济南市继续教育中心")
    await decide(live, bureau, K.ORGANISATION_CHANGE, renamed["change"]["id"])
    moved = await live.data(PARENT, {"p": str(tree.ids["health"])}, base)
    change_id = moved["organisationParentChange"]["change"]["id"]
    await decide(live, bureau, K.PARENT_CHANGE_OUT, change_id)
    await decide(live, commission, K.PARENT_CHANGE_IN, change_id)
    branch = await admin_token(tree, live, "branch", "19680808", 901, "EMPLOYER")
    assert (await update(live, branch, name="济南第一医院东院区"))["errors"] == []
    return branch


async def submit_claim(live: LiveServer, token: str, **overrides: Any) -> str:
    claim = (await live.data(CREATE, {"i": training(**overrides)}, token))["claimCreate"]["claim"]
    submitted = (await live.data(ACT % "claimSubmit", {"id": claim["id"]}, token))["claimSubmit"]
    assert submitted["errors"] == []
    return str(claim["id"])


async def set_right(live: LiveServer, token: str, tree: Any, unit: str, enabled: bool) -> None:
    given = {"organisationId": str(tree.ids[unit]), "enabled": enabled}
    done = await live.data(RIGHT, {"i": given}, token)
    assert done["organisationSetReviewEnabled"]["errors"] == []


async def claims(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    """Reviewed by the employer then verified above; with rights closed, reviewed higher up."""
    wang = await login_token(live, tree.people["王磊"], PASSWORD, "PROFESSIONAL")
    claim_id = await submit_claim(live, wang)
    await decide(live, tokens["hospital1"], K.CLAIM_REVIEW, claim_id)  # → verification
    commission, bureau = tokens["health"], tokens["jinan"]
    liu = await login_token(live, tree.people["刘洋"], PASSWORD, "PROFESSIONAL")
    await set_right(live, commission, tree, "hospital2", False)
    await submit_claim(live, liu)  # waits at the commission
    await set_right(live, bureau, tree, "health", False)  # and moves on to the bureau
    await set_right(live, bureau, tree, "health", True)
    await submit_claim(live, liu, year=2023)  # the next waits at the commission again
    await set_right(live, commission, tree, "hospital2", True)


async def people_changes(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    """A transfer out and in; a title change; a name change for the operator."""
    li = await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")
    started = (await live.data(START, {"i": application(tree, "hospital2")}, li))["transferStart"]
    await decide(live, tokens["hospital1"], K.TRANSFER_OUT, started["transfer"]["id"])
    chen = await login_token(live, tree.people["陈静"], PASSWORD, "PROFESSIONAL")
    scan = str((await upload(live, chen, PNG, "证书.png"))[1]["id"])
    asked = await live.data(TITLE, {"i": title(attachments=[scan])}, chen)
    assert asked["titleChangeRequest"]["errors"] == []
    wang = tokens["professional"]
    scan = str((await upload(live, wang, PNG, "户籍证明.png"))[1]["id"])
    given = {"name": "王方", "idNumber": make_id_number("370102", "19850312", 902),
             "attachments": [scan]}  # fmt: skip
    assert (await live.data(IDENTITY, {"i": given}, wang))["identityChangeRequest"]["errors"] == []


async def plans(live: LiveServer, tokens: dict[str, str], branch: str) -> None:
    for unit in (tokens["hospital1"], branch):
        submitted = (await live.data(SUBMIT, {"i": plan()}, unit))["trainingPlanSubmit"]
        assert submitted["errors"] == []
    base = tokens["base"]
    scan = str((await upload(live, base, PDF, "计划.pdf"))[1]["id"])
    for kind in ("ANNUAL_PLAN", "PLAN_APPLICATION", "ANNUAL_SUMMARY"):
        given = {"kind": kind, "year": 2025, "title": "护理培训", "attachment": scan}
        assert (await live.data(DOCUMENT, {"i": given}, base))["baseDocumentSubmit"]["errors"] == []


async def test_every_step_opened_lands_at_a_kind_its_review_kind_receives(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # Given the workflows open steps of every kind, at every level they can reach
    await registrations(live, tree)
    branch = await organisation_changes(live, tree, tokens)
    await claims(live, tree, tokens)
    await people_changes(live, tree, tokens)
    await plans(live, tokens, branch)
    # then every step in the database sits at an organisation its kind declares
    kinds = dict(await Organisation.all().values_list("id", "kind"))
    landed = {
        (ReviewKind(kind), OrgKind(kinds[reviewer]))
        for kind, reviewer in await ReviewStep.all().values_list("kind", "reviewer_id")
    }
    strays = {(k, o) for k, o in landed if o not in reviews.HANDLERS[k].receivers}
    assert strays == set()
    assert {kind for kind, _ in landed} == set(reviews.HANDLERS)  # every kind was exercised
    # and the flows did reach the levels a narrower declaration would have hidden
    assert {(K.CLAIM_REVIEW, OrgKind.EMPLOYER), (K.CLAIM_REVIEW, OrgKind.COMPETENT),
            (K.CLAIM_REVIEW, OrgKind.HRSS), (K.ORGANISATION_REGISTRATION, OrgKind.EMPLOYER),
            (K.ORGANISATION_CHANGE, OrgKind.EMPLOYER), (K.PLAN_REVIEW, OrgKind.EMPLOYER),
            (K.BASE_ANNUAL_PLAN, OrgKind.COMPETENT)} <= landed  # fmt: skip
