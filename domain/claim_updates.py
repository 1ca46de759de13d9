"""A professional's own claims, announced as their status changes (submitted, approved,
verified, failed …). Ids that change while the client is busy are gathered into one set, so
a slow reader holds at most its own claims' ids, never a backlog of events."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from domain import events
from domain.claims import claims_channel


async def changed_claims(professional_id: int) -> AsyncIterator[list[int]]:
    changed: set[int] = set()
    wake = asyncio.Event()
    listening = asyncio.Event()

    async def listen() -> None:
        async with events.current_broker().subscribe(claims_channel(professional_id)) as stream:
            listening.set()
            async for event in stream:
                changed.update(int(i) for i in event.get("claimIds", []))
                wake.set()

    reader = asyncio.create_task(listen())
    try:
        await asyncio.wait_for(listening.wait(), timeout=10)
        while True:
            await wake.wait()
            wake.clear()
            ids = sorted(changed)
            changed.clear()
            yield ids
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
