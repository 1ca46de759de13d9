"""How a jijiao schema is put together: root types merged from each domain's parts, and the
request pipeline every schema runs (caches, limits, the error policy)."""

from __future__ import annotations

import inspect
from collections import Counter
from typing import Any, TypeVar

from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
    max_aliases,
    query_depth_limiter,
)
from strawberry.schema.config import StrawberryConfig
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


def assemble(
    query: type, mutation: type, subscription: type, *, introspection: bool = True
) -> JijiaoSchema:
    extensions: list[Any] = [
        # factories: strawberry builds fresh extensions per request; the parse and
        # validation caches live at module level, so they are shared all the same
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        # one list of rule classes for the process: the validation cache keys on them, so
        # rules built per request (as the limiter extensions do) would never hit the cache
        lambda: AddValidationRules(VALIDATION_RULES),
        ErrorPolicy,
    ]
    if not introspection:
        extensions.append(DisableIntrospection)
    return JijiaoSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        execution_context_class=SharingExecutionContext,
        config=StrawberryConfig(disable_field_suggestions=True),
        extensions=extensions,
    )
