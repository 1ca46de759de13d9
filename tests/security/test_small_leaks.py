"""Smaller leaks (issue 14, item 10): field suggestions, GraphiQL keeping the token, uploads
served under a dangerous name."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.conftest import LiveServer, serve, settings_for

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def test_no_field_suggestions_anywhere_in_an_error(live: LiveServer) -> None:
    body = await live.gql("{ organisatons { totalCount } }")
    error = body["errors"][0]
    assert "Did you mean" not in error["message"]
    assert "Did you mean" not in str(error["extensions"])


async def test_graphiql_does_not_keep_the_token_in_local_storage(live: LiveServer) -> None:
    page = await live.client.get("/graphql", headers={"Accept": "text/html"})
    assert "shouldPersistHeaders: false" in page.text
    assert "shouldPersistHeaders: true" not in page.text


async def test_an_upload_is_served_under_the_extension_of_its_content(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    headers = {"Authorization": f"Bearer {tokens['professional']}"}
    for name in ("evil.html", "run.exe", "x.pdf.js", ".htaccess"):
        sent = await live.client.post("/files", files={"file": (name, PDF)}, headers=headers)
        assert sent.status_code == 201, sent.text
        assert sent.json()["filename"].endswith(".pdf"), name
        served = await live.client.get(sent.json()["url"], headers=headers)
        assert served.headers["content-type"] == "application/pdf"
        assert ".pdf" in served.headers["content-disposition"]
        assert ".html" not in served.headers["content-disposition"]


# last: a second server's lifespan closes the ORM connection the module's server shares
async def test_no_field_suggestions_with_introspection_off(
    database_url: str, tmp_path: Path
) -> None:
    settings = dataclasses.replace(settings_for(database_url, tmp_path), introspection=False)
    async with serve(settings) as closed:
        body = await closed.gql("{ viewr { name } }")
        assert body["errors"] and "Did you mean" not in str(body["errors"])
