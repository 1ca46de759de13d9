"""Exports: any list or statistic to xlsx, all matching rows in scope, masked as the caller
would read them, headed in Chinese from the schema."""

from __future__ import annotations

import io
import json
from typing import Any

from openpyxl import load_workbook

from models import Admin, AdminRole
from tests.conftest import LiveServer


async def export(
    live: LiveServer, token: str | None, field: str, variables: dict[str, Any] | None = None
) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    params = {"variables": json.dumps(variables)} if variables else {}
    response = await live.client.get(f"/exports/{field}.xlsx", params=params, headers=headers)
    if response.status_code != 200:
        return response.status_code, response.json()
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    return 200, [list(row) for row in sheet.iter_rows(values_only=True)]


async def test_a_list_exports_every_matching_row_in_scope(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    status, rows = await export(live, tokens["jinan"], "persons", {"filter": {"name": "王"}})
    assert status == 200
    header = rows[0]
    assert "姓名" in header and "证件号码" in header and "职称级别" in header
    body = rows[1:]
    assert sorted(r[header.index("姓名")] for r in body) == sorted(["王芳", "王磊"])
    # an enum leaves as its Chinese label, a related organisation as its name
    levels = {r[header.index("姓名")]: r[header.index("职称级别")] for r in body}
    assert levels["王磊"] == "高级"
    # the sibling hospital's export holds only its own people
    _, theirs = await export(live, tokens["hospital2"], "persons")
    names = [r[theirs[0].index("姓名")] for r in theirs[1:]]
    assert sorted(names) == sorted(["刘洋", "陈静"])


async def test_pii_is_masked_as_the_reader_would_see_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    # hospital2_plain holds no ACCOUNTS module: it may not export people at all
    status, body = await export(
        live, tokens["hospital2_plain"], "memberCompletions", {"filter": {"year": 2022}}
    )
    assert (status, body["code"]) == (403, "FORBIDDEN")
    # give the plain admin statistics but not account management: numbers, masked people
    role = await AdminRole.create(
        organisation_id=tree.ids["hospital2"], name="统计员", modules=["STATISTICS"]
    )
    await Admin.filter(account__id_number=tree.admins["hospital2_plain"]).update(role_id=role.id)
    status, rows = await export(
        live, tokens["hospital2_plain"], "memberCompletions", {"filter": {"year": 2022}}
    )
    assert status == 200 and rows[0][:3] == ["人员编号", "姓名", "证件号码"]
    numbers = {r[1]: r[2] for r in rows[1:]}
    liu = tree.people["刘洋"]
    assert numbers["刘洋"] == liu[:6] + "********" + liu[-4:]
    _, full = await export(
        live, tokens["hospital2"], "memberCompletions", {"filter": {"year": 2022}}
    )
    assert {r[1]: r[2] for r in full[1:]}["刘洋"] == liu  # the super admin holds ACCOUNTS


async def test_all_pages_not_only_the_first(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    headers = {"Authorization": f"Bearer {tokens['jinan']}"}
    response = await live.client.get("/exports/organisations.xlsx?pageSize=2", headers=headers)
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["编号", "机构类型", "机构名称"]
    names = [r[2] for r in rows[1:]]
    # three pages of two: the city bureau's whole subtree, nothing of Qingdao's
    assert len(names) == 6 and "济南第二医院" in names and "青岛市人力资源和社会保障局" not in names


async def test_a_statistic_exports_with_its_total_row(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    status, rows = await export(live, tokens["jinan"], "titleDistribution")
    assert status == 200
    assert rows[0][:2] == ["职称系列", "初级"]
    assert rows[-1][0] == "合计" and rows[-1][-1] == 6


async def test_bad_exports_are_typed(live: LiveServer, tree: Any, tokens: dict[str, str]) -> None:
    assert (await export(live, None, "persons"))[0] == 401
    status, body = await export(live, tokens["jinan"], "noSuchList")
    assert (status, body["code"]) == (404, "UNKNOWN_EXPORT")
    response = await live.client.get(
        "/exports/persons.xlsx", params={"variables": "{not json"},
        headers={"Authorization": f"Bearer {tokens['jinan']}"},
    )  # fmt: skip
    assert response.status_code == 400 and response.json()["code"] == "INVALID_VARIABLES"
    status, body = await export(live, tokens["jinan"], "memberCompletions")  # filter missing
    assert status == 400
