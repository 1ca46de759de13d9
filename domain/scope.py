"""Row scope: the one place that decides which organisations and people a principal reaches.

A scope fails closed: it reaches nothing unless it was granted something, and each kind of
principal is granted its scope where it is built (domain.sessions): an admin the subtree of
its organisation (everything for the sole top-level bureau), a professional its own records,
an anonymous caller nothing. Every list, lookup and statistic filters through this module —
the ORM filter, the raw-SQL fragment and the own-records filter — so no scope is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, Subquery

from domain import bulk
from models import Organisation, OrganisationClosure


@dataclass(frozen=True)
class Scope:
    """What a principal reaches: the subtrees under `roots` (or the whole tree), the units
    registered in `regions` (region code prefixes: what an HRSS bureau's statistics reach,
    domain.membership.reach), and the records of `professional_id`. The default reaches
    nothing."""

    roots: frozenset[int] = frozenset()
    whole_tree: bool = False
    professional_id: int | None = None
    regions: frozenset[str] = frozenset()
    # every organisation reached, listed once (domain.membership.reach resolves a scope with
    # regions): the database then counts the rows it reaches instead of guessing them
    units: frozenset[int] | None = None
    # the region prefixes of the HRSS bureaus among `roots`, when whoever built the scope
    # knew them (domain.sessions reads them with the principal); None: reach looks them up
    bureau_regions: frozenset[str] | None = None

    @classmethod
    def nothing(cls) -> Scope:
        return cls()

    @classmethod
    def everything(cls) -> Scope:
        """Every organisation: an explicit grant, never a default."""
        return cls(whole_tree=True)

    @classmethod
    def subtree(cls, *root_ids: int) -> Scope:
        return cls(roots=frozenset(root_ids))

    @classmethod
    def own(cls, professional_id: int) -> Scope:
        """A professional's own records and no organisation's rows."""
        return cls(professional_id=professional_id)


def _descendants(root_ids: frozenset[int]) -> Any:
    return Subquery(
        OrganisationClosure.filter(ancestor_id__in=list(root_ids)).values("descendant_id")
    )


def _none(queryset: Any, field: str) -> Any:
    return queryset.filter(**{f"{field}__in": []})


def _reached(scope: Scope) -> Any:
    """The organisations of a scope with regions: one subquery (the units of its regions, or
    of its subtrees), which the database joins once instead of testing two per row."""
    reached = Q(*(Q(region_id__startswith=p) for p in sorted(scope.regions)), join_type=Q.OR)
    if scope.roots:
        reached = Q(reached, Q(id__in=_descendants(scope.roots)), join_type=Q.OR)
    return Subquery(Organisation.filter(reached).values("id"))


def organisations_in(scope: Scope, queryset: Any, *, field: str = "id") -> Any:
    """Narrow a queryset whose `field` holds an organisation id to the scope."""
    if scope.whole_tree:
        return queryset
    if scope.units is not None:
        return queryset.filter(**{f"{field}__in": sorted(scope.units)})
    if not scope.roots and not scope.regions:
        return _none(queryset, field)
    if not scope.regions:
        return queryset.filter(Q(**{f"{field}__in": _descendants(scope.roots)}))
    return queryset.filter(Q(**{f"{field}__in": _reached(scope)}))


def organisations_sql(scope: Scope, column: str) -> tuple[str, list[Any]]:
    """The same narrowing for hand-written SQL (domain.sql.rows): `AND <column> IN (the
    scope's organisations)` with its `?` values, nothing for the whole tree."""
    if scope.whole_tree:
        return "", []
    if scope.units is not None:
        listed, listed_values = bulk.id_in(column, sorted(scope.units))
        return f" AND {listed}", listed_values
    if not scope.roots and not scope.regions:
        return " AND 1 = 0", []
    if not scope.regions:
        marks = ", ".join("?" for _ in scope.roots)
        return (
            f" AND {column} IN (SELECT descendant_id FROM organisation_closure"
            f" WHERE ancestor_id IN ({marks}))",
            sorted(scope.roots),
        )
    # one subquery over organisations: the units of its regions, or of its subtrees
    likes = " OR ".join("scope_o.region_id LIKE ?" for _ in scope.regions)
    values: list[Any] = [f"{prefix}%" for prefix in sorted(scope.regions)]
    if scope.roots:
        marks = ", ".join("?" for _ in scope.roots)
        likes += (
            f" OR scope_o.id IN (SELECT descendant_id FROM organisation_closure"
            f" WHERE ancestor_id IN ({marks}))"
        )
        values.extend(sorted(scope.roots))
    return f" AND {column} IN (SELECT scope_o.id FROM organisation scope_o WHERE {likes})", values


def own_records(scope: Scope, queryset: Any, *, field: str = "professional_id") -> Any:
    """Narrow a queryset whose `field` holds a professional id to the scope's own records:
    one professional's, or none when the scope has no professional of its own."""
    if scope.professional_id is None:
        return _none(queryset, field)
    return queryset.filter(**{field: scope.professional_id})


def is_own(scope: Scope, professional_id: int | None) -> bool:
    """Whether a record of `professional_id` (already loaded) is one of the scope's own."""
    return scope.professional_id is not None and scope.professional_id == professional_id


def subtree_filter(root_id: int, *, field: str = "id") -> Q:
    """Rows whose organisation lies in root_id's subtree (root included). A filter the caller
    asked for, applied on top of the scope, never instead of it."""
    return Q(**{f"{field}__in": _descendants(frozenset((root_id,)))})


async def subtree_scope(organisation_id: int, parent_id: int | None) -> Scope:
    """The scope of an organisation's admins: its subtree.

    The sole top-level organisation's subtree is everything, and granting that explicitly
    spares every query the subtree filter (SQLite otherwise sorts the whole province before
    LIMIT).
    """

    if parent_id is None:
        roots = await Organisation.filter(parent_id=None).limit(2).values_list("id", flat=True)
        if list(roots) == [organisation_id]:
            return Scope.everything()
    return Scope.subtree(organisation_id)
