"""Error policy: every error leaves with an English `code`; unexpected ones are logged and
masked, so no stack trace or internal message ever reaches a client."""

from __future__ import annotations

import logging
import re
import traceback
import uuid
from contextvars import ContextVar
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.types import ExecutionContext
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

from domain.errors import DomainError
from schema.error_messages import in_chinese
from schema.input_limits import limit_inputs

log = logging.getLogger("jijiao.graphql")

_SUGGESTION = re.compile(r"\s*Did you mean .*$", flags=re.DOTALL)

# the id of the request being served, set by the server's edge (server/logs.py): an
# unexpected error's incident is this id, which the client also sees as X-Request-Id and
# every log line of the request carries
REQUEST_ID: ContextVar[str | None] = ContextVar("jijiao_request_id", default=None)

INTERNAL_MESSAGE = "服务器内部错误，请稍后重试或联系管理员"
# an exception's message may quote what a client sent (a 10,000-character value, a whole
# body): each line of a logged traceback keeps its start, and the record keeps its end
MAX_LOGGED_LINE = 300
MAX_LOGGED_CHARS = 20_000


def clipped_traceback(error: BaseException) -> str:
    lines = "".join(traceback.format_exception(error)).splitlines()
    clipped = "\n".join(
        line if len(line) <= MAX_LOGGED_LINE else f"{line[:MAX_LOGGED_LINE]}… [{len(line)} chars]"
        for line in lines
    )
    return clipped[-MAX_LOGGED_CHARS:]  # the end names the error


def _is_unexpected(error: GraphQLError) -> bool:
    original = error.original_error
    return original is not None and not isinstance(original, (DomainError, GraphQLError))


def anonymised(error: GraphQLError) -> GraphQLError:
    """What a client sees of an unexpected error: INTERNAL_ERROR, the incident id, its place
    in the document and the result — never the exception's own message."""
    return GraphQLError(
        INTERNAL_MESSAGE,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={**(error.extensions or {}), "code": "INTERNAL_ERROR"},
    )


def masked(errors: list[GraphQLError]) -> list[GraphQLError]:
    """The error policy's last step (after JijiaoSchema.process_errors has labelled and
    logged them): unexpected errors anonymised, the others as they are."""
    return [anonymised(error) if _is_unexpected(error) else error for error in errors]


class ErrorPolicy(MaskErrors):
    """The policy as a Strawberry extension, for the operations Strawberry executes itself
    (subscriptions, and the requests schema/direct.py leaves to Strawberry)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=_is_unexpected, error_message=INTERNAL_MESSAGE)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        return anonymised(error)


class JijiaoSchema(strawberry.Schema):
    # every validation rule of this schema, graphql-core's first (set by schema/assembly.py)
    validation_rules: tuple[Any, ...] = ()

    def get_fields(self, type_definition: StrawberryObjectDefinition) -> list[StrawberryField]:
        """Strawberry asks for every type's fields while it builds the schema: each field
        that takes arguments gets their length check here, so no field can miss it."""
        fields = super().get_fields(type_definition)
        if not type_definition.is_input:
            for field in fields:
                limit_inputs(field)
        return fields

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Label each error with a code; log only what nobody expected (with an incident id)."""
        for error in errors:
            original = error.original_error
            if isinstance(original, DomainError):
                error.message = original.message
                error.extensions = {"code": original.code, "field": original.field}
            elif _is_unexpected(error):
                incident = REQUEST_ID.get() or uuid.uuid4().hex[:12]
                error.extensions = {"incident": incident}
                log.error(
                    "incident %s at %s\n%s", incident, error.path, clipped_traceback(original)
                )
            elif not (error.extensions or {}).get("code"):
                # graphql-core speaks English: say it in Chinese, keep the original for developers
                message, reason = in_chinese(error.message)
                error.extensions = {
                    **(error.extensions or {}),
                    "code": "GRAPHQL_VALIDATION_FAILED",
                    "reason": reason,
                    # names of fields that exist are not for strangers, even in the detail
                    "detail": _SUGGESTION.sub("", error.message),
                }
                error.message = message
