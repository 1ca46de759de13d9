"""The demo province as a stream of rows: pure, deterministic, flat in memory.

`demo_rows` yields (table, row) pairs in an order where every foreign key points to a row
already yielded; the same scale, seed, clock and password hash give the same rows.

Admins: every HRSS bureau, competent department and CE base gets a super admin, but only
the first ADMIN_EMPLOYERS employers do. At scale 1000 there are 40,000 employers, and an
admin account each would add 40,000 people who are not professionals, only to be counted
apart in every statistic. Employers without an admin are still reachable from above.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from domain.demo.industries import Industry
from domain.demo.organisations import (
    ANCHOR_BASE,
    ANCHOR_EMPLOYER,
    EmployerPlanner,
    Province,
    add_anchors,
    add_base,
    build_fixed_tree,
)
from domain.demo.people import People, fixed_id_number
from domain.demo.shandong import (
    CITIES,
    JINAN,
    PROVINCE_BUREAU,
    PROVINCE_CODE,
    PROVINCE_NAME,
    city_bureau_name,
)
from domain.demo.tables import Ids, Out, Row
from domain.demo.tree import Org, OrgWriter

DEMO_PASSWORD = "Jijiao@2026"
EMPLOYERS_PER_SCALE = 40
PROFESSIONALS_PER_SCALE = 1000
BASES_PER_SCALE = 4
ADMIN_EMPLOYERS = 20
# rows buffered between drains; the inserter batches on its own
_DRAIN_AT = 2000


@dataclass(frozen=True)
class DemoLogin:
    role: str
    organisation: str
    id_number: str
    password: str


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str

    @property
    def pair(self) -> tuple[str, str]:
        return self.name, self.id_number


# the printed logins: sequence 99 of their ID numbers is never issued to generated people
PROVINCE_ADMIN = Person("王建国", fixed_id_number("370102", dt.date(1972, 3, 15), True, 0))
CITY_ADMIN = Person("刘红梅", fixed_id_number("370103", dt.date(1978, 6, 20), False, 1))
COMPETENT_ADMIN = Person("陈志强", fixed_id_number("370104", dt.date(1975, 9, 8), True, 1))
EMPLOYER_ADMIN = Person("赵丽娜", fixed_id_number("370102", dt.date(1983, 11, 2), False, 2))
BASE_ADMIN = Person("孙海涛", fixed_id_number("370112", dt.date(1980, 4, 18), True, 2))
PROFESSIONAL = Person("张晓燕", fixed_id_number("370102", dt.date(1988, 7, 26), False, 3))
COMPETENT_DEPARTMENT = "济南市卫生健康委员会"
# the login professional's profile columns, sex to title_certificate_file (see tables.COLUMNS)
PROFESSIONAL_PROFILE: Row = (
    "FEMALE", dt.date(1988, 7, 26), "山东济南", "汉族", "MASTER", "山东大学", "临床医学",
    dt.date(2013, 7, 1), "MASTER", False, None, None, "卫生技术", "临床医学", "主治医师",
    "INTERMEDIATE", dt.date(2019, 12, 20), "2019371000000000", dt.date(2020, 1, 1), None,
)  # fmt: skip
# the anchor employer's departments: (name, sub-departments); the login professional works
# in the first sub-department
ANCHOR_DEPARTMENTS = (("内科", ("心血管内科", "呼吸内科")), ("外科", ()), ("护理部", ()),
                      ("办公室", ()))  # fmt: skip


def demo_logins() -> list[DemoLogin]:
    """One login per role; the same at every scale and seed."""
    return [
        DemoLogin(role, organisation, person.id_number, DEMO_PASSWORD)
        for role, organisation, person in (
            ("省人社厅超级管理员", PROVINCE_BUREAU, PROVINCE_ADMIN),
            ("市人社局管理员", city_bureau_name(JINAN), CITY_ADMIN),
            ("主管部门管理员", COMPETENT_DEPARTMENT, COMPETENT_ADMIN),
            ("用人单位管理员", ANCHOR_EMPLOYER, EMPLOYER_ADMIN),
            ("继续教育基地管理员", ANCHOR_BASE, BASE_ADMIN),
            ("专业技术人员", ANCHOR_EMPLOYER, PROFESSIONAL),
        )
    ]


@dataclass(frozen=True)
class Plan:
    employers: int
    professionals: int
    bases: int

    @classmethod
    def for_scale(cls, scale: float) -> Plan:
        if not scale > 0:
            raise ValueError(f"scale must be positive, not {scale}")
        return cls(
            employers=max(len(CITIES), round(EMPLOYERS_PER_SCALE * scale)),
            professionals=max(1, round(PROFESSIONALS_PER_SCALE * scale)),
            bases=max(3, round(BASES_PER_SCALE * scale)),
        )


def _drain(out: Out) -> Iterator[tuple[str, Row]]:
    yield from out
    out.clear()


def region_rows() -> Iterator[tuple[str, Row]]:
    yield "region", (PROVINCE_CODE, PROVINCE_NAME, "PROVINCE", None)
    for city in CITIES:
        yield "region", (city.code, city.name, "CITY", PROVINCE_CODE)
        for district in city.districts:
            yield "region", (district.code, district.name, "DISTRICT", city.code)


def demo_rows(
    scale: float,
    seed: int,
    *,
    now: dt.datetime,
    password_hash: str,
    first_ids: dict[str, int] | None = None,
) -> Iterator[tuple[str, Row]]:
    """Every row of the demo province, parents before children."""
    plan = Plan.for_scale(scale)
    rng = random.Random(seed)
    ids = Ids(first_ids)
    out: Out = []
    yield from region_rows()

    # the fixed part draws from rng first, so it is identical at every scale
    w = OrgWriter(rng, ids, now, out)
    province = build_fixed_tree(w)
    anchor_employer, anchor_base = add_anchors(w, province)
    people = People(rng, ids, out, password_hash, now)
    _fixed_admins(people, province)
    people.super_admin(anchor_employer, EMPLOYER_ADMIN.pair)
    people.super_admin(anchor_base, BASE_ADMIN.pair)
    yield from _drain(out)

    planner = EmployerPlanner(w, province)
    employers = [anchor_employer]
    for _ in range(plan.employers - 1):
        employers.append(planner.add())
        if len(out) >= _DRAIN_AT:
            yield from _drain(out)
    bases = [anchor_base, *(add_base(w, province) for _ in range(plan.bases - 1))]
    for org in [*bases[1:], *employers[1:ADMIN_EMPLOYERS]]:
        people.super_admin(org)
    yield from _drain(out)

    counts = spread(plan.professionals - 1, [org.size for org in employers])
    for org, count in zip(employers, counts, strict=True):
        if org is anchor_employer:
            departments = _anchor_departments(ids, out, org, now)
            people.fixed_professional(org, departments[1], PROFESSIONAL.pair, PROFESSIONAL_PROFILE)
        else:
            departments = _departments(rng, ids, out, org, now)
        for _ in range(count):
            department = rng.choice(departments) if rng.random() < 0.92 else None
            people.professional(org, department)
            if len(out) >= _DRAIN_AT:
                yield from _drain(out)
    yield from _drain(out)


def _fixed_admins(people: People, province: Province) -> None:
    people.super_admin(province.bureau, PROVINCE_ADMIN.pair)
    fixed = {province.city_bureaus[JINAN.code].id: CITY_ADMIN.pair}
    jinan_health = province.departments[(JINAN.code, "health")]
    fixed[jinan_health.id] = COMPETENT_ADMIN.pair
    others: list[Org] = [
        *province.city_bureaus.values(),
        *province.district_bureaus.values(),
        *province.departments.values(),
    ]
    for org in sorted(others, key=lambda o: o.id):
        people.super_admin(org, fixed.get(org.id))


def spread(total: int, weights: list[float]) -> list[int]:
    """Split total over the weights by largest remainder: exact, deterministic, no rng."""
    whole = sum(weights)
    shares = [total * weight / whole for weight in weights]
    counts = [int(share) for share in shares]
    short = total - sum(counts)
    by_remainder = sorted(range(len(shares)), key=lambda i: (counts[i] - shares[i], i))
    for index in by_remainder[:short]:
        counts[index] += 1
    return counts


def _department(
    ids: Ids, out: Out, org: Org, parent: int | None, name: str, order: int, now: dt.datetime
) -> int:
    department_id = ids.next("department")
    out.append(("department", (department_id, org.id, parent, name, order, now)))
    return department_id


def _departments(rng: random.Random, ids: Ids, out: Out, org: Org, now: dt.datetime) -> list[int]:
    """Two to five departments fitting the industry, sometimes with sub-departments."""
    industry: Industry | None = org.industry
    assert industry is not None
    made = []
    for order, name in enumerate(rng.sample(industry.departments, rng.randint(2, 5))):
        parent = _department(ids, out, org, None, name, order, now)
        made.append(parent)
        children = industry.sub_departments.get(name, ())
        if children and rng.random() < 0.3:
            for sub_order, child in enumerate(rng.sample(children, min(2, len(children)))):
                made.append(_department(ids, out, org, parent, child, sub_order, now))
    return made


def _anchor_departments(ids: Ids, out: Out, org: Org, now: dt.datetime) -> list[int]:
    made = []
    for order, (name, children) in enumerate(ANCHOR_DEPARTMENTS):
        parent = _department(ids, out, org, None, name, order, now)
        made.append(parent)
        for sub_order, child in enumerate(children):
            made.append(_department(ids, out, org, parent, child, sub_order, now))
    return made
