"""The organisation tree: lookups, subtree and ancestor queries, closure maintenance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import F

from domain import audit, events, sql
from domain.audit import SYSTEM, Actor
from domain.errors import NotFound
from domain.pagination import Page, PageRequest, fetch_page
from domain.scope import Scope, organisations_in, subtree_filter
from models import Department, Organisation, OrganisationClosure
from models.enums import OrgKind, OrgStatus

ORGANISATION_ADDED = "organisation.added"

ORGANISATION_COLUMNS = (
    "kind",
    "parent_id",
    "depth",
    "credit_code",
    "credit_code_temporary",
    "name",
    "region_id",
    "nature",
    "level",
    "industry",
    "phone",
    "address",
    "base_level",
    "review_enabled",
    "status",
    "created_at",
)


@dataclass(frozen=True)
class OrganisationFilter:
    name_contains: str | None = None
    kinds: tuple[OrgKind, ...] = ()
    statuses: tuple[OrgStatus, ...] = ()
    region_code: str | None = None
    within_id: int | None = None
    credit_code: str | None = None


async def organisation_rows(ids: list[int]) -> dict[int, dict[str, Any]]:
    return await sql.rows_by_id(Organisation, ORGANISATION_COLUMNS, ids)


async def organisation_rows_and_parents(ids: list[int]) -> dict[int, dict[str, Any]]:
    """The rows of these organisations and of their parents, in one statement: a unit is
    seldom shown without its parent (主管部门, 上级单位), which would otherwise be a second
    round trip after the first."""
    return await sql.rows_by_id(
        Organisation, ORGANISATION_COLUMNS, ids, and_referenced_by="parent_id"
    )


# what anyone may know of a unit it does not reach (the public directory's facts): a related
# unit outside the caller's scope — a parent above, the other side of a transfer — shows
# these and nothing of its contact or registration details
PUBLIC_COLUMNS = frozenset(
    {
        "id", "kind", "name", "status", "depth", "parent_id", "region_id", "created_at",
        "review_enabled", "credit_code_temporary",
    }
)  # fmt: skip


def public_part(row: dict[str, Any]) -> dict[str, Any]:
    return {key: (value if key in PUBLIC_COLUMNS else None) for key, value in row.items()}


async def reachable_ids(scope: Scope, ids: list[int]) -> set[int]:
    """Which of the organisations the scope reaches."""
    found = await organisations_in(scope, Organisation.filter(id__in=ids)).values_list(
        "id", flat=True
    )
    return {int(i) for i in found}


async def access_organisation(scope: Scope, organisation_id: int) -> dict[str, Any]:
    """The organisation's row if the scope reaches it; NotFound for missing and forbidden alike."""
    queryset = organisations_in(scope, Organisation.filter(id=organisation_id))
    rows = await queryset.values("id", *ORGANISATION_COLUMNS)
    if not rows:
        raise NotFound("机构")
    return rows[0]


DIRECTORY_LIMIT = 50


async def directory(name_contains: str | None, kinds: list[str] | None) -> list[dict[str, Any]]:
    """Active organisations by name, for anyone choosing a unit to register under or to
    transfer to: names and kinds are public; everything else stays behind row scope."""
    queryset = Organisation.filter(status=OrgStatus.ACTIVE)
    if name_contains and name_contains.strip():
        queryset = queryset.filter(name__contains=name_contains.strip())
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    return await queryset.order_by("name", "id").limit(DIRECTORY_LIMIT).values("id", "name", "kind")


async def list_organisations(
    scope: Scope, criteria: OrganisationFilter, request: PageRequest
) -> Page[dict]:
    queryset = organisations_in(scope, Organisation.all())
    if criteria.name_contains:
        queryset = queryset.filter(name__contains=criteria.name_contains.strip())
    if criteria.kinds:
        queryset = queryset.filter(kind__in=list(criteria.kinds))
    if criteria.statuses:
        queryset = queryset.filter(status__in=list(criteria.statuses))
    if criteria.region_code:
        queryset = queryset.filter(region_id=criteria.region_code)
    if criteria.credit_code:
        queryset = queryset.filter(credit_code=criteria.credit_code.strip().upper())
    if criteria.within_id is not None:
        queryset = queryset.filter(subtree_filter(criteria.within_id))
    # the queryset is made from the scope and the criteria alone (domain/statements.py)
    built_from = ("organisations", scope, criteria)
    return await fetch_page(queryset, request, *ORGANISATION_COLUMNS, built_from=built_from)


async def children_page(scope: Scope, parent_id: int, request: PageRequest) -> Page[dict]:
    queryset = organisations_in(scope, Organisation.filter(parent_id=parent_id))
    built_from = ("organisation children", scope, parent_id)
    return await fetch_page(queryset, request, *ORGANISATION_COLUMNS, built_from=built_from)


async def subtree_page(scope: Scope, root_id: int, request: PageRequest) -> Page[dict]:
    queryset = organisations_in(scope, Organisation.filter(subtree_filter(root_id)))
    built_from = ("organisation subtree", scope, root_id)
    return await fetch_page(queryset, request, *ORGANISATION_COLUMNS, built_from=built_from)


async def ancestor_rows(scope: Scope, organisation_id: int) -> list[dict[str, Any]]:
    """Ancestors from the top of the tree down to the direct parent, within the scope."""
    links = await OrganisationClosure.filter(
        descendant_id=organisation_id, distance__gt=0
    ).values_list("ancestor_id", "distance")
    by_id = await organisation_rows([ancestor for ancestor, _ in links])
    reachable = set(
        await organisations_in(scope, Organisation.filter(id__in=list(by_id))).values_list(
            "id", flat=True
        )
    )
    ordered = sorted(links, key=lambda link: -link[1])
    return [by_id[ancestor] for ancestor, _ in ordered if ancestor in reachable]


async def add_organisation(actor: Actor = SYSTEM, **fields: Any) -> Organisation:
    """Insert an organisation, its closure rows and its audit record in one transaction."""
    async with events.atomic():
        parent_id = fields.get("parent_id")
        depth = 0
        if parent_id is not None:
            parent = await Organisation.get_or_none(id=parent_id)
            if parent is None:
                raise NotFound("上级机构", "parentId")
            depth = parent.depth + 1
        organisation = await Organisation.create(depth=depth, **fields)
        ancestors = await attach_closure(organisation.id, parent_id)
        await audit.record(actor, "organisation.add", "organisation", organisation.id, after=fields)
    await events.publish(ORGANISATION_ADDED, {"id": organisation.id, "ancestorIds": ancestors})
    return organisation


async def attach_closure(organisation_id: int, parent_id: int | None) -> list[int]:
    """Closure rows for a new leaf: itself at distance 0, then each ancestor of its parent.

    Returns the ids of its ancestors (itself included).
    """
    rows = [
        OrganisationClosure(ancestor_id=organisation_id, descendant_id=organisation_id, distance=0)
    ]
    if parent_id is not None:
        for ancestor_id, distance in await OrganisationClosure.filter(
            descendant_id=parent_id
        ).values_list("ancestor_id", "distance"):
            rows.append(
                OrganisationClosure(
                    ancestor_id=ancestor_id, descendant_id=organisation_id, distance=distance + 1
                )
            )
    await OrganisationClosure.bulk_create(rows)
    return [row.ancestor_id for row in rows]


async def move_subtree(organisation_id: int, parent_id: int) -> list[int]:
    """Re-hang an organisation and everything under it below a new parent: the closure rows
    from outside the subtree into it are replaced, depths shift. Returns the subtree's ids."""
    organisation = await Organisation.get(id=organisation_id)
    parent = await Organisation.get(id=parent_id)
    subtree: list[Any] = await OrganisationClosure.filter(ancestor_id=organisation_id).values_list(
        "descendant_id", "distance"
    )
    inside = [int(d) for d, _ in subtree]
    await (
        OrganisationClosure.filter(descendant_id__in=inside)
        .exclude(ancestor_id__in=inside)
        .delete()
    )
    above: list[Any] = await OrganisationClosure.filter(descendant_id=parent_id).values_list(
        "ancestor_id", "distance"
    )
    await OrganisationClosure.bulk_create(
        [
            OrganisationClosure(
                ancestor_id=ancestor, descendant_id=descendant, distance=up + 1 + down
            )
            for ancestor, up in above
            for descendant, down in subtree
        ],
        batch_size=1000,
    )
    shift = parent.depth + 1 - organisation.depth
    if shift:
        await Organisation.filter(id__in=inside).update(depth=F("depth") + shift)
    await Organisation.filter(id=organisation_id).update(parent_id=parent_id)
    return inside


async def department_rows(organisation_id: int) -> list[dict[str, Any]]:
    """An organisation's departments; the tree is small, so one indexed query fetches it whole."""
    return (
        await Department.filter(organisation_id=organisation_id)
        .order_by("sort_order", "id")
        .values("id", "name", "parent_id", "enabled")
    )
