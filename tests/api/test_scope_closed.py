"""Scope fails closed: dropping the token never widens what one sees.

Every root query field, read from the built schema so a field added later is checked too, is
called without a token. It is either refused (UNAUTHENTICATED) or public by design, and a
public field then answers nothing beyond what a signed-in admin of a sibling unit gets for the
same request: the same answer, or nothing at all.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
)

from domain.identity import credit_code_check_char
from models import Organisation
from tests.conftest import LiveServer
from tests.fixtures.tree import make_id_number

# what may answer a caller without a token: the viewer (null then), the unit directory for
# registration pickers, reference data, certificate verification and registration progress
# by ID number; `organisation` and `organisations` may be asked but reach nothing
PUBLIC = {
    "viewer",
    "organisation",
    "organisations",
    "organisationDirectory",
    "regions",
    "learningForms",
    "yearStandards",
    "verifyCertificate",
    "registrationProgress",
}
# how deep the generated selection goes: an organisation, its parent, the parent's parent
DEPTH = 3

ORG = "query($id: ID!) { organisation(id: $id) { id name phone address creditCode } }"
ORGS = """query($f: OrganisationFilter) { organisations(filter: $f, first: 100) {
    totalCount edges { node { id name phone } } } }"""
DIRECTORY = """query($n: String) { organisationDirectory(nameContains: $n) { id name kind } }"""
REGISTER_ORG = """mutation($i: OrganisationRegisterInput!) { organisationRegister(input: $i) {
    ok errors { code } } }"""


def _unwrap(graphql_type: Any) -> Any:
    while isinstance(graphql_type, (GraphQLNonNull, GraphQLList)):
        graphql_type = graphql_type.of_type
    return graphql_type


def _needs_arguments(field: GraphQLField) -> bool:
    return any(
        isinstance(arg.type, GraphQLNonNull) and arg.default_value is Undefined
        for arg in field.args.values()
    )


def _selection(graphql_type: Any, depth: int) -> str:
    """Every field reachable without arguments, `depth` objects deep."""
    named = _unwrap(graphql_type)
    if isinstance(named, (GraphQLScalarType, GraphQLEnumType)):
        return ""
    if not isinstance(named, GraphQLObjectType) or depth == 0:
        return " { __typename }"
    fields = [
        name + _selection(field.type, depth - 1)
        for name, field in named.fields.items()
        if not _needs_arguments(field)
    ]
    return " { " + " ".join(fields) + " }"


def _required(arguments: dict[str, Any], scalars: dict[str, str]) -> list[str]:
    return [
        f"{name}: {_literal(arg.type, scalars)}"
        for name, arg in arguments.items()
        if isinstance(arg.type, GraphQLNonNull) and arg.default_value is Undefined
    ]


def _literal(graphql_type: Any, scalars: dict[str, str]) -> str:
    """The smallest valid value: a scalar from `scalars`, an enum's first member, an empty
    list, an input object with its required fields."""
    if isinstance(graphql_type, GraphQLNonNull):
        return _literal(graphql_type.of_type, scalars)
    if isinstance(graphql_type, GraphQLList):
        return "[]"
    if isinstance(graphql_type, GraphQLEnumType):
        return next(iter(graphql_type.values))
    if isinstance(graphql_type, GraphQLInputObjectType):
        return "{" + ", ".join(_required(graphql_type.fields, scalars)) + "}"
    return scalars[graphql_type.name]


def root_queries(scalars: dict[str, str]) -> dict[str, str]:
    """A request per root query field: its required arguments filled with the smallest
    valid values (scalars from `scalars`), everything it answers selected."""
    from resolvers.root import build_schema

    query_type = build_schema()._schema.query_type
    assert query_type is not None
    requests = {}
    for name, field in query_type.fields.items():
        arguments = _required(field.args, scalars)
        call = f"{name}({', '.join(arguments)})" if arguments else name
        requests[name] = f"{{ {call}{_selection(field.type, DEPTH)} }}"
    return requests


def codes(body: dict[str, Any]) -> set[str]:
    return {(e.get("extensions") or {}).get("code") for e in body.get("errors") or []}


def answer(body: dict[str, Any], name: str) -> tuple[Any, list[tuple[Any, str]]]:
    """What a request told the caller: its data and its errors (code and message)."""
    errors = [
        ((e.get("extensions") or {}).get("code"), e["message"]) for e in body.get("errors") or []
    ]
    return (body.get("data") or {}).get(name), errors


def is_nothing(value: Any) -> bool:
    """Null, an empty list, or an empty connection."""
    if isinstance(value, dict) and "totalCount" in value:
        return value["totalCount"] == 0 and not value.get("edges")
    return value in (None, [])


def reaches_nothing(body: dict[str, Any], name: str) -> bool:
    """Refused, not found, or answered with nothing: either way no row came back."""
    if body.get("errors"):
        return codes(body) <= {"UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"}
    return is_nothing(body["data"][name])


async def test_every_root_field_refuses_anonymous_callers_or_answers_no_more_than_a_sibling(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # ids name hospital1, the sibling of hospital2 whose admin is the signed-in comparison;
    # strings are a real ID number, so lookups by one find its owner if anything does
    scalars = {"ID": f'"{tree.ids["hospital1"]}"', "String": f'"{tree.people["王芳"]}"',
                "Int": "2026", "Boolean": "false", "Date": '"2026-01-01"',
                "DateTime": '"2026-01-01T00:00:00"', "JSON": "{}"}  # fmt: skip
    requests = root_queries(scalars)
    assert len(requests) > len(PUBLIC)
    answered, widened = set(), []
    for name, query in requests.items():
        anonymous = await live.gql(query)
        assert "GRAPHQL_VALIDATION_FAILED" not in codes(anonymous), (name, query, anonymous)
        if codes(anonymous) == {"UNAUTHENTICATED"}:
            continue
        answered.add(name)
        data, errors = answer(anonymous, name)
        sibling = answer(await live.gql(query, token=tokens["hospital2"]), name)
        if (data, errors) != sibling and not is_nothing(data):
            widened.append((name, data, sibling))
    assert answered <= PUBLIC, f"answered anonymously but not public by design: {answered - PUBLIC}"
    assert widened == []


async def test_a_sibling_unit_is_not_found_signed_in_and_anonymously_alike(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    existing, missing = {"id": str(tree.ids["hospital1"])}, {"id": "987654"}
    own = await live.data(ORG, existing, token=tokens["hospital1"])
    assert own["organisation"]["name"] == "济南第一医院"
    sibling = await live.gql(ORG, existing, token=tokens["hospital2"])
    assert codes(sibling) == {"NOT_FOUND"}
    # the same answer as for an id that does not exist: nothing tells the two apart
    assert answer(sibling, "organisation") == answer(
        await live.gql(ORG, missing, token=tokens["hospital2"]), "organisation"
    )
    # without a token: refused, or the sibling's very answer — never more
    anonymous = await live.gql(ORG, existing)
    assert codes(anonymous) == {"UNAUTHENTICATED"} or answer(anonymous, "organisation") == answer(
        sibling, "organisation"
    )
    assert answer(anonymous, "organisation") == answer(await live.gql(ORG, missing), "organisation")


async def test_anonymous_organisations_lists_no_rows_whatever_the_filter(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    for given in (None, {"kinds": ["EMPLOYER"]}, {"withinId": str(tree.ids["province"])},
                  {"nameContains": "医院"}, {"statuses": ["ACTIVE", "PENDING"]}):  # fmt: skip
        assert reaches_nothing(await live.gql(ORGS, {"f": given}), "organisations"), given
    signed_in = (await live.data(ORGS, {"f": None}, token=tokens["hospital2"]))["organisations"]
    assert [e["node"]["name"] for e in signed_in["edges"]] == ["济南第二医院"]


async def test_a_professional_sees_its_own_unit_through_viewer_and_no_organisation_rows(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    token = tokens["professional"]
    viewer = await live.data("{ viewer { organisation { name } } }", token=token)
    assert viewer["viewer"]["organisation"] == {"name": "济南第一医院"}
    assert reaches_nothing(await live.gql(ORGS, {"f": None}, token=token), "organisations")
    for unit in ("hospital1", "hospital2"):
        body = await live.gql(ORG, {"id": str(tree.ids[unit])}, token=token)
        assert body["data"] is None and reaches_nothing(body, "organisation"), unit


async def test_a_pending_registration_stays_out_of_every_anonymous_answer(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # given a unit registered through the public mutation, waiting for its parent's review
    body = "91370102MA3C96061"
    admin = {
        "idNumber": make_id_number("370102", "19860606", 606),
        "name": "周主任",
        "password": "Reg-pass-2026",
        "phone": "13812345678",
        "email": "reg@example.cn",
    }
    unit = {"kind": "EMPLOYER", "name": "济南待审医院", "creditCode": body + credit_code_check_char(body),
            "parentId": str(tree.ids["health"]), "regionCode": "370102", "nature": "PUBLIC_INSTITUTION",
            "level": "MUNICIPAL", "industry": "卫生", "phone": "0531-88886666",
            "address": "济南市历下区待审路1号", "admin": admin}  # fmt: skip
    registered = await live.data(REGISTER_ORG, {"i": unit})
    assert registered["organisationRegister"] == {"ok": True, "errors": []}
    pending = await Organisation.get(name="济南待审医院")
    variables = {"id": str(pending.id)}
    # its reviewer reaches it
    reviewer = await live.data(ORG, variables, token=tokens["health"])
    assert reviewer["organisation"]["phone"] == "0531-88886666"
    # nobody without a token does: not by id, not by name, not in the public directory
    by_id = await live.gql(ORG, variables)
    assert by_id["data"] is None and reaches_nothing(by_id, "organisation")
    by_name = await live.gql(ORGS, {"f": {"nameContains": "待审"}})
    assert reaches_nothing(by_name, "organisations")
    directory = (await live.data(DIRECTORY, {"n": "医院"}))["organisationDirectory"]
    assert {e["name"] for e in directory} == {"济南第一医院", "济南第一医院东院", "济南第二医院"}


async def test_the_public_directory_answers_names_and_kinds_only(
    live: LiveServer, tree: Any
) -> None:
    from resolvers.root import build_schema

    entry = _unwrap(build_schema()._schema.query_type.fields["organisationDirectory"].type)
    assert set(entry.fields) == {"id", "name", "kind"}
    everything = (await live.data(DIRECTORY, {"n": None}))["organisationDirectory"]
    assert len(everything) == len(tree.ids)
