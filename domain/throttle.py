"""One throttle for every check of a secret — a password at login, at a registration that
proves an existing account, at a withdrawal or a password change, and a reset code.

Following ASVS 2.2.1 there is never a hard lock a stranger can hold:
- failures are counted per (account, client address) with growing delays, so a guesser
  slows down itself, not the owner signing in from elsewhere;
- the account's failures from all addresses together slow distributed guessing, but an
  address from which the account has signed in before is exempt from that count;
- answers that tell whether an account exists are counted per address.
An admin's unlock clears every count of the account.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise import timezone
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.errors import DomainError
from models import LoginThrottle

WINDOW = dt.timedelta(hours=1)
# how long an address stays known to an account after a successful sign-in from it
KNOWN_FOR = dt.timedelta(days=30)


@dataclass(frozen=True)
class Policy:
    free_failures: int  # failures in one window before any delay
    max_delay: dt.timedelta


# one guesser at one account: 5 tries, then 2 s, 4 s, … up to 15 minutes between tries
PAIR_POLICY = Policy(free_failures=5, max_delay=dt.timedelta(minutes=15))
# many addresses at one account: caps distributed guessing well under 100 an hour
ACCOUNT_POLICY = Policy(free_failures=40, max_delay=dt.timedelta(minutes=2))
# one address asking about accounts that do not exist (existence answers)
ADDRESS_POLICY = Policy(free_failures=20, max_delay=dt.timedelta(minutes=1))
# registrations sent from one address (a hospital's staff may register the same morning)
REGISTRATION_POLICY = Policy(free_failures=30, max_delay=dt.timedelta(minutes=2))


class TooManyAttempts(DomainError):
    def __init__(self, until: dt.datetime, field: str | None = None) -> None:
        seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
        wait = f"{seconds}秒" if seconds < 60 else f"{math.ceil(seconds / 60)}分钟"
        super().__init__(
            "TOO_MANY_ATTEMPTS", f"尝试次数过多，请{wait}后再试，或联系单位管理员解锁", field
        )
        self.until = until

    def at(self, field: str) -> TooManyAttempts:
        return TooManyAttempts(self.until, field)


def _address(address: str | None) -> str:
    return (address or "unknown")[:64]


def pair_key(account_id: int, address: str | None) -> str:
    return f"pair:{account_id}:{_address(address)}"


def account_key(account_id: int) -> str:
    return f"account:{account_id}"


def known_key(account_id: int, address: str | None) -> str:
    return f"known:{account_id}:{_address(address)}"


def address_key(address: str | None) -> str:
    return f"address:{_address(address)}"


async def held_until(key: str) -> dt.datetime | None:
    """When the key may try again, if it is held back now."""
    entry = await LoginThrottle.get_or_none(key=key)
    if entry is None or entry.locked_until is None or entry.locked_until <= timezone.now():
        return None
    return entry.locked_until


async def _take(key: str, policy: Policy, field: str | None = None) -> None:
    """Count one attempt under `key` before the secret is checked, so that guesses sent at
    once are counted at once; past the free ones the attempt also holds the key back for
    the next. Refused, uncounted, while a hold from earlier attempts lasts. The read and
    the write are one transaction (the row locked on PostgreSQL; SQLite serialises writes)."""
    for _ in range(2):  # a second try when a concurrent first attempt created the row
        try:
            async with in_transaction() as connection:
                await _take_in(connection, key, policy, field)
            return
        except IntegrityError:
            continue
    raise RuntimeError(f"throttle row {key} could not be taken")


async def _take_in(connection: Any, key: str, policy: Policy, field: str | None) -> None:
    now = timezone.now()
    rows = LoginThrottle.filter(key=key).using_db(connection)
    if connection.capabilities.dialect == "postgres":
        rows = rows.select_for_update()
    entry = await rows.first()
    if entry is not None and entry.locked_until is not None and entry.locked_until > now:
        raise TooManyAttempts(entry.locked_until, field)
    if entry is None or entry.window_started_at + WINDOW <= now:
        entry = entry or LoginThrottle(key=key)
        entry.failures, entry.window_started_at, entry.locked_until = 0, now, None
    entry.failures += 1
    if entry.failures > policy.free_failures:
        delay = dt.timedelta(seconds=2 ** min(entry.failures - policy.free_failures, 16))
        entry.locked_until = now + min(delay, policy.max_delay)
    await entry.save(using_db=connection)


async def _give_back(key: str, policy: Policy) -> None:
    """A proven attempt does not count against the account's total."""
    async with in_transaction() as connection:
        rows = LoginThrottle.filter(key=key).using_db(connection)
        if connection.capabilities.dialect == "postgres":
            rows = rows.select_for_update()
        entry = await rows.first()
        if entry is None:
            return
        entry.failures = max(0, entry.failures - 1)
        if entry.failures <= policy.free_failures:
            entry.locked_until = None
        await entry.save(using_db=connection)


async def _is_known(account_id: int, address: str | None) -> bool:
    entry = await LoginThrottle.get_or_none(key=known_key(account_id, address))
    return entry is not None and entry.window_started_at + KNOWN_FOR > timezone.now()


async def _keys(account_id: int, address: str | None) -> list[tuple[str, Policy]]:
    keys = [(pair_key(account_id, address), PAIR_POLICY)]
    if not await _is_known(account_id, address):
        keys.append((account_key(account_id), ACCOUNT_POLICY))
    return keys


async def check_secret(
    account_id: int,
    address: str | None,
    check: Callable[[], Awaitable[bool]],
    *,
    field: str | None = None,
) -> bool:
    """Run `check` (does the secret match?) unless this account is held back for this
    address, which raises TooManyAttempts without checking. The attempt is counted before
    the check and given back when the secret holds."""
    keys = await _keys(account_id, address)
    for key, policy in keys:
        await _take(key, policy, field)
    if await check():
        await LoginThrottle.filter(key=pair_key(account_id, address)).delete()
        for key, policy in keys[1:]:
            await _give_back(key, policy)
        await LoginThrottle.update_or_create(
            {"failures": 0, "window_started_at": timezone.now(), "locked_until": None},
            key=known_key(account_id, address),
        )
        return True
    return False


async def count_existence_answer(address: str | None, *, field: str | None = None) -> None:
    """Before telling a caller whether an account exists: held back addresses are refused,
    and the answer counts against the address."""
    await _take(address_key(address), ADDRESS_POLICY, field)


async def count_registration(address: str | None) -> None:
    """Every registration attempt counts against its address; past the free ones each waits
    a growing delay (TooManyAttempts until then)."""
    await _take(f"register:{_address(address)}", REGISTRATION_POLICY)


async def account_held_until(account_id: int) -> dt.datetime | None:
    """The latest hold on the account from any address (what an admin sees as 锁定)."""
    entries = await LoginThrottle.filter(
        key__startswith=f"pair:{account_id}:", locked_until__gt=timezone.now()
    )
    account_wide = await held_until(account_key(account_id))
    found = [e.locked_until for e in entries if e.locked_until is not None]
    if account_wide is not None:
        found.append(account_wide)
    return max(found) if found else None


async def release(account_id: int) -> None:
    """解锁: every count against the account, from every address."""
    await LoginThrottle.filter(key=account_key(account_id)).delete()
    await LoginThrottle.filter(key__startswith=f"pair:{account_id}:").delete()
