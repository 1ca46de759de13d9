"""Update inputs change what they are given and nothing else: a field left out stays, an
explicit null empties a field that may be emptied and is refused (REQUIRED, nothing saved)
for one that may not. Each check compares the whole record — every field the schema
answers — before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from admin_ui.graph import selection
from models import Account, Department, Organisation, Professional
from models.enums import Degree, Education, OrgLevel, OrgNature
from resolvers.root import build_schema
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD

ERRORS = "errors { code field }"


@pytest.fixture(scope="module")
def whole() -> dict[str, str]:
    """The selection of every field of a profile and of an organisation, from the schema."""
    schema = build_schema()._schema
    return {name: selection(schema.get_type(name)) for name in ("Profile", "Organisation")}  # type: ignore[arg-type]


async def profile(live: LiveServer, token: str, whole: dict[str, str]) -> dict[str, Any]:
    return (await live.data(f"{{ myProfile {{ {whole['Profile']} }} }}", token=token))["myProfile"]


async def save(live: LiveServer, token: str, mutation: str, kind: str, given: dict) -> Any:
    document = f"mutation($i: {kind}!) {{ {mutation}(input: $i) {{ {ERRORS} }} }}"
    return (await live.data(document, {"i": given}, token))[mutation]["errors"]


@pytest.fixture(scope="module")
async def filled(live: LiveServer, tree: Any) -> str:
    """李娜 (a woman, 济南第一医院) with every profile section filled; her session."""
    person = await Professional.get(account__id_number=tree.people["李娜"])
    await Account.filter(id=person.account_id).update(  # type: ignore[attr-defined]
        phone="13800001111", email="lina@example.com", landline="0531-86660001"
    )
    department = await Department.create(organisation_id=tree.ids["hospital1"], name="外科")
    await Professional.filter(id=person.id).update(
        native_place="山东淄博", ethnicity="汉族", department_id=department.id,
        education=Education.MASTER, school="山东大学", major="临床医学",
        graduation_date=dt.date(2017, 7, 1), degree=Degree.MASTER, postdoctoral=True,
        admin_post="副主任", admin_level="副科级",
    )  # fmt: skip
    return await login_token(live, tree.people["李娜"], PASSWORD, "PROFESSIONAL")


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {key: after[key] for key in after if after[key] != before[key]}


@pytest.mark.parametrize(
    ("mutation", "kind", "given", "expected"),
    [
        ("profileEducationUpdate", "ProfileEducationInput", {"school": "复旦大学"},
         {"school": "复旦大学"}),
        ("profileBasicUpdate", "ProfileBasicInput", {"phone": "13900002222"},
         {"phone": "13900002222"}),
        ("profileAdminPostUpdate", "ProfileAdminPostInput", {"adminLevel": "正科级"},
         {"adminLevel": "正科级"}),
        # explicit null empties what may be empty
        ("profileEducationUpdate", "ProfileEducationInput", {"graduationDate": None},
         {"graduationDate": None}),
        ("profileBasicUpdate", "ProfileBasicInput", {"landline": None}, {"landline": None}),
        ("profileBasicUpdate", "ProfileBasicInput", {"departmentId": None},
         {"departmentId": None, "department": None}),
        ("profileAdminPostUpdate", "ProfileAdminPostInput", {"adminPost": None},
         {"adminPost": None}),
        # given what is stored: nothing changes
        ("profileBasicUpdate", "ProfileBasicInput", {"sex": "FEMALE"}, {}),
        ("profileEducationUpdate", "ProfileEducationInput", {}, {}),
    ],
)  # fmt: skip
async def test_a_profile_section_changes_only_the_fields_given(
    live: LiveServer,
    filled: str,
    whole: dict[str, str],
    mutation: str,
    kind: str,
    given: dict[str, Any],
    expected: dict[str, Any],
) -> None:
    before = await profile(live, filled, whole)
    assert await save(live, filled, mutation, kind, given) == []
    after = await profile(live, filled, whole)
    assert changed_fields(before, after) == expected
    assert after["sex"] == "FEMALE" and after["education"] == "MASTER"


@pytest.mark.parametrize(
    ("mutation", "kind", "field", "graphql_field"),
    [
        ("profileEducationUpdate", "ProfileEducationInput", "education", "education"),
        ("profileEducationUpdate", "ProfileEducationInput", "degree", "degree"),
        ("profileEducationUpdate", "ProfileEducationInput", "school", "school"),
        ("profileEducationUpdate", "ProfileEducationInput", "postdoctoral", "postdoctoral"),
        ("profileBasicUpdate", "ProfileBasicInput", "sex", "sex"),
        ("profileBasicUpdate", "ProfileBasicInput", "phone", "phone"),
        ("profileBasicUpdate", "ProfileBasicInput", "birthDate", "birthDate"),
        ("profileBasicUpdate", "ProfileBasicInput", "regionCode", "regionCode"),
    ],
)
async def test_null_for_a_field_that_may_not_be_emptied_is_refused_and_saves_nothing(
    live: LiveServer,
    filled: str,
    whole: dict[str, str],
    mutation: str,
    kind: str,
    field: str,
    graphql_field: str,
) -> None:
    before = await profile(live, filled, whole)
    # a change beside the refused null is not saved either
    other = {"major": "内科学"} if mutation == "profileEducationUpdate" else {"ethnicity": "回族"}
    errors = await save(live, filled, mutation, kind, {field: None, **other})
    assert errors == [{"code": "REQUIRED", "field": graphql_field}]
    assert await profile(live, filled, whole) == before


async def test_editing_a_qualification_or_honour_keeps_what_is_left_out(
    live: LiveServer, filled: str, whole: dict[str, str]
) -> None:
    added = """mutation($i: PractisingQualificationSaveInput!) {
        practisingQualificationSave(input: $i) { itemId errors { code field } } }"""
    first = {
        "series": "卫生",
        "name": "执业医师",
        "obtainedOn": "2018-09-01",
        "certificateNo": "Z9",
    }
    item = (await live.data(added, {"i": first}, filled))["practisingQualificationSave"]["itemId"]
    kind = "PractisingQualificationSaveInput"
    assert await save(live, filled, "practisingQualificationSave", kind,
                      {"id": item, "name": "主治医师"}) == []  # fmt: skip
    rows = (await profile(live, filled, whole))["practisingQualifications"]
    assert rows == [{"id": item, "series": "卫生", "name": "主治医师", "obtainedOn": "2018-09-01",
                     "certificateNo": "Z9"}]  # fmt: skip
    # adding needs what a new one must have; left out is empty, not "whatever it was"
    assert await save(live, filled, "practisingQualificationSave", kind, {"name": "执业药师"}) == [
        {"code": "REQUIRED", "field": "series"}
    ]

    honours = "AcademicHonourSaveInput"
    created = """mutation($i: AcademicHonourSaveInput!) {
        academicHonourSave(input: $i) { itemId errors { code field } } }"""
    given = {"level": "MUNICIPAL", "name": "泉城名医", "awardedOn": "2021-05-01"}
    honour = (await live.data(created, {"i": given}, filled))["academicHonourSave"]["itemId"]
    assert await save(live, filled, "academicHonourSave", honours,
                      {"id": honour, "awardedOn": None}) == []  # fmt: skip
    assert (await profile(live, filled, whole))["academicHonours"] == [
        {"id": honour, "level": "MUNICIPAL", "name": "泉城名医", "awardedOn": None}
    ]
    assert await save(live, filled, "academicHonourSave", honours, {"name": "齐鲁名医"}) == [
        {"code": "REQUIRED", "field": "level"}
    ]


async def organisation(live: LiveServer, tree: Any, token: str, whole: dict[str, str]) -> Any:
    document = f"query($id: ID!) {{ organisation(id: $id) {{ {whole['Organisation']} }} }}"
    return (await live.data(document, {"id": str(tree.ids["hospital1"])}, token))["organisation"]


async def test_a_unit_changes_only_the_fields_it_gives(
    live: LiveServer, tree: Any, tokens: dict[str, str], whole: dict[str, str]
) -> None:
    unit = tokens["hospital1"]
    await Organisation.filter(id=tree.ids["hospital1"]).update(
        nature=OrgNature.PUBLIC_INSTITUTION, level=OrgLevel.MUNICIPAL, industry="卫生",
        phone="0531-86660000", address="济南市历下区经十路1号",
    )  # fmt: skip
    before = await organisation(live, tree, unit, whole)
    assert await save(live, unit, "organisationUpdate", "OrganisationUpdateInput",
                      {"address": "济南市历下区经十路2号"}) == []  # fmt: skip
    after = await organisation(live, tree, unit, whole)
    assert changed_fields(before, after) == {"address": "济南市历下区经十路2号"}

    # registered facts may not be emptied: refused, and the change beside it not saved
    for field in ("phone", "nature", "level", "industry", "name", "creditCode", "regionCode"):
        given = {"address": "济南市历下区经十路3号", field: None}
        errors = await save(live, unit, "organisationUpdate", "OrganisationUpdateInput", given)
        assert errors == [{"code": "REQUIRED", "field": field}], field
    assert await organisation(live, tree, unit, whole) == after


async def test_renaming_a_department_keeps_its_parent(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital2"]
    add = """mutation($i: DepartmentAddInput!) { departmentAdd(input: $i) {
        department { id } errors { code } } }"""
    top = (await live.data(add, {"i": {"name": "医务部"}}, admin))["departmentAdd"]["department"]
    child = (await live.data(add, {"i": {"name": "质控科", "parentId": top["id"]}}, admin))[
        "departmentAdd"]["department"]  # fmt: skip
    update = "DepartmentUpdateInput"
    assert await save(live, admin, "departmentUpdate", update,
                      {"id": child["id"], "name": "质量控制科"}) == []  # fmt: skip
    stored = await Department.get(id=int(child["id"]))
    assert (stored.name, stored.parent_id) == ("质量控制科", int(top["id"]))  # type: ignore[attr-defined]
    # an explicit null moves it to the top
    assert await save(live, admin, "departmentUpdate", update,
                      {"id": child["id"], "parentId": None}) == []  # fmt: skip
    stored = await Department.get(id=int(child["id"]))
    assert (stored.name, stored.parent_id) == ("质量控制科", None)  # type: ignore[attr-defined]


async def test_editing_a_role_keeps_what_is_left_out(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital2"]
    save_role = """mutation($i: AdminRoleSaveInput!) { adminRoleSave(input: $i) {
        message errors { code field } } }"""
    roles = "{ adminRoles { id name modules } }"
    given = {"name": "统计员", "modules": ["STATISTICS", "ACCOUNTS"]}
    created = (await live.data(save_role, {"i": given}, admin))["adminRoleSave"]
    role_id = created["message"].split()[-1]
    kind = "AdminRoleSaveInput"
    assert await save(live, admin, "adminRoleSave", kind, {"id": role_id, "name": "统计专员"}) == []
    stored = [r for r in (await live.data(roles, token=admin))["adminRoles"] if r["id"] == role_id]
    assert stored == [{"id": role_id, "name": "统计专员", "modules": ["ACCOUNTS", "STATISTICS"]}]
    # a new role names its modules; left out is not "the first module"
    assert await save(live, admin, "adminRoleSave", kind, {"name": "审核员"}) == [
        {"code": "REQUIRED", "field": "modules"}
    ]
