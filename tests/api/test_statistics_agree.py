"""Statistics agree with each other and with the data (issue 16), asked through HTTP as each
admin would: every row equals its drill-down, a city bureau's figures for its city equal the
province bureau's row for it, `asOf` is the whole table as it stood, 合格率 is a percentage.

The small province (tests/fixtures/tree.py) gains here:
  山东省卫生健康委员会 (COMPETENT, province level, region 370000, under the province bureau)
    └ 山东省立医院 (EMPLOYER, region 370102 — in 济南 but outside 济南市人社局's subtree):
      赵敏, whose own 所在地区 is 青岛 (370200)
  济南第三医院 (EMPLOYER under 济南市卫健委, registration PENDING)
  at 济南第一医院: 孙丽 (registration PENDING), 周杰 (REJECTED), 吴刚 (WITHDRAWN)
Hours this year, filed by the units: 王芳 30 公需 + 60 专业 (passes), 李娜 10, 赵敏 30 + 60.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from domain import completion, events
from domain.organisations import add_organisation
from domain.passwords import hash_password
from domain.statistics import today as platform_today
from models import Account, Admin, Claim, Organisation, Professional, ReviewStep
from models.enums import (
    ClaimStatus,
    OrgKind,
    OrgStatus,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
)
from tests.api.test_exports import export
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD, make_id_number

THIS_YEAR = platform_today().year  # the platform's day (Asia/Shanghai), as asOf

FILE_FOR = """mutation($i: ClaimsFileInput!) { claimsFileForMembers(input: $i) {
    claimIds errors { code field message } } }"""
UNITS = """query($y: Int!) { unitCompletions(year: $y, first: 100) { totalCount edges { node {
    organisationId name professionals learners nonLearners passed passRate } } } }"""
MEMBERS = """query($f: MemberCompletionFilter!) { memberCompletions(filter: $f, first: 100) {
    totalCount edges { node { name totalHours passed } } } }"""
PERSONS = """query($f: PersonFilter) { persons(filter: $f, first: 100) {
    totalCount edges { node { name } } } }"""
HEADS = "query($o: ID) { headCounts(organisationId: $o) { kind id name count } }"
FIGURES = "competent employers bases professionals learners nonLearners passed passRate"
COMPREHENSIVE = f"""query($r: String!, $d: Date) {{ comprehensiveStatistics(regionCode: $r,
    asOf: $d) {{ rows {{ regionCode regionName {FIGURES} }} total {{ {FIGURES} }} }} }}"""
TITLES = """query($f: TitleDistributionFilter) { titleDistribution(filter: $f) {
    total { junior intermediate senior none total } } }"""


async def _person(name: str, unit: int, seq: int, status: ProfessionalStatus, region: str) -> int:
    number = make_id_number("370102", "19910101", seq)
    account = await Account.create(name=name, id_number=number, password_hash="x")
    person = await Professional.create(
        account=account, organisation_id=unit, region_id=region, status=status
    )
    return person.id


async def _admin(unit: int, seq: int) -> str:
    number = make_id_number("370102", "19690101", seq)
    account = await Account.create(
        name=f"管理员{seq}", id_number=number, password_hash=await hash_password(PASSWORD)
    )
    await Admin.create(account=account, organisation_id=unit, is_super=True)
    return number


def _claim(subject: str, hours: str, year: int) -> dict[str, Any]:
    details = {"organiser": "山东省卫生健康培训中心", "className": f"{year}年培训班",
               "content": "规范", "startDate": f"{year}-05-06", "endDate": f"{year}-05-10"}  # fmt: skip
    return {"year": year, "subject": subject, "form": "POST_TRAINING",
            "requestedHours": hours, "details": details}  # fmt: skip


async def file_hours(
    live: LiveServer, token: str, person: int, subject: str, hours: str, year: int
) -> int:
    given = {"professionalIds": [str(person)], "claim": _claim(subject, hours, year)}
    filed = (await live.data(FILE_FOR, {"i": given}, token))["claimsFileForMembers"]
    assert filed["errors"] == [], filed
    return int(filed["claimIds"][0])


@pytest.fixture(scope="module")
async def world(live: LiveServer, tree: Any, tokens: dict[str, str]) -> dict[str, Any]:
    ids = tree.ids
    province_health = await add_organisation(
        name="山东省卫生健康委员会", kind=OrgKind.COMPETENT, parent_id=ids["province"],
        region_id="370000",
    )  # fmt: skip
    provincial = await add_organisation(
        name="山东省立医院", kind=OrgKind.EMPLOYER, parent_id=province_health.id,
        region_id="370102",
    )  # fmt: skip
    pending_unit = await add_organisation(
        name="济南第三医院", kind=OrgKind.EMPLOYER, parent_id=ids["health"], region_id="370102",
        status=OrgStatus.PENDING,
    )  # fmt: skip
    zhao = await _person("赵敏", provincial.id, 701, ProfessionalStatus.ACTIVE, "370200")
    outside = [
        ("孙丽", ProfessionalStatus.PENDING),
        ("周杰", ProfessionalStatus.REJECTED),
        ("吴刚", ProfessionalStatus.WITHDRAWN),
    ]
    for seq, (name, status) in enumerate(outside):
        await _person(name, ids["hospital1"], 711 + seq, status, "370102")
    province = await login_token(live, await _admin(ids["province"], 801), PASSWORD, "HRSS")
    hospital = await login_token(live, await _admin(provincial.id, 802), PASSWORD, "EMPLOYER")
    people = {
        name: (await Professional.get(account__id_number=number)).id
        for name, number in tree.people.items()
    }
    claims = {
        "王芳公需": await file_hours(live, tokens["hospital1"], people["王芳"], "PUBLIC", "30", THIS_YEAR),
        "王芳专业": await file_hours(live, tokens["hospital1"], people["王芳"], "PROFESSIONAL", "60", THIS_YEAR),
        "李娜": await file_hours(live, tokens["hospital1"], people["李娜"], "PROFESSIONAL", "10", THIS_YEAR),
        "赵敏公需": await file_hours(live, hospital, zhao, "PUBLIC", "30", THIS_YEAR),
        "赵敏专业": await file_hours(live, hospital, zhao, "PROFESSIONAL", "60", THIS_YEAR),
    }  # fmt: skip
    return {
        "tokens": {**tokens, "province": province, "provincial": hospital},
        "ids": {**ids, "provincial": provincial.id, "pending_unit": pending_unit.id},
        "people": {**people, "赵敏": zhao},
        "claims": claims,
    }


async def recognised_on(person: int, subject: str, hours: int, when: dt.datetime) -> None:
    """A 2024 claim as the review engine left it when approved on `when` (a decided step is
    final in the database, so the past is written, not backdated), completion refreshed as the
    deciding transaction does."""
    unit = (await Professional.get(id=person)).organisation_id  # type: ignore[attr-defined]
    async with events.atomic():
        claim = await Claim.create(
            professional_id=person, year=2024, subject=subject, form="POST_TRAINING",
            details=_claim(subject, str(hours), 2024)["details"], requested_hours=hours,
            recognised_hours=hours, status=ClaimStatus.APPROVED, filed_by_account_id=0,
            submitted_at=when,
        )  # fmt: skip
        await ReviewStep.create(
            kind=ReviewKind.CLAIM_REVIEW, subject_type="claim", subject_id=claim.id,
            reviewer_id=unit, status=ReviewStatus.APPROVED, applicant_name="历史", decided_at=when,
        )  # fmt: skip
        await completion.refresh([(person, 2024)])


def _nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in connection["edges"]]


async def test_every_unit_row_equals_its_drill_down(live: LiveServer, world: Any) -> None:
    """继教完成情况 → 人员完成情况 → 专技人员信息查询: the same people, for every admin."""
    for who in ("hospital1", "health", "jinan", "province"):
        token = world["tokens"][who]
        units = _nodes((await live.data(UNITS, {"y": THIS_YEAR}, token))["unitCompletions"])
        assert units, who
        for unit in units:
            only_it = {"organisationId": unit["organisationId"], "includeSubunits": False}
            drill = (await live.data(MEMBERS, {"f": {"year": THIS_YEAR, **only_it}}, token))[
                "memberCompletions"
            ]
            people = _nodes(drill)
            assert drill["totalCount"] == unit["professionals"] == len(people), (who, unit)
            learned = [p for p in people if float(p["totalHours"]) > 0]
            assert unit["learners"] == len(learned), (who, unit)
            assert unit["nonLearners"] == len(people) - len(learned), (who, unit)
            assert unit["passed"] == sum(p["passed"] for p in people), (who, unit)
            listed = (await live.data(PERSONS, {"f": only_it}, token))["persons"]
            assert listed["totalCount"] == unit["professionals"], (who, unit)


async def test_registrants_who_are_not_members_are_on_no_list(live: LiveServer, world: Any) -> None:
    """Seed 004 Q16: 专技人员信息查询 shows 已审核通过 people — not a pending, rejected or
    withdrawn registration (the issue's 3 vs 2)."""
    token = world["tokens"]["hospital1"]
    unit = {"organisationId": str(world["ids"]["hospital1"]), "includeSubunits": False}
    names = {n["name"] for n in _nodes((await live.data(PERSONS, {"f": unit}, token))["persons"])}
    assert names == {"王芳", "王磊", "李娜"}
    drill = await live.data(MEMBERS, {"f": {"year": THIS_YEAR, **unit}}, token)
    assert {n["name"] for n in _nodes(drill["memberCompletions"])} == names
    _, exported = await export(live, token, "persons", {"filter": unit})
    assert sorted(r[exported[0].index("姓名")] for r in exported[1:]) == sorted(names)
    # 专业技术人员数量: departments and the rest add up to the unit's members
    heads = (await live.data(HEADS, {}, token))["headCounts"]
    own = sum(h["count"] for h in heads if h["kind"] == "DEPARTMENT")
    assert own == len(names)


async def test_a_pending_unit_is_not_counted(live: LiveServer, world: Any) -> None:
    token = world["tokens"]["health"]
    units = _nodes((await live.data(UNITS, {"y": THIS_YEAR}, token))["unitCompletions"])
    assert "济南第三医院" not in {u["name"] for u in units}
    heads = (await live.data(HEADS, {}, token))["headCounts"]
    assert "济南第三医院" not in {h["name"] for h in heads}
    city = (await live.data(COMPREHENSIVE, {"r": "370100"}, world["tokens"]["jinan"]))[
        "comprehensiveStatistics"
    ]
    # 济南第一医院, its 东院, 济南第二医院 and 山东省立医院: approved employers in 济南
    assert city["total"]["employers"] == 4


async def test_a_city_bureau_sees_its_city_as_the_province_bureau_does(
    live: LiveServer, world: Any
) -> None:
    """Seed 003: the HRSS bureau's 继教综合统计 covers 本区域下 units. 山东省立医院 hangs under
    a province-level department, yet is in 济南: both bureaus count it there, and 赵敏 by her
    unit's region, not her own (青岛)."""
    tokens = world["tokens"]
    city = (await live.data(COMPREHENSIVE, {"r": "370100"}, tokens["jinan"]))[
        "comprehensiveStatistics"
    ]
    province = (await live.data(COMPREHENSIVE, {"r": "370000"}, tokens["province"]))[
        "comprehensiveStatistics"
    ]
    jinan_row = next(r for r in province["rows"] if r["regionCode"] == "370100")
    assert {k: v for k, v in jinan_row.items() if k not in ("regionCode", "regionName")} == city[
        "total"
    ]
    assert city["total"]["professionals"] == 7  # the six of the tree and 赵敏
    assert city["total"]["learners"] == 3 and city["total"]["passed"] == 2
    assert city["total"]["nonLearners"] == 4
    qingdao_row = next(r for r in province["rows"] if r["regionCode"] == "370200")
    assert qingdao_row["professionals"] == 0
    # the drill-downs by region agree with the row, for both bureaus
    for who in ("jinan", "province"):
        listed = await live.data(PERSONS, {"f": {"regionCode": "370100"}}, tokens[who])
        assert listed["persons"]["totalCount"] == city["total"]["professionals"], who
        titles = await live.data(TITLES, {"f": {"regionCode": "370100"}}, tokens[who])
        assert titles["titleDistribution"]["total"]["total"] == city["total"]["professionals"]


async def test_her_own_region_moves_no_figure(live: LiveServer, world: Any, tree: Any) -> None:
    """After 王芳 changes her 所在地区 to 青岛 she still counts in 济南, where her unit is, with
    her hours; the rollup stays exact (the issue: counted in the new city, hours in the old)."""
    token = world["tokens"]["province"]
    before = (await live.data(COMPREHENSIVE, {"r": "370000"}, token))["comprehensiveStatistics"]
    mine = await login_token(live, tree.people["王芳"], PASSWORD, "PROFESSIONAL")
    moved = await live.data(
        """mutation { profileBasicUpdate(input: {regionCode: "370200"}) { errors { code } } }""",
        token=mine,
    )
    assert moved["profileBasicUpdate"]["errors"] == []
    after = (await live.data(COMPREHENSIVE, {"r": "370000"}, token))["comprehensiveStatistics"]
    assert after == before
    assert await completion.rollup_drift() == 0
    assert await completion.rebuild(fix=False) == []


async def test_pass_rate_is_a_percentage_with_its_sign(live: LiveServer, world: Any) -> None:
    token = world["tokens"]["hospital1"]
    units = _nodes((await live.data(UNITS, {"y": THIS_YEAR}, token))["unitCompletions"])
    first = next(u for u in units if u["name"] == "济南第一医院")
    assert first["passRate"] == 33.3  # 王芳 of 王芳, 王磊, 李娜: a number from 0 to 100
    schema = await live.data(
        '{ __type(name: "UnitCompletion") { fields { name description } } }', token=token
    )
    described = {f["name"]: f["description"] for f in schema["__type"]["fields"]}
    assert "百分比" in described["passRate"] and "未参加学习" in described["nonLearners"]
    # the workbook and the console's table show it with its sign
    _, rows = await export(live, token, "unitCompletions", {"year": THIS_YEAR})
    header = rows[0]
    assert "未参加学习人数" in header
    shown = {r[header.index("单位名称")]: r[header.index("合格率")] for r in rows[1:]}
    assert shown["济南第一医院"] == "33.3%"
    page = await live.client.get(
        "/console/api/list/unitCompletions",
        params={"year": THIS_YEAR},
        headers={"Authorization": f"Bearer {token}"},
    )
    items = page.json()["data"]["items"]
    assert next(i for i in items if i["name"] == "济南第一医院")["passRate"] == "33.3%"


async def test_as_of_is_the_whole_table_as_it_stood(live: LiveServer, world: Any) -> None:
    """Registrations and learning alike, and the 本级 row stays (the issue: 0 units and 0
    people but 学习总数 656 for a past date, and 本级 gone). Runs last: it backdates."""
    token = world["tokens"]["jinan"]

    async def table(day: str) -> dict[str, Any]:
        answer = await live.data(COMPREHENSIVE, {"r": "370100", "d": day}, token)
        return answer["comprehensiveStatistics"]

    yesterday = (platform_today() - dt.timedelta(days=1)).isoformat()
    before_anything = await table(yesterday)
    assert [r["regionName"] for r in before_anything["rows"]] == ["济南市本级", "历下区"]
    assert before_anything["total"] == dict.fromkeys(FIGURES.split(), 0) | {"passRate": 0.0}

    # given: the tree registered in 2023; this year's filings recognised today; 2024 hours
    # recognised on three days of 2024
    old = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    provincial = world["ids"]["provincial"]
    await Organisation.exclude(id=provincial).update(created_at=old)
    await Professional.exclude(organisation_id=provincial).update(created_at=old)
    people = world["people"]
    await recognised_on(people["王芳"], "PUBLIC", 30, dt.datetime(2024, 3, 1, 2, tzinfo=dt.UTC))
    await recognised_on(
        people["王磊"], "PROFESSIONAL", 10, dt.datetime(2024, 5, 1, 2, tzinfo=dt.UTC)
    )
    await recognised_on(
        people["王芳"], "PROFESSIONAL", 60, dt.datetime(2024, 9, 1, 2, tzinfo=dt.UTC)
    )

    mid_2024 = await table("2024-06-30")
    district = mid_2024["rows"][1]
    # 历下区: the three approved employers of 2023 (not 山东省立医院, registered today), the six
    # people of the tree (not 赵敏), 王芳 and 王磊 learning, nobody passed yet
    assert (district["employers"], district["professionals"]) == (3, 6)
    assert (district["learners"], district["nonLearners"], district["passed"]) == (2, 4, 0)
    assert mid_2024["rows"][0]["regionName"] == "济南市本级"
    assert (mid_2024["rows"][0]["competent"], mid_2024["rows"][0]["bases"]) == (1, 1)
    end_2024 = (await table("2024-12-31"))["rows"][1]
    assert (end_2024["learners"], end_2024["passed"], end_2024["passRate"]) == (2, 1, 16.7)
    # yesterday: this year's hours were not recognised yet, the tree was registered
    now_then = (await table(yesterday))["rows"][1]
    assert (now_then["professionals"], now_then["learners"]) == (6, 0)
    today = (await table(platform_today().isoformat()))["rows"][1]
    assert (today["professionals"], today["learners"], today["passed"]) == (7, 3, 2)
