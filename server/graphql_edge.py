"""The HTTP edge of /graphql: what a request must be before GraphQL sees it.

A body is bounded before it is read whole (MAX_BODY_BYTES: a declared Content-Length past
it is refused unread, a streamed one when it crosses the limit, by server/bodies.py); it is
decoded as strict JSON (orjson: UTF-8 only, no NaN or Infinity, no lone surrogates, nesting
cut at 1,024 levels, where the standard library recursed until it crashed); and what the
endpoint refuses answers in the shape of every other GraphQL error — a Chinese message and
an English code — not Strawberry's plain-text reason.
"""

from __future__ import annotations

from typing import Any

import orjson
from cross_web import HTTPException  # what Strawberry's HTTP views raise
from starlette.responses import JSONResponse
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
