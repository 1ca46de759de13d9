"""Statistics against answers computed by hand on the small province, and their scope: a
sibling unit sees nothing of another's numbers.

The small province (tests/fixtures/tree.py), all professionals in district 370102:
  济南第一医院 (hospital1): 王芳 卫生技术 中级 (内科), 王磊 卫生技术 高级, 李娜 卫生技术 初级
    └ 济南第一医院东院 (branch): 张伟 卫生技术 中级
  济南第二医院 (hospital2): 刘洋 会计 初级, 陈静 会计 无
Completion set up below: 2022 — 王芳 95 h passed, 王磊 10 h; this year — 王芳 90 h passed,
刘洋 20 h.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from domain import completion
from models import AnnualCompletion, PractisingQualification, Professional
from models.enums import Education
from tests.conftest import LiveServer

THIS_YEAR = dt.date.today().year


async def person(tree: Any, name: str) -> Professional:
    return await Professional.get(account__id_number=tree.people[name])


@pytest.fixture(scope="module")
async def numbers(tree: Any) -> Any:
    def row(
        p: Professional, year: int, public: int, professional: int, passed: bool
    ) -> AnnualCompletion:
        return AnnualCompletion(professional_id=p.id, year=year, public_hours=Decimal(public),
                                professional_hours=Decimal(professional),
                                total_hours=Decimal(public + professional), passed=passed)  # fmt: skip

    wang, lei, liu = (
        await person(tree, "王芳"),
        await person(tree, "王磊"),
        await person(tree, "刘洋"),
    )
    await AnnualCompletion.bulk_create([
        row(wang, 2022, 35, 60, True), row(lei, 2022, 10, 0, False),
        row(wang, THIS_YEAR, 30, 60, True), row(liu, THIS_YEAR, 20, 0, False),
    ])  # fmt: skip
    await completion.rebuild_rollup()  # rows written directly, as a bulk loader would
    await Professional.filter(id=wang.id).update(
        title_effective_date=dt.date(2020, 1, 1), title_certificate_no="ZC-2020-001",
        education=Education.BACHELOR,
    )  # fmt: skip
    await Professional.filter(id=lei.id).update(title_effective_date=dt.date(2015, 6, 1))
    await PractisingQualification.create(professional_id=lei.id, series="卫生", name="执业医师")
    return tree


TITLES = """query($f: TitleDistributionFilter) { titleDistribution(filter: $f) {
    rows { series junior intermediate senior none total } total { junior intermediate senior none total } } }"""


async def test_title_series_distribution(
    live: LiveServer, numbers: Any, tokens: dict[str, str]
) -> None:
    everything = (await live.data(TITLES, {}, tokens["jinan"]))["titleDistribution"]
    assert everything["rows"] == [
        {"series": "卫生技术", "junior": 1, "intermediate": 2, "senior": 1, "none": 0, "total": 4},
        {"series": "会计", "junior": 1, "intermediate": 0, "senior": 0, "none": 1, "total": 2},
    ]
    assert everything["total"] == {
        "junior": 2,
        "intermediate": 2,
        "senior": 1,
        "none": 1,
        "total": 6,
    }
    mine = (await live.data(TITLES, {}, tokens["hospital2"]))["titleDistribution"]
    assert [r["series"] for r in mine["rows"]] == ["会计"]
    # a sibling asking about another unit gets nothing, not an error that tells it exists
    peek = {"f": {"organisationId": str(numbers.ids["hospital1"])}}
    assert (await live.data(TITLES, peek, tokens["hospital2"]))["titleDistribution"]["rows"] == []
    recent = {"f": {"effectiveFrom": "2019-01-01", "effectiveTo": "2021-12-31"}}
    assert (await live.data(TITLES, recent, tokens["jinan"]))["titleDistribution"]["rows"] == [
        {"series": "卫生技术", "junior": 0, "intermediate": 1, "senior": 0, "none": 0, "total": 1}
    ]
    qingdao = {"f": {"regionCode": "370200"}}
    assert (await live.data(TITLES, qingdao, tokens["jinan"]))["titleDistribution"]["total"][
        "total"
    ] == 0


UNITS = """query($y: Int!, $p: ID) { unitCompletions(year: $y, parentId: $p, first: 50) {
    totalCount edges { node { name professionals learners passed passRate } } } }"""


async def test_completion_by_unit(live: LiveServer, numbers: Any, tokens: dict[str, str]) -> None:
    rows = (await live.data(UNITS, {"y": 2022}, tokens["health"]))["unitCompletions"]
    assert rows["totalCount"] == 3
    assert [e["node"] for e in rows["edges"]] == [
        {
            "name": "济南第一医院",
            "professionals": 3,
            "learners": 2,
            "passed": 1,
            "passRate": 33.3,
        },
        {
            "name": "济南第一医院东院",
            "professionals": 1,
            "learners": 0,
            "passed": 0,
            "passRate": 0.0,
        },
        {"name": "济南第二医院", "professionals": 2, "learners": 0, "passed": 0, "passRate": 0.0},
    ]
    sibling = (await live.data(UNITS, {"y": 2022}, tokens["hospital2"]))["unitCompletions"]
    assert [e["node"]["name"] for e in sibling["edges"]] == ["济南第二医院"]
    # drill down: a unit's people, then a person's learning record
    people = """query($f: MemberCompletionFilter!) { memberCompletions(filter: $f) {
        edges { node { name totalHours passed } } } }"""
    drill = {
        "f": {
            "year": 2022,
            "organisationId": str(numbers.ids["hospital1"]),
            "includeSubunits": False,
        }
    }
    nodes = [
        e["node"]
        for e in (await live.data(people, drill, tokens["health"]))["memberCompletions"]["edges"]
    ]
    assert {n["name"]: (n["totalHours"], n["passed"]) for n in nodes} == {
        "王芳": ("95.0", True), "王磊": ("10.0", False), "李娜": ("0.0", False)}  # fmt: skip


COMPREHENSIVE = """query($r: String!, $d: Date) { comprehensiveStatistics(regionCode: $r, asOf: $d) {
    rows { regionName competent employers bases professionals learners passed passRate }
    total { competent employers bases professionals learners passed passRate } } }"""


async def test_comprehensive_statistics_by_region(
    live: LiveServer, numbers: Any, tokens: dict[str, str]
) -> None:
    today = (await live.data(COMPREHENSIVE, {"r": "370000"}, tokens["jinan"]))[
        "comprehensiveStatistics"
    ]
    assert today["rows"] == [
        # the asked region's own level keeps its row, empty or not
        {"regionName": "山东省本级", "competent": 0, "employers": 0, "bases": 0,
         "professionals": 0, "learners": 0, "passed": 0, "passRate": 0.0},
        {"regionName": "济南市", "competent": 1, "employers": 3, "bases": 1, "professionals": 6,
         "learners": 2, "passed": 1, "passRate": 16.7},
        {"regionName": "青岛市", "competent": 0, "employers": 0, "bases": 0, "professionals": 0,
         "learners": 0, "passed": 0, "passRate": 0.0},
    ]  # fmt: skip
    assert today["total"] == {k: v for k, v in today["rows"][1].items() if k != "regionName"}
    before = await live.data(COMPREHENSIVE, {"r": "370000", "d": "2001-01-01"}, tokens["jinan"])
    assert before["comprehensiveStatistics"]["total"]["professionals"] == 0  # nobody registered yet
    health = (await live.data(COMPREHENSIVE, {"r": "370100"}, tokens["health"]))[
        "comprehensiveStatistics"
    ]
    assert health["total"] | {"passRate": 0} == {"competent": 1, "employers": 3, "bases": 0,
        "professionals": 6, "learners": 2, "passed": 1, "passRate": 0}  # fmt: skip
    future = await live.gql(COMPREHENSIVE, {"r": "370000", "d": "2999-01-01"}, tokens["jinan"])
    assert future["errors"][0]["extensions"]["code"] == "DATE_IN_FUTURE"
    employer = await live.gql(COMPREHENSIVE, {"r": "370000"}, tokens["hospital1"])
    assert employer["errors"][0]["extensions"]["code"] == "FORBIDDEN"


HEADS = "query($o: ID) { headCounts(organisationId: $o) { kind name count } }"


async def test_head_counts_per_unit_and_department(
    live: LiveServer, numbers: Any, tokens: dict[str, str]
) -> None:
    assert (await live.data(HEADS, {}, tokens["hospital1"]))["headCounts"] == [
        {"kind": "UNIT", "name": "济南第一医院东院", "count": 1},
        {"kind": "DEPARTMENT", "name": "内科", "count": 1},
        {"kind": "DEPARTMENT", "name": "未分配部门", "count": 2},
    ]
    assert (await live.data(HEADS, {}, tokens["health"]))["headCounts"] == [
        {"kind": "UNIT", "name": "济南第一医院", "count": 4},
        {"kind": "UNIT", "name": "济南第二医院", "count": 2},
    ]
    other = await live.gql(HEADS, {"o": str(numbers.ids["hospital1"])}, tokens["hospital2"])
    assert other["errors"][0]["extensions"]["code"] == "NOT_FOUND"


RECORDS = """query($i: String, $n: String) { learningRecords(idNumber: $i, name: $n) {
    edges { node { name idNumber year publicHours professionalHours totalHours passed } } } }"""


async def test_learning_record_verification(
    live: LiveServer, numbers: Any, tokens: dict[str, str]
) -> None:
    found = (await live.data(RECORDS, {"n": "王芳"}, tokens["hospital1"]))["learningRecords"][
        "edges"
    ]
    assert sorted((e["node"]["year"], e["node"]["totalHours"], e["node"]["passed"]) for e in found) == [
        (2022, "95.0", True), (THIS_YEAR, "90.0", True)]  # fmt: skip
    by_number = await live.data(RECORDS, {"i": numbers.people["王芳"].lower()}, tokens["jinan"])
    assert len(by_number["learningRecords"]["edges"]) == 2
    assert (await live.data(RECORDS, {"n": "王芳"}, tokens["hospital2"]))["learningRecords"][
        "edges"
    ] == []
    empty = await live.gql(RECORDS, {}, tokens["hospital1"])
    assert empty["errors"][0]["extensions"]["code"] == "FILTER_REQUIRED"
    plain = await live.gql(RECORDS, {"n": "刘洋"}, tokens["hospital2_plain"])
    assert plain["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # no STATISTICS module


SEARCH = "query($f: PersonFilter) { persons(filter: $f, first: 50) { edges { node { name } } } }"


async def test_professional_search_with_the_filters_of_seed_003(
    live: LiveServer, numbers: Any, tokens: dict[str, str]
) -> None:
    async def names(filter: dict[str, Any], token: str = tokens["jinan"]) -> list[str]:
        data = await live.data(SEARCH, {"f": filter}, token)
        return sorted(e["node"]["name"] for e in data["persons"]["edges"])

    assert await names({"qualification": "执业医师"}) == ["王磊"]
    assert await names({"certificateNo": "ZC-2020-001"}) == ["王芳"]
    assert await names({"education": "BACHELOR"}) == ["王芳"]
    assert await names({"titleSeries": "会计"}) == ["刘洋", "陈静"]
    assert await names({"regionCode": "370100", "titleSeries": "会计"}) == ["刘洋", "陈静"]
    assert await names({"regionCode": "370200"}) == []
    health = str(numbers.ids["health"])
    assert await names({"competentId": health, "name": "王"}) == sorted(["王芳", "王磊"])
    assert await names({"titleSeries": "会计"}, tokens["hospital1"]) == []  # not its people
