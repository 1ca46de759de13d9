"""Attachments: checked by content, limited in size, stored by hash, readable only by those
who may see the claim; forms that need evidence refuse a claim without it."""

from __future__ import annotations

from typing import Any

from tests.api.test_claims import CREATE
from tests.conftest import LiveServer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


async def upload(
    live: LiveServer, token: str | None, data: bytes, name: str = "scan.png"
) -> tuple[int, dict[str, Any]]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await live.client.post("/files", files={"file": (name, data)}, headers=headers)
    return response.status_code, response.json()


async def module_less_admin(live: LiveServer, tree: Any, unit: str) -> str:
    """A signed-in admin of `unit` holding no permission module."""
    from domain.passwords import hash_password
    from models import Account, Admin
    from tests.conftest import login_token
    from tests.fixtures.tree import PASSWORD, make_id_number

    number = make_id_number("370102", "19790101", 171)
    account = await Account.create(
        name="无权限管理员", id_number=number, password_hash=await hash_password(PASSWORD)
    )
    await Admin.create(account=account, organisation_id=tree.ids[unit], is_super=False)
    return await login_token(live, number, PASSWORD, "EMPLOYER")


def paper(attachments: list[str]) -> dict[str, Any]:
    details = {"journal": "中华医学杂志", "title": "基层全科诊疗的实践", "date": "2024-03-01",
               "authorRank": "1"}  # fmt: skip
    return {"year": 2024, "subject": "PROFESSIONAL", "form": "PAPER", "requestedHours": "20",
            "details": details, "attachments": attachments}  # fmt: skip


async def test_uploads_are_checked_by_content_and_size(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = tokens["professional"]
    assert (await upload(live, None, PNG))[0] == 401
    status, body = await upload(live, me, b"MZ\x90\x00 an executable", "photo.png")
    assert (status, body["code"]) == (415, "FILE_TYPE_NOT_ALLOWED") and "PDF" in body["message"]
    status, body = await upload(live, me, b"%PDF-" + b"0" * (4 * 1024 * 1024), "big.pdf")
    assert (status, body["code"]) == (413, "FILE_TOO_LARGE")
    status, body = await upload(live, me, b"", "empty.png")
    assert (status, body["code"]) == (400, "EMPTY_FILE")
    no_file = await live.client.post(
        "/files", data={"note": "x"}, files={"other": ("a.png", PNG)},
        headers={"Authorization": f"Bearer {me}"},
    )  # fmt: skip
    assert (no_file.status_code, no_file.json()["code"]) == (400, "NO_FILE")
    status, first = await upload(live, me, PDF, "../../etc/证书.pdf")
    assert status == 201 and first["mediaType"] == "application/pdf"
    assert first["filename"] == "证书.pdf"  # no path survives
    status, again = await upload(live, me, PDF, "copy.pdf")
    assert again["sha256"] == first["sha256"] and again["id"] != first["id"]


async def test_evidence_required_by_the_form_and_readable_only_in_scope(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    me = tokens["professional"]
    missing = await live.data(CREATE, {"i": paper([])}, me)
    assert missing["claimCreate"]["errors"] == [
        {"code": "ATTACHMENT_REQUIRED", "field": "attachments"}
    ]
    # another person's upload, or an id that does not exist, cannot be attached
    _, theirs = await upload(live, tokens["hospital2"], PNG)
    for forged in (theirs["id"], "999999"):
        refused = await live.data(CREATE, {"i": paper([forged])}, me)
        assert refused["claimCreate"]["errors"] == [{"code": "NOT_FOUND", "field": "attachments"}]
    _, scan = await upload(live, me, PNG, "首页.png")
    created = await live.data(
        CREATE.replace("currentHandler", "currentHandler attachments { id filename url }"),
        {"i": paper([scan["id"]])},
        me,
    )
    claim = created["claimCreate"]["claim"]
    assert claim["attachments"] == [{"id": scan["id"], "filename": "首页.png", "url": scan["url"]}]

    async def fetch(token: str) -> int:
        response = await live.client.get(scan["url"], headers={"Authorization": f"Bearer {token}"})
        if response.status_code == 200:
            assert response.content == PNG and response.headers["content-type"] == "image/png"
        return response.status_code

    assert await fetch(me) == 200
    assert await fetch(tokens["hospital1"]) == 200  # the employer of the claimant
    assert await fetch(tokens["jinan"]) == 200  # an ancestor
    assert await fetch(tokens["hospital2"]) == 404  # a sibling sees nothing
    # an admin of the claimant's own unit whose role reads no claims sees nothing either
    assert await fetch(await module_less_admin(live, tree, "hospital1")) == 404
    assert await fetch(tokens["qingdao"]) == 404
    assert (await live.client.get(scan["url"])).status_code == 401


async def test_plain_routes_keep_the_password_change_gate(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """After an admin's reset, uploads and certificates wait for the new password, as the
    GraphQL operations do: no route is a way around the gate."""
    from models import Account

    number = tree.people["王芳"]
    await Account.filter(id_number=number).update(must_change_password=True)
    try:
        status, body = await upload(live, tokens["professional"], PNG)
        assert (status, body["code"]) == (403, "PASSWORD_CHANGE_REQUIRED")
        response = await live.client.get(
            "/certificates/2021.pdf", headers={"Authorization": f"Bearer {tokens['professional']}"}
        )
        assert response.status_code == 403
    finally:
        await Account.filter(id_number=number).update(must_change_password=False)
