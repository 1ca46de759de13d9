"""Registering again after a registration ended unapproved, and what login says meanwhile.

Seed 004 Q10: "若待审核状态下，可通过'注册审核进度查询'自行撤回后重新进行注册"; "请联系注册时所选
单位管理员驳回注册信息后重新注册即可". Q15 情况一: "若注册未被审核通过，专技人员可自行撤回注册
信息，重新填写后再次提交注册". A rejected or withdrawn registration does not block a new one with
the same ID number; the new password replaces the old one, but never for an account that holds
any other role (that would be an account takeover).
"""

from __future__ import annotations

from typing import Any

from models import Account, Admin, Organisation, Professional, ReviewStep
from models.enums import OrgStatus, ProfessionalStatus
from tests.api.test_registration import (
    DECIDE,
    REGISTER_ORG,
    REGISTER_PERSON,
    account,
    credit_code,
    person,
)
from tests.conftest import LiveServer
from tests.fixtures.tree import PASSWORD, make_id_number

LOGIN = """mutation($i: LoginInput!) { login(input: $i) { token errors { code message field } } }"""
WITHDRAW = """mutation($i: RegistrationWithdrawInput!) { registrationWithdraw(input: $i) {
    withdrawnCount errors { code } } }"""


async def login(live: LiveServer, id_number: str, password: str, portal: str) -> dict[str, Any]:
    body = await live.data(
        LOGIN, {"i": {"idNumber": id_number, "password": password, "portal": portal}}
    )
    return body["login"]


async def reject(live: LiveServer, token: str, kind: str, applicant: str, reason: str) -> None:
    step = await ReviewStep.get(applicant_name=applicant, kind=kind, status="PENDING")
    body = await live.data(
        DECIDE,
        {"i": {"kind": kind, "ids": [str(step.id)], "approve": False, "reason": reason}},
        token,
    )
    assert body["reviewDecide"]["decidedCount"] == 1, body


async def test_rejected_professional_is_told_why_and_registers_again(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """Seed 004 Q10 方式2 and Q15 情况一: rejected by the unit, the person learns from whom and
    why at login (only with the password), then registers afresh with a new password."""
    number = make_id_number("370102", "19910909", 911)
    first = person(tree, number, "赵重", unit="hospital2")
    assert (await live.data(REGISTER_PERSON, {"i": first}))["professionalRegister"]["ok"]
    await reject(live, tokens["hospital2"], "PROFESSIONAL_REGISTRATION", "赵重", "单位选错")

    # without the password nothing of the rejection shows
    wrong = await login(live, number, "Not-the-pass-1", "PROFESSIONAL")
    assert wrong["errors"][0]["code"] == "WRONG_PASSWORD"
    assert "单位选错" not in wrong["errors"][0]["message"]
    told = await login(live, number, "Reg-pass-2026", "PROFESSIONAL")
    assert told["token"] is None
    assert told["errors"][0]["code"] == "REGISTRATION_REJECTED"
    assert "济南第二医院" in told["errors"][0]["message"]
    assert "单位选错" in told["errors"][0]["message"]
    assert "停用" not in told["errors"][0]["message"]

    # a fresh registration (not "已是本系统用户") with a new password and phone is accepted
    accounts = await Account.all().count()
    again = person(tree, number, "赵重", unit="hospital1", password="New-pass-2026",
                   phone="13900001111")  # fmt: skip
    done = await live.data(REGISTER_PERSON, {"i": again})
    assert done["professionalRegister"] == {"ok": True, "reviewer": "济南第一医院", "errors": []}
    assert await Account.all().count() == accounts  # the same account, taken over
    stored = await Account.get(id_number=number)
    assert stored.phone == "13900001111"
    assert await Professional.filter(account_id=stored.id).count() == 1
    # the old password no longer holds (a pending registration is named before the password
    # is checked at login, as seed 004 orders it; withdrawing checks the password)
    old = await live.data(WITHDRAW, {"i": {"idNumber": number, "password": "Reg-pass-2026"}})
    assert old["registrationWithdraw"]["errors"] == [{"code": "WRONG_CREDENTIALS"}]
    pending = await login(live, number, "New-pass-2026", "PROFESSIONAL")
    assert pending["errors"][0]["code"] == "PENDING_REVIEW"
    assert "济南第一医院" in pending["errors"][0]["message"]


async def test_withdrawn_registration_gives_way_to_a_new_one(live: LiveServer, tree: Any) -> None:
    """Seed 004 Q10 方式1: withdrawn with the password, then registered again."""
    number = make_id_number("370102", "19920929", 922)
    assert (await live.data(REGISTER_PERSON, {"i": person(tree, number, "钱撤")}))[
        "professionalRegister"
    ]["ok"]
    withdrawn = await live.data(WITHDRAW, {"i": {"idNumber": number, "password": "Reg-pass-2026"}})
    assert withdrawn["registrationWithdraw"]["withdrawnCount"] == 1
    said = await login(live, number, "Reg-pass-2026", "PROFESSIONAL")
    assert said["errors"][0]["code"] == "REGISTRATION_WITHDRAWN"
    again = person(tree, number, "钱撤", unit="hospital2", password="Again-pass-2026")
    done = await live.data(REGISTER_PERSON, {"i": again})
    assert done["professionalRegister"]["reviewer"] == "济南第二医院"
    stored = await Professional.get(account__id_number=number)
    assert stored.status == ProfessionalStatus.PENDING


async def test_an_account_with_a_live_role_is_never_taken_over(live: LiveServer, tree: Any) -> None:
    """The new password replaces the old only where no role is active or pending: an active
    member, a pending registrant, and a rejected registrant who is also an active admin all
    answer ACCOUNT_EXISTS, and their passwords still hold."""
    pending_number = make_id_number("370102", "19930919", 933)
    await live.data(REGISTER_PERSON, {"i": person(tree, pending_number, "孙待")})
    # a rejected professional registration on an account that administers the CE base
    mixed_number = make_id_number("370102", "19940919", 944)
    mixed = await Account.create(
        name="周兼",
        id_number=mixed_number,
        password_hash=(await Account.get(id_number=tree.people["王芳"])).password_hash,
    )
    await Admin.create(account=mixed, organisation_id=tree.ids["base"], is_super=False)
    await Professional.create(
        account=mixed, organisation_id=tree.ids["hospital1"], status=ProfessionalStatus.REJECTED
    )
    cases = [
        (tree.people["王芳"], "王芳", "PROFESSIONAL", PASSWORD),
        (pending_number, "孙待", None, "Reg-pass-2026"),
        (mixed_number, "周兼", "BASE", PASSWORD),
    ]
    for number, name, portal, password in cases:
        before = (await Account.get(id_number=number)).password_hash
        attempt = person(tree, number, name, password="Takeover-2026", phone="13700000000")
        body = await live.data(REGISTER_PERSON, {"i": attempt})
        assert body["professionalRegister"]["errors"][0]["code"] == "ACCOUNT_EXISTS", name
        after = await Account.get(id_number=number)
        assert after.password_hash == before and after.phone != "13700000000"
        if portal is not None:
            assert (await login(live, number, password, portal))["errors"] == []


async def test_rejected_unit_is_told_why_and_registers_again_with_its_code(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """Seed 004 Q10 for a unit: rejected by the parent it chose, its admin learns by whom and
    why, and the unit registers again under the same credit code and name."""
    admin_number = make_id_number("370102", "19810101", 811)
    org = {"kind": "EMPLOYER", "name": "济南重报医院", "creditCode": credit_code(77),
           "parentId": str(tree.ids["health"]), "regionCode": "370102", "nature": "PUBLIC_INSTITUTION",
           "level": "MUNICIPAL", "industry": "卫生", "phone": "0531-88880077", "address": "济南市历下区",
           "admin": account(admin_number, "吴院长")}  # fmt: skip
    assert (await live.data(REGISTER_ORG, {"i": org}))["organisationRegister"]["ok"]
    await reject(live, tokens["health"], "ORGANISATION_REGISTRATION", "济南重报医院", "材料不全")
    told = await login(live, admin_number, "Reg-pass-2026", "EMPLOYER")
    assert told["errors"][0]["code"] == "REGISTRATION_REJECTED"
    assert "济南市卫生健康委员会" in told["errors"][0]["message"]
    assert "材料不全" in told["errors"][0]["message"]

    again = {**org, "admin": account(admin_number, "吴院长", password="Unit-again-2026")}
    done = await live.data(REGISTER_ORG, {"i": again})
    assert done["organisationRegister"] == {
        "ok": True,
        "reviewer": "济南市卫生健康委员会",
        "errors": [],
    }
    units = await Organisation.filter(name="济南重报医院").order_by("id")
    assert [(u.status, u.credit_code) for u in units] == [
        (OrgStatus.REJECTED, None),
        (OrgStatus.PENDING, org["creditCode"]),
    ]
    pending = await login(live, admin_number, "Unit-again-2026", "EMPLOYER")
    assert pending["errors"][0]["code"] == "PENDING_REVIEW"
