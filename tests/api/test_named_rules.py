"""A named rule decides the same way wherever it is used: on the GraphQL field, on the plain
HTTP route and in the domain entry the CLI or an import would call."""

from __future__ import annotations

from typing import Any

import pytest

from domain import certificates, rules
from domain.errors import DomainError
from domain.principal import Principal
from models import Professional
from models.enums import RoleKind
from tests.conftest import LiveServer

MEMBER_COMPLETIONS = "query { memberCompletions(filter: {year: 2021}) { totalCount } }"


async def _member_of(tree: Any, unit: str) -> int:
    member = await Professional.filter(organisation_id=tree.ids[unit]).order_by("id").first()
    assert member is not None
    return member.id


async def test_printing_members_certificates_needs_the_rule_of_the_completion_list(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    member = await _member_of(tree, "hospital2")
    url = f"/certificates/2021.pdf?ids={member}"

    # an admin without the statistics module neither lists members' completion …
    plain = tokens["hospital2_plain"]
    listed = await live.gql(MEMBER_COMPLETIONS, token=plain)
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # … nor prints their certificates
    refused = await live.client.get(url, headers={"Authorization": f"Bearer {plain}"})
    assert refused.status_code == 403 and refused.json()["code"] == "FORBIDDEN"

    # the unit's super admin passes the rule; the year itself then decides
    admitted = await live.client.get(
        url, headers={"Authorization": f"Bearer {tokens['hospital2']}"}
    )
    assert admitted.status_code == 422 and admitted.json()["code"] == "YEAR_NOT_PASSED"

    # without a session the route asks for one, like the field
    assert (await live.client.get(url)).status_code == 401


async def test_the_domain_entry_applies_the_same_rule(tree: Any) -> None:
    member = await _member_of(tree, "hospital2")
    without_module = Principal(
        account_id=1, kind=RoleKind.EMPLOYER, admin_id=1, organisation_id=tree.ids["hospital2"]
    )
    assert not rules.PRINT_MEMBER_CERTIFICATES.admits(without_module)
    with pytest.raises(DomainError) as refused:
        await certificates.issue_for_members(without_module, [member], 2021)
    assert refused.value.code == "FORBIDDEN"


async def test_routes_ask_for_a_session_before_revealing_anything(live: LiveServer) -> None:
    # an unknown import kind is not told apart from a known one without a session
    for path in ("/imports/professionals", "/imports/no-such-kind"):
        response = await live.client.post(path)
        assert response.status_code == 401 and response.json()["code"] == "UNAUTHENTICATED"
    upload = await live.client.post("/files", files={"file": ("a.pdf", b"%PDF-1.4")})
    assert upload.status_code == 401


async def test_a_template_needs_the_import_rule_not_just_a_session(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    headers = {"Authorization": f"Bearer {tokens['hospital2_plain']}"}
    refused = await live.client.get("/templates/professionals.xlsx", headers=headers)
    assert refused.status_code == 403 and refused.json()["code"] == "FORBIDDEN"
    headers = {"Authorization": f"Bearer {tokens['hospital2']}"}
    assert (await live.client.get("/templates/professionals.xlsx", headers=headers)).is_success
