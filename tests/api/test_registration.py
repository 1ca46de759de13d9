"""Registration for every role and its review by the parent organisation (the review engine)."""

from __future__ import annotations

import time
from typing import Any

from domain import reviews
from domain.identity import credit_code_check_char
from models import Account, Organisation, Professional, ReviewStep
from models.enums import ProfessionalStatus, ReviewKind
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

REGISTER_PERSON = """mutation($i: ProfessionalRegisterInput!) { professionalRegister(input: $i) {
    ok reviewer errors { code field message } } }"""
REGISTER_ORG = """mutation($i: OrganisationRegisterInput!) { organisationRegister(input: $i) {
    ok reviewer errors { code field message } } }"""
STEPS = """query($kind: ReviewKind!, $decided: Boolean) { reviewSteps(kind: $kind, decided: $decided, first: 100) {
    totalCount edges { node { id applicantName status reason summary {
      ... on ProfessionalRegistrationSummary { idNumber }
      ... on OrganisationRegistrationSummary { creditCode } } } } } }"""
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) {
    decidedCount decidedIds skipped { id code } errors { code field } } }"""
PROGRESS = """query($n: String!) { registrationProgress(idNumber: $n) { kind applicant reviewer status reason } }"""
LOGIN = """mutation($i: LoginInput!) { login(input: $i) { token errors { code message } } }"""


def account(id_number: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"idNumber": id_number, "name": name, "password": "Reg-pass-2026", "phone": "13812345678",
            "email": "reg@example.cn", **extra}  # fmt: skip


def person(
    tree: Any, id_number: str, name: str, unit: str = "hospital1", **extra: Any
) -> dict[str, Any]:
    return {
        "account": account(id_number, name, **extra), "organisationId": str(tree.ids[unit]),
        "nativePlace": "山东济南", "ethnicity": "汉族", "education": "BACHELOR", "school": "山东大学",
        "major": "临床医学", "graduationDate": "2015-07-01", "degree": "BACHELOR",
        "postdoctoral": False, "titleSeries": "卫生技术", "titleSpecialty": "内科",
        "titleQualification": "主治医师", "titleGrade": "INTERMEDIATE",
    }  # fmt: skip


def credit_code(seq: int) -> str:
    body = f"91370102MA3C{seq:04d}1"
    return body + credit_code_check_char(body)


async def login_error(live: LiveServer, id_number: str, password: str, portal: str) -> str | None:
    body = await live.data(
        LOGIN, {"i": {"idNumber": id_number, "password": password, "portal": portal}}
    )
    return body["login"]["errors"][0]["message"] if body["login"]["errors"] else None


async def test_professional_registers_and_the_employer_approves(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    number = make_id_number("370102", "19930303", 301)
    done = await live.data(REGISTER_PERSON, {"i": person(tree, number, "赵新")})
    assert done["professionalRegister"] == {"ok": True, "reviewer": "济南第一医院", "errors": []}
    assert "济南第一医院" in (
        await login_error(live, number, "Reg-pass-2026", "PROFESSIONAL") or ""
    )
    queue = (await live.data(STEPS, {"kind": "PROFESSIONAL_REGISTRATION"}, tokens["hospital1"]))[
        "reviewSteps"
    ]
    mine = [e["node"] for e in queue["edges"] if e["node"]["applicantName"] == "赵新"]
    assert mine and mine[0]["summary"]["idNumber"] == number
    # the sibling hospital and the city bureau above do not review it
    for other in ("hospital2", "jinan"):
        body = await live.gql(STEPS, {"kind": "PROFESSIONAL_REGISTRATION"}, tokens[other])
        names = [
            e["node"]["applicantName"]
            for e in (body.get("data") or {}).get("reviewSteps", {}).get("edges", [])
        ]
        assert "赵新" not in names
    approved = await live.data(
        DECIDE,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [mine[0]["id"]], "approve": True}},
        tokens["hospital1"],
    )
    assert approved["reviewDecide"]["decidedCount"] == 1
    assert await login_token(live, number, "Reg-pass-2026", "PROFESSIONAL")
    again = await live.data(
        DECIDE,
        {
            "i": {
                "kind": "PROFESSIONAL_REGISTRATION",
                "ids": [mine[0]["id"]],
                "approve": False,
                "reason": "重复",
            }
        },
        tokens["hospital1"],
    )
    assert again["reviewDecide"]["decidedCount"] == 0
    assert again["reviewDecide"]["skipped"] == [{"id": mine[0]["id"], "code": "ALREADY_DECIDED"}]
    foreign = await live.data(
        DECIDE,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [mine[0]["id"]], "approve": True}},
        tokens["hospital2"],
    )
    assert foreign["reviewDecide"]["skipped"] == [{"id": mine[0]["id"], "code": "NOT_FOUND"}]


async def test_rejection_needs_a_reason_and_shows_in_progress(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    number = make_id_number("370102", "19940404", 402)
    await live.data(REGISTER_PERSON, {"i": person(tree, number, "钱多", unit="hospital2")})
    step = await ReviewStep.get(applicant_name="钱多")
    bare = await live.data(
        DECIDE,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [str(step.id)], "approve": False}},
        tokens["hospital2"],
    )
    assert bare["reviewDecide"]["errors"] == [{"code": "REASON_REQUIRED", "field": "reason"}]
    await live.data(
        DECIDE,
        {
            "i": {
                "kind": "PROFESSIONAL_REGISTRATION",
                "ids": [str(step.id)],
                "approve": False,
                "reason": "单位选错",
            }
        },
        tokens["hospital2"],
    )
    progress = (await live.data(PROGRESS, {"n": number}))["registrationProgress"]
    assert progress == [{"kind": "PROFESSIONAL_REGISTRATION", "applicant": "钱多", "reviewer": "济南第二医院",
                         "status": "REJECTED", "reason": "单位选错"}]  # fmt: skip
    # re-filing after a rejection reuses the account (its password proves it)
    refile = person(tree, number, "钱多", unit="hospital1", existingAccount=True)
    assert (await live.data(REGISTER_PERSON, {"i": refile}))["professionalRegister"][
        "reviewer"
    ] == "济南第一医院"


async def test_employer_registers_under_its_competent_department(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin_number = make_id_number("370102", "19820202", 202)
    org = {"kind": "EMPLOYER", "name": "济南第三医院", "creditCode": credit_code(1),
           "parentId": str(tree.ids["health"]), "regionCode": "370102", "nature": "PUBLIC_INSTITUTION",
           "level": "MUNICIPAL", "industry": "卫生", "phone": "0531-88880003", "address": "济南市历下区",
           "admin": account(admin_number, "孙主任")}  # fmt: skip
    done = await live.data(REGISTER_ORG, {"i": org})
    assert done["organisationRegister"] == {
        "ok": True,
        "reviewer": "济南市卫生健康委员会",
        "errors": [],
    }
    pending = await login_error(live, admin_number, "Reg-pass-2026", "EMPLOYER")
    assert pending and "审核中" in pending and "济南市卫生健康委员会" in pending
    duplicate = await live.data(
        REGISTER_ORG,
        {"i": {**org, "admin": account(make_id_number("370102", "19820203", 203), "另一人")}},
    )
    assert duplicate["organisationRegister"]["errors"][0]["code"] == "CREDIT_CODE_TAKEN"
    await live.data(
        DECIDE,
        {
            "i": {
                "kind": "ORGANISATION_REGISTRATION",
                "allMatching": True,
                "applicantContains": "第三医院",
                "approve": True,
            }
        },
        tokens["health"],
    )
    assert await login_token(live, admin_number, "Reg-pass-2026", "EMPLOYER")
    assert (await Organisation.get(name="济南第三医院")).status == "ACTIVE"


async def test_bad_input_is_typed_and_changes_nothing(live: LiveServer, tree: Any) -> None:
    before = (await Account.all().count(), await ReviewStep.all().count())
    cases = [
        (person(tree, "370102199303033019", "坏号"), "ID_NUMBER_CHECK_DIGIT", "idNumber"),
        ({**person(tree, make_id_number("370102", "19930505", 501), "缺项"), "school": " "}, "REQUIRED", "school"),
        (person(tree, make_id_number("370102", "19930606", 601), "坏手机", phone="1234"), "PHONE_FORMAT", "phone"),
        ({**person(tree, make_id_number("370102", "19930707", 701), "非单位"), "organisationId": str(tree.ids["health"])}, "NOT_FOUND", "organisationId"),
        (person(tree, tree.people["王芳"], "王芳"), "ACCOUNT_EXISTS", "idNumber"),
        (person(tree, tree.people["王芳"], "王芳", existingAccount=True), "WRONG_PASSWORD", "password"),
    ]  # fmt: skip
    for given, code, field in cases:
        body = await live.data(REGISTER_PERSON, {"i": given})
        assert body["professionalRegister"]["errors"][0]["code"] == code, (code, body)
        assert body["professionalRegister"]["errors"][0]["field"] == field
    assert (await Account.all().count(), await ReviewStep.all().count()) == before


async def test_withdraw_with_the_password(live: LiveServer, tree: Any) -> None:
    number = make_id_number("370102", "19950505", 552)
    await live.data(REGISTER_PERSON, {"i": person(tree, number, "孙撤")})
    withdraw = """mutation($i: RegistrationWithdrawInput!) { registrationWithdraw(input: $i) {
        withdrawnCount errors { code } } }"""
    wrong = await live.data(withdraw, {"i": {"idNumber": number, "password": "x"}})
    assert wrong["registrationWithdraw"]["errors"] == [{"code": "WRONG_CREDENTIALS"}]
    done = await live.data(withdraw, {"i": {"idNumber": number, "password": "Reg-pass-2026"}})
    assert done["registrationWithdraw"] == {"withdrawnCount": 1, "errors": []}
    assert (await live.data(PROGRESS, {"n": number}))["registrationProgress"][0][
        "status"
    ] == "WITHDRAWN"


async def test_approve_a_thousand_registrations_in_one_call(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # Given 1,000 pending registrations at 济南第二医院 (made directly: hashing 1,000
    # passwords through the API would only time argon2)
    password_hash = (await Account.get(id_number=tree.people["王芳"])).password_hash
    accounts = [Account(name=f"批量{i}", id_number=make_id_number("370103", "19900101", i), password_hash=password_hash)
                for i in range(1000)]  # fmt: skip
    await Account.bulk_create(accounts)
    created = await Account.filter(name__startswith="批量").values_list("id", "name")
    await Professional.bulk_create(
        [
            Professional(
                account_id=a,
                organisation_id=tree.ids["hospital2"],
                status=ProfessionalStatus.PENDING,
            )
            for a, _ in created
        ]
    )
    professionals = await Professional.filter(account__name__startswith="批量").values_list(
        "id", "account__name"
    )
    await ReviewStep.bulk_create([ReviewStep(kind=ReviewKind.PROFESSIONAL_REGISTRATION, subject_type="professional", subject_id=p,
                                             reviewer_id=tree.ids["hospital2"], applicant_name=n, summary={}) for p, n in professionals])  # fmt: skip
    # When the employer approves all matching in one call
    started = time.perf_counter()
    body = await live.data(
        DECIDE,
        {
            "i": {
                "kind": "PROFESSIONAL_REGISTRATION",
                "allMatching": True,
                "applicantContains": "批量",
                "approve": True,
            }
        },
        tokens["hospital2"],
    )
    print(f"\napproved 1,000 registrations in {time.perf_counter() - started:.2f}s")
    # Then all are active, each decided once and audited
    assert body["reviewDecide"]["decidedCount"] == 1000
    assert (
        await Professional.filter(
            account__name__startswith="批量", status=ProfessionalStatus.ACTIVE
        ).count()
        == 1000
    )
    counts = await reviews.pending_counts(tree.ids["hospital2"])
    assert counts.get(ReviewKind.PROFESSIONAL_REGISTRATION, 0) == 0


async def test_two_admins_deciding_at_once_decide_each_step_once(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    import asyncio

    from models import AuditLog

    password_hash = (await Account.get(id_number=tree.people["王芳"])).password_hash
    await Account.bulk_create([Account(name=f"并发{i}", id_number=make_id_number("370104", "19910101", i), password_hash=password_hash) for i in range(60)])  # fmt: skip
    ids = await Account.filter(name__startswith="并发").values_list("id", "name")
    await Professional.bulk_create(
        [
            Professional(
                account_id=a,
                organisation_id=tree.ids["hospital1"],
                status=ProfessionalStatus.PENDING,
            )
            for a, _ in ids
        ]
    )
    rows = await Professional.filter(account__name__startswith="并发").values_list(
        "id", "account__name"
    )
    await ReviewStep.bulk_create([ReviewStep(kind=ReviewKind.PROFESSIONAL_REGISTRATION, subject_type="professional", subject_id=p,
                                             reviewer_id=tree.ids["hospital1"], applicant_name=n, summary={}) for p, n in rows])  # fmt: skip
    second = await login_token(live, tree.admins["hospital1"], PASSWORD, "EMPLOYER")
    decide = {
        "kind": "PROFESSIONAL_REGISTRATION",
        "allMatching": True,
        "applicantContains": "并发",
        "approve": True,
    }
    a, b = await asyncio.gather(
        live.data(DECIDE, {"i": decide}, tokens["hospital1"]),
        live.data(DECIDE, {"i": decide}, second),
    )
    assert a["reviewDecide"]["decidedCount"] + b["reviewDecide"]["decidedCount"] == 60
    assert not set(a["reviewDecide"]["decidedIds"]) & set(b["reviewDecide"]["decidedIds"])
    step_ids = [
        str(i)
        for i in await ReviewStep.filter(applicant_name__startswith="并发").values_list(
            "id", flat=True
        )
    ]
    assert await AuditLog.filter(subject_type="review_step", subject_id__in=step_ids).count() == 60


def org_input(
    tree: Any, kind: str, name: str, parent: str, seq: int, admin_seq: int
) -> dict[str, Any]:
    return {"kind": kind, "name": name, "creditCode": credit_code(seq), "parentId": str(tree.ids[parent]),
            "regionCode": "370100", "nature": "ORGAN", "level": "MUNICIPAL", "industry": "教育",
            "phone": "0531-88881111", "address": "济南市", "baseLevel": "INDUSTRY" if kind == "BASE" else None,
            "admin": account(make_id_number("370102", "19800303", admin_seq), f"{name}管理员")}  # fmt: skip


async def test_competent_departments_and_bases_register_where_the_rules_allow(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    competent = await live.data(
        REGISTER_ORG, {"i": org_input(tree, "COMPETENT", "济南市教育局", "jinan", 11, 811)}
    )
    assert competent["organisationRegister"]["reviewer"] == "济南市人力资源和社会保障局"
    base = await live.data(
        REGISTER_ORG, {"i": org_input(tree, "BASE", "济南卫生继续教育基地", "health", 12, 812)}
    )
    assert base["organisationRegister"]["reviewer"] == "济南市卫生健康委员会"
    wrong = await live.data(
        REGISTER_ORG, {"i": org_input(tree, "COMPETENT", "错挂的主管部门", "hospital1", 13, 813)}
    )
    assert wrong["organisationRegister"]["errors"][0]["code"] == "PARENT_KIND_NOT_ALLOWED"
    hrss = await live.data(
        REGISTER_ORG, {"i": org_input(tree, "HRSS", "自建人社局", "jinan", 14, 814)}
    )
    assert hrss["organisationRegister"]["errors"][0]["code"] == "KIND_NOT_REGISTRABLE"
    queue = (await live.data(STEPS, {"kind": "ORGANISATION_REGISTRATION"}, tokens["jinan"]))[
        "reviewSteps"
    ]
    assert [e["node"]["applicantName"] for e in queue["edges"]] == ["济南市教育局"]


async def test_hiding_a_decided_record_keeps_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    number = make_id_number("370102", "19970707", 772)
    await live.data(REGISTER_PERSON, {"i": person(tree, number, "隐藏测试", unit="hospital2")})
    step = await ReviewStep.get(applicant_name="隐藏测试")
    await live.data(
        DECIDE,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [str(step.id)], "approve": True}},
        tokens["hospital2"],
    )
    reviewed = """{ reviewSteps(kind: PROFESSIONAL_REGISTRATION, decided: true, applicantContains: "隐藏") {
        edges { node { applicantName } } } }"""
    decided = (await live.data(reviewed, token=tokens["hospital2"]))["reviewSteps"]
    assert "隐藏测试" in [e["node"]["applicantName"] for e in decided["edges"]]
    hide = (
        "mutation($i: ReviewHideInput!) { reviewHide(input: $i) { hiddenCount errors { code } } }"
    )
    hidden = await live.data(
        hide,
        {"i": {"kind": "PROFESSIONAL_REGISTRATION", "ids": [str(step.id)]}},
        tokens["hospital2"],
    )
    assert hidden["reviewHide"] == {"hiddenCount": 1, "errors": []}
    after = (await live.data(reviewed, token=tokens["hospital2"]))["reviewSteps"]
    assert "隐藏测试" not in [e["node"]["applicantName"] for e in after["edges"]]
    assert (await ReviewStep.get(id=step.id)).status == "APPROVED"  # the record stays
    assert (await live.data(PROGRESS, {"n": number}))["registrationProgress"][0][
        "status"
    ] == "APPROVED"
