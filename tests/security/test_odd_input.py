"""Long and odd values (issue 14, item 7): nothing a client sends produces a 5xx or an
INTERNAL_ERROR. Text past its declared maximum, control characters, non-finite numbers,
bodies that are too large, not UTF-8, not JSON or absurdly nested, and odd certificate codes
each get a typed refusal and change nothing. Attacks through HTTP, as the issue found them."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
import strawberry

from models import Account, Organisation
from schema.assembly import assemble
from schema.input_limits import DEFAULT_MAX_LENGTH
from tests.conftest import LiveServer
from tests.fixtures.tree import PASSWORD
from tests.security.schema_inputs import (
    operation,
    plain_arguments,
    put,
    root_fields,
    text_leaves,
)

# the last is finite, but no hours in their one decimal place
NOT_FINITE = ("NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "1e999")
REFUSED_BY_RULE = ("UNAUTHENTICATED", "FORBIDDEN", "PASSWORD_CHANGE_REQUIRED")
# who tries a field, in order, until one is admitted by the field's rule
CALLERS = (None, "professional", "jinan", "health", "hospital1", "base")


def codes(body: dict[str, Any]) -> list[str]:
    """Every error code in an answer: GraphQL errors and payloads' `errors`."""
    found = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
    for value in (body.get("data") or {}).values():
        if isinstance(value, dict):
            found += [e["code"] for e in value.get("errors") or []]
    return found


async def send(live: LiveServer, query: str, variables: dict[str, Any], token: str | None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await live.client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    assert response.status_code < 500, response.text[:500]
    return response.json()


# --- the values the issue found -------------------------------------------------------------


async def test_values_longer_than_their_column_are_refused_naming_the_field(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    regions = "query($c: String) { regions(parentCode: $c) { code } }"
    body = await send(live, regions, {"c": "3" * 10_000}, None)
    assert body["errors"][0]["extensions"] == {"code": "TOO_LONG", "field": "parentCode"}
    assert "6" in body["errors"][0]["message"]  # the limit, said in Chinese
    # the column's length is the limit: one past it is refused, at it is answered
    assert codes(await send(live, regions, {"c": "3700000"}, None)) == ["TOO_LONG"]
    assert (await send(live, regions, {"c": "370000"}, None))["data"]["regions"]

    statistics = """query($c: String!) { comprehensiveStatistics(regionCode: $c) {
        __typename } }"""
    body = await send(live, statistics, {"c": "3" * 10_000}, tokens["jinan"])
    assert codes(body) == ["TOO_LONG"]

    login = """mutation($i: LoginInput!) { login(input: $i) { token
        errors { code field message } } }"""
    sent = {"idNumber": "3" * 10_000, "password": PASSWORD, "portal": "HRSS"}
    answer = (await send(live, login, {"i": sent}, None))["data"]["login"]
    assert answer["token"] is None
    assert answer["errors"][0]["code"] == "TOO_LONG"
    assert answer["errors"][0]["field"] == "idNumber"
    assert "身份证号码" in answer["errors"][0]["message"]

    for query, token in (
        ("query($n: String) { organisationDirectory(nameContains: $n) { name } }", None),
        ("query($n: String) { persons(filter: {name: $n}) { totalCount } }", "jinan"),
        ("query($n: String) { transfers(direction: IN, nameContains: $n) { totalCount } }", "jinan"),
        ("query($n: String) { filedClaims(nameContains: $n) { totalCount } }", "jinan"),
        ("query($n: String) { learningRecords(name: $n) { totalCount } }", "jinan"),
        ("query($n: String) { reviewSteps(kind: CLAIM_REVIEW, applicantContains: $n) { totalCount } }",
         "jinan"),
    ):  # fmt: skip
        body = await send(live, query, {"n": "张" * 50_000}, tokens.get(token or ""))
        assert codes(body) == ["TOO_LONG"], (query, body)


async def test_a_mutation_refuses_a_long_value_in_its_payload_and_changes_nothing(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    update = """mutation($i: OrganisationUpdateInput!) { organisationUpdate(input: $i) {
        errors { code field } } }"""
    before = await Organisation.get(name="济南第一医院")
    sent = {"regionCode": "3" * 10_000, "phone": "0531-1234567"}
    body = await send(live, update, {"i": sent}, tokens["hospital1"])
    assert body["data"]["organisationUpdate"]["errors"] == [
        {"code": "TOO_LONG", "field": "regionCode"}
    ]
    after = await Organisation.get(id=before.id)
    assert (after.region_id, after.phone) == (before.region_id, before.phone)  # type: ignore[attr-defined]


async def test_every_text_argument_of_every_root_field_is_bounded(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    """Read from the SDL: each text leaf of each root query and mutation (nested inputs and
    lists included), one past its @maxLength (or the default), is refused by name before the
    field's resolver — for a caller the field's rule admits."""
    unchecked: list[str] = []
    for kind in ("query", "mutation"):
        for name, field in root_fields(kind).items():
            for leaf in text_leaves(field):
                variables = plain_arguments(field)
                put(variables, leaf.path, "1" * (leaf.limit + 1))
                for caller in CALLERS:
                    body = await send(
                        live,
                        operation(kind, name, field, depth=1),
                        variables,
                        tokens.get(caller or ""),
                    )
                    found = codes(body)
                    assert "INTERNAL_ERROR" not in found, (name, leaf, body)
                    if not set(found) & set(REFUSED_BY_RULE):
                        break
                if found != ["TOO_LONG"]:
                    unchecked.append(f"{name} {'.'.join(map(str, leaf.path))}: {body}")
    assert not unchecked, "\n".join(unchecked)


async def test_control_characters_are_refused_and_nothing_is_stored(live: LiveServer) -> None:
    register = """mutation($i: ProfessionalRegisterInput!) { professionalRegister(input: $i) {
        ok errors { code field } } }"""
    hospital = await Organisation.get(name="济南第一医院")
    account = {
        "idNumber": "370102199001010030",
        "name": "赵\x00六",
        "password": "Strong-pass-2026",
        "phone": "13800000001",
        "email": "z@example.com",
    }
    sent = {
        "account": account,
        "organisationId": str(hospital.id),
        "nativePlace": "济南",
        "ethnicity": "汉族",
        "education": "BACHELOR",
        "school": "山东大学",
        "major": "临床医学",
        "graduationDate": "2012-07-01",
        "degree": "BACHELOR",
        "postdoctoral": False,
        "titleSeries": "卫生技术",
        "titleSpecialty": "内科",
        "titleQualification": "主治医师",
        "titleGrade": "INTERMEDIATE",
    }
    for name in ("赵\x00六", "赵\x07六", "赵\x1b[31m六"):
        account["name"] = name
        body = await send(live, register, {"i": sent}, None)
        answer = body["data"]["professionalRegister"]
        assert answer["errors"] == [{"code": "INVALID_CHARACTERS", "field": "account.name"}]
    assert not await Account.filter(id_number="370102199001010030").exists()


async def test_non_finite_numbers_are_refused(live: LiveServer, tokens: dict[str, str]) -> None:
    create = """mutation($i: ClaimInput!) { claimCreate(input: $i) {
        claim { id } errors { code field } } }"""
    mine = "{ myClaims { id } }"
    before = (await live.data(mine, token=tokens["professional"]))["myClaims"]
    book = {"title": "书", "publisher": "出版社", "date": "2024-01-01"}
    for hours, words, refusal in (
        *((h, "1", ("INVALID_NUMBER", "requestedHours")) for h in NOT_FINITE),
        ("1e-999999", "1", ("HOURS_OUT_OF_RANGE", "requestedHours")),  # finite, rounds to 0
        *(("1", w, ("INVALID_NUMBER", "details.words")) for w in NOT_FINITE[:-1]),
    ):
        sent = {
            "year": 2025,
            "subject": "PROFESSIONAL",
            "form": "BOOK",
            "requestedHours": hours,
            "details": {**book, "words": words},
        }
        body = await send(live, create, {"i": sent}, tokens["professional"])
        errors = body["data"]["claimCreate"]["errors"]
        assert (errors[0]["code"], errors[0]["field"]) == refusal, (hours, words, body)
    assert (await live.data(mine, token=tokens["professional"]))["myClaims"] == before


# --- the HTTP edge --------------------------------------------------------------------------


def refused(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, (response.status_code, response.text[:300])
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == code, error
    assert any("\u4e00" <= c <= "\u9fff" for c in error["message"]), error


async def test_bodies_that_are_not_utf8_json_objects_get_a_typed_400(live: LiveServer) -> None:
    query = '{"query": "{ regions { code } }"}'
    json_type = {"Content-Type": "application/json"}
    for raw in (
        b"\xff\xfe{\x00\x00\xd8",  # malformed UTF-16
        query.encode("utf-16"),  # well-formed UTF-16: still not UTF-8
        b"\xef\xbb\xbf" + query.encode(),  # a UTF-8 byte order mark
        b'{"query": "\xff"}',
        b'{"query": "{ regions { code } }", "variables": {"a": NaN}}',
        b'{"query": "{ regions { code } }", "variables": {"a": "\\ud800"}}',
        b"[" * 100_000,
        b'{"a":' * 100_000,
        b"123",
        b'"{ regions { code } }"',
        b"null",
        b"{not json",
    ):
        response = await live.client.post("/graphql", content=raw, headers=json_type)
        refused(response, 400, "INVALID_JSON")
    response = await live.client.post(
        "/graphql", content=query, headers={"Content-Type": "text/plain"}
    )
    refused(response, 400, "UNSUPPORTED_CONTENT_TYPE")
    response = await live.client.post("/graphql", json=[{"query": "{ regions { code } }"}])
    refused(response, 400, "BATCHING_DISABLED")


async def test_a_body_over_one_megabyte_is_refused_before_it_is_read(live: LiveServer) -> None:
    big = b'{"query": "{ regions { code } }", "variables": {"x": "' + b"x" * 20_000_000 + b'"}}'
    json_type = {"Content-Type": "application/json"}
    refused(await live.client.post("/graphql", content=big, headers=json_type), 413,
            "REQUEST_TOO_LARGE")  # fmt: skip

    async def streamed() -> AsyncIterator[bytes]:  # no Content-Length: counted as it comes
        yield b'{"query": "{ regions { code } }", "variables": {"x": "'
        for _ in range(40):
            yield b"x" * 50_000
        yield b'"}}'

    response = await live.client.post("/graphql", content=streamed(), headers=json_type)
    refused(response, 413, "REQUEST_TOO_LARGE")
    # just under the limit is an ordinary request
    fits = {"query": "{ regions { code } }", "variables": {"x": "x" * 900_000}}
    assert (await live.client.post("/graphql", json=fits)).status_code == 200


async def test_deeply_nested_graphql_values_are_refused(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    deep = "[" * 1_400 + "]" * 1_400
    body = await send(live, "{ regions(parentCode: " + deep + ") { code } }", {}, None)
    assert body["errors"] and "INTERNAL_ERROR" not in codes(body), body
    nested: Any = "x"
    for _ in range(200):
        nested = [nested]
    create = """mutation($i: ClaimInput!) { claimCreate(input: $i) { errors { code } } }"""
    sent = {"year": 2025, "subject": "PROFESSIONAL", "form": "ACADEMIC_CONFERENCE",
            "requestedHours": "1", "details": {"topic": nested}}  # fmt: skip
    body = await send(live, create, {"i": sent}, tokens["professional"])
    assert codes(body) == ["TOO_DEEP"], body


async def test_odd_certificate_codes_answer_not_found(live: LiveServer) -> None:
    for code in ("A" * 33, "A" * 10_000, "%00", "ABC%00DEF", "%ff%fe", "证书", "' OR 1=1", "%20"):
        response = await live.client.get(f"/verify/{code}")
        assert response.status_code == 404, (code, response.status_code)
        assert "未找到该证书" in response.text, code
    check = "query($c: String!) { verifyCertificate(code: $c) { valid } }"
    assert (await send(live, check, {"c": "ABCDEFGHJKLMN"}, None))["data"] == {
        "verifyCertificate": None
    }
    assert codes(await send(live, check, {"c": "A" * 33}, None)) == ["TOO_LONG"]


async def test_ids_past_an_integer_column_are_refused_on_plain_routes(
    live: LiveServer, tokens: dict[str, str]
) -> None:
    professional = {"Authorization": f"Bearer {tokens['professional']}"}
    for file_id in ("99999999999", "9" * 18, "%D9%A3"):  # the last an Arabic-Indic digit
        response = await live.client.get(f"/files/{file_id}", headers=professional)
        assert response.status_code == 404, (file_id, response.text)
    admin = {"Authorization": f"Bearer {tokens['jinan']}"}
    response = await live.client.get("/certificates/2024.pdf?ids=99999999999", headers=admin)
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_ID")
    response = await live.client.get("/certificates/%D9%A3%D9%A3%D9%A3%D9%A3.pdf", headers=admin)
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_YEAR")
    forged = "query($id: ID!) { organisation(id: $id) { name } }"
    body = await send(live, forged, {"id": "99999999999"}, tokens["jinan"])
    assert codes(body) == ["INVALID_ID"]
    years = "query($y: [Int!]!) { yearStandards(years: $y) { year } }"
    assert codes(await send(live, years, {"y": [2147483647]}, None)) == ["OUT_OF_RANGE"]


# --- what the log keeps ---------------------------------------------------------------------


@strawberry.type
class _Broken:
    @strawberry.field
    def fails(self) -> str:
        raise ValueError("the value was " + "x" * 10_000)


def test_an_unexpected_error_is_logged_with_values_cut_short(
    caplog: pytest.LogCaptureFixture,
) -> None:
    schema = assemble(_Broken, None, None)  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR, logger="jijiao.graphql"):
        result = schema.execute_sync("{ fails }")
    assert result.errors and result.errors[0].extensions["code"] == "INTERNAL_ERROR"
    incident = result.errors[0].extensions["incident"]
    (record,) = [r for r in caplog.records if incident in r.getMessage()]
    logged = record.getMessage() + (record.exc_text or "")
    assert "ValueError: the value was xxx" in logged
    assert len(logged) < DEFAULT_MAX_LENGTH * 5 and "x" * 1_000 not in logged
    assert record.exc_info is None  # the handler does not print the full traceback again
