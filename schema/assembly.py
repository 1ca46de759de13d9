"""How a jijiao schema is put together: root types merged from each domain's parts, and the
request pipeline every schema runs (caches, limits, the error policy)."""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, TypeVar

from graphql import parse, specified_rules
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import max_aliases, query_depth_limiter
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import validate_document
from strawberry.tools import merge_types

from schema.extensions import ErrorPolicy, JijiaoSchema
from schema.limits import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, MaxDirectivesRule
from schema.projection import ProjectingExecutionContext

VALIDATION_RULES = [
    max_aliases.create_validator(MAX_ALIASES),
    query_depth_limiter.create_validator(MAX_DEPTH, None, None),
    MaxDirectivesRule,
]


# the attribute naming a subscription event's memo of finished answers (see share_renders)
_RENDERS = "_jijiao_shared_renders"
T = TypeVar("T")


def share_renders(event: T) -> T:
    """Mark a subscription event that several subscribers receive as the very same object
    (domain/todo.py's View): each distinct operation is executed on it once, and every
    subscriber asking the same operation gets that one answer. Only for values whose
    fields depend on the value alone — not on who asks."""
    setattr(event, _RENDERS, {})
    return event


class SharingExecutionContext(ProjectingExecutionContext):
    """Executes an operation once per shared subscription event (share_renders). An
    operation with variables, or an answer with errors, is executed per subscriber."""

    def execute_operation(self, *args: Any, **kwargs: Any) -> Any:
        renders = getattr(self.root_value, _RENDERS, None)
        operation = self.operation
        if renders is None or operation.variable_definitions:
            return super().execute_operation(*args, **kwargs)
        # keyed by the parsed operation (the parser cache hands equal texts the same one);
        # holding it keeps its id from being reused while the event lives
        done = renders.get(id(operation))
        if done is not None and done[0] is operation:
            return done[1]
        result = super().execute_operation(*args, **kwargs)
        if inspect.isawaitable(result):
            return self._keep(renders, operation, result)
        if not result.errors:
            renders[id(operation)] = (operation, result)
        return result

    @staticmethod
    async def _keep(renders: dict[int, Any], operation: Any, pending: Any) -> Any:
        result = await pending
        if not result.errors:
            renders[id(operation)] = (operation, result)
        return result


def merge_roots(name: str, parts: tuple[type, ...]) -> type:
    """One root type from the domains' parts, their fields in the order given; a field two
    domains both declare is a mistake, not an override."""
    names = Counter(f.name for part in parts for f in part.__strawberry_definition__.fields)  # type: ignore[attr-defined]
    twice = sorted(name for name, count in names.items() if count > 1)
    if twice:
        raise TypeError(f"declared by more than one domain: {', '.join(twice)}")
    return merge_types(name, parts)


# parsed and validated documents, by text: bounded, so a stream of distinct texts cannot grow
# the process; shared by every request (and by every schema: the keys hold the schema)
DOCUMENT_CACHE_SIZE = 512


@lru_cache(maxsize=DOCUMENT_CACHE_SIZE)
def _parsed(query: str, max_tokens: int) -> Any:
    return parse(query, max_tokens=max_tokens)


# keyed by the text the document was parsed from, not by the document: hashing a parsed
# document walks its whole tree on every lookup (graphql-core does not keep the hash)
@lru_cache(maxsize=DOCUMENT_CACHE_SIZE)
def _validated(schema: Any, query: str, rules: tuple[Any, ...]) -> list[Any]:
    document = _parsed(query, MAX_TOKENS)
    return validate_document(schema, document, rules)  # Strawberry's rules added


def parsed_document(query: str) -> Any:
    """The document for a text, parsed once (a syntax error raises GraphQLError)."""
    return _parsed(query, MAX_TOKENS)


def validation_errors(schema: JijiaoSchema, query: str) -> list[Any]:
    """The schema's rules applied to the document of a text that parses, once per text."""
    return _validated(schema._schema, query, schema.validation_rules)


class RequestPipeline(ErrorPolicy):
    """The whole per-request pipeline in one extension: the token limit, the extra
    validation rules, the parse and validation caches, and the error policy.

    Strawberry builds every extension anew for each request and walks each one's hooks
    around each phase; five extensions (ParserCache, ValidationCache, MaxTokensLimiter,
    AddValidationRules, the error policy) cost more than parsing a cached document. One
    does the same work. A document is parsed once per text (a text over MAX_TOKENS raises
    the same syntax error it always did) and validated once per (schema, document, rules):
    the rules are one tuple per schema, so the key holds."""

    def __init__(self, rules: tuple[Any, ...]) -> None:
        super().__init__()
        self.rules = rules

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context
        context.parse_options["max_tokens"] = MAX_TOKENS
        context.validation_rules = context.validation_rules + self.rules
        yield from super().on_operation()

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        context.graphql_document = _parsed(context.query, MAX_TOKENS)
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        # on_parse put the cached document of this very text in the context
        context.pre_execution_errors = _validated(
            context.schema._schema, context.query, context.validation_rules
        )
        yield


def assemble(
    query: type, mutation: type, subscription: type, *, introspection: bool = True
) -> JijiaoSchema:
    # one tuple of rule classes for the process: the validation cache keys on it
    rules = tuple(VALIDATION_RULES) + (() if introspection else (NoSchemaIntrospectionCustomRule,))
    schema = JijiaoSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        execution_context_class=SharingExecutionContext,
        config=StrawberryConfig(disable_field_suggestions=True),
        extensions=[lambda: RequestPipeline(rules)],
    )
    # every rule a document is validated by, in the order RequestPipeline gives them
    # (graphql-core's, then ours), so both paths share one validation cache entry
    schema.validation_rules = tuple(specified_rules) + rules
    return schema
