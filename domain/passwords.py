"""Password hashing and policy: argon2id (OWASP parameters), hashed off the event loop."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from domain.errors import DomainError

# OWASP: argon2id, 19 MiB, 2 passes, 1 lane
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

# argon2 is CPU-bound on purpose: hash in a small pool of its own, leaving a core to the
# event loop so a burst of logins queues instead of stalling every other request
_POOL = ThreadPoolExecutor(
    max_workers=max(1, (os.cpu_count() or 2) - 1), thread_name_prefix="argon2"
)

MIN_LENGTH = 8
MAX_LENGTH = 128

# the most common passwords of Chinese leak lists and of the old platform's habits; any
# password made only of one repeated character or a run of digits is refused as well
COMMON = frozenset(
    [
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "11111111",
        "00000000",
        "88888888",
        "66666666",
        "password",
        "password1",
        "passw0rd",
        "qwerty123",
        "qwertyuiop",
        "1qaz2wsx",
        "1q2w3e4r",
        "1q2w3e4r5t",
        "abc123456",
        "a123456",
        "a12345678",
        "aa123456",
        "abcd1234",
        "zxcvbnm123",
        "iloveyou",
        "5201314",
        "woaini1314",
        "admin123",
        "admin888",
        "admin@123",
        "root1234",
        "test1234",
        "12345678a",
        "123456789a",
        "1234qwer",
        "qwer1234",
        "asdf1234",
        "147258369",
        "987654321",
        "112233445566",
        "123123123",
        "jijiao123",
        "Jijiao@2026",
    ]
)


def check_policy(password: str, *, id_number: str | None = None) -> None:
    """Raise the first rule the new password breaks."""
    if len(password) < MIN_LENGTH:
        raise DomainError("PASSWORD_TOO_SHORT", f"密码至少{MIN_LENGTH}位", "password")
    if len(password) > MAX_LENGTH:
        raise DomainError("PASSWORD_TOO_LONG", f"密码最多{MAX_LENGTH}位", "password")
    lowered = password.lower()
    if (
        lowered in {p.lower() for p in COMMON}
        or len(set(password)) == 1
        or lowered in "01234567890123456789"
        or lowered in "98765432109876543210"
    ):
        raise DomainError("PASSWORD_TOO_COMMON", "密码过于常见，请换一个更难猜的密码", "password")
    if id_number and (id_number[-6:] in password or id_number in password):
        raise DomainError("PASSWORD_CONTAINS_ID", "密码不能包含身份证号码或其后六位", "password")


async def hash_password(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_POOL, _HASHER.hash, password)


def hash_password_sync(password: str) -> str:
    """For the CLI and loaders that run outside a request."""
    return _HASHER.hash(password)


async def verify_password(stored_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return _HASHER.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.get_running_loop().run_in_executor(_POOL, verify)


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True
