"""Who asks is read fresh on every request (domain/sessions.py: one statement, kept only while
the database vouches nothing was committed since): a
change to the session, the account, the admin role, its modules or the organisation takes
effect on the very next request of a session already open — on every worker."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from models import Account, Professional
from models.enums import AccountStatus, ProfessionalStatus
from tests.api.test_admins import ADD, ENABLE, ROLE, admin_id
from tests.conftest import LiveServer, login_token
from tests.fixtures.tree import PASSWORD
from tests.realtime.test_cross_worker import REDIS_URL, _redis_up, gql, login, two_workers

VIEWER = "{ viewer { name kind modules } }"
PERSONS = "{ persons(first: 1) { totalCount } }"


async def test_changed_modules_apply_to_an_open_session(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    boss = tokens["hospital1"]
    saved = await live.data(
        ROLE, {"i": {"name": "审核员", "modules": ["REGISTRATION_REVIEW"]}}, boss
    )
    role_id = saved["adminRoleSave"]["message"].split()[-1]
    member = str((await Account.get(id_number=tree.people["李娜"])).id)
    added = await live.data(ADD, {"i": {"accountId": member, "roleId": role_id}}, boss)
    assert added["adminAdd"]["ok"] is True
    token = await login_token(live, tree.people["李娜"], PASSWORD, "EMPLOYER")
    assert (await live.data(VIEWER, token=token))["viewer"]["modules"] == ["REGISTRATION_REVIEW"]
    refused = await live.gql(PERSONS, token=token)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    changed = await live.data(ROLE, {"i": {"id": role_id, "modules": ["ACCOUNTS"]}}, boss)
    assert changed["adminRoleSave"]["ok"] is True
    # the same token, the next request: the new modules, nothing of the old ones
    assert (await live.data(VIEWER, token=token))["viewer"]["modules"] == ["ACCOUNTS"]
    assert "errors" not in await live.gql(PERSONS, token=token)
    gone = await live.gql(
        "{ reviewSteps(kind: PROFESSIONAL_REGISTRATION) { totalCount } }", token=token
    )
    assert gone["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_disabled_account_or_role_ends_an_open_session_at_once(
    live: LiveServer, tree: Any
) -> None:
    number = tree.people["王芳"]
    token = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "PROFESSIONAL"
    account = await Account.get(id_number=number)

    await Account.filter(id=account.id).update(status=AccountStatus.DISABLED)
    assert (await live.data(VIEWER, token=token))["viewer"] is None
    await Account.filter(id=account.id).update(status=AccountStatus.ACTIVE)
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "PROFESSIONAL"

    await Professional.filter(account_id=account.id).update(
        status=ProfessionalStatus.TRANSFERRED_OUT
    )
    assert (await live.data(VIEWER, token=token))["viewer"] is None
    await Professional.filter(account_id=account.id).update(status=ProfessionalStatus.ACTIVE)
    # a renamed account shows its new name on the next request
    await Account.filter(id=account.id).update(name="王芳芳")
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "王芳芳"
    await Account.filter(id=account.id).update(name=account.name)


async def test_a_change_through_one_worker_binds_the_other_at_once(
    tree: Any, database_url: str, tmp_path: Path
) -> None:
    """Two workers on one database and a Redis bus: a logout, a disabled admin and a
    password change made through worker B refuse the old token on worker A at once."""
    if not _redis_up():
        if os.environ.get("JIJIAO_REQUIRE_REDIS"):
            pytest.fail(f"Redis is required here and not reachable at {REDIS_URL}")
        pytest.skip("Redis is not running on 127.0.0.1:6379")

    async def viewer(url: str, token: str) -> Any:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            answer = await client.post(
                "/graphql", json={"query": VIEWER}, headers={"Authorization": f"Bearer {token}"}
            )
        return answer.json()["data"]["viewer"]

    async with two_workers(database_url, REDIS_URL, tmp_path) as (a, b):
        # a logout through B
        token = await login(a, tree.admins["hospital1"], "EMPLOYER")
        assert (await viewer(a, token))["kind"] == "EMPLOYER"
        await gql(b, "mutation { logout { ok } }", {}, token)
        assert await viewer(a, token) is None

        # an admin disabled by the admin above it, through B
        child = await login(a, tree.admins["hospital1"], "EMPLOYER")
        assert (await viewer(a, child))["kind"] == "EMPLOYER"
        parent = await login(b, tree.admins["health"], "COMPETENT")
        target = await admin_id(tree.admins["hospital1"], tree.ids["hospital1"])
        disabled = await gql(b, ENABLE, {"i": {"adminId": target, "enabled": False}}, parent)
        assert disabled["adminSetEnabled"]["ok"] is True, disabled
        assert await viewer(a, child) is None

        # a password change through B ends the session open on A
        number = tree.people["王芳"]
        first = await login(a, number, "PROFESSIONAL")
        second = await login(b, number, "PROFESSIONAL")
        change = """mutation($i: PasswordChangeInput!) { passwordChange(input: $i) {
            token errors { code field } } }"""
        done = await gql(b, change, {"i": {"oldPassword": PASSWORD, "newPassword": "Wf-new-2026!"}},
                         second)  # fmt: skip
        assert done["passwordChange"]["errors"] == []
        assert await viewer(a, first) is None
        assert (await viewer(a, done["passwordChange"]["token"]))["kind"] == "PROFESSIONAL"


async def test_a_busy_sqlite_file_still_signs_the_session_in(
    live: LiveServer, tree: Any, database_url: str
) -> None:
    """On SQLite the principal is read on a read-only connection in the loop's own thread
    (domain/sql.first_row), which must never wait: when the file is busy the read goes
    through the ORM instead, and the request is answered as usual."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the SQLite reader")
    import sqlite3

    from tortoise import connections

    token = await login_token(live, tree.admins["qingdao"], PASSWORD, "HRSS")
    assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "HRSS"
    client = connections.get("default")
    reader = client._jijiao_reader
    assert reader is not None  # the first request opened it

    class Busy:
        def execute(self, *_: Any) -> Any:
            raise sqlite3.OperationalError("database is locked")

    client._jijiao_reader = Busy()
    try:
        assert (await live.data(VIEWER, token=token))["viewer"]["kind"] == "HRSS"
        assert (await live.data(VIEWER, token="not-a-session"))["viewer"] is None
    finally:
        client._jijiao_reader = reader


async def test_a_kept_principal_gives_way_to_any_commit(
    live: LiveServer, tree: Any, database_url: str
) -> None:
    """On SQLite a principal's reading is kept while the file's data version vouches that
    nothing was committed since (domain/sessions.py's _Known); a commit made by any other
    connection — here a plain sqlite3 one, as another process would make it — is seen by
    the very next request."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the SQLite data version")
    import sqlite3
    from contextlib import closing

    from domain import sessions

    number = tree.people["陈静"]
    token = await login_token(live, number, PASSWORD, "PROFESSIONAL")
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "陈静"
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "陈静"
    assert sessions.token_hash(token) in sessions._known  # the second answer was a kept one

    path = database_url.removeprefix("sqlite://")
    with closing(sqlite3.connect(path)) as other:
        other.execute("UPDATE account SET name = '陈静静' WHERE id_number = ?", (number,))
        other.commit()
    assert (await live.data(VIEWER, token=token))["viewer"]["name"] == "陈静静"

    with closing(sqlite3.connect(path)) as other:
        other.execute(
            "UPDATE session SET revoked_at = expires_at WHERE token_hash = ?",
            (sessions.token_hash(token),),
        )
        other.execute("UPDATE account SET name = '陈静' WHERE id_number = ?", (number,))
        other.commit()
    assert (await live.data(VIEWER, token=token))["viewer"] is None
