"""DataLoaders, one instance per request, results in key order. They return rows, not types."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import cached_property
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

from domain import claims, sql
from domain.organisations import organisation_rows_and_parents, reachable_ids
from domain.regions import regions_by_code
from domain.scope import Scope
from models import Account, Claim, Department

Key = TypeVar("Key")


def _in_key_order(
    fetch: Callable[[list[Key]], Awaitable[dict[Key, dict[str, Any]]]],
) -> Callable[[list[Key]], Awaitable[Sequence[dict[str, Any] | None]]]:
    async def load(keys: list[Key]) -> list[dict[str, Any] | None]:
        found = await fetch(list(set(keys)))
        return [found.get(key) for key in keys]

    return load


async def _department_rows(ids: list[int]) -> dict[int, dict[str, Any]]:
    return await sql.rows_by_id(
        Department, ("name", "organisation_id", "parent_id", "enabled"), ids
    )


def _by_key(
    fetch: Callable[[list[int]], Awaitable[dict[int, Any]]], missing: Any = None
) -> DataLoader[int, Any]:
    """A loader over a fetch answering {key: value}; `missing` for keys it leaves out."""

    async def load(keys: list[int]) -> list[Any]:
        found = await fetch(list(set(keys)))
        return [found.get(key, missing) for key in keys]

    return DataLoader(load)


async def _account_names(ids: list[int]) -> dict[int, str]:
    rows = await sql.rows_by_id(Account, ("name",), ids)
    return {key: row["name"] for key, row in rows.items()}


async def _claims(ids: list[int]) -> dict[int, Claim]:
    return {c.id: c for c in await Claim.filter(id__in=ids)}


class Loaders:
    """The request's loaders, each made when the request first asks for it (most requests
    ask for none). Named by what they return and what they are keyed by."""

    def __init__(self) -> None:
        self._reachable: DataLoader[int, bool] | None = None

    @cached_property
    def organisation_by_id(self) -> DataLoader[int, dict[str, Any] | None]:
        """Units by id; each batch brings their parents along, primed for the next level."""

        async def load(keys: list[int]) -> list[dict[str, Any] | None]:
            found = await organisation_rows_and_parents(list(set(keys)))
            asked = set(keys)
            loader.prime_many({key: row for key, row in found.items() if key not in asked})
            return [found.get(key) for key in keys]

        loader: DataLoader[int, dict[str, Any] | None] = DataLoader(load)
        return loader

    @cached_property
    def region_by_code(self) -> DataLoader[str, dict[str, Any] | None]:
        return DataLoader(_in_key_order(regions_by_code))

    @cached_property
    def department_by_id(self) -> DataLoader[int, dict[str, Any] | None]:
        return DataLoader(_in_key_order(_department_rows))

    # claims and what their lists show beside them: a page of claims costs a query each
    @cached_property
    def claim_by_id(self) -> DataLoader[int, Any]:
        return _by_key(_claims)

    @cached_property
    def account_name_by_id(self) -> DataLoader[int, Any]:
        """Who acted, by name (an audit entry keeps the account's number)."""
        return _by_key(_account_names)

    @cached_property
    def attachments_by_claim(self) -> DataLoader[int, Any]:
        return _by_key(claims.attachments_by_claim, [])

    @cached_property
    def handler_by_claim(self) -> DataLoader[int, Any]:
        return _by_key(claims.handlers_by_claim)

    @cached_property
    def reason_by_claim(self) -> DataLoader[int, Any]:
        return _by_key(claims.reasons_by_claim)

    @cached_property
    def unit_by_claim(self) -> DataLoader[int, Any]:
        return _by_key(claims.units_by_claim)

    def organisation_reachable(self, scope: Scope) -> DataLoader[int, bool]:
        """Whether the request's scope reaches an organisation (the scope is the request's
        principal's, the same for the whole request)."""
        if self._reachable is None:

            async def load(ids: list[int]) -> list[bool]:
                found = await reachable_ids(scope, list(set(ids)))
                return [i in found for i in ids]

            self._reachable = DataLoader(load)
        return self._reachable
