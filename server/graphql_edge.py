"""The HTTP edge of /graphql: what a request must be before GraphQL sees it.

A body is bounded before it is read whole (MAX_BODY_BYTES: a declared Content-Length past
it is refused unread, a streamed one when it crosses the limit, by server/bodies.py); it is
decoded as strict JSON (orjson: UTF-8 only, no NaN or Infinity, no lone surrogates, nesting
cut at 1,024 levels, where the standard library recursed until it crashed); and what the
endpoint refuses answers in the shape of every other GraphQL error — a Chinese message and
an English code — not Strawberry's plain-text reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from cross_web import HTTPException  # what Strawberry's HTTP views raise
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from schema.limits import MAX_BODY_BYTES


def declares_too_large(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return value.isdigit() and int(value) > MAX_BODY_BYTES
    return False


def decode_body(data: str | bytes) -> object:
    """A request body or query parameter as strict JSON: an object (an array is a batch,
    which the endpoint refuses by name); anything else is not a GraphQL request."""
    value = orjson.loads(data)
    if not isinstance(value, dict | list):
        raise HTTPException(400, "The request must be a JSON object")
    return value


def refusal(status: int, code: str, message: str, detail: str | None = None) -> JSONResponse:
    extensions: dict[str, Any] = {"code": code}
    if detail:
        extensions["detail"] = detail
    return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status)


def too_large() -> JSONResponse:
    return refusal(413, "REQUEST_TOO_LARGE", f"请求体不能超过{MAX_BODY_BYTES // 1_000_000} MB")


# Strawberry's reasons (English, plain text) → a code and a sentence in Chinese
_REASONS = {
    "Unable to parse request body as JSON": ("INVALID_JSON", "请求体不是有效的 JSON（须为 UTF-8）"),
    "The request must be a JSON object": ("INVALID_JSON", "请求体应为 JSON 对象"),
    "Unsupported content type": ("UNSUPPORTED_CONTENT_TYPE", "请求须为 application/json"),
    "Batching is not enabled": ("BATCHING_DISABLED", "不支持批量请求，请逐个发送"),
    "No GraphQL query found in the request": ("MISSING_QUERY", "请求中没有查询语句"),
    "Not Found": ("NOT_FOUND", "页面不存在"),
    "GraphQL only supports GET and POST requests.": (
        "METHOD_NOT_ALLOWED",
        "只支持 GET 与 POST 请求",
    ),
}


def http_refusal(error: HTTPException) -> JSONResponse:
    code, message = _REASONS.get(error.reason, ("BAD_REQUEST", "请求格式不正确"))
    return refusal(error.status_code, code, message, detail=error.reason)


# --- the response media type (GraphQL over HTTP, application/graphql-response+json) ---
#
# A client that accepts application/graphql-response+json is told by the status what
# happened: 4xx, without a "data" entry, when the request was refused before execution (a
# syntax or validation error, a variable that does not coerce, an edge refusal); 200 once
# execution began, whatever its errors. A client asking for application/json (or sending no
# Accept) keeps the older contract: 200 with {"data": null, "errors": …}.

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


def _quality(media_range: str) -> tuple[str, float]:
    kind, *params = (part.strip() for part in media_range.split(";"))
    quality = 1.0
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
    return kind.lower(), quality


def wants_graphql_response(accept: str | None) -> bool:
    """The client lists application/graphql-response+json, at least as gladly as
    application/json (the spec's preference when both are equal)."""
    if not accept:
        return False
    qualities: dict[str, float] = {}
    for media_range in accept.split(","):
        kind, quality = _quality(media_range)
        qualities[kind] = max(quality, qualities.get(kind, 0.0))
    wanted = qualities.get(GRAPHQL_RESPONSE_JSON, 0.0)
    return wanted > 0 and wanted >= qualities.get("application/json", 0.0)


def refused_before_execution(data: object, errors: list[Any] | None) -> bool:
    """Errors without a path come from parsing, validation, variable coercion or a check of
    ours before execution (the query's size); an execution error names its field's path. A
    timeout has no path either, but execution had begun."""
    if data is not None or not errors:
        return False
    for error in errors:
        if getattr(error, "path", None) is not None:
            return False
        if (getattr(error, "extensions", None) or {}).get("code") == "TIMEOUT":
            return False
    return True


def as_graphql_response(response: Response, refused: bool) -> Response:
    """The same body in the spec's media type; 400 when execution never began."""
    response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
    if refused and response.status_code < 400:
        response.status_code = 400
    return response


# --- the direct path (server/app.py JijiaoGraphQL._direct) ---


@dataclass(frozen=True)
class PlainRequest:
    query: str
    variables: dict[str, Any] | None
    operation_name: str | None
    extensions: dict[str, Any] | None


_REQUEST_KEYS = frozenset(("query", "variables", "operationName", "extensions"))
_STREAMING = ("text/event-stream", "multipart/mixed")


def plain_json_post(headers: Mapping[str, str]) -> bool:
    """A body declared as JSON, answered as one JSON document (no streaming asked for)."""
    content_type = headers.get("content-type", "")
    if content_type.partition(";")[0].strip().lower() != "application/json":
        return False
    accept = headers.get("accept", "")
    return not any(kind in accept for kind in _STREAMING)


def plain_request(data: object) -> PlainRequest | None:
    """One request whose every entry has its type (else None: Strawberry's view explains
    what is wrong, in the edge's words)."""
    if type(data) is not dict or not data.keys() <= _REQUEST_KEYS:
        return None
    query = data.get("query")
    variables = data.get("variables")
    operation_name = data.get("operationName")
    extensions = data.get("extensions")
    if (
        type(query) is not str
        or not (variables is None or type(variables) is dict)
        or not (operation_name is None or type(operation_name) is str)
        or not (extensions is None or type(extensions) is dict)
    ):
        return None
    return PlainRequest(query, variables, operation_name, extensions)
