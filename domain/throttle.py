"""Login throttling per account and per client address: growing delays, then a lock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tortoise import timezone

from models import LoginThrottle

WINDOW = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Policy:
    free_failures: int  # failures before any delay
    lock_at: int  # failures in one window that lock until the window ends
    max_delay: dt.timedelta


ACCOUNT_POLICY = Policy(free_failures=5, lock_at=100, max_delay=dt.timedelta(minutes=5))
# one office NAT may carry a whole hospital's logins: be more lenient per address
ADDRESS_POLICY = Policy(free_failures=20, lock_at=1000, max_delay=dt.timedelta(minutes=1))


def account_key(account_id: int) -> str:
    return f"account:{account_id}"


def address_key(address: str) -> str:
    return f"address:{address}"


async def locked_until(key: str) -> dt.datetime | None:
    """When the key may try again, if it is held back now."""
    entry = await LoginThrottle.get_or_none(key=key)
    now = timezone.now()
    if entry is None or entry.locked_until is None or entry.locked_until <= now:
        return None
    return entry.locked_until


async def record_failure(key: str, policy: Policy) -> None:
    now = timezone.now()
    entry = await LoginThrottle.get_or_none(key=key)
    if entry is None or entry.window_started_at + WINDOW <= now:
        entry = entry or LoginThrottle(key=key)
        entry.failures, entry.window_started_at, entry.locked_until = 0, now, None
    entry.failures += 1
    if entry.failures >= policy.lock_at:
        entry.locked_until = entry.window_started_at + WINDOW
    elif entry.failures > policy.free_failures:
        delay = dt.timedelta(seconds=2 ** min(entry.failures - policy.free_failures, 16))
        entry.locked_until = now + min(delay, policy.max_delay)
    await entry.save()


async def clear(key: str) -> None:
    await LoginThrottle.filter(key=key).delete()
