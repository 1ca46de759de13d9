"""The demo province: valid identities, an exact organisation tree, fixed logins, determinism.

One small province (scale 0.2) is loaded into the module's database; structural checks that
need branches and direct employers run on the pure row stream at a larger scale.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from tortoise import Tortoise

from domain.demo import DEMO_PASSWORD, demo_loaded, demo_logins, demo_rows, load_demo
from domain.demo.generate import Plan
from domain.demo.load import DemoSummary
from domain.demo.tables import COLUMNS
from domain.errors import DomainError
from domain.identity import (
    sex_of,
    validate_credit_code,
    validate_email,
    validate_landline,
    validate_mobile,
    validate_resident_id,
)
from models import Account, Admin, Department, Organisation, OrganisationClosure, Professional
from server.db import open_database
from server.migrations import apply_migrations
from tests.conftest import create_database, drop_database

SCALE = 0.2
SEED = 7
FIXED_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
async def summary(db: str) -> DemoSummary:
    assert not await demo_loaded()
    return await load_demo(scale=SCALE, seed=SEED)


def stream(scale: float, seed: int = SEED) -> dict[str, list[dict[str, object]]]:
    """The pure row stream as dicts per table."""
    tables: dict[str, list[dict[str, object]]] = {table: [] for table in COLUMNS}
    for table, row in demo_rows(scale, seed, now=FIXED_NOW, password_hash="hash"):
        tables[table].append(dict(zip(COLUMNS[table], row, strict=True)))
    return tables


def expected_closure(parents: dict[int, int | None]) -> set[tuple[int, int, int]]:
    """(ancestor, descendant, distance) by walking parent links, self rows included."""
    rows = set()
    for org_id in parents:
        node: int | None = org_id
        distance = 0
        while node is not None:
            rows.add((node, org_id, distance))
            node, distance = parents[node], distance + 1
    return rows


async def test_summary_counts_what_was_loaded(summary: DemoSummary) -> None:
    assert await demo_loaded()
    assert summary.professionals == await Professional.all().count() == 200
    assert summary.organisations == await Organisation.all().count()
    assert summary.accounts == await Account.all().count()
    assert summary.departments == await Department.all().count()
    assert summary.regions == 84
    # every city has at least one employer
    regions = await Organisation.filter(kind="EMPLOYER").values_list("region_id", flat=True)
    assert len({code[:4] for code in regions}) == 16


async def test_id_numbers_are_valid_unique_and_match_the_sex(summary: DemoSummary) -> None:
    numbers = await Account.all().values_list("id_number", flat=True)
    assert all(validate_resident_id(number) == number for number in numbers)
    assert len(set(numbers)) == len(numbers)
    for number, sex in await Professional.all().values_list("account__id_number", "sex"):
        assert sex_of(number) == sex
    born = await Professional.all().values_list("birth_date", flat=True)
    assert all(dt.date(1960, 1, 1) <= day <= dt.date(2000, 12, 31) for day in born)


async def test_credit_codes_and_contacts_are_valid(summary: DemoSummary) -> None:
    rows = await Organisation.all().values_list("credit_code", "region_id", "phone")
    assert len({code for code, _, _ in rows}) == len(rows)
    for code, region, phone in rows:
        assert validate_credit_code(code) == code
        assert code[2:8] == region
        assert validate_landline(phone) == phone
    for mobile, email in await Account.all().values_list("phone", "email"):
        assert validate_mobile(mobile) == mobile
        assert email is None or validate_email(email) == email


async def test_closure_table_is_exact(summary: DemoSummary) -> None:
    orgs = await Organisation.all().values_list("id", "parent_id", "depth", "kind", "name")
    parents = {org_id: parent for org_id, parent, *_ in orgs}
    roots = [name for _, parent, _, _, name in orgs if parent is None]
    assert roots == ["山东省人力资源和社会保障厅"]
    closure = await OrganisationClosure.all().values_list(
        "ancestor_id", "descendant_id", "distance"
    )
    assert len(closure) == len(set(closure))
    assert set(closure) == expected_closure(parents)
    depth_by_walk = Counter(descendant for _, descendant, _ in closure)
    assert all(depth == depth_by_walk[org_id] - 1 for org_id, _, depth, *_ in orgs)


async def test_every_employer_reaches_an_hrss_bureau_through_the_right_kinds(
    summary: DemoSummary,
) -> None:
    orgs = {
        org_id: (parent, kind)
        for org_id, parent, kind in await Organisation.all().values_list("id", "parent_id", "kind")
    }
    for org_id, (parent, kind) in orgs.items():
        if kind == "EMPLOYER":
            assert orgs[parent][1] in ("COMPETENT", "EMPLOYER", "HRSS")
        elif kind in ("COMPETENT", "BASE"):
            assert orgs[parent][1] == ("HRSS" if kind == "COMPETENT" else "COMPETENT")
        node = parent
        while node is not None and orgs[node][1] != "HRSS":
            node = orgs[node][0]
        assert node is not None or org_id == min(orgs)


async def test_professionals_work_for_employers_in_their_own_departments(
    summary: DemoSummary,
) -> None:
    department_owner = dict(await Department.all().values_list("id", "organisation_id"))
    rows = await Professional.all().values_list(
        "organisation__kind", "organisation_id", "department_id"
    )
    assert all(kind == "EMPLOYER" for kind, _, _ in rows)
    assert all(department_owner[dep] == org for _, org, dep in rows if dep is not None)
    assert sum(dep is not None for _, _, dep in rows) > len(rows) * 0.8


async def test_rows_read_back_through_the_orm(summary: DemoSummary) -> None:
    professional = await Professional.filter(title_grade="INTERMEDIATE").first()
    assert professional is not None
    assert isinstance(professional.birth_date, dt.date)
    assert professional.created_at.tzinfo is not None
    assert professional.postdoctoral in (True, False)
    org = await Organisation.get(name="济南市历下区人民医院")
    assert org.review_enabled is True and org.credit_code_temporary is False
    assert abs(dt.datetime.now(dt.UTC) - org.updated_at) < dt.timedelta(minutes=10)
    # ids continue after the demo's: sequences were moved past them
    before = await Department.all().order_by("-id").first()
    assert before is not None
    added = await Department.create(organisation=org, name="临时科室")
    assert added.id == before.id + 1
    await added.delete()


async def test_demo_logins_exist_with_their_roles_and_password(summary: DemoSummary) -> None:
    assert summary.logins == demo_logins()
    assert len({login.role for login in summary.logins}) == 6
    hasher = PasswordHasher()
    for login in summary.logins:
        account = await Account.get(id_number=login.id_number)
        assert login.password == DEMO_PASSWORD
        assert hasher.verify(account.password_hash, login.password)
        assert account.must_change_password is False
        if login.role == "专业技术人员":
            professional = await Professional.get(account=account).prefetch_related("organisation")
            assert professional.organisation.name == login.organisation
        else:
            admin = await Admin.get(account=account, is_super=True).prefetch_related("organisation")
            assert admin.organisation.name == login.organisation


async def test_loading_twice_is_refused(summary: DemoSummary) -> None:
    with pytest.raises(DomainError) as raised:
        await load_demo(scale=0.05)
    assert raised.value.code == "DEMO_ALREADY_LOADED"


async def test_the_same_seed_gives_the_same_people_in_a_fresh_database(
    summary: DemoSummary, db: str, tmp_path: Path
) -> None:
    first = await Account.all().order_by("id").values_list("name", "id_number")
    other = await create_database(tmp_path)
    try:
        await Tortoise.close_connections()
        await apply_migrations(other)
        await open_database(other)
        await load_demo(scale=SCALE, seed=SEED)
        second = await Account.all().order_by("id").values_list("name", "id_number")
    finally:
        await Tortoise.close_connections()
        await drop_database(other)
        await open_database(db)
    assert second == first


def test_the_stream_is_deterministic_and_depends_on_the_seed() -> None:
    assert stream(0.3) == stream(0.3)
    assert stream(0.3)["account"] != stream(0.3, seed=SEED + 1)["account"]


def test_fixed_part_and_logins_do_not_depend_on_the_scale() -> None:
    small, large = stream(0.05), stream(1.5)
    # the HRSS bureaus and competent departments, then the two anchors of the logins
    fixed = sum(row["kind"] in ("HRSS", "COMPETENT") for row in small["organisation"]) + 2
    assert small["organisation"][:fixed] == large["organisation"][:fixed]
    numbers = {login.id_number for login in demo_logins()}

    def login_accounts(tables: dict[str, list[dict[str, object]]]) -> list[dict[str, object]]:
        # the login professional's account comes after the employers: its row id may move
        return [a | {"id": None} for a in tables["account"] if a["id_number"] in numbers]

    assert len(login_accounts(small)) == len(numbers)
    assert login_accounts(small) == login_accounts(large)


def test_larger_tree_has_branches_direct_employers_and_an_exact_closure() -> None:
    tables = stream(3)
    orgs = {row["id"]: row for row in tables["organisation"]}
    parents = {org_id: row["parent_id"] for org_id, row in orgs.items()}
    closure = {
        (r["ancestor_id"], r["descendant_id"], r["distance"])
        for r in tables["organisation_closure"]
    }
    assert closure == expected_closure(parents)  # type: ignore[arg-type]
    employers = [row for row in orgs.values() if row["kind"] == "EMPLOYER"]
    parent_kinds = Counter(orgs[row["parent_id"]]["kind"] for row in employers)
    assert parent_kinds["EMPLOYER"] >= 3 and parent_kinds["HRSS"] >= 1
    assert len({row["name"] for row in orgs.values()}) == len(orgs)
    assert {row["base_level"] for row in orgs.values() if row["kind"] == "BASE"} == {
        "INDUSTRY",
        "OTHER",
    }


def test_profiles_have_realistic_proportions() -> None:
    tables = stream(3)
    people = tables["professional"]
    assert len(people) == 3000
    grades = Counter(row["title_grade"] for row in people)
    assert grades["INTERMEDIATE"] > grades["SENIOR"] > grades["NONE"] > 0
    assert 0.06 < len(tables["practising_qualification"]) / len(people) < 0.14
    assert 0.015 < len(tables["academic_honour"]) / len(people) < 0.05
    series = Counter(row["title_series"] for row in people)
    assert {"卫生技术", "中小学教师", "工程技术", "会计"} <= set(series)
    for row in people:
        assert row["graduation_date"] > row["birth_date"]  # type: ignore[operator]
        if row["title_effective_date"] is not None:
            assert row["title_effective_date"] >= row["graduation_date"]  # type: ignore[operator]


def test_scale_grows_linearly_with_a_floor() -> None:
    assert Plan.for_scale(1000).professionals >= 1_000_000
    assert Plan.for_scale(1000).employers == 40_000
    assert Plan.for_scale(0.05) == Plan(employers=16, professionals=50, bases=3)
    with pytest.raises(ValueError):
        Plan.for_scale(0)
