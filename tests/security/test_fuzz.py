"""A bounded, deterministic, schema-driven fuzz run (issue 14): every root query and
mutation, for every demo role and anonymously, with argument values drawn from a seeded
generator of what breaks servers — text at and one past its @maxLength and far beyond,
odd unicode and control characters, numbers written as NaN/Infinity/1e999, huge and negative
integers, forged ids and cursors, impossible dates, deep and odd JSON. No answer may be a
5xx or carry INTERNAL_ERROR.

Hand-written rather than schemathesis' GraphQL mode: schemathesis (hypothesis,
hypothesis-graphql, requests, werkzeug, jsonschema-rs … and a pytest plugin of its own)
draws small, well-formed values and calls synchronously, while what broke this server were
values at and past the columns' lengths and non-finite numbers, and the suite's server runs
in the test's own event loop. Walking the printed SDL takes one module, reads the declared
maxima, and a fixed seed gives the same requests on every run.
"""

from __future__ import annotations

import random
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
)

from tests.conftest import LiveServer
from tests.security.schema_inputs import max_length, operation, root_fields

SEED = 20261214
CASES = 3  # per field and caller
CALLERS = (
    None,
    "jinan",
    "health",
    "hospital1",
    "hospital2",
    "hospital2_plain",
    "base",
    "professional",
)
# would end the caller's own session: called last in each caller's pass
SESSION_ENDING = ("sessionSwitchRole", "logout")
# could disable, demote or reset the other callers: only ever given forged ids
GUARDED = ("accountPasswordReset", "adminSetEnabled", "adminRemove", "adminTransferSuper")

ODD_TEXT = (
    "",
    " ",
    "张三",
    "370102",
    "370102198503120022",
    "91370100MA3C4XXXX0",
    "a@b.cn",
    "13800000000",
    "\u202eevil",
    "𠀀𠀁𪚥",
    "e\u0301",
    "\ufeff\u200b",
    "👨‍👩‍👧",
    "\U0010ffff",
    "\x00",
    "a\x1fb",
    "\t\n\r",
    "${1+1}",
    "'; DROP TABLE accounts; --",
    "%s%n%x",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    '=HYPERLINK("http://x")',
)
NUMBER_TEXT = ("NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "1e999", "1e-999", "-1", "0",
               "0.05", " 12 ", "99999999999999999999", "1,5", "١٢")  # fmt: skip
FORGED_IDS = ("0", "-1", "abc", "1.5", "9223372036854775807", "9223372036854775808",
              "1" + "0" * 30, " 7", "٣", "", "1e3", "0x10")  # fmt: skip
REAL_IDS = ("1", "2", "3", "5", "8", "13")
CURSORS = ("Y3Vyc29yOjE=", "Y3Vyc29yOjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk=", "!!!", "Y3Vyc29yOi0x")
INTS = (0, 1, -1, 2, 2024, 1900, 9999, 2**31 - 1, -(2**31), 2**31, 2**53)
DATES = ("2024-01-01", "1900-01-01", "9999-12-31", "0001-01-01", "2024-02-30", "2024-13-01",
         "20240101", "x", "")  # fmt: skip
FORM_KEYS = ("title", "publisher", "date", "words", "conference", "organiser", "className",
             "content", "startDate", "endDate", "score", "description", "x" * 300)  # fmt: skip


class Values:
    """Seeded values for a field's arguments, following their types and declared maxima."""

    def __init__(self, rng: random.Random, forged_only: bool) -> None:
        self.rng = rng
        self.ids = FORGED_IDS if forged_only else FORGED_IDS + REAL_IDS * 2

    def arguments(self, field: GraphQLField) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, argument in field.args.items():
            value = self.of(argument.type, max_length(argument), name)
            if value is not _OMIT:
                values[name] = value
        return values

    def of(self, kind: GraphQLInputType, limit: int, name: str) -> Any:
        if not isinstance(kind, GraphQLNonNull):
            roll = self.rng.random()
            if roll < 0.1:
                return None
            if roll < 0.25:
                return _OMIT
            return self.of(GraphQLNonNull(kind), limit, name)
        kind = kind.of_type
        if isinstance(kind, GraphQLList):
            return [self.item(kind.of_type, limit, name) for _ in range(self.rng.randint(0, 3))]
        if isinstance(kind, GraphQLEnumType):
            return self.rng.choice([*kind.values, "NOT_A_VALUE"])
        if isinstance(kind, GraphQLInputObjectType):
            fields: dict[str, Any] = {}
            for field_name, field in kind.fields.items():
                value = self.of(field.type, max_length(field), field_name)
                if value is not _OMIT:
                    fields[field_name] = value
            return fields
        return self.scalar(kind.name, limit, name)

    def item(self, kind: GraphQLInputType, limit: int, name: str) -> Any:
        value = self.of(kind, limit, name)
        return None if value is _OMIT else value

    def scalar(self, scalar: str, limit: int, name: str) -> Any:
        rng = self.rng
        if scalar == "ID":
            return rng.choice(self.ids)
        if scalar == "Int":
            return rng.choice(INTS)
        if scalar == "Boolean":
            return rng.random() < 0.5
        if scalar in ("Date", "DateTime"):
            return rng.choice(DATES)
        if scalar == "JSON":
            return self.json(depth=0)
        if name == "after":
            return rng.choice(CURSORS)
        return self.text(limit)

    def text(self, limit: int) -> str:
        rng = self.rng
        return rng.choice(
            (
                rng.choice(ODD_TEXT),
                rng.choice(ODD_TEXT),
                rng.choice(NUMBER_TEXT),
                "张" * limit,  # at the maximum: must fit its column
                "9" * limit,
                "x" * (limit + 1),
                "1" * 10_000,
            )
        )

    def json(self, depth: int) -> Any:
        rng = self.rng
        roll = rng.random()
        if depth > 3 or roll < 0.3:
            return rng.choice((*ODD_TEXT, *NUMBER_TEXT, 0, -1, 1.5, 2**70, True, None))
        if roll < 0.4:
            nested: Any = "x"
            for _ in range(rng.choice((20, 300))):
                nested = [nested]
            return nested
        if roll < 0.5:
            return [self.json(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(FORM_KEYS): self.json(depth + 1) for _ in range(rng.randint(0, 5))}


_OMIT = object()


def _plan() -> list[tuple[str, str, GraphQLField]]:
    """(operation kind, field name, field) for every root query and mutation; the ones that
    end the caller's session last."""
    fields = [
        (kind, name, field)
        for kind in ("query", "mutation")
        for name, field in root_fields(kind).items()
    ]
    return sorted(fields, key=lambda entry: entry[1] in SESSION_ENDING)


async def test_fuzz_every_root_field_as_every_role(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    rng = random.Random(SEED)
    plan = _plan()
    failures: list[str] = []
    sent = 0
    for caller in CALLERS:
        headers = {"Authorization": f"Bearer {tokens[caller]}"} if caller else {}
        for kind, name, field in plan:
            values = Values(rng, forged_only=name in GUARDED)
            query = operation(kind, name, field, depth=2 if kind == "query" else 1)
            for _ in range(CASES):
                variables = values.arguments(field)
                response = await live.client.post(
                    "/graphql", json={"query": query, "variables": variables}, headers=headers
                )
                sent += 1
                if response.status_code >= 500 or "INTERNAL_ERROR" in response.text:
                    shown = {k: (repr(v)[:120]) for k, v in variables.items()}
                    failures.append(
                        f"{caller or 'anonymous'} {name} {shown}: "
                        f"{response.status_code} {response.text[:300]}"
                    )
    assert sent == len(CALLERS) * len(plan) * CASES
    assert not failures, f"{len(failures)} of {sent} requests failed:\n" + "\n".join(failures[:20])
