"""The organisation tree: closure rows on insert, subtree and ancestor queries, audit."""

from __future__ import annotations

import pytest

from domain.audit import Actor
from domain.errors import NotFound
from domain.organisations import access_organisation, add_organisation, ancestor_rows
from domain.scope import Scope
from models import AuditLog, OrganisationClosure, Region
from models.audit import AuditImmutableError
from models.enums import OrgKind


@pytest.fixture(scope="module")
async def chain(db: str) -> list[int]:
    await Region.create(code="370000", name="山东省", level="PROVINCE")
    ids: list[int] = []
    for depth, kind in enumerate([OrgKind.HRSS, OrgKind.HRSS, OrgKind.COMPETENT, OrgKind.EMPLOYER]):
        org = await add_organisation(
            Actor(account_id=7, organisation_id=ids[-1] if ids else None),
            name=f"第{depth}级",
            kind=kind,
            parent_id=ids[-1] if ids else None,
            region_id="370000",
        )
        ids.append(org.id)
    return ids


async def test_closure_holds_every_ancestor_with_its_distance(chain: list[int]) -> None:
    leaf = chain[-1]
    rows = await OrganisationClosure.filter(descendant_id=leaf).values_list(
        "ancestor_id", "distance"
    )
    assert sorted(rows, key=lambda r: r[1]) == [
        (leaf, 0),
        (chain[2], 1),
        (chain[1], 2),
        (chain[0], 3),
    ]
    assert [r["name"] for r in await ancestor_rows(Scope.everything(), leaf)] == [
        "第0级",
        "第1级",
        "第2级",
    ]


async def test_scope_reaches_the_subtree_only(chain: list[int]) -> None:
    below = Scope.subtree(chain[1])
    assert (await access_organisation(below, chain[3]))["name"] == "第3级"
    with pytest.raises(NotFound):
        await access_organisation(below, chain[0])
    # ancestors outside the scope are not revealed
    assert [r["name"] for r in await ancestor_rows(below, chain[3])] == ["第1级", "第2级"]


async def test_adding_under_a_missing_parent_changes_nothing(chain: list[int]) -> None:
    before = await OrganisationClosure.all().count()
    with pytest.raises(NotFound) as caught:
        await add_organisation(
            name="孤儿", kind=OrgKind.EMPLOYER, parent_id=999999, region_id="370000"
        )
    assert caught.value.field == "parentId"
    assert await OrganisationClosure.all().count() == before


async def test_each_addition_is_audited_and_the_audit_is_append_only(chain: list[int]) -> None:
    entries = await AuditLog.filter(action="organisation.add").order_by("id")
    assert [e.subject_id for e in entries] == [str(i) for i in chain]
    assert entries[1].account_id == 7 and entries[1].acting_organisation_id == chain[0]
    assert entries[0].after["kind"] == "HRSS"
    entries[0].action = "tampered"
    with pytest.raises(AuditImmutableError):
        await entries[0].save()
    with pytest.raises(AuditImmutableError):
        await entries[0].delete()
    assert (await AuditLog.get(id=entries[0].id)).action == "organisation.add"
