"""The audit trail is append-only and a review decision is final *in the database*: a client
connected as the application's own database user, writing SQL past the models, is refused
(server/db_policies.py; PostgreSQL triggers, and SQLite's on the embedded database)."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from typing import Any

import asyncpg
import pytest

from server.db_policies import POLICIES
from tests.api.test_claims import ACT, DECIDE_VALUES, step_of, submit, training
from tests.conftest import LiveServer


class RawSQL:
    """One connection to the live server's database with its own URL (and so its user)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.postgres = url.startswith("postgres")
        self.pg: asyncpg.Connection | None = None
        self.lite: sqlite3.Connection | None = None

    async def open(self) -> None:
        if self.postgres:
            self.pg = await asyncpg.connect(self.url.replace("postgres://", "postgresql://", 1))
        else:
            self.lite = sqlite3.connect(self.url.removeprefix("sqlite://"), isolation_level=None)

    async def close(self) -> None:
        if self.pg is not None:
            await self.pg.close()
        if self.lite is not None:
            self.lite.close()

    async def run(self, sql: str, *args: Any) -> None:
        if self.pg is not None:
            await self.pg.execute(sql.replace("?", "$1"), *args)
        else:
            assert self.lite is not None
            self.lite.execute(sql, args)

    async def value(self, sql: str, *args: Any) -> Any:
        if self.pg is not None:
            return await self.pg.fetchval(sql.replace("?", "$1"), *args)
        assert self.lite is not None
        with closing(self.lite.execute(sql, args)) as cursor:
            row = cursor.fetchone()
        return row[0] if row else None

    async def refused(self, sql: str, *args: Any) -> str:
        """The statement fails in the database; returns the database's reason."""
        refusal: type[Exception] = (
            asyncpg.InsufficientPrivilegeError if self.postgres else sqlite3.IntegrityError
        )
        with pytest.raises(refusal) as raised:
            await self.run(sql, *args)
        return str(raised.value)


@pytest.fixture(scope="module")
async def raw(live: LiveServer, database_url: str) -> AsyncIterator[RawSQL]:
    connection = RawSQL(database_url)
    await connection.open()
    yield connection
    await connection.close()


async def decided_step(live: LiveServer, tokens: dict[str, str]) -> tuple[int, str]:
    """A claim approved through the API; returns its review step's id and the claim's id."""
    claim_id = await submit(live, tokens["professional"], training(year=2024))
    step = await step_of(live, tokens["hospital1"], claim_id)
    decided = await live.data(
        DECIDE_VALUES,
        {"i": {"kind": "CLAIM_REVIEW", "ids": [step], "approve": True}},
        tokens["hospital1"],
    )
    assert decided["reviewDecide"]["decidedCount"] == 1, decided
    return int(step), claim_id


async def test_audit_rows_cannot_be_changed_or_removed(
    live: LiveServer, tree: Any, tokens: dict[str, str], raw: RawSQL
) -> None:
    await decided_step(live, tokens)  # writes audit rows through the product
    count = await raw.value("SELECT count(*) FROM audit_log")
    newest = await raw.value("SELECT max(id) FROM audit_log")
    action = await raw.value("SELECT action FROM audit_log WHERE id = ?", newest)
    assert count > 0 and action == "review.approved"
    assert "append-only" in await raw.refused(
        "UPDATE audit_log SET action = 'review.rejected' WHERE id = ?", newest
    )
    assert "append-only" in await raw.refused("DELETE FROM audit_log WHERE id = ?", newest)
    await raw.refused("DELETE FROM audit_log")
    if raw.postgres:
        await raw.refused("TRUNCATE audit_log")
    assert await raw.value("SELECT count(*) FROM audit_log") == count
    assert await raw.value("SELECT action FROM audit_log WHERE id = ?", newest) == action
    # appending stays open: the product keeps writing its trail
    await live.data(ACT % "claimWithdraw", {"id": await submit(live, tokens["professional"], training())}, tokens["professional"])  # fmt: skip
    assert await raw.value("SELECT count(*) FROM audit_log") > count


async def test_a_decided_review_step_is_final(
    live: LiveServer, tree: Any, tokens: dict[str, str], raw: RawSQL
) -> None:
    step, _ = await decided_step(live, tokens)
    for assignment in (
        "status = 'REJECTED'",
        "status = 'PENDING'",
        "reason = '改判'",
        "decided_by_account_id = 1",
        "decided_at = NULL",
        "subject_id = subject_id + 1",
        f"reviewer_id = {tree.ids['hospital2']}",
    ):
        reason = await raw.refused(f"UPDATE review_step SET {assignment} WHERE id = ?", step)
        assert "final" in reason, (assignment, reason)
    assert "cannot be deleted" in await raw.refused("DELETE FROM review_step WHERE id = ?", step)
    assert await raw.value("SELECT status FROM review_step WHERE id = ?", step) == "APPROVED"
    # 删除记录 hides a decided step from the reviewer's list: the row and decision stay
    await raw.run("UPDATE review_step SET hidden = TRUE WHERE id = ?", step)
    assert await raw.value("SELECT hidden FROM review_step WHERE id = ?", step) in (True, 1)
    assert await raw.value("SELECT status FROM review_step WHERE id = ?", step) == "APPROVED"


async def test_pending_steps_still_move_and_a_verifier_may_fail_later(
    live: LiveServer, tree: Any, tokens: dict[str, str], raw: RawSQL
) -> None:
    """What the product itself does to steps keeps working: a pending step is withdrawn
    (WITHDRAWN), and the named later change — failing an approved verification — passes."""
    person = tokens["professional"]
    claim_id = await submit(live, person, training(year=2023))
    step = int(await step_of(live, tokens["hospital1"], claim_id))
    withdrawn = await live.data(ACT % "claimWithdraw", {"id": claim_id}, person)
    assert withdrawn["claimWithdraw"]["errors"] == [], withdrawn
    assert await raw.value("SELECT status FROM review_step WHERE id = ?", step) == "WITHDRAWN"

    _, approved = await decided_step(live, tokens)
    verification = (
        "{ reviewSteps(kind: CLAIM_VERIFICATION, first: 100) { edges { node { id subjectId } } } }"
    )
    edges = (await live.data(verification, token=tokens["health"]))["reviewSteps"]["edges"]
    verify_step = next(e["node"]["id"] for e in edges if e["node"]["subjectId"] == approved)
    await live.data(
        DECIDE_VALUES,
        {"i": {"kind": "CLAIM_VERIFICATION", "ids": [verify_step], "approve": True}},
        tokens["health"],
    )
    fail = """mutation($i: ClaimFailInput!) { claimFailVerification(input: $i) {
        claim { status } errors { code } } }"""
    failed = await live.data(fail, {"i": {"claimId": approved, "reason": "证书不实"}}, tokens["health"])  # fmt: skip
    assert failed["claimFailVerification"] == {"claim": {"status": "VERIFY_FAILED"}, "errors": []}
    sql = "SELECT status FROM review_step WHERE id = ?"
    assert await raw.value(sql, int(verify_step)) == "REJECTED"
    # and once failed, that decision is final too
    await raw.refused("UPDATE review_step SET status = 'APPROVED' WHERE id = ?", int(verify_step))


async def test_the_policies_are_installed_and_reapplying_them_is_harmless(raw: RawSQL) -> None:
    if raw.postgres:
        await raw.run(POLICIES)  # what every `jijiao migrate` runs again
        names = await raw.pg.fetch(  # type: ignore[union-attr]
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'jijiao_%'"
        )
        assert sorted(r["tgname"] for r in names) == [
            "jijiao_audit_append_only",
            "jijiao_audit_no_truncate",
            "jijiao_decided_step_is_final",
        ]
    else:
        count = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'jijiao_%'"
        assert await raw.value(count) == 4
