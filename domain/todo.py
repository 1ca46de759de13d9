"""Live to-do counts (待办事项): per reviewing organisation, pending review steps by kind.

One feed per organisation and process, however many of its admins are connected: the feed
listens on the organisation's channel, lets a burst settle, counts once, and hands the
latest counts to each subscriber's one-value slot. A subscriber that stops reading holds one
value, never a backlog, and an event about one organisation wakes only its own feed.

Each update is one View per set of kinds, shared by every subscriber of the organisation
who sees those kinds: the API renders a View once (View.renders) and sends the same answer to
all of them, instead of executing the selection again for each subscriber.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from domain import events, reviews
from domain.principal import ADMIN_KIND_OF_ORG, Principal
from models.enums import ReviewKind

# events arriving within this window after the first are answered by one count
COALESCE_SECONDS = 0.05

Counts = dict[ReviewKind, int]


ORG_KIND_OF_ADMIN = {role: org for org, role in ADMIN_KIND_OF_ORG.items()}


def kinds_for(principal: Principal) -> list[ReviewKind]:
    """Every kind the review engine knows whose module the admin holds and whose steps can
    arrive at its kind of organisation (the handler's receivers): a new kind with a handler
    appears here without new code."""
    org_kind = ORG_KIND_OF_ADMIN.get(principal.kind) if principal.kind else None
    return [
        kind
        for kind in ReviewKind
        if kind in reviews.HANDLERS
        and org_kind in reviews.HANDLERS[kind].receivers
        and reviews.HANDLERS[kind].rule.admits(principal)
    ]


async def counts_of(organisation_id: int) -> Counts:
    found = await reviews.pending_counts(organisation_id)
    return {kind: found.get(kind, 0) for kind in ReviewKind if kind in reviews.HANDLERS}


@dataclass(eq=False)
class View:
    """One update's counts of the kinds one kind of admin sees. Shared by every subscriber
    with those kinds; `renders` holds what upper layers made of it (one rendering each)."""

    counts: dict[ReviewKind, int]
    renders: dict[Any, Any] = field(default_factory=dict)


@dataclass(eq=False)
class Slot:
    """The newest counts for one subscriber; replaced, never queued."""

    value: Counts | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    feed: _Feed | None = None

    def put(self, value: Counts) -> None:
        self.value = value
        self.changed.set()

    async def next(self) -> Counts:
        await self.changed.wait()
        self.changed.clear()
        assert self.value is not None
        return self.value


class _Feed:
    def __init__(self, organisation_id: int) -> None:
        self.organisation_id = organisation_id
        self.slots: set[Slot] = set()
        self.dirty = asyncio.Event()
        self.listening = asyncio.Event()
        # kinds → (the counts it was made from, the view): one view per update and kinds
        self.views: dict[tuple[ReviewKind, ...], tuple[Counts, View]] = {}
        self.tasks = [asyncio.create_task(self._listen()), asyncio.create_task(self._count())]

    def view(self, counts: Counts, kinds: tuple[ReviewKind, ...]) -> View:
        """The view of `counts` for `kinds`, made once per update (the same counts object)."""
        made = self.views.get(kinds)
        if made is not None and made[0] is counts:
            return made[1]
        view = View({kind: counts.get(kind, 0) for kind in kinds})
        self.views[kinds] = (counts, view)
        return view

    async def _listen(self) -> None:
        channel = reviews.todo_channel(self.organisation_id)
        # after a gap in the bus (it reconnected), counting again catches up what was missed
        async with events.current_broker().subscribe(channel, after_gap={}) as stream:
            self.listening.set()
            async for _ in stream:
                self.dirty.set()

    async def _count(self) -> None:
        while True:
            await self.dirty.wait()
            await asyncio.sleep(COALESCE_SECONDS)
            self.dirty.clear()  # events from here on cause one more count
            value = await counts_of(self.organisation_id)
            for slot in list(self.slots):
                slot.put(value)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


class TodoHub:
    def __init__(self) -> None:
        self._feeds: dict[int, _Feed] = {}

    @contextlib.asynccontextmanager
    async def watch(self, organisation_id: int) -> AsyncIterator[Slot]:
        """A slot that receives the organisation's counts whenever they may have changed."""
        feed = self._feeds.get(organisation_id)
        if feed is None:
            feed = self._feeds[organisation_id] = _Feed(organisation_id)
        slot = Slot(feed=feed)
        feed.slots.add(slot)
        try:
            # counted after the feed listens: no change can fall between the two
            await asyncio.wait_for(feed.listening.wait(), timeout=10)
            slot.put(await counts_of(organisation_id))
            yield slot
        finally:
            feed.slots.discard(slot)
            if not feed.slots and self._feeds.get(organisation_id) is feed:
                del self._feeds[organisation_id]
                await feed.close()

    def feed_count(self) -> int:
        return len(self._feeds)


HUB = TodoHub()


async def todo_counts(principal: Principal) -> AsyncIterator[View]:
    """The admin's counts now, then each time one of its kinds changes."""
    kinds = tuple(kinds_for(principal))
    organisation_id = principal.organisation_id
    assert organisation_id is not None
    last: dict[ReviewKind, int] | None = None
    async with HUB.watch(organisation_id) as slot:
        assert slot.feed is not None
        while True:
            view = slot.feed.view(await slot.next(), kinds)
            if view.counts != last:
                last = view.counts
                yield view
