"""各年度继续教育合格标准 per year and region, set by the HRSS bureaus, through HTTP.

Seed 003 (Weihai city platform, 年度完成情况): "2016 24 66 90 通过" — a city that sets its own
standard passes 公需 24 + 专业 66 = 90, which the province's 30/60/90 fails. Seed 000: 点击查看
各年度继续教育合格标准. A decision applies from its year on; verdicts already given change only
when the decision says so (recompute, with its reason recorded), and then the completion table
and the rollup stay exact in the same transaction.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from domain import completion
from models import Account, Admin, AnnualCompletion, AuditLog, CompletionRollup, Professional
from tests.conftest import LiveServer, login_token
from tests.fixtures.claims import CREATE, SUBMIT
from tests.fixtures.tree import PASSWORD, make_id_number

SET = """mutation($i: StandardSetInput!) { standardSet(input: $i) {
    standard { regionCode fromYear publicMin professionalMin totalMin followsParent reason
               setBy recomputedYears }
    recomputedYears changedVerdicts errors { code field message } } }"""
STANDARDS = """query($y: [Int!]!, $r: String) { yearStandards(years: $y, regionCode: $r) {
    year publicMin professionalMin totalMin fromYear regionCode region { name } } }"""
MINE = "query($y: [Int!]) { myCompletion(years: $y) { year publicMet professionalMet passed } }"
DECIDE = """mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount } }"""
QUEUE = "{ reviewSteps(kind: CLAIM_REVIEW, first: 100) { edges { node { id subjectId } } } }"
MEMBERS = """query($y: Int!) { memberCompletions(filter: {year: $y}, first: 50) {
    edges { node { name passed publicMet professionalMet } } } }"""


def standard(region: str, year: int, hours: tuple[str, str, str] | None, **more: Any) -> dict:
    given: dict[str, Any] = {"regionCode": region, "fromYear": year, "reason": "依据文件调整"}
    if hours:
        given.update(publicMin=hours[0], professionalMin=hours[1], totalMin=hours[2])
    return given | more


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


@pytest.fixture(scope="module")
async def province(live: LiveServer, tree: Any) -> str:
    """The province bureau's super admin (山东省人社厅 sets the province's standard)."""
    id_number = make_id_number("370102", "19690101", 171)
    account = await Account.get_or_none(id_number=id_number)
    if account is None:
        account = await Account.create(
            name="省厅管理员",
            id_number=id_number,
            password_hash=(await Account.first()).password_hash,  # type: ignore[union-attr]
        )
        await Admin.create(account=account, organisation_id=tree.ids["province"], is_super=True)
    return await login_token(live, id_number, PASSWORD, "HRSS")


async def approved(
    live: LiveServer, person: str, admin: str, year: int, subject: str, hours: str
) -> None:
    """A claim of the person's, submitted and approved by the unit: recognised hours."""
    details = {"organiser": "威海市人社局", "className": f"{year}年度专题培训班",
               "content": "专题学习", "startDate": f"{year}-05-06", "endDate": f"{year}-05-10"}  # fmt: skip
    claim = {"year": year, "subject": subject, "form": "POST_TRAINING", "requestedHours": hours,
             "details": details}  # fmt: skip
    created = (await live.data(CREATE, {"i": claim}, person))["claimCreate"]
    assert created["errors"] == [], created
    await live.data(SUBMIT, {"id": created["claim"]["id"]}, person)
    queue = (await live.data(QUEUE, token=admin))["reviewSteps"]["edges"]
    step = next(e["node"]["id"] for e in queue if e["node"]["subjectId"] == created["claim"]["id"])
    decided = await live.data(DECIDE, {"i": {"kind": "CLAIM_REVIEW", "ids": [step], "approve": True}}, admin)  # fmt: skip
    assert decided["reviewDecide"]["decidedCount"] == 1


async def exact(database_url: str, tmp: Path) -> None:
    """`jijiao completion-rebuild` finds no drift: the table is what the claims say under the
    standards in force, and the rollup is what the table says."""
    assert await completion.rebuild(fix=False) == []
    assert await completion.rollup_drift() == 0
    environment = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp),
                   "SECRET_KEY": "test-secret"}  # fmt: skip
    cli = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server", "completion-rebuild",
        env=environment, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output = (await cli.communicate())[0].decode()
    assert cli.returncode == 0, output
    assert "completion table: 0 rows differ" in output
    assert "completion rollup: 0 rows differ" in output


async def passed_in_rollup(year: int) -> int:
    return sum(r.passed for r in await CompletionRollup.filter(year=year))


async def test_a_city_standard_passes_what_the_province_fails(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    province: str,
    database_url: str,
    tmp_path: Path,
) -> None:
    """Seed 003: 2016 公需 24 + 专业 66 = 90 通过 under the city's standard."""
    person = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    # given the province's standard from 2016 on and 王芳's 24 + 66 hours of 2016
    set_province = await live.data(
        SET, {"i": standard("370000", 2016, ("30", "60", "90"))}, province
    )
    assert set_province["standardSet"]["errors"] == []
    assert set_province["standardSet"]["standard"]["setBy"] == "省厅管理员"
    await approved(live, person, tokens["hospital1"], 2016, "PUBLIC", "24")
    await approved(live, person, tokens["hospital1"], 2016, "PROFESSIONAL", "66")
    assert (await live.data(MINE, {"y": [2016]}, person))["myCompletion"] == [
        {"year": 2016, "publicMet": False, "professionalMet": True, "passed": False}
    ]
    assert await passed_in_rollup(2016) == 0

    # when 济南市 sets 24 / 66 / 90 from 2016 without saying to judge again: refused, unchanged
    city = standard("370100", 2016, ("24", "66", "90"))
    refused = (await live.data(SET, {"i": city}, tokens["jinan"]))["standardSet"]
    assert codes(refused) == [("VERDICTS_EXIST", "recompute")]
    assert "2016" in refused["errors"][0]["message"]
    assert (await live.data(MINE, {"y": [2016]}, person))["myCompletion"][0]["passed"] is False

    # when it decides to judge again: 王芳 (历下区, in 济南市) passes, and everything agrees
    decided = (await live.data(SET, {"i": city | {"recompute": True}}, tokens["jinan"]))[
        "standardSet"
    ]
    assert decided["errors"] == [] and decided["recomputedYears"] == [2016]
    assert decided["changedVerdicts"] == 1
    assert (await live.data(MINE, {"y": [2016]}, person))["myCompletion"] == [
        {"year": 2016, "publicMet": True, "professionalMet": True, "passed": True}
    ]
    members = (await live.data(MEMBERS, {"y": 2016}, tokens["hospital1"]))["memberCompletions"]
    assert {"name": "王芳", "passed": True, "publicMet": True, "professionalMet": True} in [
        e["node"] for e in members["edges"]
    ]
    assert await passed_in_rollup(2016) == 1
    await exact(database_url, tmp_path)

    # the page 各年度继续教育合格标准 answers by region: 历下区 follows 济南市, 青岛市 the province
    shown = (await live.data(STANDARDS, {"y": [2016], "r": "370102"}))["yearStandards"]
    assert shown == [{"year": 2016, "publicMin": "24.0", "professionalMin": "66.0", "totalMin": "90.0",
                      "fromYear": 2016, "regionCode": "370100", "region": {"name": "济南市"}}]  # fmt: skip
    qingdao = (await live.data(STANDARDS, {"y": [2016], "r": "370200"}))["yearStandards"][0]
    assert (qingdao["publicMin"], qingdao["regionCode"]) == ("30.0", "370000")
    # a professional reads their own region's without naming it
    own = (await live.data(STANDARDS, {"y": [2016]}, person))["yearStandards"][0]
    assert own["regionCode"] == "370100"
    # a region that does not exist has no standard to show
    assert (await live.data(STANDARDS, {"y": [2016], "r": "999999"}))["yearStandards"] == []
    # before any standard was set, the law's 30 / 60 / 90
    early = (await live.data(STANDARDS, {"y": [2015], "r": "370102"}))["yearStandards"][0]
    assert (early["totalMin"], early["fromYear"], early["region"]) == ("90.0", None, None)

    # the decision is recorded: who, when, why, how many years it judged again
    logged = await AuditLog.filter(action="standard.set").order_by("-id").first()
    assert logged is not None and logged.after["recomputed_years"] == [2016]
    assert logged.after["reason"] == "依据文件调整"
    # and the audit log reads it in words: the region by name, hours with one decimal
    log = """{ auditLog(action: "standard.set", first: 5) { edges { node { accountName
        changes { label before after } } } } }"""
    entry = (await live.data(log, token=tokens["jinan"]))["auditLog"]["edges"][0]["node"]
    changes = {c["label"]: c["after"] for c in entry["changes"]}
    assert entry["accountName"] == "管理员jinan"
    assert {"地区": "济南市", "自该年度起执行": "2016", "公需科目最低学时": "24.0",
            "调整理由": "依据文件调整"}.items() <= changes.items()  # fmt: skip

    # 济南市 returns to the province's standard from 2016: 王芳's 2016 fails again
    back = standard("370100", 2016, None, followsParent=True, recompute=True)
    returned = (await live.data(SET, {"i": back}, tokens["jinan"]))["standardSet"]
    assert returned["errors"] == [] and returned["changedVerdicts"] == 1
    assert (await live.data(MINE, {"y": [2016]}, person))["myCompletion"][0]["passed"] is False
    assert await passed_in_rollup(2016) == 0
    await exact(database_url, tmp_path)


async def test_a_change_from_a_year_on_leaves_earlier_years(
    live: LiveServer,
    tree: Any,
    tokens: dict[str, str],
    province: str,
    database_url: str,
    tmp_path: Path,
) -> None:
    person = await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")
    admin = tokens["hospital1"]
    # given 24 + 66 in 2018 and in 2019, under 济南市's 24 / 66 / 90 from 2018 on
    city = standard("370100", 2018, ("24", "66", "90"), recompute=True)
    assert (await live.data(SET, {"i": city}, tokens["jinan"]))["standardSet"]["errors"] == []
    for year in (2018, 2019):
        await approved(live, person, admin, year, "PUBLIC", "24")
        await approved(live, person, admin, year, "PROFESSIONAL", "66")
    years = (await live.data(MINE, {"y": [2018, 2019]}, person))["myCompletion"]
    assert [(y["year"], y["passed"]) for y in years] == [(2019, True), (2018, True)]

    # when 济南市 asks 30 public hours from 2019 on
    stricter = standard("370100", 2019, ("30", "60", "90"), recompute=True)
    decided = (await live.data(SET, {"i": stricter}, tokens["jinan"]))["standardSet"]
    assert decided["errors"] == [] and decided["recomputedYears"] == [2019]

    # then 2019 fails and 2018 keeps its verdict and its standard
    years = (await live.data(MINE, {"y": [2018, 2019]}, person))["myCompletion"]
    assert [(y["year"], y["passed"]) for y in years] == [(2019, False), (2018, True)]
    shown = (await live.data(STANDARDS, {"y": [2018, 2019], "r": "370102"}))["yearStandards"]
    assert [(s["year"], s["publicMin"], s["fromYear"]) for s in shown] == [
        (2018, "24.0", 2018), (2019, "30.0", 2019)]  # fmt: skip
    # a decision for a year nobody has verdicts in yet needs no recompute
    later = standard("370100", 2030, ("20", "70", "90"))
    assert (await live.data(SET, {"i": later}, tokens["jinan"]))["standardSet"]["errors"] == []
    professional_id = (await Professional.get(account__id_number=tree.people["李娜"])).id
    kept = await AnnualCompletion.get(professional_id=professional_id, year=2018)
    assert kept.passed is True
    await exact(database_url, tmp_path)


async def test_who_may_set_what(
    live: LiveServer, tree: Any, tokens: dict[str, str], province: str
) -> None:
    for key in ("professional", "hospital1", "health", "base"):
        denied = await live.gql(
            SET, {"i": standard("370100", 2031, ("30", "60", "90"))}, tokens[key]
        )
        assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN", key
    # a city bureau sets its own city and the districts in it, never another city or the province
    for region in ("370200", "370000", "999999"):
        other = (await live.data(SET, {"i": standard(region, 2031, ("30", "60", "90"))}, tokens["qingdao" if region == "370100" else "jinan"]))["standardSet"]  # fmt: skip
        assert codes(other) == [("NOT_FOUND", "regionCode")], region
    district = (await live.data(SET, {"i": standard("370102", 2031, ("20", "60", "90"))}, tokens["jinan"]))  # fmt: skip
    assert district["standardSet"]["errors"] == []
    # the province's standard follows nothing above it
    root = standard("370000", 2031, None, followsParent=True)
    assert codes((await live.data(SET, {"i": root}, province))["standardSet"]) == [
        ("NO_PARENT_STANDARD", "followsParent")
    ]
    # bad input: a typed error, nothing changed
    bad = [
        (standard("370100", 2032, ("30", "60", "80")), ("TOTAL_BELOW_PARTS", "totalMin")),
        (standard("370100", 2032, ("-1", "60", "90")), ("OUT_OF_RANGE", "publicMin")),
        (standard("370100", 2032, ("NaN", "60", "90")), ("INVALID_NUMBER", "publicMin")),
        (standard("370100", 2032, ("30", "60", "5000")), ("OUT_OF_RANGE", "totalMin")),
        (standard("370100", 2032, ("0", "0", "0")), ("OUT_OF_RANGE", "totalMin")),
        (standard("370100", 2032, None), ("REQUIRED", "publicMin")),
        (standard("370100", 2032, ("30", "60", "90"), reason="  "), ("REQUIRED", "reason")),
        (standard("370100", 1999, ("30", "60", "90")), ("OUT_OF_RANGE", "fromYear")),
    ]
    for given, expected in bad:
        assert codes((await live.data(SET, {"i": given}, tokens["jinan"]))["standardSet"]) == [
            expected
        ]
    too_long = await live.data(SET, {"i": standard("370100", 2032, ("30", "60", "90"), reason="理" * 201)}, tokens["jinan"])  # fmt: skip
    assert [e["code"] for e in too_long["standardSet"]["errors"]] == ["TOO_LONG"]
    shown = (await live.data(STANDARDS, {"y": [2032], "r": "370100"}))["yearStandards"][0]
    assert shown["fromYear"] != 2032

    # the decisions' history: who may read it, and what it says
    history = "{ standardVersions(includeReplaced: true) { regionCode fromYear reason setBy } }"
    assert (await live.gql(history, token=tokens["hospital1"]))["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # fmt: skip
    mine = (await live.data(history, token=tokens["jinan"]))["standardVersions"]
    assert {"regionCode": "370102", "fromYear": 2031, "reason": "依据文件调整",
            "setBy": "管理员jinan"} in mine  # fmt: skip
    assert all(v["regionCode"] != "370200" for v in mine)
