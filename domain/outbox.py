"""The outbox: messages to people are written in the transaction that creates them and
handed to a sender after commit. The default sender writes to the log; the operator reads
the outbox with `jijiao outbox`. An SMS or e-mail gateway plugs in as another Sender."""

from __future__ import annotations

import logging
from typing import Protocol

from tortoise import timezone

from models import OutboxMessage

log = logging.getLogger("jijiao.outbox")


class Sender(Protocol):
    name: str

    async def send(self, message: OutboxMessage) -> None: ...


class LogSender:
    name = "log"

    async def send(self, message: OutboxMessage) -> None:
        # the body carries a one-time code: the log is the delivery channel of last resort
        log.info(
            "to %s via %s: %s — %s",
            message.recipient,
            message.channel,
            message.subject,
            message.body,
        )


_sender: Sender = LogSender()


def use_sender(sender: Sender) -> None:
    global _sender
    _sender = sender


async def enqueue(channel: str, recipient: str, subject: str, body: str) -> OutboxMessage:
    return await OutboxMessage.create(
        channel=channel, recipient=recipient, subject=subject, body=body
    )


async def deliver(message: OutboxMessage) -> None:
    """Call after the enqueuing transaction committed."""
    await _sender.send(message)
    await OutboxMessage.filter(id=message.id).update(sent_at=timezone.now(), sender=_sender.name)


async def recent(limit: int = 20) -> list[OutboxMessage]:
    return await OutboxMessage.all().order_by("-id").limit(limit)
