"""Request bodies read with a ceiling: refused as soon as they grow past it, never buffered
whole first (uploads, imports, and /graphql, whose framework reads the body itself)."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from starlette.requests import Request
from starlette.types import Message, Receive


class BodyTooLarge(Exception):
    pass


async def limited_body(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    """The body's chunks; BodyTooLarge once more than `limit` bytes have arrived."""
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise BodyTooLarge
        yield chunk


def limited_receive(receive: Receive, limit: int) -> Receive:
    """An ASGI `receive` for an app that reads the body on its own: BodyTooLarge once more
    than `limit` bytes have arrived."""
    received = 0

    async def receive_limited() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge
        return message

    return receive_limited
