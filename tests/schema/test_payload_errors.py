"""Failures are mapped once: a DomainError from a mutation's workflow becomes the payload's
`errors` with every other field empty, while a refusal by the field's rule stays a GraphQL
error. Tiny schemas, declared here (annotations resolve at module level)."""

from __future__ import annotations

from typing import Any

import pytest
import strawberry

from domain import rules
from domain.errors import DomainError
from schema.context import Context
from schema.payloads import errors_on_payloads
from schema.permissions import allow, public
from schema.types.errors import UserError


@strawberry.type
class Done:
    name: str


@strawberry.type
class DonePayload:
    done: Done | None
    ids: list[strawberry.ID]
    ok: bool
    count: int
    errors: list[UserError]


@strawberry.type
class StrictPayload:
    done: Done
    errors: list[UserError]


async def refuse() -> DonePayload:
    raise DomainError("NOT_ALLOWED_NOW", "现在不能办理", "input.when")


async def succeed() -> DonePayload:
    return DonePayload(done=Done(name="好"), ids=["1"], ok=True, count=1, errors=[])


async def strict() -> StrictPayload:
    raise DomainError("NOT_ALLOWED_NOW", "现在不能办理")


@strawberry.type
class Query:
    ping: str = strawberry.field(resolver=lambda: "pong", extensions=public())


@strawberry.type
class Mutation:
    refused: DonePayload = strawberry.field(resolver=refuse, extensions=public())
    done: DonePayload = strawberry.field(resolver=succeed, extensions=public())
    members_only: DonePayload = strawberry.field(
        resolver=succeed, extensions=allow(rules.SIGNED_IN)
    )


@strawberry.type
class StrictMutation:
    strict: StrictPayload = strawberry.field(resolver=strict, extensions=public())


@strawberry.type
class BareMutation:
    bare: bool = strawberry.field(resolver=lambda: True, extensions=public())


SCHEMA = strawberry.Schema(query=Query, mutation=errors_on_payloads(Mutation))
SELECTION = "{ done { name } ids ok count errors { field code message } }"


async def run(field: str) -> dict[str, Any]:
    document = f"mutation {{ {field} {SELECTION} }}"
    result = await SCHEMA.execute(document, context_value=Context())
    return {"data": result.data, "errors": result.errors}


async def test_a_workflow_refusal_is_the_payloads_errors_with_the_rest_empty() -> None:
    answer = await run("refused")
    assert answer["errors"] is None
    assert answer["data"] == {
        "refused": {
            "done": None,
            "ids": [],
            "ok": False,
            "count": 0,
            "errors": [
                {"field": "input.when", "code": "NOT_ALLOWED_NOW", "message": "现在不能办理"}
            ],
        }
    }


async def test_success_passes_through_untouched() -> None:
    assert (await run("done"))["data"] == {
        "done": {"done": {"name": "好"}, "ids": ["1"], "ok": True, "count": 1, "errors": []}
    }


async def test_a_refusal_by_the_fields_rule_stays_a_graphql_error() -> None:
    answer = await run("membersOnly")
    assert answer["data"] is None
    assert [e.original_error.code for e in answer["errors"]] == ["UNAUTHENTICATED"]


def test_a_payload_a_failure_cannot_leave_empty_is_refused_when_the_schema_is_built() -> None:
    with pytest.raises(TypeError, match=r"StrictPayload\.done"):
        strawberry.Schema(query=Query, mutation=errors_on_payloads(StrictMutation))


def test_a_mutation_without_a_payload_is_refused_when_the_schema_is_built() -> None:
    with pytest.raises(TypeError, match="payload"):
        strawberry.Schema(query=Query, mutation=errors_on_payloads(BareMutation))
