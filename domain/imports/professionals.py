"""批量导入专业技术人员: an employer's admin imports its people into its own subtree.

A new person gets an account whose initial password is the last six characters of the ID
number (see domain.login.INITIAL_PASSWORD), to be changed at first login. A person who
already has an account without a professional role keeps that account (the name must
match). A person already registered as a professional in the same unit under the same name
is "unchanged", so a file can be imported again safely — or "updated" when the row's filled
cells change their department, education or title (an exported list, edited and imported
back); registered anywhere else, the row is bad and says nothing of where.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from documents.excel import Column, SheetRow
from domain import rules
from domain.errors import DomainError
from domain.identity import birth_date_of, sex_of, validate_email, validate_mobile
from domain.imports.core import Importer
from domain.imports.rows import Cells
from domain.login import INITIAL_PASSWORD
from domain.scope import organisations_in
from domain.titles import TRACKS
from models import Account, Department, Organisation, Professional
from models.enums import (
    LABELS,
    Education,
    IdType,
    OrgKind,
    OrgStatus,
    ProfessionalStatus,
    Sex,
    TitleGrade,
)

WRITE_BATCH = 1000
SEXES = {label: Sex(code) for code, label in LABELS[Sex].items()}
EDUCATIONS = {label: Education(code) for code, label in LABELS[Education].items()}
GRADES = {label: TitleGrade(code) for code, label in LABELS[TitleGrade].items()}

COLUMNS = (
    Column("name", "姓名", True, note="与身份证件上的姓名一致", example="张三"),
    Column(
        "id_number",
        "身份证号",
        True,
        aliases=("证件号码",),
        text=True,
        width=22,
        note="18位居民身份证号码，末位X大小写均可。本列须为文本格式，否则 Excel 会丢失末几位",
        example="370102198503120023",
    ),
    Column("sex", "性别", options=tuple(SEXES), width=8, note="可不填，按身份证号推定"),
    Column("phone", "手机号码", text=True, note="11位手机号码，可不填", example="13812345678"),
    Column("email", "电子邮箱", width=22, note="可不填", example="zhangsan@example.com"),
    Column(
        "unit",
        "工作单位",
        width=28,
        note="单位名称或统一社会信用代码；不填即为本单位。只能填写本单位及下级单位",
    ),
    Column(
        "department",
        "内设部门",
        note="工作单位的内设部门名称，可不填",
        example="内科",
        aliases=("所在部门",),
    ),
    Column("education", "学历", options=tuple(EDUCATIONS), width=12, note="从下拉列表中选择"),
    Column(
        "title_series",
        "职称系列",
        aliases=("专业技术职务系列",),
        options=tuple(TRACKS),
        options_only=False,
        width=16,
        note="专业技术职务系列，可从下拉列表选择或填写",
        example="卫生技术",
    ),
    Column("title_grade", "职称级别", options=tuple(GRADES), width=10, note="不填视为“无”"),
    Column(
        "title_date",
        "取得职称时间",
        width=14,
        note="日期，如 2020-06-30",
        example="2020-06-30",
        aliases=("任职资格生效日期",),
    ),
    Column("title_certificate_no", "职称证书编号", text=True, width=20, note="可不填"),
)
NOTES = (
    "1. 第一行为表头，请勿修改或删除；带 * 的列必须填写。从第二行起每行填写一人。",
    "2. 身份证号在文件中不能重复；已是本单位专业技术人员且姓名一致的人员将被跳过，不会重复导入。",
    "3. 新导入人员的初始密码为身份证号后六位，首次登录须修改密码。",
    "4. 导入前可先“校验”，系统会列出每一行的错误原因；也可下载错误行，修改后重新导入。",
)


class NewProfessional(NamedTuple):
    row: int
    id_number: str
    name: str
    phone: str | None
    email: str | None
    account_id: int | None
    organisation_id: int
    department_id: int | None
    region_id: str
    sex: Sex
    education: Education | None
    title_series: str | None
    title_grade: TitleGrade
    title_date: dt.date | None
    title_certificate_no: str | None


class ProfessionalImporter(Importer):
    kind = "professionals"
    rule = rules.IMPORT_PROFESSIONALS
    title = "专业技术人员"
    sheet_title = "人员信息"
    columns = COLUMNS
    notes = NOTES
    key_column = "id_number"
    key_what = "身份证号"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fresh: list[NewProfessional] = []
        # (id number, professional id, changed fields) of people already here
        self.changes: list[tuple[str, int, dict[str, Any]]] = []
        self._units: dict[str, list[dict[str, Any]]] = {}
        self._departments: dict[tuple[int, str], list[int]] = {}
        self._own: dict[str, Any] | None = None

    async def check_rows(self, rows: list[SheetRow]) -> None:
        parsed = [(row.number, self._parse(row)) for row in rows]
        ids = [c.id_number for _, c in parsed if c.id_number]
        accounts = {
            a["id_number"]: a
            for a in await Account.filter(id_type=IdType.RESIDENT_ID, id_number__in=ids).values(
                "id", "id_number", "name"
            )
        }
        roles = {
            p["account_id"]: p
            for p in await Professional.filter(
                account_id__in=[a["id"] for a in accounts.values()]
            ).values(
                "account_id",
                "organisation_id",
                "status",
                "department_id",
                *UPDATABLE.values(),
                id="id",
            )
        }
        await self._load_units({c.get("unit") for _, c in parsed} - {None})
        units = {n: self._unit(n, c) for n, c in parsed}
        await self._load_departments(
            {(u["id"], d) for n, c in parsed if (u := units[n]) and (d := c.get("department"))}
        )
        for number, cells in parsed:
            unit = units[number]
            department_id = self._department(number, unit, cells.get("department"))
            if cells.id_number is None or not self.first_time(cells.id_number, number):
                continue
            if unit is not None:
                account = accounts.get(cells.id_number)
                role = roles.get(account["id"]) if account else None
                self._settle(number, cells, unit, department_id, account, role)

    def _settle(
        self,
        number: int,
        cells: Cells,
        unit: dict[str, Any],
        department_id: int | None,
        account: dict[str, Any] | None,
        role: dict[str, Any] | None,
    ) -> None:
        """New, unchanged (already here under this name) or refused (registered elsewhere,
        or the ID number's account bears another name)."""
        if account is not None and cells.get("name") and account["name"] != cells.get("name"):
            self.fail(number, "name", "NAME_MISMATCH", "姓名与该身份证号已登记的姓名不一致")
        if role is not None:
            if role["organisation_id"] != unit["id"] or role["status"] != ProfessionalStatus.ACTIVE:
                self.fail(
                    number,
                    "id_number",
                    "ALREADY_REGISTERED",
                    "该身份证号已注册为其他单位的专业技术人员或注册尚在审核中，"
                    "请办理人员调转或注册审核",
                )
            elif number not in self.failures:
                assert cells.id_number is not None
                changed = _changed(cells, department_id, role)
                if changed:
                    self.changes.append((cells.id_number, role["id"], changed))
                else:
                    self.mark_unchanged(cells.id_number)
        elif number not in self.failures:
            self.fresh.append(self._new(number, cells, account, unit, department_id))

    def _parse(self, row: SheetRow) -> Cells:
        cells = Cells(self, row)
        cells.required_text("name", 64)
        cells.resident_id("id_number")
        cells.checked("phone", validate_mobile)
        cells.checked("email", validate_email)
        cells.optional_text("unit", 128)
        cells.optional_text("department", 64)
        cells.option("sex", SEXES)
        cells.option("education", EDUCATIONS)
        cells.optional_text("title_series", 64)
        cells.option("title_grade", GRADES)
        cells.date("title_date")
        cells.optional_text("title_certificate_no", 64)
        sex = cells.get("sex")
        if sex is not None and cells.id_number and sex != Sex(sex_of(cells.id_number)):
            self.fail(row.number, "sex", "SEX_MISMATCH", "性别与身份证号不一致")
        return cells

    async def _own_unit(self) -> dict[str, Any]:
        if self._own is None:
            found = await Organisation.filter(id=self.principal.organisation_id).values(
                "id", "name", "region_id"
            )
            self._own = found[0]
        return self._own

    async def _load_units(self, texts: set[str]) -> None:
        """Units named by name or credit code, within the admin's subtree: one query for
        the texts this chunk adds."""
        await self._own_unit()
        wanted = [t for t in texts if t not in self._units]
        if not wanted:
            return
        codes = [t.upper() for t in wanted]
        found = await organisations_in(
            self.principal.scope,
            Organisation.filter(
                Q(name__in=wanted) | Q(credit_code__in=codes),
                kind=OrgKind.EMPLOYER,
                status=OrgStatus.ACTIVE,
            ),
        ).values("id", "name", "credit_code", "region_id")
        for text in wanted:
            self._units[text] = [
                u for u in found if u["name"] == text or u["credit_code"] == text.upper()
            ]

    def _unit(self, number: int, cells: Cells) -> dict[str, Any] | None:
        text = cells.get("unit")
        if text is None:
            return self._own
        matches = self._units[text]
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.fail(
                number,
                "unit",
                "UNIT_AMBIGUOUS",
                f"有多个名为“{text}”的单位，请填写统一社会信用代码",
            )
        else:
            self.fail(
                number, "unit", "UNIT_NOT_FOUND", f"工作单位“{text}”不存在或不在本单位管辖范围内"
            )
        return None

    async def _load_departments(self, pairs: set[tuple[int, str]]) -> None:
        wanted = [p for p in pairs if p not in self._departments]
        if not wanted:
            return
        found = await Department.filter(
            organisation_id__in=list({u for u, _ in wanted}),
            name__in=list({d for _, d in wanted}),
        ).values("id", "organisation_id", "name")
        for pair in wanted:
            self._departments[pair] = [
                d["id"] for d in found if (d["organisation_id"], d["name"]) == pair
            ]

    def _department(self, number: int, unit: dict[str, Any] | None, name: str | None) -> int | None:
        if unit is None or name is None:
            return None
        matches = self._departments[(unit["id"], name)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.fail(number, "department", "DEPARTMENT_AMBIGUOUS", f"“{name}”有多个同名内设部门")
        else:
            self.fail(
                number,
                "department",
                "DEPARTMENT_NOT_FOUND",
                f"“{unit['name']}”没有名为“{name}”的内设部门",
            )
        return None

    def _new(
        self,
        number: int,
        cells: Cells,
        account: dict[str, Any] | None,
        unit: dict[str, Any],
        department_id: int | None,
    ) -> NewProfessional:
        id_number = cells.id_number
        assert id_number is not None
        return NewProfessional(
            number,
            id_number,
            cells.get("name"),
            cells.get("phone"),
            cells.get("email"),
            account["id"] if account else None,
            unit["id"],
            department_id,
            unit["region_id"],
            cells.get("sex") or Sex(sex_of(id_number)),
            cells.get("education"),
            cells.get("title_series"),
            cells.get("title_grade") or TitleGrade.NONE,
            cells.get("title_date"),
            cells.get("title_certificate_no"),
        )

    def pending(self) -> int:
        return len(self.fresh) + len(self.changes)

    @property
    def updated(self) -> int:
        return len(self.changes)

    def drop(self, keys: set[str]) -> None:
        if keys:
            self.fresh = [p for p in self.fresh if p.id_number not in keys]
            self.changes = [c for c in self.changes if c[0] not in keys]

    async def write(self) -> int:
        try:
            for start in range(0, len(self.fresh), WRITE_BATCH):
                await _write_batch(self.fresh[start : start + WRITE_BATCH])
        except IntegrityError:
            raise DomainError(
                "CONFLICT", "导入期间有人员被其他操作注册，请重新导入", "file"
            ) from None
        for _, professional_id, changed in self.changes:
            await Professional.filter(id=professional_id).update(**changed)
        return len(self.fresh)


# import column → profile field an import may change for someone already in the unit
UPDATABLE = {
    "education": "education",
    "title_series": "title_series",
    "title_grade": "title_grade",
    "title_date": "title_effective_date",
    "title_certificate_no": "title_certificate_no",
}


def _changed(cells: Cells, department_id: int | None, role: dict[str, Any]) -> dict[str, Any]:
    """The profile fields a row changes for a person already in the unit: filled cells that
    differ from what is stored (a blank cell keeps the stored value)."""
    changed: dict[str, Any] = {}
    for column, field in UPDATABLE.items():
        value = cells.get(column)
        if value is not None and str(value) != str(role[field]):
            changed[field] = value
    if department_id is not None and department_id != role["department_id"]:
        changed["department_id"] = department_id
    return changed


async def _write_batch(batch: list[NewProfessional]) -> None:
    """New accounts in one statement, their ids read back by ID number, then the roles."""
    new = [p for p in batch if p.account_id is None]
    await Account.bulk_create(
        [
            Account(
                id_type=IdType.RESIDENT_ID,
                id_number=p.id_number,
                name=p.name,
                phone=p.phone,
                email=p.email,
                password_hash=INITIAL_PASSWORD,
                must_change_password=True,
            )
            for p in new
        ],
        batch_size=WRITE_BATCH,
    )
    created = dict(
        await Account.filter(
            id_type=IdType.RESIDENT_ID, id_number__in=[p.id_number for p in new]
        ).values_list("id_number", "id")
    )
    await Professional.bulk_create(
        [
            Professional(
                account_id=p.account_id or created[p.id_number],
                organisation_id=p.organisation_id,
                department_id=p.department_id,
                region_id=p.region_id,
                status=ProfessionalStatus.ACTIVE,
                sex=p.sex,
                birth_date=birth_date_of(p.id_number),
                education=p.education,
                title_series=p.title_series,
                title_grade=p.title_grade,
                title_effective_date=p.title_date,
                title_certificate_no=p.title_certificate_no,
            )
            for p in batch
        ],
        batch_size=WRITE_BATCH,
    )
