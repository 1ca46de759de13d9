"""公需科目管理 through HTTP: seed 003 lists it among the city and district HRSS bureaus'
functions (市、区（县）人社局的功能主要包括……公需科目管理……) and its 公需科目 guide shows a class:
"2018年度专业技术人员继续教育新旧动能转换专题培训班 20学时", that year's classes 必修 and
earlier years' 选修."""

from __future__ import annotations

from typing import Any

from models import AuditLog
from tests.conftest import LiveServer

SAVE = """mutation($i: PublicSubjectSaveInput!) { publicSubjectSave(input: $i) {
    publicSubject { id regionCode year name hours required enabled region { name } }
    errors { code field } } }"""
ENABLE = """mutation($i: PublicSubjectSetEnabledInput!) { publicSubjectSetEnabled(input: $i) {
    publicSubject { id enabled } errors { code field } } }"""
MANAGED = """query($y: Int) { managedPublicSubjects(year: $y) { name regionCode enabled } }"""
IN_FORCE = """query($y: Int) { publicSubjects(year: $y) { name hours required regionCode } }"""

CLASS = "2018年度专业技术人员继续教育新旧动能转换专题培训班"


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def save(live: LiveServer, token: str, **given: Any) -> dict[str, Any]:
    subject = {"year": 2018, "name": CLASS, "hours": "20", "required": True} | given
    return (await live.data(SAVE, {"i": subject}, token))["publicSubjectSave"]


async def test_a_city_bureau_keeps_its_public_subjects(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    jinan, qingdao = tokens["jinan"], tokens["qingdao"]
    # given 济南市's 2018 class (必修) and an elective one of 2017
    added = await save(live, jinan)
    assert added["errors"] == []
    assert added["publicSubject"] | {"id": None} == {
        "id": None, "regionCode": "370100", "year": 2018, "name": CLASS, "hours": "20.0",
        "required": True, "enabled": True, "region": {"name": "济南市"}}  # fmt: skip
    elective = await save(live, jinan, year=2017, name="2017年度公需科目选修课", required=False)
    assert elective["errors"] == []
    # the same name twice in one region and year is refused; bad hours are typed errors
    assert codes(await save(live, jinan)) == [("DUPLICATE_NAME", "name")]
    assert codes(await save(live, jinan, name="其他", hours="0")) == [("OUT_OF_RANGE", "hours")]
    assert codes(await save(live, jinan, name="其他", hours="abc")) == [("INVALID_NUMBER", "hours")]
    assert codes(await save(live, jinan, name=" ")) == [("REQUIRED", "name")]
    # another city's class is out of 济南市's reach, and 青岛市 cannot touch 济南市's
    assert codes(await save(live, jinan, name="青岛的课", regionCode="370200")) == [
        ("NOT_FOUND", "regionCode")
    ]
    foreign = {"id": added["publicSubject"]["id"], "enabled": False}
    assert codes((await live.data(ENABLE, {"i": foreign}, qingdao))["publicSubjectSetEnabled"]) == [
        ("NOT_FOUND", "id")
    ]
    assert (await live.data(MANAGED, {"y": 2018}, qingdao))["managedPublicSubjects"] == []

    # a professional of 历下区 (in 济南市) reads the classes in force there, 必修 first
    shown = (await live.data(IN_FORCE, {}, tokens["professional"]))["publicSubjects"]
    assert [(s["name"], s["required"]) for s in shown] == [
        (CLASS, True), ("2017年度公需科目选修课", False)]  # fmt: skip

    # when the bureau disables the elective, it leaves what a person reads but stays managed
    off = {"id": elective["publicSubject"]["id"], "enabled": False}
    assert (await live.data(ENABLE, {"i": off}, jinan))["publicSubjectSetEnabled"]["errors"] == []
    shown = (await live.data(IN_FORCE, {"y": 2017}, tokens["professional"]))["publicSubjects"]
    assert shown == []
    managed = (await live.data(MANAGED, {"y": None}, jinan))["managedPublicSubjects"]
    assert {"name": "2017年度公需科目选修课", "regionCode": "370100", "enabled": False} in managed
    assert await AuditLog.filter(action="public_subject.disable").exists()

    # an edit renames the class and records before and after
    renamed = await save(live, jinan, id=added["publicSubject"]["id"], name="新旧动能转换专题")
    assert renamed["publicSubject"]["name"] == "新旧动能转换专题"
    assert await AuditLog.filter(action="public_subject.update").exists()


async def test_only_hrss_bureaus_manage_public_subjects(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    for key in ("professional", "hospital1", "health", "base"):
        denied = await live.gql(SAVE, {"i": {"year": 2018, "name": "x", "hours": "1"}}, tokens[key])
        assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN", key
        listed = await live.gql(MANAGED, {"y": 2018}, tokens[key])
        assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN", key
    anonymous = await live.gql(IN_FORCE, {"y": 2018})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
