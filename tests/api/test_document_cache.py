"""Parsed and validated documents are cached by text (schema/assembly.py RequestPipeline):
a cached document answers as a fresh one would — a refused text stays refused however often
it is sent, and a schema without introspection never reuses another schema's verdict."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from schema.limits import MAX_TOKENS
from tests.conftest import LiveServer, serve, settings_for

INTROSPECT = "{ __schema { queryType { name } } }"


async def test_the_same_text_gets_the_same_answer_every_time(live: LiveServer) -> None:
    for _ in range(3):
        assert (await live.data("{ __typename }"))["__typename"] == "Query"
    # over the token limit: refused each time, never cached as a document
    long = "{ " + " ".join(["__typename"] * MAX_TOKENS) + " }"
    for _ in range(2):
        body = await live.gql(long)
        assert body["errors"] and body.get("data") is None
    # invalid: the same validation error each time, in Chinese with its code
    first = await live.gql("{ noSuchField }")
    second = await live.gql("{ noSuchField }")
    assert first["errors"] == second["errors"]
    assert first["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


# last: a second server's lifespan closes the ORM connection the module's server shares
async def test_introspection_off_is_not_answered_from_another_schemas_cache(
    live: LiveServer, database_url: str, tmp_path: Path
) -> None:
    # the open schema validates and answers this text first, so it is cached for it
    assert (await live.data(INTROSPECT))["__schema"]["queryType"]["name"] == "Query"
    settings = dataclasses.replace(settings_for(database_url, tmp_path), introspection=False)
    async with serve(settings) as closed:
        for _ in range(2):
            body = await closed.gql(INTROSPECT)
            assert body.get("data") is None
            assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
