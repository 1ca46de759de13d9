"""The console is generated: pages follow the schema's types and descriptions, navigation
follows the very `@allow` rule the API enforces, and every document it sends is valid."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import strawberry
from graphql import GraphQLSchema, parse, validate
from strawberry.permission import PermissionExtension

from admin_ui.fitted import root_fields
from admin_ui.graph import strawberry_field
from admin_ui.lists import plan_list
from admin_ui.login import login_page
from admin_ui.navigation import Audience, app_json
from admin_ui.pages import LIST_API, list_page
from admin_ui.records import record_page
from domain import imports, todo
from domain.errors import DomainError
from domain.principal import ALL_MODULES, ANONYMOUS, Principal
from domain.rules import Rule
from models.enums import Module, RoleKind
from resolvers.root import build_schema
from schema.enums import TitleGrade
from schema.pagination import Connection
from schema.permissions import allow, may_use_field
from tests.console.conftest import PUBLIC_LISTS

# --- a tiny schema: the same type before and after a described field is added to it


@strawberry.type(description="课程")
class Course:
    id: strawberry.ID
    title: str = strawberry.field(description="课程名称")
    grade: TitleGrade = strawberry.field(description="适用职称级别")


@strawberry.type(description="课程")
class CourseWithProvider(Course):
    provider: str = strawberry.field(description="主办单位（培训机构全称）")


@strawberry.input(description="课程筛选")
class CourseFilter:
    title_contains: str | None = strawberry.field(default=None, description="名称包含")


def courses(
    filter: CourseFilter | None = None, first: int | None = None, after: str | None = None
) -> Connection[Course]:
    raise NotImplementedError


def courses_with_provider(
    filter: CourseFilter | None = None, first: int | None = None, after: str | None = None
) -> Connection[CourseWithProvider]:
    raise NotImplementedError


# a rule of the inline test schema only: not registered among the product's rules
COURSES = Rule("COURSES", "课程列表", (RoleKind.EMPLOYER,))


@strawberry.type
class QueryBefore:
    courses: Connection[Course] = strawberry.field(
        resolver=courses, extensions=allow(COURSES), description="课程列表"
    )


@strawberry.type
class QueryAfter:
    courses: Connection[CourseWithProvider] = strawberry.field(
        resolver=courses_with_provider,
        extensions=allow(COURSES),
        description="课程列表",
    )


def admin(kind: RoleKind, *modules: Module, is_super: bool = False) -> Principal:
    return Principal(
        account_id=1,
        kind=kind,
        organisation_id=1,
        admin_id=1,
        is_super=is_super,
        modules=frozenset(modules),
    )


PROFESSIONAL = Principal(account_id=2, kind=RoleKind.PROFESSIONAL, professional_id=1)


def column_labels(page: dict[str, Any]) -> list[str]:
    return [column["label"] for column in page["body"]["columns"]]


def nav_urls(app: dict[str, Any]) -> set[str]:
    return {page["url"] for group in app["pages"] for page in group["children"]}


def test_a_described_field_added_to_a_type_shows_in_the_console() -> None:
    before = strawberry.Schema(query=QueryBefore)._schema
    after = strawberry.Schema(query=QueryAfter)._schema
    plan_before, plan_after = plan_list(before, "courses"), plan_list(after, "courses")
    assert plan_before is not None and plan_after is not None

    assert column_labels(list_page(plan_before)) == ["编号", "课程名称", "适用职称级别"]
    # the new field appears, labelled by its description, with no console code changed
    assert column_labels(list_page(plan_after)) == ["编号", "课程名称", "适用职称级别", "主办单位"]
    assert "provider" in plan_after.query

    page = app_json(after, Audience(admin(RoleKind.EMPLOYER)))
    listed = next(p for g in page["pages"] for p in g["children"] if p["url"] == "/courses")
    assert listed["label"] == "课程列表"
    grade = next(c for c in listed["schema"]["body"]["columns"] if c["name"] == "grade")
    assert grade["type"] == "mapping" and grade["map"]["SENIOR"] == "高级"
    assert listed["schema"]["body"]["filter"]["body"][0]["label"] == "名称包含"
    # the field's rule names employers only: a professional's console has no such page
    assert "/courses" not in nav_urls(app_json(after, Audience(PROFESSIONAL)))


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def enforced(principal: Principal, schema: GraphQLSchema, name: str) -> bool:
    """What the API does when the principal calls the field (the permission's own check)."""
    definition = schema.query_type.fields[name].extensions["strawberry-definition"]  # type: ignore[union-attr]
    permissions = [
        p
        for e in definition.extensions
        if isinstance(e, PermissionExtension)
        for p in e.permissions
    ]
    if not permissions:
        return False
    try:
        return all(
            p.has_permission(None, SimpleNamespace(context=SimpleNamespace(principal=principal)))
            for p in permissions
        )
    except DomainError:
        return False


PRINCIPALS = [
    ANONYMOUS,
    PROFESSIONAL,
    admin(RoleKind.EMPLOYER),
    admin(RoleKind.EMPLOYER, Module.CLAIM_REVIEW),
    admin(RoleKind.EMPLOYER, Module.ACCOUNTS, Module.ADMINS),
    admin(RoleKind.EMPLOYER, is_super=True),
    admin(RoleKind.COMPETENT, Module.STATISTICS),
    admin(RoleKind.HRSS, is_super=True),
    admin(RoleKind.BASE, Module.AUDIT),
    Principal(account_id=3, kind=RoleKind.EMPLOYER, admin_id=3, organisation_id=1,
              is_super=True, modules=ALL_MODULES, must_change_password=True),
]  # fmt: skip


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_navigation_lists_exactly_the_lists_the_api_lets_the_principal_read(
    schema: GraphQLSchema, principal: Principal
) -> None:
    audience = Audience(principal, review_kinds=tuple(k.value for k in todo.kinds_for(principal)))
    urls = nav_urls(app_json(schema, audience))
    pages = {url for url in urls if not url.startswith(("/do/", "/import/"))}
    shown = {url.split("/")[1] for url in pages} - {""}
    lists = {
        name
        for name in schema.query_type.fields  # type: ignore[union-attr]
        if plan_list(schema, name) or record_page(schema, name)
    }
    assert shown == {name for name in lists if enforced(principal, schema, name)}
    # operation pages follow the same rule, on the mutations
    for url in urls:
        if url.startswith("/do/"):
            name = url.removeprefix("/do/")
            found = strawberry_field(schema.mutation_type.fields[name])  # type: ignore[union-attr]
            assert found is not None and may_use_field(principal, found), name
    # so do the operations offered anywhere in a page (row actions, dialogs)
    app = app_json(schema, audience)
    for document in documents(app):
        operation = parse(document).definitions[0]
        if (
            getattr(operation, "operation", None) is not None
            and operation.operation.value == "mutation"
        ):
            name = operation.selection_set.selections[0].name.value
            found = strawberry_field(schema.mutation_type.fields[name])  # type: ignore[union-attr]
            assert found is not None and may_use_field(principal, found), name
    # import pages follow the import routes' own rule
    importers = {url.removeprefix("/import/") for url in urls if url.startswith("/import/")}
    assert importers == {
        kind
        for kind, importer in imports.IMPORTERS.items()
        if imports.can_import(principal, importer) and not principal.must_change_password
    }


def test_a_claim_reviewer_sees_the_review_queue_its_units_and_the_public_lists(
    schema: GraphQLSchema,
) -> None:
    reviewer = Audience(
        admin(RoleKind.EMPLOYER, Module.CLAIM_REVIEW), review_kinds=("CLAIM_REVIEW",)
    )
    app = app_json(schema, reviewer)
    # its queue, its subtree's units, its members' claim records (学时申报记录), and the
    # public lists anyone may read
    assert nav_urls(app) == {
        "/",
        "/reviewSteps/CLAIM_REVIEW",
        "/do/passwordChange",
        "/organisations",
        "/memberClaims",
        *PUBLIC_LISTS,
    }
    queue = next(p for g in app["pages"] for p in g["children"] if "reviewSteps" in p["url"])
    assert queue["label"] == "学时审核"
    pending, decided = (t["body"] for t in queue["schema"]["body"]["tabs"])
    assert [a["label"] for a in pending["bulkActions"]] == ["通过", "不通过"]
    assert "bulkActions" not in decided
    assert pending["api"].endswith("kind=CLAIM_REVIEW&decided=false")


def documents(value: Any) -> list[str]:
    """Every GraphQL document inside a page description."""
    found: list[str] = []
    if isinstance(value, dict):
        if isinstance(value.get("graphql"), str):
            found.append(value["graphql"])
        provider = value.get("dataProvider")
        if isinstance(provider, str):
            start = provider.index('"') + 1
            found.append(provider[start : provider.index('"', start)])
        for inner in value.values():
            found.extend(documents(inner))
    elif isinstance(value, list):
        for inner in value:
            found.extend(documents(inner))
    return found


def lists_read(value: Any) -> list[str]:
    """The list fields a page description reads through the console's list route."""
    found: list[str] = []
    if isinstance(value, dict):
        for inner in value.values():
            if isinstance(inner, str) and inner.startswith(LIST_API):
                found.append(inner.removeprefix(LIST_API).split("?")[0])
            found.extend(lists_read(inner))
    elif isinstance(value, list):
        for inner in value:
            found.extend(lists_read(inner))
    return found


@pytest.mark.parametrize("principal", PRINCIPALS)
def test_no_page_or_picker_calls_a_field_the_principal_may_not_use(
    schema: GraphQLSchema, principal: Principal
) -> None:
    """Every document a page, a row dialog or a picker of the principal's console sends, and
    every list it reads, is one the API lets the principal use (the sign-in page for anyone
    not signed in): a page never opens on a FORBIDDEN toast."""
    audience = Audience(principal, review_kinds=tuple(k.value for k in todo.kinds_for(principal)))
    app = login_page(schema) if principal is ANONYMOUS else app_json(schema, audience)
    called = [pair for document in documents(app) for pair in root_fields(document)]
    called.extend(("query", name) for name in lists_read(app))
    assert ("query", "organisationDirectory") in called  # pickers were walked too
    roots = {"query": schema.query_type, "mutation": schema.mutation_type,
             "subscription": schema.subscription_type}  # fmt: skip
    forbidden = sorted(
        {
            f"{kind} {name}"
            for kind, name in called
            if not may_use_field(principal, strawberry_field(roots[kind].fields[name]))  # type: ignore[arg-type, union-attr]
        }
    )
    assert forbidden == []


def test_a_professional_chooses_its_department_among_its_own_units(
    schema: GraphQLSchema,
) -> None:
    app = app_json(schema, Audience(PROFESSIONAL))
    page = next(
        p for g in app["pages"] for p in g["children"] if p["url"] == "/do/profileBasicUpdate"
    )
    department = next(c for c in page["schema"]["body"]["body"] if c["name"] == "departmentId")
    assert root_fields(department["source"]["graphql"]) == (("query", "viewer"),)
    # the professional starts its own transfer: no member to choose (that is for admins)
    page = next(p for g in app["pages"] for p in g["children"] if p["url"] == "/do/transferStart")
    assert "professionalId" not in [c["name"] for c in page["schema"]["body"]["body"]]
    admin_app = app_json(schema, Audience(admin(RoleKind.EMPLOYER, is_super=True)))
    page = next(
        p for g in admin_app["pages"] for p in g["children"] if p["url"] == "/do/transferStart"
    )
    assert "professionalId" in [c["name"] for c in page["schema"]["body"]["body"]]


def test_every_document_the_console_sends_is_valid_against_the_schema(
    schema: GraphQLSchema,
) -> None:
    sent = documents(login_page(schema))
    for kind in (RoleKind.EMPLOYER, RoleKind.COMPETENT, RoleKind.HRSS, RoleKind.BASE):
        audience = Audience(admin(kind, is_super=True), review_kinds=("CLAIM_REVIEW",))
        sent.extend(documents(app_json(schema, audience)))
    for name in schema.query_type.fields:  # type: ignore[union-attr]
        plan = plan_list(schema, name)
        if plan is not None:
            sent.extend([plan.query, *([plan.cursors_query] if plan.paged else [])])
    kinds = {document.split("(")[0].split(" ")[0] for document in sent}
    assert kinds == {"query", "mutation", "subscription"}
    for document in sent:
        assert validate(schema, parse(document)) == [], document


def test_every_argument_a_page_offers_is_described(schema: GraphQLSchema) -> None:
    """Labels come from descriptions only: an undescribed argument would show its English
    name in a filter form."""
    undescribed = [
        f"{root.name}.{name}({arg})"
        for root in (schema.query_type, schema.mutation_type)
        if root is not None
        for name, field in root.fields.items()
        for arg, definition in field.args.items()
        if arg not in ("first", "after", "filter", "input") and not definition.description
    ]
    assert undescribed == []
