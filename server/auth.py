"""Authentication at the edge: a bearer token becomes the request's principal."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.websockets import WebSocket

from domain import events
from domain.errors import DomainError
from domain.principal import Principal
from domain.rules import Rule
from domain.sessions import SESSION_REVOKED, concerns, principal_for_token
from schema.context import Context


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def authenticate(context: Context, token: str | None) -> bool:
    """Attach the session's principal. False when a token was sent but is not a live session
    (the request then proceeds anonymously and protected fields answer UNAUTHENTICATED)."""
    if token is None:
        return True
    principal = await principal_for_token(token)
    if principal is None:
        return False
    context.principal = principal
    context.token = token
    return True


log = logging.getLogger("jijiao.auth")

SESSION_REVOKED_CLOSE_CODE = 4401


async def close_when_revoked(websocket: WebSocket, token: str, principal: Principal) -> None:
    """Close this connection, and so its subscriptions, when a revocation ends its session."""
    async with events.current_broker().subscribe(SESSION_REVOKED) as stream:
        async for event in stream:
            if concerns(event, principal) and await principal_for_token(token) is None:
                log.info("closing a WebSocket whose session was revoked")
                await websocket.close(code=SESSION_REVOKED_CLOSE_CODE, reason="session revoked")
                return


def http_error(status: int, code: str, message: str) -> JSONResponse:
    """The answer of a plain HTTP route (files, documents, Excel) refusing a request."""
    return JSONResponse({"code": code, "message": message}, status_code=status)


# a refusal's code → the HTTP status a plain route answers it with
_REFUSAL_STATUS = {"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "PASSWORD_CHANGE_REQUIRED": 403}

Endpoint = Callable[[Request], Awaitable[Response]]
GuardedHandler = Callable[[Request, Principal], Awaitable[Response]]
E = TypeVar("E")


def declare(*route_rules: Rule) -> Callable[[E], E]:
    """Name the rules a route answers under, for a route that needs no session (public
    pages, assets) or decides per field through the schema (GraphQL, exports, console
    lists). The route-and-field rule test fails on a route that declares none."""

    def mark(endpoint: E) -> E:
        endpoint.rules = route_rules  # type: ignore[attr-defined]
        return endpoint

    return mark


def rules_of(endpoint: Any) -> tuple[Rule, ...]:
    return tuple(getattr(endpoint, "rules", ()))


def guarded(*route_rules: Rule) -> Callable[[GuardedHandler], Endpoint]:
    """A plain HTTP route for callers one of `route_rules` admits: the same named rules the
    GraphQL fields use, refused the same way (401 without a live session, 403 otherwise);
    the handler receives the principal."""

    def wrap(handler: GuardedHandler) -> Endpoint:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            token = bearer_token(request.headers.get("authorization"))
            principal = await principal_for_token(token) if token else None
            if principal is None:
                return http_error(401, "UNAUTHENTICATED", "请先登录")
            refusal: DomainError | None = None
            for rule in route_rules:
                try:
                    rule.check(principal)
                except DomainError as error:
                    # a pending password change says more than a plain refusal
                    if refusal is None or error.code == "PASSWORD_CHANGE_REQUIRED":
                        refusal = error
                    continue
                return await handler(request, principal)
            assert refusal is not None
            return http_error(_REFUSAL_STATUS[refusal.code], refusal.code, refusal.message)

        endpoint.rules = route_rules  # type: ignore[attr-defined]
        return endpoint

    return wrap
