"""The completion rollup stays exact through random flows (property-style, seeded): members
join, hours are filed, people change their own region, transfer, units change region or
parent. After every step the rollup equals a recomputation from the completion table, the
completion table equals the claims, and 继教综合统计 equals a count made here from the
people and their claims (no shared code with domain.statistics beyond the law's standard).

The flows run through the domain's workflows (filing, profile, transfers, organisation
changes, the review engine) as the principals who act in them; a new member is written as an
approved registration leaves her (registration itself has its own tests)."""

from __future__ import annotations

import random
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest

from domain import claim_filing, completion, org_changes, profile, reviews, transfers
from domain import statistics as stats
from domain.claims import ClaimDraft
from domain.principal import ALL_MODULES, Principal
from domain.reviews import StepFilter
from domain.scope import Scope
from models import (
    Account,
    Admin,
    AnnualCompletion,
    Claim,
    CompletionRollup,
    Organisation,
    Professional,
    Region,
    ReviewStep,
)
from models.enums import (
    ClaimStatus,
    OrgKind,
    OrgStatus,
    ProfessionalStatus,
    ReviewKind,
    ReviewStatus,
    RoleKind,
    Subject,
)
from tests.fixtures.tree import build_tree, make_id_number

YEAR = stats.today().year
KIND_OF = {OrgKind.EMPLOYER: RoleKind.EMPLOYER, OrgKind.COMPETENT: RoleKind.COMPETENT,
           OrgKind.HRSS: RoleKind.HRSS, OrgKind.BASE: RoleKind.BASE}  # fmt: skip
# cities and districts the flows move people and units between
PLACES = ["370102", "370103", "370202", "370100"]


@pytest.fixture(scope="module")
async def world(db: str) -> Any:
    tree = await build_tree()
    await Region.create(code="370103", name="市中区", level="DISTRICT", parent_id="370100")
    await Region.create(code="370202", name="市南区", level="DISTRICT", parent_id="370200")
    # a second competent department, in Qingdao, with a hospital of its own: somewhere to go
    from domain.organisations import add_organisation

    qd = await add_organisation(
        name="青岛市卫生健康委员会", kind=OrgKind.COMPETENT, parent_id=tree.ids["qingdao"],
        region_id="370200",
    )  # fmt: skip
    tree.ids["qd_health"] = qd.id
    qd_hospital = await add_organisation(
        name="青岛市市立医院", kind=OrgKind.EMPLOYER, parent_id=qd.id, region_id="370202"
    )
    tree.ids["qd_hospital"] = qd_hospital.id
    return tree


async def admin_of(organisation_id: int) -> Principal:
    """The organisation's super admin (made on first use) as a principal."""
    organisation = await Organisation.get(id=organisation_id)
    admin = await Admin.filter(organisation_id=organisation_id, is_super=True).first()
    if admin is None:
        number = make_id_number("370102", "19600101", 500 + organisation_id)
        account = await Account.create(name=f"管理员{organisation_id}", id_number=number,
                                       password_hash="x")  # fmt: skip
        admin = await Admin.create(account=account, organisation_id=organisation_id, is_super=True)
    return Principal(
        account_id=admin.account_id,  # type: ignore[attr-defined]
        kind=KIND_OF[organisation.kind],
        organisation_id=organisation_id,
        admin_id=admin.id,
        is_super=True,
        modules=ALL_MODULES,
        scope=Scope.subtree(organisation_id),
    )


async def professional_principal(professional_id: int) -> Principal:
    person = await Professional.get(id=professional_id)
    return Principal(
        account_id=person.account_id,  # type: ignore[attr-defined]
        kind=RoleKind.PROFESSIONAL,
        organisation_id=person.organisation_id,  # type: ignore[attr-defined]
        professional_id=person.id,
        scope=Scope.own(person.id),
    )


async def decide_pending(kind: ReviewKind, subject_type: str, subject_id: int) -> None:
    """Approve the pending step of a subject as the organisation it waits for."""
    step = await ReviewStep.get(
        kind=kind, subject_type=subject_type, subject_id=subject_id, status=ReviewStatus.PENDING
    )
    reviewer = await admin_of(step.reviewer_id)  # type: ignore[attr-defined]
    decision = await reviews.decide(
        reviewer, StepFilter(kind, ids=(step.id,)), approve=True, reason=None
    )
    assert decision.decided == [step.id], decision.skipped


async def employers() -> list[int]:
    return list(
        await Organisation.filter(kind=OrgKind.EMPLOYER, status=OrgStatus.ACTIVE)
        .order_by("id")
        .values_list("id", flat=True)
    )


async def members() -> list[int]:
    return list(
        await Professional.filter(status=ProfessionalStatus.ACTIVE)
        .order_by("id")
        .values_list("id", flat=True)
    )


# ── the flows ────────────────────────────────────────────────────────────────


async def join(rng: random.Random, step: int) -> str:
    unit = rng.choice(await employers())
    number = make_id_number("370102", f"1980{1 + step % 12:02d}15", 600 + step)
    account = await Account.create(name=f"新成员{step}", id_number=number, password_hash="x")
    await Professional.create(
        account=account, organisation_id=unit, region_id=rng.choice(PLACES),
        status=ProfessionalStatus.ACTIVE,
    )  # fmt: skip
    return f"join {unit}"


async def file_hours(rng: random.Random, step: int) -> str:
    person = await Professional.get(id=rng.choice(await members()))
    filer = await admin_of(person.organisation_id)  # type: ignore[attr-defined]
    subject = rng.choice([Subject.PUBLIC, Subject.PROFESSIONAL])
    hours = rng.choice(["10", "30", "45", "60", "90"])
    year = rng.choice([YEAR, YEAR - 1])
    details = {"organiser": "培训中心", "className": f"培训班{step}", "content": "规范",
               "startDate": f"{year}-03-01", "endDate": f"{year}-03-05"}  # fmt: skip
    draft = ClaimDraft(year, subject, "POST_TRAINING", hours, details)
    await claim_filing.file_for_members(filer, [person.id], draft)
    return f"file {hours}h {subject.value} {year} for {person.id}"


async def change_own_region(rng: random.Random, step: int) -> str:
    person = rng.choice(await members())
    code = rng.choice(PLACES)
    await profile.update_basic(
        await professional_principal(person), profile.BasicInfo(region_code=code)
    )
    return f"region of {person} → {code}"


async def transfer(rng: random.Random, step: int) -> str:
    person = await Professional.get(id=rng.choice(await members()))
    targets = [u for u in await employers() if u != person.organisation_id]  # type: ignore[attr-defined]
    target = rng.choice(targets)
    moved = await transfers.start_transfer(
        await professional_principal(person.id),
        transfers.TransferApplication(target, "0531-88886666", "工作调动"),
    )
    await decide_pending(ReviewKind.TRANSFER_OUT, transfers.SUBJECT, moved.id)
    await decide_pending(ReviewKind.TRANSFER_IN, transfers.SUBJECT, moved.id)
    return f"transfer {person.id} → {target}"


async def unit_region(rng: random.Random, step: int) -> str:
    unit = await Organisation.get(id=rng.choice(await employers()))
    code = rng.choice([c for c in PLACES if c not in ("370100", unit.region_id)])  # type: ignore[attr-defined]
    _, change = await org_changes.edit_organisation(
        await admin_of(unit.id), org_changes.InfoEdit(region_code=code)
    )
    assert change is not None  # the registered region is reviewed by the parent
    await decide_pending(ReviewKind.ORGANISATION_CHANGE, org_changes.SUBJECT, change.id)
    return f"unit {unit.id} region → {code}"


async def parent_change(rng: random.Random, step: int) -> str:
    unit = await Organisation.get(id=rng.choice(await employers()))
    parents = list(
        await Organisation.filter(kind=OrgKind.COMPETENT, status=OrgStatus.ACTIVE)
        .exclude(id=unit.parent_id)  # type: ignore[attr-defined]
        .values_list("id", flat=True)
    )
    if not parents:
        return "no other parent"
    target = rng.choice(parents)
    change = await org_changes.change_parent(await admin_of(unit.id), target)
    await decide_pending(ReviewKind.PARENT_CHANGE_OUT, org_changes.SUBJECT, change.id)
    await decide_pending(ReviewKind.PARENT_CHANGE_IN, org_changes.SUBJECT, change.id)
    return f"unit {unit.id} parent → {target}"


FLOWS = [join, file_hours, file_hours, file_hours, change_own_region, transfer, unit_region,
         parent_change]  # fmt: skip


# ── what the figures must be, counted here from the people and their claims ──


def _city(code: str) -> str:
    return code[:4] + "00"


async def recounted(year: int) -> dict[str, tuple[int, int, int]]:
    """Per city: (members, learners, passed) for `year`, each member placed where the year
    is credited (a transfer fixed it) else at her unit, by that unit's region."""
    region_of = dict(await Organisation.all().values_list("id", "region_id"))
    credited = dict(
        await AnnualCompletion.filter(year=year, credited_organisation_id__isnull=False)
        .values_list("professional_id", "credited_organisation_id")
    )  # fmt: skip
    hours: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for person, subject, recognised in await Claim.filter(
        year=year, status__in=[ClaimStatus.APPROVED, ClaimStatus.VERIFIED]
    ).values_list("professional_id", "subject", "recognised_hours"):
        hours[person][subject] += recognised or Decimal(0)
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for person, unit in await Professional.filter(status=ProfessionalStatus.ACTIVE).values_list(
        "id", "organisation_id"
    ):
        row = figures[_city(region_of[credited.get(person, unit)])]
        public, professional = hours[person]["PUBLIC"], hours[person]["PROFESSIONAL"]
        row[0] += 1
        row[1] += public + professional > 0
        row[2] += public >= 30 and professional >= 60 and public + professional >= 90
    return {city: (n, learned, passed) for city, (n, learned, passed) in figures.items() if n}


async def reported(year: int) -> dict[str, tuple[int, int, int]]:
    assert year == stats.today().year  # comprehensive reads this year's learning as of today
    rows, total = await stats.comprehensive(Scope.everything(), "370000", stats.today())
    found = {row.code: (row.professionals, row.learners, row.passed) for row in rows}
    assert sum(n for n, _, _ in found.values()) == total.professionals
    for row in rows:
        assert row.non_learners == row.professionals - row.learners >= 0
    return {code: figures for code, figures in found.items() if figures[0]}


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_random_flows_keep_the_rollup_exact(world: Any, seed: int) -> None:
    rng = random.Random(seed)
    # every flow once, in a random order, then random ones
    flows = rng.sample(FLOWS, len(FLOWS)) + [rng.choice(FLOWS) for _ in range(16)]
    done: list[str] = []
    for step, flow in enumerate(flows):
        done.append(await flow(rng, seed * 100 + step))
        assert await completion.rollup_drift() == 0, done
        assert await completion.rebuild(fix=False) == [], done
        assert await reported(YEAR) == await recounted(YEAR), done


async def test_the_province_total_is_every_learner(world: Any) -> None:
    """Nothing in the rollup falls outside every region: the province total is each person
    with hours this year."""
    _, total = await stats.comprehensive(Scope.everything(), "370000", stats.today())
    assert total.learners == await AnnualCompletion.filter(year=YEAR, total_hours__gt=0).count()


async def test_a_rollup_written_per_person_region_still_reads_right(world: Any) -> None:
    """A rollup kept before it was keyed by unit alone has one row per unit and person region:
    summed per unit it reads the same, and later moves add to it exactly."""
    before = await stats.comprehensive(Scope.everything(), "370000", stats.today())
    rows = await CompletionRollup.filter(learners__gt=0).all()
    assert rows
    for row in rows:  # split each row's figures over two person regions, as it was kept
        await CompletionRollup.create(
            year=row.year, organisation_id=row.organisation_id, region_id="370102",
            learners=1, passed=min(row.passed, 1),
        )  # fmt: skip
        await CompletionRollup.filter(id=row.id).update(
            learners=row.learners - 1, passed=row.passed - min(row.passed, 1)
        )
    assert await completion.rollup_drift() == 0
    assert await stats.comprehensive(Scope.everything(), "370000", stats.today()) == before
    await file_hours(random.Random(7), 999)
    assert await completion.rollup_drift() == 0
    assert await reported(YEAR) == await recounted(YEAR)
