"""Excel templates and batch imports through HTTP: every bad-row reason, dry run, commit,
all-or-nothing, re-import unchanged, the failed-rows workbook round trip, and a file saved
by LibreOffice rather than openpyxl."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook

from documents import excel
from domain.identity import credit_code_check_char
from domain.imports import core
from models import Account, AuditLog, Claim, Organisation, Professional, ReviewStep
from models.enums import ClaimStatus, Education, ReviewKind, ReviewStatus, TitleGrade
from tests.conftest import LOGIN, LiveServer
from tests.fixtures.tree import make_id_number
from tests.fixtures.workbooks import CLAIMS, PEOPLE, new_id, person, training, workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def post(
    live: LiveServer, token: str | None, kind: str, content: bytes, path: str = "", **params: str
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await live.client.post(
        f"/imports/{kind}{path}",
        params=params,
        files={"file": ("导入.xlsx", content, XLSX)},
        headers=headers,
        timeout=120,
    )


async def report(
    live: LiveServer, token: str, kind: str, content: bytes, **params: str
) -> dict[str, Any]:
    response = await post(live, token, kind, content, **params)
    assert response.status_code == 200, response.text
    return response.json()


def codes(body: dict[str, Any]) -> dict[int, list[tuple[str, str]]]:
    return {f["row"]: [(r["column"], r["code"]) for r in f["reasons"]] for f in body["failed"]}


async def test_templates_have_chinese_headers_lists_and_instructions(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    for kind, headers, sheet_title in (
        ("professionals", PEOPLE, "人员信息"),
        ("claims", CLAIMS, "培训学时"),
    ):
        response = await live.client.get(
            f"/templates/{kind}.xlsx", headers={"Authorization": f"Bearer {tokens['hospital1']}"}
        )
        assert response.status_code == 200 and response.headers["content-type"] == XLSX
        assert "filename*=UTF-8''" in response.headers["content-disposition"]
        book = load_workbook(io.BytesIO(response.content))
        assert book.sheetnames[:2] == [sheet_title, "填写说明"]
        sheet = book[sheet_title]
        assert tuple(c.value for c in sheet[1]) == headers
        lists = {}
        for validation in sheet.data_validations.dataValidation:
            source = validation.formula1.split("!")[1].replace("$", "")
            first, last = source.split(":")
            values = [c.value for row in book["选项"][first:last] for c in row]
            lists[sheet.cell(row=1, column=next(iter(validation.sqref.ranges)).min_col).value] = (
                values
            )
        instructions = " ".join(str(c.value) for row in book["填写说明"].iter_rows() for c in row)
        if kind == "professionals":
            assert lists["学历"] == [
                "博士研究生",
                "硕士研究生",
                "大学本科",
                "大学专科",
                "中专",
                "高中及以下",
            ]
            assert lists["职称级别"] == ["初级", "中级", "高级", "无"]
            assert lists["性别"] == ["男", "女"]
            assert "卫生技术" in lists["职称系列"]
            assert sheet.column_dimensions["B"].number_format == "@"  # ID numbers stay text
            assert "身份证号后六位" in instructions
        else:
            assert lists == {"学习科目*": ["公需科目", "专业科目"]}
            assert "不超过90" in instructions
    # anonymous callers and admins without the 导入导出 module get nothing
    anonymous = await live.client.get("/templates/professionals.xlsx")
    assert anonymous.status_code == 401
    plain = await live.client.get(
        "/templates/professionals.xlsx",
        headers={"Authorization": f"Bearer {tokens['hospital2_plain']}"},
    )
    assert (plain.status_code, plain.json()["code"]) == (403, "FORBIDDEN")
    unknown = await live.client.get(
        "/templates/nothing.xlsx", headers={"Authorization": f"Bearer {tokens['hospital1']}"}
    )
    assert unknown.status_code == 404


async def test_every_bad_professional_row_is_reported_and_a_dry_run_changes_nothing(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    branch_code = "91370102MA3C0000" + "1"
    branch_code += credit_code_check_char(branch_code)
    await Organisation.filter(id=tree.ids["branch"]).update(credit_code=branch_code)
    good = new_id("19900101", 1)
    twice = new_id("19900101", 2)
    wrong_digit = good[:17] + ("1" if good[17] != "1" else "2")
    # fmt: off
    rows = [
        person("赵一", good, 内设部门="内科", 学历="大学本科", 职称级别="中级", 取得职称时间="2020-06-30"),  # 2
        person("赵二", wrong_digit),  # 3
        person(None, new_id("19900101", 3)),  # 4
        person("赵四", new_id("19900101", 4), 工作单位="不存在的医院"),  # 5
        person("赵五", new_id("19900101", 5), 工作单位="济南第二医院"),  # 6: a sibling, out of scope
        person("赵六", new_id("19900101", 6), 内设部门="外科"),  # 7
        person("赵七", twice),  # 8
        person("赵七", twice),  # 9
        person("刘洋", tree.people["刘洋"]),  # 10: registered at 济南第二医院
        person("赵十", new_id("19900101", 10), 学历="本科"),  # 11
        person("赵十一", new_id("19900101", 11), 取得职称时间="2020-13-45"),  # 12
        person("赵十二", 370102199001010123.0),  # 13: the number Excel made of an ID number
        person("赵十三", new_id("19900101", 13), 工作单位=branch_code, 手机号码=13812345678),  # 14
        person("王芳", tree.people["王芳"]),  # 15: already here: unchanged
        person("赵十五", new_id("19900101", 15), 手机号码="12345"),  # 16
        person("赵十六", new_id("19900101", 16), 性别="男"),  # 17: the ID number says female
        person("管理员qingdao", tree.admins["qingdao"]),  # 18: an account already, no role yet
        person("冒名者", tree.admins["base"]),  # 19: an account under another name
    ]
    # fmt: on
    accounts = await Account.all().count()
    body = await report(live, tokens["hospital1"], "professionals", workbook(PEOPLE, rows))
    assert codes(body) == {
        3: [("身份证号", "ID_NUMBER_CHECK_DIGIT")],
        4: [("姓名", "REQUIRED")],
        5: [("工作单位", "UNIT_NOT_FOUND")],
        6: [("工作单位", "UNIT_NOT_FOUND")],
        7: [("内设部门", "DEPARTMENT_NOT_FOUND")],
        8: [("身份证号", "DUPLICATE_IN_FILE")],
        9: [("身份证号", "DUPLICATE_IN_FILE")],
        10: [("身份证号", "ALREADY_REGISTERED")],
        11: [("学历", "INVALID_OPTION")],
        12: [("取得职称时间", "INVALID_DATE")],
        13: [("身份证号", "ID_NUMBER_AS_NUMBER")],
        16: [("手机号码", "PHONE_FORMAT")],
        17: [("性别", "SEX_MISMATCH")],
        19: [("姓名", "NAME_MISMATCH")],
    }
    assert body | {"failed": []} == {
        "mode": "dry-run", "atomic": False, "total": 18, "valid": 4, "imported": 0,
        "updated": 0, "unchanged": 1, "failedCount": 14, "failed": [], "failedTruncated": False}  # fmt: skip
    reasons = {f["row"]: f["reasons"][0]["message"] for f in body["failed"]}
    assert "济南第二医院" in reasons[6] and reasons[5].endswith("不存在或不在本单位管辖范围内")
    assert "济南第二医院" not in reasons[10]  # nothing of the other unit
    assert "第 9 行" in reasons[8] and "第 8 行" in reasons[9]
    assert "大学本科" in reasons[11]
    assert await Account.all().count() == accounts  # a dry run writes nothing
    assert not await Professional.filter(account__id_number=good).exists()

    # When committed, the good rows are imported and the bad ones reported again
    before = await AuditLog.filter(action="professionals.import").count()
    committed = await report(live, tokens["hospital1"], "professionals", workbook(PEOPLE, rows), mode="commit")  # fmt: skip
    assert (committed["imported"], committed["unchanged"], committed["failedCount"]) == (3, 1, 14)
    imported = await Professional.get(account__id_number=good).prefetch_related("account", "department")  # fmt: skip
    assert imported.organisation_id == tree.ids["hospital1"]  # type: ignore[attr-defined]
    assert imported.department is not None and imported.department.name == "内科"
    assert (imported.education, imported.title_grade) == (
        Education.BACHELOR,
        TitleGrade.INTERMEDIATE,
    )
    assert (
        str(imported.title_effective_date) == "2020-06-30"
        and str(imported.birth_date) == "1990-01-01"
    )
    assert imported.account.must_change_password and imported.account.password_hash == "initial$"
    in_branch = await Professional.get(account__id_number=new_id("19900101", 13)).prefetch_related("account")  # fmt: skip
    assert in_branch.organisation_id == tree.ids["branch"]  # type: ignore[attr-defined]
    assert in_branch.account.phone == "13812345678"
    # the existing account took the role and kept its password
    reused = await Professional.get(account__id_number=tree.admins["qingdao"]).prefetch_related("account")  # fmt: skip
    assert (
        reused.account.password_hash.startswith("$argon2")
        and not reused.account.must_change_password
    )
    entries = await AuditLog.filter(action="professionals.import").order_by("-id")
    assert len(entries) == before + 1
    assert entries[0].after | {"filename": ""} == {
        "filename": "", "atomic": False, "total": 18, "imported": 3, "updated": 0, "unchanged": 1, "failed": 14}  # fmt: skip
    assert entries[0].acting_organisation_id == tree.ids["hospital1"]

    # Importing the same file again changes nothing
    again = await report(live, tokens["hospital1"], "professionals", workbook(PEOPLE, rows), mode="commit")  # fmt: skip
    assert (again["imported"], again["unchanged"], again["valid"]) == (0, 4, 4)
    assert await Professional.filter(account__id_number=good).count() == 1


async def test_atomic_imports_nothing_when_one_row_is_bad(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    rows = [
        person("钱一", new_id("19910101", 1)),
        person("钱二", new_id("19910101", 2), 学历="小学"),
    ]
    body = await report(
        live,
        tokens["hospital1"],
        "professionals",
        workbook(PEOPLE, rows),
        mode="commit",
        atomic="1",
    )
    assert (body["valid"], body["imported"], body["failedCount"]) == (1, 0, 1)
    assert not await Account.filter(id_number=new_id("19910101", 1)).exists()
    fixed = [rows[0], person("钱二", new_id("19910101", 2), 学历="大学专科")]
    body = await report(
        live,
        tokens["hospital1"],
        "professionals",
        workbook(PEOPLE, fixed),
        mode="commit",
        atomic="1",
    )
    assert (body["imported"], body["failedCount"]) == (2, 0)


async def test_an_imported_person_logs_in_with_the_last_six_and_must_change_it(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    id_number = make_id_number("370102", "19920202", 2)
    assert id_number.endswith("X")  # typed with a small x below
    body = await report(live, tokens["hospital2"], "professionals",
                        workbook(PEOPLE, [person("孙七", id_number.lower())]), mode="commit")  # fmt: skip
    assert body["imported"] == 1
    wrong = await live.data(LOGIN, {"input": {"idNumber": id_number, "password": "123456",
                                               "portal": "PROFESSIONAL"}})  # fmt: skip
    assert wrong["login"]["errors"][0]["code"] == "WRONG_PASSWORD"
    first = await live.data(LOGIN, {"input": {"idNumber": id_number, "password": id_number[-6:],
                                               "portal": "PROFESSIONAL"}})  # fmt: skip
    assert first["login"]["errors"] == [] and first["login"]["mustChangePassword"] is True
    token = first["login"]["token"]
    blocked = await live.gql("{ myClaims { id } }", token=token)
    assert blocked["errors"][0]["extensions"]["code"] == "PASSWORD_CHANGE_REQUIRED"
    change = (
        "mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { token errors { code } } }"
    )
    changed = await live.data(
        change, {"i": {"oldPassword": id_number[-6:], "newPassword": "Sun-Qi-2026!"}}, token
    )
    assert changed["passwordChange"]["errors"] == []
    account = await Account.get(id_number=id_number)
    assert account.password_hash.startswith("$argon2id$") and not account.must_change_password
    again = await live.data(LOGIN, {"input": {"idNumber": id_number, "password": "Sun-Qi-2026!",
                                               "portal": "PROFESSIONAL"}})  # fmt: skip
    assert again["login"]["errors"] == [] and again["login"]["mustChangePassword"] is False


async def test_failed_rows_download_fix_and_reimport(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital1"]
    rows = [
        person("周一", new_id("19930303", 1)),
        person("周二", new_id("19930303", 2), 内设部门="骨科"),
        person("周三", new_id("19930303", 3), 学历="研究生"),
    ]
    response = await post(live, admin, "professionals", workbook(PEOPLE, rows), "/failed.xlsx")
    assert response.status_code == 200 and response.headers["content-type"] == XLSX
    assert (response.headers["x-import-total"], response.headers["x-import-failed"]) == ("3", "2")
    assert not await Account.filter(id_number=new_id("19930303", 1)).exists()  # nothing written
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet is not None
    table = [[c.value for c in row] for row in sheet.iter_rows()]
    assert table[0] == [*PEOPLE, "错误原因"]
    assert [r[0] for r in table[1:]] == ["周二", "周三"]
    assert table[1][-1] == "内设部门：“济南第一医院”没有名为“骨科”的内设部门"
    assert table[2][1] == new_id("19930303", 3) and "学历" in table[2][-1]
    # fix the cells, leave the 错误原因 column in place, import the file as it is
    sheet["G2"] = "内科"
    sheet["H3"] = "硕士研究生"
    buffer = io.BytesIO()
    book.save(buffer)
    body = await report(live, admin, "professionals", buffer.getvalue(), mode="commit")
    assert (body["total"], body["imported"], body["failedCount"]) == (2, 2, 0)
    fixed = await Professional.get(account__id_number=new_id("19930303", 3))
    assert fixed.education == Education.MASTER
    # and a failed-rows file of a clean import is just the header
    clean = await post(live, admin, "professionals", buffer.getvalue(), "/failed.xlsx")
    assert clean.headers["x-import-failed"] == "0"


async def test_training_claims_every_reason_commit_and_reimport(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    people = tree.people
    rows = [
        training(people["王磊"], "王磊"),  # 2
        training(people["张伟"], "张伟", 学习科目="公需科目", 学时=12.5),  # 3: in the branch below
        training(people["李娜"], "李娜", 学时=120),  # 4: over the form's 90
        training(people["刘洋"], "刘洋"),  # 5: not a member of hospital1's subtree
        training(people["王芳"], "王芳", 学习科目="选修课"),  # 6
        training(people["王芳"], "王芳", 班次名称=None),  # 7
        training(people["王芳"], "王芳", 开始日期="五月六日"),  # 8
        training(people["李娜"], "李娜", 班次名称="护理班"),  # 9
        training(people["李娜"], "李娜", 班次名称="护理班"),  # 10: the same training again
        training(people["王磊"], "王五", 班次名称="急救班"),  # 11
        training(people["王芳"], "王芳", 年度=2035),  # 12
    ]
    content = workbook(CLAIMS, rows)
    dry = await report(live, tokens["hospital1"], "claims", content)
    assert codes(dry) == {
        4: [("学时", "HOURS_OUT_OF_RANGE")],
        5: [("身份证号", "PERSON_NOT_FOUND")],
        6: [("学习科目", "INVALID_OPTION")],
        7: [("班次名称", "REQUIRED")],
        8: [("开始日期", "INVALID_DATE")],
        9: [("身份证号", "DUPLICATE_IN_FILE")],
        10: [("身份证号", "DUPLICATE_IN_FILE")],
        11: [("姓名", "NAME_MISMATCH")],
        12: [("年度", "YEAR_OUT_OF_RANGE")],
    }
    assert (dry["total"], dry["valid"], dry["imported"]) == (11, 2, 0)
    assert not await Claim.filter(filed_by_organisation_id=tree.ids["hospital1"], external_ref__startswith="xlsx:").exists()  # fmt: skip
    plain = await post(live, tokens["hospital2_plain"], "claims", content)
    assert plain.status_code == 403

    committed = await report(live, tokens["hospital1"], "claims", content, mode="commit")
    assert (committed["imported"], committed["unchanged"]) == (2, 0)
    claims = await Claim.filter(external_ref__startswith="xlsx:").prefetch_related("professional__account")  # fmt: skip
    by_name = {c.professional.account.name: c for c in claims}
    assert sorted(by_name) == ["张伟", "王磊"]
    zhang = by_name["张伟"]
    assert (zhang.status, str(zhang.recognised_hours), zhang.subject.value) == (ClaimStatus.APPROVED, "12.5", "PUBLIC")  # fmt: skip
    assert zhang.filed_by_organisation_id == tree.ids["hospital1"]
    assert (
        zhang.details["className"] == "2022年全科医师培训班"
        and zhang.details["startDate"] == "2022-05-06"
    )
    steps = await ReviewStep.filter(subject_type="claim", subject_id=zhang.id)
    assert {(s.kind, s.status, s.reviewer_id) for s in steps} == {
        (ReviewKind.CLAIM_REVIEW, ReviewStatus.APPROVED, tree.ids["hospital1"]),
        (ReviewKind.CLAIM_VERIFICATION, ReviewStatus.PENDING, tree.ids["health"]),
    }
    assert await AuditLog.filter(action="claims.import").count() == 1

    again = await report(live, tokens["hospital1"], "claims", content, mode="commit")
    assert (again["imported"], again["unchanged"]) == (0, 2)
    assert await Claim.filter(external_ref__startswith="xlsx:").count() == 2


async def test_uploads_that_are_not_usable_workbooks_are_refused(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital1"]
    pdf = await post(live, admin, "professionals", b"%PDF-1.4 not a workbook")
    assert (pdf.status_code, pdf.json()["code"]) == (415, "NOT_XLSX")
    csv = await post(live, admin, "professionals", "姓名,身份证号\n张三,1\n".encode())
    assert (csv.status_code, csv.json()["code"]) == (415, "NOT_XLSX")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    broken = await post(live, admin, "professionals", zipped.getvalue())
    assert (broken.status_code, broken.json()["code"]) == (422, "INVALID_WORKBOOK")
    headless = await post(live, admin, "professionals", workbook(("姓名", "电话"), [["张三", "1"]]))
    assert (headless.status_code, headless.json()["code"]) == (422, "MISSING_COLUMNS")
    assert "身份证号" in headless.json()["message"]
    big = await post(live, admin, "professionals", b"PK\x03\x04" + b"\x00" * (21 * 1024 * 1024))
    assert (big.status_code, big.json()["code"]) == (413, "FILE_TOO_LARGE")
    mode = await post(live, admin, "professionals", workbook(PEOPLE, []), mode="apply")
    assert (mode.status_code, mode.json()["code"]) == (400, "INVALID_MODE")
    assert (await post(live, None, "professionals", workbook(PEOPLE, []))).status_code == 401
    professional = await post(live, tokens["professional"], "professionals", workbook(PEOPLE, []))
    assert professional.status_code == 403
    hrss = await post(live, tokens["jinan"], "professionals", workbook(PEOPLE, []))
    assert (hrss.status_code, hrss.json()["code"]) == (403, "FORBIDDEN")  # employers import
    empty = await report(live, admin, "professionals", workbook(PEOPLE, [[None] * 12, []]))
    assert (empty["total"], empty["failed"]) == (0, [])


async def test_the_row_and_unpacked_size_limits_refuse_the_whole_file(
    live: LiveServer, tree: Any, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [person(f"郑{i}", new_id("19950505", i)) for i in range(1, 5)]
    monkeypatch.setattr(core, "MAX_ROWS", 3)
    many = await post(live, tokens["hospital1"], "professionals", workbook(PEOPLE, rows), mode="commit")  # fmt: skip
    assert (many.status_code, many.json()["code"]) == (413, "TOO_MANY_ROWS")
    monkeypatch.setattr(core, "MAX_ROWS", 100)
    monkeypatch.setattr(excel, "MAX_UNPACKED_BYTES", 10_000)  # openpyxl writes no shared strings
    strings = await post(live, tokens["hospital1"], "professionals", workbook(PEOPLE, rows))
    assert (strings.status_code, strings.json()["code"]) == (413, "WORKBOOK_TOO_LARGE")
    assert not await Account.filter(id_number=new_id("19950505", 1)).exists()


def libreoffice_xlsx(tmp: Path, csv_text: str, text_columns: tuple[int, ...]) -> bytes:
    """The CSV converted by LibreOffice, as a user saving from Calc would: UTF-8, comma
    separated, the listed columns imported as text (the others as Calc guesses)."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    assert binary, "LibreOffice is missing: ./dev setup installs libreoffice-calc-nogui"
    tmp.mkdir(parents=True, exist_ok=True)
    source = tmp / "people.csv"
    source.write_text(csv_text, encoding="utf-8")
    formats = "/".join(f"{i}/2" for i in text_columns) or "1/1"
    subprocess.run(
        [binary, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
         f"--infilter=CSV:44,34,76,1,{formats}", "--convert-to", "xlsx", "--outdir", str(tmp),
         str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return (tmp / "people.xlsx").read_bytes()


async def test_a_workbook_saved_by_libreoffice_imports(
    live: LiveServer, tree: Any, tokens: dict[str, str], tmp_path: Path
) -> None:
    ids = [new_id("19940404", 1), new_id("19940404", 2), new_id("19940404", 7)]
    assert ids[2].endswith("X")
    lines = [
        ",".join(PEOPLE),
        f"吴一,{ids[0]},男,13812345671,wu1@example.com,济南第一医院东院,,大学本科,卫生技术,初级,2021/7/1,A001",
        f"吴二,{ids[1]},,13812345672,,,内科,硕士研究生,卫生技术,中级,2019-06-30,0012",
        f"吴三,{ids[2]},,,,,,,,,,",
    ]
    csv_text = "\n".join(lines) + "\n"
    # Calc's guesses: ID numbers become numbers and lose their last digits
    guessed = libreoffice_xlsx(tmp_path / "guessed", csv_text, ())
    body = await report(live, tokens["hospital1"], "professionals", guessed)
    assert codes(body) == {2: [("身份证号", "ID_NUMBER_AS_NUMBER")],
                           3: [("身份证号", "ID_NUMBER_AS_NUMBER")]}  # fmt: skip
    assert body["valid"] == 1  # the one ending in X stayed text
    # with the ID numbers (and certificate numbers) kept as text it imports, dates and all
    content = libreoffice_xlsx(tmp_path / "text", csv_text, (2, 12))
    with_text = await report(live, tokens["hospital1"], "professionals", content, mode="commit")
    assert (with_text["imported"], with_text["failed"]) == (3, []), with_text
    wu1 = await Professional.get(account__id_number=ids[0]).prefetch_related("account")
    assert wu1.organisation_id == tree.ids["branch"]  # type: ignore[attr-defined]
    assert (str(wu1.title_effective_date), wu1.title_certificate_no) == ("2021-07-01", "A001")
    assert wu1.account.phone == "13812345671"
    wu2 = await Professional.get(account__id_number=ids[1])
    assert (str(wu2.title_effective_date), wu2.title_certificate_no) == ("2019-06-30", "0012")


async def test_round_trip_export_edit_import(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    """An exported list, edited in a spreadsheet, imports back: the edited details change,
    nothing else does, and importing the same file again changes nothing."""
    admin = tokens["hospital2"]
    exported = await live.client.get(
        "/exports/persons.xlsx",
        params={"variables": '{"filter": {"name": "刘洋"}}'},
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert exported.status_code == 200
    book = load_workbook(io.BytesIO(exported.content))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert sheet.max_row == 2 and sheet.cell(2, header.index("姓名") + 1).value == "刘洋"
    sheet.cell(2, header.index("职称级别") + 1).value = "中级"
    sheet.cell(2, header.index("学历") + 1).value = "大学本科"
    edited = io.BytesIO()
    book.save(edited)
    body = await report(live, admin, "professionals", edited.getvalue(), mode="commit")
    assert (body["updated"], body["imported"], body["failedCount"]) == (1, 0, 0), body
    liu = await Professional.get(account__id_number=tree.people["刘洋"])
    assert liu.title_grade == TitleGrade.INTERMEDIATE and liu.education == Education.BACHELOR
    again = await report(live, admin, "professionals", edited.getvalue(), mode="commit")
    assert (again["updated"], again["unchanged"], again["failedCount"]) == (0, 1, 0), again
