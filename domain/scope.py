"""Row scope: the one place that decides which organisations and people a principal reaches.

Every list, lookup and statistic filters through these functions. A scope is a set of
subtree roots (an admin reaches its organisation's subtree) or unrestricted (the platform
operator, and — until access control lands — the open read side).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, Subquery

from models import Organisation, OrganisationClosure


@dataclass(frozen=True)
class Scope:
    roots: frozenset[int] | None = None

    @classmethod
    def unrestricted(cls) -> Scope:
        return cls(None)

    @classmethod
    def subtree(cls, *root_ids: int) -> Scope:
        return cls(frozenset(root_ids))

    @classmethod
    def nothing(cls) -> Scope:
        """No organisation's rows; a professional reaches only its own records."""
        return cls(frozenset())

    @property
    def is_unrestricted(self) -> bool:
        return self.roots is None


def _descendants(root_ids: frozenset[int]) -> Any:
    return Subquery(
        OrganisationClosure.filter(ancestor_id__in=list(root_ids)).values("descendant_id")
    )


def organisations_in(scope: Scope, queryset: Any, *, field: str = "id") -> Any:
    """Narrow a queryset whose `field` holds an organisation id to the scope."""
    if scope.roots is None:
        return queryset
    if not scope.roots:
        return queryset.filter(**{f"{field}__in": []})
    return queryset.filter(Q(**{f"{field}__in": _descendants(scope.roots)}))


def subtree_filter(root_id: int, *, field: str = "id") -> Q:
    """Rows whose organisation lies in root_id's subtree (root included)."""
    return Q(**{f"{field}__in": _descendants(frozenset((root_id,)))})


async def subtree_scope(organisation_id: int, parent_id: int | None) -> Scope:
    """The scope of an organisation's admins: its subtree.

    The sole top-level organisation's subtree is everything, and saying so spares every
    query the subtree filter (SQLite otherwise sorts the whole province before LIMIT).
    """

    if parent_id is None:
        roots = await Organisation.filter(parent_id=None).limit(2).values_list("id", flat=True)
        if list(roots) == [organisation_id]:
            return Scope.unrestricted()
    return Scope.subtree(organisation_id)
