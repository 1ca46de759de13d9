"""The one GraphQL schema of jijiao, printed to schema.graphql."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)

from resolvers import organisations as organisation_resolvers
from resolvers import persons as person_resolvers
from schema.extensions import ErrorPolicy, JijiaoSchema
from schema.pagination import Connection
from schema.projection import ProjectingExecutionContext
from schema.subscriptions import Subscription
from schema.types.organisations import Organisation
from schema.types.persons import Person
from schema.types.regions import Region

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5000


@strawberry.type
class Query:
    organisation: Organisation = strawberry.field(
        resolver=organisation_resolvers.organisation, description="按编号查询机构"
    )
    organisations: Connection[Organisation] = strawberry.field(
        resolver=organisation_resolvers.organisations, description="机构列表"
    )
    regions: list[Region] = strawberry.field(
        resolver=organisation_resolvers.regions, description="行政区划；不给上级代码时返回顶层"
    )
    persons: Connection[Person] = strawberry.field(
        resolver=person_resolvers.persons, description="专业技术人员查询"
    )


def build_schema() -> JijiaoSchema:
    return JijiaoSchema(
        query=Query,
        subscription=Subscription,
        execution_context_class=ProjectingExecutionContext,
        extensions=[
            # factories: strawberry builds fresh extensions per request; the parse and
            # validation caches live at module level, so they are shared all the same
            lambda: ParserCache(maxsize=512),
            lambda: ValidationCache(maxsize=512),
            lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
            lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
            lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
            ErrorPolicy,
        ],
    )


def print_sdl() -> str:
    return build_schema().as_str() + "\n"
