"""Setting 各年度继续教育合格标准: the province bureau sets the province's standard; a city
or district bureau may set its own region's (seed 003: the Weihai platform judges 2016's
公需 24 + 专业 66 = 90 as 通过), or return it to the level above.

A decision is a new version in force from its year on; it replaces only a version of the same
region and year, so the years before it keep their standard. Verdicts already given are never
rewritten silently: when a decision changes the standard of any (region, year) that already
has verdicts, it must say so (`recompute`), and then those verdicts, the completion table and
the rollup are recomputed in the same transaction, and the decision records how many years it
recomputed. Every decision records who, when and why (the version and an audit entry).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from tortoise import connections, timezone

from domain import audit, bulk, completion, events, rules, sql, standard_book
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.numbers import finite_decimal
from domain.principal import Principal
from domain.standard_book import Standard, StandardBook, Version
from models import AnnualCompletion, Organisation, Professional, Region, StandardVersion

MAX_HOURS = Decimal(1000)
MAX_REASON = 200
HOURS = Decimal("0.1")
# the years a standard may be set for (a SMALLINT column; the platform started long after)
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class StandardDraft:
    region_code: str
    from_year: int
    reason: str
    follows_parent: bool = False
    public_min: str | None = None
    professional_min: str | None = None
    total_min: str | None = None
    recompute: bool = False


@dataclass(frozen=True)
class StandardDecision:
    version: StandardVersion
    # the years whose verdicts were recomputed under the new standard
    recomputed_years: list[int]
    # verdicts that changed (通过 ↔ 不通过)
    changed_verdicts: int


def _hours(text: str | None, label: str, field: str) -> Decimal:
    if text is None or not str(text).strip():
        raise DomainError("REQUIRED", f"请填写{label}", field)
    if len(str(text)) > 16:
        raise DomainError("INVALID_NUMBER", f"{label}应为数字", field)
    value = finite_decimal(text, label, field, HOURS)
    if value < 0 or value > MAX_HOURS:
        raise DomainError("OUT_OF_RANGE", f"{label}应在0至{MAX_HOURS}学时之间", field)
    return value


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise DomainError("REQUIRED", "请填写调整理由", "reason")
    if len(reason) > MAX_REASON:
        raise DomainError("TOO_LONG", f"调整理由不能超过{MAX_REASON}字", "reason")
    return reason


def _minimums(draft: StandardDraft) -> tuple[Decimal, Decimal, Decimal] | None:
    if draft.follows_parent:
        return None
    public = _hours(draft.public_min, "公需科目最低学时", "publicMin")
    professional = _hours(draft.professional_min, "专业科目最低学时", "professionalMin")
    total = _hours(draft.total_min, "总学时最低要求", "totalMin")
    if total <= 0:
        raise DomainError("OUT_OF_RANGE", "总学时最低要求应大于0", "totalMin")
    if total < public + professional:
        raise DomainError(
            "TOTAL_BELOW_PARTS", "总学时最低要求不得少于公需与专业最低学时之和", "totalMin"
        )
    return public, professional, total


async def bureau_region(principal: Principal) -> str:
    """The region of the HRSS bureau the admin acts for: it sets standards there and below."""
    organisation_id = rules.MANAGE_STANDARDS.organisation_of(principal)
    return str(
        await Organisation.get(id=organisation_id).values_list("region_id", flat=True)  # type: ignore[arg-type]
    )


async def access_region(principal: Principal, region_code: str, field: str) -> str:
    """The region if it lies in the bureau's own region or below it; otherwise the same
    NOT_FOUND as for a region that does not exist."""
    own = await bureau_region(principal)
    parents, _ = await standard_book.region_parents([region_code])
    if own not in chain_of(parents, region_code):
        raise NotFound("地区", field)
    return region_code


async def _serialise_decisions() -> None:
    """Two decisions at once would each compare against the versions without the other's:
    on PostgreSQL they queue on the province's region row (rare, quick)."""
    if connections.get("default").capabilities.dialect == "postgres":
        await sql.rows("SELECT code FROM region WHERE parent_id IS NULL FOR UPDATE", [])


async def _judged_pairs() -> list[tuple[str, int]]:
    """Every (region, year) that has verdicts: the rollup holds each unit's year with a
    learner (a year without hours never passes, since a standard asks for more than
    nothing), and a year is judged in its unit's region."""
    found = await sql.rows(
        "SELECT DISTINCT o.region_id AS region_id, r.year AS year FROM completion_rollup r"
        f" JOIN {Organisation._meta.db_table} o ON o.id = r.organisation_id"
        " WHERE r.learners > 0 OR r.passed > 0",
        [],
    )
    return [(row["region_id"] or "", int(row["year"])) for row in found]


def _changes(
    before: StandardBook, after: StandardBook, pairs: list[tuple[str, int]]
) -> dict[tuple[str, int], Standard]:
    """The judged (region, year) pairs whose minimums the decision changes, with the new ones."""
    changed = {}
    for region, year in pairs:
        new = after.resolve(region, year)
        if not before.resolve(region, year).same_minimums(new):
            changed[(region, year)] = new
    return changed


async def set_standard(principal: Principal, draft: StandardDraft) -> StandardDecision:
    """设置合格标准: a new version for a region from a year on (see the module's docstring)."""
    rules.MANAGE_STANDARDS.check(principal)
    reason = _reason(draft.reason)
    if not FIRST_YEAR <= draft.from_year <= LAST_YEAR:
        raise DomainError(
            "OUT_OF_RANGE", f"起始年度应在{FIRST_YEAR}至{LAST_YEAR}年之间", "fromYear"
        )
    minimums = _minimums(draft)
    region = await access_region(principal, draft.region_code.strip(), "regionCode")
    if draft.follows_parent and await Region.filter(code=region, parent_id=None).exists():
        raise DomainError("NO_PARENT_STANDARD", "省级标准没有上级标准可沿用", "followsParent")
    actor = Actor.of(principal)
    async with events.atomic():
        await _serialise_decisions()
        versions = await standard_book.active_versions()
        replaced = [
            v for v in versions if (v.region_code, v.from_year) == (region, draft.from_year)
        ]
        proposed = Version(
            0, region, draft.from_year, draft.follows_parent, *(minimums or (None, None, None))
        )
        pairs = await _judged_pairs()
        codes = {region, *(r for r, _ in pairs)}
        before = await standard_book.load(codes, versions)
        after = await standard_book.load(
            codes, [v for v in versions if v not in replaced] + [proposed]
        )
        changed = _changes(before, after, pairs)
        years = sorted({year for _, year in changed})
        if years and not draft.recompute:
            named = "、".join(str(y) for y in years[:5]) + ("等" if len(years) > 5 else "")
            raise DomainError(
                "VERDICTS_EXIST",
                f"{named}年度已按原标准认定完成情况；如须按新标准重新认定，"
                "请选择“重新认定已有结果”并说明理由",
                "recompute",
            )
        now = timezone.now()
        if replaced:
            await StandardVersion.filter(id__in=[v.id for v in replaced]).update(replaced_at=now)
        version = await StandardVersion.create(
            region_id=region,
            from_year=draft.from_year,
            follows_parent=draft.follows_parent,
            public_min=minimums[0] if minimums else None,
            professional_min=minimums[1] if minimums else None,
            total_min=minimums[2] if minimums else None,
            reason=reason,
            recomputed_years=len(years),
            set_by_account_id=actor.account_id,
            set_by_organisation_id=actor.organisation_id,
        )
        flipped = await _recompute(
            {pair: replace(standard, version_id=version.id) for pair, standard in changed.items()}
        )
        await audit.record(
            actor,
            "standard.set",
            "standard_version",
            version.id,
            before=_summary(replaced[0]) if replaced else None,
            after={
                **_summary(proposed),
                "reason": reason,
                "recomputed_years": years,
                "changed_verdicts": flipped,
            },
        )
    return StandardDecision(version, years, flipped)


def _summary(version: Version) -> dict[str, Any]:
    return {
        "region": version.region_code,
        "from_year": version.from_year,
        "follows_parent": version.follows_parent,
        "public_min": version.public_min,
        "professional_min": version.professional_min,
        "total_min": version.total_min,
    }


# a year is judged in the region of the unit it counts at (domain.completion, membership)
_UNIT = "COALESCE(c.credited_organisation_id, p.organisation_id)"


def _number(expression: str) -> str:
    # decimals are text on SQLite; as doubles both engines compare one-decimal hours exactly
    # (rounding to the nearest double keeps their order and tells them apart)
    return f"CAST({expression} AS DOUBLE PRECISION)"


_MEETS = " AND ".join(
    f"{_number(column)} >= {_number('?')}"
    for column in ("c.public_hours", "c.professional_hours", "c.total_hours")
)


async def _recompute(changed: dict[tuple[str, int], Standard]) -> int:
    """Judge again every verdict of the changed (region, year) pairs, and move the rollup by
    the difference, inside the caller's transaction. Returns how many verdicts changed.

    Only the verdicts that change are read: the new standard is compared in SQL."""
    groups: dict[tuple[int, Decimal, Decimal, Decimal], list[str]] = defaultdict(list)
    for (region, year), standard in changed.items():
        key = (year, standard.public_min, standard.professional_min, standard.total_min)
        groups[key].append(region)
    flipped = 0
    for (year, *minimums), regions in sorted(groups.items()):
        marks = ", ".join("?" for _ in regions)
        judged = (
            f" FROM {AnnualCompletion._meta.db_table} c"
            f" JOIN {Professional._meta.db_table} p ON p.id = c.professional_id"
            f" JOIN {Organisation._meta.db_table} o ON o.id = {_UNIT}"
            f" WHERE c.year = ? AND o.region_id IN ({marks})"
        )
        where = [year, *sorted(regions)]
        if connections.get("default").capabilities.dialect == "postgres":
            # the same lock order as completion.refresh: no refresh of these people can judge
            # under the old standard after this reads them
            await sql.rows(
                "SELECT COUNT(*) AS n FROM (SELECT id FROM professional WHERE id IN"
                f" (SELECT c.professional_id{judged}) ORDER BY id FOR UPDATE) locked",
                where,
            )
        rows = await sql.rows(
            "SELECT c.id, c.professional_id, c.total_hours, c.passed,"
            f" c.credited_organisation_id, c.credited_region_id{judged}"
            f" AND (CASE WHEN {_MEETS} THEN 1 ELSE 0 END)"
            " <> (CASE WHEN c.passed THEN 1 ELSE 0 END)",
            [*where, *(float(m) for m in minimums)],
        )
        before: list[completion.Outcome] = []
        after: list[completion.Outcome] = []
        for row in rows:
            verdict = not bool(row["passed"])
            learned = Decimal(str(row["total_hours"])) > 0
            credit = completion._credit(row["credited_organisation_id"], row["credited_region_id"])
            person = int(row["professional_id"])
            before.append((person, year, learned, not verdict, credit))
            after.append((person, year, learned, verdict, credit))
        for verdict in (True, False):
            ids = [int(row["id"]) for row in rows if bool(row["passed"]) != verdict]
            if ids:
                chosen, parameters = bulk.id_in("id", ids)
                await sql.rows(
                    f"UPDATE {AnnualCompletion._meta.db_table} SET passed = ? WHERE {chosen}",
                    [verdict, *parameters],
                )
        if before:
            await completion._roll_up({o[0] for o in before}, before, after)
        flipped += len(before)
    return flipped


@dataclass(frozen=True)
class VersionFilter:
    region_code: str | None = None
    include_replaced: bool = False


async def version_rows(principal: Principal, criteria: VersionFilter) -> list[dict[str, Any]]:
    """标准调整记录: the versions of the bureau's region and the regions below it (and the
    levels above, which its region follows), newest decision first."""
    own = await bureau_region(principal)
    queryset = StandardVersion.all()
    if criteria.region_code:
        region = await access_region(principal, criteria.region_code, "regionCode")
        queryset = queryset.filter(region_id=region)
    if not criteria.include_replaced:
        queryset = queryset.filter(replaced_at__isnull=True)
    rows = await queryset.order_by("-created_at", "-id").limit(500).values()
    parents, _ = await standard_book.region_parents({r["region_id"] for r in rows} | {own})
    own_chain = chain_of(parents, own)
    return [
        row
        for row in rows
        if row["region_id"] in own_chain or own in chain_of(parents, row["region_id"])
    ]


def chain_of(parents: dict[str, str | None], code: str | None) -> list[str]:
    """The region and the regions above it, as far as `parents` knows them."""
    found: list[str] = []
    while code is not None and code not in found and code in parents:
        found.append(code)
        code = parents[code]
    return found


async def standards_for(region_code: str, years: list[int]) -> list[Standard]:
    """各年度继续教育合格标准 of one region (its own or the one it follows), year by year;
    none for a region that does not exist ("" reads the province's)."""
    if region_code and not await Region.filter(code=region_code).exists():
        return []
    book = await standard_book.load([region_code])
    return [book.resolve(region_code, year) for year in years]


async def viewer_region(principal: Principal) -> str:
    """The region whose standards a signed-in caller reads first: a professional's own (the
    one their years are judged in), an admin's organisation's; "" (the province's) else."""
    if rules.OWN_RECORDS.permits(principal) and principal.professional_id is not None:
        regions = await completion.verdict_regions([principal.professional_id])
        return regions.get(principal.professional_id, "")
    if principal.organisation_id is not None:
        return str(
            await Organisation.get(id=principal.organisation_id).values_list(  # type: ignore[arg-type]
                "region_id", flat=True
            )
        )
    return ""
