"""Authentication at the edge: a bearer token becomes the request's principal."""

from __future__ import annotations

from domain.sessions import principal_for_token
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
