"""Forgotten password: ID number + the registered phone or e-mail → a one-time code → reset.

The request answers the same whether or not the account and contact match, so it cannot be
used to learn who is registered; the code is six digits, stored hashed, single use, valid
for 30 minutes and for five wrong tries. A reset ends every session of the account.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import logging
import secrets
from collections.abc import Coroutine
from typing import Any

from tortoise import timezone

from domain import audit, events, outbox, sessions, throttle
from domain.audit import SYSTEM
from domain.errors import DomainError
from domain.identity import normalise_resident_id
from domain.passwords import check_policy, hash_password
from models import Account, PasswordResetCode

log = logging.getLogger("jijiao.password_reset")

CODE_LIFETIME = dt.timedelta(minutes=30)
# codes sent to one account per hour: more would only flood the owner's phone or mailbox
MAX_CODES_PER_HOUR = 3
MAX_TRIES = 5
_INVALID = DomainError("RESET_CODE_INVALID", "验证码不正确或已失效，请重新获取", "code")


def _hash(account_id: int, code: str) -> str:
    # keyed by the account so equal codes of two accounts hash differently
    return hashlib.sha256(f"{account_id}:{code}".encode()).hexdigest()


def _contact_matches(account: Account, contact: str) -> tuple[str, str] | None:
    value = contact.strip()
    if account.phone and value == account.phone:
        return "sms", account.phone
    if account.email and value.lower() == account.email.lower():
        return "email", account.email
    return None


async def request_reset(id_number: str, contact: str, client_address: str | None = None) -> None:
    """The reply is the same, and takes the same time, whether or not the ID number and the
    contact match: the code is made and sent after the reply, in the background."""
    # every request counts against the asking address, matched or not
    await throttle.count_existence_answer(client_address, field="idNumber")
    account = await Account.get_or_none(id_number=normalise_resident_id(id_number))
    route = _contact_matches(account, contact) if account else None
    if account is not None and route is not None:
        _in_background(_send_code(account, route))


# codes being made and sent; kept referenced until done (the loop holds tasks weakly)
_SENDING: set[asyncio.Task[None]] = set()
# one sender at a time in this process, so the hourly cap is counted, then kept
_SENDER = asyncio.Lock()


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    task = asyncio.get_running_loop().create_task(work)
    _SENDING.add(task)
    task.add_done_callback(_finished)


def _finished(task: asyncio.Task[None]) -> None:
    _SENDING.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("a reset code could not be sent", exc_info=task.exception())


async def _send_code(account: Account, route: tuple[str, str]) -> None:
    async with _SENDER:
        recent = await PasswordResetCode.filter(
            account_id=account.id, created_at__gte=timezone.now() - dt.timedelta(hours=1)
        ).count()
        if recent >= MAX_CODES_PER_HOUR:
            return  # nobody is told: the reply went out already, the same as ever
        code = f"{secrets.randbelow(10**6):06d}"
        async with events.atomic():
            await audit.record(SYSTEM, "account.password_reset_requested", "account", account.id)
            await PasswordResetCode.filter(account_id=account.id, used_at=None).update(
                used_at=timezone.now()
            )
            await PasswordResetCode.create(
                account_id=account.id,
                code_hash=_hash(account.id, code),
                expires_at=timezone.now() + CODE_LIFETIME,
            )
            message = await outbox.enqueue(
                route[0],
                route[1],
                "继续教育平台密码重置验证码",
                f"您的密码重置验证码为 {code}，30分钟内有效。如非本人操作请忽略。",
            )
    await outbox.deliver(message)


async def reset_password(
    id_number: str, code: str, new_password: str, client_address: str | None = None
) -> None:
    account = await Account.get_or_none(id_number=normalise_resident_id(id_number))
    if account is None:
        await throttle.count_existence_answer(client_address, field="code")
        raise _INVALID
    pending = (
        await PasswordResetCode.filter(account_id=account.id, used_at=None).order_by("-id").first()
    )
    now = timezone.now()
    live = (
        pending
        if pending is not None and pending.expires_at > now and pending.failed_attempts < MAX_TRIES
        else None
    )

    async def code_matches() -> bool:
        expected = live.code_hash if live is not None else ""
        return live is not None and hmac.compare_digest(expected, _hash(account.id, code.strip()))

    # a reset code is a secret like a password: the same throttle as login, whether or not
    # a live code is waiting (a fresh code gives no fresh guesses)
    if not await throttle.check_secret(account.id, client_address, code_matches, field="code"):
        if live is not None:
            await PasswordResetCode.filter(id=live.id).update(
                failed_attempts=live.failed_attempts + 1
            )
        raise _INVALID
    assert pending is not None  # a live code matched
    check_policy(new_password, id_number=account.id_number)
    new_hash = await hash_password(new_password)
    async with events.atomic():
        claimed = await PasswordResetCode.filter(id=pending.id, used_at=None).update(used_at=now)
        if not claimed:  # a concurrent reset used it first
            raise _INVALID
        await Account.filter(id=account.id).update(
            password_hash=new_hash, must_change_password=False
        )
        await sessions.revoke_account_sessions(account.id)
        await audit.record(SYSTEM, "account.password_reset_by_code", "account", account.id)
    await sessions.announce_revoked(account_id=account.id)
