"""Annual completion (年度完成情况): per professional and year, public, professional and total
hours against that year's standard. Kept current inside every transaction that changes
approved hours, so statistics read one indexed table instead of summing claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise import connections
from tortoise.expressions import Subquery

from domain import bulk, events, membership, sql, standard_book
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, own_records

# which standard judges a region's year is domain.standard_book's
from domain.standard_book import UNKNOWN_REGION, Standard
from models import AnnualCompletion, Claim, CompletionRollup, Professional
from models.enums import ClaimStatus, Subject

# approved hours count until a verifier fails them
COUNTED = (ClaimStatus.APPROVED, ClaimStatus.VERIFIED)


async def standards(years: Iterable[int], region_code: str = UNKNOWN_REGION) -> dict[int, Standard]:
    """The standard each year is judged by in one region (the province's by default)."""
    book = await standard_book.load([region_code])
    return {year: book.resolve(region_code, year) for year in sorted(set(years))}


async def verdict_regions(people: Iterable[int]) -> dict[int, str]:
    """The region each person's years are judged in unless a transfer fixed them to another
    unit: their unit's registered region (domain.membership's "a person of a region")."""
    return await standard_book.person_regions(people)


async def person_standards(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Standard]:
    """The standard each (professional, year) is judged by: where the year is credited if a
    transfer fixed it, else where the person is."""
    wanted = set(pairs)
    if not wanted:
        return {}
    regions = await verdict_regions(p for p, _ in wanted)
    judged_in = {pair: regions.get(pair[0], UNKNOWN_REGION) for pair in wanted}
    fixed = {
        (int(row["professional_id"]), int(row["year"])): int(row["credited_organisation_id"])
        for row in await AnnualCompletion.filter(
            professional_id__in=sorted({p for p, _ in wanted}),
            year__in=sorted({y for _, y in wanted}),
            credited_organisation_id__isnull=False,
        ).values("professional_id", "year", "credited_organisation_id")
    }
    fixed_in = await standard_book.unit_regions(fixed.values())
    for pair, unit in fixed.items():
        if pair in judged_in:
            judged_in[pair] = fixed_in.get(unit, UNKNOWN_REGION)
    book = await standard_book.load(set(judged_in.values()))
    return {pair: book.resolve(region, pair[1]) for pair, region in judged_in.items()}


async def refresh(pairs: Iterable[tuple[int, int]]) -> None:
    """Recompute the completion rows of these (professional, year) pairs from approved claims.
    Call inside the transaction that changed the claims."""
    pairs = set(pairs)
    if not pairs:
        return
    people = sorted({p for p, _ in pairs})
    years = sorted({y for _, y in pairs})
    # a batch refreshes thousands of people: their ids go as one parameter, and rows are
    # read and written without a model object each
    who, who_parameters = bulk.id_in("professional_id", people)
    when = ", ".join("?" for _ in years)
    if connections.get("default").capabilities.dialect == "postgres":
        # two decisions on one person's claims at once: the later waits here, then sums
        # with the earlier committed, so neither's hours are lost
        locked, parameters = bulk.id_in("id", people)
        await sql.rows(
            f"SELECT id FROM {Professional._meta.db_table} WHERE {locked} ORDER BY id FOR UPDATE",
            parameters,
        )
    hours: dict[tuple[int, int], dict[Subject, Decimal]] = defaultdict(
        lambda: {Subject.PUBLIC: Decimal(0), Subject.PROFESSIONAL: Decimal(0)}
    )
    counted = ", ".join("?" for _ in COUNTED)
    rows = await sql.rows(
        "SELECT professional_id, year, subject, recognised_hours"
        f" FROM {Claim._meta.db_table} WHERE {who} AND year IN ({when})"
        f" AND status IN ({counted})",
        [*who_parameters, *years, *(status.value for status in COUNTED)],
    )
    for row in rows:
        hours[(int(row["professional_id"]), int(row["year"]))][Subject(row["subject"])] += Decimal(
            str(row["recognised_hours"] or 0)
        )
    stale = await sql.rows(
        "SELECT id, professional_id, year, total_hours, passed, credited_organisation_id,"
        f" credited_region_id FROM {AnnualCompletion._meta.db_table}"
        f" WHERE {who} AND year IN ({when})",
        [*who_parameters, *years],
    )
    replaced = [
        (
            int(row["id"]),
            int(row["professional_id"]),
            int(row["year"]),
            Decimal(str(row["total_hours"])),
            bool(row["passed"]),
            row["credited_organisation_id"],
            row["credited_region_id"],
        )
        for row in stale
        if (int(row["professional_id"]), int(row["year"])) in pairs
    ]
    # a year credited to a unit the person has left stays credited there (人员调转)
    credited = {(row[1], row[2]): (row[5], row[6]) for row in replaced}
    # where nobody set a standard every year reads the law's: no region to look up
    versions = await standard_book.active_versions()
    regions = await verdict_regions(people) if versions else {}
    fixed_in = (
        await standard_book.unit_regions(o for o, _ in credited.values() if o is not None)
        if versions
        else {}
    )
    book = await standard_book.load({*regions.values(), *fixed_in.values()}, versions)
    if replaced:
        gone, parameters = bulk.id_in("id", [row[0] for row in replaced])
        await sql.rows(f"DELETE FROM {AnnualCompletion._meta.db_table} WHERE {gone}", parameters)
    fresh: list[tuple[int, int, Decimal, Decimal, Decimal, bool, int | None, str | None]] = []
    for pair in sorted(pairs):
        public, professional = hours[pair][Subject.PUBLIC], hours[pair][Subject.PROFESSIONAL]
        organisation_id, region_id = credited.get(pair, (None, None))
        judged_in = (
            regions.get(pair[0], UNKNOWN_REGION)
            if organisation_id is None
            else fixed_in.get(int(organisation_id), UNKNOWN_REGION)
        )
        fresh.append(
            (
                pair[0],
                pair[1],
                public,
                professional,
                public + professional,
                book.resolve(judged_in, pair[1]).passes(public, professional),
                organisation_id,
                region_id,
            )
        )
    await bulk.insert(
        AnnualCompletion,
        ("professional_id", "year", "public_hours", "professional_hours", "total_hours",
         "passed", "credited_organisation_id", "credited_region_id"),
        fresh,
    )  # fmt: skip
    await _roll_up(
        set(people),
        [
            (p, y, total > 0, passed, _credit(org, region))
            for _, p, y, total, passed, org, region in replaced
        ],
        [
            (p, y, total > 0, passed, _credit(org, region))
            for p, y, _, _, total, passed, org, region in fresh
        ],
    )


Credit = tuple[int, str] | None  # (organisation, region) a year is fixed to; None: follows
Outcome = tuple[int, int, bool, bool, Credit]  # professional, year, learned, passed, credit


def _credit(organisation_id: int | None, region_id: str | None) -> Credit:
    return None if organisation_id is None else (int(organisation_id), region_id or "")


async def _roll_up(people: set[int], before: list[Outcome], after: list[Outcome]) -> None:
    """Move the rollup by the difference the refresh made, in the same transaction.
    Increments, not rewrites: concurrent refreshes of different people in one organisation
    add up instead of overwriting each other."""
    ids, parameters = bulk.id_in("id", sorted(people))
    where = {
        int(row["id"]): int(row["organisation_id"])
        for row in await sql.rows(
            f"SELECT id, organisation_id FROM {Professional._meta.db_table} WHERE {ids}",
            parameters,
        )
    }
    deltas: dict[tuple[int, int, str], list[int]] = defaultdict(lambda: [0, 0])
    for sign, outcomes in ((-1, before), (1, after)):
        for professional_id, year, learned, passed, credit in outcomes:
            organisation_id = credit[0] if credit else where[professional_id]
            delta = deltas[(year, organisation_id, ROLLUP_REGION)]
            delta[0] += sign * learned
            delta[1] += sign * passed
    for (year, organisation_id, region_id), (learners, passes) in deltas.items():
        if learners or passes:
            await sql.rows(
                "INSERT INTO completion_rollup (year, organisation_id, region_id, learners, passed)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, organisation_id, region_id) DO UPDATE"
                " SET learners = completion_rollup.learners + excluded.learners,"
                " passed = completion_rollup.passed + excluded.passed",
                [year, organisation_id, region_id, learners, passes],
            )


# a year counts at the unit it is credited to (fixed by a transfer), else at the person's
# unit; a region's figures are its units' (domain.membership), read through the unit's
# current region, so the rollup is keyed by unit alone and a change of anyone's region, or
# of a unit's parent, leaves it exact. The region column stays "" (kept by the table's key).
ROLLUP_REGION = ""
_ROLLUP_ORGANISATION = "COALESCE(c.credited_organisation_id, p.organisation_id)"
ROLLUP_FROM_TABLE = (
    f"SELECT c.year AS year, {_ROLLUP_ORGANISATION} AS organisation_id,"
    f" '{ROLLUP_REGION}' AS region_id,"
    " SUM(CASE WHEN c.total_hours > 0 THEN 1 ELSE 0 END) AS learners,"
    " SUM(CASE WHEN c.passed THEN 1 ELSE 0 END) AS passed"
    " FROM annual_completion c JOIN professional p ON p.id = c.professional_id"
    f" GROUP BY c.year, {_ROLLUP_ORGANISATION}"
)


async def fix_credit(professional_id: int) -> int:
    """Before a person moves to another unit: every year of theirs not yet fixed stays
    credited to the unit and region they have now, so the rollup need not move. Returns
    the number of years fixed."""
    where = await Professional.get(id=professional_id).values("organisation_id", "region_id")
    return await AnnualCompletion.filter(
        professional_id=professional_id, credited_organisation_id__isnull=True
    ).update(
        credited_organisation_id=where["organisation_id"],
        credited_region_id=where["region_id"] or "",
    )


async def follow_move(professional_ids: Iterable[int]) -> None:
    """After people moved (their own region, or their unit's region): judge and place each of
    their years again inside the moving transaction, so the completion rows and the rollup
    stay exact whatever a verdict depends on. Years a transfer fixed keep their unit."""
    people = sorted(set(professional_ids))
    if not people:
        return
    who, parameters = bulk.id_in("professional_id", people)
    years = await sql.rows(
        f"SELECT professional_id, year FROM {AnnualCompletion._meta.db_table} WHERE {who}",
        parameters,
    )
    await refresh((int(r["professional_id"]), int(r["year"])) for r in years)


async def follow_unit_move(organisation_id: int) -> None:
    """After a unit's registered region changed: its members' years and the years credited to
    it count in the new region, and are judged by its standard."""
    table = AnnualCompletion._meta.db_table
    rows = await sql.rows(
        f"SELECT id AS professional_id FROM {Professional._meta.db_table}"
        f" WHERE organisation_id = ? UNION SELECT professional_id FROM {table}"
        " WHERE credited_organisation_id = ?",
        [organisation_id, organisation_id],
    )
    await follow_move(int(r["professional_id"]) for r in rows)


async def rebuild_rollup() -> None:
    """Recompute the whole rollup from the completion table: after bulk loads that write
    completion rows directly (demo, benches), and by `jijiao completion-rebuild --fix`."""
    async with events.atomic():
        await sql.rows("DELETE FROM completion_rollup", [])
        await sql.rows(
            "INSERT INTO completion_rollup (year, organisation_id, region_id, learners, passed)"
            " SELECT year, organisation_id, region_id, learners, passed"
            f" FROM ({ROLLUP_FROM_TABLE}) t"
            " WHERE learners > 0 OR passed > 0",
            [],
        )


async def rollup_drift() -> int:
    """How many (year, unit) figures of the rollup disagree with a recomputation from the
    completion table. Rows are summed per unit: a rollup written before it was keyed by unit
    alone (one row per unit and person region) still reads right, and still counts as exact."""
    expected = {
        (r["year"], r["organisation_id"]): (int(r["learners"]), int(r["passed"]))
        for r in await sql.rows(ROLLUP_FROM_TABLE, [])
        if r["learners"] or r["passed"]
    }
    sums: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for r in await CompletionRollup.all().values("year", "organisation_id", "learners", "passed"):
        sums[(r["year"], r["organisation_id"])][0] += r["learners"]
        sums[(r["year"], r["organisation_id"])][1] += r["passed"]
    stored = {key: (a, b) for key, (a, b) in sums.items() if a or b}
    return sum(1 for key in set(expected) | set(stored) if expected.get(key) != stored.get(key))


async def completion_rows(scope: Scope, years: list[int] | None) -> list[dict[str, Any]]:
    """The scope's own professional's years, newest first."""
    queryset = own_records(scope, AnnualCompletion.all())
    if years:
        queryset = queryset.filter(year__in=years)
    return await queryset.order_by("-year").values(
        "year", "public_hours", "professional_hours", "total_hours", "passed"
    )


@dataclass(frozen=True)
class MemberFilter:
    year: int
    organisation_id: int | None = None
    include_subunits: bool = True
    passed: bool | None = None


async def members_completion(
    scope: Scope, criteria: MemberFilter, request: PageRequest
) -> Page[dict]:
    """One year's completion of every member counted that year (domain.membership), with
    zero hours for those who have none yet: the admin's view of seed 000's table, a row per
    person, and the drill-down of 继教完成情况."""
    people = await membership.year_members(
        scope, criteria.year, criteria.organisation_id, criteria.include_subunits
    )
    if criteria.passed is not None:
        passed = Subquery(
            AnnualCompletion.filter(year=criteria.year, passed=True).values("professional_id")
        )
        people = people.filter(id__in=passed) if criteria.passed else people.exclude(id__in=passed)
    page = await fetch_page(
        people,
        request,
        "organisation_id",
        name="account__name",
        id_number="account__id_number",
        unit="organisation__name",
    )
    found = {
        row["professional_id"]: row
        for row in await AnnualCompletion.filter(
            year=criteria.year, professional_id__in=[r["id"] for r in page.rows]
        ).values("professional_id", "public_hours", "professional_hours", "total_hours", "passed")
    }
    zero = {
        "public_hours": Decimal(0),
        "professional_hours": Decimal(0),
        "total_hours": Decimal(0),
        "passed": False,
    }
    for row in page.rows:
        row.update(
            {
                "year": criteria.year,
                **{k: v for k, v in found.get(row["id"], zero).items() if k != "professional_id"},
            }
        )
    return page


@dataclass(frozen=True)
class Drift:
    professional_id: int
    year: int
    stored: tuple[Decimal, Decimal, bool] | None
    recomputed: tuple[Decimal, Decimal, bool]


async def rebuild(*, fix: bool, batch: int = 2000) -> list[Drift]:
    """Recompute every (professional, year) from claims and compare with the table; with
    `fix`, rewrite the rows that differ. Proves the table is what the claims say."""
    versions = await standard_book.active_versions()
    drifts: list[Drift] = []
    last_id = 0
    while True:
        people: list[Any] = (
            await Professional.filter(id__gt=last_id)
            .order_by("id")
            .limit(batch)
            .values_list("id", flat=True)
        )
        if not people:
            return drifts
        last_id = int(people[-1])
        found: list[Drift] = []
        sums: dict[tuple[int, int], dict[Subject, Decimal]] = defaultdict(
            lambda: {Subject.PUBLIC: Decimal(0), Subject.PROFESSIONAL: Decimal(0)}
        )
        for row in await Claim.filter(
            professional_id__in=list(people), status__in=list(COUNTED)
        ).values("professional_id", "year", "subject", "recognised_hours"):
            sums[(row["professional_id"], row["year"])][Subject(row["subject"])] += Decimal(
                str(row["recognised_hours"] or 0)
            )
        stored = {
            (row["professional_id"], row["year"]): row
            for row in await AnnualCompletion.filter(professional_id__in=list(people)).values(
                "professional_id",
                "year",
                "public_hours",
                "professional_hours",
                "passed",
                "credited_organisation_id",
                "credited_region_id",
            )
        }
        regions = await verdict_regions(people)
        fixed_in = await standard_book.unit_regions(
            r["credited_organisation_id"]
            for r in stored.values()
            if r["credited_organisation_id"] is not None
        )
        book = await standard_book.load({*regions.values(), *fixed_in.values()}, versions)
        for pair in sorted(set(sums) | set(stored)):
            public = sums[pair][Subject.PUBLIC] if pair in sums else Decimal(0)
            professional = sums[pair][Subject.PROFESSIONAL] if pair in sums else Decimal(0)
            kept = stored.get(pair)
            judged_in = (
                fixed_in.get(int(kept["credited_organisation_id"]), UNKNOWN_REGION)
                if kept and kept["credited_organisation_id"] is not None
                else regions.get(pair[0], UNKNOWN_REGION)
            )
            standard = book.resolve(judged_in, pair[1])
            expected = (public, professional, standard.passes(public, professional))
            actual = (
                (
                    Decimal(str(kept["public_hours"])),
                    Decimal(str(kept["professional_hours"])),
                    bool(kept["passed"]),
                )
                if kept
                else None
            )
            if actual is None and expected == (Decimal(0), Decimal(0), False):
                continue
            if actual != expected:
                found.append(Drift(pair[0], pair[1], actual, expected))
        drifts.extend(found)
        if fix and found:
            async with events.atomic():
                await refresh((d.professional_id, d.year) for d in found)
