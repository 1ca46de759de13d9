"""Structured logs: one JSON object per line, each carrying the id of the request it belongs
to — the id a client sees as `X-Request-Id` and, when something unexpected failed, as the
`incident` of its INTERNAL_ERROR (schema/extensions.py reads REQUEST_ID), so an operator
finds the traceback from what the user reports.

Every request gets a fresh id from the server; an id sent by a client or a proxy is not
believed (it could collide with another request's, or smuggle text into the log). One
access line per request replaces uvicorn's: method, path (never the query string, which
may carry a GraphQL document or personal data), status, duration, and for GraphQL the
operation label of server/metrics.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.config
import os
import time
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from schema.extensions import REQUEST_ID

access_log = logging.getLogger("jijiao.access")

# what logging.LogRecord holds by itself; anything else on a record came through `extra`
# (uvicorn adds color_message, the same text with terminal colours)
_RECORD_FIELDS = set(vars(logging.makeLogRecord({}))) | {
    "message", "asctime", "taskName", "color_message",
}  # fmt: skip


def new_request_id() -> str:
    return os.urandom(8).hex()  # 64 random bits, as uuid4().hex[:16] gave, at a third of its cost


def stamp_request_ids() -> None:
    """Every log record remembers the request it was made in (`request_id`), whichever
    handler formats it and whenever: installed once per process, by create_app."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "stamps_request_ids", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        record.request_id = REQUEST_ID.get()
        return record

    factory.stamps_request_ids = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


class JsonFormatter(logging.Formatter):
    """{"ts", "level", "logger", "message", "request_id", …extra fields, "exception"}."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or REQUEST_ID.get()
        if request_id:  # a record made outside any request has none
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _RECORD_FIELDS and key != "request_id":
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        request_id = getattr(record, "request_id", None) or REQUEST_ID.get()
        return f"{line} [{request_id}]" if request_id else line


def log_config(log_format: str, level: str = "INFO") -> dict[str, Any]:
    """A logging.config dictionary for the process and uvicorn's workers (uvicorn applies it
    in each worker it starts)."""
    line = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    text = {"()": "server.logs.TextFormatter", "fmt": line}
    formatter: dict[str, Any] = (
        {"()": "server.logs.JsonFormatter"} if log_format == "json" else text
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            # uvicorn's loggers pass their lines to the root handler, formatted like ours
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            # the access line is ours (with the request id); uvicorn's is turned off
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


def configure_logging(log_format: str, level: str = "INFO") -> None:
    logging.config.dictConfig(log_config(log_format, level))
    logging.captureWarnings(True)  # a library's warning is a log line too, not stray text


class RequestIds:
    """ASGI middleware: a request id per HTTP request or WebSocket connection, in the
    context (REQUEST_ID) for every log line and error of the request, in the response's
    X-Request-Id header, and one access line when the response has been sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        request_id = new_request_id()
        token = REQUEST_ID.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            # the line's fields are gathered only when someone reads the line
            if scope["type"] == "http" and access_log.isEnabledFor(logging.INFO):
                state = scope.get("state", {})
                access_log.info(
                    "%s %s %s",
                    scope["method"],
                    scope["path"],
                    status or 500,
                    extra={
                        "method": scope["method"],
                        "path": scope["path"][:200],
                        "status": status or 500,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "operation": state.get("operation"),
                        "client": (scope.get("client") or ("", 0))[0],
                    },
                )
            REQUEST_ID.reset(token)
