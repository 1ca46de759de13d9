"""批量导入岗位培训学时: an employer's admin files training claims for its members, one row
per member claim, as unit filing does (approved by the filing unit, then verified above).

Each row is checked by the claim rules themselves (domain.claims.clean and the form's
fields); the person must be an active member of the admin's subtree bearing the name given.
A row's claim is filed under a reference derived from what identifies the training (ID
number, year, subject, form, hours, class, start date), so importing it again finds the claim
already filed and leaves it "unchanged".
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any, NamedTuple

from documents.excel import Column, SheetRow, cell_date, cell_text
from domain import rules
from domain.claim_filing import file_claims
from domain.claims import ClaimDraft, clean
from domain.errors import DomainError
from domain.forms import FORMS
from domain.imports.core import Importer, stable_ref
from domain.imports.rows import Cells
from domain.scope import organisations_in
from models import Claim, Professional
from models.enums import LABELS, ProfessionalStatus, Subject

FORM = FORMS["POST_TRAINING"]
WRITE_BATCH = 1000
SUBJECTS = {label: Subject(code) for code, label in LABELS[Subject].items()}
FILING_NOTE = "批量导入"

_TYPE_NOTES = {"date": "日期，如 2024-05-06", "textarea": "", "text": ""}
COLUMNS = (
    Column(
        "id_number",
        "身份证号",
        True,
        text=True,
        width=22,
        note="本单位及下级单位专业技术人员的身份证号；本列须为文本格式",
    ),
    Column("name", "姓名", True, note="须与身份证号登记的姓名一致"),
    Column("year", "年度", True, width=8, note="学时计入的年度", example="2024"),
    Column("subject", "学习科目", True, options=tuple(SUBJECTS), width=12),
    Column(
        "hours",
        "学时",
        True,
        width=8,
        note=f"大于0且不超过{FORM.max_hours}，可保留一位小数",
        example="40",
    ),
    *(
        Column(
            f.name,
            f.label,
            f.required,
            width=28 if f.type in ("text", "textarea") else 14,
            note=_TYPE_NOTES.get(f.type, "") or f"不超过{f.max_length}字",
        )
        for f in FORM.fields
    ),
)
NOTES = (
    f"1. 本模板用于为本单位人员批量申报“{FORM.label}”学时，每行为一人的一条申报。",
    "2. 第一行为表头，请勿修改或删除；带 * 的列必须填写。",
    "3. 导入的学时视为本单位已审核通过，将提交上级主管部门审验。",
    "4. 同一条申报重复导入不会重复登记；文件中完全相同的两行均视为错误。",
)
# a rule's field (domain.claims / domain.forms) → the column reporting it
_FIELD_COLUMNS = {
    "year": "year",
    "subject": "subject",
    "requestedHours": "hours",
    **{f"details.{f.name}": f.name for f in FORM.fields},
}


class NewClaim(NamedTuple):
    row: int
    ref: str
    professional_id: int
    year: int
    subject: Subject
    hours: Decimal
    details: dict[str, Any]


class _Row(NamedTuple):
    number: int
    cells: Cells
    values: dict[str, Any] | None
    ref: str | None


class ClaimImporter(Importer):
    kind = "claims"
    title = "学时申报"
    sheet_title = "培训学时"
    columns = COLUMNS
    notes = NOTES
    rule = rules.IMPORT_CLAIMS
    key_column = "id_number"
    key_what = "同一人员的同一培训"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fresh: list[NewClaim] = []

    async def check_rows(self, rows: list[SheetRow]) -> None:
        parsed = [self._parse(row) for row in rows]
        ids = list({r.cells.id_number for r in parsed if r.cells.id_number})
        members = {
            m["account__id_number"]: m
            for m in await organisations_in(
                self.principal.scope,
                Professional.filter(account__id_number__in=ids, status=ProfessionalStatus.ACTIVE),
                field="organisation_id",
            ).values("id", "account__id_number", "account__name")
        }
        refs = [r.ref for r in parsed if r.ref]
        filed = set(
            await Claim.filter(
                filed_by_organisation_id=self.principal.organisation_id, external_ref__in=refs
            ).values_list("external_ref", flat=True)
        )
        for number, cells, values, ref in parsed:
            member = members.get(cells.id_number) if cells.id_number else None
            if cells.id_number and member is None:
                cells.fail(
                    "id_number",
                    "PERSON_NOT_FOUND",
                    "本单位及下级单位没有该身份证号的专业技术人员",
                )
            elif member and cells.get("name") and member["account__name"] != cells.get("name"):
                cells.fail("name", "NAME_MISMATCH", "姓名与该身份证号登记的姓名不一致")
            if ref is None or values is None or not self.first_time(ref, number):
                continue
            if number in self.failures or member is None:
                continue
            if ref in filed:
                self.mark_unchanged(ref)
                continue
            self.fresh.append(
                NewClaim(
                    number,
                    ref,
                    member["id"],
                    values["year"],
                    values["subject"],
                    values["requested_hours"],
                    values["details"],
                )
            )

    def _parse(self, row: SheetRow) -> _Row:
        cells = Cells(self, row)
        cells.resident_id("id_number")
        cells.required_text("name", 64)
        year = cells.integer("year")
        cells.option("subject", SUBJECTS, required=True)
        subject = cells.get("subject")
        hours = cells.text("hours")
        if hours is None:
            cells.fail("hours", "REQUIRED", "请填写学时")
        if year is None or subject is None or hours is None:
            return _Row(row.number, cells, None, None)
        draft = ClaimDraft(year, subject, FORM.code, hours, self._details(row))
        try:
            values = clean(draft)
        except DomainError as error:
            cells.fail(_FIELD_COLUMNS.get(error.field or "", "hours"), error.code, error.message)
            return _Row(row.number, cells, None, None)
        details = values["details"]
        ref = stable_ref(
            cells.id_number,
            values["year"],
            values["subject"].value,
            FORM.code,
            values["requested_hours"],
            details.get("className"),
            details.get("startDate"),
        )
        return _Row(row.number, cells, values, ref)

    @staticmethod
    def _details(row: SheetRow) -> dict[str, Any]:
        """The form's cells as the form's rules read them: dates as ISO text when they are
        dates in any of the usual ways, the rest as text (the rules judge it)."""
        details: dict[str, Any] = {}
        for field in FORM.fields:
            raw = row.values.get(field.name)
            text = cell_text(raw)
            if text is None:
                continue
            if field.type == "date":
                with contextlib.suppress(ValueError, OverflowError):
                    text = cell_date(raw).isoformat()
            details[field.name] = text
        return details

    def pending(self) -> int:
        return len(self.fresh)

    def drop(self, keys: set[str]) -> None:
        if keys:
            self.fresh = [c for c in self.fresh if c.ref not in keys]

    async def write(self) -> int:
        for start in range(0, len(self.fresh), WRITE_BATCH):
            batch = self.fresh[start : start + WRITE_BATCH]
            people = {
                p.id: p
                for p in await Professional.filter(
                    id__in=list({c.professional_id for c in batch})
                ).prefetch_related("account")
            }
            await file_claims(
                self.principal,
                [people[c.professional_id] for c in batch],
                [
                    {
                        "year": c.year,
                        "subject": c.subject,
                        "form": FORM.code,
                        "requested_hours": c.hours,
                        "details": c.details,
                    }
                    for c in batch
                ],
                [],
                [c.ref for c in batch],
                FILING_NOTE,
            )
        return len(self.fresh)
