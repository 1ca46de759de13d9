"""A list whose statements are kept (domain/statements.py) answers exactly what a statement
built afresh answers, for every principal and filter; and what is kept is the statement, not
its rows: a change to the data shows on the very next request."""

from __future__ import annotations

from typing import Any

import pytest

from domain import statements
from models import Account, Professional
from models.enums import ProfessionalStatus
from tests.conftest import LiveServer
from tests.fixtures.kept_statements import BUILT, both_ways, first_pages_both_ways

pytestmark = pytest.mark.usefixtures("kept_statement_spy")

PAGE = """query($f: PersonFilter, $first: Int, $after: String) {
  persons(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name idNumber titleSeries titleGrade education
      organisation { id name } department { name } } }
  }
}"""

PRINCIPALS = ("jinan", "health", "hospital1", "hospital2", "qingdao", "base")


def filters(tree: Any) -> list[dict[str, Any] | None]:
    return [
        None,
        {"name": "王"},
        {"organisationId": str(tree.ids["hospital1"]), "includeSubunits": True},
        {"organisationId": str(tree.ids["hospital1"])},
        {"regionCode": "370102"},
        {"competentId": str(tree.ids["health"])},
        {"titleSeries": "会计"},
        {"education": "BACHELOR"},
        {"qualification": "医师"},
        {"certificateNo": "none"},
        {"idNumber": tree.people["李娜"]},
    ]


ORGANISATIONS = """query($f: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind status creditCode region { code } parent { name } } }
  }
}"""

BELOW = """query($id: ID!) { organisation(id: $id) {
  children(first: 2) { totalCount edges { node { id name } } }
  subtree(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id name kind } } }
} }"""

ADMINS = """query($unit: ID, $after: String) {
  admins(organisationId: $unit, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name idNumber isSuper status roleName createdAt organisation { name } } }
  }
}"""

STEPS = """query($kind: ReviewKind!, $decided: Boolean!, $who: String, $unit: ID, $year: Int) {
  reviewSteps(kind: $kind, decided: $decided, applicantContains: $who, organisationId: $unit,
              year: $year, first: 5) {
    totalCount edges { node { id kind applicantName status } }
  }
}"""


def organisation_filters(tree: Any) -> list[dict[str, Any] | None]:
    return [
        None,
        {"nameContains": "医院"},
        {"kinds": ["EMPLOYER", "BASE"]},
        {"statuses": ["ACTIVE"]},
        {"regionCode": "370102"},
        {"withinId": str(tree.ids["health"])},
        {"creditCode": "none"},
    ]


async def steps_to_review(tree: Any) -> None:
    """Registrations waiting at two employers, one decided at each, so the review queues
    compared below hold rows that differ by organisation, tab and applicant."""
    from models import ReviewStep
    from models.enums import ReviewKind, ReviewStatus

    subject = (await Professional.first()).id  # type: ignore[union-attr]
    for unit in ("hospital1", "hospital2"):
        for name, status in (("王一", ReviewStatus.PENDING), ("李二", ReviewStatus.PENDING),
                             ("王三", ReviewStatus.APPROVED)):  # fmt: skip
            await ReviewStep.create(
                kind=ReviewKind.PROFESSIONAL_REGISTRATION,
                subject_type="professional",
                subject_id=subject,
                reviewer_id=tree.ids[unit],
                status=status,
                applicant_name=f"{name}{unit[-1]}",
            )


async def test_other_kept_lists_answer_what_fresh_ones_do(
    live: LiveServer, tree: Any, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    await steps_to_review(tree)
    seen = seen_steps = seen_admins = 0
    for principal in PRINCIPALS:
        token = tokens[principal]
        for given in organisation_filters(tree):
            variables = {"f": given, "first": 2}
            seen += await first_pages_both_ways(
                live, token, variables, monkeypatch, ORGANISATIONS, "organisations"
            )
        for unit in ("province", "jinan", "health", "hospital1"):
            await both_ways(live, token, {"id": str(tree.ids[unit])}, monkeypatch, BELOW)
        for asked in (None, str(tree.ids["hospital2"]), str(tree.ids["jinan"])):
            seen_admins += await first_pages_both_ways(
                live, token, {"unit": asked}, monkeypatch, ADMINS, "admins"
            )
        for kind in ("ORGANISATION_REGISTRATION", "PROFESSIONAL_REGISTRATION", "CLAIM_REVIEW"):
            for decided in (False, True):
                for narrowed in ({}, {"who": "王"}, {"unit": str(tree.ids["hospital1"]),
                                                     "year": 2026}):  # fmt: skip
                    variables = {"kind": kind, "decided": decided, **narrowed}
                    answer = await both_ways(live, token, variables, monkeypatch, STEPS)
                    steps = (answer.get("data") or {}).get("reviewSteps")
                    seen_steps += len(steps["edges"]) if steps else 0
    assert seen > 0 and seen_steps > 0 and seen_admins > 0


async def test_kept_statements_answer_what_fresh_ones_do(
    live: LiveServer, tree: Any, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_rows = 0
    for principal in PRINCIPALS:
        for given in filters(tree):
            seen_rows += await first_pages_both_ways(
                live, tokens[principal], {"f": given, "first": 2}, monkeypatch, PAGE, "persons"
            )
    assert seen_rows > 0  # the comparisons were of real pages, not of empty ones
    assert BUILT, "no statement was kept: the persons list stopped giving built_from"


async def test_kept_rows_come_back_as_the_orm_gives_them(
    live: LiveServer, tree: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Values, and their Python types, as Tortoise's own `.values()` converts them (SQLite
    keeps dates as text and enums as their values): the kept path applies the same
    conversions."""
    from domain.pagination import PageRequest
    from domain.persons import PERSON_COLUMNS, PersonFilter, list_persons
    from domain.scope import Scope

    async def typed(criteria: PersonFilter) -> list[list[tuple[str, type, Any]]]:
        page = await list_persons(Scope.everything(), criteria, PageRequest(first=5), columns)
        return [sorted((k, type(v), v) for k, v in row.items()) for row in page.rows]

    columns = set(PERSON_COLUMNS)
    for criteria in (PersonFilter(), PersonFilter(title_series="会计")):
        kept = await typed(criteria)
        assert kept == await typed(criteria)
        monkeypatch.setattr(statements, "ENABLED", False)
        fresh = await typed(criteria)
        monkeypatch.setattr(statements, "ENABLED", True)
        assert kept == fresh and kept


async def test_what_is_kept_is_the_statement_not_its_rows(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    variables = {"f": {"organisationId": str(tree.ids["hospital2"])}, "first": 10}
    before = (await live.data(PAGE, variables, tokens["hospital2"]))["persons"]
    names = [edge["node"]["name"] for edge in before["edges"]]
    assert "陈静" in names
    account = await Account.get(id_number=tree.people["陈静"])
    await Professional.filter(account_id=account.id).update(
        status=ProfessionalStatus.TRANSFERRED_OUT
    )
    try:
        after = (await live.data(PAGE, variables, tokens["hospital2"]))["persons"]
        assert after["totalCount"] == before["totalCount"] - 1
        assert "陈静" not in [edge["node"]["name"] for edge in after["edges"]]
    finally:
        await Professional.filter(account_id=account.id).update(status=ProfessionalStatus.ACTIVE)
