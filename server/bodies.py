"""Request bodies read with a ceiling: refused as soon as they grow past it, never buffered
whole first (uploads, imports)."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from starlette.requests import Request


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
