"""Authentication at the edge: a bearer token becomes the request's principal."""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.websockets import WebSocket

from domain import events
from domain.principal import Principal
from domain.sessions import SESSION_REVOKED, concerns, principal_for_token
from resolvers.context import Context


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


async def route_principal(request: Request) -> Principal | JSONResponse:
    """The Bearer principal of a plain HTTP route, or the answer refusing it: 401 without a
    live session, 403 while a reset password must first be changed — the same gate the
    GraphQL layer keeps, so no route is a way around it."""
    token = bearer_token(request.headers.get("authorization"))
    principal = await principal_for_token(token) if token else None
    if principal is None:
        return http_error(401, "UNAUTHENTICATED", "请先登录")
    if principal.must_change_password:
        return http_error(403, "PASSWORD_CHANGE_REQUIRED", "密码已被重置，请先修改密码")
    return principal
