"""Request limits: every GraphQL request is bounded before it costs anything.

| limit | value |
| --- | --- |
| request body | 1 MB (HTTP: 413 beyond; a WebSocket message under `jijiao serve`) |
| query text | 20,000 characters |
| tokens | 3,000 |
| depth | 10 |
| aliases (counted through fragments) | 15 |
| directives in one document | 20 |
| page size | MAX_PAGE_SIZE setting, default 100 |
| execution time | 10 s (settings.execution_timeout_seconds) |
| subscriptions per WebSocket connection | 10 |
| HTTP batching | off (a JSON array body is rejected) |
| text in an argument or input field | its @maxLength, else 2,000 characters (input_limits) |
| field suggestions ("did you mean") | off |
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from graphql import DirectiveNode, GraphQLError, ValidationRule

from domain.errors import DomainError

MAX_BODY_BYTES = 1_000_000
MAX_QUERY_CHARS = 20_000
MAX_TOKENS = 3_000
MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_DIRECTIVES = 20
MAX_SUBSCRIPTIONS_PER_CONNECTION = 10


class MaxDirectivesRule(ValidationRule):
    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.count = 0

    def enter_directive(self, node: DirectiveNode, *args: Any) -> None:
        self.count += 1
        if self.count == MAX_DIRECTIVES + 1:
            self.report_error(
                GraphQLError(
                    f"一个请求最多使用{MAX_DIRECTIVES}个指令",
                    node,
                    extensions={"code": "TOO_MANY_DIRECTIVES"},
                )
            )


def check_query_size(query: str | None) -> None:
    if query is not None and len(query) > MAX_QUERY_CHARS:
        raise DomainError("QUERY_TOO_LARGE", f"查询文本不能超过{MAX_QUERY_CHARS}个字符")


@asynccontextmanager
async def subscription_slot(context: Any) -> AsyncIterator[None]:
    """Hold one of the connection's subscription slots while a subscription runs."""
    if context.open_subscriptions >= MAX_SUBSCRIPTIONS_PER_CONNECTION:
        raise DomainError(
            "TOO_MANY_SUBSCRIPTIONS", f"每个连接最多同时订阅{MAX_SUBSCRIPTIONS_PER_CONNECTION}项"
        )
    context.open_subscriptions += 1
    try:
        yield
    finally:
        context.open_subscriptions -= 1
