"""Executing a query or mutation straight on graphql-core, for the common request: a valid
document, already parsed and validated once for its text.

Strawberry's `Schema.execute` builds an execution context, a fresh instance of every schema
extension and a runner that walks their hooks around each phase; for a small query that
machinery cost more than the execution itself (bench http-floor: about a third of the
anonymous `{ __typename }` path). The steps it would run for jijiao's one extension
(schema/assembly.py's RequestPipeline) are done here directly, with the same functions:

- the document from the parse cache, validated by the same rules through the same cache;
- execution with the schema's own executor class (SharingExecutionContext);
- the error policy: `JijiaoSchema.process_errors` labels and logs, `masked` anonymises.

Anything else — a syntax or validation error, a subscription, no operation to run — is
left to Strawberry (`None`), so every refusal keeps the one shape Strawberry and the error
policy give it; those requests are rare and not worth a second implementation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from graphql import GraphQLError, OperationType, execute
from graphql.language import OperationDefinitionNode
from strawberry.execution.is_awaitable import optimized_is_awaitable
from strawberry.types import ExecutionResult

from schema.assembly import DOCUMENT_CACHE_SIZE, parsed_document, validation_errors
from schema.extensions import JijiaoSchema, masked

_DIRECT = (OperationType.QUERY, OperationType.MUTATION)


def _operation(document: Any, operation_name: str | None) -> OperationDefinitionNode | None:
    found = None
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        if operation_name is None:
            if found is not None:
                return None  # several operations and no name: Strawberry explains
            found = definition
        elif definition.name is not None and definition.name.value == operation_name:
            return definition
    return found


@lru_cache(maxsize=DOCUMENT_CACHE_SIZE)
def prepared(schema: JijiaoSchema, query: str, operation_name: str | None) -> Any | None:
    """The document when the text parses, validates and names one query or mutation (each
    answer cached: a text is judged once)."""
    try:
        document = parsed_document(query)
    except GraphQLError:
        return None
    operation = _operation(document, operation_name)
    if operation is None or operation.operation not in _DIRECT:
        return None
    if validation_errors(schema, query):
        return None
    return document


async def execute_prepared(
    schema: JijiaoSchema,
    document: Any,
    *,
    variables: dict[str, Any] | None,
    operation_name: str | None,
    context: Any,
    extensions: dict[str, Any] | None = None,
) -> ExecutionResult:
    result = execute(
        schema._schema,
        document,
        context_value=context,
        variable_values=variables,
        operation_name=operation_name,
        executor_class=schema.execution_context_class,
        is_awaitable=optimized_is_awaitable,
        operation_extensions=extensions,
    )
    if optimized_is_awaitable(result):
        result = await result
    errors = result.errors
    if errors:
        schema.process_errors(errors)
        errors = masked(errors)
    return ExecutionResult(data=result.data, errors=errors)
